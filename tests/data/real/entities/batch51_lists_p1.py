"""Reading lists of the batch-51 entity gold, pass 1 (branch issue-e51p1-s24); see build_batch.py for the
line format and README-batch51.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-hb-wetland-protection-decision-2024": r"""
# the provincial standing committee's decision: the title line (twice) → the body ORG; the adopting session's
# committee with its term one ORG (湖北省第十四届人民代表大会常务委员会), 第十二次会议 nothing
ORG	湖北省人民代表大会常务委员会
ORG	湖北省人民代表大会常务委员会
DATE	2024年9月26日
ORG	湖北省第十四届人民代表大会常务委员会
# 美丽湖北 → 湖北 (a place inside a programme formula, as 美丽中国 → 中国)
LOC	湖北
DOC	《中华人民共和国湿地保护法》
PER	习近平
PER	习近平
# generic bodies nothing (县级以上人民政府, 省人民政府, the 主管部门, 人民检察院); 神农架林区 LOC (a named forest district)
LOC	神农架林区
LOC	神农架林区
# 国务院林业草原主管部门 → ORG 国务院 (the named body; the department is described) — doubtful
ORG	国务院
# the yearly week: 每年11月第一周 → DATE 11月第一周 — doubtful (a recurring date; 11月 alone or nothing the other
# readings); 湖北省湿地保护宣传周 → LOC 湖北省 (an event, the place inside)
DATE	11月第一周
LOC	湖北省
""",
    "news-cn-cnr-heilongjiang-museums-july-first-2025": r"""
# the CNR item: museums and memorials LOC (earlier gold: 虎头要塞博物馆, 刘老庄八十二烈士陵园), whether they host or act;
# a city or county museum one LOC with its place; the quoted “七一” TERM by the marks (earlier decision)
ORG	中国共产党
QUANT	104周年
TERM	“七一”
LOC	黑龙江省
TERM	“黑龙江博物馆文物活化季暨博物馆季”
DATE	6月
LOC	东北烈士纪念馆
TERM	“七一”
LOC	东北烈士纪念馆
LOC	革命领袖视察黑龙江纪念馆
QUANT	519场
QUANT	5.6万人次
# the photo credit: the provincial bureau's division one ORG (a department with its body)
LOC	东北烈士纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	革命领袖视察黑龙江纪念馆
# exhibition titles in 《》 TERM with the marks (named events, as the quoted event names) — doubtful (DOC the other
# reading); a film in 《》 DOC (a titled work) — doubtful
TERM	《清风正气满乾坤——党章中的作风建设》
ORG	中国共产党
LOC	革命领袖视察黑龙江纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	齐齐哈尔市博物馆
TERM	“纪念中国人民志愿军第42军出国作战75周年”
# the army unit ORG (志愿军第42军)
ORG	志愿军第42军
TERM	《中国人民志愿军第42军在朝作战纪实展》
LOC	杨子荣烈士陵园
LOC	海林市
LOC	杨子荣烈士陵园
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	肇源县博物馆
QUANT	102个
TERM	“七一”
LOC	宁古塔历史文化博物馆
LOC	桦川县博物馆
LOC	中国青年志愿垦荒纪念馆
LOC	马玉祥纪念馆
DOC	《我和我的祖国》
LOC	哈尔滨市博物馆
TERM	“革命后代血脉传承”
PER	张有仁
LOC	哈尔滨市博物馆
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	北安市博物馆
TERM	“对党说句心里话——礼赞‘七一’情系党心”
# 近5万名 → 5万名
QUANT	5万名
TERM	“请出”
LOC	汤原县博物馆
TERM	“精神丰碑联世界 初心如炬耀汤原”
# 中外共学 → 中 (as 中俄 → 中 + 俄; 外 no place) — doubtful
LOC	中
LOC	萧红故居纪念馆
LOC	宁安市马骏纪念馆
TERM	《抗战记忆》
LOC	哈尔滨市南岗区博物馆
TERM	《中流砥柱——抗日战争时期的中国共产党》
ORG	中国共产党
LOC	杜尔伯特博物馆
TERM	《“七一”荣光——党在我心》
ORG	中国共产党
# a memorial or museum with its province / region before it one LOC (a place chain)
LOC	黑龙江东北烈士纪念馆
LOC	西藏日喀则博物馆
TERM	“不朽的丰碑——东北抗联精神专题展”
LOC	西藏自治区
LOC	东北烈士纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	七台河市博物馆
TERM	“进校园”
# 抗联文化 nothing (a modifier); 东北抗联 ORG (the army)
ORG	东北抗联
LOC	黑河旅俄华侨纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	黑河旅俄华侨纪念馆
ORG	哈尔滨师范大学
ORG	黑龙江艺术职业学院
TERM	“走出去”
TERM	“版图”
# “侨音红”宣讲团: the quoted part TERM — doubtful (ORG 侨音红宣讲团 the other reading)
TERM	“侨音红”
ORG	黑龙江省文旅厅博物馆与社会文物处
# the CNR footer: “央广网” the app ORG without the marks; 24小时 QUANT; the hotline and e-mail nothing
ORG	央广网
QUANT	24小时
ORG	央广网
TERM	“啄木鸟消费者投诉平台”
ORG	央广网
""",
    "stats-fj-pingtan-2022-statistical-bulletin": r"""
# the portal's header: the title line and its repeats → DATE 2022年 + LOC 平潭综合实验区 (unmarked title lines → what
# they name); the publishing bureau ORG; the dates 2023-03-29 DATE (clock times, URLs, links.tsv nothing); the share
# buttons 微信 微博 QQ空间 nothing — doubtful (batch 20: 微信 ORG as a platform where it is meant)
LOC	平潭综合实验区
ORG	平潭综合实验区统计局
LOC	平潭综合实验区
LOC	平潭综合实验区
# the body: GDP, CPI, the ratios (11.7:24.8:63.5, 103.6:100) nothing (a ratio is not QUANT, earlier gold)
TERM	“六升两降”
LOC	平潭
LOC	上海
# schools ORG; the university's institute one ORG (厦门大学平潭研究院)
ORG	滨湖幼儿园
ORG	富春城幼儿园
ORG	国彩学校
ORG	城北小学
ORG	中湖小学
ORG	厦门大学平潭研究院
TERM	“漏保”
TERM	“漏救”
TERM	“三支一扶”
ORG	锦鸡重工科技有限公司
TERM	“2022年度区级科技型中小企业”
ORG	凹凸科技（平潭）有限公司
# 区智慧岛公司 → ORG 智慧岛公司 (区 the zone's generic prefix) — doubtful
ORG	智慧岛公司
# a quoted laboratory ORG without the marks (as quoted organisation names)
ORG	福建省海岛资源生态监测与保护利用重点实验室
ORG	平潭台创园科技企业育成中心
# 爱乐乐团 ORG (an orchestra named without its city) — doubtful; the dance drama in 《》 DOC (a titled work) — doubtful;
# the contests (国际赛车嘉年华 …) nothing (events without a place)
ORG	爱乐乐团
DOC	《只此青绿》
LOC	平潭
TERM	“中国体育旅游十佳目的地”
LOC	苏平镇
LOC	海坛街道
LOC	青观顶村
# 福建省第十七届运动会群众比赛暨2022年福建省全民健身运动会门球总决赛 → LOC 福建省 twice (events, the place inside), the year
# inside the event name nothing (batch 20: 2025中国足协杯); 5金8银11铜 nothing (batch 20: 9金、5银、6铜)
LOC	福建省
LOC	福建省
LOC	海坛岛
ORG	平潭综合实验区统计局
# the years DATE (2022年末, 2022年度 one DATE each: 月底, 2021年度); every measured amount, count and percent QUANT
# (X元/年, X元/月, X元/㎡ whole, as 31.3微克/立方米); 从1720提高至 (no unit) nothing; 连续6年 → 6年; 6986万贝壳紫菜
# → 6986万 (the seedlings' count; 贝壳紫菜 the product) — doubtful
*DATE	2023-03-29|20\d\d年(?:末|度)?(?!福建)
*QUANT	(?<=连续)6年|6986万(?=贝壳)
*QUANT	\d+(?:\.\d+)?(?:%|％|个百分点|亿美元|万美元|亿元|万元|元/年|元/月|元/㎡|元|万亩|亩|万吨|亿吨公里|万人公里|吨|万头|头|万只|个|艘|总吨|万千瓦时|亿千瓦时|万千瓦|万平方米|平方米|万人次|人次|万人|人|辆|万户|户|家|台|所|张|场次|场|次|万册|公顷|万立方米|公里|座|宗|起|项|枚|亿粒|分钟)
""",
    "gw-fj-pingtan-rural-homestay-measures-notice-2021-part": r"""
# the portal's header as in the held-out Pingtan bulletin's frame (dates DATE, the publishing bureau ORG, clock
# times, URLs, the share buttons nothing); the zone's management committee ORG whole each time; every 《》 title DOC
ORG	平潭综合实验区管委会
DATE	2021-01-22
ORG	平潭综合实验区旅游与文化体育局
ORG	平潭综合实验区管委会
ORG	平潭综合实验区管委会
DATE	2021-01-22
DOC	岚综管综〔2021〕3号
ORG	平潭综合实验区管委会
# 实验区党工委 nothing (the zone's own committee by its generic short name, as 市委); 第45次 nothing (an ordinal)
DATE	2020年
ORG	平潭综合实验区管委会
DATE	2021年1月15日
# the unmarked title line of the measures → LOC 平潭综合实验区 (unmarked title lines → what they name)
LOC	平潭综合实验区
# 平潭国际旅游岛 → 平潭 (a designation, the place inside) — doubtful (one LOC the other reading)
LOC	平潭
# 14 间（套） → QUANT 14 间 (the space as written) — doubtful
QUANT	14 间
QUANT	4层
QUANT	800平方米
LOC	平潭
*DOC	《[^》]*》
""",
    "news-cn-sina-huashang-xian-industrial-power-use-2021": r"""
# 1-4月 one DATE (a range); 万吨标准煤 one unit (QUANT whole); 一季度 DATE (guideline: 今年一季度 → 一季度); 两年平均
# nothing; the reporter's byline PER
DATE	1-4月
LOC	西安
ORG	华商报
ORG	华商报
ORG	西安市统计局
DATE	1-4月
LOC	西安市
DATE	1-4月
TERM	“两升一降”
DATE	1-4月
QUANT	187.41万吨标准煤
QUANT	13.2%
QUANT	3.9个百分点
DATE	一季度
QUANT	5.5个百分点
QUANT	11.3%
DATE	4月
QUANT	53.20万吨标准煤
QUANT	5.0%
QUANT	21.5%
DATE	一季度
QUANT	43.3个百分点
QUANT	7.4%
DATE	1-4月
QUANT	132.31万吨标准煤
QUANT	19.6%
QUANT	83.46万吨
DATE	1-4月
QUANT	340.95万吨
QUANT	83.46万吨
QUANT	18.3%
DATE	1-4月
QUANT	39.07亿千瓦
QUANT	18.3%
QUANT	19.4个百分点
QUANT	0.10亿千瓦时
QUANT	3.6%
QUANT	30.89亿千瓦时
QUANT	23.9%
QUANT	8.08亿千瓦时
QUANT	1.1%
QUANT	23.4%
DATE	1-4月
QUANT	6.18亿立方米
QUANT	23.4%
QUANT	4.77亿立方米
QUANT	77.3%
PER	杨德龙
ORG	华商报
PER	黄涛
""",
    "news-cn-sina-ningxia-daily-major-projects-showcase-2021": r"""
# the Ningxia Daily's league tables: 1—7月 one DATE (a range); the quoted board names TERM, unmarked section heads
# nothing; places LOC (宁东 the energy base, as 宁东基地); list numbers, 前二名 nothing
DATE	1—7月
TERM	“展示台”
TERM	“曝光台”
ORG	宁夏日报
DATE	1—7月
QUANT	1133个
QUANT	1116个
QUANT	675.9亿元
QUANT	54.4%
QUANT	3.8个百分点
QUANT	3%
QUANT	1.7%
DATE	1—7月
LOC	中卫市
QUANT	36.4%
LOC	吴忠市
QUANT	7.5%
DATE	1—7月
LOC	中宁县
QUANT	58.3%
LOC	海原县
QUANT	36.8%
LOC	沙坡头区
QUANT	27.4%
LOC	彭阳县
QUANT	27.4%
LOC	固原市
QUANT	100%
LOC	石嘴山市
QUANT	100%
LOC	吴忠市
QUANT	232亿元
QUANT	63.5%
LOC	固原市
QUANT	59亿元
QUANT	58.9%
LOC	隆德县
QUANT	5亿元
QUANT	81%
LOC	利通区
QUANT	34亿元
QUANT	75%
LOC	沙坡头区
QUANT	21亿元
QUANT	70%
# the responsible units: a railway bureau's command post one ORG; the railway section one LOC (包银高铁银川至惠农南段, as
# 沈白高铁) — doubtful (包银高铁 + 银川 + 惠农 the other reading); projects → the place inside (固原市, 石嘴山市星海湖 a
# place chain, 吴忠太阳山开发区 a named zone); companies ORG; 中石油 ORG + 青石峁气田 LOC
ORG	兰州局集团公司银川工程建设指挥部
QUANT	1个
LOC	包银高铁银川至惠农南段
LOC	固原市
QUANT	1个
LOC	固原市
ORG	自治区住房和城乡建设厅
QUANT	1个
LOC	石嘴山市
QUANT	2个
LOC	石嘴山市星海湖
ORG	宁夏金晶科技有限公司
LOC	宁东基地
QUANT	3个
ORG	宁夏百川科技有限公司
ORG	晓星集团
ORG	宁夏苏融达化工有限公司
LOC	吴忠市
QUANT	1个
ORG	中石油
LOC	青石峁气田
DATE	1—7月份
QUANT	100%
LOC	宁东
DATE	1—7月
LOC	银川市
LOC	宁东
QUANT	0.5%
LOC	石嘴山市
QUANT	1.3%
LOC	宁东
QUANT	25.3%
DATE	1—7月
LOC	西吉县
QUANT	13%
LOC	惠农区
QUANT	18.5%
LOC	西夏区
QUANT	34.9%
LOC	银川市
QUANT	98%
LOC	宁东
QUANT	95%
LOC	宁东
LOC	银川市
LOC	宁东
QUANT	258亿元
QUANT	52%
LOC	宁东
QUANT	201亿元
QUANT	38.9%
LOC	贺兰县
QUANT	23亿元
QUANT	46%
LOC	永宁县
QUANT	9亿元
QUANT	34%
LOC	中宁县
QUANT	35亿元
QUANT	29%
DATE	7月底
QUANT	5个
LOC	银川市
QUANT	2个
LOC	银川市
ORG	宁夏隆基乐叶科技有限公司
# 年产3GW → 3GW QUANT (digits with a unit, as 55GWh)
QUANT	3GW
LOC	吴忠市
QUANT	1个
LOC	吴忠太阳山开发区
ORG	自治区卫生健康委
QUANT	1个
ORG	自治区疾病控制中心
ORG	宁夏广播电视台
QUANT	1个
# 宁夏广播电视传输发射基地迁建项目 → LOC 宁夏 (a project, the place inside) — doubtful (the base one LOC the other reading)
LOC	宁夏
""",
    "wr-cn-2025-national-work-report-tasks-part": r"""
# the national work report's tasks: quoted formulas TERM; 5G, 6G nothing; 中国式现代化 nothing (batch 20); 今年,
# 三年 nothing
DATE	2025年
QUANT	3000亿元
TERM	“十四五”
QUANT	7350亿元
TERM	“两重”
TERM	“增品种、提品质、创品牌”
TERM	“人工智能+”
TERM	“双一流”
""",
    "news-cn-xinhuanet-university-museums-2025": r"""
# the Xinhua feature: museums LOC (earlier gold); a university with a museum of its own name → ORG + LOC (as 明德学院
# + 明志楼, 财大附中 + 青年楼); a university's museum with no name of its own (X大学博物馆, X大学艺术博物馆, X大学树木
# 标本馆, 中央美院美术馆) one LOC — doubtful (ORG + nothing the other reading); quoted speech nothing, the names
# inside it tagged; quoted words and nicknames TERM; exhibitions and lectures in 《》 TERM, books, music and paintings
# in 《》 DOC (as the held-out documents of this batch) — doubtful; N多个 / N余名 QUANT whole (as 300余个)
ORG	新华网
LOC	北京
DATE	4月9日
TERM	“大学”
ORG	新华网
PER	钱芳
TERM	“深闺”
TERM	“出圈”
TERM	“能见度”
ORG	国家文物局
DATE	2024年5月
QUANT	6833家
TERM	“藏在”
TERM	“博物馆热”
TERM	“小而特”
ORG	小红书
ORG	南京理工大学
LOC	兵器博物馆
QUANT	1200多个
QUANT	20万
TERM	“男孩子的快乐大本营”
DATE	3月21日
ORG	南理工实验小学
LOC	兵器博物馆
ORG	南理工
LOC	兵器博物馆
DATE	2024年1月
ORG	南理工
LOC	兵器博物馆
QUANT	122天
QUANT	5万多人次
ORG	南理工
LOC	兵器博物馆
PER	姜慧敏
TERM	“系出名门”
ORG	中国农业大学
LOC	中国饲料博物馆
ORG	新华社
PER	任超
LOC	山东大学博物馆
ORG	中国农业大学
LOC	饲料博物馆
TERM	“食品多样性”
ORG	江苏海事职业技术学院
LOC	郑和航海文化博物馆
PER	郑和
ORG	南京审计大学
LOC	货币博物馆
LOC	清华大学艺术博物馆
LOC	四川大学博物馆
TERM	“小身材”
ORG	南京农业大学
LOC	中华农业文明博物馆
TERM	“摊煎饼神器”
# 中国人 → 中国 (as 臺灣人民 → 臺灣)
LOC	中国
LOC	中国
TERM	“缩小版”
TERM	“小众”
TERM	“小切口”
DATE	3月8日
TERM	“春春江江花花月月”
LOC	中央美院美术馆
DOC	《良宵》
DOC	《思泉》
LOC	中国
DOC	《清明上河图》
TERM	“兰亭雅集”
ORG	成都理工大学
# 中国西部 → 中国 (西部 nothing, batch 20)
LOC	中国
LOC	成都自然博物馆
LOC	成都理工大博物馆
ORG	成都市人民政府
ORG	成都理工大学
LOC	成都理工大学博物馆
ORG	成都龙王庙正街小学
TERM	《化石及恐龙奥秘》
LOC	成都理工大学博物馆
PER	苏涛
TERM	《恐龙的奥秘》
TERM	《攀登精神》
TERM	《奇妙的矿物岩石》
DATE	2024年
QUANT	50场
QUANT	23个
QUANT	8500余名
PER	苏涛
TERM	“链”
TERM	“现代的回望：非洲艺术展”
LOC	清华大学艺术博物馆
QUANT	200件
LOC	非洲
DATE	2024年9月28日
LOC	清华大学艺术博物馆
TERM	《现代的回望：非洲艺术展》
LOC	清华大学艺术博物馆
# inside the visitor's quoted words: 非洲, 清华艺博 (李女士: a surname alone, nothing)
LOC	非洲
LOC	清华艺博
LOC	几内亚湾非洲国际艺术博物馆
LOC	清华大学艺术博物馆
ORG	清华大学中国-非洲领导力发展中心
LOC	清华艺博
TERM	《西方绘画500年——东京富士美术馆馆藏作品展》
TERM	《抟埴之工：古代东西文明交流中的陶瓷艺术》
# the museum's quoted motto TERM (quoted mottos, batch 20)
TERM	“化万物之变，以传承致远；揽海纳之势，以求索新创。”
LOC	清华大学艺术博物馆
ORG	江苏警官学院
LOC	南京指纹博物馆
DOC	《中国指纹史》
DOC	《中国指纹发明史考》
LOC	南京指纹博物馆
LOC	中国
ORG	南京中医药大学
LOC	江苏省中医药博物馆
TERM	“红人”
TERM	“进化版”
TERM	“针灸铜人虚拟三维查询系统”
LOC	江苏省中医药博物馆
TERM	“针灸铜人虚拟三维查询系统”
LOC	江苏省中医药博物馆
LOC	江苏省中医药博物馆
PER	沈劼
LOC	中国人民大学博物馆
PER	李贞实
LOC	中国人民大学博物馆
TERM	“宝藏老师进人博”
TERM	“活教材”
TERM	“第二课堂”
PER	李贞实
TERM	“大学”
TERM	“搬到”
TERM	“深闺”
TERM	“秀”
LOC	南京林业大学树木标本馆
# inside the host's quoted words: 江苏宜兴善卷洞 one LOC (a place chain)
LOC	江苏宜兴善卷洞
LOC	南京林业大学树木标本馆
QUANT	270多万
TERM	“走进”
ORG	南京市博物总馆
PER	宋燕
DATE	2024年6月
PER	宋燕
ORG	南京市文学艺术界联合会
QUANT	3个月
LOC	南京
QUANT	67家
TERM	“博物馆”
PER	宋燕
# 当年9月 → 9月; the joint exhibition → 南京 (an event, the place inside)
DATE	9月
LOC	南京
TERM	“博物馆”
TERM	“第一课”
TERM	“博物馆”
TERM	“大先生”
ORG	东南大学
LOC	四牌楼校区
LOC	吴健雄纪念馆
PER	吴健雄
ORG	南京航空航天大学
LOC	将军路校区
LOC	南航御风园
ORG	江苏警官学院
LOC	南京指纹博物馆
# the designations → the places inside (江苏, 来华 → 华, 中国); 南京市少先队 one ORG — doubtful
LOC	江苏
LOC	华
LOC	中国
ORG	南京市少先队
TERM	“藏、展、研、教”
ORG	江苏警官学院管理中心
PER	宁军丽
TERM	“教”
PER	宁军丽
ORG	中国传媒大学
LOC	传媒博物馆
ORG	新华社
PER	鞠焕宗
ORG	中国传媒大学
LOC	传媒博物馆
LOC	传媒博物馆
TERM	“红色广电的荣光”
TERM	“传媒小博历险记”
LOC	传媒博物馆
ORG	中国传媒大学
LOC	传媒博物馆
PER	张遵璐
ORG	中国地质大学珠宝学院
ORG	北京市高校博物馆联盟
PER	施光海
DATE	2011年
DOC	《国家文物局、教育部关于加强高校博物馆建设与发展的通知》
QUANT	3000平方米
PER	施光海
TERM	“大学”
TERM	“大学”
# the credits: 林明 (策划), 李欣, 王碧姣 PER
PER	林明
PER	李欣
PER	王碧姣
""",
    "wr-fj-pingtan-approval-bureau-2022-summary-2023-plan-part": r"""
# the Pingtan portal's frame as in this batch's other Pingtan documents; the bureau ORG whole in the title lines, 区行政
# 审批局 ORG (as 市交通委), 区党工委, 管委会, 我局 nothing (generic); 党的二十大 nothing; every quoted formula TERM
# (regex below, read one by one); 台胞台企 nothing (as 台湾同胞); 1/3 nothing (a fraction without a unit)
ORG	平潭综合实验区行政审批局
ORG	平潭综合实验区行政审批局
ORG	区行政审批局
LOC	福建自贸试验区
LOC	平潭片区
LOC	平潭综合实验区
ORG	省营商办
ORG	省自然资源厅办公室
LOC	福州都市圈
DOC	《2022年营商环境专项治理行动方案》
ORG	省纪委监委
LOC	平潭
ORG	省纪委
# named projects LOC (大练旅游环岛路, the developments 融信创世纪, 英鑫国际) — doubtful (nothing, or ORG 融信 / 英鑫, the
# other readings)
LOC	大练旅游环岛路
LOC	融信创世纪
LOC	英鑫国际
DOC	《关于进一步规范招标活动的通知》
# 数字平潭 → 平潭 (a programme, the place inside); 区智慧岛公司 → 智慧岛公司 (as the held-out bulletin); 返岚, 来岚 → 岚
# (Pingtan's one-character name, as 来澳 → 澳)
LOC	平潭
ORG	智慧岛公司
LOC	岚
LOC	岚
DOC	《平潭综合实验区档案工作创新改革实施方案》
*TERM	“[^”]*”
*DATE	2023-12-14|20\d\d年
# QUANT: every count and amount with its unit (N多 / N余 whole; 近93% → 93%, 约50% → 50%); 1个工作日 QUANT; 六千余万元
# nothing (no digit); 第19批, 二期, OSM, IP nothing
*QUANT	\d+(?:\.\d+)?(?:万|亿)?多?(?:%|个工作日|个|项|条|家|件|户|枚|元|宗|份|人次|次|场|起)
""",
    "gw-js-nantong-private-economy-decision-2025": r"""
# the city standing committee's decision as the held-out Hubei decision: the title line (twice) → the body ORG; the
# adopting and approving committees with their terms one ORG each; the quoted formulas and platform names TERM
# (regex below); generic bodies (市、县级人民政府, the 部门, 人民法院, 人民检察院, 监察机关) nothing; 工商业联合会 ORG
# (as 工商联, batch 20); named development zones LOC whole
ORG	南通市人民代表大会常务委员会
ORG	南通市人民代表大会常务委员会
DATE	2025年11月5日
ORG	南通市第十六届人民代表大会常务委员会
DATE	2025年11月27日
ORG	江苏省第十四届人民代表大会常务委员会
DOC	《中华人民共和国民营经济促进法》
ORG	中国共产党
LOC	南通经济技术开发区
LOC	南通苏锡通科技产业园区
LOC	江苏省通州湾江海联动开发示范区
ORG	工商业联合会
LOC	长江三角洲
LOC	苏南
LOC	上海
# 长江口产业创新绿色发展协同区 one LOC (a named zone, as 周口国家农高区) — doubtful (长江口 alone the other reading)
LOC	长江口产业创新绿色发展协同区
ORG	工商业联合会
ORG	张謇企业家学院
# 通商群体 nothing (通 as Nantong's one-character name inside a word) — doubtful; 中国特色 → 中国 (earlier gold)
LOC	中国
LOC	南通
LOC	南通
ORG	工商业联合会
# the brand events → 南通 (the place inside); the city's supervision platform → 南通市; 12345 (a hotline) nothing
LOC	南通
LOC	南通
LOC	南通市
ORG	工商业联合会
DATE	2026年1月1日
*TERM	“[^”]*”
""",
    "reg-cn-ancient-famous-trees-protection-2025": r"""
# the State Council's regulation as printed in the People's Daily: the unmarked title line nothing; 《人民日报》 ORG
# without the marks (a newspaper, as 《北京日報》); 第 15 版 nothing; the decree heading and its number one DOC across
# the line break (国务院令第513号 is DOC in earlier gold) — doubtful (DOC 第800号 alone, or ORG 中华人民共和国国务院 the
# other readings); the premier's name as written, with its spaces (李  强) PER
ORG	人民日报
DATE	2025年03月13日
DOC	中华人民共和国国务院令\n第800号
DOC	《古树名木保护条例》
DATE	2025年1月3日
ORG	国务院
DATE	2025年3月15日
PER	李  强
DATE	2025年1月25日
ORG	中国共产党
# 中华优秀传统文化 nothing (earlier gold); 全国绿化委员会 ORG; 国务院 ORG inside 国务院林业主管部门, 国务院古树名木主管部门
# and 国务院有关部门 (the named body; the departments described) — as the held-out Hubei decision
ORG	全国绿化委员会
ORG	全国绿化委员会
DATE	2025年3月15日
ORG	新华社
*ORG	国务院
# ages, spans and fines QUANT (树龄100年, 每10年, 30日内, 5年内, 50万元 …)
*QUANT	\d+(?:年|万元|日)
""",
}
