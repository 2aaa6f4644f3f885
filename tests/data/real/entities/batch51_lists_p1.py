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
}
