"""Pass 2's BLIND reading lists for batch 36 (branch issue-e36p2-s21): written from the bare text of the
documents (split.tsv batch 36; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e36p1-s21) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch36_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-cn-cau-graduate-school-theory-exam-arrangement-2023"] = r"""
DATE	2023年
LOC	中国
ORG	研究生院
ORG	党委研究生工作部
DATE	2023-12-27
DATE	2023年1月6日
PER	马腾跃
DATE	2023年12月27日
ORG	研究生院
*LOC	(?:新教学楼-|三教-|农学楼|兽医楼|理学楼)\d+
*LOC	[西东]区
*QUANT	(?<!\d)\d+人
"""

LISTS["news-cn-zhongtiao-forest-bureau-reform-discussion-summary-2019"] = r"""
ORG	中条林局
TERM	“改革创新、奋发有为”
DATE	5月22日
ORG	中条林局
TERM	“改革创新、奋发有为”
ORG	省林草局
PER	赵水清
QUANT	50余人
TERM	“改革创新、奋发有为”
TERM	“猛烈风暴”
TERM	“破茧力作”
TERM	“热情宣言”
TERM	“六破除”
TERM	“六着力”
TERM	“六坚持”
TERM	“九大林区要成为推进林草事业高质量发展的九个标杆、九杆旗帜”
TERM	“数字化建账、信息化学习、系统化宣传、多元化教育、制度化管理、智能化运行”
TERM	“现代化理念、科学化经营、系统化管护、系列化生产、国际化合作、精准化提升”
LOC	混沟
TERM	“能示范带动、能全局推广”
QUANT	70周年
*LOC	中(?=德合作)
*LOC	(?<=中)德(?=合作)
"""

LISTS["reg-cn-xinzheng-court-online-service-agreement"] = r"""
ORG	新郑法院
TERM	"本平台"
ORG	新郑市人民法院
LOC	江苏
LOC	江苏
TERM	"我接受"
"""

# No span: the notes name no body, place, person, date, digit quantity, title or quoted word (the bulletin's
# heading is unmarked, the numbered items 1. and 2. are list marks, the emoji shortcodes are page furniture).
LISTS["stats-cn-fourth-economic-census-bulletin-notes"] = r"""
"""
