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
}
