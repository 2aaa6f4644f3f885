"""Reading lists of the batch-34 entity gold, pass 1 (branch issue-e34p1-s21); see build_batch.py for the
line format and README-batch34.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-cn-state-council-office-private-fund-opinion-2026": r"""
# the extraction tool's header line "=== [gov_cn] title (8473字) ===": the source tag and the character count nothing
# (the tool's furniture, as the Shanghai preamble, batch-20 D-23); the title inside it read as an unmarked title line:
# 国办 (the State Council office's short name) ORG — doubtful
ORG	国办
ORG	国务院办公厅
DOC	国办函〔2026〕54号
# 各省、自治区、直辖市人民政府 nothing (generic); 国务院各部委 → ORG 国务院
ORG	国务院
ORG	国务院
# 习近平新时代中国特色社会主义思想 → 习近平 + 中国 (batch 19); 党的二十大, 二十届历次全会 nothing (events, batch 30)
PER	习近平
LOC	中国
# 二十届中央纪委历次全会 → ORG 中央纪委; 中央金融工作会议 nothing (a meeting as an event) — doubtful
ORG	中央纪委
# 中国特色金融发展之路, 中国特色金融文化 → 中国
LOC	中国
LOC	中国
TERM	“名股实债”
TERM	“一类一策”
""",
    "news-cn-chinasoft-qingdao-cloud-park-2017": r"""
# 解放号 (the company's platform) nothing — doubtful (ORG the other reading)
ORG	中软国际
LOC	青岛
DATE	2017-05-19
DATE	5月17日
# a place chain ending in a named zone one LOC (四川资阳, batch 20; named zones LOC) — doubtful
LOC	山东青岛红岛经济区
TERM	“领航中心湾区，共谋创新发展”
# the year inside the event's name DATE (batch-21 D)
DATE	2017年
# a project → the company and the place inside (上海科创源项目 → 上海, batch 20)
ORG	中软国际
LOC	青岛
# 腾讯双创小镇 (a project) → ORG 腾讯 — doubtful (LOC for the named town the other reading); bare 高新区 nothing
ORG	腾讯
LOC	青岛市高新区
TERM	“2311”
ORG	中软国际
LOC	青岛高新区
ORG	中软国际
LOC	青岛
# the project's quoted short name TERM with the marks — doubtful
TERM	“云上软件园”
# named centres ORG; 国家级工程实践教育中心 nothing (a class of designation) — doubtful; the base's Shandong branch one ORG
ORG	中国服务外包培训中心
ORG	中国大学生创新创业基地山东分中心
LOC	青岛国际软件科技园
LOC	青岛
ORG	青岛市政府
LOC	红岛经济区
ORG	中软国际互联网ITS集团
PER	童强
ORG	中软国际
LOC	中国
DATE	2016年
# 5000元人民币 one QUANT (batch 15)
QUANT	66亿人民币
ORG	中软国际
TERM	“奋斗为本，成就客户，创造分享，共同成长”
# the company's two named business groups ORG — doubtful
ORG	技术与专业服务集团
ORG	互联网IT服务集团
ORG	技术与专业服务集团
ORG	互联网IT服务集团
ORG	中软国际
# 连续五年 nothing (no digit)
TERM	“互联网+创业孵化器”
LOC	青岛市
""",
    "news-cn-xinhua-rule-of-law-work-instruction": r"""
# the extraction tool's header line: [moj] and (1595字) nothing (furniture); the title inside it read as a title line
PER	习近平
PER	习近平
# 法治中国 → 中国 (as 中国特色 → 中国, batch-19 D-16) — doubtful
LOC	中国
PER	赵乐际
# 中央全面依法治国工作会议 nothing (a meeting as an event) — doubtful
PER	丁薛祥
ORG	新华社
LOC	北京
DATE	11月18日
# 中共中央总书记 → ORG 中共中央; 中央军委主席 → ORG 中央军委; 国家主席 nothing
ORG	中共中央
ORG	中央军委
PER	习近平
# 党的十八大 nothing (batch 30); 党中央 ORG (earlier gold)
ORG	党中央
TERM	“四个全面”
LOC	中国
LOC	中国
PER	习近平
LOC	中国
LOC	中国
# 中国式现代化 nothing
PER	习近平
LOC	中国
DATE	11月17日至18日
# 在京 → 京 (batch 32)
LOC	京
# 中共中央政治局常委 → ORG 中共中央政治局 (batch 11)
ORG	中共中央政治局
ORG	全国人大常委会
PER	赵乐际
ORG	中共中央政治局
""",
    "report-cn-sichuan-tieke-company-profile": r"""
ORG	四川铁科建设监理有限公司
DATE	1993年
ORG	中国建设监理协会
ORG	中国土木工程协会
ORG	四川省建设监理协会
# ISO9001：2008 (a standard's name) nothing — doubtful (batch 26 dated the ISO date of a web page, not this)
# awards are nothing except the places inside (events → the place inside); 20年 inside the award QUANT — doubtful
LOC	中国
QUANT	20年
LOC	四川省
LOC	四川省
LOC	成都市
ORG	四川铁科建设监理有限公司
DATE	1997年5月
ORG	建设部
DATE	2001年2月
ORG	铁道部
DATE	2009年11月
DATE	2015年5月
ORG	四川铁科建设监理有限公司
# 我国 nothing
ORG	四川铁科建设监理有限公司
TERM	“勇于跨越，追求卓越”
TERM	“诚信敬业，共建共享”
TERM	“创新创效，优质发展”
TERM	“奉献精品，服务民生”
TERM	“严格监理，公平公正，优好合作，真诚守信”
ORG	四川铁科建设监理有限公司
""",
    "gw-cn-ccdi-patriotic-education-tourism-notice-2005": r"""
# the law database's 【】 field labels nothing; the fields' values as in a document's header: the issuer ORG, its
# 发文字号 DOC (square brackets as written) — doubtful (no precedent for these fields), the dates DATE; 现行有效, 团体规定
# nothing
ORG	中共中央纪律检查委员会
DOC	中共中央纪委[2005]8号
DATE	2005.06.16
DATE	2005.06.16
# 各地区、各部门, 纪检监察机关 nothing (generic)
ORG	中共中央纪委
# the date with 0 for 〇 DATE as written
DATE	二00五年六月十六日
""",
    "gw-cn-party-state-gift-registration-rules-1995": r"""
# the bracketed number and date after the unmarked title: 发文字号 DOC, the date DATE without 日 as written
DOC	中办发[1995]7号
DATE	1995年4月30
# article numbers, 一个月 nothing; 党的机关, 人大机关, 政协机关 … nothing (classes of organs)
# 中共中央直属机关 (a class of organs) → ORG 中共中央 — doubtful (nothing the other reading); 中央国家机关 nothing
ORG	中共中央
*ORG	中共中央直属机关事务管理局|国务院机关事务管理局
ORG	中央纪委
ORG	监察部
ORG	中共中央纪律检查委员会
ORG	监察部
""",
    "gw-cn-state-council-emergency-system-plan-notice-2026": r"""
# the extraction tool's header line: [gov_cn] and (15638字) nothing; the title inside it read as a title line
ORG	国务院
DOC	《现代化应急体系建设“十五五”规划》
ORG	国务院
DOC	《现代化应急体系建设 “十五五”规划》
DOC	国发〔2026〕15号
ORG	国务院
DOC	《现代化应急体系建设“十五五”规划》
ORG	国务院
DATE	2026年5月30日
# the unmarked title line before the body: its quoted formula TERM (“五个新城”, batch 20)
TERM	“十五五”
DOC	《中华人民共和国国民经济和社会发展第十五个五年规划纲要》
PER	习近平
LOC	中国
# 四中全会, 总体国家安全观 nothing
TERM	“一件事”
DATE	2030年
# 我国 nothing
LOC	中国
""",
    "report-cn-xi-letter-ustb-pakistani-students-2020": r"""
ORG	北京科技大学
LOC	巴基斯坦
# 中国政府 ORG; 中国人民, 中国人, 中国朋友, 中国青年 → 中国 (batch 32); 在华, 来华 → 华 (batch 26); 中华人民共和国主席 →
# LOC 中华人民共和国; 国家主席 nothing
LOC	中华人民共和国
PER	习近平
DATE	2020年5月17日
ORG	新华社
LOC	北京
DATE	5月18日
ORG	新华社
LOC	北京
DATE	5月18日
PER	习近平
DATE	5月17日
ORG	北京科技大学
LOC	巴基斯坦
ORG	北京科技大学
LOC	巴基斯坦
QUANT	52人
QUANT	49人
TERM	“一带一路”
# 中巴 → 中 + 巴 (batch 19)
LOC	中
LOC	巴
# the newspaper in 《 》 ORG without the marks (batch 20: 《北京日報》); 01 版 nothing
ORG	人民日报
DATE	2020年05月19日
*ORG	中国政府
*LOC	中国
*LOC	(?<=[在来])华
*PER	习近平
""",
    "news-cn-sinopec-zhang-yuzhuo-hebei-visit-2020": r"""
# 集团公司, 公司, 总部, 集团公司党组, 本报 nothing (generic); 驻河北 → 河北
PER	张玉卓
LOC	河北
ORG	中国石化报
DATE	2020-12-11
PER	赵士振
DATE	12月10日
PER	张玉卓
LOC	河北
# the refinery and the subsidiary by their short names ORG
ORG	石家庄炼化
ORG	新星公司
# 党的十九届五中全会 nothing (an event, batch 30)
ORG	中国石化
PER	张少峰
PER	张玉卓
ORG	石家庄炼化
# the refinery's named production departments ORG (a division named by its remit, batch-16 D) — doubtful
ORG	炼油运行三部
ORG	炼油运行五部
QUANT	20万吨/年
ORG	中国石化
ORG	炼油运行五部
LOC	河北省
# a studio named after a worker → PER inside — doubtful (ORG whole the other reading)
PER	石晓棠
PER	张玉卓
PER	张玉卓
# a place chain one LOC (四川资阳, batch 20)
LOC	河北雄安新区
ORG	新星地热公司
# the control centre and the heat-exchange station (facilities visited) nothing — doubtful (LOC as sites the other reading)
LOC	河北
ORG	中国石化
ORG	新星公司
LOC	雄安新区雄县
LOC	雄县
QUANT	95%
PER	张玉卓
# 习近平生态文明思想 → 习近平 (batch 20)
PER	习近平
ORG	中国石化
TERM	“一基两翼三新”
""",
}
