"""Reading lists of the batch-44 entity gold, pass 1 (branch issue-e44p1-s23); see build_batch.py for the
line format and README-batch44.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-sn-fgw-forestry-farm-grid-upgrade-notice-2021": r"""
# the red header: the two issuers ORG each, 文件 out (a joint 公文 header names its bodies)
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
# the document number with a space before its serial DOC whole (batch 17's 沪建综规〔2025〕449 号), [] brackets count
DOC	陕发改能电力[2021] 634号
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
# the addressees: 各设区市发展改革委、林业局 nothing (各 + the kind of body at one level); the two power companies ORG
# whole, the bracketed (集团) inside (a legal form, batch 17: 上海国际港务（集团）股份有限公司)
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
ORG	省森林资源管理局
ORG	省林科院
# a level-prefixed forest farm with its own name ORG whole (as 省林科院; 祁家河林场 ORG, batch 36)
ORG	省楼观台生态实验林场
ORG	陕煤化生态林业总场
# cited notices in 《》 DOC with their numbers in () DOC each; 我省 nothing
DOC	《国家林业和草原局办公室国家发展改革委办公厅关于国有林场改革国家重点抽查验收反馈意见的通知》
DOC	办场字[2020]39号
DOC	《国家林业和草原局关于进一步巩固和提升国有林场改革成效的通知》
DOC	林场发[2020] 59号
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
# the contact line: XXX (masked names) and phone numbers nothing
ORG	省发展改革委
ORG	省林业局
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DATE	2021年5月11日
# the plan's unmarked-looking title line is in 《》 here: DOC
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
DOC	《国家林业和草原局办公室国家发展改革委办公厅关于国有林场改革国家重点抽查验收反馈意见的通知》
# the number written with a stray 的 (办场字[2020]的39号) DOC whole as written — doubtful (nothing the other reading)
DOC	办场字[2020]的39号
DOC	《国家林业和草原局关于进一步巩固和提升国有林场改革成效的通知》
DOC	林场发[2020]59号
DATE	2020年
QUANT	177处
# 计划用3年时间(2021年至2023年): the day count QUANT, the bracketed range one DATE
QUANT	3年
DATE	2021年至2023年
DOC	《陕西省人民政府办公厅转发省发展改革委关于“十三五”期间新一轮农村电网改造升级工程实施方案的通知》
DOC	陕政办发[2016]114号
# 市、县人民政府 (kinds of government) nothing
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
# 省上, 全省, 电力公司 (generic) nothing; the bare 8000 and 2000 (the percent sign lost) nothing (a bare integer)
TERM	“企业为主，政府支持”
# 国网陕西省电力公司县级分公司 → the company alone (县级分公司 is a kind of branch, no name of its own) — doubtful
# (one ORG with the branch the other reading, as 百年人寿陕西分公司, batch 37)
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
TERM	“先易后难、先出资、再改造、再移交”
ORG	省发展改革委
ORG	省林业局
# 市县发展改革部门, 市县林业局 (the bureaus of two tiers named by kind, as 县、市、旗公安局), 市县财政部门, 各级电力建设领导小组
# nothing — 市县林业局 doubtful (ORG as a level-prefixed bureau, 市商务局, the other reading)
""",
    "news-cn-gmrb-q1-invoice-data-high-quality-development-2025": r"""
# the column label 政策文件 nothing; the headline's 一季度 DATE, 我国 nothing
DATE	一季度
DATE	2025-04-10
ORG	光明日报
DATE	2025-04-10
ORG	光明日报
# the dateline: 本报 nothing, 北京 LOC, 4月9日 DATE; the reporter PER
LOC	北京
DATE	4月9日
PER	陈晨
ORG	国家税务总局
DATE	9日
# 今年一季度 → 一季度 (guideline); 六方面 nothing
DATE	一季度
DATE	一季度
*QUANT	\d+(?:\.\d+)?%
*QUANT	\d+(?:\.\d+)?个百分点
*DATE	一季度
TERM	“压舱石”
TERM	“非遗版”
# the quoted speech: entities inside it (一季度, above); 去年 nothing; 文化IP nothing
# the department with its administration one ORG (商务部外资司), 司长 out
ORG	国家税务总局纳税服务司
PER	沈新国
# 税务部门 nothing
""",
    "gw-gd-foshan-talent-housing-policy-guide-2019": r"""
# 信息来源：本网 nothing; the posting date DATE, the clock time out
DATE	2019-12-04
DOC	《佛山市人力资源和社会保障局 佛山市住房和城乡建设局关于进一步完善人才住房政策的补充通知》
# the talent card 优粤佛山卡 (a designation) → the places inside: 粤 + 佛山 (as batch 2's 澳琴人才卡 → 澳 + 琴) — doubtful
# (佛山 alone, 优粤 being a coinage, the other reading); A卡, B卡 …, 我市, 本市 nothing
# a form's title in 《》 DOC; counted items QUANT
*DOC	《购房人申明陈述书》
QUANT	4项
QUANT	3项
TERM	“原件已核”
# 国家职业资格证书全国联网查询平台, 国（境）外学历认证系统 (platforms, no place inside) nothing; URLs nothing; the website
# 学信网 ORG (as 央视网, 中国政府网); 教育部留学服务中心 one ORG (a centre with its ministry)
ORG	学信网
ORG	教育部留学服务中心
DOC	《佛山市人力资源和社会保障局佛山市住房和城乡建设局关于进一步完善人才住房政策的补充通知》
DOC	《关于进一步完善人才住房政策的补充通知》
*LOC	(?<=优)粤
*LOC	佛山
""",
    "gw-gz-anshun-housing-fund-withdrawal-loan-policy-notice-2022": r"""
ORG	安顺市住房公积金管理委员会
# the addressees (缴存职工, 受委托银行, 房地产开发企业) nothing; 我市 nothing
# 2021年中央经济工作会议 → 2021年 (a year inside a meeting's name, batch-21 D), the meeting nothing
DATE	2021年
DOC	《中共中央 国务院关于印发<国家新型城镇化规划（2021-2035年）>的通知》
DOC	中发〔2022〕8号
DOC	《国务院关于支持贵州在新时代西部大开发上闯新路的意见》
DOC	国发〔2022〕2号
ORG	安顺市住房公积金管理委员会
# 2022年度第一次全体会议 → 2022年度 (the year with its 度, as above)
DATE	2022年度
*QUANT	\d+%
*TERM	“又提又贷”
TERM	“楼盘项目准入”
# the permit's title in 《》 DOC; unmarked permits and certificates nothing; 房开企业 nothing
DOC	《商品房预售许可证》
QUANT	6项
QUANT	7项
DATE	2022年4月6日
DATE	2022年4月6日
""",
    "gw-sd-gov-office-yellow-river-ice-flood-notice-2021": r"""
# the telegram header: 发电单位 the office ORG; 签发盖章 → the signer 于国安 PER; 等级特急·明电 nothing; the number DOC
# (明电 numbers, as 国发明电〔2014〕1号); 鲁机发号 (the empty machine-number field) nothing
ORG	山东省人民政府办公厅
ORG	山东省人民政府办公厅
PER	于国安
DOC	鲁政办发明电〔2021〕1号
ORG	山东省人民政府办公厅
# 沿黄各市人民政府 (沿黄 no place word, batch 19), 省有关部门 nothing; clock times (8时, 13时) out
DATE	2021年1月7日
# 我省 nothing; the river LOC wherever named (黄河河段, 黄河下游 → 黄河 as 长江中下游一带 → 长江, 黄河防凌 …)
QUANT	4.6千米
DATE	1月8日
# a place chain one LOC
LOC	济南市历城区
QUANT	29段
QUANT	70千米
DATE	2016年
QUANT	90%
QUANT	10厘米
QUANT	200平方米
# 省委, 省政府 (generic) nothing, also before posts; the names PER
PER	刘家义
PER	李干杰
DATE	1月7日
PER	于国安
# 济南河段 → 济南
LOC	济南
PER	习近平
# the Yellow River bureau one ORG (山东黄河河务局: the river inside its name stays)
ORG	山东黄河河务局
QUANT	24小时
ORG	山东省人民政府办公厅
DATE	2021年1月8日
*LOC	黄河
""",
}
