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
}
