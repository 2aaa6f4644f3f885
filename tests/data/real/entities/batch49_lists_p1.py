"""Reading lists of the batch-49 entity gold, pass 1 (branch issue-e49p1-s24); see build_batch.py for the
line format and README-batch49.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-js-changzhou-public-emergency-response-capacity-decision-2025": r"""
# the standing committee in the two unmarked title lines ORG (the decision's own name unmarked: nothing); the
# adoption line: the committees with their term numbers ORG (as 洛阳市第十届人民代表大会常务委员会), 第二十八次会议 out
ORG	常州市人民代表大会常务委员会
ORG	常州市人民代表大会常务委员会
DATE	2025年12月30日
ORG	常州市第十七届人民代表大会常务委员会
DATE	2026年1月20日
ORG	江苏省第十四届人民代表大会常务委员会
# 本市, 市人民政府, 市应急管理部门, 应急管理部门 and the other departments by remit generic; 红十字会 out (batch-10
# decision); the list 工会、共产主义青年团、妇女联合会、残疾人联合会等团体 (kinds of body) nothing — doubtful (ORG
# 共产主义青年团, the League's own name, the other reading); 第十七条第二款, 每两年 nothing
DATE	2026年6月1日
""",
    "news-cn-sina-ningyang-imported-dragon-fruit-alert-2022": r"""
# 原标题 nothing; a place chain one LOC (山东宁阳县, 泰安市宁阳县); 2家 QUANT
LOC	山东宁阳县
QUANT	2家
# the county's headquarters office with its places one ORG — doubtful (LOC 山东泰安 + ORG 宁阳县委… the other reading)
ORG	山东泰安宁阳县委统筹疫情防控和经济运行工作领导小组（指挥部）办公室
DATE	1月13日
# clock times (15时14分) nothing
DATE	1月12日
LOC	泰安市宁阳县
ORG	济宁市任城区疫情防控指挥部
LOC	越南
LOC	宁阳县
# the supermarket's branches ORG with the branch in brackets — doubtful (ORG 凌云超市 alone, or LOC as the place
# of sale, the other readings); 1件, 4件 QUANT
ORG	凌云超市（兴业店）
DATE	1月5日
QUANT	1件
DATE	1月8日
QUANT	1件
ORG	凌云超市（党校店）
DATE	1月9日
QUANT	4件
ORG	凌云超市（兴业店）
ORG	凌云超市（党校店）
ORG	宁阳县疾控中心
DATE	1月12日
ORG	凌云超市（兴业店）
ORG	凌云超市（党校店）
# a day range one DATE
DATE	1月5日—9日
ORG	凌云超市（兴业店）
DATE	1月9日
ORG	凌云超市（党校店）
QUANT	24小时
QUANT	7天
# 120 (the emergency number) nothing; 近14天 → 14天; 新冠疫苗 nothing
QUANT	14天
ORG	宁阳县疫情防控指挥部办公室
ORG	宁阳县疾病预防控制中心
# the phone numbers nothing; the credit: 总台 ORG (as in the xwlb digests), the reporters PER
ORG	总台
PER	陈俊峰
PER	陈恺
""",
    "stats-fj-pingtan-2019-statistical-bulletin": r"""
# the crawler's header as batch 47's 2015 Pingtan bulletin (dev): the title's year and zone, 发布时间 DATE, the
# office ORG; URL and the local path nothing; the breadcrumb's copy of the title and its date as in that file's
# gold; the share buttons ORG
DATE	2019年
LOC	平潭综合实验区
DATE	2022-10-31
ORG	平潭综合实验区统计局
# (the breadcrumb's year and zone by the regex lines below: the local path between holds the same words)
DATE	2022-10-31
ORG	微信
ORG	微博
ORG	QQ空间
# ratios (13.5:30.7:55.8), the price index 261.3 and the air index 2.25 / 0.08 nothing; 负8.6％ → 8.6％
TERM	“六升一降一平”
# 6986万贝壳紫菜: a bare 万 number (as 5865万 in 2015); 美国红鱼, 南美白对虾 (species) nothing — doubtful
QUANT	6986万
# ports, roads, works LOC (as 2015); 公铁大桥, 高铁中心站 (descriptive, no name of their own) nothing — doubtful
LOC	平潭金井口岸
LOC	京台线
LOC	长乐松下
LOC	平潭海峡二桥
LOC	东环路
LOC	东大路
LOC	西航东路
LOC	金井大道
LOC	万景路
LOC	东碑路
LOC	澳前西路
LOC	澳前中路
LOC	中湖路
LOC	康德路
LOC	西航东路
LOC	金井大道
LOC	康湖路
TERM	“断头路”
TERM	“四好农村路”
LOC	竹屿湖
LOC	平潭大磹下排洪渠
# schools, hospitals, centres, companies ORG (as 区医院 in 2015); parks, venues, scenic spots, villages LOC; a campus
# with its college one ORG (as 2015)
ORG	区急救中心
ORG	平潭特殊教育学校
ORG	苏澳中心幼儿园
ORG	平潭利亚船厂
LOC	敖东孝道文化公园
ORG	福建信息职业技术学院平潭校区
ORG	育达岚台交流培训中心
LOC	平潭国际演艺中心
ORG	金井湾社区卫生服务中心
TERM	“新面貌”
LOC	石牌洋
LOC	仙人井
LOC	将军山
LOC	崎沙澳
LOC	远垮澳
LOC	田美澳
LOC	山岐澳
LOC	象鼻湾
LOC	东美古村
LOC	北港文创村
LOC	磹水风韵古村
LOC	南岛语族文化村
TERM	“乡村+旅游”
TERM	“文化+旅游”
LOC	国际演艺中心
LOC	坛南湾
LOC	欢海水世界
# 区餐厨垃圾处理厂 generic; a named transfer station LOC (as 玉道污水处理站); the five stations by place LOC
LOC	城东垃圾转运站
LOC	澳前
LOC	鸡公山
LOC	天大山
LOC	岚城
LOC	敖东
TERM	“智能环卫”
TERM	“千村整治、百村示范”
# 在岚 → 岚, 对台 / 赴台 → 台 (regex below) — doubtful (as 驻豫 → 豫); 台资, 台胞 nothing; 平潭口岸 LOC
LOC	平潭口岸
LOC	平潭口岸
LOC	平潭口岸
LOC	上海
# 烈士停车场, 闽剧团排演厅, 农村幸福院, 精神障碍社区康复中心, 24小时城市书房 (kinds) nothing
ORG	福康养老院
LOC	风力田文体公园
ORG	区急救中心
LOC	敖东孝道文化公园
ORG	潭城镇社区卫生服务中心
ORG	苏澳中心幼儿园
ORG	东升幼儿园
ORG	如意和佳园社区居家养老服务照料中心
ORG	童心颐养中心
ORG	平潭孝心养老服务
# 全省 nothing; 7000多名 with 多 inside
ORG	宗仁科技（平潭）有限公司
ORG	平潭台湾创业园科技企业育成中心
QUANT	100万
ORG	纳仕达电子股份有限公司
ORG	新通途信息技术
ORG	瑞谦智能科技
ORG	瑞谦智能科技
ORG	迈康生物科技
# 台湾同胞 nothing (batch 20); 1金2银7铜, 1金3铜 nothing; 省青少年体育锦标赛 nothing
LOC	海坛岛
LOC	三十六脚湖
# Ⅲ类, 二类 nothing; the closing source line's office ORG
ORG	平潭综合实验区统计局
*DATE	(?<![_\d])2019年[度末]?
*LOC	(?<= 2019年)平潭综合实验区
*LOC	(?<!\d年)平潭
*LOC	台湾(?!同胞)
*LOC	(?<=在)岚|(?<=[对赴])台(?!胞)
# counts with their units as in the 2015 bulletin's regex, with 标箱, 元/㎡, 公顷, 座, 条, 批次, 批, 班, 次, 天 added
*QUANT	(?<![\d.:])\d+(?:\.\d+)?多?(?: ?[万亿])?多?\s?(?:个百分点|千瓦时|吨公里|人公里|平方米|元/㎡|美元|元|%|％|总吨|千瓦|公里|公顷|亩|吨|头|只|粒|个|艘|辆|户|标箱|人次|人|家|件|册|场|张|座|条|起|所|名|批次|批|班|次|天)
""",
}
