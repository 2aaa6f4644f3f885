"""Pass 2's BLIND reading lists for batch 44 (branch issue-e44p2-s23): written from the bare text of the
documents (split.tsv batch 44; the two held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e44p1-s23) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch44_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-sn-fgw-forestry-farm-grid-upgrade-notice-2021"] = r"""
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DOC	陕发改能电力[2021] 634号
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
ORG	省森林资源管理局
ORG	省林科院
ORG	省楼观台生态实验林场
ORG	陕煤化生态林业总场
DOC	《国家林业和草原局办公室国家发展改革委办公厅关于国有林场改革国家重点抽查验收反馈意见的通知》
DOC	办场字[2020]39号
DOC	《国家林业和草原局关于进一步巩固和提升国有林场改革成效的通知》
DOC	林场发[2020] 59号
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
ORG	省发展改革委
ORG	省林业局
ORG	陕西省发展和改革委员会
ORG	陕西省林业局
DATE	2021年5月11日
DOC	《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》
DOC	《国家林业和草原局办公室国家发展改革委办公厅关于国有林场改革国家重点抽查验收反馈意见的通知》
DOC	办场字[2020]的39号
DOC	《国家林业和草原局关于进一步巩固和提升国有林场改革成效的通知》
DOC	林场发[2020]59号
DATE	2020年
QUANT	177处
QUANT	3年
DATE	2021年至2023年
DOC	《陕西省人民政府办公厅转发省发展改革委关于“十三五”期间新一轮农村电网改造升级工程实施方案的通知》
DOC	陕政办发[2016]114号
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
TERM	“企业为主，政府支持”
ORG	国网陕西省电力公司
ORG	陕西省地方电力(集团)有限公司
TERM	“先易后难、先出资、再改造、再移交”
ORG	省发展改革委
ORG	省林业局
"""
LISTS["news-cn-gmrb-q1-invoice-data-high-quality-development-2025"] = r"""
DATE	一季度
DATE	2025-04-10
ORG	光明日报
DATE	2025-04-10
ORG	光明日报
LOC	北京
DATE	4月9日
PER	陈晨
ORG	国家税务总局
DATE	9日
DATE	一季度
DATE	一季度
QUANT	13.4%
QUANT	12%
QUANT	11.6%
QUANT	19.6%
QUANT	11.4%
DATE	一季度
QUANT	28.7%
QUANT	17.8%
QUANT	42.3%
QUANT	18.6%
TERM	“压舱石”
DATE	一季度
QUANT	4.8%
QUANT	29.1%
QUANT	0.8个百分点
QUANT	9.7%
TERM	“非遗版”
DATE	一季度
QUANT	5.3%
QUANT	40.5%
QUANT	15.5%
QUANT	39.6%
QUANT	15.2%
DATE	一季度
QUANT	11%
QUANT	29.3%
QUANT	38.4%
QUANT	15.9%
QUANT	27.3%
DATE	一季度
QUANT	7.8%
QUANT	22%
QUANT	20.6%
QUANT	40.2%
QUANT	0.7个百分点
DATE	一季度
ORG	国家税务总局纳税服务司
PER	沈新国
"""
LISTS["gw-gd-foshan-talent-housing-policy-guide-2019"] = r"""
DATE	2019-12-04
DOC	《佛山市人力资源和社会保障局 佛山市住房和城乡建设局关于进一步完善人才住房政策的补充通知》
LOC	佛山
LOC	佛山
LOC	佛山
DOC	《购房人申明陈述书》
LOC	佛山
DOC	《购房人申明陈述书》
LOC	佛山
QUANT	4项
QUANT	3项
DOC	《购房人申明陈述书》
TERM	“原件已核”
DOC	《购房人申明陈述书》
ORG	学信网
ORG	教育部留学服务中心
DOC	《佛山市人力资源和社会保障局佛山市住房和城乡建设局关于进一步完善人才住房政策的补充通知》
DOC	《购房人申明陈述书》
DOC	《关于进一步完善人才住房政策的补充通知》
"""
LISTS["gw-gz-anshun-housing-fund-withdrawal-loan-policy-notice-2022"] = r"""
ORG	安顺市住房公积金管理委员会
DATE	2021年
DOC	《中共中央 国务院关于印发<国家新型城镇化规划（2021-2035年）>的通知》
DOC	中发〔2022〕8号
DOC	《国务院关于支持贵州在新时代西部大开发上闯新路的意见》
DOC	国发〔2022〕2号
ORG	安顺市住房公积金管理委员会
DATE	2022年度
QUANT	30%
QUANT	20%
QUANT	50%
QUANT	30%
TERM	“又提又贷”
TERM	“又提又贷”
TERM	“楼盘项目准入”
DOC	《商品房预售许可证》
QUANT	60%
QUANT	6项
QUANT	7项
DATE	2022年4月6日
DATE	2022年4月6日
"""
LISTS["gw-sd-gov-office-yellow-river-ice-flood-notice-2021"] = r"""
ORG	山东省人民政府办公厅
ORG	山东省人民政府办公厅
PER	于国安
DOC	鲁政办发明电〔2021〕1号
ORG	山东省人民政府办公厅
DATE	2021年1月7日
QUANT	4.6千米
DATE	1月8日
LOC	济南市历城区
QUANT	29段
QUANT	70千米
DATE	2016年
QUANT	90%
QUANT	10厘米
QUANT	200平方米
PER	刘家义
PER	李干杰
DATE	1月7日
PER	于国安
LOC	济南
PER	习近平
ORG	山东黄河河务局
QUANT	24小时
ORG	山东省人民政府办公厅
DATE	2021年1月8日
*LOC	黄河
"""
LISTS["gw-sd-poverty-group-revitalization-meeting-notice-2021"] = r"""
ORG	山东省扶贫开发领导组
DOC	鲁扶贫组字〔2021〕1号
ORG	山东省扶贫开发领导小组
ORG	省扶贫开发领导小组
PER	习近平
LOC	中国
DATE	2021年1月17日
LOC	济南市南郊宾馆俱乐部礼堂
ORG	省扶贫开发领导小组
QUANT	16市
ORG	市扶贫办
ORG	省扶贫开发办
QUANT	48小时
DATE	1月17日
LOC	南郊宾馆北门
LOC	南郊宾馆
DATE	1月14日
ORG	省扶贫开发办
LOC	临沂
LOC	菏泽
DATE	1月14日
ORG	省扶贫开发办
QUANT	10分钟
ORG	省扶贫开发领导小组
ORG	山东省扶贫开发领导小组
DATE	2021年1月13日
ORG	省扶贫开发领导小组
QUANT	34个
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
"""
LISTS["news-cn-most-minister-ai-governance-meeting-2025"] = r"""
ORG	科技部
PER	阴和俊
DATE	2025
DATE	2025年7月26日
ORG	科技部
PER	阴和俊
LOC	上海
DATE	2025
QUANT	40余个
ORG	外交部
PER	马朝旭
LOC	上海市
PER	龚正
ORG	科技部
PER	陈家昌
PER	潘晓东
LOC	上海市
PER	陈杰
LOC	蒙古国
ORG	经济发展部
PER	乌其尔勒
ORG	新开发银行
PER	罗塞芙
ORG	联合国
PER	吉尔
PER	阴和俊
LOC	中国
PER	习近平
DATE	2023年10月
DOC	《全球人工智能治理倡议》
PER	阴和俊
LOC	中国
PER	阴和俊
PER	阴和俊
LOC	阿尔及利亚
PER	瓦多赫
ORG	赞比亚内阁办公室
PER	卡伦加
LOC	阿联酋
PER	欧莱麦
"""
LISTS["reg-cn-ai-ethics-norms-release-2021"] = r"""
DOC	《新一代人工智能伦理规范》
DATE	9月25日
ORG	国家新一代人工智能治理专业委员会
DOC	《新一代人工智能伦理规范》
QUANT	6项
QUANT	18项
DOC	《新一代人工智能发展规划》
DOC	《新一代人工智能治理原则》
ORG	国家新一代人工智能治理专业委员会
ORG	国家新一代人工智能治理专业委员会
DATE	2021年9月25日
*DOC	《伦理规范》
"""
