"""Reading lists of the batch-26 entity gold, pass 1 (branch issue-e26p1-s20); see build_batch.py for the
line format and README-batch26.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-cn-cau-student-loan-receipts-notice-2024": r"""
DATE	2024年
# the issuing offices of an unnamed university ORG (研究生院 named as the source, not as a short reference to a
# body named before) — doubtful (nothing, as 学院 / 集团 in batch 20, the other reading)
ORG	研究生院
ORG	党委研究生工作部
DATE	2024-08-22
# 访问量：213 nothing (a page counter, no measure word); the school year with its range one DATE — doubtful
DATE	2024-2025学年
# the quoted certificate TERM with its marks (as the quoted notice in batch 20); the form in 《》 DOC
TERM	“生源地信用助学贷款受理证明”
DOC	《2024年生源地信用助学贷款研究生信息汇总表》
# 烟台、海南专项: the two programmes named by their places → LOC each
LOC	烟台
LOC	海南
DATE	8月24日
DOC	《2024年生源地信用助学贷款研究生信息汇总表》
ORG	研工部
# campus buildings LOC (as 明志楼, batch 19/20); room numbers out — doubtful
LOC	西区主楼
ORG	学生资助管理中心
LOC	东校区一号学生公寓
DOC	《关于开展2024年研究生学费缓缴（绿色通道）申请工作的通知》
PER	杨梦妍
LOC	西区主楼
ORG	党委研究生工作部
ORG	研究生院
DATE	2024年8月22日
# the attachment file name: the year inside DATE, the file name itself nothing (no marks)
DATE	2024年
""",
    "news-cn-bank-wealth-management-rebound-2026": r"""
DATE	二季度
DATE	二季度
DATE	一季度
# 《证券日报》 ORG without the marks (newspapers, earlier gold); the quoted data provider ORG without the marks,
# its platform nothing
ORG	证券日报
ORG	普益标准
DATE	4月份
DATE	5月份
DATE	5月末
QUANT	31.65万亿元
DATE	3月末
# 超7647亿元 → 7647亿元
QUANT	7647亿元
DATE	二季度
ORG	中信证券
# the economist's pen name 明明 PER
PER	明明
ORG	证券日报
ORG	普益标准
PER	屈颖
DATE	5月份
PER	屈颖
DATE	5月末
QUANT	19.38%
QUANT	77.62%
DATE	4月末
QUANT	0.11个百分点
QUANT	0.08个百分点
DATE	5月份
ORG	普益标准
DATE	5月份
DATE	4月份
QUANT	1.32个百分点
QUANT	2.08%
PER	屈颖
PER	明明
PER	屈颖
TERM	“固收+”
PER	屈颖
""",
    "news-cn-xwlb-digest-20260620": r"""
# the header as in every digest: 《新闻联播》 DOC twice, the date and 20260620 DATE, 15 条 QUANT, 19:00 out; 央视网
# ORG, the bracketed (新闻联播) out; ASCII-quoted formulas TERM (the marks decide), entities inside them count
DOC	《新闻联播》
DATE	2026年6月20日
QUANT	15 条
DOC	《新闻联播》
DATE	20260620
ORG	央视网
PER	习近平
# a named historic quarter with its city one LOC (place chain)
LOC	苏州平江历史文化街区
# 2500多年 QUANT (as 80多年)
QUANT	2500多年
DATE	2023年7月
PER	习近平
LOC	平江历史文化街区
# 水韵姑苏 → 姑苏 (Suzhou's old name) — doubtful
LOC	姑苏
# 今年上半年 → 上半年; 超1500万人次 → 1500万人次
DATE	上半年
LOC	平江历史文化街区
QUANT	1500万人次
PER	习近平
TERM	"老人"
TERM	"绣花"
TERM	"十四五"
QUANT	145座
QUANT	1300余片
QUANT	7.2万处
TERM	"十五五"
QUANT	1.5万处
QUANT	300片
TERM	"千城一面、万楼一貌"
# 福建泉州古城 one LOC (a chain ending in the named old town) — doubtful
LOC	福建泉州古城
QUANT	170多条
LOC	闽南
TERM	"原工艺、原形制、原做法"
TERM	"能用尽用"
LOC	闽南
LOC	晋江
LOC	泉州
LOC	浙江绍兴
QUANT	8片
QUANT	1.4万多幢
QUANT	210多户
TERM	"微改造"
TERM	"一户一策"
TERM	"十五五"
LOC	景德镇
QUANT	160多处
# 浮梁茶, 景德瓷 → the places (products named by place) — 景德 doubtful
LOC	浮梁
LOC	景德
QUANT	70万人次
LOC	西安城墙
LOC	河北正定古城
# 潮州广济桥头 → the bridge with its city (头 out)
LOC	潮州广济桥
LOC	常德河街
LOC	平遥老街
ORG	央视网
TERM	"七一"
# the exhibition hall as a venue LOC (museums as venues, batch-11 D-6) — doubtful
LOC	中国共产党历史展览馆
QUANT	2500余幅
# 3500多件（套）, 150万件（套） → the count without the bracket
QUANT	3500多件
LOC	中国共产党历史展览馆
QUANT	600万人次
ORG	中国共产党
QUANT	105周年
QUANT	90周年
LOC	北大红楼
LOC	中共一大会址
LOC	贵州遵义
LOC	陕西延安
QUANT	4.2万余处
QUANT	150万件
QUANT	37个
ORG	央视网
DATE	6月20日
# 第41届广州国际龙舟邀请赛 an unquoted event → the place inside (batch 20)
LOC	广州
QUANT	20个
QUANT	100多支
LOC	北京城市副中心
LOC	大运河
TERM	"美食＋文创"
LOC	腾格里沙漠
LOC	宁夏中卫沙坡头
LOC	黄河
TERM	"沙海冲浪"
LOC	浙江上虞
LOC	重庆武隆区
# the world-heritage name one LOC — doubtful
LOC	中国南方喀斯特
LOC	江苏扬州
TERM	"端午十二红"
TERM	"十二红"
LOC	甘肃敦煌鸣沙山月牙泉
# 丝路文化 → 丝路 (as 丝路精神)
LOC	丝路
LOC	莫高窟
LOC	敦煌
LOC	海南海口骑楼老街
LOC	内蒙古呼和浩特塞上老街
# 三百多年 nothing (no digit); the historic trade route LOC — doubtful
LOC	万里茶道
ORG	央视网
DATE	6月20日
QUANT	1224万人次
QUANT	598列
QUANT	3980万辆次
QUANT	2.07%
LOC	长江干线
LOC	普陀山
QUANT	10%
ORG	交通运输部
QUANT	2亿人次
QUANT	2.4%
# 中欧班列 LOC (the named rail service, as in the Zhejiang report); quoted "中欧班列" TERM (the marks decide)
LOC	中欧班列
QUANT	10.8倍
ORG	央视网
ORG	国铁集团
DATE	2016年6月
LOC	渝新欧
LOC	蓉新欧
LOC	义新欧
LOC	汉新欧
TERM	"中欧班列"
QUANT	10年
LOC	中欧班列
DATE	2016年
QUANT	1702列
DATE	2025年
QUANT	20022列
QUANT	10.8倍
DATE	2020年
LOC	中欧班列
# the service's portal → the service inside — doubtful
LOC	中欧班列
LOC	里海
DATE	6月10日
LOC	中欧班列
LOC	中国
QUANT	129个
LOC	中欧班列
LOC	欧洲
QUANT	26个
QUANT	236个
DATE	2016年
QUANT	113个
QUANT	216个
LOC	亚欧
ORG	央视网
LOC	河南许昌
TERM	"发烧"
ORG	工业和信息化部
QUANT	111家
# a named alliance of central enterprises ORG — doubtful
ORG	中央企业科技成果产业化联合体
DATE	5月份
QUANT	15.1%
QUANT	57%
QUANT	4.9个百分点
LOC	中国
ORG	央视网
LOC	中国
# 陆家嘴论坛 → the place inside (a forum, as the unquoted contests of batch 20)
LOC	陆家嘴
LOC	中国
LOC	中国
LOC	陆家嘴
DOC	《上海国际金融中心发展离岸金融行动方案》
LOC	上海
# 来华 → 华
LOC	华
LOC	中国
# the column 【文化中国行】 → 中国 inside (as 【武漢肺炎大爆發】 → 武漢); the quoted “香” TERM
LOC	中国
TERM	“香”
ORG	央视网
DATE	6月20日
# the programme in 《》 DOC (as 《种墨园》)
DOC	《文化中国行》
LOC	江苏徐州马庄村
TERM	"香囊"
LOC	江苏徐州
# 中国人 → 中国 (as 臺灣人民 → 臺灣)
LOC	中国
TERM	"贴身之物"
TERM	"衣冠疗法"
LOC	中国
LOC	马庄村
PER	王秀英
QUANT	1000多名
QUANT	27岁
PER	孙歌尧
TERM	"七十二变"
TERM	"胖"
TERM	"长"
TERM	"苏超"
TERM	"蒙超"
LOC	日本
LOC	韩国
LOC	马来西亚
TERM	"中国香"
ORG	央视网
DATE	5月份
QUANT	6.9%
ORG	国家能源局
DATE	5月份
QUANT	8671亿千瓦时
QUANT	6.9%
DOC	《促进平台经济大中小企业协同发展行动方案（2026—2028年）》
ORG	工业和信息化部
DOC	《方案》
DATE	2028年
QUANT	100个
LOC	大渡河金川水电站
DATE	6月20日
ORG	国家能源集团
LOC	大渡河金川水电站
QUANT	86万千瓦
QUANT	35亿度
# 2026暑期档 (the bare year before a season) nothing — doubtful; 2026年暑期档 → 2026年
QUANT	10亿元
DATE	6月20日
DATE	2026年
QUANT	10亿元
QUANT	3亿
QUANT	80部
DOC	《给阿嬷的情书》
QUANT	18亿元
# 中国港澳地区 → 中国 + 港 + 澳 — doubtful
LOC	中国
LOC	港
LOC	澳
LOC	新加坡
LOC	马来西亚
DATE	2026年
QUANT	167亿元
TERM	"电影+"
QUANT	2600亿元
ORG	央视网
LOC	中国
LOC	加拿大
LOC	渥太华
LOC	北美地区
QUANT	33年
# 全英中华端午龙舟会 (an event) → 英 — doubtful
LOC	英
LOC	英国大曼彻斯特地区索尔福德市
QUANT	50支
LOC	南半球
LOC	非洲大陆
LOC	南非开普敦
# the quoted festival name TERM whole with its marks (batch 20)
TERM	"文化中国·开普敦龙舟节"
QUANT	12支
LOC	巴西
LOC	圣保罗
LOC	里约热内卢
TERM	"粽叶飘香·端午雅集"
DATE	19日
LOC	新西兰
LOC	阿联酋迪拜
LOC	缅甸仰光
LOC	瑞典斯德哥尔摩
LOC	塞尔维亚贝尔格莱德
LOC	中国
LOC	中国
LOC	中国
LOC	日本
ORG	央视网
LOC	日本
TERM	"安保三文件"
# the Diet's constitution committee ORG — doubtful
ORG	宪法审查会
DATE	19日
LOC	日本
# 日本国会 one ORG (as 伊朗外交部) — doubtful (LOC, the place of the rally, the other reading)
ORG	日本国会
LOC	伊朗
LOC	伊
LOC	美
ORG	央视网
ORG	伊朗外交部
PER	巴加埃
DATE	19日
LOC	瑞士
LOC	美国
LOC	伊朗
LOC	伊
LOC	美
LOC	伊朗
PER	阿拉格齐
LOC	美国
LOC	黎巴嫩
DATE	19日
LOC	美国
LOC	以色列
ORG	黎巴嫩真主党
DATE	19日
LOC	黎巴嫩
DATE	19日
DATE	6月20日
LOC	以色列
LOC	黎
LOC	奈拜提耶
LOC	美国
DATE	19日
LOC	美国
PER	威特科夫
LOC	瑞士
LOC	伊朗
ORG	白宫
LOC	伊朗
LOC	巴基斯坦
PER	纳克维
LOC	伊朗
LOC	德黑兰
LOC	伊朗
LOC	伊
LOC	美
ORG	央视网
ORG	欧盟
ORG	欧盟
LOC	俄
ORG	欧洲理事会
PER	科斯塔
DATE	19日
ORG	欧盟
LOC	俄罗斯
ORG	欧盟
LOC	乌克兰
LOC	俄
PER	佩斯科夫
LOC	欧洲
# 1死89伤 nothing (no measure word)
LOC	英国贝德福德
LOC	英国贝德福德地区
DATE	19日
QUANT	89名
QUANT	11人
ORG	东米德兰兹铁路公司
LOC	科比
LOC	诺丁汉
LOC	伦敦
ORG	央视网
""",
    "wr-xizang-2026": r"""
# the header as in the other 2026 work reports: 2026年 + the region in the title, the congress without 第四次会议,
# 西藏日报 ORG, the chairman PER; 自治区人民政府, 自治区党委 generic (as 省政府, 省委); the page tool lines nothing
DATE	2026年
LOC	西藏自治区
DATE	2026年1月31日
ORG	西藏自治区第十二届人民代表大会
ORG	西藏日报
DATE	2026-02-12
PER	嘎玛泽登
LOC	林芝市嘎拉村
# a named hydropower project LOC whole (as the Guangxi works) — doubtful
LOC	雅下水电工程
ORG	中国雅江集团
# 定日地震 → 定日; 中央政治局常委会会议 → the standing committee one ORG — doubtful
LOC	定日
LOC	定日
ORG	中央政治局常委会
# works LOC whole where named as lines (as 黔桂铁路, 崇左至凭祥铁路); 青藏铁路格拉段电气化改造工程 → the line's
# section — doubtful; 湘河、拉洛水利枢纽 → 湘河 + 拉洛水利枢纽 (as 陆浑、故县、河口村水库)
LOC	金上至湖北特高压直流输电工程
LOC	川藏铁路
LOC	藏粤直流
LOC	青藏铁路格拉段
LOC	湘河
LOC	拉洛水利枢纽
LOC	拉萨八廓古城
ORG	自治区政府国资委
# 2025·中国西藏发展论坛 → the place chain inside, the year nothing (as 2025中国足协杯) — doubtful;
# 第二次青藏科考 → 青藏 — doubtful
LOC	中国西藏
LOC	青藏
ORG	西藏农牧学院
ORG	西藏农牧大学
ORG	拉萨师范高等专科学校
ORG	日喀则职业技术学院
ORG	中国西藏环喜马拉雅藏医药研究中心
ORG	四川大学华西医院西藏医院
# a show in 《》 DOC (as 《种墨园》); 央视春晚拉萨分会场 → ORG 央视 + LOC 拉萨 — doubtful
DOC	《雪域欢歌》
ORG	央视
LOC	拉萨
LOC	玛不错遗址
# 跨喜马拉雅国际公路自行车极限赛 (an event) → 喜马拉雅
LOC	喜马拉雅
DOC	《中华人民共和国青藏高原生态保护法》
# 4A级 nothing (as 5A级); 南北山绿化工程 → 南北山 — doubtful
LOC	南北山
LOC	青藏高原
LOC	错那
LOC	米林
ORG	自治区人大常委会
ORG	自治区人大
# 政协 after 自治区人大 (the distributed 自治区) ORG
ORG	政协
ORG	武警
# every quoted formula TERM (“十四五”, “四件大事”, “7+1”, “拉萨不夜城”, “雅江1号” …)
*TERM	“[^”]+”
*PER	习近平
# 习近平新时代中国特色社会主义思想 → 习近平 + 中国 (batch 19)
*LOC	(?<=习近平新时代)中国(?=特色)
*ORG	党中央|国务院
# 西藏 everywhere else LOC (美丽西藏, 新西藏, 西藏工作, 西藏铸牢…论坛 → 西藏)
*LOC	西藏
# 治藏, 援藏, 驻藏 → 藏 (as 驻豫, 援藏); 藏传佛教 nothing
*LOC	(?<=[驻援治])藏
*DATE	(?<!\d)\d{4}年
# counts, amounts, percents; 60年来, 5年来, 连续5年 → N年 (as 近3年); 千亿元, 百万吨 nothing (no digit)
*QUANT	(?<![\d.])\d+(?:\.\d+)?(?:万亿元|(?:万|亿)?(?:元|千瓦|人次|人|套|亩)|%|个百分点|个|户|家|名|件|枚|次|米|级|周年)|(?<![\d.])\d{1,2}年
""",
    "gw-cn-spp-criminal-law-article12-notice-1997": r"""
# the unmarked 修订刑法, article numbers nothing; the meeting's committee with its procuratorate and term one ORG
# (as 政协第十四届全国委员会常务委员会) — doubtful (ORG 最高人民检察院 + ORG 检察委员会 the other reading)
ORG	最高人民检察院
DATE	1997年9月24日
ORG	最高人民检察院第八届检察委员会
DATE	1997年9月30日
DATE	1997年10月1日
# 1979年刑法 → the year (an unmarked law name with a year) — doubtful; the unmarked regulation's full name → LOC
# 中华人民共和国 inside (batch 20: the oath's law name) — doubtful; 公安机关, 人民法院 generic nothing
DATE	1979年
LOC	中华人民共和国
ORG	全国人大常委会
TERM	“依照”
TERM	“比照”
DATE	1997年10月1日
DATE	10月1日
ORG	最高人民检察院
DATE	1997年10月6日
""",
    "news-cn-sichuan-tieke-party-study-2017": r"""
# (session 20, h20: the HTML reader now keeps the page's <h3> title and its date/来源 line, read by the same
# guideline; the company's short name 四川铁科 ORG, the ISO date DATE as batch 20's)
ORG	四川铁科
DATE	2017-08-10
ORG	四川铁科建设监理有限公司
DATE	8月8日
ORG	四川铁科建设监理有限公司
# the quoted theme TERM whole (下半年 inside it)
TERM	“学先进转作风强执行，全面推动下半年任务目标落实”
PER	李明军
PER	梁栋
DATE	下半年
PER	廖俊波
# the research team → its institute ORG + the place it is named by LOC — doubtful (the team ORG whole, as batch
# 20's teams, the other reading)
ORG	中铁科研院西北院
LOC	风火山
ORG	铁路总公司
ORG	中国中铁股份公司
ORG	中铁科研院
DATE	下半年
""",
    "news-cn-rmb-central-parity-fixing-2026": r"""
# the bare rate 6.8109 (no unit) nothing; 41个基点 QUANT
QUANT	41个基点
ORG	中国经济网
LOC	北京
DATE	6月12日
ORG	中国外汇交易中心
QUANT	41个基点
ORG	中国人民银行
ORG	中国外汇交易中心
DATE	2026年6月12日
# amounts with 人民币 before them one QUANT (batch 20, 人民幣28,200元); every currency amount QUANT whole, the
# currency's country inside nothing
*QUANT	人民币\d+(?:\.\d+)?元|\d+(?:\.\d+)?(?:美元|欧元|日元|港元|英镑|澳大利亚元|新西兰元|新加坡元|瑞士法郎|加拿大元|澳门元|马来西亚林吉特|俄罗斯卢布|南非兰特|韩元|阿联酋迪拉姆|沙特里亚尔|匈牙利福林|波兰兹罗提|丹麦克朗|瑞典克朗|挪威克朗|土耳其里拉|墨西哥比索|泰铢)
""",
    "reg-cn-prescription-otc-classification-1999": r"""
# the unmarked title nothing; the order number with its issuer one DOC (earlier gold)
DATE	1999年6月18日
DOC	国家药品监督管理局令第10号
DATE	2000年1月1日
DOC	《中共中央、国务院关于卫生改革与发展的决定》
ORG	国家药品监督管理局
ORG	国家药品监督管理局
# licences in 《》 DOC (as the forms 《…告知书》)
DOC	《药品生产企业许可证》
ORG	国家药品监督管理局
DOC	《药品经营企业许可证》
ORG	国家药品监督管理局
# full-width digits are digits
DATE	２０００年１月１日
""",
    "gw-cn-csrc-verification-record-rules-1998": r"""
# the unmarked heading lines nothing but the commission; the guideline's name in 《》 DOC each time; 我会 nothing
ORG	中国证券监督管理委员会
DOC	《验证笔录的内容与格式（试行）》
DATE	1998年4月1日
DOC	证监发字[1998]41号
DOC	《验证笔录的内容与格式（试行）》
DOC	《中华人民共和国公司法》
DOC	《公司法》
DOC	《股票发行与交易管理暂行条例》
DOC	《股票条例》
ORG	中国证券监督管理委员会
ORG	证监会
# 证监舍 (the scan's misreading of 证监会) ORG as written (as 上海市交通委员, batch 20) — doubtful
ORG	证监舍
QUANT	2名
ORG	证监会
DOC	证监发字[1998]41号
DOC	《聘请律师协议》
# the quoted sentence to be written into the record is quoted text, not a term: the act inside DOC, article
# numbers nothing — doubtful (TERM for the whole quotation the other reading)
DOC	《股票条例》
QUANT	3年
""",
    "gw-sh-fengxian-city-checkup-plan-2026": r"""
# the tool's preamble as in earlier Shanghai notices (上海市 LOC, the copyright law DOC); the plan's name in 《》 DOC
LOC	上海市
DOC	《中华人民共和国著作权法》
DOC	《2026年奉贤区城市体检工作方案》
PER	习近平
ORG	住房城乡建设部
ORG	上海市住建委
DOC	《2026年上海市城市体检工作方案》
DOC	沪建综规〔2026〕132号
DOC	《2026年奉贤区城市体检工作方案》
# the signing body as written (委委员会)
ORG	奉贤区建设和管理委委员会
DATE	2026年4月27日
# the unmarked title line → the year and the district
DATE	2026年
LOC	奉贤区
PER	习近平
# 中共中央国务院 → ORG 中共中央 + ORG 国务院; 上海市《…》 → LOC 上海市 (the issuing city named by place) — doubtful
ORG	中共中央
ORG	国务院
DOC	《关于推动城市高质量发展的意见》
LOC	上海市
DOC	《关于高质量建设现代化人民城市的实施意见》
ORG	上海市住房和城乡建设管理委员会
DOC	《关于开展2026年上海城市体检工作的通知》
DOC	沪建综规〔2026〕132号
ORG	奉贤区建设和管理委员会
DATE	2026年
LOC	奉贤区
LOC	奉贤区
DATE	2027年
LOC	南桥镇
LOC	庄行镇
LOC	奉城镇
LOC	金汇镇
TERM	“15分钟社区生活圈”
QUANT	1个
# 2000年底 one DATE (as 2022年末)
DATE	2000年底
LOC	奉贤区
DATE	2026年
ORG	区建设管理委
DOC	《风险隐患告知书》
DATE	2026年4月
DATE	5月31日
DATE	6月30日
ORG	市住房城乡建设管理委
# the attachment lines: the year (written with a space) and 上海市 inside; the item numbers out
DATE	2026 年
LOC	上海市
DATE	2026 年
LOC	上海市
""",
    "gw-sh-transport-business-environment-plan-2026": r"""
# the tool's preamble as in earlier Shanghai notices; 委机关各处室, 委属各单位, 市委, 市政府 nothing; the meeting's
# ordinal (第5次主任办公会议) nothing, its year DATE
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员会
DOC	《上海市交通领域持续优化营商环境行动方案（2026年）》
DOC	《上海市交通领域持续优化营商环境行动方案（2026年）》
ORG	市交通委
DATE	2026年
ORG	上海市交通委员会
DATE	2026年4月15日
# the unmarked title line → the city and the year
LOC	上海市
DATE	2026年
# a named legal community of Shanghai's shipping bodies ORG — doubtful
ORG	上海航运法律共同体
QUANT	2项
QUANT	6个
QUANT	23项
DOC	《道路运输经营许可证》
DOC	《道路运输证》
# 部海事局 (the ministry's maritime bureau, the ministry unnamed) ORG as written — doubtful
ORG	部海事局
LOC	上海化工区
QUANT	10万吨
# 长江航运 → 长江
LOC	长江
ORG	市司法局
# every quoted formula, service and app name TERM (“一带一路”, “长数链”, “随申行”, “一网通办” …)
*TERM	“[^”]+”
*LOC	长三角
*LOC	长江经济带
*LOC	上海(?!市)
""",
    "news-cn-wind-morning-briefing-20240802": r"""
# the column's name → the place inside (陆家嘴) — doubtful; 星期五, clock times, the page's buttons nothing; the
# numeric month-day 08-02 DATE (as 2026-02-12) — doubtful; Wind ORG everywhere (also the maker of Wind AI)
LOC	陆家嘴
DATE	2024年8月2日
DATE	08-02
# 第5年 an ordinal nothing; 满4年, 1年 QUANT (by the pattern below)
ORG	比亚迪
ORG	赛力斯汽车
ORG	理想汽车
ORG	蔚来
ORG	小鹏汽车
# 小米SU7 (a product) → its maker
ORG	小米
ORG	零跑汽车
ORG	极氪
ORG	哪吒
# a country's central bank one ORG (as 伊朗外交部) — doubtful
ORG	英国央行
ORG	货币政策委员会
ORG	英国央行
ORG	英国央行
ORG	苹果
# iPhone, Mac, iPad (products) nothing; 大中华区 (a sales region) LOC — doubtful
LOC	大中华区
ORG	苹果
LOC	美国
# index names nothing whole (tech-stocks report: 上证指数, 创业板指 …), also with a country or a publisher inside
# (标普500指数, 万得美国TAMAMA科技指数, 德国DAX指数, 香港恒生指数) — doubtful; their digits left uncovered
ORG	波音
ORG	英特尔
ORG	英伟达
ORG	特斯拉
ORG	高途集团
ORG	极氪
LOC	欧洲
LOC	亚太
# 美油 (US crude) → 美 — doubtful; 布油 nothing; the contract months DATE
LOC	美
ORG	COMEX
ORG	COMEX
LOC	伦敦
ORG	LME
ORG	LME
ORG	LME
ORG	LME
ORG	LME
ORG	LME
ORG	芝加哥期货交易所
ORG	CBOT
# 欧债 → 欧, 美债 → 美 (as 美媒 → 美) — doubtful; maturities (10年期, 2年期, 7天期) nothing
LOC	欧
LOC	英国
LOC	法国
LOC	德国
LOC	意大利
LOC	西班牙
LOC	美
LOC	美
LOC	美
LOC	美
LOC	美
LOC	美
LOC	纽约
# bare rates and index levels (104.34, 1.0792, 7.2516, PMI 46.8) nothing; 非美货币 nothing
# 财新中国制造业PMI → the publisher and the country (as 新华 in 新华·波罗的海…指数, batch-7 D3) — doubtful
ORG	财新
LOC	中国
ORG	财新智库
PER	王喆
ORG	央行
ORG	央行
ORG	国家发改委
TERM	“两重”
ORG	海关总署
LOC	海南自贸港
LOC	上海东方枢纽国际商务合作区
ORG	中国天气网
LOC	江淮
LOC	江南
LOC	杭州
LOC	北京
QUANT	1200亿
ORG	比亚迪
ORG	万华化学
ORG	上交所
ORG	美的集团
ORG	比亚迪
ORG	中际旭创
ORG	长安汽车
ORG	立讯精密
ORG	宁德时代
QUANT	人民币3884.22亿元
ORG	社保基金
ORG	社保基金
ORG	社保基金
ORG	西部矿业
ORG	新集能源
ORG	海大集团
ORG	玖龙纸业
ORG	太阳纸业
ORG	经济观察网
PER	姜诚君
ORG	海通证券
PER	姜诚君
PER	姜诚君
ORG	海通证券
ORG	小米汽车
ORG	小米
ORG	易方达基金
TERM	“注入”
ORG	人保资本
# a named fund ORG (as 浙江社保科创基金); the unnamed 银发产业投资基金 nothing
ORG	人保现代化产业基金
ORG	新华保险
ORG	人保资本
ORG	中国人寿
TERM	“活水”
ORG	中指研究院
TERM	“以价换量”
ORG	广州住房公积金管理中心
ORG	广州住建局
LOC	广州市
ORG	广州市房地产中介协会
LOC	广州市
# the data platform → the place inside
LOC	深圳
LOC	深圳
LOC	江西南昌
TERM	“以旧换新”
TERM	“解约保护期”
# the developer's local company ORG + the estate LOC — doubtful
ORG	东莞万科
LOC	中天·世纪水岸
TERM	“买一套送一套”
ORG	东莞万科
ORG	交通运输部
ORG	财政部
DOC	《新能源城市公交车及动力电池更新补贴实施细则》
ORG	工信部
ORG	国家电网
# a named transmission line LOC whole (as the Xizang works) — doubtful
LOC	甘肃至浙江±800千伏特高压直流输电工程
ORG	Omdia
DATE	2024-2030年
ORG	欧盟
DOC	《人工智能法案》
ORG	欧盟
ORG	欧盟
ORG	日本央行
LOC	美国
# ISM, 标普全球, 挑战者 (the publishers of the surveys) ORG — doubtful
ORG	ISM
LOC	美国
ORG	标普全球
LOC	美国
# 增加1.4万 → 1.4万 (a bare 万 number, as 逾10億 → 10億)
QUANT	1.4万
LOC	美国
ORG	挑战者
LOC	美国
LOC	欧元区
LOC	德国
LOC	法国
LOC	韩国
ORG	韩国产业通商资源部
LOC	韩国
# 对华 → 华, 对美 → 美 (by lookaround below: a plain string would land on 美元 first)
LOC	华
LOC	澳大利亚
ORG	高途集团
ORG	极氪
ORG	好未来
ORG	盛美半导体
ORG	大全新能源
ORG	汽车之家
ORG	金山云
ORG	亚玛芬体育
ORG	新濠博亚娱乐
ORG	尚乘数科
ORG	能链智电
ORG	蔚来汽车
ORG	小鹏汽车
ORG	理想汽车
ORG	日本交易所集团
ORG	欧盟委员会
ORG	慧与科技
ORG	瞻博网络
ORG	Elliott Management
ORG	星巴克
ORG	本田
ORG	日产
ORG	三菱汽车
ORG	本田
ORG	日产
LOC	韩国
ORG	现代汽车
ORG	起亚
ORG	丰田汽车
ORG	丰田
ORG	宝马
ORG	大众汽车
# 在华 → 华
LOC	华
ORG	巴克莱银行
ORG	壳牌
ORG	好时
ORG	百健
ORG	好未来
ORG	康菲石油
ORG	Snap
ORG	英特尔
ORG	英特尔
ORG	英特尔
QUANT	32年
ORG	英特尔
ORG	亚马逊
# AWS (the company's cloud business) ORG — doubtful
ORG	AWS
ORG	亚马逊
# 沪铅, 沪镍 … (Shanghai futures) → 沪 — doubtful; 20号胶 nothing
LOC	沪
LOC	沪
LOC	沪
LOC	沪
LOC	沪
LOC	沪
LOC	沪
ORG	欧佩克+
LOC	美国
ORG	EIA
ORG	上海有色网
# 连跌4日 → 4日 (a count of days) — doubtful; 逾3年 → 3年
QUANT	4日
# convertible bonds (尚荣转债 …) nothing; the quoted bond codes TERM (the marks decide) — doubtful
ORG	交易商协会
TERM	“21宝龙MTN001”
TERM	“H20奥园1”
TERM	“H20奥园2”
TERM	“18华夏06”
TERM	“18华夏07”
ORG	金地商置
ORG	河南交通投资集团
PER	尹如军
LOC	土耳其
*ORG	Wind
*LOC	(?<=对)美(?=出口)
# dates: years, months, days, ranges, quarters and fiscal quarters (今年, 去年 out)
*DATE	(?:\d{4}财年)?第[一二三四]季度|第[一二三四]财季|(?<![\d.])\d{4}年(?:[一二三四]季度|初|末|\d{1,2}月份?)?|(?<![\d.-])\d{1,2}月\d{1,2}日(?:至\d{1,2}月\d{1,2}日)?|(?<![\d.-])(?<!\d年)\d{1,2}月份?|二季度末|三季度|上半年|下半年
# counts, amounts, prices, percents, index points, basis points (with the minus sign and N-M ranges); ranges with 至
# two QUANT — doubtful; N年 as a duration (10年期, 第5年 out)
*QUANT	(?<![\d.])-?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?(?:万亿|亿|万)?(?:美元/桶|美元/盎司|美元/吨|美分/蒲式耳|元/平方米|元/吨|立方英尺|平方米|公里|美元|美分|欧元|英镑|日元|港元|澳元|元|%|个百分点|个基点|基点|bp|点|辆|台|家|只|位|笔|次|套|宗|股|人|桶|条|个月|℃|°C)|(?<![\d.第])\d{1,2}年(?![期和\d])
""",
}
