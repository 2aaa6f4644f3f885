"""Reading lists of the batch-57 entity gold, pass 1 (branch issue-e57p1-s26); see build_batch.py for the
line format and README-batch57.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-jl-liuhe-key-industries-support-opinions-2023": r"""
# the issuers of the joint opinion: the county Party committee and the county government, ORG each; the date line DATE
ORG	中共柳河县委
ORG	柳河县人民政府
DATE	2023年2月8日
# 东北 in 东北振兴 a conventional region, LOC
LOC	东北
DOC	《吉林省促进中小企业发展条例》
DOC	《柳河县中小企业发展引导资金管理办法(试行)》
DOC	《柳河县加快旅游业发展的若干意见》
# a range whose unit is written twice is one QUANT (30万元至100万元); 及以上至 ranges stay two QUANTs, the
# approximator 及以上 between them — doubtful (one span, the other reading)
QUANT	5%—20%
QUANT	5%—20%
TERM	“ 一事一议”
# 本土企业 … 迁回柳河: the county, LOC
LOC	柳河
# a designation or an award is nothing, the place inside it is (中国 in 中国火炬计划)
TERM	“专精特新”
LOC	中国
LOC	中国
TERM	“ 一事一议”
TERM	“一事一议”
# 五一劳动奖章, 三八红旗手: the festival day as unquoted 七一 (七一遊行) DATE — doubtful (nothing, the award's name)
DATE	五一
DATE	三八
# 经济开发区 (twice) the county's own zone by its generic kind: nothing, as the generic 经开区
# the 领导小组 named by its remit with the county's name ORG; the bare 领导小组, 办公室 nothing
ORG	柳河县重点产业工作领导小组
ORG	县商务局
ORG	县工信局
ORG	县商务局
ORG	县工信局
# 重点产业工作领导小组 again without the county: the remit, no level word — nothing (doubtful: ORG as the one defined
# above); the DOC title with the line-wrap space as written
DOC	《柳 河县中小企业发展引导资金管理办法(试行)》
# 县政府 generic, nothing; 一年, 二年, 三年 Chinese numerals, nothing
# every amount, percentage, area, year count and month count in digits (前2年 → 2年, 3年内 → 3年, 3个阶段 → 3个);
# a space before the unit is inside the span (200 万元)
*QUANT	\d+(?:\.\d+)? ?(?:万元|亿元|元/亩|%|亩|年|个月|个)
""",
    "news-cn-stdaily-popular-science-films-shanghai-conference-2026": r"""
LOC	中国
# the opening quotation is speech, nothing inside; the conference an event, its city LOC
LOC	上海
ORG	国际巨幕影院行业组织
ORG	GSCA
PER	帕蒂·柯林斯
# 9年前 → 9年 (105年前 → 105年, batch 9); 我国 nothing; the film titles in 《》 DOC
QUANT	9年
DOC	《蛟龙入海》
PER	廖烨
# the submersible's quoted name a TERM — doubtful (LOC as a vessel, or nothing); 第35航次 an ordinal, nothing
TERM	“蛟龙”
LOC	西南印度洋
DATE	2022年
# the museum that made the film acts, ORG
ORG	上海科技馆
DOC	《荧火》
# 火星 a planet: LOC — doubtful (no precedent)
LOC	火星
# the festival an event: 中美 two one-character places (台日 → 台 + 日); the quoted award TERM
LOC	中
LOC	美
TERM	“金天使奖”
DOC	《马到功成》
ORG	GSCA
LOC	中国
LOC	中国
LOC	中国
ORG	上海科技馆
PER	倪闽景
ORG	上海科技馆
PER	倪闽景
TERM	“单馆项目”
TERM	“协同发展”
TERM	“引进来”
TERM	“走出去”
LOC	中国
LOC	中国
LOC	中国
LOC	中国
LOC	中国
ORG	GSCA
LOC	中国
# 欧美 two one-character places, as 中美
LOC	欧
LOC	美
DOC	《马到功成》
# the quoted screening a programme's name: one TERM, the city inside not tagged (no nesting)
TERM	“第28届上海国际电影节科技创制单元科普电影特别放映”
LOC	中国
""",
    "stats-fj-pingtan-2017-statistical-bulletin-part": r"""
# the unmarked title gives its year and the zone (batch 47's 2015 bulletin); the page date DATE, the clock out; the
# share buttons ORG as batch 47 tagged them
DATE	2017年
LOC	平潭综合实验区
DATE	2022-10-31
ORG	微信
ORG	微博
ORG	QQ空间
# the ratios 17.6:29.0:53.4 and the index 206.18 nothing
DATE	2017年
DATE	2017年
DATE	2017年
# species names are nothing, the places in them are: 美国红鱼 → 美国, 南美白对虾 → 南美 — doubtful (nothing)
LOC	美国
LOC	南美
DATE	2017年
DATE	2017年
LOC	平潭
# 20.7 % with its space (a space before the unit is inside)
QUANT	20.7 %
# 在岚: 岚 the island's one-character name as a place word (batch 38, 47)
LOC	岚
LOC	平潭
DATE	2017年
# the infrastructure list: a line with its section one LOC (环岛路安海澳至山门前段, batch 38); 国高网 the network, nothing
LOC	福平铁路平潭段
LOC	京台线长乐松下至平潭段
LOC	平潭新客运站
LOC	环岛公路流水至平原段
# a facility written with the site it stands in is one LOC (明志楼第一会议室) — doubtful (the port alone)
LOC	澳前口岸旅客自助查验通道
LOC	金井港区口岸服务大楼
LOC	金井三路
LOC	金井五路
LOC	如意纵一路
LOC	莲花北路
# a link road named by the two roads it joins: one LOC — doubtful (翠园南路 + 万宝路)
LOC	翠园南路至万宝路连接线
LOC	澳前客滚码头疏港道路
# 流水 (a town, batch 38) in 流水小城镇核心区路网; 潭城镇 a town with its level word; 旧城区 nothing
LOC	流水
LOC	潭城镇
LOC	翠园公园
# a venue keeps its phase (国家会议中心二期), 工程 out
LOC	莲花山公园一期
LOC	金井湾市民广场
LOC	玉井公园
# the 工程 a project, the bay in it LOC
LOC	海坛湾
# 园西 and 中湖 the two transfer stations' names, LOC each; 竹屿 (its 再生水厂 written once) and 坛南湾再生水厂
LOC	园西
LOC	中湖
LOC	竹屿
LOC	坛南湾再生水厂
# schools, hospitals and care homes ORG even where their buildings are meant; 新校区 a new campus, no name of
# its own: 平潭一中 alone — doubtful; 信息技术学院平潭新校区 one ORG, a campus named by its place (北京工业大学房山校区)
ORG	东升幼儿园
ORG	平潭一中
ORG	岚城中心学校
ORG	第二实小
ORG	福建师范大学平潭附属中学
ORG	信息技术学院平潭新校区
ORG	协和医院平潭分院
ORG	金井湾社区卫生服务中心
# museums as venues being built, LOC; 南岛语族考古基地 a base named by what it does, no place in it: nothing — doubtful
LOC	风博物馆
LOC	壳丘头遗址博物馆
# 台资 a word for capital of Taiwan, nothing (batch 47's 台资企业)
ORG	平潭福利中心
# the port's area and work area one LOC (batch 47 金井作业区), the berths out — doubtful; the grid works LOC whole
# (福清华塘至竹屿220千伏输变电工程, batch 38)
LOC	福州港平潭港区金井作业区
LOC	平潭110kv桥锦头输变电工程
LOC	娘宫（上澳）220千伏输变电工程
# a company's production base: the place alone (岚顺 the company? unread) — doubtful; the gas project's station: the
# zone alone — doubtful
LOC	平潭
LOC	平潭综合实验区
# a wind farm LOC whole (青峰风电场, batch 38); 长江澳海上风电 the place alone — doubtful
LOC	平潭大练海上风电场
LOC	长江澳
# every number with its unit or percent sign; 13045万 (a bare 万 number, the counted noun out)
*QUANT	\d+(?:\.\d+)?(?:万|亿)?(?:[%％]|元/㎡|元|亩|吨|头|只|个百分点|千瓦时|千瓦|平方米|艘|总吨|个|家|座|户|条|粒)|\d+万
""",
}
