"""Reading lists of the batch-63 entity gold, pass 1 (branch issue-e63p1-s28); see build_batch.py for the
line format and README-batch63.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-tvb-ha-manager-husband-shoplifting-fined-2023": r"""
# the page's section line 港澳 two one-character places (as 中國財經 → 中國, batch 56; 港澳 is never one LOC) — doubtful
LOC	港
LOC	澳
# 總行政經理 a post: 醫管局 ORG + the name; 五千元 in Chinese numerals nothing
ORG	醫管局
PER	莊慧敏
# the ISO time stamp: the date DATE, the clock and zone out
DATE	2023-04-06
ORG	醫管局
PER	莊慧敏
QUANT	48歲
PER	莊慧敏
QUANT	47歲
PER	趙名宇
# a magistrates' court ORG (as 西九龍裁判法院, batch 58) also where it is left; 去年四月 → 四月 (去年 out);
# 十件 in Chinese numerals nothing; 近 out of 1,633元
ORG	九龍城裁判法院
DATE	四月
LOC	黃埔
QUANT	1,633元
PER	梁雅忻
QUANT	600多元
QUANT	1,600多元
# 沙士 (the 2003 epidemic) nothing; a hospital's department one ORG with the hospital (as a university's department)
PER	趙名宇
DATE	2003年
ORG	瑪嘉烈醫院深切治療部
# 行政長官 a post, 社區服務獎 an award: nothing; 講座教授 a title
PER	莊慧敏
ORG	港大微生物學系
PER	袁國勇
# 普通科醫生名冊 (a register, unmarked) nothing
ORG	醫委會
""",
    "news-tw-appledaily-hua-jingqun-quits-bank-board-2016": r"""
# the financial holding company and its bank subsidiary by their short names ORG; the stock code （5880） nothing
ORG	合庫金
PER	花敬群
# 520 (20 May, the inauguration day) a day named by its digits, as the unquoted 七一 — doubtful (a bare integer, nothing)
DATE	520
ORG	內政部
PER	花敬群
ORG	合庫銀
ORG	合庫金
ORG	合庫銀
PER	花敬群
# 今日 deictic nothing; 行庫 (banks) generic; 股東會 an organ without its body, nothing
PER	花敬群
ORG	內政部
ORG	合庫銀
DATE	6月
PER	花敬群
DATE	520
PER	陳瑩欣
LOC	台北
""",
    "press-mo-gcs-chief-executive-meets-uccla-delegation-2026": r"""
# the UCCLA delegation as batch 3's UCCLA Hengqin visit: 葡語都市聯盟 (and UCCLA) ORG, the general assembly's
# delegation and its term number out with the event — doubtful (the whole delegation ORG as 「澳洲跨黨派國會議員訪問團」)
PER	岑浩輝
ORG	葡語都市聯盟
PER	岑浩輝
DATE	今（13）日
LOC	政府總部
ORG	葡語都市聯盟
ORG	UCCLA
# 中葡平台 and 中葡交流合作平台: a platform is no entity, its one-character places are (中 + 葡, batch 3) — the regex
# lines at the end tag each 中 and 葡 of 中葡; 聯盟 alone generic; 訪澳 → 澳
PER	岑浩輝
ORG	葡語都市聯盟
LOC	澳門
LOC	澳門
LOC	澳門
LOC	澳
LOC	澳門特區
QUANT	26年
PER	岑浩輝
LOC	澳門
TERM	“一國兩制”
# 國家主席 a post; the celebration a named event: the place and the 周年 count inside it (as 77周年)
PER	習近平
LOC	澳門
QUANT	25周年
LOC	澳門
TERM	“一中心、一平台、一基地”
LOC	澳門
LOC	澳門
# 逾 out; the forum's ministerial conference an event, 中國 inside it; 世界旅遊休閒中心 a designation nothing
QUANT	4,000萬人次
LOC	中國
# the alliance's assembly with the body before its post one ORG (as 海尔集团监事会主席 → 海尔集团监事会) — doubtful
ORG	葡語都市聯盟大會
PER	曼希克
PER	Rasaque Silvano Manhique
LOC	澳門
LOC	中國
LOC	澳門
# a secretary's post gives its department; the office of the Chief Executive ORG; a body's committee with it one ORG
ORG	行政法務司
PER	黃少澤
ORG	行政長官辦公室
PER	陳格
ORG	市政署市政管理委員會
PER	周偉迎
ORG	葡語都市聯盟
PER	費雷拉
PER	Luís Álvaro Barbosa de Campos Ferreira
PER	達席爾瓦
PER	Maria Paula Vieira Ferreira Leal da Silva
ORG	葡語都市聯盟
QUANT	20名
ORG	葡語都市聯盟
DATE	今（13）日
LOC	澳門
LOC	安哥拉
LOC	佛得角
LOC	莫桑比克
LOC	葡萄牙
LOC	聖多美和普林西比
QUANT	35名
*LOC	中(?=葡)
*LOC	(?<=中)葡
""",
    "gw-tw-mof-taxation-agency-taiwan-thailand-tax-agreement-in-force-letter-2012": r"""
# the gazette letter as batch 56's MOE order: a ministry's department one ORG, the 中華民國 date DATE, the 字號 DOC, the
# signatory PER; the agreement's title quoted in 「」 a TERM (batch 19), nothing inside it
ORG	財政部賦稅署
TERM	「駐泰國台北經濟貿易辦事處與駐台北泰國貿易經濟辦事處避免所得稅雙重課稅及防杜逃稅協定」
DATE	101年12月19日
ORG	財政部賦稅署
DATE	中華民國101年12月26日
DOC	台稅一發字第10104667142號
TERM	「駐泰國台北經濟貿易辦事處與駐台北泰國貿易經濟辦事處避免所得稅雙重課稅及防杜逃稅協定」
# the short name after 以下簡稱, unquoted: 臺泰 two one-character places (閩台 → 閩 + 台) — doubtful (nothing, a
# document's name); languages (中文, 泰文, 英文) nothing; the gazette unmarked gives its body — doubtful
LOC	臺
LOC	泰
DATE	101年12月19日
ORG	行政院
# the unmarked rule and its article nothing; the ministry's 字號 DOC; the representative office named by its country
# ORG (as 駐多倫多台北經濟文化辦事處); the telegram's number 第THA0645號 a document number DOC — doubtful (nothing)
ORG	外交部
DATE	101年12月20日
DOC	秘抄（101）字第2370號
ORG	駐泰國代表處
DOC	第THA0645號
TERM	「駐泰國台北經濟貿易辦事處與駐台北泰國貿易經濟辦事處避免所得稅雙重課稅及防杜逃稅協定」
# the English title quoted in 「」 over six lines one TERM (a name and its other-language name two spans)
TERM	「AGREEMENT\nBETWEEN THE TAIPEI ECONOMIC AND TRADE OFFICE IN\nTHAILAND AND THE THAILAND TRADE AND ECONOMIC OFFICE\nIN TAIPEI FOR THE AVOIDANCE OF DOUBLE TAXATION AND\nTHE PREVENTION OF FISCAL EVASION WITH RESPECT TO\nTAXES ON INCOME」
PER	許虞哲
""",
    "news-hk-bastillepost-third-runway-bribery-icac-charges-2023": r"""
# 機場三跑 the airport's third runway one LOC (a facility with its site, as 深圳宝安机场第三跑道), 三跑 alone LOC, also
# inside the project's name (三跑項目) — doubtful (機場 generic and only 三跑 the other reading); 3罪 (no counter) nothing
LOC	機場三跑
ORG	廉署
QUANT	270萬
DATE	2023-04-14
ORG	廉署
LOC	機場三跑
QUANT	3項
QUANT	270萬元
DATE	14日
ORG	東區裁判法院
ORG	廉署
QUANT	66歲
PER	吳啟安
LOC	三跑
# the company and its bracketed short name two spans
ORG	卡樂工程有限公司
ORG	卡樂
PER	吳啟安
DATE	2018年1月至2022年1月
QUANT	30萬元
QUANT	230萬元
ORG	卡樂
ORG	卡樂
QUANT	8,300萬元
ORG	廉署
PER	吳啟安
DATE	2022年7月
ORG	卡樂
QUANT	10萬元
ORG	卡樂
LOC	三跑
# 上周 and 內地 nothing; 機管局前總經理 → 機管局
PER	吳啟安
ORG	機管局
PER	殷國強
ORG	東區裁判法院
# 去年8月中 → 8月中; the operation's quoted name a TERM
ORG	廉署
DATE	8月中
TERM	「暴雪」
LOC	三跑
QUANT	5宗
QUANT	10人
QUANT	4宗
PER	吳啟安
PER	殷國強
QUANT	9名
DATE	6月15日
ORG	東區裁判法院
# the District Court by its name ORG (as the magistrates' courts)
ORG	區域法院
LOC	三跑
ORG	駿豐工程有限公司
PER	黃斌漢
PER	黃汝鏗
QUANT	2人
DATE	14日
ORG	東區裁判法院
DATE	6月23日
ORG	廉署
LOC	三跑
QUANT	10人
ORG	機管局
QUANT	770萬元
QUANT	2.6億元
ORG	廉署
LOC	機場三跑
QUANT	3項
# the Top N list and the teasers: the clock out, 警方 generic; district + street one LOC (a place chain)
DATE	14日
QUANT	29歲
LOC	中區砵甸乍街
# the printer's name ORG and its full address one LOC (footer); the copyright year DATE (as © 2025, batch 32);
# the publisher's Latin name ORG
ORG	巴士的報有限公司
LOC	香港九龍觀塘鴻圖道81號Contempo Place 10樓B室
DATE	2023
ORG	Bastillepost
""",
    "news-hk-hk01-zheng-yanxiong-first-visit-government-hq-2023": r"""
# 政總 the short name of the government headquarters, a venue one comes to, LOC (as 政府總部, batch 46); languages
# nothing; the quoted formula a TERM each time, its quoted halves 「一國」 / 「兩制」 too
LOC	政總
PER	鄭雁雄
PER	李家超
TERM	「一國兩制」
DATE	2023-03-28
# 一月中 a month in Chinese numerals with 中 (as 8月中); 今日（28日） → the bracketed day (as 今日（十月二十五日））
ORG	中聯辦
PER	鄭雁雄
DATE	一月中
DATE	28日
LOC	政府總部
# 兩會 (the sessions, an event) nothing; 特首 a title; 特區 and 中央 alone nothing
PER	鄭雁雄
PER	李家超
TERM	「一國兩制」
TERM	「一國」
# 駐港 → 港 a place word (as 抵港, 赴港) in a kind of body, 中央駐港機構 no ORG — doubtful
LOC	港
TERM	「兩制」
PER	鄭雁雄
LOC	香港
TERM	「一國兩制」
ORG	中央港澳工作辦公室
LOC	香港
TERM	「一國兩制」
LOC	香港
LOC	香港
# 中央政府 unannotated as in batch 4 and 9 (as 特區政府) — doubtful; 兩個維護 a formula unquoted nothing
LOC	香港
# 約 out; 立法會議員 → 立法會; 司局長, 常任秘書長 posts
QUANT	180人
ORG	行政會議
ORG	立法會
PER	鄭雁雄
LOC	香港
ORG	中聯辦
PER	鄭雁雄
ORG	中聯辦
PER	鄭雁雄
ORG	中聯辦
TERM	「一國兩制」
LOC	香港
TERM	「一國」
TERM	「兩制」
TERM	「兩制」
TERM	「一國」
LOC	香港
# 愛國愛港 → 港 a place word (as 治港 → 港) — doubtful
LOC	港
LOC	香港
ORG	中聯辦
PER	鄭雁雄
ORG	中聯辦
PER	習近平
# 全港 no place word; ⻄方 descriptive nothing
PER	鄭雁雄
PER	習近平
LOC	中國
PER	鄭雁雄
LOC	香港
PER	鄭雁雄
PER	習近平
PER	習近平
LOC	香港
LOC	澳門
TERM	「一國兩制」
TERM	「港人治港」
TERM	「澳人治澳」
# 治港治澳 → 港 + 澳 (治港 → 港); 香港、澳門特別行政區: the level word written once on the last place (東北和華北地區)
LOC	港
LOC	澳
LOC	香港
LOC	澳門特別行政區
PER	習近平
PER	鄭雁雄
LOC	香港
TERM	「一國兩制」
TERM	「一國兩制」
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
LOC	香港
TERM	「國之大者」
# the quote opened with 『 and closed with 」 a TERM as written — doubtful (marks); 全國兩會 an event
TERM	『國之大者」
LOC	香港
# 中國 in 中國式現代化 (as 马克思 in 马克思主义)
LOC	中國
LOC	香港
LOC	香港
PER	李家超
LOC	香港
LOC	中國
PER	李家超
PER	鄭雁雄
LOC	香港
LOC	中國
LOC	香港
ORG	政務司
PER	陳國基
ORG	立法會
PER	梁君彥
ORG	行政會議
PER	葉劉淑儀
# 港區 → 港 (as 港區國安法); the congress ORG
LOC	港
ORG	全國人大
ORG	立法會
PER	馬逢國
ORG	民建聯
ORG	立法會
PER	梁熙
PER	鄭雁雄
# 「一國愈堅固、兩制愈精彩」 what 鄭雁雄 said (a whole clause): speech, nothing — doubtful (a slogan, TERM)
PER	鄭雁雄
TERM	「國之大者」
PER	鄭雁雄
LOC	政府總部
ORG	政制及內地事務局
PER	曾國衞
ORG	政制及內地事務局
ORG	公務員事務局
PER	鄭雁雄
PER	李家超
LOC	政府總部
""",
    "news-tw-ettoday-hsinchu-sino-japanese-little-league-2016": r"""
# the tournament an event: 中日 two one-character places (台日 → 台 + 日) — doubtful; 竹市 the city's short form LOC
LOC	中
LOC	日
LOC	竹市
# a quoted event's name one TERM (after 出席 and as the subject alike); 新竹市長 → the city
TERM	「新竹市中日少棒錦標賽」
LOC	新竹市
PER	林智堅
# the byline's outlet 新竹振道 ORG — doubtful (a local news brand); the dateline's city LOC
ORG	新竹振道
PER	林彥斌
LOC	新竹
# the league ORG (as 中華職棒, batch 20); its 27年 the league's year, an epoch year as 民國 years DATE — doubtful
# (nothing, an ordinal of seasons); 連續舉辦25年 a count QUANT
ORG	中華職棒
DATE	27年
QUANT	25年
TERM	「新竹市中日少棒錦標賽」
DATE	21日
PER	林智堅
# four school teams sharing 少棒隊 written once: each team ORG, the last with the word — doubtful (as roads sharing 路)
ORG	西門
ORG	東門
ORG	東園
ORG	香山少棒隊
LOC	新竹
PER	林智堅
LOC	新竹簡易棒球場
TERM	「2016年新竹市第25屆中日少棒錦標賽」
# the visiting team: its country before it its own LOC, the team by its city and name ORG — doubtful (one ORG)
LOC	日本
ORG	大阪黑豹隊
PER	林智堅
ORG	東門國小
PER	李明奕
ORG	香山國小
PER	蔡士言
LOC	新竹
# 「有信心」 what the players shouted: speech, nothing; the contest an event; 第一名 a rank
PER	李明奕
PER	蔡士言
ORG	東門國小
PER	李明奕
DATE	2014年
PER	林智堅
ORG	新竹市政府
LOC	虎林棒球場
# 今（105）年1月13日 one DATE (as 今（115）年7月28日, batch 33); the quoted phrase a TERM
DATE	今（105）年1月13日
TERM	「流浪練球」
""",
    "news-tw-tvbs-new-government-to-attend-wha-2016": r"""
# 快訊 a label; 2天 QUANT; 新政府 nothing; WHA (the World Health Assembly, the WHO's named assembly) ORG as 全国人大 —
# doubtful (an event, nothing)
QUANT	2天
ORG	WHA
QUANT	2天
# 準行政院發言人 → 行政院 (準 a status word)
ORG	行政院
PER	童振源
DATE	5月23日
LOC	日內瓦
ORG	世界衛生大會
PER	童振源
ORG	WHO
# the UN resolution by its number DOC (as 第１４３５号决议, batch 42); the quoted principle a TERM
DOC	2758號決議文
TERM	「一中原則」
PER	童振源
LOC	台灣
ORG	WHA
# the photo credit's broadcaster ORG
ORG	TVBS
""",
    "press-mo-pj-inspectors-sworn-in-2026": r"""
# 司警局 and 司法警察局 ORG; 總部大樓 (the bureau's headquarters building, no name of its own) nothing — doubtful;
# posts and counts in Chinese numerals (三位, 五位, 六位, 兩人, 六個月) nothing; awards nothing
ORG	司警局
ORG	司法警察局
DATE	2026年4月13日
PER	薛仲明
PER	賴文威
PER	蘇兆強
PER	岑錦榮
# a married name with two surnames one PER
PER	趙朱惠敏
PER	梁淑文
PER	李志偉
PER	曾家豪
PER	周錠軒
PER	何偉樂
QUANT	14至27年
ORG	司警局
PER	薛仲明
# 保安司司長 → 保安司; the quoted motto a TERM (as “護國守澳、忠廉實幹”, batch 43); 特區政府 nothing
ORG	保安司
TERM	“護國守澳，忠廉實幹”
ORG	司警局
ORG	司警局
""",
    "press-tw-tncc-lin-yanzhu-golden-coast-ai-illegal-lodging-2026": r"""
# the beach LOC (as 雙春海岸, batch 8); 千萬 without digits nothing; the headline's quoted 「晚上看不到」 what was
# said, nothing; 今年 out
PER	林燕祝
LOC	黃金海岸
QUANT	4,410萬
# 臺南市議員 → the city (batch 22); the quoted project's name a TERM; 約 out
PER	林燕祝
LOC	臺南市
PER	林燕祝
ORG	觀光旅遊局
LOC	黃金海岸
LOC	黃金海岸
TERM	「智慧海灘安全科技管理」
QUANT	1,230萬元
QUANT	1,061萬元
DATE	6月15日
# 2女 and 1死1傷 tallies QUANT (as 2男, 146死 and 79傷); 119 a phone number nothing
QUANT	2女
QUANT	1死
QUANT	1傷
PER	林燕祝
ORG	審計處
LOC	黃金海岸
QUANT	27至106日
QUANT	2人
# 觀旅局長 → 觀旅局; 市府 generic; 消防局 ORG (as batch 17 and 22)
ORG	觀旅局
PER	林國華
PER	林燕祝
ORG	消防局
PER	林燕祝
DATE	111年
ORG	審計處
QUANT	115家
QUANT	15家
QUANT	100家
QUANT	8家
QUANT	17年
ORG	觀旅局
QUANT	118家
QUANT	1,330次
DATE	8月
QUANT	4,410萬元
QUANT	200萬元
QUANT	2家
PER	林燕祝
DATE	111年
QUANT	115家
QUANT	118家
QUANT	4千萬元
PER	林燕祝
QUANT	2家
QUANT	4,410萬元
PER	林燕祝
""",
}
