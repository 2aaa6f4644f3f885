"""Reading lists of the batch-40 entity gold, pass 1 (branch issue-e40p1-s22); see build_batch.py for the
line format and README-batch40.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-cn-jiangxi-amr-food-sampling-circular-2020": r"""
# 新型冠状病毒感染的肺炎 nothing; the food kinds nothing; 5大类 QUANT (3大类, earlier gold)
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
# an unnamed poultry shop with its keeper in brackets: LOC for the place, PER for the keeper, 家禽店 nothing — doubtful
LOC	萍乡市安源区
PER	杨柏林
ORG	江西省食品检验检测研究院
ORG	鹰潭市赣丰百货有限公司
ORG	江西省食品检验检测研究院
ORG	江西省市场监督管理局
# 相关市场监管部门, 属地市场监管部门 generic; the hotline 12315 nothing (earlier gold)
ORG	省市场监管局
ORG	江西省市场监管局
DATE	2020年2月20日
""",
    "gw-cn-lishui-veterans-placement-tasks-notice-2023": r"""
ORG	丽水市人民政府
DATE	2023年
# 市区 nothing; 市直各单位 nothing
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
# the annex's title line (附件 out)
DATE	2023年
ORG	丽水市人民政府
DATE	2023年10月16日
""",
    "news-cn-cctv-services-trade-growth-2024": r"""
# [视频] nothing; 央视网 ORG, the bare （新闻联播） nothing (earlier digests); 我国 nothing
ORG	央视网
ORG	商务部
DATE	2023年前11个月
DATE	2023年前11个月
# 亿元人民币 one QUANT (1148亿元人民币, earlier gold)
QUANT	58902亿元人民币
QUANT	9%
DATE	2023年前11个月
QUANT	24351.5亿元
QUANT	8.3%
QUANT	13895亿元
QUANT	10%
QUANT	10456.5亿元
QUANT	6.1%
# 去年 nothing; place chains one LOC; 国家文化出口服务基地 (a designation) nothing
LOC	江苏南京
LOC	福建厦门
# 东盟十国 → 东盟 (earlier gold)
ORG	东盟
TERM	“走出去”
QUANT	112家
QUANT	7个
""",
    "stats-cn-nbs-2024-statistical-bulletin-part": r"""
LOC	中华人民共和国
DATE	2024年
ORG	国家统计局
DATE	2025年2月28日
DATE	2024年
LOC	中华人民共和国
QUANT	75周年
TERM	“十四五”
# the ideology → 习近平 + 中国 (earlier gold); 党的二十大, 二十届二中、三中全会 nothing; 中国式现代化 nothing
PER	习近平
ORG	党中央
PER	习近平
LOC	中国
ORG	党中央
ORG	国务院
# the footnote numbers [2] … nothing; 全年, 年末, 上年 nothing; quarters and 12月份 DATE (earlier gold)
DATE	一季度
DATE	二季度
DATE	三季度
DATE	四季度
DATE	12月份
QUANT	1美元
QUANT	7.1217元人民币
# the regions: 东部地区, 中部地区, 西部地区 descriptive, nothing; 东北地区 LOC (earlier gold) — doubtful beside the three;
# 京津冀地区, 长三角地区 whole (长三角地区, earlier gold), 长江经济带地区 whole likewise — doubtful
LOC	东北地区
LOC	京津冀地区
LOC	长江经济带地区
LOC	长三角地区
LOC	粤港澳大湾区
LOC	黄河流域
# Ⅰ~Ⅲ类, Ⅳ类, Ⅴ类 nothing; 3D nothing; 万元国内生产总值 nothing
*QUANT	-?\d+(?:\.\d+)?(?:个百分点|%|‰|亿美元|亿元|元/人|元|万人|万公顷|万立方米|万吨|万头|万辆|亿千瓦时|亿千瓦|万套|万台|万户|个)
""",
    "gw-cn-sandu-fishery-regulation-amendment-decision-2022": r"""
# the congress: the body with its session number (第一次会议 out), the provincial standing committee likewise
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
# article numbers nothing; 国家, 省人民政府渔业行政主管部门, 自治县人民政府 generic; the quoted new provisions (whole
# sentences of the law) nothing; 自治县人大常委会 ORG (level-prefixed, as 市人大常委会)
ORG	自治县人大常委会
# the quoted words the decision replaces TERM each — doubtful (nothing, as quoted provisions, the other reading)
DOC	《条例》
TERM	“乡镇人民政府”
TERM	“镇人民政府（街道办事处）”
TERM	“禁止捕渔区”
TERM	“禁渔区”
DOC	《三都水族自治县都柳江渔业条例》
""",
    "gw-cn-suqian-online-rentals-minors-decision-2024": r"""
ORG	宿迁市人民代表大会常务委员会
ORG	宿迁市人民代表大会常务委员会
DATE	2024年6月27日
ORG	宿迁市第六届人民代表大会常务委员会
DATE	2024年7月31日
ORG	江苏省第十四届人民代表大会常务委员会
DOC	《中华人民共和国未成年人保护法》
DOC	《江苏省未成年人保护条例》
# 本市 nothing; 公安机关, 人民检察院 generic; 九十日, 十六周岁 nothing (no digit)
DATE	2024年8月30日
""",
    "gw-cn-treasury-cash-term-deposit-tender-notice-2026-14": r"""
# the operation's name (中央国库现金管理商业银行定期存款（十四期）) nothing but the year; 中央国库 nothing
DATE	2026年
ORG	财政部
ORG	中国人民银行
DATE	2026年8月19日
# 上午9:50至10:20 nothing (clock times); the bank's system → ORG 中国人民银行
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
""",
    "news-cn-cctv-fuyuan-fish-market-winter-2024": r"""
# [视频] nothing; the column 【活力中国】 → 中国 (earlier gold); the market a venue, LOC
LOC	中国
LOC	东极鱼市
ORG	央视网
# 抚远东极鱼市 one LOC (the town and its market, a place chain) — doubtful (抚远 + 东极鱼市 the other reading)
LOC	抚远东极鱼市
# 零下30℃ one QUANT (as a minus sign, -5%) — doubtful (30℃ alone the other reading)
QUANT	零下30℃
LOC	东极鱼市
# 元旦 nothing
QUANT	3天
LOC	东极鱼市
QUANT	24%
QUANT	700万元
PER	江建远
# 5G nothing
TERM	“一味鲜”
# 十万人 nothing (no digit)
LOC	抚远市
QUANT	11家
DATE	2023年
QUANT	250多万件
QUANT	38.9%
QUANT	6万公斤
QUANT	1万多件
QUANT	20多种
LOC	抚远
""",
    "news-cn-cctv-state-council-executive-meeting-2024": r"""
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
# 春节 nothing
DOC	《中华人民共和国会计法（修正草案）》
DOC	《中华人民共和国能源法（草案）》
ORG	全国人大常委会
DOC	《碳排放权交易管理暂行条例（草案）》
""",
    "news-cn-shishi-free-bun-shop-closes-2021": r"""
# 原标题 nothing; 超300万个 → 300万个; the shop named in quotes ORG without the marks (the quoted ORG shape)
QUANT	10年
QUANT	300万个
ORG	澎湃新闻
PER	王选辉
PER	邓林
# 10年3个多月 one QUANT (as 6年6個月) — doubtful (two QUANT the other reading)
QUANT	10年3个多月
LOC	福建省石狮市湖滨街道曾坑社区金曾一路
ORG	永恒阳光馒头店
QUANT	300万个
DATE	2011年8月3日
ORG	永恒阳光馒头店
LOC	泉州石狮
# 吴先生 → 吴 (陈先生 → 陈, earlier gold), every time
PER	吴
LOC	湖南
LOC	石狮
# the quoted notice on the board is speech, nothing; 十年 nothing (no digit)
ORG	石狮日报
ORG	永恒阳光馒头店
QUANT	300万个
DATE	11月22日
PER	吴
ORG	澎湃新闻
# 傍晚6点多 nothing
DATE	11月15日
ORG	永恒阳光馒头店
PER	吴
ORG	永恒阳光馒头店
# the interview's speaker labels: 澎湃新闻 ORG and 吴先生 → 吴 every time (regexes below)
DATE	2006年
LOC	浙江杭州
LOC	广东
QUANT	800元
DATE	2009年
LOC	福建
# 十多万 nothing (no digit)
LOC	福建泉州
LOC	泉州晋江
LOC	石狮
QUANT	1家
# 3到5家 one QUANT (a range) — doubtful
QUANT	3到5家
# 三千, 五百, 三万, 一两万 nothing (no digit)
QUANT	3000多个
DATE	2017年
# 大约 … 左右 outside
QUANT	500个
QUANT	63万
PER	邢潭
*ORG	澎湃新闻
*PER	吴(?=先生)
""",
    "reg-cn-hebei-rural-toilet-reform-decision-2019": r"""
ORG	河北省人民代表大会常务委员会
ORG	河北省人民代表大会常务委员会
DATE	2019年5月30日
ORG	河北省第十三届人民代表大会常务委员会
DATE	2023年5月30日
ORG	河北省第十四届人民代表大会常务委员会
DOC	《关于修改〈河北省地震安全性评价管理条例〉等七部法规的决定》
# article numbers, 本省, 各级人民政府, 省人民政府, 设区市人民政府, 县级（以上）人民政府, 乡（镇）人民政府, 村民委员会,
# the departments by remit and 本级人民代表大会及其常务委员会 nothing (generic, kinds of body in a province's rule)
TERM	“厕所革命”
DATE	2019年6月1日
""",
    "gw-cn-jiangxi-infant-care-services-implementing-opinions-2020": r"""
# ages QUANT (3岁, 2-3岁); 各市、县（区）人民政府, 省政府各部门, 省政府, 全省, 我省, 省内 nothing (the report's own level)
ORG	江西省人民政府办公厅
QUANT	3岁
DOC	《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》
DOC	国办发〔2019〕15号
# the ideology → 习近平 + 中国; 党的十九大 and the plenums nothing; 习近平总书记 → 习近平
PER	习近平
LOC	中国
PER	习近平
LOC	江西
TERM	“家庭为主、托育补充，政策引导、普惠优先，安全健康、科学规范，属地管理、分类指导”
TERM	“政府主导、部门协同、试点先行、示范引领”
DATE	2020年末
# 1-2个 one QUANT (a range) — doubtful; 不少于 outside
QUANT	1-2个
DATE	2025年
QUANT	1个
ORG	微博
QUANT	2-3岁
# 工会组织, the kinds of body by remit (机构编制部门, 民政部门, 市场监管部门, 卫生健康部门) nothing
ORG	国家卫生健康委
QUANT	4部门
DOC	《托育机构登记和备案办法（试行）》
DOC	国卫办人口发〔2019〕25号
TERM	“零容忍”
DOC	《托儿所、幼儿园建筑设计规范（2019年版）》
# the ministry's notice number in brackets DOC as a 发文字号 — doubtful (ORG 住房城乡建设部 + DATE 2019年 the other reading)
DOC	住房城乡建设部公告2019年第237号
QUANT	10个
DATE	2025年
QUANT	8个
TERM	“支持社会力量发展普惠托育服务专项行动”
DOC	《江西省人口与计划生育条例》
DOC	《江西省女职工劳动保护特别规定》
# the named joint meeting ORG whole (as 国务院职业教育工作部际联席会议) — doubtful; 省卫生健康部门 generic; the members
# by remit and 工会、共青团、妇联、计划生育协会 (kinds of mass organisation listed for each level) nothing — doubtful
ORG	省促进3岁以下婴幼儿照护服务发展工作部门联席会议
# 2020年底前 → 2020年底
DATE	2020年底
QUANT	1个
QUANT	3岁
DATE	2020年2月21日
QUANT	3岁
# the annex's provincial departments ORG (level-prefixed, named by their remit, as 市交通委); 团省委 ORG — doubtful
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
""",
}
