"""Reading lists of the batch-36 entity gold, pass 1 (branch issue-e36p1-s21); see build_batch.py for the
line format and README-batch36.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-cn-cau-graduate-school-theory-exam-arrangement-2023": r"""
# the title: 2023年秋学期 → 2023年 (the term word out, as 下午); the course name 新时代中国特色社会主义理论与实践 → LOC 中国
# (中国特色社会主义, earlier gold)
DATE	2023年
LOC	中国
# the publisher with its party department in brackets: two ORG
ORG	研究生院
ORG	党委研究生工作部
DATE	2023-12-27
# 访问量 555 nothing (no measure word)
DATE	2023年1月6日
# 17周, 星期六, clock times nothing
# campus areas 西区 / 东区 LOC (named parts of the campus) — doubtful; buildings LOC (明志楼, batch 20), room numbers
# nothing; classes (新时代1班) nothing; head counts QUANT
*LOC	西区|东区
*LOC	新教学楼|农学楼|兽医楼|理学楼|三教
*QUANT	\d+人
# the contact PER; phone number, 附件1-14 and the file name nothing
PER	马腾跃
DATE	2023年12月27日
ORG	研究生院
""",
    "news-cn-zhongtiao-forest-bureau-reform-discussion-summary-2019": r"""
# 中条林局 ORG at every mention; 林局 / 全局 / 局属 generic nothing; the quoted campaign name TERM with its marks
ORG	中条林局
TERM	“改革创新、奋发有为”
DATE	5月22日
ORG	中条林局
TERM	“改革创新、奋发有为”
# 省林草局 ORG (a provincial bureau by its short name, as 省政协); 省局党组 nothing (省局 generic, as 省委 / 省政府) — doubtful
ORG	省林草局
PER	赵水清
# 50余人 QUANT with 余 (earlier gold)
QUANT	50余人
TERM	“改革创新、奋发有为”
TERM	“猛烈风暴”
TERM	“破茧力作”
TERM	“热情宣言”
# 四个多月 nothing (no digit)
TERM	“六破除”
TERM	“六着力”
TERM	“六坚持”
TERM	“九大林区要成为推进林草事业高质量发展的九个标杆、九杆旗帜”
TERM	“数字化建账、信息化学习、系统化宣传、多元化教育、制度化管理、智能化运行”
TERM	“现代化理念、科学化经营、系统化管护、系列化生产、国际化合作、精准化提升”
# 省直林区半年工作会 nothing (an event, no place inside); 中德合作项目 → 中 + 德 (as 中葡)
LOC	中
LOC	德
LOC	中
LOC	德
# 混沟 LOC (a named forest area)
LOC	混沟
TERM	“能示范带动、能全局推广”
# 建国70周年 → 70周年 QUANT (earlier gold)
QUANT	70周年
""",
    "reg-cn-xinzheng-court-online-service-agreement": r"""
# the menu lines nothing; the unmarked title line → ORG 新郑法院 inside
ORG	新郑法院
# "本平台" (以下简称 of a platform, not a body: D-4 names bodies) nothing — doubtful
ORG	新郑市人民法院
# 江苏法院 ORG (the province's courts by their collective short name) — doubtful (LOC 江苏 the other reading)
ORG	江苏法院
ORG	江苏法院
# article numbers, list numbers nothing; the quoted button label TERM with its marks — doubtful (nothing the other
# reading)
TERM	"我接受"
""",
    "stats-cn-fourth-economic-census-bulletin-notes": r"""
# the emoji shortcodes, the unmarked title 第四次全国经济普查公报 (an unmarked title line, no place inside; the census
# itself nothing, as 第四次全国文物普查), the sector and unit definitions, 国际组织 (a kind word) nothing: no span
""",
    "gw-cn-handan-education-safety-campaign-notice-page-2020": r"""
# the notice's title (heading and 名称 line): ORG + the 《》 title DOC; 索引号, 文号 nothing; 全市 nothing
ORG	邯郸市教育局
DOC	《全市教育系统安全专项整治三年行动实施方案》
ORG	邯郸市教育局
ORG	邯郸市教育局
DOC	《全市教育系统安全专项整治三年行动实施方案》
""",
    "gw-cn-linan-credit-leading-group-notice-2013": r"""
# the JSP line nothing; the 发文字号 DOC (沪交建〔2023〕884号, batch 20)
DOC	临政办函[2013]89号
ORG	临安市人民政府办公室
# the group's name runs over the title's line break: one ORG with the break — doubtful
ORG	临安市\n信用建设工作领导小组
# the member list: PER + ORG per line, names with the page's spaces (earlier gold); the units with 市 ORG (市委宣传部
# etc., a Party committee's departments ORG)
PER	李文钢
PER	冯 镭
PER	沈 慧
PER	何洪明
ORG	市纪委
PER	巫振江
ORG	市府办
PER	李红樱
ORG	市发改局
PER	李 震
ORG	市委宣传部
PER	方远洋
ORG	市委政研室
PER	程炳贵
ORG	市委政法委
PER	吴云海
ORG	市编委办
PER	陈嫩华
ORG	市农办
PER	汪其顺
ORG	市经信局
PER	帅建筑
ORG	市旅游局
PER	杨卫国
ORG	市规划建设局
PER	应有龙
ORG	市城市管理局
PER	沈文奎
ORG	市商务局
PER	项永忠
ORG	市科技局
PER	吴云川
ORG	市人力社保局
PER	叶忠华
ORG	市财政局
PER	童成林
ORG	市国税局
PER	于才土
ORG	区统计局
PER	张发平
ORG	市统计局
PER	楼 华
# 人行临安支行 one ORG (a bank's branch with its place)
ORG	人行临安支行
PER	姜关成
ORG	市交通运输局
PER	何常青
ORG	市食品药品监管局
PER	胡尚新
ORG	市质监局
PER	徐正男
ORG	市安监局
PER	赵孟龙
ORG	市农业局
PER	方锐根
ORG	市林业局
PER	陶 彧
ORG	市水利水电局
PER	岳天明
ORG	市工商分局
PER	张 春
ORG	市住保办
PER	盛 伟
ORG	市国土资源局
PER	林生友
ORG	市环保局
PER	黄晓明
ORG	市文广新局
PER	章威力
ORG	市教育局
PER	孟建强
ORG	市卫生局
PER	王建良
ORG	市民政局
PER	吕新平
ORG	市法院
PER	李为民
ORG	市检察院
PER	李家华
ORG	市公安局
PER	董中南
ORG	市司法局
PER	陈贤凤
ORG	市法制办
PER	程志明
ORG	市工商联
PER	骆卫东
ORG	公积金分中心
PER	胡廖明
ORG	市发改局
# bare 领导小组 ORG where it names the group (earlier gold); its 办公室 nothing here (下设办公室, 办公室主任: no name)
ORG	领导小组
ORG	市发改局
PER	胡廖明
ORG	临安市人民政府办公室
DATE	2013年10月10日
""",
    "news-cn-qijiahe-forest-farm-party-life-meeting-2019": r"""
ORG	祁家河林场
TERM	“改革创新，奋发有为”
# the 发文字号 DOC
DOC	晋林中条党发[2019]15号
# a named body's party branch one ORG (河南村党支部, earlier gold)
ORG	祁家河林场党支部
DATE	4月3日
# 2018年度 DATE whole (2021年度, earlier gold)
DATE	2018年度
PER	秦军
QUANT	6名
QUANT	1名
PER	秦军
TERM	“改革创新、奋发有为”
TERM	“改革创新、奋发有为”
TERM	“六个破除”
ORG	祁家河林场党支部
# 栓皮栎 (a tree) nothing
""",
    "news-cn-xinhua-wen-jiabao-tianjin-survey-2011": r"""
PER	温家宝
# the dateline: agency ORG, place LOC, date; the reporters PER each
ORG	新华网
LOC	天津
DATE	10月25日
PER	赵承
PER	李斌
PER	李靖
# a range one DATE
DATE	10月24日至25日
# 中共中央政治局 in 中共中央政治局常委 / 委员 ORG (earlier gold); 天津市委 ORG
ORG	中共中央政治局
ORG	国务院
PER	温家宝
ORG	中共中央政治局
ORG	天津市委
PER	张高丽
LOC	天津滨海新区
LOC	天津
LOC	内蒙古
LOC	江苏
LOC	山东
# 四省(区、市) nothing; the paragraph repeated five times: 温家宝 at each
*PER	温家宝
""",
    "report-cn-xinzheng-court-profile-page": r"""
# the heading as written (新郑市中级人民法院) ORG
ORG	新郑市中级人民法院
ORG	新郑市人民法院
# the court's internal bodies ORG (a division named by its remit, earlier gold) — doubtful (nothing for the generic
# 办公室 / 研究室 the other reading)
ORG	政治处
ORG	办公室
ORG	研究室
ORG	技术科
ORG	法警大队
ORG	监察室
ORG	刑事审判庭
ORG	民事审判一庭
ORG	民事审判二庭
ORG	行政审判庭
ORG	执行局
ORG	审判监督庭
ORG	立案庭
LOC	新郑市
QUANT	16个
# the six tribunals named by their towns → LOC each (the place inside, no full name) — doubtful; 六个 nothing
LOC	城关
LOC	辛店
LOC	梨河
LOC	龙湖
LOC	薛店
LOC	八千
QUANT	189名
QUANT	67人
QUANT	151人
QUANT	81%
ORG	新郑市人民法院
TERM	“公正与效率”
LOC	新郑市
QUANT	30余次
# 集体一等功 …, 省级文明单位 nothing; the honour 郑州市政法系统红旗单位 → LOC 郑州市 — doubtful
LOC	郑州市
""",
    "news-cn-wushi-group-party-centenary-commendation-2021": r"""
DATE	2021年6月24日
# 集团, 集团总部, 集团机关, 集团党委 nothing (kind words, earlier gold); the company's areas by place → LOC inside
# (新洲, 阳新片区 → 阳新, 光谷片区 → 光谷) — doubtful
LOC	新洲
LOC	阳新
LOC	光谷
DATE	2021年
DATE	2021年
# 1栋B座21楼 nothing (building and floor numbers)
TERM	“学党史、知党恩、跟党走”
ORG	中国共产党
QUANT	100周年
# 湖北省省委党校 one ORG; the quoted lecture title TERM with its marks (nothing inside) — doubtful (DOC the other reading)
ORG	湖北省省委党校
PER	黄俭
TERM	“中国共产党的奋斗历程和成功经验”
# 共产党 nothing; 新中国 → LOC 中国 — doubtful
LOC	中国
ORG	湖北省省委党校
PER	黄俭
TERM	“中国共产党的奋斗历程和成功经验”
# before a post the Party organ stays out (集团党委副书记 周凯 → PER alone)
PER	周凯
DOC	《关于调整中共娲石水泥集团委员会成员的通知》
DOC	《关于基层党组织机构调整的通知》
DOC	《关于周凯等同志任职的通知》
DOC	《关于预备党员蔡立等同志转正和接收张博等同志为预备党员的通知》
PER	周凯
# 党章 nothing (unmarked); 新洲区和阳新县委非公有制经济工作委员会 → LOC 新洲区 + ORG 阳新县委非公有制经济工作委员会 (the
# commission shared) — doubtful (two ORG by distribution the other reading)
LOC	新洲区
ORG	阳新县委非公有制经济工作委员会
PER	蔡立
PER	杨洁
ORG	中国共产党
PER	张博
PER	汪德文
ORG	中国共产党
PER	杨凤雏
DOC	《关于表彰先进基层党组织和优秀共产党员的决定》
PER	杨凤雏
# the named Party committees and branches ORG whole (a body's organ with its body's name, 河南村党支部)
ORG	中共娲石阳新片区委员会
ORG	中共阳新娲石水泥有限公司党支部
ORG	中共娲石水泥集团机关党支部
ORG	中共武汉市阳逻通达水运有限公司党支部
PER	杜志军
PER	陈阳
PER	汪碧云
PER	朱华青
PER	程全安
PER	陈炳华
PER	陈春旺
# 邱国辉朱志超: two names without a separator, two PER
PER	邱国辉
PER	朱志超
PER	胡毅
PER	马节喜
PER	周亮
PER	叶福生
PER	吴平
PER	叶化雨
QUANT	15名
ORG	中共娲石阳新片区委员会
ORG	中共阳新娲石水泥有限公司党支部
ORG	中共娲石水泥集团机关党支部
# the caption leaves 党支部 off: the company ORG
ORG	中共武汉市阳逻通达水运有限公司
PER	杜志军
PER	陈阳
PER	汪碧云
PER	朱华青
PER	程全安
PER	陈炳华
PER	陈春旺
PER	邱国辉
PER	朱志超
PER	胡毅
PER	马节喜
PER	周亮
PER	叶福生
PER	吴平
PER	叶化雨
QUANT	15名
# 阳新片区党委副书记 → LOC 阳新 (the organ before a post out); 娲石水泥集团有限公司机关党支部委员 → ORG the company
LOC	阳新
PER	罗吉祥
PER	姚正平
ORG	娲石水泥集团有限公司
PER	陈春旺
LOC	阳新
PER	罗吉祥
PER	姚正平
ORG	娲石水泥集团有限公司
PER	陈春旺
PER	魏华山
PER	魏华山
ORG	中国共产党
QUANT	100年
LOC	延安
# 五天 nothing (no digit); 西方 nothing; 前苏联 → LOC 苏联 — doubtful
QUANT	100年
LOC	苏联
QUANT	100年
# 70多年, 40多年 QUANT whole (as 300余个) — doubtful
QUANT	70多年
QUANT	40多年
ORG	中国共产党
DATE	2020年
ORG	中国共产党
LOC	美国
# 中华民族, 五年发展规划, 百亿 nothing; the company's short name 娲石 ORG
ORG	娲石
ORG	娲石
ORG	娲石集团
ORG	中国建材管理协会
ORG	娲石
PER	柳学忠
ORG	海螺
ORG	华新
TERM	“家装化”
TERM	“吃干榨尽”
LOC	中国
ORG	娲石
ORG	娲石
TERM	“一家亲”
""",
    "report-cn-jianyu-tender-subscription-weekly-brief-2019": r"""
# the service and its company 剑鱼标讯 ORG; the title's (11.11-11.17) one DATE — doubtful (nothing the other reading)
ORG	剑鱼标讯
DATE	11.11-11.17
# the user name chenmingzhu nothing (an account name) — doubtful
ORG	剑鱼标讯
ORG	剑鱼标讯
# the subscription keywords (vehicle kinds) nothing; a range one DATE
DATE	2019年11月11日-2019年11月17日
QUANT	908条
QUANT	87条
# image URLs, section numbers, the empty table rows nothing
""",
    "news-cn-xwlb-transcript-20260621": r"""
# the header as the earlier digests: 《新闻联播》 DOC twice, the date, 13 条 QUANT, 20260621 DATE, 21:00 out
DOC	《新闻联播》
DATE	2026年6月21日
QUANT	13 条
DOC	《新闻联播》
DATE	20260621
# column heads in 【】 nothing (no name inside); 央视网 ORG, (新闻联播) out, at every item
ORG	央视网
ORG	党中央
PER	习近平
TERM	"十五五"
LOC	贺兰山
LOC	银川
QUANT	40公里
LOC	闽宁镇
TERM	"光伏海"
TERM	"南果北种"
# 绿电数智应用中心 nothing (a facility named by its function) — doubtful
TERM	"干沙滩"
# 30年前 → 30年; 30年来 → 30年 (earlier gold)
QUANT	30年
QUANT	2000公里
DATE	1996年
ORG	党中央
LOC	福建
LOC	宁夏
# 福建省委 ORG before the post (a place's own Party committee, as 天津市委)
ORG	福建省委
PER	习近平
ORG	福建省对口帮扶宁夏领导小组
LOC	宁夏
LOC	西海固
TERM	"一方水土养活不了一方人"
# 闽宁 → 闽 + 宁 (earlier gold), at every mention
LOC	闽
LOC	宁
TERM	"吊庄移民"
# 银川河套平原 one LOC (a place chain)
LOC	银川河套平原
LOC	闽宁村
LOC	闽
LOC	宁
TERM	"率先"
LOC	福建
LOC	宁夏
QUANT	30年
LOC	福建
LOC	宁夏
TERM	"优势互补、互惠互利、长期协作、共同发展"
TERM	"福建企业+宁夏资源"
TERM	"福建总部+宁夏基地"
TERM	"福建市场+宁夏产品"
LOC	宁夏
LOC	宁夏
QUANT	30多个
QUANT	28万人
QUANT	30年
LOC	闽
LOC	宁
QUANT	4100余个
LOC	宁夏
QUANT	244万
# 党的十八大 nothing (an event); 总书记 nothing
PER	习近平
LOC	闽
LOC	宁
# 神州大地 → 神州 (as 三秦大地)
LOC	神州
LOC	广东
LOC	广西
TERM	"帮扶"
TERM	"共创"
LOC	北京
LOC	内蒙古
LOC	上海
LOC	云南
LOC	上海
LOC	昆明
# 西部地区, 东部省份 nothing
QUANT	500余万
QUANT	300多万人
QUANT	800个
QUANT	7500多亿元
QUANT	6500多所
QUANT	7700多所
QUANT	12万人次
TERM	"十五五"
TERM	"优化完善东西部协作、对口合作等机制"
QUANT	8个
QUANT	10个
# item 2: 党的十一届三中全会 nothing (an event), 中华民族 nothing
ORG	央视网
DATE	1978年12月
DATE	6月21日
DOC	《伟大征程》
LOC	深圳
LOC	中国
DATE	1978年
DOC	《实践是检验真理的唯一标准》
DATE	1978年12月
ORG	中国共产党
# 中国人民 → 中国 (as 臺灣人民); 中国特色社会主义 → 中国
LOC	中国
LOC	中国
LOC	中国
LOC	中国
LOC	中国
# 安徽凤阳小岗生产队 → LOC 安徽凤阳小岗 (the place chain; the production team out) — doubtful (ORG whole the other reading)
LOC	安徽凤阳小岗
QUANT	18户
TERM	"包干到户"
DATE	1979年
LOC	蛇口工业区
LOC	中国
ORG	世贸组织
LOC	中国
TERM	"一国两制"
LOC	香港
LOC	澳门
LOC	中国
# 北京奥运会 → 北京, 上海世博会 → 上海 (events, the place inside)
LOC	北京
LOC	中国
LOC	上海
LOC	中国
LOC	中国
ORG	中国共产党
LOC	中国
# item 3
ORG	央视网
TERM	"赛事+文旅"
LOC	广东佛山
TERM	"犒劳队员的伙食"
LOC	陕西汉中
QUANT	13个
QUANT	600余名
QUANT	200%
QUANT	76%
LOC	上海闵行区
QUANT	50余家
LOC	浙江长兴
ORG	商务部
QUANT	78个
QUANT	4.0%
QUANT	3.5%
TERM	"组合拳"
QUANT	17项
TERM	"人工智能+消费"
LOC	湖北荆州
LOC	新疆喀什
DATE	1至5月份
QUANT	5.4%
QUANT	0.2个百分点
# item 4
QUANT	6.5亿人次
ORG	央视网
DATE	6月21日
QUANT	1794万人次
QUANT	1355列
# 21日夜间至22日凌晨 → two DATE — doubtful (one range the other reading)
DATE	21日
DATE	22日
# 京沪、京广、京哈 → one LOC per character (lines named by their cities, as 武黄) — doubtful
LOC	京
LOC	沪
LOC	京
LOC	广
LOC	京
LOC	哈
QUANT	5.9亿人次
ORG	交通运输部
QUANT	6.5亿人次
# item 5: 农加贵 PER at every mention (the regex line at the end)
QUANT	40年
ORG	央视网
LOC	云南省广南县落松地村
QUANT	40年
TERM	"全国优秀共产党员"
TERM	"全国教书育人楷模"
ORG	落松地小学
ORG	落松地小学
QUANT	40年
QUANT	20岁
QUANT	3个
QUANT	40年
DATE	1992年
# the quoted place name LOC without the marks (quoted venue names, batch 20)
LOC	落松地
QUANT	40年
DATE	2013年
ORG	中国共产党
# 全国两会 nothing; 全国人大代表 → 全国人大
ORG	全国人大
LOC	落松地村
PER	朱丽丹
PER	杨素芹
QUANT	60岁
# item 6
LOC	长三角
QUANT	15个月
ORG	央视网
LOC	长三角
QUANT	5个月
QUANT	15个月
# 海关 nothing (no name) — doubtful
QUANT	5个月
LOC	长三角
QUANT	7.82万亿元
QUANT	16.2%
QUANT	37.8%
QUANT	4.92万亿元
QUANT	41.3%
QUANT	5个月
QUANT	2.9万亿元
QUANT	5个月
QUANT	4.22万亿元
LOC	长三角
QUANT	54%
QUANT	5个月
LOC	长三角
TERM	"一带一路"
QUANT	17.5%
ORG	东盟
LOC	拉美
LOC	非洲
QUANT	25.5%
QUANT	9.3%
QUANT	14%
# item 7: 第四届链博会 nothing; 第四届中国国际供应链促进博览会 → 中国 (earlier gold)
ORG	央视网
LOC	中国
DATE	6月22日
TERM	"6链1展区"
# 中外 nothing — doubtful
QUANT	30多家
QUANT	160项
QUANT	70场
# item 8
ORG	央视网
LOC	江苏徐州
LOC	湖北黄石
LOC	江苏徐州铜山区棠张镇
PER	陈伟
# the school with its city before it → LOC 湖北黄石 + ORG 阳新县实验小学 — doubtful (LOC as a landmark the other reading)
LOC	湖北黄石
ORG	阳新县实验小学
QUANT	11岁
PER	朱紫淇
PER	朱紫淇
PER	朱紫淇
QUANT	4岁
PER	朱紫淇
# item 9: 2026（丙午）年 one DATE (the year of an unquoted event, with its cyclical name) — doubtful; 伏羲 PER — doubtful
ORG	央视网
DATE	2026（丙午）年
PER	伏羲
LOC	甘肃天水
DATE	2026（丙午）年
PER	伏羲
DATE	6月21日
LOC	甘肃天水
LOC	台湾新北市
PER	伏羲
QUANT	13年
PER	伏羲
TERM	"太昊伏羲祭典"
ORG	人力资源社会保障部
ORG	自然资源部
ORG	住房城乡建设部
DATE	2027年底
TERM	"一码贯通"
DATE	2030年
QUANT	1小时
QUANT	90%
ORG	交通运输部
DOC	《实施多式联运攻坚 打通堵点卡点行动方案（2026—2030年）》
DOC	《方案》
DOC	《方案》
QUANT	5年
QUANT	1000个
QUANT	1小时
QUANT	90%
QUANT	80%
LOC	长江
QUANT	100%
# 第二十八届上海国际电影节 → 上海 (an event)
LOC	上海
LOC	上海
DATE	6月21日
QUANT	77个
QUANT	420余部
QUANT	1600场
QUANT	45万
QUANT	3800万元
# 金爵奖 nothing
TERM	"中国影视之夜"
DOC	《城市风华录》
LOC	佛山
ORG	中央广播电视总台
DOC	《城市风华录》
LOC	佛山
DATE	6月21日
# 央视综合频道 ORG (a channel of the broadcaster) — doubtful
ORG	央视综合频道
LOC	佛山
LOC	佛山
ORG	央视网
ORG	央视频
LOC	长江中下游
DATE	6月21日
ORG	中国气象局
LOC	长江中下游
ORG	应急管理部
ORG	自然资源部
LOC	安徽
LOC	湖北
LOC	湖南
LOC	贵州
ORG	应急管理部
DATE	20日
# item 10: delegations ORG (中国体育代表团, earlier gold) — doubtful
LOC	美国
LOC	伊朗
LOC	瑞士
ORG	央视网
LOC	美国
LOC	伊朗
DATE	6月21日
LOC	瑞士比尔根山
ORG	美国代表团
LOC	美
PER	万斯
ORG	伊朗代表团
LOC	伊朗
PER	卡利巴夫
ORG	伊朗代表团
# 伊朗外交部 one ORG (臺灣外交部, batch 20) — doubtful
ORG	伊朗外交部
PER	巴加埃
LOC	伊朗
# 巴基斯坦和卡塔尔代表团 → LOC + ORG (the delegation word on the second) — doubtful
LOC	巴基斯坦
ORG	卡塔尔代表团
LOC	美国
LOC	巴基斯坦
LOC	卡塔尔
PER	万斯
DATE	20日
LOC	黎巴嫩
ORG	伊朗武装部队
DATE	20日
LOC	霍尔木兹海峡
LOC	美国
# 14点 QUANT (5点, earlier gold); 第一条 nothing
QUANT	14点
LOC	以色列
LOC	黎巴嫩
ORG	伊朗伊斯兰革命卫队海军
LOC	霍尔木兹海峡
ORG	美国中央司令部
DATE	20日
LOC	伊朗
LOC	霍尔木兹海峡
QUANT	55艘
# 以媒, 以总理, 以军 → 以; 黎南部 → 黎 (one-character place words) — 以军 doubtful (ORG the other reading)
LOC	以
LOC	以
LOC	黎
LOC	以色列
DATE	20日
LOC	以色列
PER	内塔尼亚胡
PER	卡茨
LOC	以
LOC	黎巴嫩
PER	内塔尼亚胡
LOC	以
LOC	黎
LOC	黎巴嫩
DATE	20日
LOC	黎
LOC	贝卡谷地
LOC	以
QUANT	20人
# item 11
ORG	央视网
LOC	俄
LOC	红利曼
LOC	乌
ORG	俄罗斯国防部
DATE	20日
DATE	6月21日
LOC	俄罗斯别尔哥罗德州
LOC	布良斯克州
QUANT	239架
LOC	乌克兰
LOC	俄
DATE	19日
LOC	顿涅茨克
LOC	红利曼
QUANT	5个
LOC	乌
LOC	俄
LOC	克里米亚大桥
# 美洛杉矶 one LOC (a place chain)
LOC	美洛杉矶
LOC	美国
DATE	20日
LOC	加州洛杉矶
DATE	17日
LOC	洛杉矶市
QUANT	4.6万平方米
LOC	刚果（金）
QUANT	247例
ORG	刚果（金）卫生部
DATE	20日
QUANT	956例
QUANT	247例
QUANT	92人
# 刚果（金）卫生部长 → LOC 刚果（金） (the post out) — doubtful
LOC	刚果（金）
PER	坎巴
DATE	19日
TERM	"上升阶段"
# item 12: 北半球 nothing
ORG	央视网
LOC	山西襄汾
LOC	陶寺观象台
QUANT	4000多年
QUANT	20个
LOC	江南
*PER	农加贵
""",
}
