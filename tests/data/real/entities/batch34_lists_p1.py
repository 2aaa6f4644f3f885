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
    "news-cn-gmw-camp-david-small-circle-analysis-2023": r"""
# the column name 国际识局 nothing; 美日韩, 美日, 日韩, 韩日, 美韩 → one LOC per character (batch 27: 琴澳); the summit
# and the talks at Camp David are events → the place inside; every quoted word or phrase TERM with its marks (batch 20:
# “圈地”), quoted speech nothing but the entities inside it (batch 19)
LOC	美
LOC	日
LOC	韩
TERM	“小圈子”
LOC	戴维营
# place + region word one LOC (亚太地区, batch 29)
LOC	东亚地区
ORG	光明网
ORG	中新网
DATE	8月18日
PER	陈彩霞
# 当地时间18日 → 18日
DATE	18日
LOC	美
LOC	日
LOC	韩
LOC	华盛顿
LOC	戴维营
LOC	美
LOC	日
LOC	韩
TERM	“同框”
TERM	“三人群聊”
PER	拜登
TERM	“戴维营外交”
TERM	“美日韩三角联盟”
LOC	美
LOC	日
LOC	韩
TERM	“准同盟国”
LOC	美国
LOC	东亚
TERM	“小北约”
TERM	“戴维营外交”
# 今年5月 → 5月; 美国总统 → 美国; a place chain one LOC; 七国集团峰会 → ORG 七国集团 (the group inside the event)
DATE	5月
LOC	美国
PER	拜登
LOC	日本广岛
ORG	七国集团
LOC	美
LOC	日
LOC	韩
# 美政府 ORG (as 美国政府, 中国政府)
ORG	美政府
DATE	8月14日
# a newspaper in 《》 ORG without the marks (batch 20)
ORG	华尔街日报
PER	拜登
LOC	戴维营
LOC	美国
LOC	美国
TERM	“精心”
LOC	戴维营
ORG	美联社
# 白宫 LOC as the place compared with Camp David, ORG where it acts (says, hopes) — doubtful
LOC	白宫
LOC	戴维营
ORG	路透社
ORG	美国政府
TERM	“集体安全”
LOC	美
LOC	日
LOC	韩
ORG	日本自卫队
LOC	美
LOC	韩
DOC	《戴维营原则》
TERM	“三方首脑热线电话”
TERM	“危机时刻”
LOC	美国
LOC	日本
PER	伊曼纽尔
LOC	美国
LOC	日本
LOC	韩国
# 美方 nothing (as 中方)
LOC	美国
TERM	“集体安全”
TERM	“三眼联盟”
LOC	戴维营
ORG	美联社
LOC	美国
PER	拜登
LOC	日本
PER	岸田文雄
LOC	韩国
PER	尹锡悦
TERM	“各怀心思”
LOC	戴维营
LOC	美
LOC	日
TERM	“印太经济框架”
LOC	英国
ORG	金融时报
LOC	日本
LOC	美国
ORG	日本政府
TERM	“印太经济框架”
LOC	日本
LOC	日本
TERM	“印太经济框架”
LOC	日本
LOC	日
LOC	韩
LOC	美
LOC	日
LOC	韩
TERM	“短板”
DATE	2023年5月
LOC	韩
LOC	日
QUANT	12年
TERM	“穿梭外交”
LOC	福岛
LOC	日本
# 二战 nothing
LOC	韩国
TERM	“握手言和”
LOC	韩国
PER	尹锡悦
TERM	“讨好”
LOC	美
LOC	日
LOC	韩国
LOC	美国
LOC	日本
ORG	路透社
ORG	美国战略与国际问题研究中心
# 日本问题专家 → 日本
LOC	日本
PER	克里斯托弗·约翰斯通
ORG	美国政府
# the capitals for the two governments LOC (as 北京, batch 10)
LOC	东京
LOC	首尔
LOC	韩国
PER	尹锡悦
LOC	日本
LOC	日
LOC	韩
LOC	韩国
PER	约翰斯通
LOC	东亚
TERM	“小北约”
ORG	美联社
LOC	太平洋地区
ORG	白宫
# the quoted phrase of the White House (a clause) is speech: nothing inside
ORG	白宫
LOC	印太地区
ORG	东盟
# 太平洋岛屿 → 太平洋 — doubtful
LOC	太平洋
LOC	朝鲜半岛
ORG	路透社
LOC	美国
TERM	“维护”
# 中国台湾地区 one LOC (a place chain + region word) — doubtful (中国 + 台湾地区 the other reading)
LOC	中国台湾地区
TERM	“和平稳定”
ORG	美国政府
LOC	亚太地区
TERM	“野心”
LOC	美国
LOC	东亚
TERM	“小北约”
LOC	俄罗斯
PER	拉夫罗夫
LOC	美国
ORG	北约
LOC	亚太
LOC	中国
LOC	俄罗斯
LOC	亚太地区
# 中國外交部 one ORG (batch 14); 中方 nothing
ORG	中国外交部
PER	汪文斌
DATE	8月15日
""",
    "report-cn-yangtze-delta-report-preface": r"""
DATE	2017年
# 中国共产党第十九次全国代表大会 → ORG 中国共产党 (中共十八大 → 中共, batch 21)
ORG	中国共产党
TERM	“高质量发展”
LOC	中国
DATE	2018年
# 国务院政府工作报告 (unmarked) → ORG 国务院; the quoted passage of the report is speech, its quoted formulas TERM
ORG	国务院
TERM	‘五位一体’
TERM	‘四个全面’
PER	习近平
TERM	“高质量发展”
# place + region word one LOC (长江三角洲区域, batch 1); 中国长江 → 中国 + 长江
LOC	长江三角洲地区
LOC	长三角地区
LOC	中国
LOC	长江
LOC	黄海
LOC	东海
# 江、海 nothing; 三省一市 nothing
LOC	上海市
LOC	江苏省
LOC	浙江省
LOC	安徽省
QUANT	35.8万平方千米
LOC	长三角地区
# 近4% → 4%; 我国 nothing; 千亿 nothing (no digit)
QUANT	4%
QUANT	16.7%
QUANT	1/4
LOC	长三角地区
# 中国式现代化 nothing
LOC	长三角地区
ORG	党中央
LOC	长三角地区
LOC	长三角
LOC	长三角
QUANT	24%
QUANT	3.01%
LOC	长三角
TERM	“一体化”
TERM	“高质量”
# 党的二十大报告 nothing (unmarked)
LOC	长三角
TERM	“滋养”
LOC	长三角
LOC	长三角地区
ORG	上海华夏经济发展研究院
DOC	《长三角高质量发展指数报告（2020）》
ORG	中国城市规划设计研究院
DOC	《长三角一体化发展指数报告（2021）》
DOC	《长三角一体化发展指数报告（2022）》
# the joint research group named with its provinces one ORG — doubtful (沪 + 苏 + 浙 + 皖 + 长三角 the other reading)
ORG	沪苏浙皖长三角区域协同创新指数研究联合课题组
QUANT	5项
QUANT	20项
DATE	2011—2021年
LOC	长三角区域
# the Nanjing institute's short name one ORG; the leading group's office ORG
ORG	中科院南京地湖所
ORG	推动长三角一体化领导小组办公室
LOC	长三角
DATE	2018-2020年
LOC	长三角
LOC	长三角
TERM	“高质量”
TERM	“一体化”
TERM	“协同”
TERM	“生态”
TERM	“人才”
TERM	“数字”
ORG	浙江省科技信息研究院
ORG	上海市科学学研究所
ORG	江苏省科技情报研究所
ORG	安徽省科技情报研究所
DOC	《长三角区域协同创新指数》
ORG	复旦大学
DOC	《长三角生态绿色一体化发展示范区人才一体化指数》
ORG	阿里研究院
DOC	《2019数字长三角一体化发展报告：打造全球数字经济高地》
LOC	长江经济带
LOC	长三角地区
# 表1, 图1 nothing; 十余个 nothing; 超过205个 → 205个
LOC	长三角
QUANT	205个
QUANT	78%
QUANT	1-2次
TERM	“评价长三角高质量发展”
TERM	“一人一套”
QUANT	150个
QUANT	1次
LOC	长三角地区
LOC	长三角
TERM	“自上而下”
TERM	“自下而上”
TERM	“众力”
# a college with its university one ORG; a ministry's key lab named with the ministry one ORG — doubtful; a data
# centre's named branch one ORG; the research centre's node at the university one ORG, (培育) out — doubtful
ORG	南京师范大学地理科学学院
ORG	虚拟地理环境教育部重点实验室
ORG	国家地球系统科学数据中心长江三角洲分中心
ORG	可持续发展大数据国际研究中心南京师范大学节点
LOC	长三角
""",
    "gw-cn-mof-mfa-temporary-overseas-travel-funds-2013": r"""
# the unmarked title lines nothing (no place inside); article and chapter numbers nothing
DOC	财行〔2013〕516号
ORG	党中央
ORG	国务院
ORG	总后勤部
ORG	武警总部
ORG	全国人大常委会办公厅
ORG	全国政协办公厅
ORG	高法院
ORG	高检院
# 各人民团体, 各民主党派, 财政厅（局）, 人民政府外事办公室 nothing (generic); the corps' two bureaus: 财务局 with the
# corps one ORG, 外事局 after it ORG alone (a bureau named by its remit, batch-16 D) — doubtful
ORG	新疆生产建设兵团财务局
ORG	外事局
ORG	中共中央政治局
DOC	《关于改进工作作风、密切联系群众的八项规定》
DOC	《党政机关厉行节约反对浪费条例》
DOC	《临时出国人员费用开支标准和管理办法》
DOC	财行〔2001〕73号
DOC	《因公临时出国经费管理办法》
DOC	《办法》
DOC	《办法》
DATE	2014年2月1日
ORG	财政部
DATE	2014年4月1日
ORG	财政部
# the signatures spaced out as written
ORG	财　政　部
ORG	外　交　部
DATE	2013年12月20日
DOC	《中华人民共和国预算法》
DOC	《党政机关厉行节约反对浪费条例》
# forms and tickets in 《》 DOC (the marks) — doubtful
DOC	《因公临时出国任务和预算审批意见表》
DOC	《航空运输电子客票行程单》
# 国外段超过6小时以上 → 6小时; 每人每天补助12美元
QUANT	6小时
QUANT	12美元
ORG	财政部
DOC	《财政违法行为处罚处分条例》
# 台湾地区 one LOC (place + region word)
LOC	香港
LOC	澳门
LOC	台湾地区
ORG	财政部
ORG	财政部
ORG	财政部
ORG	外交部
ORG	财政部
ORG	外交部
# 自发布之日起30日后 → 30日 QUANT (a span of days) — doubtful
QUANT	30日
ORG	财政部
ORG	外交部
DOC	《关于印发〈临时出国人员费用开支标准和管理办法〉的通知》
DOC	财行〔2001〕73号
ORG	财政部
# 原中国民用航空总局 → the old body's name ORG (原 out)
ORG	中国民用航空总局
DOC	《关于加强因公出国机票管理的通知》
DOC	财外字〔1998〕283号
# 财政部网站 → ORG 财政部 (a body's website → the body) — doubtful
ORG	财政部
# 驻华 → 华 (batch 26: 在华)
*LOC	(?<=驻)华
""",
}
