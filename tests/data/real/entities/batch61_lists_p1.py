"""Reading lists of the batch-61 entity gold, pass 1 (branch issue-e61p1-s27); see build_batch.py for the
line format and README-batch61.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-mingpao-coin-young-master-arrested-2018": r"""
# the Ming Pao page: the nickname quoted where it refers to the man ("「幣少爺」被捕") PER without the marks, quoted after
# 網名為 a name cited, TERM (batch 16's 人稱「二姐」) — doubtful; the bare surname 黃 standing for him PER (as 陳先生 → 陳)
LOC	深水埗
PER	幣少爺
PER	黃鉦傑
QUANT	24歲
# a police station and a police district ORG (as 三重分局); clock times (昨晚7時許) nothing
ORG	深水埗警署
PER	黃
QUANT	15分鐘
PER	黃
PER	黃
# district + road one LOC (a place chain)
LOC	西貢田石路
PER	幣少爺
LOC	深水埗
# the quoted campaign named after the restaurant's head a TERM; 明哥 (a name with 哥, as 香蕉哥哥) PER — doubtful
TERM	「明哥北河行動」
PER	明哥
# slang quoted as a word (「紅衫魚」 the red hundred-dollar note) and the quoted idiom TERM; 百元 (Chinese numeral) nothing
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
# a road with its house number one LOC
LOC	福榮街153號
QUANT	100元
QUANT	30分鐘
QUANT	60張
QUANT	100元
LOC	福榮街
LOC	南昌街
# 姓黃男子 → the surname (batch 20's 謝姓警員 → 謝); the district's unit with it one ORG
PER	黃
ORG	深水埗警區刑事調查隊
TERM	「幣少爺」
PER	黃鉦傑
LOC	深水埗福華街
# the car's make, a company's name for its product ORG (batch 17) — doubtful; the quoted cry is speech, nothing;
# the quoted 「劫富濟貧」 (an idiom he used for the act) TERM — doubtful (speech the other reading)
ORG	林寶堅尼
TERM	「劫富濟貧」
# the hotline line gives the paper; e-mail and phone number nothing
ORG	明報
""",
    "news-tw-cts-nhi-long-term-overseas-residents-petition-2017": r"""
# the petition's quoted title (headline and body) a TERM; the platform quoted a TERM (a platform is no body, batch 17);
# the Latin-script name of the petitioner PER each time
TERM	「長年旅居國外禁納健保」
ORG	衛福部
ORG	華視
DATE	2017/11/26
PER	Alex Lai
TERM	「公民政策參與平台」
TERM	「全民健保，長年旅居國外、退保期間過長者，不得成為納保對象」
DOC	《全民健康保險法》
# 中華民國 in 中華民國國籍 the country LOC; articles (第8條, 第13-1條, 第8點) nothing
LOC	中華民國
LOC	台灣
QUANT	6個月
LOC	台灣
LOC	台灣
LOC	台灣
TERM	「擁有中華民國國籍」
PER	Alex Lai
DOC	《全民健康保險法》
# 近1年 → 1年 (近 an approximator); 183天 twice
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
# 兩個月 (Chinese numeral) nothing; the deadline in () and in 〈〉 the date without 前
DATE	107年1月16日
ORG	衛福部
PER	Alex Lai
ORG	國家發展委員會
DOC	《公共政策網路參與實施要點》
DATE	107年1月16日
DATE	106年11月22日
DATE	107年1月15日
DATE	107年1月16日
""",
    "press-tw-tainan-sports-consumer-disputes-top-ten-2026": r"""
# the Tainan sports bureau: 10大 before what it counts QUANT (batch 19), inside the quoted list's name no (the TERM is
# whole); the bureau after its government one ORG (batch 27); the director's post gives the bureau (體育局長 → 體育局)
ORG	體育局
QUANT	10大
ORG	體育局
DATE	115年8月21日
ORG	臺南市政府體育局
TERM	「10大常見運動消費爭議」
DATE	115年度
ORG	體育局
# the website's menu path: the unmarked law nothing, 10大 QUANT — doubtful (the path as no entity the other reading)
QUANT	10大
PER	黃偉哲
ORG	體育局
TERM	「10大常見運動消費爭議」
ORG	體育局
PER	王效文
ORG	體育局
TERM	「10大常見運動消費爭議」
""",
    "gw-tw-moi-police-uniform-act-article-6-interpretation-order-2016": r"""
# the MOI order as batch 56's MOE order: issuer ORG in the title and letterhead, the 中華民國 date, the 字號 DOC, the
# minister PER; the act quoted in 「」 a TERM (batch 19), articles nothing; the schools ORG; 警察學校 (a kind) nothing;
# 警察專科學校 without 臺灣 the one school's short name ORG — doubtful
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
""",
    "gw-tw-mol-taichung-fengyuan-employment-centre-delegation-notice-2016": r"""
# the MOL notice: a city government with its city's name ORG; the named employment centre ORG; 本部 nothing; the period
# one DATE; unmarked laws and articles nothing
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
# the ministry's named service centre ORG — doubtful (a kind of office the other reading)
ORG	直接聘僱聯合服務中心
""",
    "news-hk-rthk-local-digest-parking-fines-us-parcels-2025": r"""
# three RTHK items: 五成 (Chinese numeral) nothing, 4成 QUANT; the bureau in a photo credit ORG; URLs, rthk.hk and the
# e-mail nothing; 下星期五 nothing
QUANT	400元
QUANT	2元
QUANT	4元
ORG	運輸及物流局
QUANT	320元
QUANT	400元
QUANT	2元
QUANT	4元
# a Legislative Council panel with its council one ORG (as 立法会帐委会)
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
# 上月底 nothing; 逾14萬張 → 14萬張; the scheme's quoted name a TERM; 今年3月底 → 3月底
ORG	運輸署
QUANT	14萬張
TERM	「港車北上」
DATE	3月底
ORG	運輸署
QUANT	14萬4000張
TERM	「港車北上」
ORG	新華社
# the secretary's title gives her bureau (運輸及物流局局長 → 運輸及物流局); 大橋 (unnamed) nothing; 粵港 → 粵 + 港
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
""",
    "news-tw-ettoday-drink-straw-sleeve-foreign-model-2025": r"""
# the headline's quoted predicate 「都會做1舉動」 nothing (speech, batch 31) — doubtful (TERM as batch 52's 「9年前菜單」);
# 1舉動 (no counter) nothing; 台人 a word for the people (as 港人) nothing, 台灣人 → 台灣
DATE	2025年04月11日
ORG	ETtoday
# the desk in the byline ORG (a division named by its remit) — doubtful; the netizens' quoted comments are speech,
# the places inside them LOC
ORG	網搜小組
PER	劉維榛
LOC	台灣
LOC	台灣
ORG	50嵐
LOC	西班牙
ORG	Threads
LOC	台北
QUANT	2個月
# 信義 (the district) LOC; 台北101 a tower LOC
LOC	信義
LOC	台北101
LOC	台灣
LOC	台灣
LOC	台灣
ORG	50嵐
ORG	50嵐
# the words printed on the straw sleeve, quoted: an inscription TERM whole — doubtful (the sleeve's text as speech)
TERM	「衛生小祕招：請沿著虛線剪下，即可套上未喝完之飲料吸管口，可避免蚊蠅飛落飲品之中。」
ORG	50嵐
PER	曾筠淇
""",
    "press-mo-dspa-clean-beach-easy-earth-day-2026": r"""
# the DSPA release: the quoted activity and goal TERM; 地球日 (a day, unquoted) nothing, “世界地球日” TERM; 今日 out of
# 今日(4月18日); 二十多位 nothing
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
""",
    "press-mo-mgto-experience-macao-madrid-roadshow-2026": r"""
# the MGTO roadshow: the quoted campaign names TERM, the city in the unmarked 馬德里路展 LOC (an event gives its place);
# the 【】 label gives the body; 下稱“路展” TERM (a defined term); 昨天 out of 昨天（4月17日）
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
# 馬德里市中心的國王橋步行區: the city and the named pedestrian zone (的 breaks the chain); clock times nothing
LOC	馬德里
LOC	國王橋步行區
QUANT	20個
LOC	澳門
TERM	“世界旅遊休閒中心”
# exhibition areas are no venues, the places in their names are (batch 17); the museum presents, ORG; the circuit LOC
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
# a restaurant a named retail outlet ORG (batch 16)
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
# 2026 before “中國味道”框架 a year without 年 DATE — doubtful (a bare integer the other reading)
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
# Soy Kitchen餐廳: the name without the kind word — doubtful
ORG	Soy Kitchen
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
# 澳門特區政府 a named government ORG (特區政府 alone nothing); 西班牙語國家 a language, nothing
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
# the travel platform is a company, ORG by its name; the agency with 旅行社 one ORG (as 常夏音樂公司)
LOC	西班牙
ORG	B Travel
ORG	Halcón Viajes旅行社
ORG	旅遊局
""",
    "press-tw-tncc-xinhua-table-tennis-badminton-hall-2026": r"""
# the councillor's release: 議員 / 立委 titles out; the planned hall unquoted gives its place (新化), quoted a TERM
# (a project, not yet a place) — doubtful (LOC 新化 inside, as batch 56's quoted project, the other reading); 中央,
# 市府, 議會 nothing; 473萬 a bare 萬 number QUANT
PER	李偉智
LOC	新化
QUANT	473萬
QUANT	1.5億元
PER	李偉智
# 新化地區 (place + 地區 one LOC) — doubtful; 台南市議員 → 台南市 (batch 22)
LOC	新化地區
LOC	台南市
PER	李偉智
TERM	「新化室內桌球、羽球館」
QUANT	473萬元
QUANT	1.5億元
LOC	新化
PER	李偉智
DATE	114年
# 桌球委員會 a committee named by its remit ORG — doubtful; a junior high school ORG; 府城盃 a contest named by the
# city's old name gives the place — doubtful
ORG	桌球委員會
ORG	新化國中
LOC	府城
LOC	新化
LOC	新化
PER	李偉智
ORG	新化區公所
LOC	新化體育公園
# 體育公園停車場 (the park's short form with its car park) nothing — doubtful; 約500坪 → 500坪
QUANT	500坪
DATE	115年
ORG	新化區公所
# 李偉智服務處 (a councillor's service office) → the name alone — doubtful
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
LOC	新化
QUANT	500坪
QUANT	473萬元
PER	李偉智
LOC	新化
LOC	新化
""",
}
