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
    "gw-hi-housing-fund-second-hand-home-loan-notice-2022": r"""
# 我省, 我局, 各直属管理局, 住建部门 nothing; 中央经济工作会议 (a meeting) nothing, its year DATE; the document title in
# 《》 one DOC with the inner <> and the bodies inside it (no nesting); 中发〔2022〕8号 DOC
DATE	2021年
DOC	《中共中央 国务院关于印发<国家新型城镇化规划（2021-2035）>的通知》
DOC	中发〔2022〕8号
QUANT	40%
QUANT	30%
QUANT	20年
QUANT	30年
# the certificate's name in 《》 DOC — doubtful (a form, not a text)
DOC	《不动产权证书》
ORG	海南省住房公积金管理局
DATE	2022年5月16日
# the reading's title: the notice in 《》 DOC, 解读 out; 《通知》 (the short name) DOC
DOC	《关于调整我省住房公积金个人住房贷款支持购买二手房有关政策的通知》
DOC	《通知》
DATE	2022年4月29日
ORG	中共中央政治局
DATE	2021年
DOC	《中共中央 国务院关于印发<国家新型城镇化规划（2021-2035）>的通知》
DOC	中发〔2022〕8号
# 中央 (支持合理住房需求) nothing; the defined term in quotes TERM with the marks
TERM	“购买二手房”
LOC	海南省
DOC	《通知》
""",
    "gw-zj-hangzhou-housing-fund-home-count-notice-2024": r"""
# the committee in the unmarked title line ORG; the joint notice in 《》 one DOC; 我市 nothing
ORG	杭州住房公积金管理委员会
DOC	《住房城乡建设部 中国人民银行 金融监管总局关于优化个人住房贷款中住房套数认定标准的通知》
DOC	建房〔2023〕52号
DATE	5月9日
ORG	杭州市房地产市场平稳健康发展领导小组办公室
DOC	《关于优化调整房地产市场调控政策的通知》
# 房产管理部门 generic; 住建部住房公积金监管服务平台 → ORG 住建部 (a platform → the body inside)
ORG	住建部
DATE	2024年5月15日
DATE	2024年5月9日
DATE	2024年5月9日
ORG	杭州住房公积金管理中心
ORG	杭州住房公积金管理委员会
DATE	2024年5月15日
# the attachment's file name (the title with .pdf) read as the unmarked title line: ORG — doubtful (nothing in a
# file name the other reading)
ORG	杭州住房公积金管理委员会
""",
    "news-cn-rmrb-private-enterprises-readers-question-2025": r"""
# quoted single words and formulas TERM with the marks; the column （读者点题·共同关注） nothing; the paper in 《》 ORG
# without the marks; 第 01 版 nothing; the netizen's handle 人民网网友18****2 → ORG 人民网
TERM	“在场”
TERM	“大显身手”
PER	葛孟超
PER	戴林峰
ORG	人民日报
DATE	2025年03月01日
DATE	2月17日
# 民营企业座谈会 (a meeting) nothing; 外媒 nothing
LOC	中国
TERM	“离场”
TERM	“新公私合营论”
TERM	“打脸”
TERM	“大显身手”
ORG	人民网
TERM	“两个毫不动摇”
# the quoted echo “不能变，也不会变” TERM — doubtful (a short quotation of the line above)
TERM	“不能变，也不会变”
TERM	“离场”
TERM	“在场”
QUANT	92%
QUANT	42万多家
QUANT	92%
TERM	“新三样”
# 世界500强 (a ranking's name) nothing; 我国 nothing
DATE	2018年
QUANT	28家
QUANT	34家
TERM	“毛细血管”
TERM	“离场”
TERM	“在场”
TERM	“大显身手”
TERM	“越来越难做”
# the long quoted sentence (speech) nothing
TERM	“洗牌”
ORG	永辉超市
ORG	胖东来
# 今年春节假期 nothing
QUANT	41家
ORG	华晟新能源
TERM	“惊险一跃”
TERM	“口味”
TERM	“瓶颈”
# a game's title in 《》 DOC — doubtful (a work, not a text); 灵山 inside the quoted line LOC (a named mountain of the
# story) — doubtful
DOC	《黑神话：悟空》
PER	冯骥
LOC	灵山
TERM	“在场”
# 约1/3 (a fraction, no unit) nothing
TERM	“最多跑一次”
TERM	“一次不用跑”
TERM	“高效办成一件事”
TERM	“看得见的手”
DOC	《全国统一大市场建设指引（试行）》
# unmarked laws (中小企业促进法, 反垄断法, 民营经济促进法) nothing
ORG	全国人大常委会
TERM	“撑腰”
TERM	“靠山”
""",
    "news-cn-xinhuanet-li-qiang-waic-2025-opening": r"""
# the conference (an event, its year inside as 2025中国足协杯) nothing; the page's date split over four lines
# (2025 / 07 / 26) nothing — doubtful (one DATE across the breaks the other reading); clock times, 小 中 大 nothing
PER	李强
ORG	新华网
ORG	新华网
PER	李强
PER	李强
DATE	2025-07-26
ORG	新华网
DATE	7月26日
ORG	国务院
PER	李强
LOC	上海
ORG	新华社
PER	王晔
ORG	新华社
LOC	上海
DATE	7月26日
PER	王慧慧
PER	龚雯
ORG	国务院
PER	李强
DATE	7月26日
LOC	上海
PER	李强
PER	习近平
DATE	4月
LOC	上海
DATE	7月26日
ORG	国务院
PER	李强
LOC	上海
PER	李强
ORG	新华社
PER	王晔
PER	李强
# 全球南方 nothing; 中国方案, 中国智慧 → LOC 中国 — doubtful (fixed phrases, as 中国式现代化, the other reading);
# 中国政府 ORG whole (governments, batch 20)
LOC	中国
TERM	“人工智能+”
LOC	中国
LOC	中国
LOC	中国
LOC	中国
ORG	中国政府
# the proposed organisation ORG
ORG	世界人工智能合作组织
ORG	联合国
PER	古特雷斯
QUANT	1000多人
PER	李强
DOC	《人工智能全球治理行动计划》
PER	陈吉宁
PER	吴政隆
PER	赵文涵
PER	李强
""",
    "gw-js-small-eateries-management-decision-2020": r"""
# the standing committee in the two unmarked title lines ORG; the adoption and amendment line as the Changzhou
# decision (the committees with their term numbers ORG, the meetings out, the amending decision in 《》 DOC whole)
ORG	江苏省人民代表大会常务委员会
ORG	江苏省人民代表大会常务委员会
DATE	2020年7月31日
ORG	江苏省第十三届人民代表大会常务委员会
DATE	2025年1月14日
ORG	江苏省第十四届人民代表大会常务委员会
DOC	《关于修改〈江苏省水资源管理条例〉等二十件地方性法规的决定》
DOC	《中华人民共和国食品安全法》
# 本省, 省市场监督管理部门 and the departments by remit generic; 六十平方米, 六个月, 二百元 … (no digit) nothing;
# article numbers nothing
DATE	2021年1月1日
""",
    "news-cn-scio-mfa-spokesman-kong-quan-briefing-20050310": r"""
# the crawler's title / url / author lines: the website → the office inside (ORG 国务院新闻办公室) — doubtful
DATE	2005年3月10日
ORG	外交部
PER	孔泉
ORG	国务院新闻办公室
DATE	3月10日
ORG	外交部
PER	孔泉
PER	孔泉
# the quoted “两会” TERM with the marks — doubtful (nothing, as the bare 全国两会, the other reading)
TERM	“两会”
ORG	外交部
PER	胡锦涛
LOC	阿塞拜疆共和国
PER	伊利哈姆·阿利耶夫
DATE	3月17日至19日
# 外交部长 → ORG 外交部 (as 国务院总理 → 国务院) — doubtful (a title word, nothing, the other reading); 欧盟总部 →
# ORG 欧盟; the joint commission ORG, 第一次联席会议 out; 外长 alone nothing
ORG	外交部
PER	李肇星
DATE	2005年3月14日至19日
LOC	波黑
LOC	卢森堡
LOC	意大利
LOC	阿尔巴尼亚
ORG	欧盟
LOC	意大利
LOC	意大利
ORG	中意政府委员会
LOC	布鲁塞尔
PER	李肇星
LOC	比利时
PER	李肇星
LOC	美国
PER	赖斯
DATE	3月20日至21日
# 访华, 对华 → 华 (batch 21); 六方会谈 (talks) nothing; 中方, 美方 nothing; 中美, 中欧 → two LOC (as 中哈);
# 中国人民 → 中国; bare 人大 (人大会议, 人大的采访, 中国人大立法) nothing (as the directory's bare 人大)
LOC	美国
PER	赖斯
LOC	菲律宾
LOC	越南
DATE	4月6－9日
LOC	南中国海
LOC	菲律宾
LOC	越南
LOC	南中国海
LOC	南海
DOC	《南海各方行为宣言》
LOC	南中国海
DOC	《南海各方行为宣言》
PER	宁赋魁
LOC	美国
LOC	西班牙
# the ambassador's remit and the officials' titles: places inside LOC (朝鲜半岛, 亚洲, 朝鲜); 本月8日 → 8日; 访美 → 美;
# 半岛核问题 nothing; 美国白宫国家安全委员会 → LOC 美国 + ORG 白宫国家安全委员会 — doubtful (one ORG the other
# reading); 美驻韩大使 → 美 + 韩
ORG	中国外交部
LOC	朝鲜半岛
PER	宁赋魁
DATE	8日
LOC	美
LOC	美国
ORG	白宫国家安全委员会
LOC	亚洲
PER	格林
LOC	朝鲜
PER	狄长礼
LOC	美
LOC	韩
PER	希尔
LOC	西班牙
PER	钱其琛
LOC	马德里
# 白宫 ORG before 发言人 (as in the 2003 transcript); 北京 (the government by its capital) LOC
ORG	美国国务院
ORG	白宫
DOC	《反分裂国家法》
LOC	北京
DATE	3月8日
ORG	全国人大常委会
PER	王兆国
PER	王兆国
TERM	“台独”
LOC	台湾
TERM	“台独”
LOC	台海地区
# 李外长, 李部长 → PER 李 (a surname standing for the person, as 高男, batch-20 D) — doubtful
PER	李
ORG	欧盟
ORG	欧盟
DOC	《反分裂国家法》
ORG	欧盟
ORG	欧盟委员会
PER	巴罗佐
PER	瓦尔德纳
PER	索拉纳
PER	李
ORG	欧盟
QUANT	30周年
DOC	《反分裂国家法》
ORG	中国政府
LOC	台海
PER	李肇星
PER	李
LOC	朝鲜
DOC	《反分裂国家法》
*PER	赖斯
*ORG	欧盟
*LOC	中国|美国
*LOC	(?<=[访对])华|中(?=[美欧](?!洲))|(?<=中)[美欧](?!洲)
""",
    "wr-fj-pingtan-2025-work-report-review-part": r"""
# the crawler's header as in the Pingtan work report of batch 47 (README-batch47): the report's year in 标题's
# brackets DATE, not in the file path; 发布时间 DATE; the joint office one ORG; URL and path nothing
*DATE	(?<=标题: 政府工作报告（)2025(?=）)
DATE	2025-01-20
ORG	平潭综合实验区党工委管委会办公室
# the zone's 人大工作会议 → LOC 平潭综合实验区 (a meeting → the place; bare 人大 untagged) — doubtful; the congress with
# its term ORG, 第四次会议 out; the committee ORG, 主任 out
DATE	2025年1月7日
LOC	平潭综合实验区
ORG	平潭县第十八届人民代表大会
ORG	平潭综合实验区管委会
PER	黄建波
ORG	平潭综合实验区管委会
DATE	2024年
DATE	2024年
LOC	新中国
QUANT	75周年
# 新福建 → 福建 — doubtful (新中国 LOC whole the other reading); 实验区 alone, 省委, 省政府 generic (batch 47: 实验区党工委 ORG)
TERM	“一岛两窗三区”
LOC	密克罗尼西亚联邦
PER	西米纳
LOC	平潭壳丘头文化遗址
# a named research base LOC — doubtful (ORG the other reading)
LOC	国际南岛语族考古研究基地
LOC	岚岛
ORG	实验区党工委
TERM	“深学争优、敢为争先、实干争效”
ORG	党中央
ORG	国务院
# 两岸融合发展示范区 (the designation) nothing — doubtful
DATE	2024年
# 台商, 台胞, 台企 nothing; 台湾居民 → 台湾; 惠台 → 台
TERM	“免申即享”
TERM	“入区退税”
ORG	两岸（平潭）职业资格一体化服务中心
ORG	人社部
TERM	“最佳实践案例”
LOC	福建自贸试验区
# 国际赛车场, 共享储能电站 (descriptive) nothing; the computing centre LOC, its phase out — doubtful
ORG	起帆电缆
LOC	两岸融合智算中心
ORG	国家技术转移海峡中心平潭分中心
ORG	区台青创业育成中心
TERM	“专精特新”
# NRA nothing; a named park LOC — doubtful; 凤美台湾金针花 → 凤美 + 台湾 — doubtful; 平潭番薯, 平潭蝴蝶干 → 平潭
LOC	台湾农民创业园
LOC	凤美
TERM	“绿色食品”
DATE	2024年
LOC	阿曼
LOC	长江澳
# 北斗 (the system) nothing
LOC	竹屿湾影视基地
LOC	亚洲
LOC	福建平潭壳丘头遗址群
DATE	2023年度
TERM	“全国十大考古新发现”
LOC	平潭壳丘头遗址博物馆
LOC	中国水下考古·平潭展示体验馆
# the scenic area named 68海里 LOC — doubtful; 4A级 nothing
LOC	68海里景区
LOC	平潭国际邮轮中心
# events nothing (the quoted word inside one TERM with the marks); 亚洲棒球锦标赛 → 亚洲 (an event, the place inside)
TERM	“阿卡贝拉”
DATE	2025年
LOC	亚洲
DATE	2027年
TERM	“跟着赛事、跟着音乐去旅行”
LOC	金井港区
# the quoted permit and card names TERM with the marks — doubtful (DOC the other reading)
TERM	“台湾居民来往大陆通行证”
TERM	“台湾居民来往大陆通行证”
TERM	“台湾居民居住证”
TERM	“四个一”
ORG	福建信息职业技术学院
ORG	台湾产业学院
# forums and shows (events) nothing; 闽台城隍文化交流活动 → 闽 + 台; 近4000人次 → 4000人次
LOC	巴布亚新几内亚马当省马当市
LOC	中国
LOC	所罗门西部省
TERM	“汉语桥”
LOC	南太平洋
# the museum ORG where it acts (twins with others, as 上海博物馆, batch 20); a foreign body after its country → LOC +
# ORG (as 新加坡 + 南洋理工大學); the campus with its university one ORG
ORG	平潭壳丘头遗址博物馆
LOC	美国
ORG	宝尔博物馆
ORG	塔希提和岛屿博物馆
ORG	新喀里多尼亚博物馆
LOC	马来西亚
ORG	博特拉大学中国卫星校区
ORG	麒麟小学
LOC	马来西亚
ORG	双溪威华文小学
LOC	闽东北
# a named metropolitan area LOC — doubtful; 福州新区 LOC (a zone, as 赣江新区)
LOC	福州都市圈
LOC	福州新区
LOC	福州新区
LOC	福州长乐机场
LOC	长乐机场
LOC	江阴港
TERM	“内陆—平潭—台湾—全球”
LOC	武夷山
LOC	乐山
LOC	峨眉山
*PER	习近平
*LOC	福建|平潭|台湾|大陆|中国(?!式)
*LOC	(?<=[对惠涉闽岚])台|岚(?=台)|(?<=来)岚|闽(?=台)
# counts with their units; 超, 近 out, 余 inside (earlier gold: 300余个)
*QUANT	(?<![\d.第U])\d+(?:\.\d+)?(?:万|亿)?余?(?:周年|人次|亿元|万元|元|%|项|个|件|家|名|艘|兆瓦|倍|万本|本|场次|场|批次)
""",
    "wr-fj-pingtan-county-2020-work-report-review-part": r"""
# the crawler's header as the 2025 report (README-batch47): the year in 标题's brackets and the breadcrumb's DATE, not
# in the file path; both 发布时间 / 时间 dates; the office ORG; the share buttons ORG
*DATE	(?<= 政府工作报告（)2020(?=）)
DATE	2020-01-06
ORG	平潭综合实验区管委会办公室
DATE	2020-01-06
ORG	微信
ORG	微博
ORG	QQ空间
DATE	2020年1月5日
ORG	平潭县第十七届人民代表大会
ORG	平潭县人民政府
# 县政协委员 (a member's title) nothing — doubtful (ORG 县政协 the other reading)
DATE	2019年
DATE	2019年
LOC	新中国
QUANT	70周年
# 来岚 → 岚; 省委省政府, 省政府, 中央 (收入) nothing; 实验区党工委 ORG (batch 47)
ORG	实验区党工委
TERM	“一岛两窗三区”
TERM	“六稳”
TERM	“八大工程”
TERM	“八大工程”
TERM	“不忘初心、牢记使命”
# 北部生态廊道 (descriptive) nothing — doubtful; 两岸同胞, 台胞, 台企, 台商 nothing; 对台, 赴台 → 台
LOC	猴研岛
LOC	象鼻湾
TERM	“两个同等待遇”
TERM	“八大工程”
TERM	“七大攻坚”
# 超百亿元 (no digit) nothing
LOC	竹屿湾影视基地
# 腾讯智慧旅游 one ORG (the company's business line) — doubtful (ORG 腾讯 alone the other reading); 岚商 nothing, as
# 台商 — doubtful
ORG	腾讯智慧旅游
ORG	豚首互娱
LOC	海峡公铁大桥
# a road with its section one LOC (as the 2015 bulletin's 环岛公路(流水至平原段))
LOC	长平高速（平潭段）
TERM	“速度、质量、效益”
# the quoted route TERM with the marks (as the 2015 bulletin's “新竹-平潭”)
TERM	“平潭-高雄”
LOC	台湾
TERM	“一站式”
TERM	“麒麟卡”
# forums and meetings (events) nothing
ORG	国台办
ORG	国家文物局
# a named teaching base LOC — doubtful (as the 2025 report's research base)
LOC	海峡两岸南岛语族考古教学实习基地
ORG	两岸国学中心
LOC	福建省
TERM	“两岸一家亲”
TERM	“放管服”
TERM	“税案双查”
TERM	“一企一证”
TERM	“企业开办全程网上办”
TERM	“评定分离”
LOC	金井口岸
LOC	平潭口岸
TERM	“一窗通办”
*PER	习近平
*LOC	平潭|中国(?!式)
*LOC	(?<=[对赴])台|(?<=来)岚
# counts with their units; 以上, 超过 out, 多 inside; 95小项 QUANT — doubtful
*QUANT	(?<![\d.第])\d+(?:\.\d+)?(?:万|亿)?多?(?:周年|人次|亿元|元|%|件|家|个|倍|小项|张|场次|项|分钟)
""",
}
