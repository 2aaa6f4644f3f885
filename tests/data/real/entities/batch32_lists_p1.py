"""Reading lists of the batch-32 entity gold, pass 1 (branch issue-e32p1-s21); see build_batch.py for the
line format and README-batch32.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-moh-surgery-rules-draft-big5-2009": r"""
ORG	衛生部
DOC	《變性手術技術管理規範徵求意見稿》
# the portal ORG (中央政府门户网站, batch-8 pass-2 D-5), the domain nothing
ORG	中央政府門戶網站
DATE	2009年06月16日
ORG	新華社
# the dateline: the agency ORG, the city LOC, the day DATE
ORG	新華社
LOC	北京
DATE	6月16日
PER	周婷玉
# the ministry's department one ORG (as 商务部外资司)
ORG	衛生部醫政司
DATE	16日
DOC	《變性手術技術管理規範（徵求意見稿）》
QUANT	10年
# 三級甲等醫院, 倫理委員會, 衛生行政部門, the hospital's 變性手術技術臨床應用與倫理委員會 and 醫務處 generic (kinds every
# qualifying hospital must have) — the committee doubtful
QUANT	10年
QUANT	20張
QUANT	5年
DOC	《醫師執業證書》
QUANT	10年
QUANT	5年
QUANT	10例
QUANT	5年
# 當地公安部門 generic
QUANT	5年
QUANT	2年
QUANT	1年
QUANT	20歲
# the related links: ministry, vice-minister, the quoted words (ASCII quotes as “”), the plan period, the place
ORG	衛生部
PER	黃潔夫
ORG	衛生部
TERM	"一勞永逸"
TERM	“十一五”
DATE	3月10日
LOC	中國大陸
PER	劉艷丹
""",
    "news-cn-xinhua-us-transgender-service-ban-2017": r"""
PER	特朗普
# 美众议院 one ORG (a country before its national body, as 美国众议院 / 巴西衛生部)
ORG	美众议院
ORG	新华网
DATE	2017-07-27
DATE	2017年7月26日
# 美国华盛顿 one LOC (a place chain)
LOC	美国华盛顿
ORG	美国众议院
ORG	全国跨性别平等中心
PER	Mara Keisling
PER	特朗普
# the English caption: WASHINGTON, DC one LOC (one city's name) — doubtful; D-MA (party and state) nothing — doubtful
LOC	WASHINGTON, DC
DATE	JULY 26
LOC	U.S.
PER	Joe Kennedy
DATE	July 26, 2017
LOC	Washington, DC
LOC	U.S.
PER	Joe Kennedy
# the House (of Representatives) ORG, the caucus ORG
ORG	House
ORG	LGBT Equality Caucus
LOC	U.S.
PER	Donald Trump
PER	Justin Sullivan
ORG	Getty Images
DATE	2017年7月26日
LOC	美国华盛顿
ORG	美国众议院
ORG	全国跨性别平等中心
PER	Mara Keisling
PER	特朗普
# 英国《卫报》 → LOC 英国 + ORG 卫报 (a news outlet in 《》 is the body)
LOC	英国
ORG	卫报
DATE	7月26日
LOC	美国
PER	特朗普
LOC	美国
PER	特朗普
ORG	推特
# the quoted tweet is speech: entities inside it count; 美国政府 one ORG (X國政府), 美军 one ORG (as 解放军)
ORG	美国政府
ORG	美军
ORG	视觉中国
PER	何险峰
""",
    "report-cn-liuhe-government-service-system-2021": r"""
LOC	柳河县
TERM	“政府围着企业转、企业有事马上办”
TERM	“妈妈式服务”
TERM	“无差别全科受理”
LOC	柳河县
TERM	“放管服”
TERM	“最多跑一次”
# the county government ORG, its hall (政务大厅, no name of its own) out — doubtful (the whole hall LOC the other reading);
# the address (street + road + number) one LOC
ORG	柳河县人民政府
LOC	中华大街勤政路299号
QUANT	6层
QUANT	6995平方米
# 一楼 … 六楼 nothing
QUANT	34个
QUANT	202人
QUANT	1305项
TERM	“最多跑一次”
QUANT	1293项
QUANT	99.08%
QUANT	8万余件
QUANT	1万余件
LOC	柳河县
TERM	“帮代办”
TERM	“承诺制”
TERM	“联席会”
TERM	“网上办”
PER	景俊海
LOC	柳河
TERM	“优秀县级政务大厅”
DATE	2020年
# 县政务大厅 generic
TERM	“青年文明号”
""",
    "report-cn-renji-kidney-tumour-doctor-qa-2010": r"""
# 春节前 nothing (a holiday, 春节 in earlier gold); the item numbers 1，2， nothing
# a size with one unit written once one QUANT (values sharing one unit) — doubtful (no precedent for AxB)
QUANT	4.5x4.4cm
DATE	3月19日
QUANT	1个
QUANT	6.0x4.0cm
# the hospital's department one ORG (a department with its body, as 州医院药剂科); the doctor PER
ORG	上海仁济医院泌尿科
PER	陈勇辉
QUANT	4cm
QUANT	5年
QUANT	6x4cm
*ORG	上海仁济医院泌尿科
*PER	陈勇辉
# 半年左右 nothing (a duration); 3000多块 (块 for yuan, 多 inside)
QUANT	3000多块
DATE	2010年5月
# 陈大夫 → 陈 (a surname with a form of address)
PER	陈
QUANT	10多元
QUANT	300万U
ORG	好大夫网
""",
    "news-cn-dingnan-livelihood-projects-2015": r"""
# the byline: three names PER
PER	郭华平
PER	黄晓平
PER	鄢朝晖
LOC	定南县
QUANT	70%
# the villager's quoted words are speech; the village group with its county, town and village one LOC (a place chain)
LOC	定南县老城镇上洲村上屋组
PER	黄文河
LOC	上屋组
QUANT	9户
# 今年6月份 → 6月份; 镇政府, 驻村工作队 generic
DATE	6月份
QUANT	10多万元
QUANT	3156万元
LOC	天九镇
LOC	鹅公镇
LOC	老城镇
QUANT	7项
QUANT	6.65万名
# 县自来水厂 ORG (the county's water works, a level word with its kind, as 市第一人民医院) — doubtful (generic the other reading)
ORG	县自来水厂
QUANT	300万元
QUANT	7000多万元
TERM	“大学毕业生就业创业服务窗口”
# the quoted associations ORG without the marks (quoted organisation names) — doubtful (generic kinds, TERM the other reading)
ORG	电商协会
ORG	创业者协会
TERM	“一对一”
QUANT	5000多人
QUANT	15325人
TERM	“一站式”
QUANT	119个
TERM	“结亲戚”
TERM	“群众张嘴，干部跑腿”
QUANT	15924户
QUANT	357件
QUANT	5000多万元
QUANT	25838件
QUANT	1300余人次
DATE	2015年12月13日
ORG	江西日报
""",
    "news-cn-sysu-organ-donation-lecture-2014": r"""
PER	曾志伟
TERM	“器官捐献 成就不平凡”
# the date with its year's first digit lost (014年) one DATE as written — doubtful; 晚上七点 nothing
DATE	014年3月18日
# a department with its university one ORG
ORG	中山大学团委宣传部
ORG	中山大学附属第一医院
# the Rotary district one ORG with its number
ORG	国际扶轮3450区
ORG	中国器官分配与共享计算机系统研究中心
# the quoted lecture name TERM whole (a quoted event)
TERM	“曾志伟《器官捐献，成就不平凡》之旅”
# a university's campus ORG (guideline: 北京工业大学房山校区), also as the venue — doubtful (LOC the other reading)
ORG	中山大学东校区
PER	曾志伟
ORG	中山大学附属第一医院器官移植科
PER	王长希
ORG	国际扶轮3450区
PER	王国林
ORG	中国器官分配与共享系统研究中心
PER	王海波
QUANT	600多名
ORG	中山大学附属第一医院器官移植科
PER	王长希
PER	王长希
ORG	中山大学附属第一医院
ORG	中山一院器官移植科
PER	王长希
TERM	“器官紧缺，形势严峻”
PER	王长希
PER	曾志伟
TERM	“大使”
ORG	中国器官分配与共享系统研究中心
PER	王海波
PER	王海波
ORG	国家卫生和计划生育委员会
# a system is no entity, the place in its name is (中国人体器官分配与共享系统 → 中国)
LOC	中国
PER	王海波
PER	王海波
PER	曾志伟
PER	曾志伟
TERM	“器官给谁”
TERM	“大哥”
PER	曾志伟
# his quoted words are speech (nothing)
PER	曾志伟
LOC	中国
LOC	香港
TERM	“爱与伤害”
LOC	香港
ORG	家庭医生在线
DATE	2014年03月19日
""",
    "news-cn-xwlb-congress-delegates-20221020": r"""
# the header as in every digest: 《新闻联播》 DOC, 20221020 DATE, 19:00 out; 央视网 ORG, (新闻联播) out; item numbers out;
# 二十大 / 党的二十大 / 十八大 nothing (the congress as an event, batch 30); 中共二十大 → ORG 中共
DOC	《新闻联播》
DATE	20221020
# 中国特色社会主义 → 中国 (batch-19 D-16)
LOC	中国
ORG	解放军
ORG	武警部队
PER	李克强
LOC	科威特
# 二十大新闻中心 ORG (a named centre) — doubtful
ORG	二十大新闻中心
ORG	二十大新闻中心
# 【】 labels are no entity, the entities inside are (batch 27): 【数字十年】 nothing, 【大美中国】 → 中国
LOC	中国
ORG	国家卫生健康委
# 雅万高铁 LOC (a rail line)
LOC	雅万高铁
ORG	中共
ORG	中共
LOC	俄
ORG	乌军
LOC	乌
ORG	俄军
LOC	美国
LOC	中国
# 古巴外长 → 古巴
LOC	古巴
LOC	美国
# 世卫 ORG (世卫组织's short name); 新冠 nothing
ORG	世卫
LOC	日本
# 上半财年 DATE (a half-year period of the fiscal year, as 上半年 and 2025财年第一季度) — doubtful
DATE	上半财年
LOC	中国
DOC	《新闻联播》
DATE	20221020
LOC	中国
ORG	央视网
PER	习近平
LOC	中国
# 习近平新时代中国特色社会主义思想 → 习近平 + 中国 (batch 19); 中华民族, 中国式现代化 nothing; 新中国 LOC (batch 2, batch-21 D-32)
PER	习近平
LOC	中国
PER	习近平
LOC	新中国
ORG	中国共产党
# 中国特色, 中国大地, 中国特色社会主义制度 → 中国 (中国式现代化 nothing)
LOC	中国
LOC	中国
PER	习近平
ORG	党中央
*LOC	中国(?=特色社会主义制度)
ORG	解放军
ORG	武警部队
ORG	央视网
# 解放军和武警部队代表团 → ORG 解放军 + ORG 武警部队 (the delegation out) — doubtful
ORG	解放军
ORG	武警部队
PER	习近平
# 习近平强军思想 → 习近平
PER	习近平
PER	习近平
LOC	中国
TERM	“两个确立”
PER	李克强
LOC	科威特
ORG	央视网
ORG	国务院
PER	李克强
DATE	19日
PER	艾哈迈德·纳瓦夫·艾哈迈德·萨巴赫
LOC	科威特国
PER	李克强
LOC	科威特
LOC	新中国
QUANT	51年
ORG	中国政府
# 中科 (four times) → 中 + 科 (as 中南); 海湾阿拉伯国家 nothing (a kind of country); 科方 nothing
*LOC	中(?=科)
*LOC	(?<=中)科
""",
    "news-cn-xwlb-riyadh-arrival-20221208": r"""
DOC	《新闻联播》
DATE	20221208
# the summits are events: 中国 LOC and the GCC's full name ORG inside; 阿拉伯国家 nothing (a kind of country) — doubtful
PER	习近平
LOC	利雅得
LOC	中国
LOC	中国
ORG	海湾阿拉伯国家合作委员会
LOC	沙特
PER	习近平
LOC	沙特阿拉伯
PER	习近平
LOC	沙特
PER	习近平
ORG	国史学会
QUANT	30周年
PER	李克强
ORG	世界银行
ORG	国际货币基金组织
ORG	世界贸易组织
# the party ORG; its congress (第十四次全国代表大会) an event, nothing
ORG	中国国民党革命委员会
LOC	京
PER	蔡奇
ORG	中共中央
ORG	中国农工民主党
LOC	京
# 天津 重庆市委 → LOC 天津 + ORG 重庆市委 (市委 written once, for the second city) — doubtful (ORG 天津 by distribution)
LOC	天津
ORG	重庆市委
ORG	国家卫生健康委
ORG	国务院安委会
# 香港第十四届全国人大代表选举会议主席团 → LOC 香港 + ORG 全国人大 (the electoral conference's presidium out, as
# 十四届全国人大一次会议 → 全国人大) — doubtful
LOC	香港
ORG	全国人大
# 2022中国品牌论坛 → DATE 2022 + LOC 中国 (a year inside a forum's name, batch-21 D) — doubtful (no 年)
DATE	2022
LOC	中国
LOC	京
PER	习近平
LOC	中国
LOC	中国
ORG	海湾阿拉伯国家合作委员会
LOC	沙特
DOC	《生物多样性公约》
LOC	俄
ORG	乌军
TERM	“海马斯”
LOC	乌
ORG	俄军
LOC	美国
LOC	欧洲
DOC	《新闻联播》
DATE	20221208
PER	习近平
LOC	利雅得
LOC	中国
LOC	中国
ORG	海湾阿拉伯国家合作委员会
LOC	沙特
ORG	央视网
DATE	12月7日
PER	习近平
LOC	利雅得
LOC	沙特阿拉伯王国
PER	萨勒曼
LOC	中国
LOC	中国
ORG	海湾阿拉伯国家合作委员会
LOC	沙特
PER	习近平
LOC	沙特
ORG	沙特空军
QUANT	4架
LOC	利雅得
QUANT	6架
TERM	“沙特之鹰”
PER	习近平
# the airport with its city one LOC (a place chain)
LOC	利雅得哈立德国王机场
QUANT	21响
# 中国国旗 → 中国; 沙方 nothing
LOC	中国
LOC	沙特利雅得省
PER	费萨尔
PER	费萨尔
# 中国事务大臣 → 中国
LOC	中国
PER	鲁梅延
PER	习近平
# a place written once for 政府 and 人民 together is the place alone (batch-20 D)
LOC	中国
LOC	沙特
PER	习近平
QUANT	32年
DATE	2016年
PER	萨勒曼
PER	萨勒曼
PER	穆罕默德
LOC	中国
LOC	中国
ORG	海湾阿拉伯国家合作委员会
ORG	海合会
# 中共中央政治局常委 → ORG 中共中央政治局 (batch 11); 国务委员 nothing
ORG	中共中央政治局
ORG	中央办公厅
PER	丁薛祥
ORG	中共中央政治局
PER	王毅
ORG	中共中央政治局
ORG	全国政协
PER	何立峰
# 中国驻沙特大使 → 中国 + 沙特 (a post, no embassy written)
LOC	中国
LOC	沙特
PER	陈伟庆
# 中沙 (four times) → 中 + 沙; 中阿 → 中 + 阿; 中海 → LOC 中 + ORG 海 (the GCC's one-character short form, beside 海合会)
# — doubtful
*LOC	中(?=沙|阿、|海关系)
*LOC	(?<=中)沙|(?<=中)阿(?=、)
*ORG	(?<=、中)海(?=关系)
""",
    "news-cn-xwlb-tanzania-state-visit-20221103": r"""
DOC	《新闻联播》
DATE	20221103
PER	习近平
LOC	坦桑尼亚
PER	习近平
LOC	坦桑尼亚
PER	习近平
LOC	菲律宾
LOC	菲律宾
# the expo is an event: 中国 inside (as 2026年夏季达沃斯论坛 → 达沃斯)
PER	习近平
LOC	中国
ORG	中央广播电视总台
PER	李克强
LOC	坦桑尼亚
PER	栗战书
LOC	坦桑尼亚
PER	韩正
LOC	新加坡
ORG	人民日报
TERM	“五个必由之路”
# 中央宣讲团 ORG (the named central lecture group) — doubtful
ORG	中央宣讲团
# 中国空间站 LOC (batch 3); its module 梦天实验舱 LOC (a facility's named part) — doubtful
LOC	中国空间站
TERM	“T”
LOC	梦天实验舱
ORG	国家卫生健康委
DOC	《湿地公约》
# the quoted forum name TERM whole, its line break inside
TERM	“红厅论坛：\n读懂中国共产党二十大主题研讨会”
DOC	《关于推动职能部门做好生态环境保护工作的意见》
DATE	前三季度
# the rail line with its tunnel one LOC (a work with its part)
LOC	金甬铁路木周岭隧道
# a national team ORG (batch-20 D); the year inside the event's name DATE (batch-21 D)
ORG	中国队
DATE	2022年
LOC	东北
LOC	华北
ORG	联合国
LOC	美国
LOC	古巴
LOC	俄
ORG	乌军
LOC	乌
ORG	俄军
LOC	美国
ORG	美联储
QUANT	75个基点
ORG	美联储
LOC	伊朗
LOC	叙利亚
LOC	中国
DOC	《新闻联播》
DATE	20221103
PER	习近平
LOC	坦桑尼亚
ORG	央视网
PER	习近平
DATE	3日
# a landmark with its hall one LOC (人民大会堂北门, batch 18)
LOC	人民大会堂北大厅
LOC	坦桑尼亚联合共和国
PER	萨米娅·苏卢胡·哈桑
LOC	天安门广场
QUANT	21响
ORG	中共中央政治局
PER	王毅
ORG	中共中央政治局
ORG	全国政协
PER	何立峰
PER	哈桑
# the visiting ministers' ministries ORG; a ministry written after its government one ORG with it (batch-27 D)
ORG	外交与东非合作部
ORG	财政部
ORG	桑给巴尔革命政府基础设施、通信和运输部
PER	哈桑
PER	习近平
# 中国人民解放军仪仗队 ORG (batch 21)
ORG	中国人民解放军仪仗队
PER	哈桑
PER	习近平
PER	习近平
LOC	坦桑尼亚
PER	习近平
LOC	菲律宾
LOC	菲律宾
ORG	央视网
DATE	11月3日
PER	习近平
LOC	菲律宾
LOC	菲律宾
PER	马科斯
PER	习近平
LOC	菲律宾
# 中国政府 ORG; 中国人民 → 中国; 中方 nothing
ORG	中国政府
LOC	中国
PER	马科斯
ORG	菲律宾政府
LOC	菲律宾
PER	习近平
LOC	中国
ORG	中央广播电视总台
ORG	央视网
# the expo and forum are events: 中国, 虹桥 inside
LOC	中国
LOC	虹桥
DATE	11月4日
LOC	上海
ORG	中共中央
ORG	中央军委
PER	习近平
# the broadcaster's channels and frequencies ORG (guideline; batch 8: 中央人民广播电台 + 中国之声); 各外语频道 nothing
ORG	中央广播电视总台
ORG	中央电视台综合频道
ORG	新闻频道
ORG	中文国际频道
ORG	财经频道
ORG	4K超高清频道
ORG	中国国际电视台
ORG	中央人民广播电台
ORG	中国之声
ORG	大湾区之声
ORG	中国国际广播电台
ORG	环球资讯广播
ORG	央视新闻
ORG	央视频
ORG	央视网
PER	李克强
LOC	坦桑尼亚
ORG	央视网
ORG	国务院
PER	李克强
DATE	3日
LOC	坦桑尼亚
PER	哈桑
PER	李克强
PER	习近平
ORG	中共
LOC	中国
PER	李克强
LOC	中国
LOC	非洲
LOC	非洲
# 中非合作论坛 ORG (batch 8)
ORG	中非合作论坛
PER	哈桑
ORG	中共
# 一个中国政策 → 中国
LOC	中国
ORG	中非合作论坛
PER	王毅
PER	何立峰
# one-character names: 访华 → 华 (batch 21), 中新, 坦中 (twice), 中坦 (twice) → one LOC each character; 在京 → 京; 中方, 坦方 nothing
*LOC	(?<=访)华
*LOC	中(?=新双边)|(?<=中)新(?=双边)
*LOC	坦(?=中)|(?<=坦)中
*LOC	中(?=坦)|(?<=中)坦
*LOC	(?<=在)京
""",
    "report-cn-gongyi-court-trial-reference-page-2025": r"""
# the court's page: the court ORG; 星期三 nothing; the list of unmarked article titles gives the entities inside them
# (batch-24 D-5, batch-27 D), each title's date DATE
ORG	河南省巩义市人民法院
DATE	2025年2月26日
TERM	“人民法官为人民”
ORG	巩义市人民法院
PER	姚明伟
ORG	巩义市海盛房地产置业有限公司
# 赴山东法院 → LOC 山东 (the courts of a province, generic) — doubtful
LOC	山东
DOC	《中国共产党纪律处分条例》
LOC	巩义市
TERM	“平安建设”
TERM	"车辆贬值损失"
ORG	河南省巩义市人民法院
# the visitor count, the copyright year (2025 without 年, footer), ICP and 公网安备 numbers nothing
ORG	河南省高级人民法院
*DATE	\d{4}-\d\d-\d\d
# 中美 → 中 + 美; 赴京 → 京
*LOC	中(?=美未成年)|(?<=中)美(?=未成年)
*LOC	(?<=赴)京
""",
    "report-cn-liuhe-sanyuanpu-town-profile-2021": r"""
# the town's name as written each time (三源浦朝鲜镇, 三源浦镇, 三源浦朝鲜族镇) LOC
LOC	三源浦朝鲜镇
LOC	三源浦朝鲜镇
LOC	柳河县
QUANT	45公里
LOC	通化市
QUANT	53公里
LOC	通化机场
QUANT	388平方公里
QUANT	2.2平方公里
QUANT	7586公顷
QUANT	20个
QUANT	34个
QUANT	2个
QUANT	4个
QUANT	9717户
QUANT	30384人
QUANT	5个
QUANT	1387户
# 4864口人 → 4864口 (the counted noun out)
QUANT	4864口
QUANT	16%
DATE	2020年
# bare 亿 numbers QUANT (guideline)
QUANT	4.2亿
QUANT	0.48亿
QUANT	3.6亿
QUANT	35条
QUANT	8个
QUANT	10个
QUANT	107万立方米
QUANT	41处
QUANT	34眼
QUANT	7处
QUANT	30万延长米
LOC	马家村
LOC	中和村
QUANT	2个
# the two iron mines named as the town's mining enterprises ORG — doubtful (LOC as mines the other reading)
ORG	铁旺山铁矿
ORG	双福铁矿
QUANT	5万吨
LOC	三源浦镇
LOC	三源浦镇
LOC	柳河县
LOC	通化市
# 特色小镇 and 博物馆 generic; 航空产业园旅游区 (a planned area without a name of its own) nothing — doubtful
LOC	李安仁文化广场
QUANT	3处
LOC	通化机场
LOC	三源浦镇
DATE	2011年6月19日
DATE	2014年6月18日
# the makers' names before their models ORG (空客, 波音 in earlier gold); A320, 737 nothing
ORG	空中客车
ORG	波音
QUANT	4条
LOC	北京
LOC	上海
LOC	广州
LOC	天津
LOC	大连
LOC	台州
LOC	重庆
QUANT	4000余架次
QUANT	38万人
LOC	三源浦镇
LOC	三源浦镇
LOC	三源浦镇
TERM	“人参之乡”
# 我镇 nothing
LOC	三源浦朝鲜族镇
LOC	三源浦朝鲜族镇
""",
    "report-cn-liuhe-specialty-agriculture-2021": r"""
LOC	柳河
DATE	2020年
QUANT	8.1亿元
LOC	柳河县
TERM	“白金水稻”
# latitudes (北纬40。～45。, 41。53ˊ～42。35ˊ) nothing — doubtful (no unit character but the typed degree mark)
TERM	“白金水稻带”
DATE	2017年
LOC	柳河县
ORG	中国粮食行业协会
TERM	“中国火山岩稻米之乡”
QUANT	32万亩
QUANT	140983吨
QUANT	30户
QUANT	4件
QUANT	2户
QUANT	3户
QUANT	12户
# the brands: 柳河大米 → 柳河 (as 吉林大米 → 吉林); 国信, 蛙田 are the companies' own names (below) ORG, the other
# brands nothing (brands are not bodies) — doubtful
LOC	柳河
ORG	国信
ORG	蛙田
QUANT	40余个
TERM	“插秧节”
TERM	“丰收节”
ORG	吉林省柳俐粮食有限公司
LOC	柳河镇太平一区
QUANT	6000万元
QUANT	21700亩
QUANT	120吨/日
QUANT	14万吨
QUANT	1800吨/日
QUANT	50万吨
QUANT	600吨/小时
ORG	柳河国信社稷尚品农业开发有限公司
LOC	姜家店乡
DATE	2011年3月
QUANT	500万元
QUANT	1000亩
QUANT	3100亩
QUANT	2000亩
QUANT	330万斤
QUANT	1万吨
QUANT	100吨
ORG	柳河县姜家店蛙田米业有限公司
LOC	柳河县姜家店乡
DATE	2005年7月
QUANT	500万元
QUANT	4万吨
QUANT	13000亩
LOC	姜家店乡
DATE	2019年
# 乐享田园综合体 LOC (a named rural complex) — doubtful
LOC	乐享田园综合体
LOC	柳河
ORG	柳河新方谷农业发展有限公司
ORG	柳河新方谷农业发展有限公司
TERM	“中国火山岩稻米之乡”
LOC	柳河县姜家店朝鲜族乡
DATE	2010年
QUANT	5400万元
QUANT	5000亩
QUANT	2500亩
QUANT	2套
QUANT	200吨
""",
}
