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
}
