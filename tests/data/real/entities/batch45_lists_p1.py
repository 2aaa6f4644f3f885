"""Reading lists of the batch-45 entity gold, pass 1 (branch issue-e45p1-s23); see build_batch.py for the
line format and README-batch45.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-cec-legislator-election-revocation-dual-nationality-notice-2009": r"""
# the headline: 第6屆立法委員 (the term and the post) nothing, 先生 out
ORG	中央選舉委員會
PER	劉寬平
ORG	中央選舉委員會
DATE	中華民國98年5月26日
DOC	中選一字第0983100136號
PER	劉寬平
# 依據: the unmarked law (公職人員選舉罷免法) and article numbers nothing (batch 3); 本會, 第380次 … nothing
DATE	96年11月7日
# the quoted decisions 「…」 and the quoted rule 『…』 inside are quoted text (whole clauses), no TERM — doubtful (a
# rule's quoted wording TERM, batch 27, the other reading for 『…』); the entities inside them count
DATE	民國80年8月2日
DATE	96年11月7日
PER	劉寬平
DATE	94年2月1日
PER	劉寬平
DATE	96年10月15日
# 駐瑞士代表 → the place (駐豫 → 豫)
LOC	瑞士
ORG	外交部
# 美國護照, 美國國籍 → 美國
LOC	美國
DATE	1999年4月23日
LOC	美國
PER	劉寬平
# the table: headers nothing, the two issuing columns name the commission; the numbers split over two cells DOC whole
# with the line break
ORG	中央選舉委員會
ORG	中央選舉委員會
PER	劉寬平
DATE	民國24年6月20日
DATE	94年2月1日
DATE	93年12月17日
DOC	中選一字\n第0933100353號
DATE	93年12月17日
DOC	中選立證字\n第184號
# 訴願法 unmarked nothing; the day count QUANT
QUANT	30日
ORG	中央選舉委員會
ORG	行政院訴願審議委員會
PER	張政雄
""",
    "news-hk-tvb-cruise-homeport-singapore-disney-2023": r"""
# the section label 港澳 → 港 + 澳 (港澳 never one LOC; a label's entities inside it, batch 27) — doubtful (nothing,
# a page's category, the other reading)
LOC	港
LOC	澳
LOC	香港
ORG	旅發局
# the ISO stamp → its date part (batch 42)
DATE	2023-04-06
LOC	新加坡
LOC	香港
# 至少16間 → 16間, 逾150個 → 150個; 本港, 五艘, 今年內 nothing
QUANT	16間
QUANT	150個
LOC	香港
# 美國迪士尼郵輪公司 → LOC 美國 + ORG 迪士尼郵輪公司 (a country before a foreign company, 韩国 + 晓星) — doubtful (one ORG
# the other reading)
LOC	美國
ORG	迪士尼郵輪公司
LOC	新加坡
LOC	亞洲
# the terminal's operator (unnamed) → the terminal LOC
LOC	啟德郵輪碼頭
LOC	香港
LOC	新加坡
PER	班智榮
LOC	東京
LOC	上海
LOC	新加坡
# 香江 (Hong Kong's literary name) LOC
LOC	香江
# the institute's department written with it one ORG (a unit with its body) — doubtful (ORG 專業教育學院 alone)
ORG	專業教育學院酒店、服務及旅遊學系
PER	黃家榮
# 一年, 兩年, 三至五年 nothing
ORG	旅發局
LOC	香港
PER	葉慶寧
# 來港 → 港
LOC	港
LOC	香港
ORG	旅發局
# 訪港 → 港 (twice)
LOC	港
LOC	港
LOC	香港
""",
    "news-tw-ltn-wanhua-haunted-flat-auction-2018": r"""
# 10年前 → 10年; 425萬 QUANT (a bare 萬 number)
QUANT	10年
QUANT	425萬
LOC	萬大路
# google map → the company (a company's name in its product, Google Play → Google, batch 35) — doubtful
ORG	google
DATE	2018-07-31
# 〔即時新聞／綜合報導〕 nothing
DATE	2008年
LOC	台北市萬華區
QUANT	10年
# 每坪38.54萬元 → 38.54萬元
QUANT	38.54萬元
ORG	蘋果日報
DATE	2008年
# a place chain with its road one LOC; 一帶 out
LOC	台北市萬華區萬大路
# 蘇姓男子 → 蘇 (batch-20 D)
PER	蘇
QUANT	13歲
QUANT	2條
QUANT	7名
QUANT	11.04坪
# 1拍 (the first auction) nothing
QUANT	425.6萬元
# 內政部實價登錄網站 → the ministry (the website no name of its own)
ORG	內政部
QUANT	38.54萬
# the broker's think tank one ORG (a body of a company with its name, as 橫琴…執行委員會)
ORG	台灣房屋智庫
PER	陳炳辰
PER	陳炳辰
""",
    "wr-tw-mofa-ly-foreign-affairs-committee-report-2012-part": r"""
# the record heading: 立法院 + 外交及國防委員會 (the term and session between them nothing) — doubtful (one ORG
# 立法院外交及國防委員會 cannot be taken, the words between; nothing for the committee the other reading)
ORG	立法院
ORG	外交及國防委員會
# 星期三 and clock times out; the room in its building one LOC (as 明志楼第一会议室)
DATE	中華民國101年3月7日
LOC	紅樓301會議室
# 林委員郁方 (the name split by the title, as in the Legislative Yuan's records) → 林 + 郁方 — doubtful (no precedent)
PER	林
PER	郁方
ORG	立法院
ORG	外交及國防委員會
DATE	中華民國101年3月5日
LOC	紅樓301會議室
PER	陳鎮湘
PER	詹凱臣
PER	蕭美琴
PER	陳唐山
PER	林郁方
PER	林鴻池
PER	陳亭妃
PER	洪秀柱
PER	蔡煌瑯
PER	張嘉郡
PER	邱議瑩
PER	王金平
PER	馬文君
QUANT	13人
PER	林郁方
PER	紀珠
PER	劉錦章
PER	趙弘靜
PER	劉慧琪
PER	陳淑敏
PER	陳國興
# 本院人事處 → ORG 人事處 (本院 out; a division by its remit) — doubtful
ORG	人事處
DATE	101年3月3日
DOC	台立人字第1011400514號
# 本（101）年3月5日 DATE whole (今（115）年7月28日, batch 33)
DATE	本（101）年3月5日
# the unmarked acts 立法院各委員會組織法 / 召集委員選舉辦法: 立法院 inside them ORG (entities inside unmarked names, batch
# 20's oath), by the regex below; article numbers nothing
QUANT	2人
QUANT	1人
PER	陳唐山
QUANT	13人
QUANT	13張
QUANT	13張
PER	林郁方
QUANT	8票
PER	陳唐山
QUANT	5票
PER	林郁方
PER	陳唐山
ORG	外交部
PER	楊進添
# 楊部長 → 楊; 楊部長進添 → 楊 + 進添 (as 林委員郁方) — doubtful
ORG	外交部
PER	楊
PER	楊
PER	進添
# 大院, 貴委員會, 本人 nothing; 王院長, 洪副院長 → the surnames
ORG	立法院
PER	王
PER	洪
# 馬總統 → 馬
PER	馬
DATE	97年5月
TERM	「尊嚴、自主、務實、靈活」
TERM	「對話」
TERM	「對抗」
TERM	「兩岸關係」
TERM	「惡性循環」
TERM	「良性循環」
TERM	「和平紅利」
QUANT	23個
LOC	美國
LOC	日本
ORG	歐盟
# 126國家及地區 nothing (a bare number before a noun, no measure word) — doubtful (QUANT 126國家, as 10市, the other)
# 紐、澳、日、加、德、韓、英 → seven one-character countries LOC each
LOC	紐
LOC	澳
LOC	日
LOC	加
LOC	德
LOC	韓
LOC	英
QUANT	7個
TERM	「青年打工度假協議」
LOC	臺灣
LOC	中華民國
QUANT	23個
# 本部, 友邦 nothing; the quoted workshops and courses TERM whole
TERM	「資通訊及電子化政府國際研討會」
TERM	「臺灣經建發展」
TERM	「氣候變遷與自然資源發展」
TERM	「技職教育與職業訓練」
TERM	「科學工業園區規劃與管理研習」
# the quoted organisation ORG without the marks, its acronym ORG; the quoted database TERM
ORG	經濟合作暨發展組織
ORG	OECD
TERM	「政府開發援助（ODA）資料庫」
DATE	上（100）年11月
LOC	薩爾瓦多
TERM	「第15屆中華民國與中美洲國家合作混合委員會外長會議」
LOC	瓜地馬拉
LOC	尼加拉瓜
DATE	本（101）年1月
# a country before its head's post → the country LOC; the names in Chinese and in Latin letters PER each
LOC	瓜地馬拉
PER	培瑞茲
PER	Otto Perez Molina
LOC	尼加拉瓜
PER	奧德嘉
PER	Daniel Ortega Saavedra
LOC	甘比亞
PER	賈梅
# Alhaji Dr. (honorific and title) out — doubtful
PER	Yahya A. J. J. Jammeh
# 上年10月 → 10月; 來臺 → 臺; 建國百年慶典 nothing
DATE	10月
LOC	臺
QUANT	6位
QUANT	1位
LOC	布吉納法索
PER	龔保雷
PER	Blaise Compaore
LOC	瓜地馬拉
PER	柯隆
PER	Alvaro Colom Caballeros
LOC	諾魯
PER	史蒂芬
PER	Marcus Stephen
LOC	帛琉
PER	陶瑞賓
PER	Johnson Toribiong
LOC	索羅門群島
PER	費立普
PER	Danny Philip
LOC	史瓦濟蘭王國
PER	恩彤碧
PER	Ntombi Tfwala
LOC	多明尼加
PER	阿布爾格爾格
PER	Rafael Francisco Alburquerque
# 總統府部長 → ORG 總統府 (a seat of office before its post, batch-27 D)
LOC	宏都拉斯
ORG	總統府
PER	柏紀妍
PER	Maria Antonieta Guillen de Bogran
LOC	巴拉圭
PER	佛朗哥
PER	Federico Franco Gomez
LOC	聖克里斯多福及尼維斯
PER	康鐸
PER	Sam Terente Condor
# 副總理兼交通、通訊暨產業部長 → ORG 交通、通訊暨產業部 (the post gives its ministry) — doubtful
LOC	吐瓦魯
ORG	交通、通訊暨產業部
PER	那塔諾
PER	Kausea Natano
# a country's parliament one ORG (英國國會, batch 10), 議長 out
ORG	吉里巴斯國會
PER	游陶瑪
PER	Taomati Iuta
ORG	甘比亞國會
PER	柏將
PER	Abdoulie Bojang
ORG	薩爾瓦多國會
PER	雷耶斯
PER	Sigfrido Reyes
# 本年2月 → 2月 (as 今年4月 → 4月)
DATE	2月
# a ministry with its country one ORG (美國財政部長 → 美國財政部, batch 14)
ORG	甘比亞衛生部
PER	巴吉
PER	Fatim Badjie
ORG	聖多美普林西比公共工程暨自然資源部
PER	卡諾瓦
PER	Carlos Vila Nova
LOC	布吉納法索
PER	陶歐雷
PER	Nabere Honore Traore
LOC	布吉納法索
PER	香黛
PER	Chantal Compaore
# the parliament's Taiwan friendship group one ORG (a named body of an organisation with it) — doubtful (ORG
# 巴拿馬國會 + LOC 臺 the other reading)
ORG	巴拿馬國會友臺小組
PER	瓦雅莉諾
PER	Marylin Vallarino
ORG	巴拉圭眾議院
PER	柏佳都
PER	Victor Bogado
*TERM	「活路外交」
*ORG	立法院
""",
    "gw-tw-ey-human-trafficking-prevention-act-effective-date-order-2009": r"""
# the heading: 行政院令 → 行政院 (as 內政部令); the act in 「」 TERM (batch 19/20: laws in 「」); the dates DATE
ORG	行政院
DATE	98年1月23日
TERM	「人口販運防制法」
DATE	98年6月1日
ORG	行政院
# （補登） out
DATE	中華民國98年5月26日
DOC	院臺治字第0980029315號
# dates in Chinese numerals whole
DATE	中華民國九十八年一月二十三日
TERM	「人口販運防制法」
DATE	九十八年六月一日
PER	劉兆玄
""",
    "gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009": r"""
ORG	內政部
TERM	「人口販運被害人停留居留及永久居留專案許可辦法」
ORG	內政部
DATE	中華民國98年6月1日
DOC	台內移字第0980957626號
TERM	「人口販運被害人停留居留及永久居留專案許可辦法」
TERM	「人口販運被害人停留居留及永久居留專案許可辦法」
PER	廖了以
# the unmarked title line, the unmarked act, article numbers, 中央主管機關, 我國, 駐外館處 nothing; periods and counts in
# Chinese numerals (六個月, 三年, 十五日, 二十歲 …) nothing
# place + 地區 one LOC (臺灣地區)
*LOC	臺灣地區
ORG	內政部入出國及移民署
""",
    "news-hk-hkcnews-co-location-bill-committee-long-title-2018": r"""
# 民主派, 一地兩檢 (a policy), the unmarked bill names nothing
# the bills committee with its council one ORG (as 立法會財委會) — doubtful (ORG 立法會 alone the other reading)
ORG	立法會一地兩檢條例草案委員會
# 周二, 今早, 第八次 nothing; the unmarked ordinance's name gives the named zone inside it: 深圳灣港方口岸區 LOC — doubtful
# (LOC 深圳灣 alone the other reading)
LOC	深圳灣港方口岸區
ORG	立法會
PER	朱凱廸
# Long Title nothing; a bill's quoted wording TERM (batch-27 D-25: a law's quoted wording is no one's speech)
TERM	「宣布某範圍為西九龍站內地口岸區」
# 深圳灣口岸法案 (unmarked) → the port inside LOC
LOC	深圳灣口岸
ORG	律政司
PER	彭士印
# words cited as words TERM
TERM	「某範圍」
TERM	「an area」
TERM	「一個範圍」
ORG	民主黨
PER	胡志偉
TERM	「某範圍」
TERM	「一個範圍」
# 「是」 (his answer) speech, nothing
PER	彭士印
PER	朱凱廸
TERM	「某範圍為西九龍站內地口岸區」
# the photo credit
PER	何君健
# the bill's parts (詳題, 弁言, Preamble, Clauses, Schedule) and 八條, 五個 nothing; the named port area LOC whole (a named
# zone), the rail line with its section one LOC; 內地 nothing (guideline)
LOC	西九龍站內地口岸區
LOC	廣深港高速鐵路香港段
LOC	西九龍站內地口岸區
LOC	西九龍站內地口岸區
LOC	香港
DOC	《條例草案》
ORG	律政司
PER	黃惠沖
LOC	西九龍站
DOC	《基本法》
LOC	香港
PER	黃惠沖
PER	黃惠沖
LOC	西九龍站
LOC	香港
# 港人 nothing (a word for the people); 《基本法》 alone DOC, the article numbers after it nothing
DOC	《基本法》
LOC	香港
LOC	香港
LOC	西九龍站
DOC	《基本法》
ORG	立法會
PER	黃惠沖
PER	何君健
ORG	民主黨
PER	林卓廷
TERM	「訂定就某些目的而言，西九龍站內地口岸區的範圍，視為處於香港以外並處於內地以內」
PER	彭士印
# 議事規則50條第3款 (unmarked) nothing
ORG	公民黨
PER	陳淑莊
TERM	「高鐵香港段上營運中的客運列車 ( 包括在行駛中、停留中和上下乘客期間的客運列車 ) 的車廂，視為在西九龍站內地口岸區範圍之內。」
# 運輸局及房屋局局長 → the bureau as written, one ORG (a secretary's post gives the bureau) — doubtful (運輸局 + 房屋局)
ORG	運輸局及房屋局
PER	陳帆
TERM	「停留中」
ORG	公民黨
PER	楊岳橋
DOC	《深圳灣口岸港方口岸區條例》
TERM	「香港的司法管轄權有權伸延到深圳灣口岸」
# 香港內地口岸區 → 香港 (the generic port area after it); 局方 nothing
LOC	香港
PER	彭士印
TERM	「就內地法律及香港法律於內地口岸區的適用而言；並就內地口岸區的管轄權 ( 包括司法管轄權 ) 的劃分而言， 內地口岸區的範圍，視為處於香港以外並處於內地以內。」
QUANT	15分鐘
ORG	運輸局及房屋局
PER	陳帆
# 一地兩檢草案委員會 (the bills committee by its short name) ORG — doubtful; 高鐵 nothing
ORG	一地兩檢草案委員會
PER	何君健
ORG	眾新聞
TERM	「每周時事」
""",
    "news-hk-hket-rugby-sevens-women-team-defeats-2023": r"""
# the 【七欖比賽】 label holds no entity; a team is ORG whether named by its place or its country (batch-20 D):
# 女子港隊, 港女隊, 男子港隊, 港隊, 加拿大隊, 法國隊, 斐濟隊 ORG; a country's bare name standing for its team (紅衫加拿大,
# 不敵新西蘭, 在加拿大嚴密的防守下, 對戰法國, 斐濟的奪冠) ORG too — doubtful (LOC the other reading); 女隊, 女子隊 nothing
ORG	女子港隊
# 2戰 (two matches) QUANT — doubtful
QUANT	2戰
TERM	「爭氣」
DATE	2023-03-31
# 香港國際七人欖球賽 (an event) → 香港
LOC	香港
ORG	加拿大
ORG	港隊
# the score 20比5 nothing (batch 12)
ORG	港隊
TERM	「爭氣」
PER	陳靜儀
# 一連3日 → 3日 (a day count)
QUANT	3日
LOC	香港
LOC	香港大球場
ORG	港隊
QUANT	3場
ORG	女子港隊
ORG	新西蘭
ORG	港隊
ORG	女子港隊
ORG	加拿大隊
# the quoted scores TERM — doubtful (nothing, as unquoted scores, the other reading); clock times out
TERM	「5:20」
PER	鄭欣宜
ORG	保安局
PER	鄧炳強
# 去年11月 → 11月
DATE	11月
ORG	港隊
TERM	「爭氣」
ORG	加拿大隊
QUANT	10分鐘
ORG	加拿大隊
TERM	「10:0」
# （加拿大：香港） the two sides of the score → the teams ORG — doubtful
ORG	加拿大
ORG	香港
# 第12分鐘 (an ordinal) nothing
ORG	加拿大
ORG	港女隊
PER	謝詠翹
TERM	「10:5」
ORG	加拿大隊
QUANT	2球
TERM	「5:20」
ORG	男子港隊
# B組 nothing; 港將 (a word for the players, as 港人) nothing
ORG	法國隊
PER	禾獲特
PER	姚錦成
# 三條 nothing; the balloon's quoted words TERM
TERM	「Hello Hong Kong」
PER	鄭欣宜
# 歐先生 → 歐; 阿軒 (a name with 阿) PER
PER	歐
QUANT	2場
PER	阿軒
TERM	「爭氣」
DATE	11月
TERM	「七欖」
# 八點半 nothing
ORG	港隊
ORG	法國
LOC	斐濟
PER	Prathna
LOC	香港
ORG	斐濟隊
LOC	香港
ORG	斐濟
# the footer: the app's channel ORG (a portal's channel, 天津频道) — doubtful; hketApp → the company hket (a company's
# name in its product); TOPick (the paper's lifestyle brand) ORG — doubtful; URLs, 港聞 nothing
ORG	HKETAPP健康台
ORG	hket
ORG	TOPick
PER	解青羽
""",
    "news-hk-oncc-mtr-fare-profit-sharing-scrapped-2023": r"""
ORG	東方日報
DATE	2023-03-29
# 【本報訊】 nothing; 港鐵 ORG every time (regex below); 「分享利潤機制」 TERM every time; 逾一億元 (Chinese numerals) nothing
# 下月8至9日 → 8至9日 one DATE (a range), 5月13至14日 one DATE; 周六、日 nothing
DATE	8至9日
DATE	5月13至14日
# 4日 (a day count) QUANT
QUANT	4日
QUANT	8宗
QUANT	6,550萬元
QUANT	100億元
QUANT	2億元
QUANT	2億6,550萬元
QUANT	3%
TERM	「帳面數」
QUANT	4,000萬元
QUANT	20%
# 約六成 nothing
QUANT	1.03億元
QUANT	2,500萬元
QUANT	5,000萬元
# 兩天 nothing; 500條 QUANT; the quoted scheme TERM; 今年第4季 → 第4季 (batch 13)
QUANT	500條
TERM	「綠色專線小巴轉乘優惠」
DATE	第4季
QUANT	0.3元
QUANT	0.5元
QUANT	21億元
*ORG	港鐵
*TERM	「分享利潤機制」
""",
    "news-tw-chinatimes-power-bank-explosion-replacement-2023": r"""
# 字級設定, 網紅 nothing; the maker ORG every time (regex below, also in the hashtag #墨子科技)
DATE	今（25）日
QUANT	25萬名
# 「MOZTECH墨子科技」 → the quoted company name without the marks, its Latin and Chinese names two ORG (華爾街日報 + The
# Wall Street Journal, batch 19) — doubtful (one ORG the other reading)
ORG	MOZTECH
ORG	墨子科技
ORG	臉書
QUANT	25萬名
# 全台 nothing (as 全港); the company's named shop → MOZTECH + 墨子科技三創體驗店 (a named outlet with its company's name,
# batch 16) — doubtful
QUANT	25間
ORG	MOZTECH
ORG	墨子科技三創體驗店
DATE	8月30日
TERM	「奶油黃」
QUANT	45到50天
TERM	「奶茶色」
# the serial numbers 202211、202212 nothing (product specifications, not dates) — doubtful; the quoted product name TERM
# whole — doubtful (ORG MOZTECH inside the other reading)
TERM	「MOZTECH® 萬能充Pro 多功能五合一行動電源」
# the related headlines: 「行動電源爆炸」 TERM, 金門 LOC, 6原則 nothing (no measure word), 3C nothing
TERM	「行動電源爆炸」
LOC	金門
*ORG	墨子科技
""",
    "news-tw-pts-us-space-force-korea-drill-explainer-2023": r"""
# 目次 nothing; 太空軍 (the US Space Force by its short name) ORG every time, 美國太空軍 whole (regex below);
# 美國軍隊 → 美國; N大 QUANT (5大, batch 19); 太空軍事 (太空 + 軍事) holds no 太空軍
LOC	美國
QUANT	6大
# 美韓 → 美 + 韓
LOC	美
LOC	韓
ORG	美國太空軍
ORG	美國太空軍
LOC	美國
LOC	南韓
DATE	昨（21）日
QUANT	10天
TERM	「乙支自由之盾」
LOC	北韓
ORG	美軍
# the quoted name of the body ORG without the marks
ORG	太空軍
# 駐韓美軍 (US Forces Korea) one ORG (as 解放軍駐澳部隊)
ORG	駐韓美軍
LOC	美
LOC	韓
LOC	北韓
ORG	美國太空軍
LOC	美國
QUANT	6大
DATE	2019年12月
QUANT	1萬6千人
LOC	美國
# 美國前總統川普 → 美國 + 川普; his quoted words speech
LOC	美國
PER	川普
# 太空軍作戰部長 (the Chief of Space Operations) → ORG 太空軍 by the regex, the post out — doubtful (ORG 太空軍作戰部
# the other reading)
PER	薩茲曼
LOC	中國
LOC	俄羅斯
LOC	美國
DATE	2020年5月
# the White House as the venue LOC (a seat of office one comes to, batch-27 D)
LOC	白宮
ORG	美聯社
# the headquarters' office one ORG (保安司司長辦公室), its acronym ORG; the commands ORG each with their English names and
# acronyms; 三角洲部隊（Delta）, 中隊（Squadron） (kinds of unit) nothing
ORG	太空軍作戰部長辦公室
ORG	OCSO
ORG	太空軍戰地司令部
ORG	Space Force Field Command
QUANT	3個
ORG	太空作戰司令部
ORG	SpOC
ORG	太空系統司令部
ORG	SSC
ORG	國防部
ORG	太空訓練和準備司令部
ORG	STARCOM
TERM	「死神」
ORG	ISRS
TERM	「死神」
ORG	ISRS
LOC	美國
# 今年8月11日 → 8月11日; the photo credit USSF ORG
DATE	8月11日
ORG	ISRS
ORG	USSF
LOC	美國
# 去（2022）年11月 DATE whole (as 今（115）年7月28日); a place chain one LOC; place + 地區 one LOC (印太地區, batch 27)
DATE	去（2022）年11月
LOC	夏威夷珍珠港
LOC	印太地區
LOC	中國
LOC	俄羅斯
LOC	北韓
# 同年12月 → 12月
DATE	12月
ORG	駐韓美軍
LOC	北韓
*ORG	美國太空軍
*ORG	太空軍(?!事)
""",
    "news-tw-setn-xindian-man-falls-after-quarrel-2018": r"""
# the stamp's date DATE, the clock out; 社會中心／綜合報導 (the desk) nothing
DATE	2018/02/21
# a place chain with its road one LOC
LOC	新北市新店區中正路
DATE	今（21）日
QUANT	49歲
# 高姓男子, 高男 → 高 (batch-20 D); 高母 → 高 (the family named by the surname) — doubtful
PER	高
QUANT	67歲
PER	高
PER	高
# 8樓 (a floor) nothing (as 4樓, batch 37)
PER	高
PER	高
PER	高
PER	高
PER	高
""",
}
