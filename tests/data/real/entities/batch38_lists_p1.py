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
    "gw-cn-pboc-open-market-operations-notice-2026-6": r"""
# the announcement series with its year and serial one DOC (as 国务院令第513号)
DOC	中国人民银行公开市场业务公告［2026］第6号
# 各公开市场业务一级交易商 nothing (a kind)
ORG	中国人民银行
DATE	8月14日
DATE	8月17日至8月19日
QUANT	6000亿元
# the bank's office with the bank one ORG (a department with its body)
ORG	中国人民银行公开市场业务操作室
DATE	二〇二六年八月十二日
""",
    "gw-cn-pboc-outright-reverse-repo-tender-notice-2026-16": r"""
# the tender announcement's series name with its year and serial one DOC — doubtful (no issuer written; the
# bracketed year and serial alone, or nothing, the other readings)
DOC	公开市场买断式逆回购招标公告 [2026]第16号
DATE	2026年8月14日
ORG	中国人民银行
QUANT	10000亿元
QUANT	6个月
QUANT	185天
DATE	2027年2月15日
ORG	中国人民银行公开市场业务操作室
DATE	2026年8月13日
""",
    "gw-cn-pingtan-public-hospitals-renaming-notice-2015": r"""
# the crawler's header as in the Pingtan work report: 发布时间 DATE; 发布机构 / 来源 中国平潭 (the government portal's
# name) ORG — doubtful (LOC 中国 + 平潭 the other reading); 区管委会办公室 (栏目) generic; URL and path nothing
DATE	2015-09-14
ORG	中国平潭
DATE	2015-09-14
ORG	微信
ORG	微博
ORG	QQ空间
DOC	岚综管办〔2015〕174号
ORG	平潭综合实验区管委会办公室
# 区直各单位, 各片区开发管理局, 各乡镇人民政府 nothing (kinds)
ORG	平潭县医院
ORG	平潭县中医院
DOC	《医疗机构管理条例》
# quoted old and new names of the hospitals ORG without the marks (as the quoted new name of batch 20)
ORG	福建省平潭县医院
ORG	平潭综合实验区医院
ORG	福建省平潭县中医院
ORG	平潭综合实验区中医院
ORG	平潭县医院
ORG	平潭县中医院
ORG	平潭综合实验区管委会办公室
DATE	2015年9月10日
ORG	中国平潭
""",
    "gw-cn-spc-railway-personal-injury-interpretation-2010": r"""
# the unmarked title line: the body inside
ORG	最高人民法院
DATE	2010年1月4日
# the court's committee one ORG, the meeting (第1482次会议) out
ORG	最高人民法院审判委员会
DATE	2020年12月23日
ORG	最高人民法院审判委员会
# the amending decision's title one DOC, with the nested title and its 《》 inside
DOC	《最高人民法院关于修改〈最高人民法院关于在民事审判工作中适用《中华人民共和国工会法》若干问题的解释〉等二十七件民事类司法解释的决定》
DATE	2021年11月24日
ORG	最高人民法院审判委员会
DOC	《最高人民法院关于修改〈最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释〉的决定》
DATE	2022年1月1日
DOC	《中华人民共和国民法典》
DOC	《中华人民共和国铁路法》
DOC	《中华人民共和国民事诉讼法》
# 人民法院, 铁路运输法院, 高级人民法院, 铁路运输企业 kinds: nothing; 百分之… nothing (Chinese numerals)
DOC	《铁路交通事故应急救援和调查处理条例》
""",
    "news-cn-chongqing-jiangjin-yangtze-oil-dumping-verdict-2021": r"""
ORG	澎湃新闻
PER	王鑫
PER	陈健
DATE	12月9日
ORG	澎湃新闻
# the URL in brackets nothing
ORG	重庆市江津区人民法院
# 该院6日: a bare day of the month DATE
DATE	6日
QUANT	6名
LOC	长江
# 十个月, 四个月 nothing (Chinese numerals)
QUANT	31.4倍
QUANT	2.5千米
QUANT	100万
QUANT	13吨
LOC	长江
ORG	重庆新兴齿轮有限公司
LOC	重庆市北碚区
DATE	2020年11月
QUANT	52.54吨
# 刘某, 陈某廷, 陈某江, 邹某 anonymised: nothing
TERM	“串串”
ORG	新兴公司
DATE	2020年11月26日
QUANT	52.54吨
LOC	重庆市九龙坡区黄桷坪
DATE	27日
QUANT	13吨
LOC	长江
LOC	长江
DATE	11月27日
# HWO9类 nothing
LOC	长江
ORG	新兴公司
QUANT	人民币95万余元
ORG	江津法院
QUANT	6人
ORG	江津法院
QUANT	52.54吨
QUANT	13吨
QUANT	39吨
LOC	长江
ORG	江津法院
QUANT	1万元
ORG	江津法院
DOC	《国家危险废物名录》
TERM	“油/水、烃/水混合物或乳化液”
ORG	九龙坡生态环境局
QUANT	31.4倍
QUANT	2.5千米
# the named water source with its river one LOC (a place chain) — doubtful (长江 + 和尚山水源地 the other reading)
LOC	长江和尚山水源地
QUANT	100万
""",
    "news-cn-zhengzhou-airport-transit-passenger-notice-2021": r"""
DATE	12月27日
LOC	郑州市
# 第56号疫情防控通告 (a serial without issuer or year) nothing — doubtful
DATE	2021年12月25日
QUANT	1名
LOC	呼和浩特
# flight numbers nothing
LOC	郑州
LOC	广州
DATE	12月25日
# the terminal with its airport one LOC (a facility with its part); T2 in brackets its other name, a LOC — doubtful
LOC	郑州新郑国际机场2号航站楼
LOC	T2
TERM	“点对点”
DOC	《中华人民共和国传染病防治法》
# 郑州疫情防控健康热线: a hotline → the place inside; the phone number nothing
LOC	郑州
ORG	总台
PER	田萌
PER	王一丹
""",
    "reg-cn-national-holidays-measures-2013": r"""
DATE	1949年12月23日
ORG	政务院
DATE	1999年9月18日
DOC	《国务院关于修改〈全国年节及纪念日放假办法〉的决定》
DATE	2007年12月14日
DOC	《国务院关于修改〈全国年节及纪念日放假办法〉的决定》
DATE	2013年12月11日
DOC	《国务院关于修改〈全国年节及纪念日放假办法〉的决定》
# festivals (新年, 春节, 清明节 …) nothing; day counts QUANT; lunar days sharing 正月 one DATE, 农历 out
QUANT	1天
DATE	1月1日
QUANT	3天
DATE	正月初一、初二、初三
QUANT	1天
QUANT	1天
DATE	5月1日
QUANT	1天
QUANT	1天
QUANT	3天
DATE	10月1日、2日、3日
DATE	3月8日
DATE	5月4日
QUANT	14周岁
DATE	6月1日
QUANT	14周岁
QUANT	1天
ORG	中国人民解放军
DATE	8月1日
# anniversaries named by their dates in Chinese numerals DATE (as unquoted 七一) — doubtful
DATE	二七
DATE	五卅
DATE	七七
DATE	九三
DATE	九一八
""",
    "stats-cn-pingtan-2012-statistical-bulletin": r"""
# the unmarked title line: the year (regex below) and the zone inside
LOC	平潭综合实验区
# ratios (27.0:28.5:44.5, 103.4:100, 106.84) nothing; two values sharing one % written once one QUANT (as 0.6和0.1个百分点)
QUANT	39.4和56.5%
# 5555万贝壳紫菜: a bare 万 number, the counted noun out; 美国红鱼, 南美白对虾 (species) nothing — doubtful
QUANT	5555万
LOC	青峰风电场
# companies of the technical-transformation projects ORG (利亚船厂 a yard acting as a company)
ORG	利亚船厂
ORG	鑫盛投资
ORG	锦荣水产
# 协力科技园封装厂动力车间: the named park LOC, the plant's workshop generic
LOC	协力科技园
ORG	南平电线电缆
# the park's zone with its phase one LOC — doubtful; 信息智慧岛 (a project) nothing — doubtful
LOC	台湾科技园.冠捷园区（一期）
ORG	长河动力与储能
ORG	万众百源
ORG	华润燃气
# roads, bridges, interchanges, ports, substations and transmission works LOC; a road's section named by places
# whole (as 黄河流域陕晋豫段), 中段 out (as 长江中下游 → 长江)
LOC	环岛路安海澳至山门前段
LOC	坛西大道
# 前进110千伏二期扩建: the substation named 前进 → LOC 前进 + QUANT 110千伏 — doubtful
LOC	前进
LOC	金井
LOC	海峡大桥复桥
LOC	金井港区
LOC	福平大道
LOC	渔平立交互通
# named urban clusters (组团) LOC, 造地 out — doubtful
LOC	金井组团
LOC	幸福洋组团
LOC	岚城组团
LOC	坛东大道
LOC	金井湾大道
LOC	环岛公路（山门前至平原段）
LOC	竹屿220千伏变电站
# 平原官树下和天山110千伏变电站: two substations sharing the kind → LOC 平原官树下 + LOC 天山110千伏变电站 — doubtful
LOC	平原官树下
LOC	天山110千伏变电站
LOC	福清华塘至竹屿220千伏输变电工程
LOC	澳前国家中心渔港（二期）
LOC	金井湾
LOC	竹屿
# 上岛铁路 generic
ORG	国家发改委
LOC	长平高速
LOC	娘宫立交互通
LOC	金井湾大桥
LOC	澳前疏港公路
# a lake's dredging project → the lake
LOC	36脚湖
LOC	翠园北路
LOC	翠园南路
LOC	万北路
LOC	竹屿湖公园
LOC	西航公园
LOC	万宝山公园
LOC	南海乡
LOC	屿头乡
# 流水小城镇综合改革试点 → the town 流水
LOC	流水
# a library's branch where it is set up, LOC as a venue — doubtful (ORG the other reading)
LOC	海西乡村图书馆平潭馆
LOC	流水镇五埕村
# contests (events) → the places inside
LOC	中国
TERM	“全覆盖”
# the towns' sports facilities → the towns; 县体育场, 县网球场 generic
LOC	苏澳镇
LOC	屿头乡
LOC	平原镇
TERM	“政府投入、企业运营、政策扶持、部门监管”
TERM	“四术”
*DATE	2012年[度末]?
*LOC	平潭
# 省外入岚 → 岚
*LOC	(?<=入)岚
# counts with their units (多 inside, 以上 / 以下 out; a space before the unit inside)
*QUANT	(?<![\d.:])\d+(?:\.\d+)?多?(?: ?[万亿])?多?\s?(?:个百分点|个千分点|千瓦时|吨公里|人公里|人/平方公里|平方米|平方公里|美元|元|%|％|‰|总吨|千瓦|千伏|英寸|公里|亩|吨|头|只|粒|个|艘|台|辆|户|部|项|人次|人|家|件|册|场次|处|张|例|份|起)
""",
}
