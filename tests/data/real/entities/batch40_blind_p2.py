"""Pass 2's BLIND reading lists for batch 40 (branch issue-e40p2-s22): written from the bare text of the
documents (split.tsv batch 40; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e40p1-s22) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch40_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-cn-jiangxi-amr-food-sampling-circular-2020"] = r"""
ORG	江西省市场监督管理局
QUANT	507批次
QUANT	2批次
QUANT	5大类
QUANT	507批次
QUANT	422批次
QUANT	420批次
QUANT	2批次
QUANT	40批次
QUANT	40批次
QUANT	20批次
QUANT	20批次
QUANT	14批次
QUANT	14批次
QUANT	11批次
QUANT	11批次
ORG	萍乡市安源区家禽店
PER	杨柏林
ORG	江西省食品检验检测研究院
ORG	鹰潭市赣丰百货有限公司
ORG	江西省食品检验检测研究院
ORG	江西省市场监督管理局
ORG	省市场监管局
ORG	江西省市场监管局
DATE	2020年2月20日
"""
LISTS["gw-cn-lishui-veterans-placement-tasks-notice-2023"] = r"""
ORG	丽水市人民政府
DATE	2023年
ORG	莲都区人民政府
DOC	《退役士兵安置条例》
DOC	《关于进一步加强由政府安排工作退役士兵就业安置工作的意见》
DOC	退役军人部发〔2018〕27号
DOC	《关于下达2023年在浙央企、省属企事业单位接收安置安排工作退役士兵和退出消防员计划的通知》
DOC	浙委退役军人办〔2023〕6号
ORG	丽水国家粮食储备库
DATE	2023年
QUANT	20名
QUANT	29个
DATE	2023年
ORG	丽水市人民政府
DATE	2023年10月16日
"""
LISTS["news-cn-cctv-services-trade-growth-2024"] = r"""
ORG	央视网
ORG	商务部
DATE	2023年前11个月
DATE	2023年前11个月
QUANT	58902亿元人民币
QUANT	9%
DATE	2023年前11个月
QUANT	24351.5亿元
QUANT	8.3%
QUANT	13895亿元
QUANT	10%
QUANT	10456.5亿元
QUANT	6.1%
LOC	江苏南京
LOC	福建厦门
ORG	东盟
TERM	“走出去”
QUANT	112家
QUANT	7个
"""
LISTS["stats-cn-nbs-2024-statistical-bulletin-part"] = r"""
LOC	中华人民共和国
DATE	2024年
ORG	国家统计局
DATE	2025年2月28日
DATE	2024年
LOC	中华人民共和国
QUANT	75周年
TERM	“十四五”
PER	习近平
ORG	党中央
PER	习近平
LOC	中国
ORG	党中央
ORG	国务院
LOC	中国
DATE	一季度
DATE	二季度
DATE	三季度
DATE	四季度
DATE	12月份
LOC	东北地区
LOC	京津冀
LOC	长江经济带
LOC	长三角
LOC	粤港澳大湾区
LOC	黄河流域
*QUANT	-?\d+(?:\.\d+)?(?:个百分点|亿千瓦时|亿千瓦|亿美元|亿元|万公顷|万立方米|万吨|万头|万人|万辆|万套|万台|万户|元/人|元人民币|美元|元|个|%|‰)
"""
LISTS["gw-cn-sandu-fishery-regulation-amendment-decision-2022"] = r"""
ORG	三都水族自治县人民代表大会
DOC	《三都水族自治县都柳江渔业条例》
ORG	三都水族自治县人民代表大会
DOC	《三都水族自治县都柳江渔业条例》
DATE	2022年1月9日
ORG	三都水族自治县第十七届人民代表\n大会
DATE	2022年3月30日
ORG	贵州省第十三届人民代表大会常务委员会
ORG	三都水族自治县第十七届人民代表大会
DOC	《三都水族自治县都柳江渔业条例》
ORG	自治县人大常委会
DOC	《条例》
TERM	“乡镇人民政府”
TERM	“镇人民政府（街道办事处）”
TERM	“禁止捕渔区”
TERM	“禁渔区”
DOC	《三都水族自治县都柳江渔业条例》
"""
LISTS["gw-cn-suqian-online-rentals-minors-decision-2024"] = r"""
ORG	宿迁市人民代表大会常务委员会
ORG	宿迁市人民代表大会常务委员会
DATE	2024年6月27日
ORG	宿迁市第六届人民代表大会常务委员会
DATE	2024年7月31日
ORG	江苏省第十四届人民代表大会常务委员会
DOC	《中华人民共和国未成年人保护法》
DOC	《江苏省未成年人保护条例》
DATE	2024年8月30日
"""
LISTS["gw-cn-treasury-cash-term-deposit-tender-notice-2026-14"] = r"""
DATE	2026年
ORG	财政部
ORG	中国人民银行
DATE	2026年8月19日
ORG	中国人民银行
DATE	2026年
QUANT	700亿元
QUANT	1个月
DATE	2026年8月19日
DATE	2026年9月16日
DOC	《中央国库现金管理商业银行定期存款业务操作规程》
DOC	《中央国库现金管理商业银行定期存款招投标规则》
ORG	中央国库现金管理操作室
DATE	二〇二六年八月十四日
"""
LISTS["news-cn-cctv-fuyuan-fish-market-winter-2024"] = r"""
LOC	中国
LOC	东极鱼市
ORG	央视网
LOC	抚远东极鱼市
QUANT	30℃
LOC	东极鱼市
QUANT	3天
LOC	东极鱼市
QUANT	24%
QUANT	700万元
PER	江建远
TERM	“一味鲜”
LOC	抚远市
QUANT	11家
DATE	2023年
QUANT	250多万件
QUANT	38.9%
QUANT	6万公斤
QUANT	1万多件
QUANT	20多种
LOC	抚远
"""
LISTS["news-cn-cctv-state-council-executive-meeting-2024"] = r"""
PER	李强
ORG	国务院
ORG	央视网
ORG	国务院
PER	李强
DATE	1月5日
ORG	国务院
TERM	“高效办成一件事”
DOC	《中华人民共和国会计法（修正草案）》
DOC	《中华人民共和国能源法（草案）》
DOC	《碳排放权交易管理暂行条例（草案）》
TERM	“高效办成一件事”
TERM	“高效办成一件事”
DOC	《中华人民共和国会计法（修正草案）》
DOC	《中华人民共和国能源法（草案）》
ORG	全国人大常委会
DOC	《碳排放权交易管理暂行条例（草案）》
"""
LISTS["news-cn-shishi-free-bun-shop-closes-2021"] = r"""
QUANT	10年
QUANT	300万个
ORG	澎湃新闻
PER	王选辉
PER	邓林
QUANT	10年3个多月
LOC	福建省石狮市湖滨街道曾坑社区金曾一路
ORG	永恒阳光馒头店
QUANT	300万个
DATE	2011年8月3日
ORG	永恒阳光馒头店
LOC	泉州石狮
PER	吴
LOC	湖南
LOC	石狮
ORG	石狮日报
ORG	永恒阳光馒头店
QUANT	300万个
DATE	11月22日
PER	吴
ORG	澎湃新闻
DATE	11月15日
ORG	永恒阳光馒头店
PER	吴
ORG	永恒阳光馒头店
ORG	澎湃新闻
PER	吴
DATE	2006年
LOC	浙江杭州
LOC	广东
QUANT	800元
DATE	2009年
LOC	福建
ORG	澎湃新闻
LOC	福建泉州
PER	吴
LOC	泉州晋江
LOC	石狮
QUANT	1家
QUANT	3到5家
ORG	澎湃新闻
PER	吴
ORG	澎湃新闻
PER	吴
QUANT	3000多个
DATE	2017年
QUANT	500个
ORG	澎湃新闻
PER	吴
QUANT	63万
ORG	澎湃新闻
PER	吴
ORG	澎湃新闻
PER	吴
PER	邢潭
"""
LISTS["reg-cn-hebei-rural-toilet-reform-decision-2019"] = r"""
ORG	河北省人民代表大会常务委员会
ORG	河北省人民代表大会常务委员会
DATE	2019年5月30日
ORG	河北省第十三届人民代表大会常务委员会
DATE	2023年5月30日
ORG	河北省第十四届人民代表大会常务委员会
DOC	《关于修改〈河北省地震安全性评价管理条例〉等七部法规的决定》
TERM	“厕所革命”
DATE	2019年6月1日
"""
LISTS["gw-cn-jiangxi-infant-care-services-implementing-opinions-2020"] = r"""
ORG	江西省人民政府办公厅
QUANT	3岁
DOC	《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》
DOC	国办发〔2019〕15号
PER	习近平
LOC	中国
PER	习近平
LOC	江西
TERM	“家庭为主、托育补充，政策引导、普惠优先，安全健康、科学规范，属地管理、分类指导”
TERM	“政府主导、部门协同、试点先行、示范引领”
DATE	2020年末
QUANT	1-2个
DATE	2025年
QUANT	1个
ORG	微博
QUANT	2-3岁
ORG	国家卫生健康委
QUANT	4部门
DOC	《托育机构登记和备案办法（试行）》
DOC	国卫办人口发〔2019〕25号
TERM	“零容忍”
DOC	《托儿所、幼儿园建筑设计规范（2019年版）》
DOC	住房城乡建设部公告2019年第237号
QUANT	10个
DATE	2025年
QUANT	8个
TERM	“支持社会力量发展普惠托育服务专项行动”
DOC	《江西省人口与计划生育条例》
DOC	《江西省女职工劳动保护特别规定》
ORG	省促进3岁以下婴幼儿照护服务发展工作部门联席会议
ORG	共青团
ORG	妇联
ORG	计划生育协会
DATE	2020年底
QUANT	1个
QUANT	3岁
DATE	2020年2月21日
QUANT	3岁
ORG	省发展改革委
ORG	省教育厅
ORG	省公安厅
ORG	省民政厅
ORG	省财政厅
ORG	省人力资源社会保障厅
ORG	省自然资源厅
ORG	省住房城乡建设厅
ORG	省卫生健康委
ORG	省应急厅
ORG	省税务局
ORG	省市场监管局
ORG	省总工会
ORG	团省委
ORG	省妇联
ORG	省计划生育协会
DOC	《关于促进3岁以下婴幼儿照护服务发展的实施意见》
"""
