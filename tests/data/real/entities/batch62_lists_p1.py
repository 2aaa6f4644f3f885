"""Reading lists of the batch-62 entity gold, pass 1 (branch issue-e62p1-s28); see build_batch.py for the
line format and README-batch62.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-jx-provincial-government-national-development-zones-reform-opinions-2020": r"""
# the issuer in the title ORG; the addressees (各市、县（区）人民政府，省政府各部门) generic, nothing
ORG	江西省人民政府
DOC	《国务院关于推进国家级经济技术开发区创新提升打造改革开放新高地的意见》
DOC	国发〔2019〕11号
# the bracketed 责任单位 lines: each level-prefixed body ORG (省委编办, 省政务服务办, 省外办 short names); 有关设区市、
# 县〔区〕人民政府 a kind of body, nothing; 国家级开发区 a designation, nothing throughout
ORG	省委编办
TERM	“分类指导、一区一策”
TERM	“权力责任一致、职责能力匹配、能放皆放”
ORG	省政务服务办
DOC	《公务员职务与职级并行规定》
ORG	省委组织部
ORG	省人力资源社会保障厅
ORG	省财政厅
# 管委会 (no zone's name) nothing; the central bank's branch and the CSRC bureau named by their places one ORG each
ORG	省发展改革委
ORG	省财政厅
ORG	省金融监管局
ORG	人行南昌中心支行
ORG	江西证监局
TERM	“单一窗口”
ORG	省商务厅
ORG	省财政厅
ORG	南昌海关
TERM	“一企一策”
TERM	“一业一策”
ORG	省商务厅
ORG	省发展改革委
ORG	省科技厅
ORG	省工业和信息化厅
ORG	省外办
ORG	南昌海关
ORG	省商务厅
ORG	省发展改革委
# 省财政 (the province's budget, no 厅) nothing — doubtful; 在赣 the one-character province LOC (在京)
QUANT	1亿元
TERM	“飞地园区”
LOC	赣
ORG	省商务厅
ORG	省财政厅
ORG	省科技厅
ORG	省发展改革委
TERM	“独角兽”
TERM	“瞪羚”
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省科技厅
ORG	省财政厅
ORG	省商务厅
TERM	“僵尸企业”
TERM	“数字化车间”
TERM	“智能工厂”
ORG	省工业和信息化厅
ORG	省科技厅
ORG	省生态环境厅
ORG	省自然资源厅
TERM	“科贷通”
QUANT	50%
ORG	省科技厅
ORG	省工业和信息化厅
ORG	省税务局
ORG	省发展改革委
ORG	省商务厅
ORG	省自然资源厅
ORG	省住房城乡建设厅
ORG	省生态环境厅
ORG	省市场监管局
ORG	省发展改革委
ORG	省住房城乡建设厅
ORG	省工业和信息化厅
ORG	省商务厅
ORG	省发展改革委
ORG	省生态环境厅
ORG	省财政厅
ORG	省发展改革委
ORG	省商务厅
TERM	“亩产论英雄”
TERM	“节地增效”
TERM	“标准地”
TERM	“增存挂钩”
TERM	“多规合一”
ORG	省自然资源厅
ORG	省住房城乡建设厅
ORG	省发展改革委
ORG	省商务厅
# the two oil companies' short names ORG; the two prices QUANT with 元, the decimal point written as the private-use
# character U+E010 the page's font stood for (0.2元, 0.18元): tagged by the regex line at the end
ORG	中石油
ORG	中石化
ORG	省发展改革委
ORG	国网江西省电力公司
TERM	“一站式”
# 5年有效 a duration in digits QUANT; 200万元、100万元 each with its unit, two spans
QUANT	5年
QUANT	180天
QUANT	200万元
QUANT	100万元
ORG	省人力资源社会保障厅
ORG	省财政厅
ORG	省科技厅
ORG	省公安厅
QUANT	15万元
QUANT	20万元
QUANT	90万元
QUANT	600万元
ORG	省人力资源社会保障厅
ORG	省财政厅
ORG	省住房城乡建设厅
ORG	省商务厅
ORG	省发展改革委
ORG	省科技厅
DATE	2020年3月6日
DOC	《关于推进全省国家级开发区创新提升打造改革开放新高地的若干意见》
*QUANT	0\ue010(?:2|18)元
""",
    "news-cn-thepaper-beijing-ip-court-museum-day-party-activity-2022": r"""
# the page head: the date DATE (clock time out), the place line LOC, the source 澎湃新闻 ORG (澎湃号 a platform, 政务 its
# channel kind: nothing)
DATE	2022-05-26
LOC	北京
ORG	澎湃新闻
# the day's theme quoted TERM; 党的十八大 an event, nothing; 总书记's quoted words speech, nothing in them
TERM	“博物馆的力量”
TERM	“博物馆的力量”
PER	习近平
# the quoted day “5·18” TERM (unquoted 七一 DATE, quoted a cited expression) — doubtful (DATE 5·18 without the marks);
# the court's division written with the court one ORG (商务部外资司), its Party branch after it out (娲石集团党委书记)
TERM	“5·18”
ORG	北京知识产权法院立案庭
ORG	北京知识产权法院立案庭
DATE	2021年
TERM	“红色经典”
TERM	“党史学习”
ORG	北京知识产权法院立案庭
TERM	“5·18”
# the website ORG (media without a suffix); its quoted column a TERM — doubtful (ORG as a portal's channel); the two
# articles DOC; 新华社 ORG
ORG	共产党员网
TERM	“学习原声”
DOC	《一个博物馆就是一所大学校》
ORG	新华社
DOC	《我们为什么要去博物馆？》
# the museum that puts on the exhibitions acts: ORG
ORG	国家博物馆
# the quoted app “学习强国” a platform's name cited: TERM — doubtful; the quiz's quoted name TERM
TERM	“学习强国”
TERM	“国际博物馆日相关知识”
PER	王志轩
PER	李哲
PER	姚俐衡
PER	习近平
ORG	北京知识产权法院立案庭
# the footer: 澎湃号 nothing, 澎湃新闻 ORG each time; the URL nothing
ORG	澎湃新闻
ORG	澎湃新闻
ORG	澎湃新闻
""",
    "wr-fj-pingtan-county-2019-work-report-review-part": r"""
# the crawler header as batch 49's 2020 report: the title's bracketed year DATE, 发布时间 DATE (time out), the publisher
# ORG; the 本地目录 path nothing; the breadcrumb's title year DATE; the share bar's platforms ORG (batches 49, 57)
DATE	2019
DATE	2019-01-08
ORG	平潭综合实验区管委会办公室
DATE	2019-01-08
ORG	微信
ORG	微博
ORG	QQ空间
# the congress with its term number ORG, the session out (深圳市七届人大二次会议); 各位政协委员 (no level word) nothing
DATE	2019年1月8日
ORG	平潭县第十七届人民代表大会
ORG	平潭县人民政府
DATE	2018年
DATE	2018年
QUANT	40周年
LOC	平潭
# 党的十九大 and 十九届二中、三中全会 events, nothing; the ideology gives 习近平 and 中国
TERM	“大学习”
PER	习近平
LOC	中国
TERM	“四个意识”
TERM	“四个自信”
PER	习近平
ORG	党中央
ORG	党中央
ORG	国务院
# 省委省政府 generic; 区党工委 (the zone's Party working committee by its level word, as 区委) nothing — doubtful (ORG as
# 实验区党工委 in batches 49 and 57); 中央巡视, 中央环保督察 nothing
LOC	平潭
TERM	“三篇文章”
QUANT	254.3亿元
QUANT	8.7%
QUANT	60.5亿元
QUANT	16.3%
QUANT	38.4亿元
QUANT	29.6%
QUANT	10.1%
QUANT	68.5亿元
QUANT	9.7%
QUANT	15.45亿元
QUANT	41.7%
QUANT	1.2亿美元
QUANT	84%
QUANT	3.3%
QUANT	38580元
QUANT	8%
QUANT	15982元
QUANT	9.1%
TERM	“平潭再创业 我们怎么做”
TERM	“大干120天 打好七大攻坚战”
TERM	“硬骨头”
TERM	“拔钉子”
QUANT	2年
QUANT	80座
QUANT	88个
QUANT	218个
QUANT	137个
QUANT	84个
QUANT	23个
QUANT	10个
QUANT	46亿元
# the scenic spots and the beach LOC; the circus park a venue LOC
LOC	石牌洋
LOC	仙人井
LOC	将军山
LOC	龙王头
LOC	坛南湾
LOC	国际马戏主题公园
QUANT	6个
TERM	“三点四沿”
QUANT	71个
# 金井新城 a named new-town area LOC; the park LOC, the primary school ORG, 市民广场 a venue LOC — doubtful (generic)
LOC	金井新城
TERM	“开发一片、成熟一片、见效一片”
QUANT	21个
QUANT	15个
LOC	天牛河公园
ORG	麒麟小学
LOC	市民广场
TERM	“老大难”
LOC	平潭
TERM	“投资潜力百强”
TERM	“五个一批”
QUANT	478个
QUANT	4322亿元
QUANT	286亿元
QUANT	60个
# built works LOC: the ring road's utility tunnel one LOC; 美丽之冠一期 a named building complex with its phase LOC —
# doubtful; the station and the bridge's second channel LOC; the marine industrial park a named park LOC — doubtful;
# 对台邮件处理中心 a facility being built, named: one LOC — doubtful (台 alone, 对台 → 台, the other reading)
LOC	环岛路综合管廊
LOC	美丽之冠一期
QUANT	46个
LOC	高铁中心站
LOC	平潭海峡二桥二线通道
QUANT	90个
LOC	国际海洋产业园
LOC	对台邮件处理中心
QUANT	25个
TERM	“组合拳”
QUANT	1234家
# the quoted film company ORG without the marks; the forum and 岚商回归创业大会 events (岚商 a word for the people)
ORG	春秋时代
QUANT	300多家
QUANT	77个
QUANT	414亿元
QUANT	10亿元
QUANT	3倍
QUANT	300万吨
QUANT	293亿元
QUANT	106亿元
# the breadcrumb's title year (the 本地目录 path's one before it stays out)
*DATE	(?<=报告（)2019(?=） 时间)
""",
}
