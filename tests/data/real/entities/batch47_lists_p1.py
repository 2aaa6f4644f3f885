"""Reading lists of the batch-47 entity gold, pass 1 (branch issue-e47p1-s23); see build_batch.py for the
line format and README-batch47.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-fj-pingtan-affordable-housing-joint-review-notice-2015": r"""
# the crawler's header as in batch 38's Pingtan notice: 发布时间 DATE without the clock time; 发布机构 / 来源 中国平潭
# ORG (the portal's name); 区管委会文件 (栏目) nothing; URL and path nothing; 微信, 微博, QQ空间 ORG
DATE	2015-09-03
ORG	中国平潭
DATE	2015-09-03
ORG	微信
ORG	微博
ORG	QQ空间
DOC	岚综管综〔2015〕175号
ORG	平潭综合实验区管委会
# 区直各单位, 各片区开发管理局, 各乡镇人民政府 nothing (kinds); 省纪委 ORG (Fujian's commission, as 省政协) — doubtful
ORG	省纪委
DOC	《关于印发〈权力运行网上公开试点工作方案〉的通知》
DOC	闽纪〔2014〕6号
DOC	《平潭综合实验区保障性安居工程建设与管理暂行办法》
DOC	闽岚综实管办〔2014〕30号
# the zone's bureaus named with 区 ORG (one zone's own bodies, as 市交通委); the bracketed remits （住房保障部门） and the
# kinds 区住房保障部门, 区民政部门, 区纪检监察部门, 公安、工商、税务、社保 nothing; 人民银行 ORG (a proper name) — doubtful
ORG	区交通与建设局
ORG	区房地产交易中心
ORG	区住房公积金管理中心
ORG	区社会事业局
ORG	人民银行
ORG	区房地产交易中心
ORG	区公积金管理中心
ORG	区公安局
ORG	区市场监督管理局
ORG	区地税局
QUANT	12个月
ORG	区社会事业局
ORG	人民银行平潭支行
QUANT	4个工作日
QUANT	30个工作日
ORG	区交通与建设局
QUANT	3个工作日
ORG	区房地产交易中心
ORG	区公积金管理中心
QUANT	7个工作日
ORG	区交通与建设局
QUANT	4个工作日
ORG	区社会事业局
QUANT	2个工作日
ORG	人民银行
ORG	区公安局
ORG	区市场监督管理局
ORG	区地税局
ORG	区社会事业局
ORG	区人民银行
QUANT	8个工作日
ORG	区社会事业局
QUANT	10个工作日
QUANT	15个工作日
DOC	《平潭综合实验区保障性住房配置各责任单位审核时限图》
DOC	《平潭综合实验区保障性住房配置各责任单位审核时限图》
TERM	“超时默认”
TERM	“缺席默认”
TERM	“超时默认”
TERM	“缺席默认”
# 区工会 ORG (the zone's union, as 省总工会) — doubtful
ORG	区工会
# the unmarked attachment title → the place inside (as batch 20's unmarked title lines)
LOC	平潭综合实验区
ORG	平潭综合实验区管委会
DATE	2015年8月31日
ORG	中国平潭
""",
    "news-cn-rmrb-jiangsu-proof-of-concept-centres-2025": r"""
LOC	江苏
QUANT	20家
TERM	“把脉助产”
# the paper's byline: reporters PER with the spaces printed inside; 《人民日报》 ORG without the marks (a newspaper,
# batch 20's 《北京日報》); the issue date DATE, 第 07 版 nothing — doubtful (no rmrb byline precedent)
PER	谢  雨
PER	姚雪青
ORG	人民日报
DATE	2025年04月15日
TERM	“关键一公里”
LOC	江苏
QUANT	20家
TERM	“把脉助产”
# the quoted product word “床单” TERM each time (as “圈地”)
TERM	“床单”
ORG	江苏省集萃医工交叉研究所概念验证中心
TERM	“床单”
LOC	江苏
# a school with its university one ORG
ORG	东南大学仪器科学与工程学院
PER	刘澄玉
TERM	“脑洞大开”
# quoted speech nothing, the quoted word inside it TERM (‘细绳子’)
TERM	‘床单’
PER	刘澄玉
TERM	“床单”
TERM	“床单”
TERM	“自己人”
PER	刘澄玉
TERM	“非接触式生命体征监测技术项目”
ORG	江苏省集萃医工交叉研究所概念验证中心
ORG	江苏省科技厅
PER	徐光辉
TERM	‘关键一公里’
LOC	江苏
DATE	2023年
DOC	《江苏省概念验证中心建设工作指引（试行）》
QUANT	4类
LOC	江苏
QUANT	20家
LOC	南京
TERM	“单机版”
TERM	“联网版”
PER	刘澄玉
ORG	江苏省集萃医工交叉研究所概念验证中心
ORG	南京医科大学
PER	李建清
TERM	“供给侧”
TERM	“需求侧”
TERM	“金点子”
TERM	“试验田”
ORG	江苏省人民医院
PER	曹晓建
ORG	江苏省集萃医工交叉研究所概念验证中心
ORG	南京医科大学
ORG	东南大学
ORG	东南大学机械工程学院
PER	石云德
ORG	南京医科大学生物医学工程与信息学院
PER	李亮
PER	曹晓建
PER	曹晓建
QUANT	2厘米
QUANT	2毫米
PER	李亮
ORG	江苏省集萃医工交叉研究所概念验证中心
PER	屠小明
PER	屠小明
ORG	东南大学柔性射频技术研究中心
QUANT	5至20厘米
TERM	‘试错—调整—创新’
PER	屠小明
# a division with its department one ORG
ORG	江苏省科技厅平台处
PER	万发苗
QUANT	513项
QUANT	219项
QUANT	33项
QUANT	25项
QUANT	4.3亿元
QUANT	7000余万元
PER	张丹峰
""",
    "wr-fj-pingtan-2023-work-report-review-part": r"""
# the crawler's header as in batch 38's Pingtan notice; the year in the title DATE (as the 2026 work reports), the
# breadcrumb's copy of the title nothing; 平潭网 ORG (the portal)
DATE	2023
DATE	2023-01-11
ORG	平潭网
DATE	2023-01-11
ORG	微信
ORG	微博
ORG	QQ空间
DATE	2023年1月4日
# 人大工作会议 (a meeting) → the place inside; the congress without 第二次会议 ORG — doubtful
LOC	平潭综合实验区
ORG	平潭县第十八届人民代表大会
ORG	平潭综合实验区管委会
DATE	2022年
DATE	2022年
# 新冠, 党的二十大 nothing; 省委, 省政府, 实验区管委会, 实验区党工委, 人大工委, 政协工委 generic
TERM	“一岛两窗三区”
LOC	平潭
DOC	《平潭综合实验区总体发展规划（2022-2035）》
ORG	国家发改委
LOC	福州新区
LOC	平潭综合实验区
TERM	“资源换产业”
ORG	中能建
ORG	三五集团
TERM	“海峡梦之城”
DATE	2022年
ORG	区城发集团
TERM	“幸福指数”
LOC	平潭
# 海岛研究中心 ORG (a named centre) — doubtful
ORG	海岛研究中心
ORG	厦大平潭研究院
ORG	平潭集成电路产业中心
TERM	“瞪羚”
LOC	平潭外海海上风电场
TERM	“惠聚岚岛”
TERM	“开渔直播节”
# venues LOC; 国际演艺中心 generic — doubtful; works in 《》 DOC
LOC	龙王头城市音乐会客厅
LOC	68小镇黑礁音乐博览馆
DOC	《只此青绿》
TERM	“海岛生活节”
LOC	平潭
ORG	央视
DOC	《那山那海》
LOC	如意湖国际赛道
TERM	“泡泡”
# 平潭国际赛车嘉年华 (an event) → the place; teams ORG (batch 20), F4国际方程式赛车队 / 速滑队 unnamed nothing
LOC	平潭
ORG	福建平潭男子排球队
ORG	国家羽毛球队
TERM	“泡泡”
LOC	平潭
TERM	“中国体育旅游十佳目的地”
TERM	“福往福来”
LOC	平潭
LOC	莆田
LOC	平潭滨海旅游公路
TERM	“先行垫付、代位追偿”
TERM	“畅游平潭”
TERM	“黄金水道”
# 对台 → 台 (as 對港, 驻豫; the regex at the end); 台胞, 台商, 台资 nothing (as 港澳同胞) — doubtful
LOC	平潭
LOC	平潭
TERM	“e+”
TERM	“一码通”
TERM	“台商台胞金融信用证书”
TERM	“台胞诚信闪贷”
ORG	全国台企联
ORG	厦大
ORG	两岸融合发展研究院
# the forums nothing (no place inside); 岚台 → 岚 + 台
LOC	岚
LOC	台
TERM	“e拍即得”
TERM	“一件事”
TERM	“一网通办”
ORG	平潭海关
LOC	福州关区
LOC	福州新区
TERM	“福州都市圈”
LOC	闽江口
LOC	平潭
# the forum and the seminar (events) → the places inside
LOC	中国
LOC	平潭
LOC	金井新城
LOC	如意湖公园
ORG	省水投集团
LOC	苏平镇
LOC	青峰村
LOC	砂美村
TERM	“一村一品”
LOC	君山
ORG	省水利厅
ORG	平潭水文中心
TERM	“两岸就业创业村居服务站”
ORG	区疾控中心
LOC	君山养老服务中心
ORG	国家信访局
TERM	“全面净化政治生态、进一步推进‘提高效率、提升效能、提增效益’专项教育行动”
TERM	“经济体检”
# the outbreaks named by their dates in quotes TERM — doubtful (DATE the other reading)
TERM	“7·13”
TERM	“10·24”
TERM	“属地网格+依港管船”
TERM	“福建省双拥模范城”
ORG	实验区新的社会阶层人士联谊会
PER	习近平
LOC	中国
ORG	工商联
# 驻岚 → 岚; 武警部队 ORG; 台港澳同胞 nothing
LOC	岚
ORG	武警部队
LOC	平潭
*LOC	(?<=对)台
*QUANT	\d+(?:\.\d+)?(?:％|亿元人民币|亿元|万元|个百分点|万人次|万标箱|万亩|公顷|公里|个小时|多场|余项|户|家|个|件|项|场|人|枚|类|天)
""",
    "news-cn-most-vice-minister-meets-french-ai-envoy-2024": r"""
# 人工智能行动峰会 (an event) nothing; 中法 → 中 + 法 (as 中葡; the regexes at the end), 访法 → 法; 中方, 法方 nothing
PER	陈家昌
LOC	法国
PER	安娜·布夫罗
DATE	2024年11月26日
ORG	科技部
PER	陈家昌
LOC	北京
LOC	法国
PER	安娜·布夫罗
PER	陈家昌
DATE	5月
PER	习近平
LOC	法
DOC	《关于人工智能和全球治理的联合声明》
PER	安娜·布夫罗
LOC	法国
ORG	科技部
*LOC	中(?=法)
*LOC	(?<=中)法
""",
    "news-cn-most-harbin-aerospace-ai-capability-list-2026": r"""
# the quoted technologies and slogans TERM whole with the marks; 吉林公主岭 one LOC (a place chain); 和美乡村 nothing;
# 黑龙江农业保险项目 → 黑龙江
LOC	哈尔滨市
TERM	“航空航天+人工智能”
LOC	哈尔滨
ORG	哈尔滨市科学技术局
DOC	《哈尔滨市航空航天领域人工智能能力清单》
LOC	哈尔滨
QUANT	29项
TERM	“空天+AI”
TERM	“基于大模型的多模态时序定量反演与识别技术”
QUANT	16米
QUANT	4米
LOC	黑龙江
QUANT	70%
QUANT	3倍
TERM	“高光谱多模态遥感图像智能解译技术”
TERM	“面向机载平台的遥感图像智能检测跟踪技术”
TERM	“火眼金睛”
LOC	哈尔滨市
TERM	“无人机飞控技术及多模态视觉大模型”
ORG	哈工大
TERM	“交通大脑”
LOC	吉林公主岭
LOC	唐山
QUANT	16类
QUANT	92%
QUANT	10倍
TERM	“复合材料关键部件智能机器人柔性涂装”
TERM	“直升机电缆智能精益制造”
QUANT	66%
QUANT	60%
LOC	哈尔滨
TERM	“人工经验”
TERM	“数据驱动”
LOC	哈尔滨
TERM	“基于大模型的燃气轮机智能健康管理技术”
TERM	“运行状态数据智能预测与评估技术”
TERM	“机理-数据-优化”
ORG	中海油
QUANT	200余台
QUANT	95%
TERM	“三维异构集成一站式设计平台（EDA）”
QUANT	45%
QUANT	99.99%
TERM	“卡脖子”
""",
    "news-cn-rmrb-shanxi-major-projects-year-2025": r"""
# the 人民日报 byline as in the Jiangsu centres (batch 47, held-out); the campaign names TERM with the marks; the
# quoted slogans inside quoted speech TERM (‘十四五’); the zone LOC, its party working committee with its name ORG;
# 管委会 by distribution nothing — doubtful
LOC	山西
TERM	“重大项目建设年”
PER	刘鑫焱
PER	付明丽
ORG	人民日报
DATE	2025年03月01日
LOC	山西
TERM	“重大项目建设年”
DATE	2025年
TERM	“三个一批”
LOC	长治市
QUANT	494个
QUANT	1359.9亿元
PER	习近平
DATE	2025年
TERM	‘十四五’
DATE	2025年
LOC	山西
TERM	“重大项目建设年”
TERM	“两重”
QUANT	616个
LOC	山西
TERM	“四全工作法”
LOC	山西转型综合改革示范区
TERM	“招落一体”
TERM	“赋能园区”
TERM	“绩效管理”
TERM	“招落一体”
QUANT	5个
QUANT	238天
QUANT	58天
ORG	山西转型综合改革示范区党工委
PER	胡勇
LOC	山西
LOC	临汾市
LOC	长治高新区
LOC	山西
TERM	“最后一公里”
LOC	山西
TERM	“晋创谷”
QUANT	9家
TERM	“晋创谷”
TERM	“晋创谷·太原”
QUANT	200余家
QUANT	100余项
LOC	山西
TERM	“重大项目建设年”
TERM	“一网通办”
TERM	“免申即享”
TERM	“精准直达”
ORG	山西省委
PER	唐登杰
""",
    "gw-sd-medical-insurance-center-maternity-settlement-notice-2020": r"""
# the centre's own bodies with 省 ORG (省医疗保险事业中心, 省医保中心: the regex at the end), bare 医保中心 and 省直
# nothing; 2020年11月底 / 9月底 → the month DATE (底 out) — doubtful; the OCR-garbled words nothing
ORG	山东省医疗保险事业中心
DOC	鲁医保中心发〔2020〕11号
ORG	省医疗保险事业中心
DATE	2020年11月
ORG	山东省立医院
ORG	山东大学齐鲁医院
ORG	山东省千佛山医院
ORG	山东省中医院
ORG	山东大学第二医院
ORG	山东省妇幼保健院
ORG	济南市妇幼保健院
ORG	济南圣玛利亚医院
QUANT	8家
DATE	2020年11月
QUANT	8家
QUANT	2700元
QUANT	500元
QUANT	3100元
QUANT	5500元
QUANT	700元
QUANT	1200元
QUANT	35周岁
QUANT	600元
QUANT	10周
QUANT	700元
QUANT	10周
QUANT	2100元
QUANT	2000元
QUANT	1200元
QUANT	1800元
QUANT	98天
QUANT	15天
QUANT	1个
QUANT	15天
QUANT	60天
QUANT	4个月
QUANT	15天
QUANT	4个月
QUANT	42天
QUANT	1年
DOC	《省直生育定点医疗机构住院费用申报表》
DOC	《省直生育定点医疗机构住院费用明细表》
DATE	9月
# 地纬 (the system's maker) ORG — doubtful; HIS nothing
ORG	地纬
ORG	地纬
DATE	2020年11月
ORG	山东省医疗保险事业中心
DATE	2020年9月14日
# an address LOC (as 民京路200号), the hall and its window nothing
LOC	济南市历下区解放东路16号
ORG	山东省医疗保障局
TERM	“山东省省直社会保险个人网上服务系统”
ORG	微信
ORG	支付宝
TERM	“鲁医保”
TERM	“鲁医保”
# the menu's 山东省本级 → 山东省; the unquoted platforms → the place inside (爱山东, 山东政务服务网) — doubtful
LOC	山东省
LOC	山东
LOC	山东
ORG	山东省医疗保险事业中心综合组
DATE	2020年9月14日
*ORG	省医保中心
""",
    "gw-cn-ccgo-scgo-livelihood-improvement-opinion-2025": r"""
# the two issuers ORG each; the 人民日报 line as in the other 人民日报 pages (ORG without the marks); 党中央, 国务院 ORG;
# 中央和地方, 中西部 nothing; 5年左右, 10年左右 → the years QUANT (左右 out)
ORG	中共中央办公厅
ORG	国务院办公厅
DATE	2025年3月2日
ORG	人民日报
DATE	2025年06月10日
ORG	党中央
ORG	国务院
TERM	“一城一策”
QUANT	5年
QUANT	1000所
TERM	“微专业”
TERM	“分布式检查、集中式诊断”
TERM	“一老一小”
TERM	“一老一小”
TERM	“一老一小”
QUANT	80%
QUANT	10年
QUANT	80%
TERM	“爱心妈妈”
TERM	“以老助老”
ORG	党中央
TERM	“一刀切”
# the agency's dateline: 新华社 ORG, 北京 LOC, the day DATE
ORG	新华社
LOC	北京
DATE	6月9日
""",
    "stats-fj-pingtan-2015-statistical-bulletin": r"""
# the crawler's header as in the Pingtan notices; the title line's year and zone (batch 38's 2012 bulletin), the
# breadcrumb's copy of the title nothing (as in the Pingtan work report, batch 47 held-out); the remaining years by
# the regex below
DATE	2015年
LOC	平潭综合实验区
DATE	2022-10-31
ORG	平潭综合实验区统计局
DATE	2022-10-31
ORG	微信
ORG	微博
ORG	QQ空间
# ratios nothing; 5865万贝壳紫菜: a bare 万 number (batch 38's 5555万), species nothing
QUANT	5865万
# roads, ports, works LOC (batch 38); a phase written after a name inside (澳前国家中心渔港（二期）); facilities
# sharing one kind → the first by its name alone (平原官树下 + 天山110千伏变电站)
LOC	福平铁路
LOC	环岛公路(流水至平原段)
LOC	坛东大道
LOC	福平大道
LOC	澳前疏港公路一期
LOC	如意路
LOC	麒麟路
LOC	龙凤路
LOC	万北路
LOC	金井作业区
LOC	东澳对台小额贸易码头
LOC	马腿
LOC	钱便澳
LOC	石牌洋交通码头
LOC	屿头田下
LOC	坛西大道
LOC	翠园南路
LOC	翠园中路
LOC	金井湾污水处理厂
LOC	三松再生水厂
LOC	岚城
LOC	玉道污水处理站
QUANT	11万伏
LOC	荷花变
LOC	竹屿
LOC	官树下
LOC	大澳
QUANT	220kv
LOC	桥锦头110kv变电站
# 4G, 8M, 3G, 闽K nothing
LOC	石碑洋景区
LOC	台湾免税市场
LOC	海坛古城
LOC	台湾免税市场
# 平潭首届创业8.16对接会 (an event) → 平潭 (regex); quoted names of institutes ORG without the marks (batch 20),
# the quoted base, fund and cooperation project TERM with the marks — doubtful
ORG	省科技厅
ORG	省科技厅
TERM	“海峡两岸青年创新创业基地”
TERM	“平潭创业园孵化基金”
ORG	福州大学平潭智能制造与智能控制技术研发中心
ORG	集美大学平潭海洋科技产业研究院
TERM	“海岛研究中心提升平潭海岛资源综合利用开发和生态环境保护技术合作”
ORG	平潭产业创新联合研究院
TERM	“海坛书香”
TERM	“世界读书日”
TERM	“农村广播村村响”
QUANT	860皮公里
# the relay's quoted name TERM with the marks — doubtful; events → the places inside
TERM	“新竹-平潭”
LOC	台湾海峡
LOC	海坛海峡
LOC	中国
LOC	平潭垒球场馆
# schools ORG, 新校区 out; the campus with its college one ORG — doubtful
ORG	福建信息技术学院平潭校区
ORG	福建师大平潭附中
ORG	平潭一中
ORG	平潭第二实验小学
LOC	台湾
QUANT	12年
ORG	平潭一中
ORG	华源国际
# hospitals and companies ORG; 耳鼻喉科医院, 美容医院, 康复医院 (kinds) nothing; a clinic after its place → LOC + ORG
ORG	平潭国德医疗科技有限公司
ORG	福建双茂投资管理有限公司
ORG	平潭口腔医院
ORG	平潭国德
ORG	区医院
ORG	福建双茂投资有限公司
LOC	台湾桃园县
ORG	魔镜诊所
ORG	区中医院
LOC	流水镇新港东路
LOC	台湾地区
LOC	台湾
TERM	“三品一械”
LOC	平潭·台湾商品免税市场
TERM	“爱心保险”
TERM	“两非”
ORG	平潭综合实验区统计局
*DATE	(?<![_\d ])20(?:15|17)年[度末]?
*LOC	平潭
# 在岚, 入岚 → 岚
*LOC	(?<=[在入])岚
# counts with their units as in batch 38's bulletin (多 inside), with 倍, 所, 期, 名, 位, 分 added
*QUANT	(?<![\d.:])\d+(?:\.\d+)?多?(?: ?[万亿])?多?\s?(?:个百分点|个千分点|千瓦时|吨公里|人公里|人/平方公里|平方米|平方公里|美元|元|%|％|‰|总吨|千瓦|千伏|英寸|公里|亩|吨|头|只|粒|个|艘|台|辆|户|部|项|人次|人|家|件|册|场次|处|张|例|份|起|倍|所|期|名|位|分)
""",
}
