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
}
