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
    "gw-sd-poverty-group-revitalization-meeting-notice-2021": r"""
# the red header as written (领导组, the 小 missing) ORG, 文件 out (as batch 20's 上海市交通委员 as written) — doubtful
ORG	山东省扶贫开发领导组
DOC	鲁扶贫组字〔2021〕1号
ORG	山东省扶贫开发领导小组
# 各市扶贫开发领导小组 (各 + the kind at one level) nothing; a 领导小组 named by its remit with its level word ORG
# (batch-19 D: 区城市更新领导小组)
ORG	省扶贫开发领导小组
# 省委, 省政府 and the meetings (省委农村工作会议, 中央农村工作会议, 全省 / 全国…工作会议, 省委经济工作会议) nothing
# the ideology → 习近平 + 中国 (batch 19)
PER	习近平
LOC	中国
# clock times (19:30, 19时, 17:00, 15:as) out; the venue with its city and its hall one LOC (a place chain, as
# 北京钓鱼台国宾馆; a building with its room, 人民大会堂大礼堂)
DATE	2021年1月17日
LOC	济南市南郊宾馆俱乐部礼堂
ORG	省扶贫开发领导小组
# 16市 QUANT (as 10市, batch 2); 党委、政府 nothing; 市扶贫办 ORG (a level-prefixed office), 主任 out
QUANT	16市
ORG	市扶贫办
ORG	省扶贫开发办
QUANT	48小时
DATE	1月17日
# the hotel's gate one LOC (a facility with its part, 人民大会堂北门); the masked plate 鲁XXXXXX nothing
LOC	南郊宾馆北门
LOC	南郊宾馆
DATE	1月14日
ORG	省扶贫开发办
LOC	临沂
LOC	菏泽
DATE	1月14日
ORG	省扶贫开发办
QUANT	10分钟
# XXX and the phone number nothing; 附件 numbers nothing
ORG	省扶贫开发领导小组
ORG	山东省扶贫开发领导小组
DATE	2021年1月13日
ORG	省扶贫开发领导小组
QUANT	34个
# the member list: 34 bodies ORG each (the provincial bodies by level word, the banks' provincial branches whole)
ORG	省委组织部
ORG	省委宣传部
ORG	省总工会
ORG	团省委
ORG	省妇联
ORG	省残联
ORG	省工商联
ORG	省发展改革委
ORG	省教育厅
ORG	省科技厅
ORG	省工业和信息化厅
ORG	省民政厅
ORG	省财政厅
ORG	省人力资源社会保障厅
ORG	省住房城乡建设厅
ORG	省交通运输厅
ORG	省水利厅
ORG	省农业农村厅
ORG	省扶贫开发办
ORG	省商务厅
ORG	省文化旅游厅
ORG	省卫生健康委
ORG	省审计厅
ORG	省国资委
ORG	省统计局
ORG	省医保局
ORG	省地方金融监管局
ORG	省供销社
ORG	省军区政治工作局
ORG	人民银行济南分行
ORG	国家开发银行山东省分行
ORG	农业发展银行山东省分行
ORG	农业银行山东省分行
ORG	国网山东省电力公司
""",
    "news-cn-most-minister-ai-governance-meeting-2025": r"""
ORG	科技部
PER	阴和俊
# the bare year before an unquoted event's name DATE (batch-12 D: 2026世界人形机器人运动会) — doubtful (batch 20 left
# 2025 in 2025中国足协杯 out); the event itself nothing
DATE	2025
DATE	2025年7月26日
ORG	科技部
PER	阴和俊
LOC	上海
DATE	2025
# 40余个 QUANT with 余 (earlier gold 300余个)
QUANT	40余个
ORG	外交部
PER	马朝旭
# 上海市市长 → LOC 上海市 (北京市市长 → 北京市)
LOC	上海市
PER	龚正
ORG	科技部
PER	陈家昌
PER	潘晓东
LOC	上海市
PER	陈杰
# 蒙古国第一副总理兼经济发展部长 → LOC 蒙古国 + ORG 经济发展部 (the post gives its ministry, 交通部長 → 交通部) — doubtful
LOC	蒙古国
ORG	经济发展部
PER	乌其尔勒
ORG	新开发银行
PER	罗塞芙
# 联合国副秘书长、秘书长数字和新兴技术特使 → ORG 联合国, the posts out
ORG	联合国
PER	吉尔
PER	阴和俊
LOC	中国
PER	习近平
DATE	2023年10月
DOC	《全球人工智能治理倡议》
# 中方 nothing; the unmarked initiatives (全球发展倡议 …) nothing
PER	阴和俊
LOC	中国
PER	阴和俊
PER	阴和俊
# a ministry with its country one ORG (美國財政部長 → 美國財政部, batch 14), its name with 、 inside whole — doubtful
ORG	阿尔及利亚知识经济、初创和微型企业部
PER	瓦多赫
ORG	赞比亚内阁办公室
PER	卡伦加
# 国务部长 (a minister of state, no ministry) → the country alone — doubtful
LOC	阿联酋
PER	欧莱麦
""",
    "reg-cn-ai-ethics-norms-release-2021": r"""
DOC	《新一代人工智能伦理规范》
DATE	9月25日
ORG	国家新一代人工智能治理专业委员会
DOC	《新一代人工智能伦理规范》
# the short title in 《》 after 以下简称 DOC each time
*DOC	《伦理规范》
QUANT	6项
QUANT	18项
# the unmarked title line before the preamble nothing; article and chapter numbers nothing
DOC	《新一代人工智能发展规划》
DOC	《新一代人工智能治理原则》
ORG	国家新一代人工智能治理专业委员会
ORG	国家新一代人工智能治理专业委员会
DATE	2021年9月25日
""",
}
