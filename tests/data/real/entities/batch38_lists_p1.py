"""Reading lists of the batch-38 entity gold, pass 1 (branch issue-e38p1-s22); see build_batch.py for the
line format and README-batch38.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-cn-mop-working-hours-implementing-measures-1995": r"""
# the unmarked title line: the 《》 title inside DOC
DOC	《国务院关于职工工作时间的规定》
DOC	《国家机关、事业单位贯彻<国务院关于职工工作时间的规定>的实施办法》
DOC	人薪发［1995］32号
# the addressees: kinds of bodies (各省…人事厅（局）, 各部委) no ORG; 国务院 before 各部委 ORG — doubtful
ORG	国务院
DOC	《国务院关于职工工作时间的规定》
DOC	《国家机关、事业单位贯彻〈国务院关于职工工作时间的规定〉的实施办法》
ORG	中华人民共和国人事部
DATE	一九九五年三月二十六日
DATE	1995年5月1日
DOC	《国务院关于职工工作时间的规定》
DOC	《规定》
LOC	中华人民共和国
QUANT	8小时
QUANT	40小时
# 星期六 / 星期日 nothing (weekdays)
ORG	人事部
QUANT	8小时
QUANT	40小时
# 国务院行业主管部门: the body named before a kind of its departments — 国务院 ORG, doubtful
ORG	国务院
DATE	1995年5月1日
DOC	《规定》
DATE	1996年1月1日
DOC	《规定》
ORG	国务院
DOC	《规定》
ORG	人事部
DATE	1995年5月1日
ORG	人事部
""",
    "news-cn-pingdu-official-petitioner-threat-commentary-2021": r"""
# quoted speech in the headline: the QUANT inside
QUANT	100种
TERM	“吓唬”
DATE	12月26日
LOC	山东平度
# the credit 平度发布官方微博: an account named by its city → the place inside — doubtful (ORG the other reading)
LOC	平度
ORG	界面新闻
# a township's Party committee with its place chain one ORG (as 左权县辽阳镇党委), the post out
ORG	山东省平度市云山镇党委
PER	王丽
LOC	平度市
DATE	12月26日
LOC	平度
PER	王丽
PER	王丽
# the notice's quoted wording TERM
TERM	“方法简单、言语失当、作风粗暴”
TERM	“老大难”
TERM	“刑事”
LOC	河南省商丘市睢阳区
# 12345 (a hotline number) nothing
QUANT	100个
QUANT	100个
QUANT	100种
TERM	“办法”
TERM	“方法”
TERM	“吓唬”
TERM	“威胁”
TERM	“不体面”
# a cited classical maxim TERM — doubtful (speech the other reading)
TERM	“法者，治之端也”
TERM	“一百种方法”
TERM	“法治”
ORG	平度市委
ORG	新京报
PER	徐秋颖
""",
    "news-cn-shangqiu-birth-certificates-theft-probe-2021": r"""
# 每经 (每日经济新闻's short name) ORG, the editor PER
ORG	每经
PER	杜宇
DATE	12月2日
PER	上官正义
# 发布微博: a post, not the platform — nothing (doubtful)
DATE	2016年
LOC	福建省
ORG	商丘市妇幼保健院
QUANT	4885份
LOC	商丘
ORG	澎湃新闻
PER	上官正义
ORG	商丘市梁园区卫生局
DATE	2011年2月7日
DATE	2011年1月30日
ORG	商丘市妇幼保健院
DOC	《出生医学证明》
ORG	区卫生局
ORG	商丘市妇幼保健院
# a bureau's Party committee one ORG (as 镇党委, 社区党委) — doubtful (区卫生局 alone, as an enterprise's 党委)
ORG	区卫生局党委
ORG	商丘市妇幼保健院
ORG	商丘市妇幼保健院
QUANT	5人
# the hospital's section by its remit ORG (as 律师工作处), the post out — doubtful
ORG	保健科
ORG	保健科
QUANT	6个月
DATE	2011年
PER	上官正义
DATE	2013年7月23日
ORG	商丘市妇幼保健院
DOC	《关于出生医学证明被盗情况说明》
DATE	2011年1月30日
ORG	商丘市妇幼保健院保健科
# 出生医学证明管理办公室, the bare 妇幼保健院, 辖区派出所 nothing (kinds)
DOC	《情况说明》
QUANT	2885份
ORG	商丘日报
DATE	2012年2月
QUANT	2000份
QUANT	4885份
PER	上官正义
DATE	12月6日
LOC	商丘市梁园区
ORG	澎湃新闻
DATE	12月6日
LOC	河南省商丘市梁园区
ORG	上游新闻
# 梁园区委区政府 → ORG 梁园区委, the generic 区政府 nothing
ORG	梁园区委
DATE	12月6日
LOC	商丘市
QUANT	10年
ORG	每日经济新闻
ORG	上游新闻
ORG	澎湃新闻
""",
    "wr-pingtan-county-2017-review-part": r"""
# the crawler's header: the report's year in brackets DATE (the title line and the breadcrumb; the local path nothing)
# — doubtful (a bare year in brackets); 发布时间 DATE, the publishing office ORG, URL and path nothing
*DATE	(?<= 政府工作报告（)2017(?=）)
DATE	2017-01-10
ORG	平潭综合实验区管委会办公室
DATE	2017-01-10
# the page's share buttons: platforms ORG (as 微信 in earlier gold) — doubtful (furniture)
ORG	微信
ORG	微博
ORG	QQ空间
DATE	2017年1月10日
# the congress with its term number ORG, 第一次会议 out
ORG	平潭县第十七届人民代表大会
ORG	平潭县人民政府
ORG	县政协
DATE	2016年
ORG	党中央
ORG	国务院
# 省委, 省政府, 实验区党工委 / 管委会, 县委 generic (as 区委, 市政府)
TERM	“四个转变”
TERM	“十三五”
TERM	“一区两标、包容共存、融合发展、两岸共赢”
# 台车 nothing (as 台资, 台商); 入闽 → 闽, 对台 → 台 (regex lines below)
TERM	“为拟经平潭入境的台湾本岛居民办理五年期台胞证”
TERM	“为省外居民来岚赴台团队旅游办理出入境证件”
# 台湾商品免税市场 → 台湾 (a market, the place inside); 台湾创业园 a named park, LOC whole — doubtful
LOC	台湾创业园
ORG	国台办
ORG	两岸共同家园研究院
# 共同家园论坛, 两岸村里长交流会 events: nothing
LOC	平潭自贸片区
TERM	“十大创新举措”
TERM	“十大开放措施”
TERM	“十大功能性平台”
# 城投、交投、土开、旅游、金控 (kinds of the five groups) nothing
TERM	“五大集团”
TERM	“三合一”
TERM	“分线管理”
TERM	“三个一”
TERM	“先验放、后报关”
ORG	国务院
DOC	《平潭国际旅游岛建设方案》
# 国家全域旅游示范区 a designation: nothing; scenic spots LOC
LOC	仙人井
LOC	将军山
LOC	石牌洋景区
# 澳前台湾小镇 a named town area, one LOC — doubtful; 3A级 nothing
LOC	澳前台湾小镇
LOC	海坛湾
LOC	杭州
LOC	深圳
LOC	福州
LOC	厦门
TERM	“平潭蓝”
TERM	“清新福建？平潭蓝”
DOC	《平潭映象》
LOC	北港文创村
LOC	台湾创业园
# 商务营运中心, 跨境电商监管中心 generic; a named trading centre and incubator ORG — doubtful
ORG	新丝路跨境交易中心
ORG	大闽科技孵化器
# 中科院半导体等科技孵化平台: a platform → the body inside — doubtful
ORG	中科院
TERM	“三去一降一补”
TERM	“项目建设年”
LOC	金井湾
LOC	澳前
LOC	岚城
LOC	流水
LOC	金井湾片区
TERM	“智慧岛”
# 公铁大桥, 污水处理厂 … generic
TERM	“两违”
QUANT	3年
TERM	“两违”
TERM	“三年攻坚战役”
TERM	“互联网+”
TERM	“三农”
TERM	“三农”
# 岚籍 → 岚 (regex below) — doubtful (a word of origin, like 港人, the other reading)
LOC	国彩
LOC	扬武楼
# schools and hospitals ORG, a school's campus with it (as 北京工业大学房山校区); 台资 out
ORG	平潭一中新校区
ORG	福建师大平潭附中
ORG	协和医院
ORG	爱维口腔专科医院
# 国际海岛论坛, 国际风筝冲浪节 events nothing; 中央 nothing; bare 人大 / 政协 (监督) nothing
TERM	“八项规定”
TERM	“两学一做”
TERM	“四风”
TERM	“四个一千”
TERM	“三减两化一提升”
TERM	“慵懒散”
TERM	“不作为、慢作为、乱作为”
DATE	2016年
# 县十六届人大一次会议 → the congress with its term (as 市十六届人大)
ORG	县十六届人大
DATE	2014年11月1日
PER	习近平
TERM	“一岛两窗三区”
TERM	“我爱平潭”
TERM	“爱我平潭”
TERM	“一照一码”
TERM	“最佳实践”
DATE	2011年
DATE	2011年
DATE	2011年
TERM	“六大行动计划”
TERM	“五个一批”
TERM	“百日攻坚”
DOC	《平潭综合实验区总体发展规划》
# the plan's quoted goal TERM whole (its year inside, no nesting)
TERM	“到2015年加快开发开放的基础条件基本完备”
# the bridge's second span keeps its phase (as 国家会议中心二期); 跨海公铁大桥, 环岛公路 generic
LOC	海峡大桥复桥
TERM	“两纵两横”
TERM	“平安平潭”
ORG	党中央
PER	习近平
ORG	党中央
ORG	国务院
ORG	平潭县人民政府
# 国家部委, 省直部门, 驻岛部队 nothing; 台港澳同胞 nothing (as 港澳台同胞)
*LOC	台湾
*LOC	平潭
# 海坛大地 → 海坛
*LOC	海坛
*LOC	(?<=入)闽|闽(?=台)
*LOC	(?<=[对岚闽])台
*LOC	岚(?=籍|台)|(?<=[在来驻])岚
# counts with their units; 近 / 以上 out, 多 inside; ranks (第38名), 3A级, 2.0版, ratios nothing
*QUANT	(?<![第\d.])\d+(?:\.\d+)?多?(?: ?万|亿)?多?(?:美元|元|%|‰|人次|吨|家|名|项|人|个|件|亩|平方米|套|户|所|票|周岁)
""",
}
