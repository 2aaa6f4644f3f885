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
    "gw-fj-mingxi-real-estate-measures-revised-notice-2022": r"""
# the 主送 line's 各乡（镇）人民政府 every body of its level, nothing; 县政府 (its 常务会议 an event) generic, nothing
DOC	《明溪县促进房地产市场平稳健康发展若干措施（修订）》
ORG	明溪县人民政府
DATE	2022年11月26日
# the unmarked title line of the measures gives the county (batch-24 D-5)
LOC	明溪县
ORG	国务院
DOC	《明溪县促进房地产市场平稳健康发展若干措施》
DOC	明政文〔2022〕34号
# the clock time 24:00 out
DATE	2023年2月20日
DATE	2022年11月30日
QUANT	144平方米
QUANT	144平方米
QUANT	1000万元
QUANT	150元
QUANT	2万元
QUANT	2万元/套
QUANT	1万元/套
QUANT	2万元/套
QUANT	1万元/套
QUANT	1万元/套
DATE	2023年8月20日
ORG	县住建局
ORG	县住建局
ORG	县财政局
ORG	县住建局
ORG	县住建局
# 住建局 without its level word, the same bureau: ORG (a body's short name) — doubtful
ORG	住建局
QUANT	1年
QUANT	85%
TERM	“中级及以上职称”
DOC	《明溪县人民政府办公室关于印发明溪县春节期间招工用工激励政策若干措施的通知》
DOC	明政办〔2022〕6号
ORG	县住建局
ORG	县住建局
DOC	《明溪县购房补贴申请审批表》
DOC	《商品房买卖合同备案信息表》
ORG	县住建局
ORG	县财政局
ORG	县住建局
ORG	县住建局
DOC	《明溪县促进房地产市场平稳健康发展若干措施(修订）》
# 在明就业: 明 the county's one-character name as a place word (在京); a regex line, 明 of 证明 coming first
*LOC	(?<=在)明(?=就业)
""",
    "gw-js-changzhou-real-estate-market-stability-notice-2020": r"""
# the issuing office, a level word with its body (区政府办公室, batch 12) ORG; 我市 nothing
ORG	市政府办公室
DOC	常政办发〔2020〕81号
ORG	常州经开区管委会
ORG	党中央
ORG	国务院
TERM	“房子是用来住的、不是用来炒的”
TERM	“五类”
# 10个工作日: the counter and its unit of days; 10日 a day count QUANT
QUANT	10个工作日
QUANT	10日
QUANT	3万平方米
QUANT	3万平方米
QUANT	3万平方米
# 常州市区 the city's urban districts, one LOC — doubtful (常州市 alone)
LOC	常州市区
LOC	金坛区
QUANT	4年
# the province's rate-pricing self-regulatory mechanism acts (商定): ORG — doubtful (nothing but 江苏省)
ORG	江苏省市场利率定价自律机制
LOC	常州市区
LOC	金坛区
QUANT	60%
# the remits without their suffix (发改、自然资源和规划…部门) nothing
TERM	“一价清”
ORG	市委宣传部
ORG	市委网信办
ORG	市市场监管局
ORG	常州经开区管委会
DATE	2020年9月12日
ORG	常州市人民政府办公室
DATE	2020年9月11日
""",
    "news-cn-sh-housing-bureau-listing-price-verification-2021": r"""
LOC	沪
DATE	2021年07月12日
TERM	“房住不炒”
TERM	“沪十条”
TERM	“沪七条”
ORG	市房管局
ORG	市房管局
ORG	市住建委
ORG	市房管局
""",
    "news-cn-securities-daily-data-insurance-asset-2026": r"""
PER	杨笑寒
ORG	国家数据局
DOC	《关于推进行业高质量数据集建设行动的实施方案》
DOC	《实施方案》
DOC	《实施方案》
DATE	2024年
LOC	深圳
LOC	内蒙古
LOC	安徽
LOC	陕西
# a university's school one ORG; the paper in title marks the body (ORG without the marks)
ORG	对外经济贸易大学保险学院
PER	王国军
ORG	证券日报
DOC	《实施方案》
# a company's division by its remit is its own ORG (全球能源业务部)
ORG	中国人民财产保险股份有限公司
ORG	机构业务部
PER	周磊磊
PER	周磊磊
TERM	“一数多投”
ORG	北京排排网保险代理有限公司
PER	杨帆
ORG	证券日报
""",
    "plan-sh-minhang-urban-renewal-15th-fyp-2026-part": r"""
# the scraper's note: the city LOC, the copyright law in 《》 DOC, &siteId nothing
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	闵行区人民政府
DOC	《闵行区城市更新“十五五”规划》
DOC	闵府发〔2026〕26号
# 各镇人民政府, 街道办事处, 区政府各委、办、局, 各区属公司, 区政府 nothing
DOC	《闵行区城市更新“十五五”规划》
DATE	2026年7月28日
# the unmarked title line gives the district and the quoted period
LOC	闵行区
TERM	“十五五”
TERM	“十五五”
LOC	闵行区
LOC	上海
TERM	“聚新质转动能，优空间提品质”
# the ideology gives the person and the country in it; 总书记 out; 中央城市工作会议 an event, nothing (中央经济工作会议
# untagged in dev)
PER	习近平
LOC	中国
PER	习近平
LOC	上海
LOC	上海
TERM	“五个中心”
TERM	“四好”
LOC	闵行
LOC	闵行
# the table: its cells' bare numbers and ≥ / ＞ values nothing (units in their own column); 启动8个 QUANT
TERM	“十四五”
TERM	“十五五”
QUANT	8个
DATE	2026年底
DATE	2027年
TERM	“十五五”
# the two compounds LOC (a village and a housing estate as places)
LOC	电四小区
LOC	鲁汇一村
QUANT	1.4万平方米
# 2000年前 → 2000年 (6月15日前 → 6月15日)
DATE	2000年
TERM	“美丽家园”
TERM	“美丽家园”
TERM	“一老一小”
LOC	古美
LOC	新虹
LOC	虹桥
LOC	吴泾
DATE	2030年
QUANT	60%
# the villages with their town written before them: a place chain one LOC; two villages after one town, the second
# alone
LOC	颛桥中心村
LOC	浦江召稼楼
LOC	浦江杜行老街
LOC	华漕诸翟村
LOC	浦锦恒星村
LOC	郁宋村
LOC	七宝七宝村
LOC	吴泾共和村
LOC	星火村
LOC	梅陇永联村
LOC	曹中村
QUANT	8个
DATE	2026年
QUANT	8个
DATE	2027年
DATE	2030年
DATE	2026年底
""",
    "report-cn-liuhe-strategic-emerging-industries-2022": r"""
LOC	柳河县
# the company's short name ORG; a zone's park one LOC, （标准厂房） out
ORG	吉林中溢炭素
QUANT	30万吨
QUANT	30万吨
LOC	柳河工业集中区大健康产业园区
TERM	“风、光、水”
LOC	柳河县新材料产业园
LOC	柳河经济开发区
QUANT	2500亩
ORG	中溢集团（吉林）新能源科技有限公司
DATE	2019年5月
QUANT	1850亩
QUANT	65万平方米
QUANT	2000人
QUANT	100亿元
QUANT	30万吨
QUANT	30万吨
QUANT	300亿元
QUANT	30亿元
QUANT	50亿元
QUANT	80%
QUANT	20%
LOC	东亚
LOC	欧洲
LOC	美国
QUANT	600—800mm
# 欧美 two one-character places
LOC	欧
LOC	美
LOC	东南亚
LOC	非洲
QUANT	60%
QUANT	40%
LOC	柳河工业集中区大健康产业园区
LOC	柳河经济开发区
# 空军导航台 a facility by its kind, nothing; the park's road and the river LOC
LOC	园区五路
LOC	一统河
QUANT	9.7亿元
QUANT	652亩
QUANT	35.15万平方米
QUANT	41栋
QUANT	6栋
QUANT	5栋
QUANT	16栋
QUANT	2—3层
QUANT	3000—4000平米
QUANT	6米
LOC	柳河经济开发区大健康产业园区
QUANT	140—160元
QUANT	6—12个月
LOC	柳河县
LOC	柳河县
LOC	长白山
LOC	松辽平原
QUANT	51%
QUANT	738毫米
QUANT	2468万立方米
LOC	安口镇大迫子水库
QUANT	1300小时
QUANT	5.5米
# 我县经济开发区 the county's zone by its generic kind, nothing
ORG	中溢科技公司
QUANT	15亿度
LOC	柳河县
QUANT	15个
QUANT	3个
QUANT	219个
QUANT	509个
QUANT	820个
# the bracketed value in another unit its own QUANT — doubtful (out, as 3.1万套（间）)
QUANT	11.034万千瓦
QUANT	110MW
QUANT	1个
QUANT	1个
# the solar park with its capacity one LOC, 项目 out — doubtful (柳河县 alone)
LOC	柳河县25MW光伏产业园
QUANT	2.02亿元
LOC	吉林省
QUANT	10MW
QUANT	4MW
QUANT	38个
LOC	三源浦周家村
QUANT	6MW
DATE	2017年3月
DATE	6月29日
QUANT	0.88元/度
QUANT	15MW
LOC	三源浦新世村
DATE	2018年3月
DATE	6月28日
QUANT	0.75元/度
# the project named by the company's short name: ORG inside the programme's name
ORG	能科源烨
QUANT	3.8亿元
ORG	上海能科源烨能源科技发展有限公司
QUANT	509个
QUANT	100MW
QUANT	10年
QUANT	50元
QUANT	15年
QUANT	40元
QUANT	0.37元/度
LOC	柳河县
# 北温带 a climate belt, nothing; 谷歌 the company in its satellite database
ORG	谷歌
LOC	柳河县
LOC	凉水镇
LOC	孤山子镇
LOC	三源浦镇
LOC	红石镇
LOC	安口镇
LOC	向阳镇
LOC	亨通镇
LOC	圣水镇
LOC	安口镇
LOC	向阳镇
LOC	亨通镇
LOC	圣水镇
ORG	金风科技
ORG	华润电力
LOC	向阳镇
LOC	圣水镇
QUANT	5.5米
QUANT	2600小时
QUANT	450—500MW
LOC	向阳镇
QUANT	150MW
LOC	圣水镇
QUANT	300MW
DATE	2018年
ORG	中京电投
ORG	三峡电力
ORG	葛洲坝
ORG	金风科技
ORG	华润电力
ORG	华能电力
ORG	中能建
QUANT	30余份
DATE	2022年6月16日
ORG	省能源局
QUANT	21.9MW
ORG	省能源局
# the project's name gives the county and the company's short name 金风 — doubtful (ORG)
LOC	柳河县
ORG	金风
LOC	向阳镇
ORG	北京天润新能投资有限公司
QUANT	1.37亿元
QUANT	5台
QUANT	21.65MW
DATE	2023年7月
QUANT	0.37元/度
DATE	2022年
LOC	柳河县
ORG	中国能源建设集团
ORG	葛洲坝集团
ORG	中建生态环境集团
ORG	中水东北勘测设计研究院
# quoted names of power stations LOC without the marks (quoted places, batch 18)
LOC	柳河安口抽水蓄能电站
LOC	安口镇大迫子水库
QUANT	150万千瓦
QUANT	1500MW
QUANT	261.8米
QUANT	100亿元
LOC	柳河和平抽水蓄能电站
LOC	红石镇和平水库
QUANT	120万千瓦
QUANT	1200MW
QUANT	190米
QUANT	70亿元
DOC	《通化市能源发展“十四五”规划》
LOC	柳河安口抽水蓄能电站
""",
    "wr-fj-pingtan-county-2018-work-report-review-part": r"""
# the page head as batch 49's 2020 report: the bracketed year DATE, the page date DATE (clock out), share buttons ORG
DATE	2018
DATE	2018-01-03
ORG	微信
ORG	微博
ORG	QQ空间
DATE	2018年1月3日
# the congress with its place and term ORG, the session out (batch 49)
ORG	平潭县第十七届人民代表大会
ORG	平潭县人民政府
# 县政协委员 gives the body (市政协委员 → 市政协)
ORG	县政协
TERM	“加油干2017”
# 省委、省政府 generic (untagged in dev); 实验区党工委 ORG (batch 49); the congresses and plenums events, nothing
ORG	实验区党工委
TERM	“一岛两窗三区”
TERM	“四个转变”
# 对台 → 台
LOC	台
LOC	平潭
TERM	“现代化+原生态”
DATE	2017年
QUANT	234.4亿元
QUANT	8.5%
QUANT	50.93亿元
QUANT	35.6%
QUANT	29.55亿元
QUANT	11.7%
QUANT	464亿元
QUANT	17.0%
QUANT	52.70亿元
QUANT	79.3%
QUANT	1.2亿美元
QUANT	14.3%
QUANT	35900元
QUANT	7.8%
QUANT	14720元
QUANT	8.5%
TERM	“加油干2017”
QUANT	292个
QUANT	380亿元
QUANT	72个
# 社会福利中心, 生活垃圾焚烧发电厂 named by their kind, nothing; 大练海上风电 the island alone (as 长江澳海上风电);
# the high-speed rail station's hub one LOC, 站前城市综合体 nothing
QUANT	49个
LOC	大练
LOC	平潭高铁中心站综合交通枢纽
QUANT	45个
QUANT	24个
QUANT	83个
QUANT	43.5亿元
QUANT	611座
QUANT	5455亩
TERM	“房票”
QUANT	7690套
QUANT	94万平方米
LOC	平潭
TERM	“5+2”
QUANT	9.3亿元
QUANT	67个
QUANT	1254家
QUANT	50%
QUANT	60%
QUANT	70%
TERM	“走出去”
TERM	“引进来”
LOC	北京
LOC	台湾
LOC	香港
LOC	武汉
# 来岚: the island's one-character name (batches 38, 47, 49)
LOC	岚
ORG	中船集团
ORG	清控集团
ORG	通号集团
QUANT	20余家
QUANT	1340亿元
LOC	台
TERM	“一岛两标”
# 台胞 a word for the people, nothing (as 港人)
TERM	“第二生活圈”
LOC	台湾
LOC	台湾
QUANT	49家
QUANT	281人
# 台湾同胞 → 台湾 (batch 20)
LOC	台湾
LOC	平潭
TERM	“组合拳”
# the quoted freight route's name a TERM — doubtful (LOC as a line); 大陆 nothing (as 内地) — doubtful
TERM	“台北快轮”
TERM	“三合一”
LOC	台北港
QUANT	60%
QUANT	5倍
QUANT	2.1亿元
QUANT	3倍
QUANT	42.35万票
QUANT	4倍
QUANT	7071万元
QUANT	1300万元
# 对台小额贸易市场 → 台 — doubtful (LOC whole, as batch 47's 东澳对台小额贸易码头)
LOC	台
QUANT	7.12亿元
# the forums and contests events, nothing; the programme gives 台湾
LOC	台湾
QUANT	800多名
LOC	台湾
QUANT	20名
LOC	台湾
LOC	台湾
QUANT	208个
QUANT	4位
LOC	台湾
LOC	台湾
""",
    "wr-fj-pingtan-junshan-area-bureau-2022-work-report": r"""
# the page's head: the bureau ORG and 2022年度 DATE in the title, the publish date (clock out), the publisher
ORG	平潭综合实验区君山片区管理局
DATE	2022年度
DATE	2023-01-09
ORG	平潭综合实验区君山片区管理局
# the URL nothing; the local path repeats the title: its entities — doubtful (a path, nothing)
ORG	平潭综合实验区君山片区管理局
DATE	2022年度
DATE	2022年
ORG	君山片区管理局
PER	习近平
LOC	中国
# 实验区党工委 ORG (batch 49), 管委会 after the same level word ORG — doubtful (one span, or nothing)
ORG	实验区党工委
ORG	管委会
TERM	“君山模式”
TERM	“君山速度”
TERM	“君山精神”
TERM	“君山温度”
TERM	“宜居宜业宜游”
LOC	君山
QUANT	8个
QUANT	13个
QUANT	7个
QUANT	5亿元
QUANT	49.9141亿元
QUANT	40461吨
QUANT	8178吨
QUANT	29898吨
QUANT	2385吨
QUANT	77292吨
QUANT	35862吨
QUANT	41280吨
QUANT	150吨
# 北港 in the project LOC; a facility with its site one LOC
LOC	北港
LOC	仙人井临时停车场
QUANT	17个
LOC	长江澳
LOC	东美
LOC	模镜
TERM	“一区两点”
TERM	“两环一井一岛”
LOC	马腿村
TERM	“串珠成线、联线成片”
LOC	君山
TERM	“第三批全国乡村旅游重点镇”
QUANT	32个
QUANT	166公里
QUANT	39座
LOC	大坪
LOC	北港
QUANT	6个
QUANT	1092万元
TERM	“一村一品”
# the produce named by its village: the place alone
LOC	芦洋
LOC	东庠
LOC	小庠
LOC	昆湖
LOC	君山
LOC	砂美村
TERM	“一村一品”
QUANT	52个
QUANT	10万元
QUANT	911万元
QUANT	11个
QUANT	50万元
QUANT	2个
QUANT	100万元
# 中央生态环境保护督查 a campaign, nothing; the stream in its project LOC
QUANT	3亿元
LOC	南松溪
QUANT	36.787公顷
QUANT	1032万平方米
QUANT	760吨
QUANT	105亩
QUANT	997亩
QUANT	1394亩
QUANT	5790亩
LOC	马腿村
LOC	大坪村
DATE	2022年
TERM	“福建省森林村庄”
LOC	君山
QUANT	1284万元
QUANT	278万元
QUANT	96万元
QUANT	88万元
QUANT	119户
QUANT	209人
QUANT	8户
QUANT	8人
TERM	“应保尽保”
QUANT	26861人
QUANT	56842人
QUANT	60周岁
QUANT	14007人
QUANT	5133人
TERM	“3510”
# 进京: 京 a place word (在京)
LOC	京
TERM	“两个确立”
TERM	“四个意识”
TERM	“四个自信”
TERM	“两个维护”
TERM	“提高效率、提升效能、提增效益”
TERM	“全面净化政治生态，进一步推进提高效率、提升效能、提增效益”
QUANT	18条
# 12345平台 the hotline, nothing
QUANT	1720件
QUANT	100%
QUANT	99.6%
TERM	“四风”
TERM	“紧日子”
TERM	“三公”
QUANT	72%
# 人大, 政协 the congress and the CPPCC as bodies (市政协委员 → 市政协) — doubtful (kinds of oversight)
ORG	人大
ORG	政协
ORG	人大
QUANT	9件
QUANT	100%
QUANT	100%
""",
}
