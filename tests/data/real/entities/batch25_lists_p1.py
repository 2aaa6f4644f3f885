"""Reading lists of the batch-25 entity gold, pass 1 (branch issue-e25p1-s19); see build_batch.py for the
line format and README-batch25.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-moea-exporter-registration-rules-2010": r"""
ORG	經濟部
# quoted regulation names DOC with their marks; the unmarked name in the article heading nothing (as 基本法)
DOC	「出進口廠商登記管理辦法」
DOC	「出進口廠商登記辦法」
ORG	經濟部
DATE	中華民國99年6月1日
DOC	經貿字第09904603240號
DOC	「出進口廠商登記管理辦法」
DOC	「出進口廠商登記辦法」
DOC	「出進口廠商登記辦法」
PER	施顏祥
ORG	經濟部國際貿易局
ORG	貿易局
ORG	貿易局
ORG	貿易局
""",
    "press-mo-legco-hengqin-visit-2026": r"""
ORG	立法會
LOC	橫琴
LOC	橫琴粵澳深度合作區
ORG	立法會
# 合作區 alone nothing (a generic short name); the university city a named zone LOC — doubtful
LOC	澳琴國際教育（大學）城
LOC	珠江西岸國際航空樞紐（港）
LOC	橫琴口岸
ORG	合作區執委會
ORG	橫琴海關
ORG	橫琴邊檢站
ORG	澳門大學
ORG	澳門理工大學
ORG	澳門旅遊大學
ORG	教育及青年發展局
ORG	澳門海關
ORG	治安警察局
ORG	保安部隊事務局
ORG	澳門國際機場專營股份有限公司
ORG	立法會
PER	何潤生
ORG	公共財政事務跟進委員會
PER	宋碧琪
PER	顏奕恆
PER	林倫偉
LOC	澳琴國際教育（大學）城
# 九月 nothing (no digit); the quoted facility name LOC without the marks — doubtful
LOC	德智廣場
ORG	土地及公共批給事務跟進委員會
PER	李靜儀
PER	柳智毅
LOC	珠江西岸國際航空樞紐（港）
# the forward cargo station one LOC (a named facility) — doubtful (ORG 澳門國際機場 + LOC 橫琴 the other reading)
LOC	澳門國際機場橫琴前置貨站
ORG	公共行政事務跟進委員會
PER	馬志成
PER	高錦輝
PER	梁鴻細
LOC	澳琴口岸
TERM	“分線管理”
ORG	合作區執委會
PER	聶新平
PER	曹晉鋒
PER	張國基
ORG	行政事務局
PER	鍾頴儀
ORG	經濟發展局
PER	吳創偉
ORG	城市規劃和建設局
PER	劉榕
ORG	民生事務局
PER	馮方丹
ORG	橫琴海關
PER	周曉雷
ORG	橫琴邊檢站
PER	鄭戈
ORG	澳門國際機場專營股份有限公司
PER	張允
ORG	澳門特區教育及青年發展局
PER	龔志明
ORG	澳門大學
PER	宋永華
ORG	澳門理工大學
PER	周仲榮
ORG	澳門旅遊大學
PER	黃竹君
ORG	澳門海關
ORG	治安警察局
ORG	保安部隊事務局
""",
    "news-cn-tech-stocks-a-share-volatility-2026": r"""
# market indices (上证指数, 创业板指, 沪深300指数, 北证50指数 …) and A股 nothing — doubtful (no precedent; their digits
# are names, not amounts); 申万一级行业 nothing (a classification); 逾1% → 1%, 近300亿元 → 300亿元, 超4000只 → 4000只
# (as 逾60款 → 60款); 逾六成 nothing (no digit); the negative contributions -3.96点 → 3.96点 — doubtful
*DATE	6月11日
*QUANT	\d+(?:\.\d+)?%
*QUANT	\d+(?:\.\d+)?万?亿元
*QUANT	\d+只
*QUANT	\d+(?:\.\d+)?点
# 沪深两市 → 沪 + 深 (one-character place words, as 港澳 → 港 + 澳)
*LOC	沪(?=深两市)
*LOC	(?<=沪)深(?=两市)
ORG	云南锗业
ORG	章源钨业
ORG	工业富联
ORG	绿的谐波
ORG	新易盛
ORG	中际旭创
ORG	工业富联
ORG	亨通光电
ORG	绿的谐波
ORG	农业银行
ORG	新易盛
ORG	中际旭创
ORG	宁德时代
ORG	京东方A
ORG	濮阳惠成
ORG	华特气体
ORG	炬光科技
ORG	耐科装备
ORG	兴福电子
ORG	和林微纳
ORG	沃格光电
ORG	五方光电
ORG	宸展光电
ORG	烽火通信
ORG	德科立
ORG	太辰光
ORG	武汉凡谷
ORG	数据港
ORG	Wind
ORG	新易盛
ORG	中际旭创
ORG	沪电股份
ORG	有研粉材
ORG	斯瑞新材
ORG	博威合金
ORG	海亮股份
ORG	章源钨业
ORG	翔鹭钨业
ORG	云南锗业
ORG	金钼股份
ORG	永杉锂业
ORG	云南锗业
ORG	章源钨业
ORG	天齐锂业
ORG	赣锋锂业
ORG	融捷股份
ORG	云南锗业
ORG	章源钨业
DATE	6月10日
ORG	翔鹭钨业
# 2026年6月份上半月 → 2026年6月份, 5月份下半月 → 5月份, 5月底 → 5月底, 6月下旬 → 6月下旬 — doubtful (the part of the month out the other reading)
DATE	2026年6月份
QUANT	518000元/标吨
QUANT	517000元/标吨
QUANT	780000元/吨
DATE	5月25日
DATE	5月份
ORG	上海钢联
DATE	5月底
ORG	华西证券
PER	晏溶
ORG	东兴证券
ORG	华安证券
PER	郑小霞
ORG	华西证券研究所
PER	李立峰
DATE	6月下旬
ORG	东吴证券
PER	陈刚
PER	郑小霞
""",
    "wr-qinghai-2026": r"""
# the header as in the other 2026 work reports: the congress without 第四次会议, 青海日报 ORG, the clock time out;
# 省人民政府 / 省政府 / 省委 generic; the ideology → 习近平 + 中国 (batch 19); 中国式现代化 nothing
*PER	习近平
*ORG	党中央
*LOC	青海
# the portfolio word 援青 → 青 (as 援疆 → 疆)
*LOC	(?<=援)青
*DATE	2025年(?!度)
# every quoted formula, slogan, brand and programme TERM, except the quoted air route, whose places are LOC — doubtful
*TERM	“(?!西宁—)[^”]+”
# works in 《》 (films, a drama, a dictionary) DOC with the marks
*DOC	《[^》]+》
# counted and measured amounts; 超500亿元 → 500亿元, 近2000亿元 → 2000亿元, 17万婴幼儿 → 17万, 400多部 whole (as 300余个) — doubtful
*QUANT	\d+(?:\.\d+)?多?(?:(?:万|亿)(?:个百分点|立方米|千瓦|人次|公里|微米|[%亩吨元度P户套座个家项件所部份条架倍名人轮县乡])?|(?:个百分点|立方米|千瓦|人次|公里|微米|[%亩吨元度P户套座个家项件所部份条架倍名人轮县乡]))
DATE	2026年1月27日
ORG	青海省第十四届人民代表大会
PER	罗东川
DATE	2026-01-31
ORG	青海日报
LOC	中国
ORG	国务院
LOC	三江源国家公园
LOC	祁连山
LOC	青海湖国家公园
LOC	坎布拉
LOC	三江源
# 湟水山水工程 → the river inside
LOC	湟水
ORG	兴华锂盐
# the atmospheric station a named place — doubtful (ORG the other reading)
LOC	瓦里关全球大气本底站
LOC	同德县
LOC	达日县
LOC	城北区
LOC	兴海县
LOC	班玛县
LOC	湟中区
LOC	祁连县
LOC	玛沁县
# a project named by its company → the company (as 吉化乙烯项目 → 吉化)
ORG	红狮
ORG	亚太轻合金
ORG	青海丽豪
ORG	麦当劳
ORG	小米汽车
LOC	西宁机场
# a named line's section one LOC — doubtful
LOC	格库铁路青海段
LOC	加西
LOC	沙久
# 引大济湟工程 nothing (a project name); 第26届青洽会 nothing (an event)
LOC	那棱格勒河水利枢纽
ORG	中国盐湖集团
LOC	格尔木盐湖绿色产业园
ORG	中信国安锂业
# 格尔木东、海南清洁能源基地 → LOC 格尔木东 + LOC 海南 (the prefecture) — doubtful
LOC	格尔木东
LOC	海南
# a company with the place of its plant → ORG + LOC (as 白城 + 梅花 in the Jilin report)
ORG	华电
LOC	德令哈
LOC	格尔木
LOC	德令哈
# named power lines LOC (as 沈白高铁); the substation 香加 LOC — doubtful
LOC	青藏直流
LOC	香加
LOC	果洛
LOC	玉树
LOC	青海湖示范区
LOC	青南试验区
LOC	青甘大环线
LOC	青海湖
LOC	岗什卡雪山
LOC	环北龙山旅游风景道
LOC	倒湖茶公路
LOC	中国
# 天空之镜 (a nickname) nothing, the lake LOC
LOC	茶卡盐湖
LOC	察尔汗梦幻盐湖
LOC	大柴旦翡翠湖
LOC	黑独山
LOC	同宝山
LOC	拉脊山
# 香港STC → LOC 香港 + ORG STC (the testing centre) — doubtful
LOC	香港
ORG	STC
ORG	龙洋知鲜
LOC	三江源
ORG	阿里云
ORG	金山云
ORG	新华三
LOC	青海图灵小镇
LOC	青藏高原
ORG	西部矿业
ORG	能源发展集团
# a laboratory named with its university one ORG — doubtful
ORG	青海大学三江源生态大数据应用实验室
ORG	青海师范大学藏语智能实验室
ORG	中国盐湖
ORG	青海盐湖研究所
ORG	青海诺德
LOC	重庆
LOC	四川
LOC	西藏
LOC	甘肃
LOC	新疆
LOC	香港
LOC	澳门
# 雅下水电工程 nothing (a project name); 青藏铁路 LOC (a named line)
LOC	青藏铁路
LOC	西宁
LOC	成都
LOC	曼谷
# 兰西 → 兰 + 西 (as 中欧 → 中 + 欧); the metropolitan area one LOC — doubtful
LOC	兰
LOC	西
LOC	西宁—海东都市圈
LOC	西宁市
LOC	大通
LOC	湟中
LOC	民和
LOC	互助
LOC	共和
LOC	同仁
LOC	玉树
LOC	燕官公路
ORG	玉树河湟中学
ORG	达日果育英才学校
ORG	青海职业技术大学
# 尕日塘秦刻石 → the place inside — doubtful
LOC	尕日塘
ORG	央视
DATE	2026年
LOC	三江源
# 汉藏对照 nothing (languages); 环青赛, 青超联赛, 青BA, 中国冰壶联赛 nothing (events)
ORG	青海冰壶队
LOC	西成铁路
LOC	尖扎黄河特大桥
LOC	化隆县谢家滩乡拉扎村
LOC	西宁
LOC	海东
ORG	省人大常委会
ORG	省人大常委会
ORG	省人大
ORG	省政协
""",
    "gw-tw-exam-yuan-ey-internship-rules-repeal-2010": r"""
ORG	考試院
ORG	行政院
# the quoted regulation name DOC with its marks (the 行政院 inside stays in it)
DOC	「七十三年行政院暨所屬各機關分類職位公務人員第二職等考試錄取人員實習辦法」
ORG	考試院
ORG	行政院
DATE	中華民國99年4月19日
DOC	考臺組壹一字第09900029851號
DOC	院授人力字第0990061810號
DOC	「七十三年行政院暨所屬各機關分類職位公務人員第二職等考試錄取人員實習辦法」
# the two-character name spaced out in the signature line, with its space
PER	關　中
PER	吳敦義
""",
    "news-cn-midday-market-review-2026": r"""
# index names and A股 nothing, as in the held-out market report
ORG	中国经济网
LOC	北京
DATE	6月12日
QUANT	4049.29点
QUANT	1.56%
QUANT	15103.14点
QUANT	1.69%
QUANT	3859.75点
QUANT	1.27%
""",
    "press-mo-smart-clearance-expansion-2026": r"""
# every quoted measure name TERM with its marks
*TERM	“[^”]+”
# the Zhuhai-Macao hall of the bridge port one LOC (a named hall of a named port) — doubtful
LOC	青茂口岸
LOC	港珠澳大橋口岸珠澳大廳
ORG	治安警察局
ORG	澳門保安部隊事務局
LOC	青茂口岸
LOC	港珠澳大橋口岸珠澳大廳
DATE	2026年6月26日
LOC	青茂口岸
LOC	港珠澳大橋口岸珠澳大廳
LOC	橫琴口岸
ORG	治安警察局
ORG	澳門保安部隊事務局
ORG	珠海出入境邊防檢查總站
ORG	合作區經濟發展局
# 去年11月5日 → 11月5日, 本月24日 → 24日, 本年6月26日 → 6月26日 (as 去年11月 → 11月)
DATE	11月5日
LOC	橫琴口岸
# 澳琴 → 澳 + 琴 (as 中葡)
LOC	澳
LOC	琴
LOC	澳
LOC	琴
DATE	24日
LOC	橫琴口岸
QUANT	31萬人
QUANT	621萬人次
QUANT	42%
LOC	青茂
LOC	港珠澳大橋口岸珠澳大廳
ORG	治安警察局
ORG	澳門保安部隊事務局
ORG	珠海出入境邊防檢查總站
DATE	6月26日
LOC	青茂口岸
LOC	港珠澳大橋口岸珠澳大廳
QUANT	204條
# a range one DATE; 5月11日及12日 one DATE (as 6月20、21、27及28日, batch 20) — doubtful
DATE	4月22日至24日
DATE	5月11日及12日
DATE	24日
QUANT	17萬人
QUANT	172萬人次
QUANT	14歲
LOC	澳門
LOC	香港
LOC	橫琴口岸
LOC	青茂口岸
LOC	港珠澳大橋口岸珠澳大廳
LOC	青茂口岸
LOC	台灣
LOC	橫琴口岸
LOC	港珠澳大橋口岸珠澳大廳
ORG	治安警察局
ORG	澳門保安部隊事務局
ORG	珠海出入境邊防檢查總站
DOC	《粵港澳大灣區發展規劃綱要》
LOC	粵港澳大灣區
""",
    "press-tw-president-it-talent-awards-2026": r"""
*LOC	臺灣
# the quoted award, month, theme and programme names TERM with their marks (the award title with 114 and 『』 whole)
*TERM	「[^」]+」
PER	賴清德
DATE	今（2）日
# 總統府 LOC where it is entered, ORG before its secretary-general — doubtful
LOC	總統府
ORG	台北市電腦公會
ORG	資訊月活動委員會
QUANT	10位
PER	林佳璋
PER	洪進福
PER	金慶柏
QUANT	3位
PER	楊鎮華
PER	陳彥霖
PER	張耀中
PER	林取德
QUANT	4位
PER	廖家德
PER	林秋燕
PER	林世哲
QUANT	3位
DATE	2040年
QUANT	50萬個
QUANT	15兆元
# 監事會 generic (batch 20)
ORG	台北市電腦公會
PER	蘇亮
ORG	資訊月活動委員會
PER	劉瑞復
ORG	數發部
PER	侯宜秀
LOC	總統府
ORG	總統府
PER	潘孟安
""",
    "news-hk-korea-democracy-students-column-2021": r"""
*LOC	韓國
*PER	全斗煥
*PER	朴鍾哲
*PER	李韓烈
*ORG	延世大學
*ORG	華人基督徒義顯社
# quoted organisation names ORG without the marks (batch 20)
*ORG	治安本部反共分部
# the byline's pen name PER
PER	鳴暉
LOC	漢城
LOC	首爾
LOC	南營洞
LOC	北韓
DOC	《國家安全法》
DATE	1987年1月14日
# the student council inside the university: two ORG — doubtful; 朴氏 (the named victim by surname) nothing — doubtful
ORG	首爾國立大學
ORG	民主推進委員會
ORG	爭取民主憲法的國民運動本部
DATE	1987年6月9日
# 當年六月 nothing (no digit); 整個6月 → 6月
DATE	6月
QUANT	500萬名
TERM	「打倒獨裁」
TERM	「建立直選制」
LOC	亞洲
PER	鍾樂偉
DOC	《如果那天來到 – 南韓民主化進程》
LOC	香港
ORG	蜂鳥出版有限公司
# the citation's bare year DATE — doubtful
DATE	2020
# the 眾新聞 footer as in earlier batches; the column name 義顯之聲 nothing
ORG	眾新聞
TERM	「每周時事」
""",
    "gw-sh-transport-construction-credit-rules-2021": r"""
# the tool's preamble as in earlier Shanghai notices; every 《》 title DOC; the unmarked title line → the place inside
# (as the Yangpu plan's title lines); 本市, 区交通行政管理部门, 司法机关, 相关行业协会 nothing
*DOC	《[^》]+》
*DATE	2021年9月18日
*DATE	2026年9月17日
*ORG	市交通委(?!员)
*ORG	市交通建管中心
*ORG	市交通安质监站
LOC	上海市
ORG	上海市交通委员会
DOC	沪交行规〔2021〕8号
DATE	2021年7月29日
ORG	上海市交通委员会
DATE	二○二一年八月十日
LOC	上海市
TERM	“市场主体”
ORG	上海市交通委员会
ORG	上海市交通建设工程管理中心
ORG	上海市交通建设工程安全质量监督站
QUANT	2年
""",
    "gw-sh-urban-transport-system-plan-2024": r"""
# the tool's preamble as in earlier Shanghai notices (siteId nothing); every 《》 title DOC, every “…” TERM; the unmarked
# title lines → LOC 上海市 inside (as the credit rules); 市委, 各区, 相关区, 委内各相关处室, 中心城区 nothing
*DOC	《[^》]+》
*TERM	“[^”]+”
*LOC	上海市
*DATE	2024年-2025年
# the task table's year headings and 2024年年内 → the year; 2025年度 → 2025年 — doubtful
*DATE	202[45]年
*QUANT	\d+万?[个项]
*QUANT	\d+%
*LOC	上海大都市圈
*ORG	市规划资源局
*ORG	市发展改革委
*ORG	久事公交集团
# metro lines LOC (named lines, as 沈白高铁) — doubtful; the bare 20 before 示范性 nothing (no unit) — doubtful
*LOC	(?:轨道交通)?(?:19|20)号线
*LOC	漕宝路快速路
*LOC	(?:银都路|龙水南路|隆昌路)越江隧道
*LOC	外环西段
*LOC	G320
*LOC	北横通道
*LOC	西藏南路隧道
*LOC	内环高架
# the commission's divisions in the task table ORG — doubtful (generic units the other reading)
*ORG	(?:综合规划|交通建设|设施养护|客运|设施运行|科技信息|轨道交通|安全监管)处
ORG	上海市交通委员会
ORG	上海市交通委员会
DATE	2024年12月25日
ORG	国务院
DOC	建城〔2023〕74号
ORG	市住建委
ORG	市财政局
LOC	沪太路
LOC	中山北二路
""",
    "news-hk-myanmar-coup-china-2021": r"""
# quoted speech nothing; short quoted words and slogans (≤ 8 characters inside the marks) TERM with the marks, except
# the quoted organisation names, ORG without the marks — the line between a quoted phrase and speech doubtful
*TERM	「(?!國際危機組織」|北方聯盟」)[^」]{1,8}」
*ORG	國際危機組織
*ORG	北方聯盟
# the embassies, governments (as 聖國政府, batch 20), the Chinese business chamber and companies ORG whole
*ORG	(?<=[的光])中國大使館
*ORG	中國政府
*ORG	(?:緬甸)?中國企業商會
*ORG	中國國家電力投資集團
*ORG	中國電建
*ORG	聯合國安理會
*ORG	(?<!國)安理會
*ORG	緬甸企業責任中心
*ORG	緬甸時報
*ORG	美聯社
*ORG	眾新聞
*ORG	中信集團
*ORG	MCRB
*ORG	全?民盟
# armies ORG (as 解放軍); 中共 ORG
*ORG	緬軍
*ORG	中共
*PER	昂山素姬
*PER	(?<!山)素姬
*PER	敏昂萊
*PER	登盛
*PER	習近平
*PER	白天(?=在會上)
*PER	Ari Ben-Menashe
*PER	周浩霖
*PER	丹尼
*LOC	皎漂深水港
*LOC	密松大壩
*LOC	密松
# 中緬 / 緬中 → 中 + 緬; 在緬, 入緬, 對緬, 駐緬 → 緬 (as 來澳 → 澳); 中方, 緬方, 緬人, 緬族 nothing
*LOC	中(?=緬)
*LOC	(?<=中)緬
*LOC	緬(?=中關係)
*LOC	(?<=緬)中(?=關係)
*LOC	(?<=[在入對駐])緬(?!甸)
*LOC	緬甸
*LOC	中國
*LOC	北京
*LOC	仰光
*LOC	曼德勒
*LOC	香港
*LOC	(?:台灣|雲南|印度洋|挪威|日本|美國|英國|法國|歐洲|亞洲)
*DATE	2月1日
*DATE	2011年
LOC	萊達雅區
QUANT	50名
ORG	中國駐緬甸大使館
LOC	仰光蘭達亞工業區
LOC	蘭達亞區
LOC	萊達雅區
ORG	推特
ORG	南華早報
DATE	3月16日
ORG	華為
ORG	中興
PER	Danny
ORG	臉書
LOC	克钦邦
DATE	2015年
ORG	聯合國
PER	陳海
# 中南海 the seat of government LOC — doubtful
LOC	中南海
ORG	中石油
DATE	2018年
LOC	若開邦
ORG	美軍
LOC	馬六甲海峽
LOC	美
LOC	歐
LOC	日
QUANT	135兆瓦
QUANT	24歲
LOC	昆明
LOC	比利時布魯塞爾
ORG	International Crisis Group
DATE	2月4日
ORG	國防軍
PER	Min Aung Hlaing
QUANT	15個
LOC	俄羅斯
LOC	越南
LOC	以色列
LOC	加拿大
ORG	美國國會
DATE	2020年
DATE	2月中
ORG	EDF
ORG	Engie
ORG	SN Power
ORG	丸紅商社
ORG	Marubeni Corporation
DATE	2016年
QUANT	36億美元
QUANT	280億港元
ORG	能源部
ORG	全國民主聯盟
PER	昂津披登
PER	Aung Zin Phyo Thein
QUANT	75億美元
QUANT	13億美元
LOC	華府
ORG	史汀生研究中心
PER	孫韻
LOC	東南亞
LOC	南亞
QUANT	800公里
ORG	中國外交部涉外安全事務司
PER	白天
ORG	外交部
ORG	美國之音
ORG	可口可樂
ORG	法國道達爾石油集團
ORG	TOTAL
ORG	H&M
ORG	喜力
QUANT	50家
PER	潘繼澤
ORG	KBZ
ORG	Nishimura & Asahi
ORG	大善
ORG	Daizen Myanmar
LOC	新加坡
ORG	Ascent Capital
DATE	2月
PER	鮑曼
PER	Vicky Bowman
LOC	泰國
ORG	環球時報
PER	羅冠聰
# 港獨 → 港 (as 亂港, batch 20) — doubtful; 大陸 (the mainland) LOC — doubtful; unmarked 國安法 nothing
LOC	大陸
LOC	港
PER	沈旭暉
ORG	早稻田大學亞洲太平洋研究科
PER	馮嘉誠
LOC	大陸
LOC	中國大陸
LOC	馬里
ORG	佤邦聯合軍
ORG	United Wa State Army
PER	喬利夫
PER	Kim Joliffe
PER	Thompson Chau
ORG	Frontier Myanmar
ORG	Myanmar Times
DATE	2020年
DATE	2016-2021年
DATE	2014年
PER	登敦
PER	Thein Tun
PER	Thompson
ORG	EuroMatters
ORG	日經亞洲
ORG	金融時報
ORG	經濟學人
ORG	每日電訊報
ORG	報導者
TERM	「每周時事」
""",
}
