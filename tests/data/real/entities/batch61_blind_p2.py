"""Pass 2's BLIND reading lists for batch 61 (branch issue-e61p2-s27): written from the bare text of the
documents (split.tsv batch 61; the three held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e61p1-s27) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch61_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-hk-mingpao-coin-young-master-arrested-2018"] = r"""
LOC	深水埗
PER	幣少爺
PER	黃鉦傑
QUANT	24歲
LOC	深水埗警署
PER	黃
QUANT	15分鐘
PER	黃
PER	黃
LOC	西貢田石路
PER	幣少爺
LOC	深水埗
TERM	「明哥北河行動」
PER	明哥
TERM	「紅衫魚」
LOC	福榮街
LOC	桂林街
TERM	「漏網之魚」
PER	黃
LOC	福榮街
QUANT	500元
PER	黃
QUANT	10萬元
LOC	南昌街
PER	黃
QUANT	3吋
QUANT	500元
ORG	深水埗警區
PER	莊翹偉
LOC	福榮街153號
QUANT	100元
QUANT	30分鐘
QUANT	60張
QUANT	100元
LOC	福榮街
LOC	南昌街
PER	黃
ORG	深水埗警區刑事調查隊
TERM	「幣少爺」
PER	黃鉦傑
LOC	深水埗福華街
ORG	林寶堅尼
TERM	「劫富濟貧」
ORG	明報
"""
LISTS["news-tw-cts-nhi-long-term-overseas-residents-petition-2017"] = r"""
TERM	「長年旅居國外禁納健保」
ORG	衛福部
ORG	華視
DATE	2017/11/26
PER	Alex Lai
TERM	「公民政策參與平台」
TERM	「全民健保，長年旅居國外、退保期間過長者，不得成為納保對象」
DOC	《全民健康保險法》
LOC	中華民國
LOC	台灣
QUANT	6個月
LOC	台灣
LOC	台灣
LOC	台灣
TERM	「擁有中華民國國籍」
PER	Alex Lai
DOC	《全民健康保險法》
QUANT	1年
QUANT	183天
QUANT	183天
PER	Alex Lai
ORG	行政院
ORG	立法院
TERM	「出國享福、回國濫用國家資源」
ORG	行政院
ORG	衛福部
ORG	立法院
QUANT	8457人
ORG	國家發展委員會
DOC	《公共政策網路參與實施要點》
DATE	107年1月16日
ORG	衛福部
PER	Alex Lai
ORG	國家發展委員會
DOC	《公共政策網路參與實施要點》
DATE	107年1月16日
DATE	106年11月22日
DATE	107年1月15日
DATE	107年1月16日
"""
LISTS["press-tw-tainan-sports-consumer-disputes-top-ten-2026"] = r"""
ORG	體育局
QUANT	10大
ORG	體育局
DATE	115年8月21日
ORG	臺南市政府體育局
TERM	「10大常見運動消費爭議」
DATE	115年度
ORG	體育局
QUANT	10大
PER	黃偉哲
ORG	體育局
TERM	「10大常見運動消費爭議」
ORG	體育局
PER	王效文
ORG	體育局
TERM	「10大常見運動消費爭議」
"""
LISTS["gw-tw-moi-police-uniform-act-article-6-interpretation-order-2016"] = r"""
ORG	內政部
TERM	「警察服制條例」
ORG	中央警察大學
ORG	臺灣警察專科學校
ORG	內政部
DATE	中華民國105年3月4日
DOC	台內警字第10508704503號
TERM	「警察服制條例」
ORG	中央警察大學
ORG	警察專科學校
ORG	中央警察大學
ORG	臺灣警察專科學校
PER	陳威仁
"""
LISTS["gw-tw-mol-taichung-fengyuan-employment-centre-delegation-notice-2016"] = r"""
ORG	勞動部
ORG	臺中市政府
ORG	豐原就業中心
DATE	105年1月1日至107年12月31日
ORG	勞動部
DATE	中華民國105年3月2日
DOC	勞動發就字第10505017611號
DATE	中華民國105年1月1日至107年12月31日
ORG	臺中市政府
ORG	豐原就業中心
ORG	直接聘僱聯合服務中心
"""
LISTS["press-mo-dspa-clean-beach-easy-earth-day-2026"] = r"""
ORG	環保局
TERM	“清潔海灘好Easy”
ORG	環境保護局
TERM	“清潔海灘好Easy”
TERM	“雙碳”
DATE	4月22日
ORG	環境保護局
ORG	海事及水務局
ORG	市政署
LOC	黑沙海灘
TERM	“清潔海灘好Easy”
ORG	化地瑪聖母女子學校
DATE	4月18日
LOC	黑沙海灘
ORG	環保局
ORG	環保局
ORG	環境保護局
TERM	“世界地球日”
"""
LISTS["news-hk-rthk-local-digest-parking-fines-us-parcels-2025"] = r"""
QUANT	400元
QUANT	2元
QUANT	4元
ORG	運輸及物流局
QUANT	320元
QUANT	400元
QUANT	2元
QUANT	4元
ORG	立法會交通事務委員會
LOC	美國
ORG	香港郵政
LOC	美國
LOC	尖沙咀
PER	余思嵐
ORG	香港郵政
LOC	美國
DATE	4月27日
PER	余思嵐
ORG	香港郵政
LOC	美國
DATE	4月27日
ORG	運輸署
QUANT	14萬張
TERM	「港車北上」
DATE	3月底
ORG	運輸署
QUANT	14萬4000張
TERM	「港車北上」
ORG	新華社
ORG	運輸及物流局
PER	陳美寶
TERM	「港車北上」
DATE	2023年7月
DATE	3月底
ORG	運輸署
QUANT	14萬4000張
TERM	「港車北上」
QUANT	5至6輛
TERM	「港車北上」
QUANT	4成
LOC	粵
LOC	港
"""
LISTS["news-tw-ettoday-drink-straw-sleeve-foreign-model-2025"] = r"""
TERM	「都會做1舉動」
DATE	2025年04月11日
ORG	ETtoday
ORG	網搜小組
PER	劉維榛
LOC	台灣
LOC	台灣
ORG	50嵐
LOC	西班牙
ORG	Threads
LOC	台北
QUANT	2個月
LOC	信義
LOC	台北101
LOC	台灣
LOC	台灣
LOC	台灣
ORG	50嵐
ORG	50嵐
TERM	「衛生小祕招：請沿著虛線剪下，即可套上未喝完之飲料吸管口，可避免蚊蠅飛落飲品之中。」
ORG	50嵐
PER	曾筠淇
"""
LISTS["press-mo-mgto-experience-macao-madrid-roadshow-2026"] = r"""
TERM	“感受澳門”
LOC	馬德里
DATE	4月21日
LOC	西班牙
TERM	“中國味道‧澳門美食”
ORG	旅遊局
TERM	“感受澳門”
LOC	馬德里
DATE	4月21日
TERM	“感受澳門”
LOC	馬德里
TERM	“路展”
DATE	4月17日
LOC	西班牙
LOC	馬德里
DATE	4月17至21日
LOC	澳門
LOC	澳門
LOC	西班牙
LOC	馬德里
TERM	“感受澳門”
LOC	馬德里
DATE	4月17日
DATE	4月21日
LOC	馬德里
LOC	國王橋步行區
QUANT	20個
LOC	澳門
TERM	“世界旅遊休閒中心”
LOC	澳門
LOC	澳門
ORG	澳門大賽車博物館
LOC	東望洋跑道
LOC	澳門
LOC	澳門
LOC	橫琴
LOC	西班牙
LOC	澳門
TERM	“MACAO”
DATE	4月21日
TERM	“澳門之夜”
TERM	“中國味道‧澳門美食”
ORG	旅遊局
DATE	4月16日
DOC	《西班牙米芝蓮指南2026》
ORG	Soy Kitchen
TERM	“中國味道‧澳門美食”
QUANT	40位
LOC	西班牙
LOC	澳門
LOC	澳門
TERM	“創意城市美食之都”
DATE	3月
LOC	澳門
TERM	“2026澳門國際美食之都嘉年華”
PER	Julio Zhang
LOC	澳門
ORG	旅遊局
PER	文綺華
TERM	“中國味道‧澳門美食”
ORG	文化和旅遊部
DATE	2026年
TERM	“中國味道”
TERM	“一程多站”
LOC	西班牙
LOC	澳門
LOC	澳門
LOC	馬德里
ORG	馬德里中國文化中心
PER	許婷婷
LOC	中國
LOC	澳門
LOC	中國
LOC	澳門
LOC	歐洲
ORG	聯合國教科文組織
TERM	“創意城市美食之都”
DATE	2026
TERM	“中國味道”
LOC	澳門
TERM	“中國味道‧澳門美食”
DATE	4月初
LOC	馬德里
ORG	旅遊局
ORG	中國駐馬德里旅遊辦事處
ORG	馬德里中國文化中心
ORG	文化和旅遊部
DATE	2026年
TERM	“中國味道”
LOC	馬德里
ORG	Soy Kitchen
ORG	Lamian
ORG	TRIPEA
DATE	4月2至21日
LOC	澳門
ORG	Soy Kitchen
LOC	澳門
DATE	7月21日
LOC	澳門
TERM	“一程多站”
LOC	澳門
DATE	4月20日
ORG	Soy Kitchen餐廳
LOC	西班牙
LOC	澳門
LOC	澳門
LOC	澳門
TERM	“一程多站”
LOC	西班牙
PER	Alfon WHAT
LOC	澳門
LOC	澳門
TERM	“感受澳門”
LOC	馬德里
ORG	澳門特區政府
LOC	西班牙
LOC	澳門
LOC	澳門
LOC	中國
TERM	“精準聯絡人”
ORG	中華人民共和國澳門特別行政區政府
ORG	中華人民共和國駐西班牙王國大使館
ORG	澳門特區政府旅遊局
ORG	招商投資促進局
ORG	文化局
ORG	體育局
ORG	橫琴粵澳深度合作區經濟發展局
ORG	中國駐馬德里旅遊辦事處
ORG	馬德里中國文化中心
ORG	馬德里蒙克洛亞-阿拉瓦卡區政府
LOC	澳門
ORG	中國國際航空
ORG	澳門航空
LOC	西班牙
ORG	B Travel
ORG	Halcón Viajes旅行社
ORG	旅遊局
"""
LISTS["press-tw-tncc-xinhua-table-tennis-badminton-hall-2026"] = r"""
PER	李偉智
LOC	新化
QUANT	473萬
QUANT	1.5億元
PER	李偉智
LOC	新化地區
LOC	台南市
PER	李偉智
TERM	「新化室內桌球、羽球館」
QUANT	473萬元
QUANT	1.5億元
LOC	新化
PER	李偉智
DATE	114年
ORG	桌球委員會
ORG	新化國中
LOC	府城
LOC	新化
LOC	新化
PER	李偉智
ORG	新化區公所
LOC	新化體育公園
QUANT	500坪
DATE	115年
ORG	新化區公所
PER	李偉智
ORG	體育局
QUANT	15萬元
PER	李偉智
QUANT	473萬元
PER	李偉智
DATE	116年
QUANT	1.5億元
PER	林宜瑾
LOC	新化
PER	李偉智
ORG	體育局
TERM	「我要爭取」
LOC	新化
QUANT	500坪
QUANT	473萬元
PER	李偉智
LOC	新化
LOC	新化
"""
