"""Reading lists of the batch-22 entity gold, pass 1 (branch issue-e22p1-s19); see build_batch.py for the
line format and README-batch22.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-hidaka-book-review-2020": r"""
# the column 【日文書介】 nothing; books in 《》 DOC with the marks (the Japanese 米中 inside the title)
PER	日高義樹
DOC	《米中時代の終焉》
TERM	「新冠肺炎長期化」
PER	日高義樹
DOC	《米日時代の終焉（美中時代的結朿）》
LOC	日本
ORG	國際貨幣基金
ORG	世界銀行
ORG	經合組織
ORG	國際貨幣基金
ORG	世界銀行
ORG	國際貨幣基金
# 明年 out; a month range one DATE (the stray space inside kept)
DATE	10月至12 月
QUANT	10％
LOC	美國
LOC	巴西
LOC	非洲
# 歐盟 ORG (earlier gold), also before 國家
ORG	歐盟
PER	日高義樹
# 華爾街人士: the street standing for the finance trade, LOC (a place before a word for its people)
LOC	華爾街
LOC	日本
LOC	英國
ORG	歐盟
LOC	巴西
PER	日高義樹
LOC	日本
QUANT	254％
LOC	日本
# 兩倍 nothing (no digit); N倍 QUANT (earlier gold)
LOC	英國
QUANT	1.6倍
LOC	美國
QUANT	1倍
LOC	德國
QUANT	0.76倍
PER	日高義樹
TERM	「泡沫經濟」
LOC	美國
ORG	英特爾
ORG	Intel
ORG	推特
ORG	Twitter
ORG	英特爾
# 十多架 nothing (no digit); the 707 model nothing
LOC	美國
TERM	「中國互聯網文明」
PER	日高義樹
# 美中 → 美 + 中 (as 中葡)
LOC	美
LOC	中
LOC	美國
TERM	「原點」
LOC	中國
TERM	「效率」
LOC	美
LOC	日
TERM	「互聯網文明」
ORG	華為
ORG	微信
ORG	Tik Tok
# the quoted saying (a heading and its full form) TERM, as slogans
TERM	「不謀全局者，不足謀一域」
TERM	「不謀萬世者，不足謀一時；不謀全局者，不足謀一域」
LOC	香港
LOC	中國
# the 眾新聞 footer as in earlier batches; the domain nothing
ORG	眾新聞
TERM	「每周時事」
PER	尹瑞麟
PER	尹瑞麟
# the column 【尹瑞麟・双修集】 → the writer inside
PER	尹瑞麟
ORG	港大
# a foreign university after its country (新加坡 + 南洋理工大學, batch 20)
LOC	日本
ORG	上智大學
LOC	東京
# 國際政府組織, 國際會計師事務所 unnamed, nothing; 大中華區 LOC (a named region, as 大西南) — doubtful
LOC	大中華區
ORG	策略發展委員會
""",
    "press-mo-hippo-english-contest-2026": r"""
# the unquoted contest name is an event: the place inside (as batch 20's 澳門國際龍舟邀請賽); the year nothing
LOC	中國
ORG	澳門理工大學
ORG	澳門理工大學
ORG	全球河馬英語組委會
# a name and its name in another language are two spans
ORG	Global Hippo Association
ORG	阿思丹
ORG	ASEEDER
ORG	澳理工英語中心
TERM	“2026河馬英語趣味挑戰中國全明星輪”
# 澳理工禮堂: the hall of the university where the event is held, one LOC — doubtful (ORG 澳理工 alone the other reading)
LOC	澳理工禮堂
# 約400名 → 400名
QUANT	400名
LOC	澳門
QUANT	8名
LOC	澳門
# a school and its campus by place: ORG + the place inside the brackets
ORG	澳門培正中學
LOC	路環
ORG	教業中學
LOC	中國
TERM	“河馬絲路尋美”
# 中西文化 nothing (中西: China and the West, no place name)
TERM	“絲路尋美之旅”
ORG	澳理工英語中心
LOC	澳門
# 河馬英語趣味挑戰 and its English name (Hippo “English Without Borders” Olympiad) are an event with no place: nothing
DATE	2012年
LOC	意大利
# 超過70個 → 70個
QUANT	70個
# 去年 nothing; 近10萬人 → 10萬人
QUANT	10萬人
LOC	中國
DATE	2022年
QUANT	3千人
DATE	2026年
QUANT	1萬人
# 四個階段 nothing (no digit); 前140名 counts the players admitted → 140名 (as 前3位 → 3位) — doubtful
QUANT	140名
# a place chain one LOC; the Latin name in brackets its own span
LOC	意大利阿西西
LOC	Assisi
LOC	中國
LOC	澳門
# 本澳 nothing
LOC	澳門
ORG	澳理工
LOC	澳門
LOC	澳門
LOC	澳門
""",
    "press-tw-tainan-ai-compute-2026": r"""
LOC	臺南
LOC	南臺灣
# 南市府 ORG (as 高雄市府, 南市府衛生局); 中央 nothing; quoted programmes TERM with the marks
ORG	南市府
TERM	「AI新十大建設」
TERM	「大南方新矽谷推動方案」
# 南科 (the southern science park) LOC, as named zones; 沙崙 LOC
LOC	南科
LOC	沙崙
LOC	臺南
PER	黃偉哲
LOC	臺南
# the quoted centre is a facility (a venue): LOC without the marks — doubtful (TERM with the marks the other reading)
LOC	國網雲端算力中心
LOC	南科
# the quoted name of the supercomputer TERM whole — doubtful (a product: nothing the other reading)
TERM	「晶創26（Nano4）」
TERM	「大南方新矽谷」
LOC	臺南沙崙
QUANT	200PF
DATE	2029年
LOC	南科
LOC	沙崙
ORG	緯創
LOC	臺南沙崙
DATE	2027年第1季
ORG	AMD
LOC	沙崙
LOC	南臺灣
# 經發局局長張婷媛 → ORG + PER
ORG	經發局
PER	張婷媛
# 今年3月 → 3月
DATE	3月
LOC	沙崙
LOC	AI創新應用大樓
# 市府 alone nothing; 國科會國網中心 one ORG (a centre with its body, as 國家教育部教材局綜合處)
ORG	國科會國網中心
# 全光網路（IOWN） a technology, nothing; 今年4月份 → 4月份
DATE	4月份
LOC	臺南
TERM	「AI IMPACT：智慧城市與大南方成果展」
LOC	臺南
ORG	國網中心
ORG	南市府
DATE	115年至118年
TERM	「生生有平板、校校智慧學」
ORG	國立成功大學
ORG	國立臺南大學
ORG	崑山科技大學
ORG	南臺科技大學
ORG	AMD
QUANT	31台
ORG	經發局
LOC	臺南
# the quoted layout formula TERM whole (the places inside not split out)
TERM	「南科半導體製造、沙崙AI研發應用、柳營智慧製造」
LOC	臺南
LOC	南臺灣
""",
    "press-tw-tainan-yanshui-mental-health-walk-2026": r"""
TERM	「2026漫步鹽水~愛你健走好心情」
ORG	世界衛生組織
ORG	WHO
# 每年 out
DATE	10月10日
TERM	「世界心理健康日」
ORG	臺南市政府
DATE	9月10日至10月10日
LOC	臺南市
TERM	「心理健康月」
# 本局 nothing
TERM	「心理健康月」
ORG	衛生局
# 今天 nothing; a school with its district: LOC + ORG (a school stays ORG where the walk starts, as 明德学院 + 明志楼)
LOC	鹽水區
ORG	岸內國小
# 舊 (former) out of the station's name
LOC	鹽水車站
LOC	鹽水特色公園
TERM	「2026漫步鹽水~愛你健走好心情」
# 多 right after the number inside the QUANT (session 18)
QUANT	500多人
DATE	105年
# 第11年 nothing (an ordinal)
ORG	衛生局
# 李局長翠鳳: the surname before the title and the given name after it, two PER — doubtful (one PER over the
# title the other reading; no precedent found)
PER	李
PER	翠鳳
ORG	大臺南登山協會
PER	邱
PER	至榮
ORG	鹽水區公所
PER	陳
PER	文琪
ORG	岸內國小
PER	黃
PER	明漢
ORG	鹽水區社區心理衛生中心
# 本市 nothing; the quoted mascot name TERM
TERM	「吉綠鷹」
TERM	「好心情」
LOC	鹽水區
ORG	岸內國小
LOC	鹽水車站
LOC	鹽水特色公園
QUANT	5公里
TERM	「快樂漫步好心情」
PER	黃
PER	偉哲
ORG	衛生局
PER	李
PER	翠鳳
# &beta; and the hotline number 1925 nothing; 24小時 QUANT
QUANT	24小時
ORG	衛生局
# phone numbers nothing; the districts of the six centres LOC
LOC	北區
LOC	安南區
LOC	關廟區
LOC	善化區
LOC	麻豆區
LOC	鹽水區
QUANT	6處
# 社區心理衛生中心 (the kind) nothing; the city's centre by its full name one ORG
ORG	臺南市政府社區心理衛生中心
ORG	LINE
TERM	「@1925tainan」
# the press contact: the section ORG, the clerk PER
ORG	心理健康科
PER	葉晏伶
ORG	鹽水區社區心理衛生中心
""",
    "news-tw-tcc-nhoa-acquisition-2021": r"""
# the CNA title line and dateline as in earlier 中央社 stories; the stock code (1101) nothing
ORG	台泥
ORG	NHΩA
ORG	中央社
ORG	CNA
ORG	中央社
PER	蔡芃敏
LOC	台北
DATE	20日
ORG	台泥
ORG	ENGIE EPS
ORG	NHΩA
ORG	台泥
ORG	台泥
# 國內, 今天 nothing
ORG	台泥
ORG	台灣水泥歐洲控股
# the currency before the amount inside the QUANT (as 新臺幣1,000萬元)
QUANT	歐元17.1元
QUANT	1.32億歐元
LOC	義大利
ORG	ENGIE EPS SA
QUANT	60.48%
ORG	NHΩA
ORG	彭博新能源財經
ORG	BNEF
# the year of the figures in brackets, DATE without 年 — doubtful
DATE	2020
ORG	NHΩA
# 全球第4 a rank, nothing
ORG	台泥
ORG	台泥
PER	張安平
LOC	義大利
ORG	NHΩA
PER	張安平
LOC	台灣
ORG	台泥
ORG	台泥
ORG	NHΩA
LOC	義大利米蘭
LOC	法國
LOC	歐洲
LOC	美洲
LOC	大洋洲
LOC	非洲
# the site's newsletter in 《》 DOC with the marks — doubtful (TERM, as the quoted 「每周時事」, the other reading)
DOC	《早安世界》
QUANT	3分鐘
QUANT	10件
ORG	台泥
ORG	NHΩA
# 世界第四大 nothing (no digit)
ORG	Stellantis
ORG	Free2Move eSolutions
LOC	南歐
ORG	NHΩA
ORG	台泥企業團
LOC	台灣
ORG	台泥
# the editor's name PER; the trailing code nothing
PER	林治平
""",
    "press-mo-maritime-rescue-drill-2026": r"""
# 粵港澳 one LOC (earlier gold); the quoted drill name TERM whole
LOC	粵港澳
TERM	“2026年粵港澳三地海上搜救聯合演習”
# 今日（23日） one DATE (as 今（19）日); 上午 out
DATE	今日（23日）
# a place chain one LOC (the outer harbour's fairway) — doubtful (澳門 alone the other reading)
LOC	澳門外港航道
LOC	粵港澳
LOC	珠江口
# 兩艘, 一人, 兩名 nothing (no digit)
ORG	澳門海事及水務局
ORG	澳門海上搜救協調中心
LOC	廣東
LOC	香港
ORG	民防行動中心
ORG	澳門海關
ORG	澳門海事及水務局
ORG	澳門海事及水務局
ORG	澳門海關
ORG	澳門海關
ORG	深圳海事局
ORG	澳門海關
ORG	澳門海事及水務局
ORG	香港飛行服務隊
LOC	外港客運碼頭
ORG	深圳海事局
ORG	澳門海事及水務局
ORG	香港飛行服務隊
LOC	外港客運碼頭
# 廣東和澳門方: the two sides by their places
LOC	廣東
LOC	澳門
ORG	澳門海事及水務局
ORG	澳門海關
ORG	治安警察局
ORG	消防局
ORG	衛生局
ORG	社會工作局
LOC	氹仔客運碼頭
ORG	澳門海事及水務局
ORG	澳門警察總局
ORG	澳門海關
ORG	澳門治安警察局
ORG	澳門消防局
ORG	澳門衛生局
ORG	澳門社會工作局
ORG	澳門民航局
ORG	廣東海事局
ORG	深圳海事局
ORG	珠海海事局
ORG	珠海市應急管理局
ORG	香港海事處
ORG	香港政府飛行服務隊
# 客船公司, 直升機公司 unnamed, nothing; the airport named among the units taking part acts: ORG — doubtful (LOC the other reading)
ORG	澳門國際機場
QUANT	18個
QUANT	20艘
QUANT	1架
QUANT	4台
# 逾260名 → 260名
QUANT	260名
""",
    "press-tw-tncc-yongkang-interpellation-2026": r"""
# 議員陳秋萍 → PER; a surname with a title stands for the person (陳議員 → 陳, 黃市長 → 黃)
PER	陳秋萍
QUANT	33年
PER	黃偉哲
LOC	永康
PER	陳秋萍
# 台南市議員 → the city (as 臺南市長)
LOC	台南市
PER	陳秋萍
DATE	9月18日
PER	黃偉哲
QUANT	8年
# 議會, 議事廳 nothing
PER	陳秋萍
PER	黃
QUANT	8年
LOC	台南
LOC	台南
PER	陳
QUANT	33年
TERM	「初心不變」
QUANT	4年
LOC	永康
PER	陳秋萍
PER	陳
# 台南市復康巴士: the service → the city inside
LOC	台南市
# the ratio 1比1.055 nothing — doubtful (no precedent found)
QUANT	34,500元
# 市府 nothing
TERM	「司機薪資下限保障」
ORG	社會局
TERM	「智慧動態派遣系統」
PER	陳
PER	黃偉哲
# the quoted hall is a venue: LOC without the marks (as batch 20's quoted venues) — doubtful
LOC	永康全民運動館
QUANT	新台幣2億元
ORG	體育局
PER	陳
# the two battery-swap systems are named by their makers: ORG each — doubtful (nothing as products the other reading)
ORG	PBGN
ORG	Ionex
ORG	警察局
TERM	「警用/公務專屬微型換電站」
TERM	「能源服務水準與退場買回機制」
TERM	「有車無電可換」
LOC	台南
PER	陳
ORG	教育局
ORG	教育部
# 餘 inside the QUANT (earlier gold: 300余个); 中央 nothing
QUANT	5,027萬餘元
ORG	警察局
QUANT	10處
PER	陳
PER	陳
# 0822豪雨: a storm named by its date → DATE 0822 — doubtful (nothing the other reading)
DATE	0822
ORG	水利局
PER	陳
ORG	水利局
LOC	永康區
# N大 before what it counts is a QUANT
QUANT	9大
LOC	台南
""",
    "news-hk-vaccine-side-effects-tally-2021": r"""
ORG	眾新聞
QUANT	188宗
TERM	「副作用統計互動圖表」
# 近一個月 nothing; 港府 ORG (earlier gold); the brand 復必泰 nothing (a product); 科興 (Sinovac) ORG each time, also
# in 科興疫苗 and where it stands for its vaccine — doubtful (nothing there the other reading)
ORG	港府
# 今午（25日）: the day alone (今午 a part of today)
DATE	25日
LOC	北京
LOC	香港
QUANT	100萬劑
ORG	科興
ORG	科興
# 供港 → 港 (as 對港, 來澳)
LOC	港
QUANT	200萬劑
ORG	科興
TERM	「甩底率」
# 一成多至兩成多 nothing (no digit)
ORG	眾新聞
DATE	3月1日
DATE	3月24日
QUANT	188人
ORG	復星
ORG	BioNTech
QUANT	10萬人
# 超過10人 → 10人
QUANT	10人
ORG	科興
ORG	眾新聞
QUANT	83人
ORG	科興
QUANT	105人
# the numbered tips 1) 2) nothing
TERM	「Filter」
ORG	眾新聞
ORG	眾新聞
ORG	眾新聞
# 上月26日 → 26日 (as 去年7月 → 7月); 相隔28日 a duration in 日, QUANT
DATE	26日
ORG	科興
QUANT	28日
# 本周五（26日） → 26日
DATE	26日
ORG	科興
ORG	科興
ORG	科興
QUANT	8.3%
QUANT	28日
QUANT	2.6%
ORG	香港醫院藥劑師學會
PER	崔俊明
ORG	眾新聞
TERM	「局部副作用」
TERM	「全身反應」
TERM	「局部副作用」
TERM	「全身反應」
# 攝氏 before the range inside one QUANT (as the currency before an amount) — doubtful; 「一日起兩日止」 quoted speech, nothing
QUANT	攝氏38.3至38.5度
PER	崔俊明
QUANT	5名
QUANT	4人
QUANT	1人
ORG	科興
TERM	「血管迷走神經性昏厥」
PER	崔
# the quoted explanation is speech, nothing
PER	崔俊明
PER	崔
ORG	眾新聞
TERM	「每周時事」
""",
    "press-mo-anti-drug-week-2026": r"""
# the quoted week, mascot and programme names TERM with the marks each time (regex lines below, every match read);
# 第三屆, 連續第三年, 一連七天 / 七日, 十個, 五位 nothing (no digit); 每年 out
DATE	6月26日
TERM	“國際禁毒日”
ORG	司法警察局
DATE	6月23日
# the square in its district, one LOC (a place chain)
LOC	氹仔星皓廣場
DATE	6月23日
# the PJ's crime-prevention network for buildings, one ORG — doubtful (ORG 司法警察局 alone the other reading)
ORG	司法警察局大廈防罪之友
ORG	澳門物業管理業商會
PER	劉藝良
ORG	澳門街坊會聯合總會
PER	陳家良
ORG	澳門工會聯合總會
PER	梁普宇
ORG	澳門婦女聯合總會
PER	陳虹
ORG	澳門歸僑總會
PER	畢志健
ORG	民眾建澳聯盟
PER	施家倫
ORG	澳門天主教學校聯會
PER	周伯輝
ORG	澳門中華教育會
PER	楊佩欣
ORG	澳門戒毒康復協會
PER	Augusto NOGUEIRA
ORG	澳門基督教新生命團契
PER	譚國輝
ORG	澳門基督教青年會
PER	陸綺彬
ORG	澳門醫護志願者協會
PER	溫泉
# the square whose general manager is a guest: the business, ORG (as 澳門美高梅娛樂場 where its chips are meant) — doubtful
ORG	星皓廣場
PER	李恩廣
PER	薛仲明
PER	賴文威
PER	蘇兆強
PER	岑錦榮
PER	薛仲明
TERM	“重情報、強打擊、宣禁毒、促技術”
# 局方, 特區政府 nothing; 依托咪酯, 大麻 (substances) nothing
LOC	澳門
TERM	“上頭電子煙”
TERM	“以同伴影響同伴”
QUANT	20位
# the quoted short film title TERM (a title in “”)
TERM	“一念之差”
ORG	基督教新生命團契
DATE	6月23日
LOC	澳門
*TERM	“全民禁毒週”|“校園禁毒菁英”|“禁毒拉多”
*ORG	司警局
""",
    "press-tw-tncc-final-interpellation-2026": r"""
# 議員沈震東 → PER; quoted phrases and demands TERM, quoted speech (whole clauses) nothing but the places inside
PER	沈震東
LOC	臺南
TERM	「有做」
TERM	「好」
PER	沈震東
# 臺南市議員 → the city (as 臺南市長)
LOC	臺南市
PER	沈震東
# 今（8）日 one DATE (as 今（19）日)
DATE	今（8）日
LOC	北區
LOC	中西區
# 市府 nothing (each time)
TERM	「建設完成後如何使用」
TERM	「閒置空間如何活化」
TERM	「政策如何真正落地」
PER	沈震東
# 四年 nothing (no digit)
TERM	「還沒完成的事情」
PER	沈震東
LOC	實踐街
LOC	西門路
LOC	成功路
LOC	育賢街
PER	沈震東
# a heritage site with 舊址 LOC whole (batch 20)
LOC	濟生醫院舊址
# the planned yellow metro line: a named line LOC (as 沈白高铁) — doubtful
LOC	黃線
ORG	交通局
TERM	「各做各的」
LOC	臺南
PER	沈震東
TERM	「孩子都長大了」
# named community centres LOC whole (a building by its village's name) — doubtful (LOC 西湖里 alone the other reading)
LOC	西湖里活動中心
PER	沈震東
DATE	2025年
DATE	2027年
LOC	成德里活動中心
DATE	2029年
PER	沈震東
ORG	社會局
ORG	警察局
ORG	民政局
PER	沈震東
LOC	臺南
LOC	東門城
# 大小西門 (the great and the small west gates) one LOC — doubtful (no split possible without 西門 twice)
LOC	大小西門
LOC	開元寺
LOC	濟生醫院舊址
LOC	臺南公園
LOC	臺南
LOC	臺南
PER	沈震東
LOC	臺南公園
TERM	「遺跡公園」
LOC	頂美一街
LOC	臨安路
PER	沈震東
# 中央 nothing
TERM	「老宅延壽計畫」
PER	沈震東
LOC	臺南
""",
    "press-tw-tainan-national-day-events-2026": r"""
LOC	臺南
# the release header: the bureau ORG, the date (the clock time out)
ORG	觀光旅遊局
DATE	115年10月5日
# 雙十連假, 國慶 nothing
LOC	臺南
PER	黃偉哲
# 臺南鐵路地下化 (a project) → the place inside; 市府 nothing (each time)
LOC	臺南
TERM	「臺南鐵路風華再見」
LOC	臺南
# the unquoted festival and party kinds (晴空藝術節, 街區派對 …) nothing
LOC	臺南
ORG	觀光旅遊局
PER	林國華
LOC	臺南
TERM	「住宿臺南－好康三重送」
DATE	10月31日
LOC	臺南
TERM	「2026臺南購物節」
LOC	臺南
TERM	「臺南鐵路風華再見」
ORG	臺南市政府交通局
TERM	「鐵道風華 打卡有禮」
LOC	臺南火車站
# clock times nothing (13時至17時, 10時至18時, 15時30分, 19時)
DATE	10月9日至11日
# the station's front square one LOC
LOC	臺南火車站站前廣場
ORG	交通局
QUANT	1,000份
ORG	臺南市政府民政局
TERM	「驛起平安・眾神御守」
LOC	首廟天壇
LOC	開基玉皇宮
LOC	臺灣府城隍廟
# two temples joined by 暨, two LOC
LOC	大觀音亭
LOC	祀典興濟宮
QUANT	4間
DATE	10月9日
TERM	「驛起平安」
QUANT	1,000份
# 府城 (Tainan's old name) LOC
LOC	府城
ORG	臺南市政府觀光旅遊局
TERM	「再會百年月台」
DATE	10月9日至11日
LOC	臺南火車站站前廣場
# 第1月台 nothing (a numbered platform); 魚頭君 (an unquoted mascot) nothing
QUANT	4座
QUANT	3天
# the heading's festival → the place inside (the year nothing)
LOC	水交社
ORG	臺南市政府文化局
DATE	10月9日至11日
LOC	水交社文化園區
DATE	10月10日
LOC	臺南市
ORG	臺南市政府觀光旅遊局
TERM	「臺南市街區歡樂派對」
DATE	10月至12月
# 每月第二個星期六 nothing
LOC	河樂廣場
DATE	10月10日
LOC	河樂廣場
# the two corners of the square named by their streets → the streets
LOC	康樂街
LOC	環河街
LOC	臺南
ORG	後壁區農會
TERM	「2026臺南好米季－菜奇鴨稻陣走」
LOC	臺南
TERM	「菜奇鴨」
LOC	後壁菁寮老街
DATE	10月9日至25日
DATE	10月9日
QUANT	200位
LOC	菁寮老街
LOC	臺南
# 原創神獸IP, 金獅陣 nothing
ORG	臺南市文化資產管理處
TERM	「鏹鏹」
DATE	10月3日至11日
QUANT	12間
# the URL nothing; the heading's 漁光森林 (the island's forest) LOC — doubtful
LOC	漁光森林
ORG	安平區公所
TERM	「2026 漁光點點 &times; 漁光浪集 &times; 安平歲時」
DATE	10月9日至11日
LOC	安平漁光島森林
# 臺南運河100攝影展 (an event) → the place inside
LOC	臺南運河
# the farm that runs the festival acts: ORG (heading and body) — doubtful (LOC the other reading)
ORG	走馬瀨農場
# the festival's name in 《》 DOC with the marks — doubtful (TERM, an event, the other reading)
DOC	《舞綠舞旺・雙十牧草節》
ORG	走馬瀨農場
DATE	10月9日至11日
# the performers' stage names PER — doubtful
PER	香蕉哥哥
PER	草莓姐姐
LOC	烏克蘭
LOC	哈薩克
# the play's title in 《》 DOC
DOC	《五色鳥之章》
# a range with 起 one DATE
DATE	9月19日起至12月5日
ORG	臺南市政府文化局
TERM	「2026藝術進區」
LOC	臺南
QUANT	10個
DATE	10月9日
# the quoted troupe is the body: ORG without the marks
ORG	自然而然劇團
LOC	七股區
ORG	大文國小
DOC	《五色鳥之章》
TERM	「2026臺南購物節」
QUANT	50元
TERM	「2026臺南購物節」
DATE	116年3月15日
LOC	臺南
QUANT	50元
ORG	LINE
TERM	「@tainanshopping」
QUANT	1組
# 百萬電動車, 3C nothing; the festival's website → the place inside
LOC	臺南
LOC	臺南
# dates written with slashes one DATE (the heading's ranges) — doubtful (no precedent found)
DATE	9/15-11/15
ORG	臺南市政府環境保護局
DATE	9月15日至11月15日
TERM	「旅遊住臺南，減塑抽好禮」
# hotels where one stays are venues: LOC whole — doubtful (ORG the other reading); 五家 nothing
LOC	台糖長榮酒店
LOC	和逸台南西門館
LOC	柳營尖山埤渡假村
LOC	煙波大飯店台南館
LOC	臺邦商旅
LOC	臺南
DATE	5/1-10/31
TERM	「2026住宿臺南－好康三重送」
DATE	10月31日
LOC	臺南
DATE	11月1日
LOC	臺南
QUANT	500元
QUANT	1組
# 週日至週四 nothing
QUANT	1組
TERM	「住宿臺南-好康三重送」
# the quoted website name TERM; 臉書 ORG (earlier gold)
TERM	「台南旅遊」
ORG	臉書
""",
    "news-hk-sandel-common-good-column-2021": r"""
# every 「」 phrase (with its English gloss inside) TERM, but the quoted sentence of Turner (speech): regex below;
# unquoted English glosses in brackets nothing; the unmarked English book title nothing — doubtful
# years without 年 DATE (1979至2016, 1990-2017, 2008); ratios (30:1, 300:1) nothing; 三倍, 四成, 十八年 nothing (no digit)
DATE	1979至2016
QUANT	85%
DATE	1990-2017
LOC	阿富汗
LOC	伊拉克
PER	特朗普
PER	Donald Trump
PER	亞里士多德
PER	Aristotle
LOC	英國
LOC	丹麥
LOC	荷蘭
# 武漢肺炎 → 武漢 (as 【武漢肺炎大爆發】)
LOC	武漢
QUANT	75-90%
# X國政府 alone one ORG; 香港特區政府 one ORG; 特區官員 nothing
ORG	美國政府
ORG	香港特區政府
DATE	2008
LOC	紐約
LOC	芝加哥
ORG	英國金融服務局
ORG	Financial Services Authority
PER	端納
PER	Adair Turner
PER	端納
# 英美 → 英 + 美
LOC	英
LOC	美
QUANT	15%
# the newspaper in 《》 ORG without the marks
ORG	金融時報
ORG	Financial Times
PER	科奧亞
PER	Rana Foroohar
PER	John Rawls
PER	余英時
DOC	《民主觀念和現代中國菁英文化的式微》
DOC	《成功的反思：混亂世局中，我們必須重新學習的一堂課》
PER	賴盈滿
# the English title in ASCII quotes: a title in quote marks TERM with them — doubtful
TERM	"The Tyranny of Merit: What’s Become of the Common Good"
DOC	《精英的暴政：共善變成了甚麼模樣？》
ORG	眾新聞
PER	清涼
PER	清涼
# the column 【清涼・清涼集】 → the writer inside; 清涼 as a word (添上清涼) nothing
PER	清涼
*TERM	「(?!並無)[^」]*」
*PER	桑德爾|羅爾斯
# 美國 LOC each time, also before 人 (美國人 → 美國)
*LOC	美國
""",
}
