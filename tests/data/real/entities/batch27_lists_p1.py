"""Reading lists of the batch-27 entity gold, pass 1 (branch issue-e27p1-s20); see build_batch.py for the
line format and README-batch27.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-moj-regulations-committee-sections-2010": r"""
# the Taiwan 令 as batch 25's MOEA and Examination Yuan orders: the rule's name in 「」 TERM with its marks (the
# 法務部 inside stays in it, batch-25 D-1), the date line DATE, the 字號 DOC, the minister PER
*TERM	「法務部法規委員會組織規程」
# 法務部令 (title and heading) → the ministry
*ORG	法務部(?=令)
DATE	中華民國99年4月8日
DOC	法令字第0990600948號
PER	曾勇夫
# the unmarked heading 法務部法規委員會組織規程第二條修正條文 nothing (as unmarked law names, batch 24), 本會 / 本部
# generic, the sections (第一科 …) nothing
ORG	行政院
ORG	行政院
ORG	行政院
# the two covenants' implementing act, unmarked: nothing (an unmarked law name)
ORG	行政院
""",
    "news-tw-taipei-shopping-district-stars-2013": r"""
LOC	台北
# the districts' short names in the headline LOC; star ratings (3星, 3星級, 2星級, 1星級) nothing (as 5A級)
LOC	寧夏
LOC	西門
ORG	中央社
PER	戴雅真
LOC	台北
DATE	29日
ORG	台北市政府
# quoted place names LOC without the marks
LOC	寧夏商圈
LOC	西門商圈
# 台北市長 → 台北市 (as 臺南市長 → 臺南市, batch 24)
LOC	台北市
PER	郝龍斌
LOC	台北
LOC	台北市
PER	郝龍斌
LOC	台北市
ORG	萬事達卡
# the quoted survey name TERM; 前20名, 5大, 第6項 nothing (ranks and counts without a unit)
TERM	「全球最佳旅遊城市」
LOC	台北市
PER	郝龍斌
ORG	台北市商業處
LOC	寧夏
LOC	西門
LOC	寧夏商圈
# 千歲宴 (an event) nothing
LOC	西門商圈
LOC	天母商圈
LOC	台大公館商圈
LOC	後站批發商圈
LOC	天母商圈
LOC	公館商圈
LOC	後站商圈
ORG	商業處
QUANT	8個
LOC	永康商圈
LOC	八德商圈
LOC	四平商圈
LOC	晴光商圈
LOC	承德汽車商圈
LOC	北門相機商圈
LOC	中華影音商圈
LOC	艋舺服飾商圈
LOC	西湖商圈
LOC	朝陽服飾材料商圈
# 文昌家具: a district named without 商圈 in a list of districts, LOC — doubtful
LOC	文昌家具
# the trailing CNA code (ROC 102, 29 October) DATE (batch 24)
DATE	1021029
""",
    "press-tw-president-manager-awards-2026": r"""
# every quoted award, programme, slogan and phrase TERM with its marks (the 美國 inside the programme stays in
# it); the ordinal 第19屆 and the year 2025 before an award nothing — the year doubtful (as 2025中国足协杯)
*TERM	「[^」]+」
*LOC	臺灣
PER	賴清德
DATE	今（2）日
LOC	美國
# 美方 nothing (as 中方)
ORG	中華民國企業經理協進會
QUANT	8.68%
# 15年來 → 15年
QUANT	15年
LOC	美國
ORG	行政院
QUANT	930億元
# a government ORG whole (batch 20)
ORG	美國政府
QUANT	10%
QUANT	15%
DATE	2026年
ORG	中華民國企業經理協進會
PER	羅達賢
ORG	經濟部
PER	何晉滄
# 總統府 LOC where it is entered, ORG before its secretary-general (batch 25)
LOC	總統府
ORG	總統府
PER	潘孟安
""",
    "wr-xinjiang-2026": r"""
# the header as in the other 2026 work reports (2026年 + the region in the title, the congress without 第四次会议,
# 新疆日报 ORG); 自治区人民政府, 自治区党委, 全区 generic (batch 10), 自治区政协 ORG; the tool's menu words nothing
DATE	2026年
LOC	新疆维吾尔自治区
DATE	2026年1月27日
ORG	新疆维吾尔自治区第十四届人民代表大会
ORG	新疆日报
DATE	2026-02-12
PER	艾尔肯·吐尼亚孜
DATE	1月27日
PER	艾尔肯·吐尼亚孜
# the photo credit: the platform and the paper ORG, the reporter PER
ORG	石榴云
ORG	新疆日报
PER	谢龙
ORG	自治区政协
DATE	2025年
DATE	2022年7月
DATE	2023年8月
DATE	2025年9月
# the central delegation ORG (as 中国体育代表团) — doubtful
ORG	中央代表团
# anniversaries QUANT (100周年)
QUANT	70周年
# 天山南北 (the whole region named by its range) → LOC 天山 — doubtful
LOC	天山
QUANT	70年
# 中国 in 中国式现代化 LOC (batch-25 D-7)
LOC	中国
# 中华民族 nothing (batch 1); the one-character 疆 after a verb (治疆, 稳疆, 润疆, 兴疆, 建疆, 涉疆) LOC (as 援疆 → 疆)
LOC	天山
QUANT	5年
DOC	《地上的云朵》
LOC	乌拉泊古城
LOC	交河故城
LOC	莫尔寺遗址
# a museum built: the venue LOC
LOC	西域都护府博物馆
# 天山文学奖 nothing (an award); the festival an event → the places inside
LOC	中国
PER	布茹玛汗·毛勒朵
PER	龙吉克·卡德尔
PER	玛依努尔·尼牙孜
PER	王桂珍
PER	贺娇龙
QUANT	5年
QUANT	4年
QUANT	4年
# named lines, an airport, a tunnel, a motorway LOC; the project's hub LOC (as 那棱格勒河水利枢纽) — doubtful
LOC	中吉乌铁路
LOC	乌鲁木齐天山国际机场
LOC	和若铁路
LOC	阿尔塔什水利枢纽
LOC	天山胜利隧道
LOC	乌尉高速
# 环塔里木电网工程 (a grid project) → the basin's name inside — doubtful
LOC	塔里木
# the oilfield company drilling ORG — doubtful (LOC the field the other reading)
ORG	塔里木油田
LOC	亚洲
# 央地, 兵地 nothing (pairs of kinds of actor, not names) — doubtful
ORG	新疆农商银行
ORG	新疆银行
ORG	库尔勒银行
ORG	汇和银行
# 自治区优化营商环境条例 unmarked nothing
# 亚欧黄金通道 → the place inside (亚欧, as the 中国—亚欧博览会 of earlier gold)
LOC	亚欧
LOC	丝绸之路经济带
LOC	乌鲁木齐国际陆港区
LOC	喀什
LOC	霍尔果斯经济开发区
LOC	别迭里口岸
LOC	中欧（亚）班列
LOC	中国（新疆）自贸试验区
QUANT	4年
# 亚欧博览会 an event → 亚欧; 商博会 nothing
LOC	亚欧
# 环塔里木经济带 one LOC (a named belt, as 丝绸之路经济带) — doubtful
LOC	环塔里木经济带
QUANT	3年
# the desert inside the barrier's name; 塔里木河流域 LOC (as 黄河流域)
LOC	塔克拉玛干沙漠
LOC	塔里木河流域
# repeated names by regex after the ordered lines (a match inside a longer span is skipped); the quotes first
# every quoted formula, title and slogan TERM; works in 《》 DOC with the marks
*TERM	“[^”]+”
*DOC	《[^》]+》
*PER	习近平
*ORG	党中央
*LOC	新疆(?!维吾尔|日报|农商银行|银行)
*LOC	南疆
# 疆 alone: after a verb (治疆 …, 涉疆), in 全疆 (the whole region, doubtful: 全区 is generic) and 疆煤
*LOC	(?<![新南])疆
# counted and measured amounts (余 kept inside, as 300余个); 三成, 九成, 超百万人, 千亿级 nothing (no digit / no amount)
*QUANT	(?<![\d.])\d+(?:\.\d+)?余?(?:万|亿)?余?(?:个百分点|人次|立方米|千瓦|千伏|公里|[%吨斤亩座米倍户列项家届所人个元])
""",
    "gw-cn-sichuan-policy-self-inspection-notice-page-2014": r"""
# (session 20, h20: the HTML reader now keeps the notice's own title line and the page's 发布人 line, read by the
# same guideline; 19项 QUANT as 60项; the poster 刘东 PER; the town in the liaison point's name LOC; 7月8号 DATE)
QUANT	19项
PER	刘东
LOC	下寺镇
DATE	7月8号
# the page's label 接访信息详情 nothing; 各市（州）…, 省政府, 省级部门, 全省 generic; the State Council's notice in 《》 DOC
# (the 国务院 inside stays in it), its number DOC (as 沪交建〔2023〕884号)
DOC	《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》
DOC	国发明电〔2014〕1号
QUANT	4个
QUANT	19个
QUANT	60项
ORG	国务院
# 6月20日18：00 → the date (the clock time out); the transmission platform nothing (no name inside)
DATE	6月20日
QUANT	19个
# the province's named departments ORG, with or without 省 before them (the list names them as the province's) —
# doubtful for the bare ones (住房城乡建设厅 …: generic the other reading)
ORG	省政府办公厅
ORG	住房城乡建设厅
ORG	省发展改革委
ORG	环境保护厅
ORG	民政厅
ORG	省经济和信息化委
ORG	文化厅
ORG	省政府金融办
ORG	商务厅
ORG	科技厅
ORG	农业厅
ORG	水利厅
ORG	省扶贫移民局
ORG	财政厅
ORG	人力资源社会保障厅
DATE	6月20日
""",
    "gw-tw-hakka-council-academic-subsidy-rules-2010": r"""
# the Taiwan 令 as the held-out MOJ order: the 「」 rule name TERM with its marks, the date DATE, the 字號 DOC, the
# chairman PER; the unmarked heading nothing; 客家文化重點發展區 (a designation), 直轄市政府 / 縣（市）政府 generic;
# percentages and counts in Chinese numerals (百分之三十三, 二次) nothing
*TERM	「行政院客家委員會推展客家學術文化活動補助作業要點」
*ORG	行政院客家委員會(?=令)
DATE	中華民國99年4月8日
DOC	客會文字第0990004029號
PER	黃玉振
""",
    "news-hk-civil-society-dissolutions-timeline-2021": r"""
# unmarked 國安法 nothing, 《國安法》 DOC (batch 21); 本港 nothing (as 本澳); 全港 → 港 (as 全疆 → 疆) — doubtful;
# quoted organisation names ORG without the marks; outlets in 《》 ORG without the marks, programmes in 《》 DOC
ORG	教協
QUANT	48年
LOC	港
ORG	教協
QUANT	250名
PER	林鄭月娥
DOC	《國安法》
# the column 【教協解散】 → the union inside
ORG	教協
ORG	眾新聞
DATE	2020年6月30日
PER	黃之鋒
PER	周庭
PER	羅冠聰
ORG	香港眾志
ORG	學生動源
# 香港本部 (the group's Hong Kong branch) → the place — doubtful
LOC	香港
# 晚上11時 out
DATE	2020年6月30日
# 港版國安法 → 港 (as 港區國安法)
LOC	港
DATE	2020年6月30日
ORG	青年新政
PER	梁頌恆
ORG	香港民族陣綫
LOC	香港
ORG	維多利亞社區協會
PER	李永財
PER	何致宏
DATE	2020年8月
ORG	有線新聞部
PER	謝燕娜
PER	李臻
PER	陳興昌
PER	許方輝
QUANT	4名
DATE	12月
ORG	有線新聞部
DATE	2021年1月
ORG	灣仔區議會
PER	楊雪盈
ORG	灣仔起步
DATE	2021年2月
ORG	中大
ORG	中大學生會幹事會
# the quoted candidate cabinet ORG without the marks (a named group) — doubtful (TERM the other reading);
# 學生會 alone generic
ORG	朔夜
DATE	2021年3月
PER	李百全
ORG	香港電台
ORG	港台
DOC	《議事論事》
DOC	《鏗鏘集》
DATE	2021年3月
ORG	民間人權陣線
ORG	民陣
ORG	民陣
ORG	民陣
# 七一遊行 nothing (an event)
DATE	2021年5月
ORG	852郵報
DATE	2021年6月24日
ORG	蘋果日報
ORG	壹傳媒工會
DATE	2021年6月26日
ORG	新民主同盟
DATE	2021年6月
ORG	支聯會
DATE	7月
QUANT	7人
ORG	支聯會
DATE	2021年7月
ORG	香港大學學生會評議會
PER	梁健輝
ORG	港大學生會
# the union building LOC
LOC	學生會綜合大樓
# a month range one DATE
DATE	2021年6-7月
ORG	杏林覺醒
ORG	民權觀察
ORG	g0v.hk
ORG	香港零時政府
ORG	沙田區政
ORG	法政匯思
ORG	進步教師同盟
ORG	傘下爸媽
# facebook ORG (as Facebook, batch 20)
ORG	facebook
DATE	2021年7月
QUANT	256名
DATE	2021年8月10日
ORG	教協
""",
    "press-mo-zhuhai-npc-rules-alignment-visit-2026": r"""
# 行政法務司 ORG with 司長 after it (as 社會文化司); 澳珠, 澳琴, 琴澳 runs of one-character places (the 澳琴 precedent);
# 珠方, 澳方, 雙方 nothing (as 中方); 合作區 alone nothing; 中央 nothing
ORG	行政法務司
PER	黃少澤
ORG	珠海市人大常委會
PER	習近平
LOC	廣東
LOC	澳門
LOC	澳
LOC	珠
LOC	澳
LOC	琴
ORG	澳門特區政府
ORG	行政法務司
PER	黃少澤
DATE	昨（25）日
LOC	珠海
# 黨組書記 a post of the committee's party group: the committee ORG
ORG	珠海市人大常委會
PER	潘江
LOC	澳
LOC	珠
LOC	澳
LOC	琴
PER	黃少澤
TERM	“十五五”
# 澳門特區“三五”規劃 → the place and the quoted plan
LOC	澳門特區
TERM	“三五”
LOC	琴
LOC	澳
TERM	“三五”
# the special economic zone a named zone LOC
LOC	珠海經濟特區
TERM	“試驗田”
LOC	澳門
PER	潘江
LOC	珠海經濟特區
LOC	珠海經濟特區
LOC	珠海
LOC	澳門
ORG	珠海人大
LOC	澳門
TERM	“兩制”
TERM	“一國兩制”
ORG	珠海市人大常委會
PER	潘偉明
ORG	珠海市人大法制委
PER	雍靈
# the office and its other name in brackets ORG each (the 台港澳 inside stays in them)
ORG	珠海市委台港澳辦
ORG	市台港澳事務局
PER	黃萃
ORG	珠海市人大法制委
# 常委會法工委 (the standing committee's legal-affairs commission, short) ORG — doubtful
ORG	常委會法工委
PER	黃宇菲
ORG	澳門特區政府
ORG	行政法務司司長辦公室
PER	曾翔
ORG	法務局
PER	吳子健
ORG	行政法務司司長辦公室
PER	張國華
ORG	法務局
PER	邱顯哲
""",
    "news-hk-taiwan-gay-games-team-2021": r"""
# unmarked 國安法 nothing; the Games (同樂運動會, Gay Games, 世界同樂會, TSG同志亞洲運動會) events: nothing, the places
# inside them LOC (巴黎, 東京, 亞洲; as 東京奧運 → 東京), the years inside their names (2022世界同樂運動會 …) nothing;
# ranks (第11屆, 8強), 千人, 10金5銀3銅 nothing; quoted speech nothing, the places inside it LOC (batch 19)
DATE	11月
ORG	台灣同志運動發展協會
QUANT	5百人
DATE	4月29日
# the government named with its place one ORG (as 臺灣外交部, batch 20)
ORG	台灣政府
ORG	眾新聞
QUANT	5百人
ORG	香港政府
ORG	港府
# 香港特首 → the place (as 台北市長 → 台北市)
DATE	7月
ORG	香港立法會
LOC	美國舊金山
QUANT	4年
ORG	台灣大法官會議
DOC	《釋字第748號解釋》
QUANT	2年
ORG	立法院
DOC	《司法院釋字第748號解釋施行法》
# the quoted provision (16 characters) nothing, as quoted speech — doubtful (TERM the other reading)
ORG	台灣行政院性別平等處
QUANT	5,871對
# repeated names by regex after the ordered lines: the association's defined short name (「台灣同運會」 ORG without
# the marks) and 同運會 alone ORG, before the short quoted phrases TERM (「一個中國」, 「分裂國家」, the three values)
*ORG	台灣同運會
*ORG	同運會
*TERM	「[^」]{1,10}」
*PER	楊智群
*LOC	台灣
*LOC	香港
*LOC	亞洲
*LOC	巴黎
*LOC	東京
# 中國 unmarked (一個中國, 中國施壓, 中國品牌商, 中國對新疆) LOC — the unmarked principle doubtful
*LOC	中國
*LOC	新疆
# the ROC flag (中華民國國旗) → the state's name LOC; the team name Taiwan (以Taiwan隊名) LOC — doubtful
*LOC	中華民國
*LOC	Taiwan
*DATE	\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?
""",
    "press-mo-hengqin-executive-committee-reform-2026": r"""
# the committee by its zone's short name one ORG (batch 25: 合作區執委會); 合作區 alone nothing; 九個 nothing
ORG	合作區執委會
DATE	2026年6月26日
ORG	橫琴粵澳深度合作區執行委員會
QUANT	9個
# the five notices in 《》 DOC (the committee and the bureau inside stay in them)
*DOC	《[^》]+》
# the defined short name “執委會” ORG without the marks, and every later 執委會
*ORG	執委會
# the committee's bureaus ORG, new (行政法務局 …) and former (原法律事務局 → 法律事務局 …)
*ORG	(?:行政法務|發展改革和統計|財政|產業發展|金融發展|民生事務|商事服務|城市規劃和建設|人才發展和社會保障|法律事務|行政事務|經濟發展|統計)局
*TERM	“打造宜居宜業新家園”
*LOC	澳門
*LOC	橫琴
# 琴澳 → 琴 + 澳 (as 澳琴); 澳資企業 → 澳 (as 日商 → 日, batch 20) — doubtful
*LOC	琴(?=澳)
*LOC	(?<=琴)澳
*LOC	澳(?=資)
""",
    "report-cn-central-departments-directory-2025": r"""
# the page's unmarked title (中央有关部门集) nothing, 《中央有关部门集》 DOC; the compiler's pen name 大萌 PER (also in
# the site name 大萌望海楼) — doubtful; unmarked 宪法 nothing, 《宪法》 DOC; hotline numbers, URLs, section numbers and
# emoji nothing; named websites ORG (as 中央政府门户网站, batch 11); bare 人大, 两高, 两会两院 nothing
PER	大萌
DATE	2021-2025
# quoted sayings and words in ‘’ / “” TERM with the marks
TERM	‘上面千条线，下面一根针’
TERM	‘线’
PER	大萌
QUANT	500条
TERM	“线”
DOC	《中央有关部门集》
ORG	党中央
ORG	国务院
ORG	国务院
DATE	2021年
ORG	千县网
ORG	中央军委
ORG	中央办公厅
ORG	中宣部
ORG	中宣部
ORG	国务院
ORG	国务院
# a kind of office in ‘’ TERM (generic, not one body) — doubtful
TERM	‘城管’
TERM	‘住建局’
# the contents: 人民政协 ORG — doubtful (bare 人大 / 政协 nothing); 中共中央, 国务院 ORG
ORG	人民政协
ORG	中共中央
ORG	国务院
ORG	外交部
ORG	国防部
ORG	国安部
ORG	公安部
ORG	司法部
ORG	退役军人部
ORG	应急管理部
ORG	发改委
ORG	工信部
ORG	科技部
ORG	教育部
ORG	人社部
ORG	民政部
ORG	民委
ORG	卫健委
ORG	生态环境部
ORG	自然资源部
ORG	水利部
ORG	住建部
ORG	交通部
ORG	文旅部
ORG	商务部
ORG	财政部
ORG	人行
ORG	审计署
# the news list: slash dates DATE (as 2024/10/18)
DATE	2024/12/25
ORG	国家数据局
DATE	2024/10/1
ORG	中央社会工作部
DATE	2023/8/15
ORG	中央科技委员会
DATE	2023/5/19
ORG	国家金融监督管理总局
ORG	银保监会
DATE	2023/3/7
ORG	国家数据局
ORG	国务院发改委
DATE	2023/1/6
ORG	国家消防救援局
# 应急指挥部原消防救援局 → the command and the former bureau, ORG each
ORG	应急指挥部
ORG	消防救援局
# the reader's name in ‘’ PER without the marks
PER	苏阳阳
DATE	2022/6/27
ORG	中国广电
DATE	2021/11/18
ORG	国家反垄断局
ORG	国务院
DATE	2021/6/12
ORG	云南人大
DATE	2021年
DATE	2021/5/13
ORG	国家疾病预防控制局
DATE	5月
DATE	2021/4/26
ORG	政法委
DATE	2021/2/25
ORG	国务院
ORG	国家乡村振兴局
ORG	全国人民代表大会
ORG	中国人大网
DOC	《宪法》
DATE	1982年
DATE	2018年
ORG	全国人大常委会办公厅
# a magazine in 《》 DOC (as 《經濟學人》)
DOC	《中国人大》
# the law database website and its short name in 【】 ORG — doubtful
ORG	国家法律法规数据库
ORG	国法库
ORG	国家监委
ORG	中央纪委
ORG	中国共产党
QUANT	31个
# the provincial congresses' short names ORG; the one-character province names beside their codes LOC
*ORG	(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)人大
*LOC	[冀晋蒙沪皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇秦新](?=\d)
ORG	新疆兵团
LOC	台湾
LOC	香港
LOC	澳门
ORG	最高法
ORG	最高检
TERM	‘两高’
TERM	‘两院’
ORG	最高人民法院
ORG	最高法
ORG	中国审判流程信息公开网
QUANT	25个
# 京津沪、苏浙闽: one-character province names LOC each
LOC	京
LOC	津
LOC	沪
LOC	苏
LOC	浙
LOC	闽
ORG	中国庭审公开网
ORG	中国裁判文书网
LOC	深圳
LOC	沈阳
LOC	南京
LOC	郑州
LOC	重庆
LOC	西安
ORG	人民法院新闻传媒总社
ORG	中国法院网
# newspapers in 《》 ORG without the marks
ORG	人民法院报
PER	大萌
ORG	最高人民法院新闻局
ORG	最高人民检察院
ORG	最高检
ORG	中国检察网
ORG	中国检察听证网
ORG	检察日报
ORG	正义网
ORG	国家检察官学院
LOC	北京
LOC	沙河
LOC	香山
""",
    "report-hk-gba-dining-digital-tourism-trend-2026": r"""
# the generated guide's header: the bare year of the title DATE — doubtful; the score 574, trend_event and the
# deliverable's name nothing; halves, quarters and 全年 DATE, with the year when it is written (as 2024年下半年,
# 第一季, 2023年第2季, 2024全年 in earlier gold; 同年 out);
# unmarked plans and tables (廣東的人工智能應用行動方案, 旅遊總體規劃, 食肆總收益及購貨額表 625-68001) nothing, the
# places inside them LOC; plan days (第 1–30 日 …) nothing; 中英葡 (languages), 粵式 nothing; AI, QR code nothing
DATE	2026
DATE	2026-09-28
DATE	2026 年上半年
QUANT	2,671 萬人次
QUANT	13%
DATE	第二季
QUANT	0.4%
QUANT	0.3%
DATE	2026 上半年
QUANT	13%
DATE	第二季
QUANT	0.3%
DATE	2026 年 2 月
QUANT	8,799 家
QUANT	0.8%
DATE	2025 年
QUANT	14.7%
QUANT	4,006.9 萬人次
QUANT	6.3%
QUANT	7.3%
QUANT	2,000 澳門元
DATE	2025 年
DATE	2026 年
# 90 日 a day count QUANT (as 10日)
QUANT	90 日
ORG	香港政府統計處
DATE	2026 年第二季
DATE	2026-09-18
ORG	香港旅遊發展局
DATE	2026 年上半年
# a month range one DATE
DATE	2026 年 1 至 6 月
QUANT	2,671 萬人次
QUANT	13%
ORG	香港政府
DATE	2026 年 2 月
# the GBA portal (a government website) ORG — doubtful (LOC 粵港澳大灣區 inside the other reading)
ORG	粵港澳大灣區門戶
LOC	廣東省
ORG	澳門旅遊局
ORG	澳門旅遊局
ORG	澳門統計暨普查局
DATE	2025 年全年
DATE	第四季
QUANT	90 日
DATE	2026-09-28
# every quoted trend, phrase and route TERM with the marks (大灣區 / 香港 inside the trend names stay in them)
*TERM	「[^」]+」
*LOC	大灣區
*LOC	香港
*LOC	澳門
# 訪港 → 港 (as 來臺 → 臺)
*LOC	(?<=訪)港
*LOC	廣東
""",
}
