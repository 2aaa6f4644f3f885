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
}
