"""Pass 2's BLIND reading lists for batch 51 (branch issue-e51p2-s24): written from the bare text of the
documents (split.tsv batch 51; the three held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e51p1-s24) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch51_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-hb-wetland-protection-decision-2024"] = r"""
ORG	湖北省人民代表大会常务委员会
ORG	湖北省人民代表大会常务委员会
DATE	2024年9月26日
ORG	湖北省第十四届人民代表大会常务委员会
LOC	湖北
DOC	《中华人民共和国湿地保护法》
PER	习近平
PER	习近平
LOC	神农架林区
LOC	神农架林区
ORG	国务院
DATE	11月
LOC	湖北省
"""
LISTS["news-cn-cnr-heilongjiang-museums-july-first-2025"] = r"""
ORG	中国共产党
QUANT	104周年
TERM	“七一”
LOC	黑龙江省
TERM	“黑龙江博物馆文物活化季暨博物馆季”
DATE	6月
ORG	东北烈士纪念馆
TERM	“七一”
ORG	东北烈士纪念馆
ORG	革命领袖视察黑龙江纪念馆
QUANT	519场
QUANT	5.6万人次
LOC	东北烈士纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
ORG	革命领袖视察黑龙江纪念馆
DOC	《清风正气满乾坤——党章中的作风建设》
ORG	中国共产党
ORG	革命领袖视察黑龙江纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
ORG	齐齐哈尔市博物馆
TERM	“纪念中国人民志愿军第42军出国作战75周年”
ORG	志愿军第42军
DOC	《中国人民志愿军第42军在朝作战纪实展》
LOC	杨子荣烈士陵园
LOC	海林市
LOC	杨子荣烈士陵园
ORG	黑龙江省文旅厅博物馆与社会文物处
LOC	肇源县博物馆
QUANT	102个
TERM	“七一”
ORG	宁古塔历史文化博物馆
ORG	桦川县博物馆
ORG	中国青年志愿垦荒纪念馆
ORG	马玉祥纪念馆
DOC	《我和我的祖国》
ORG	哈尔滨市博物馆
TERM	“革命后代血脉传承”
PER	张有仁
ORG	哈尔滨市博物馆
ORG	黑龙江省文旅厅博物馆与社会文物处
ORG	北安市博物馆
TERM	“对党说句心里话——礼赞‘七一’情系党心”
QUANT	5万名
TERM	“请出”
ORG	汤原县博物馆
TERM	“精神丰碑联世界 初心如炬耀汤原”
ORG	萧红故居纪念馆
ORG	宁安市马骏纪念馆
DOC	《抗战记忆》
ORG	哈尔滨市南岗区博物馆
DOC	《中流砥柱——抗日战争时期的中国共产党》
ORG	中国共产党
ORG	杜尔伯特博物馆
DOC	《“七一”荣光——党在我心》
ORG	中国共产党
LOC	黑龙江
ORG	东北烈士纪念馆
LOC	西藏
ORG	日喀则博物馆
TERM	“不朽的丰碑——东北抗联精神专题展”
LOC	西藏自治区
ORG	东北烈士纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
ORG	七台河市博物馆
TERM	“进校园”
ORG	东北抗联
ORG	黑河旅俄华侨纪念馆
ORG	黑龙江省文旅厅博物馆与社会文物处
ORG	黑河旅俄华侨纪念馆
ORG	哈尔滨师范大学
ORG	黑龙江艺术职业学院
TERM	“走出去”
TERM	“版图”
ORG	“侨音红”宣讲团
ORG	黑龙江省文旅厅博物馆与社会文物处
ORG	央广网
QUANT	24小时
ORG	央广网
TERM	“啄木鸟消费者投诉平台”
ORG	央广网
"""
LISTS["stats-fj-pingtan-2022-statistical-bulletin"] = r"""
DATE	2022年
LOC	平潭综合实验区
DATE	2023-03-29
ORG	平潭综合实验区统计局
DATE	2022年
LOC	平潭综合实验区
DATE	2022年
LOC	平潭综合实验区
DATE	2023-03-29
DATE	2021年
TERM	“六升两降”
LOC	平潭
LOC	上海
ORG	滨湖幼儿园
ORG	富春城幼儿园
ORG	国彩学校
ORG	城北小学
ORG	中湖小学
ORG	厦门大学平潭研究院
TERM	“漏保”
TERM	“漏救”
QUANT	1720
TERM	“三支一扶”
ORG	锦鸡重工科技有限公司
TERM	“2022年度区级科技型中小企业”
ORG	凹凸科技（平潭）有限公司
ORG	区智慧岛公司
TERM	“福建省海岛资源生态监测与保护利用重点实验室”
ORG	平潭台创园科技企业育成中心
DOC	《只此青绿》
LOC	平潭
QUANT	6年
TERM	“中国体育旅游十佳目的地”
LOC	苏平镇
LOC	海坛街道
LOC	青观顶村
QUANT	10分钟
TERM	福建省第十七届运动会群众比赛暨2022年福建省全民健身运动会门球总决赛
QUANT	5金
QUANT	8银
QUANT	11铜
LOC	海坛岛
ORG	平潭综合实验区统计局
*DATE	20[0-9]{2}年(?:度)?
*QUANT	[0-9][0-9.,]*(?:亿元|万元|元/年|元/月|元/㎡|元|个百分点|%|％|万亩|亩|万吨|吨|万头|头|万只|只|万个|个|艘|总吨|万千瓦时|亿千瓦时|万千瓦|家|万人次|人次|亿吨公里|万人公里|万人|人|万户|户|所|张|场次|场|辆|台|公顷|公里|万平方米|平方米|亿美元|万美元|项|座|宗|起|次|万册|册|枚|亿粒|万贝壳|万立方米)
"""
