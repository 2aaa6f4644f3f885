"""Reading lists of the batch-56 entity gold, pass 1 (branch issue-e56p1-s25); see build_batch.py for the
line format and README-batch56.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-coa-yilan-wugang-wildlife-habitat-notice-2015": r"""
# the COA notice as batch 52's FSC order: issuer ORG in the title and letterhead, the 中華民國 date DATE, the 字號 DOC,
# the signatory PER; the rule's title quoted in 「」 a TERM (batch 19), nothing inside it; the unmarked law nothing
ORG	行政院農業委員會
TERM	「宜蘭縣無尾港野生動物重要棲息環境之類別及範圍」
ORG	行政院農業委員會
DATE	中華民國104年6月10日
DOC	農林務字第1041700591號
TERM	「宜蘭縣無尾港野生動物重要棲息環境之類別及範圍」
TERM	「宜蘭縣無尾港野生動物重要棲息環境之類別及範圍」
PER	陳保基
# the annex's unmarked title gives the place inside it (batch-24 D-5); county + its place one LOC (a place chain); the
# habitat itself a designation — doubtful (LOC 宜蘭縣無尾港野生動物重要棲息環境 as a named zone the other reading)
LOC	宜蘭縣無尾港
""",
    "news-tw-appledaily-taichung-mrt-disney-self-financing-2017": r"""
# 中捷 (the Taichung MRT company) ORG where it acts and as the system's short name; the quoted predicate in the
# headline is speech, 迪士尼 in it ORG (a company's name for its brand) — doubtful; 578億 a bare 億 number QUANT
ORG	中捷
ORG	迪士尼
QUANT	578億
ORG	蘋果日報
DATE	2017-06-29
# the series tag's city LOC; 前瞻計劃 a programme, nothing
LOC	台中
QUANT	8800億元
LOC	台灣
LOC	南投
PER	曾雪蒨
PER	鄧惠珍
LOC	台中市
ORG	行政院
# quoted rail lines LOC without the marks (batch 18's quoted places); the bracketed other name its own span; the quoted
# project 「捷運綠線延伸彰化」 gives the line and the place
LOC	大台中山海環線
LOC	山手線
LOC	捷運藍線
LOC	捷運綠線
LOC	彰化
QUANT	578億元
# 「看得到吞不下」 an idiom quoted as a predicate: speech, nothing; 「蚊子捷運」 a quoted key expression TERM
TERM	「蚊子捷運」
QUANT	8年
QUANT	578億元
ORG	中捷
ORG	迪士尼
# the city's quoted hope is speech: 中捷 ORG, the park a venue LOC
ORG	中捷
LOC	迪士尼樂園
QUANT	3千億
# 交通局長 gives its bureau with the city (政務司司長 → 政務司)
ORG	台中市交通局
PER	王義川
ORG	行政院
LOC	台中
QUANT	1912.59億元
LOC	捷運綠線
LOC	彰化
LOC	捷運藍線
QUANT	980.59億元
LOC	捷運綠線
QUANT	16.7公里
# the roads the line runs along, 路 written once for the run: each name LOC (北屯 a district) — doubtful
LOC	松竹
LOC	北屯
LOC	文心
LOC	建國路
LOC	高鐵台中站
QUANT	18站
# 台日 two one-character places; 抵台 LOC
LOC	台
LOC	日
LOC	台
DATE	2020年
QUANT	138.95億元
LOC	捷運綠線
QUANT	5.33公里
LOC	彰化
LOC	成功嶺大門
QUANT	4站
# 中彰(地區), 中彰投: one-character places, one LOC each (闽台地区 → 闽 + 台)
LOC	中
LOC	彰
LOC	捷運藍線
LOC	沙鹿火車站
LOC	台灣大道
LOC	台中火車站
QUANT	15處
QUANT	21.3公里
QUANT	841.64億元
LOC	捷運綠線
LOC	大台中山海環線
ORG	行政院
LOC	大里
LOC	霧峰
LOC	南投
LOC	中
LOC	彰
LOC	投
LOC	台中山手線
LOC	中台灣
QUANT	3469億元
QUANT	298.14億元
LOC	中
LOC	彰
QUANT	20%
QUANT	9.98億公噸
# 中部 / 中區 descriptive regions nothing; a university's department written with it one ORG
ORG	大葉大學財務金融學系
PER	劉文祺
LOC	中
LOC	彰
QUANT	60萬人
ORG	中捷
LOC	彰化
LOC	台74線
ORG	中捷
ORG	逢甲大學運輸科技與管理系
PER	李克聰
TERM	「輕重緩急」
PER	林
ORG	中捷
# the metro line along which prices rose: the line LOC — doubtful (ORG as 中捷 the other reading)
LOC	台中捷運
LOC	彰化
LOC	彰化
LOC	捷運綠線
LOC	金馬路
QUANT	6至7萬
QUANT	13萬元
LOC	中
LOC	彰
ORG	彰化縣環保聯盟
PER	施月英
LOC	台中
LOC	山海環線
PER	曾凱雯
LOC	山手線
LOC	台中
LOC	台中市西屯區
PER	張
LOC	台中
# 中市 the city's short name LOC; 台中人 / 台北人 give the place
LOC	中市
LOC	台中
LOC	台北
LOC	台中
""",
    "press-mo-dsal-workplace-safety-labour-inspections-2026": r"""
# the bureau and its defined short name ORG (quoted after 下稱 without the marks); 全澳 holds no place word (as 全港)
ORG	勞工局
ORG	勞工事務局
ORG	勞工局
DATE	2026年3月17日至30日
ORG	勞工局
QUANT	386個
ORG	勞工局
TERM	“先教育後監察”
ORG	勞工局
TERM	“先教育，後監察”
DATE	2026年1月至3月
QUANT	37個
QUANT	42次
QUANT	43間
ORG	勞工局
# the quoted equipment kinds are key expressions TERM; 本年 before months stays out (今年4月 → 4月)
TERM	“防墮裝置”
TERM	“安全帶”
TERM	“輕便工作台”
DATE	1月至3月
QUANT	24間
QUANT	28套
DATE	1月至3月
QUANT	394場
QUANT	12,740人次
# the phone number and the web address nothing; the quoted web page's name TERM (a page that is no body's name)
ORG	勞工局
ORG	勞工局
ORG	勞工局
TERM	“職安健天地”
""",
    "gw-tw-moe-local-government-project-subsidy-rule-order-2015": r"""
# the MOE order as the held-out COA notice: the rule's title quoted in 「」 a TERM, nothing inside
ORG	教育部
TERM	「教育部與所屬機關（構）對直轄市及縣（市）政府計畫型補助款處理原則」
ORG	教育部
DATE	中華民國104年6月10日
DOC	臺教會（四）字第1040072130B號
TERM	「教育部與所屬機關（構）對直轄市及縣（市）政府計畫型補助款處理原則」
TERM	「教育部與所屬機關（構）對直轄市及縣（市）政府計畫型補助款處理原則」
PER	吳思華
# the annex's unmarked title gives the body inside it (batch-24 D-5); 本部, 地方政府, 鄉（鎮、市）公所 nothing; 三個月 nothing
ORG	教育部
""",
    "gw-tw-tipo-orphan-work-karaoke-licence-letter-2015": r"""
# the IPO letter: the applicant company ORG; a song's title quoted in 「」 a TERM with its bracketed part (詞 / 曲)
ORG	經濟部智慧財產局
ORG	瑞影企業股份有限公司
TERM	「孝女的願望（詞）」
ORG	經濟部智慧財產局
DATE	中華民國104年6月8日
DOC	智著字第10400035350號
DATE	104年4月22日
DOC	智著字第10416002442號
TERM	「夜雨（曲）」
QUANT	40件
QUANT	1件
TERM	「孝女的願望（詞）」
DATE	104年5月22日
ORG	經濟部
DATE	104年5月27日
DOC	經訴字第10406170110號
# the 【】 note gives the body inside it (a 【】 label is no entity); the ministry's case number nothing — doubtful (DOC
# as a 字號 the other reading); unmarked laws and articles nothing
ORG	經濟部
TERM	「孝女的願望（詞）」
# the rights holder quoted after 係: a quoted name that refers to the person → PER without the marks (as quoted bodies)
PER	謝定
ORG	常夏音樂公司
PER	謝定
DATE	民國80年
# the three collective management bodies by their Latin short names ORG
ORG	MUST
ORG	TMCS
ORG	MCAT
PER	謝定
ORG	常夏音樂公司
PER	謝定
TERM	「孝女的願望（詞）」
PER	謝定
TERM	「孝女的願望（詞）」
QUANT	40件
TERM	「孝女的願望（詞）」
DATE	民國101年7月18日
QUANT	30日
TERM	「孝女的願望（詞）」
ORG	常夏音樂公司
PER	謝定
TERM	「孝女的願望（詞）」
# the earlier letter's number written without 第 is still a 字號 DOC
DOC	智著字10416002442號
TERM	「孝女的願望（詞）」
TERM	「孝女的願望（詞）」
# machine models (MDS-219) and file kinds nothing; the term defined by 下稱 quoted a TERM
TERM	「散布」
QUANT	20,000台
QUANT	15,000台
# 台、澎、金、馬: one-character places, one LOC each (地區 after the last left out) — doubtful
LOC	台
LOC	澎
LOC	金
LOC	馬
QUANT	新台幣25,000元
QUANT	15,000元
QUANT	10,000元
QUANT	新台幣15,000元
QUANT	7,500元
QUANT	7,500元
QUANT	2,800元
QUANT	3,300元
# the annex cited by its quoted name a TERM; 5年份 a count of years QUANT
TERM	「附表」
QUANT	5年份
TERM	「孝女的願望（詞）」
TERM	「孝女的願望（詞）」
QUANT	30日
ORG	經濟部
ORG	瑞影企業股份有限公司
PER	王美花
# the company's name with its bracketed legal form inside (…（股）公司); the table: the song unquoted in a cell nothing,
# bare amounts without a unit nothing; the column heads 1年合計 / 5年合計 counts of years QUANT — doubtful
ORG	瑞影企業（股）公司
DOC	智著字第10400035350號
QUANT	1年
QUANT	5年
QUANT	1件
""",
    "news-hk-hkej-cbirc-six-insurers-supervisory-letters-2018": r"""
# 今日 and the clock nothing; the page's section 中國財經 gives the place — doubtful; 6險企 (no counter) nothing
LOC	中國
ORG	銀保監
ORG	銀保監
ORG	中新社
ORG	中國銀保監
QUANT	6家
QUANT	6家
ORG	紫金財產保險
ORG	中華聯合財產保險
ORG	幸福人壽保險
ORG	眾安在線財產保險
ORG	民生通惠資產管理
ORG	安誠財產保險
ORG	紫金財險
ORG	眾安在線財險
# the linked headlines: 恒指 an index, nothing; 碧桂園 a company ORG
QUANT	464點
ORG	碧桂園
QUANT	11%
PER	王岐山
ORG	中國紅十字會
""",
    "news-hk-rthk-hong-kong-airlines-okinawa-flights-delayed-2018": r"""
# 4航班 (no counter) nothing, 4班 QUANT; the storm's name nothing; flight numbers nothing; 港台 in the credit ORG
ORG	香港航空
LOC	沖繩
DATE	2018-07-02
ORG	香港航空
QUANT	4班
LOC	香港
LOC	沖繩
ORG	港台
ORG	香港航空
QUANT	4班
LOC	香港
LOC	沖繩
""",
    "news-tw-ettoday-top-ten-national-snacks-2025": r"""
# 10大 before what it counts QUANT; ranks (第1名, 第五名) nothing; 前4名 → 4名 (前 out, as 前30名)
LOC	台灣
QUANT	10大
DATE	2025年04月21日
# the opinion-tracking site in 《》 is no news outlet: DOC with the marks (revisions.py's title-marks rule) — doubtful;
# 鏡週刊 (a magazine) unmarked in credits and the link block ORG
DOC	《網路溫度計DailyView》
LOC	台灣
ORG	鏡週刊
ORG	鏡週刊
LOC	台灣
DOC	《網路溫度計DailyView》
DOC	《KEYPO大數據關鍵引擎》
LOC	台灣
LOC	台灣
DOC	《網路溫度計DailyView》
LOC	台灣
LOC	台灣
QUANT	4名
LOC	台灣
# chicken-cutlet and drink chains are named retail outlets ORG (batch 16's decider; 台灣鹹酥雞 a shop's name)
ORG	派克
ORG	艋舺
ORG	豪大大
ORG	台灣鹹酥雞
ORG	鹹酥李
ORG	熊厚呷鹹酥雞
LOC	西門町
ORG	富宏
ORG	建宏
ORG	台北捷運
LOC	台灣
LOC	台灣
ORG	春水堂
ORG	翰林茶館
ORG	50嵐
ORG	珍煮丹
ORG	CoCo都可
ORG	大苑子
ORG	鶴茶樓
ORG	清心福全
ORG	麻古茶坊
ORG	再睡五分鐘
ORG	迷客夏
# the stock-photo site in the caption's credit ORG — doubtful; PTT (a forum) ORG as 臉書
ORG	photoAC
ORG	PTT
LOC	台灣
ORG	新東陽
LOC	彰化
ORG	莊手工鮮肉湯包
LOC	新北湳雅夜市
ORG	板橋小籠包
QUANT	4千顆
LOC	台北西門町
ORG	老天祿滷味
LOC	師大夜市
ORG	燈籠滷味
LOC	台灣
LOC	彰化
ORG	鏡週刊
# the linked headlines: a quoted dish a TERM; 日媒 a word for the media (as 港人) nothing; the quoted phrase TERM
LOC	韓國
TERM	「麻辣珍珠炒年糕奶茶」
LOC	日本
TERM	「1款台灣飲料」
LOC	中國
TERM	「冰糖龜蜜」
""",
    "press-mo-smg-cyber-incident-drill-2026": r"""
# 本月15及16日: the two days sharing 日 one DATE — doubtful (本月 is deictic and out)
ORG	地球物理氣象局
ORG	地球物理氣象局
DATE	15及16日
ORG	氣象局
ORG	氣象局
""",
    "press-tw-tncc-regular-session-general-interpellation-2026": r"""
# 臺南 in 臺南市政 the city; 市議會 a level word with its body ORG (as 市商务局); a session (本屆第8次定期會) an event
LOC	臺南
ORG	市議會
DATE	24日
ORG	市議會
DATE	24日
ORG	臺南市議會
DATE	24日
QUANT	3名
PER	黃偉哲
LOC	大臺南
DATE	8月24日
DATE	8月24至9月17日
QUANT	50分鐘
DATE	9月18日至23日
QUANT	10分鐘
DATE	8月24日
PER	方一峰
PER	李中岑
PER	蔡育輝
ORG	臺南市議會
# the council's website gives the body; 本市 nothing
ORG	臺南市議會
LOC	大臺南
ORG	臺南市議會
""",
    "press-tw-tncc-senior-licence-renewal-courses-2026": r"""
# as batch 22's council releases: 台南市議員 → the city; 今（6）日 one DATE; 監理站, 各區公所, 里長 nothing
PER	陳怡珍
PER	陳怡珍
LOC	台南市
PER	陳怡珍
DATE	今（6）日
ORG	市議會
PER	陳怡珍
# a city government's bureau written with 市府 one ORG (南市府衛生局)
ORG	市府民政局
PER	陳怡珍
PER	陳怡珍
TERM	「公園合法創作空間」
PER	陳怡珍
# 北區區長 → the district (as 臺南市長 → the city)
LOC	北區
LOC	台南
""",
}
