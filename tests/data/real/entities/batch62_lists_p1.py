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
    "gw-ah-laian-county-government-office-property-market-measures-notice-2022": r"""
# the issuer ORG; the enclosed measures' unmarked title in the notice's title and as the heading gives 来安县 (batch-24
# D-5's line); the page's date DATE (clock time out), 颁发时间 / 实施日期 DATEs, the 文号 DOC
ORG	来安县人民政府办公室
LOC	来安县
DATE	2022-12-06
ORG	来安县人民政府办公室
DATE	2022-12-01
DATE	2022-12-02
DOC	来政办秘〔2022〕47号
# the county government with its term number ORG (市十六届人大), the meeting out — doubtful (县政府 is generic)
DOC	《进一步促进来安县房地产业良性循环和健康发展若干措施》
ORG	县十八届人民政府
ORG	来安县人民政府办公室
DATE	2022年12月1日
LOC	来安县
TERM	“房住不炒”
# the quoted 首套房 each time TERM (a policy's key word); 银行业金融机构, 税务部门, 不动产登记部门 generic
TERM	“首套房”
TERM	“首套房”
TERM	“首套房”
TERM	“首套房”
TERM	“首套房查询证明”
QUANT	6个月
QUANT	1人
QUANT	1500元
QUANT	40万元
QUANT	2人
QUANT	3000元
QUANT	50万元
QUANT	10万元
DATE	2022年12月31日
QUANT	20%
# 按滁州市住房公积金相关政策执行: the city, LOC (no body named)
LOC	滁州市
LOC	滁州市
LOC	滁州市
# 县财政 (no 局) nothing, as 县财政 in batch 57's 明溪 measures
QUANT	50%
QUANT	100%
QUANT	80%
QUANT	80%
QUANT	100%
DATE	2022年12月31日
DOC	《来安县“来者皆安”人才政策三十条》
LOC	来安县
DOC	《来安县农村宅基地自愿有偿退出暂行办法》
DOC	来宅改〔2021〕13号
TERM	“一刀切”
DOC	《中国人民银行中国银行保险监督管理委员会关于调整差别化住房信贷政策有关问题的通知》
DOC	银发〔2022〕115号
QUANT	20%
QUANT	20个基点
ORG	县教体局
# 房地产协会 (the county's association; 房协 its short name) ORG — doubtful (a body named by its kind); 县住建部门 a level
# word and a remit, ORG (北京市卫生部门) — doubtful; 县住房公积金管理部, 县卫健委, 县住建局 ORG
ORG	房地产协会
QUANT	3套
ORG	房地产协会
QUANT	3%
ORG	县住建部门
ORG	县住房公积金管理部
ORG	房地产协会
ORG	房协
ORG	县卫健委
ORG	房地产协会
TERM	“现房销售”
ORG	县住建局
""",
    "gw-jl-changchun-government-office-property-market-stability-notice-2017": r"""
# the issuer ORG; the addressees, 国家、省, 市政府 and 我市 generic, nothing
ORG	长春市人民政府办公厅
QUANT	12个月
QUANT	5年
TERM	“限房价、竞地价”
TERM	“限地价、竞房价”
# 市国土部门, 市房地部门: a level word and a remit, ORG (as 县住建部门 in the 来安 measures) — doubtful
ORG	市国土部门
QUANT	2年
TERM	“一房一价”
ORG	市房地部门
# 三环 the ring road LOC (三环区域内)
LOC	三环
QUANT	2年
ORG	人民银行
DOC	《长春市人民政府办公厅关于加快培育和发展住房租赁市场的实施意见》
DOC	长府办发〔2017〕22号
# 市房地、国土、规划、公用、财政、地税等相关部门: remits sharing 部门, nothing (发展改革、工业和信息化等部门)
TERM	“学区房”
ORG	长春市人民政府办公厅
DATE	2017年12月29日
""",
    "gw-ln-dandong-housing-fund-centre-withdrawal-rules-notice-2022": r"""
# the rules' title in 《》 DOC; the page date DATE; 中心各部门 and 中心党组 (the centre by its kind word) nothing
DOC	《丹东市住房公积金提取管理实施细则》
DATE	2023-01-09
DOC	丹金发〔2022〕36号
DOC	《丹东市住房公积金提取管理实施细则》
ORG	丹东市住房公积金管理中心
DATE	2022年12月31日
# the rules' unmarked heading gives the city
LOC	丹东市
DOC	《丹东市住房公积金提取管理办法》
DOC	丹金委发〔2022〕4号
LOC	丹东市
ORG	丹东市住房公积金管理中心
# the centre's defined short name 公积金中心 ORG each time (以下称; the regex line at the end); the defined “银行卡” TERM
TERM	“银行卡”
QUANT	10元
QUANT	6个月
DOC	《商品房买卖合同》
DOC	《不动产权证书》
DOC	《不动产权证书》
DOC	《不动产权证书》
# 以下简称异地: a defined common word, nothing
DOC	《委托逐月划转还贷协议》
DOC	《住房公积金借款抵押合同》
DOC	《住房借款抵押合同》
DOC	《不动产权证书》
DOC	《商品房买卖合同》
ORG	人民银行
QUANT	3个月
QUANT	1000元
QUANT	12个月
QUANT	12个月
DOC	《不动产权证书》
DOC	《房屋所有权证》
LOC	丹东地区
QUANT	60周岁
QUANT	55周岁
# the disability grades 1-4级, 1-2级 ranks, nothing — doubtful (QUANT ranges)
DOC	《丹东市居民最低生活保障证》
QUANT	3个工作日
QUANT	3个工作日
DOC	《提取复核申请》
QUANT	5个工作日
# 人民法院 (no level word or place) nothing; 公安等部门 nothing
ORG	丹东市住房公积金管理中心
DATE	2023年2月1日
DOC	《丹东市住房公积金提取管理实施细则》
DOC	丹金发〔2018〕15号
*ORG	公积金中心
""",
    "news-cn-pingtan-public-security-bureau-hotel-random-inspections-2024": r"""
# the range with 到 one DATE; the bureau's detachment written with it one ORG (商务部外资司)
DATE	2024年3月16日到3月21日
ORG	区公安局治安巡特警支队
TERM	“双随机”
QUANT	27家
TERM	“双随机”
QUANT	2名
# the inspectors' names, the first as written with a space inside
PER	杨 嵘
PER	沈伟斌
# the annex's unmarked title gives its entities; the signature ORG and DATE
ORG	区公安局
DATE	2024年第一季度
TERM	“双随机”
ORG	平潭综合实验区公安局
DATE	2024年3月21日
""",
    "news-cn-qq-urumqi-pupils-xian-museum-ideological-course-2025": r"""
# the byline PER; the opening quotation of the leader's saying is speech, nothing — doubtful (TERM as a slogan)
PER	李龙
DATE	12月7日
# the portal's channel ORG (天津频道); the zone's Party committee's education working committee one ORG with the
# bracketed district name, the zone's education bureau likewise; the quoted activity TERM; the museum a venue LOC
ORG	人民网新疆频道
ORG	乌鲁木齐高新区(新市区)委教育工委
ORG	高新区(新市区)教育局
TERM	“强国有我 争做时代新人——2025行走的思政课”
LOC	西安博物院
ORG	人民网
PER	李龙
LOC	西安
TERM	“十三朝古都”
# the museum that holds the relics ORG — doubtful (LOC as the venue); 周、秦、汉、唐 dynasties nothing
ORG	西安博物院
LOC	西安
QUANT	13万件
LOC	中国
ORG	人民网
PER	李龙
LOC	西安博物院
# the map's name gives 西安; 丝绸之路 the route LOC — doubtful
LOC	西安
LOC	丝绸之路
ORG	人民网
PER	李龙
# 中原 a conventional region LOC; 西域地区 one LOC (place + 地区)
LOC	中原
LOC	西域地区
ORG	人民网
PER	李龙
ORG	乌鲁木齐市第79小学
PER	于瑞清
ORG	乌鲁木齐市第113中学
PER	张程程
LOC	中国
ORG	人民网
PER	李龙
ORG	乌鲁木齐市第79小学
PER	陈青岩
LOC	新疆
LOC	陕西
TERM	“一带一路”
TERM	“看文物”
LOC	中原
ORG	人民网
PER	李龙
ORG	乌鲁木齐市第八十二小学
PER	伊尔凡·依明江
ORG	人民网
PER	李龙
LOC	西安博物院
ORG	人民网
PER	李龙
# the related links: the quoted activity TERM; unquoted, its year 2025 a DATE in each headline (a year inside an
# event's name) — doubtful
TERM	“强国有我 争做时代新人——2025行走的思政课”
DATE	2025
LOC	新疆
LOC	长城
DATE	2025
LOC	天山
ORG	北大
ORG	清华
DATE	2025
ORG	人民网
TERM	“特殊礼物”
DATE	2025
LOC	北京天安门
DATE	2025
TERM	“现场”
DATE	2025
# 闽疆 two one-character places; 延乌 (延安, 乌鲁木齐) likewise — doubtful
LOC	闽
LOC	疆
TERM	“手拉手”
DATE	2025
TERM	“追寻”
LOC	延安
DATE	2025
LOC	延
LOC	乌
TERM	“好兄弟”
DATE	2025
# the disclaimer: 腾讯 (its platform's creators) and its two news sites ORG
ORG	腾讯
ORG	腾讯新闻
ORG	腾讯网
""",
    "plan-sh-huangpu-historic-areas-14th-fyp-2021-part": r"""
# the extractor's note: the law DOC, 上海市 LOC; the notice's title gives the plan's unmarked title's 黄浦区 and “十四五”
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	黄浦区人民政府办公室
LOC	黄浦区
TERM	“十四五”
DOC	《黄浦区历史风貌保护和利用“十四五”规划》
ORG	上海市黄浦区人民政府办公室
DATE	2021年7月20日
LOC	黄浦区
TERM	“十四五”
TERM	“十四五”
LOC	上海
TERM	“五个中心”
LOC	黄浦区
DOC	《中共黄浦区委关于制定黄浦区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》
DOC	《上海市黄浦区国民经济和社会发展第十四个五年规划和二〇三五年远景目标》
DOC	《黄浦区历史风貌保护和利用“十四五”规划》
DOC	《规划》
TERM	“十三五”
LOC	黄浦区
LOC	上海
TERM	“经典黄浦、精品城区”
TERM	“十三五”
TERM	“十四五”
# 1-5批 batch numbers (ordinal), nothing; the four areas named with 历史文化风貌区 written once, one LOC each
QUANT	289处
QUANT	539处
QUANT	37条
QUANT	36条
QUANT	84个
LOC	外滩
LOC	衡复
LOC	老城厢
LOC	人民广场
QUANT	4处
TERM	“点、线、面”
TERM	“十三五”
LOC	外滩
TERM	“第一立面”
LOC	外滩金融集聚带
LOC	衡复历史文化风貌区
LOC	老城厢
LOC	梓园
LOC	人民广场
TERM	“十三五”
LOC	外滩历史文化风貌区
TERM	“第二立面”
# the buildings renovated LOC: 外滩”中央 (the building 外滩·中央 with a stray mark for its dot) one LOC as written —
# doubtful; 国际医疗中心 here a building — doubtful; 外滩源二期 with its phase; the block by its number (163街坊, as
# 江苏北路三街坊) LOC; the institutions brought in ORG (外滩美术馆 as an institution — doubtful)
LOC	外滩”中央
LOC	老市府大楼
LOC	国际医疗中心
LOC	外滩源二期
LOC	163街坊
LOC	盐业银行大楼
LOC	大清银行大楼
ORG	中银集团
ORG	外滩美术馆
ORG	佳士得拍卖行
LOC	衡复历史文化风貌区
LOC	国泰公寓
LOC	米丘林公寓
# block and lane written together one LOC (a place chain) — doubtful; the plots by number: 衡复 + its plot one LOC,
# the other plot LOC (SJC1-0013单元) — doubtful
LOC	40街坊西成里
LOC	41街坊丰裕里
TERM	“美丽家园”
LOC	衡复风貌保护0号地块
LOC	5号地块
LOC	中国社会主义青年团中央机关旧址纪念馆
LOC	老城厢历史文化风貌区
LOC	梓园
LOC	文庙
DOC	《上海老城厢口述史》
LOC	人民广场历史文化风貌区
LOC	中国大戏院
LOC	黄浦剧场
LOC	长江剧场
# the sub-centre set up ORG, the venue and the district in its name with it — doubtful
ORG	上海大世界-黄浦非遗保护分中心
# the committee and the leading group named by remit with their level word ORG (区城市更新领导小组); 及办公室 nothing
ORG	区历史文化风貌区和优秀历史建筑保护委员会
ORG	区历史风貌保护项目推进领导小组
# the quoted mini-programme name TERM; 走进外滩建筑 gives 外滩
TERM	“阅读黄浦”
LOC	外滩
TERM	“建筑可阅读”
ORG	区历保委
# the expert committee named by its remit ORG — doubtful (a bare 专家委员会 is none)
ORG	历史建筑保护专家委员会
LOC	黄浦区
ORG	区房管局
ORG	历史建筑保护事务中心
ORG	区历保委
DOC	《黄浦区加强历史文化街区、历史文化风貌区、优秀历史建筑和不可移动文物保护工作的实施办法》
ORG	市住建委
ORG	市规资局
ORG	市文物局
ORG	区房管局
DOC	《黄浦衡复历史文化风貌区保护与整治三年行动计划（2018-2020年）》
LOC	衡复风貌区
TERM	“带项目建设、带民生改善、带环境提升”
ORG	区房管局
ORG	区文旅局
TERM	“一幢一册”
LOC	外滩
TERM	“十四五”
PER	习近平
LOC	上海
TERM	“老人”
ORG	中共中央
ORG	国务院
DOC	《关于进一步加强城市规划建设管理工作的若干意见》
DOC	《上海市历史风貌区和优秀历史建筑保护条例》
TERM	“从严保护”
TERM	“活化利用”
# the regulation's quoted requirements: its wording, TERM (訂明「…」)
TERM	“扩大保护范围、强化政府责任、完善保护措施、促进活化利用”
LOC	黄浦区
LOC	上海
LOC	上海
LOC	黄浦区
LOC	黄浦区
LOC	上海
# 市委、市政府 generic; GIS, BIM, RS, VR techniques nothing
DOC	《关于全面推进上海城市数字化转型的意见》
TERM	“数治”
TERM	“活起来”
LOC	黄浦区
TERM	“十四五”
PER	习近平
LOC	中国
LOC	上海市
LOC	外滩
LOC	衡复
LOC	老城厢
LOC	人民广场
LOC	上海
LOC	黄浦
LOC	黄浦区
TERM	“人民城市人民建、人民城市为人民”
TERM	“会客厅”
LOC	外滩历史文化风貌区
LOC	衡复历史文化风貌区
LOC	老城厢历史文化风貌区
LOC	人民广场历史文化风貌区
TERM	“会客厅”
LOC	外滩
TERM	“第二立面”
QUANT	11.4万平方米
QUANT	30万平方米
QUANT	2万户
QUANT	100万平方米
QUANT	4处
TERM	“建筑可阅读”
QUANT	5条
QUANT	3个
QUANT	50余人
""",
}
