"""Reading lists of the batch-52 entity gold, pass 1 (branch issue-e52p1-s24); see build_batch.py for the
line format and README-batch52.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-hkcnews-apple-daily-search-keeps-publishing-2021": r"""
# the paper in title marks ORG without the marks, also as the short 《蘋果》 and unmarked in credits and before posts
ORG	蘋果
ORG	壹傳媒工會
ORG	蘋果日報
# 將軍澳大樓: the paper's building named by its district, no name of its own → LOC 將軍澳 — doubtful (LOC whole the
# other reading); (17/6) a DATE as 7/21 in earlier gold
LOC	將軍澳
DATE	17/6
QUANT	5小時
QUANT	38部
QUANT	3名
ORG	蘋果日報
PER	林文宗
ORG	蘋果日報
ORG	蘋果日報
# 壹傳媒大樓: a body written before its facility → ORG 壹傳媒 (麻豆區公所3樓會議室 → 麻豆區公所) — doubtful (LOC whole as
# 南灣財政局大樓 the other reading); floors (5樓, 2至4樓) nothing; the group's printing plant ORG — doubtful (LOC as a venue)
ORG	壹傳媒
ORG	百樂門印刷廠
ORG	蘋果日報
ORG	蘋果
ORG	蘋果日報
PER	鄭明仁
DOC	《淪陷時期香港報業與「漢奸」》
# 「俾說話我哋聽」 and the book's quoted blurb are speech: nothing, the entities inside (香港; 日 in 陷日 / 反日 — doubtful)
LOC	香港
LOC	日
LOC	日
# 警方 generic; its unit 國安處 ORG — doubtful (警方國安處 whole the other reading); unmarked 國安法 nothing
ORG	國安處
ORG	壹傳媒
ORG	蘋果日報
ORG	蘋果日報
TERM	「串謀勾結外國或境外勢力危害國家安全罪」
QUANT	5名
ORG	壹傳媒
PER	張劍虹
ORG	壹傳媒集團
PER	周達權
ORG	蘋果日報
PER	陳沛敏
PER	羅偉光
# 蘋果動新聞 (the paper's video news arm, a channel of the outlet) ORG — doubtful
ORG	蘋果動新聞
PER	張志偉
PER	張劍虹
PER	陳沛敏
PER	羅偉光
ORG	蘋果日報
PER	林文宗
ORG	蘋果日報
ORG	蘋果日報
LOC	香港
# 「岌岌可危」: a quoted predicate of the letter, speech — nothing
ORG	蘋果日報
PER	陳沛敏
ORG	美聯社
ORG	壹傳媒工會
ORG	壹傳媒工會
DOC	《國安法》
ORG	香港記者協會
PER	楊健興
ORG	記協
DOC	《國安法》
DOC	《國安法》
ORG	蘋果日報
DATE	6月18日
QUANT	50萬份
DATE	6月4日
QUANT	8.3萬份
DATE	8月
PER	黎智英
ORG	國安處
ORG	蘋果日報
QUANT	50萬份
QUANT	55萬份
ORG	蘋果日報
QUANT	50萬份
ORG	眾新聞
TERM	「每周時事」
""",
    "news-tw-ettoday-tainan-drink-shop-counts-2025": r"""
# 1縣市 (a digit before a noun, no counter) nothing — doubtful; the quoted headline clause is speech, the amount in it
QUANT	79億元
# drink-shop chains are named retail outlets, ORG (also quoted: 「茶の魔手」 without the marks, a company's name)
ORG	茶の魔手
ORG	50嵐
DATE	2025年03月07日
LOC	台南
ORG	茶の魔手
QUANT	209家
PER	劉維榛
PER	劉維榛
# 台人 a word for the people (as 港人) nothing; the quoted fan page is not the body's own name → TERM with its marks
TERM	「台南式Tainan Style」
LOC	台南
DATE	2024年
QUANT	79.6億元
ORG	茶の魔手
QUANT	200家
ORG	紅茶幫
ORG	麻古茶坊
# 2、3名, 第11名 ranks nothing; 不在10名之內 (a rank bound) nothing — doubtful
ORG	50嵐
QUANT	28家
ORG	臉書
TERM	「台南式Tainan Style」
LOC	台南
QUANT	79.6億元
QUANT	4199元
LOC	台南
QUANT	64間
TERM	「台南式Tainan Style」
ORG	茶の魔手
QUANT	209家
ORG	紅茶幫
QUANT	87家
ORG	麻古茶坊
QUANT	54家
ORG	清心福全
QUANT	49家
ORG	米里mini
QUANT	48家
ORG	鮮自然
QUANT	43家
ORG	鮮茶道
QUANT	40家
ORG	吳家紅茶冰
QUANT	39家
ORG	迷客夏
QUANT	36家
ORG	自在軒
QUANT	34家
ORG	50嵐
QUANT	28家
ORG	龜記
ORG	鶴茶樓
ORG	先喝道
QUANT	8家
ORG	萬波
ORG	一沐日
QUANT	6家
# the influencers PER (Toyz after 網紅, 滴妹 a stage name); their brands ORG (再睡五分鐘 a brand name) — doubtful
PER	Toyz
PER	滴妹
ORG	拾汣茶屋
QUANT	5家
ORG	再睡五分鐘
QUANT	3家
LOC	台南
# the unquoted page name in the photo credit → the place inside (a platform's name) — doubtful; 臉書 ORG
LOC	台南
ORG	臉書
ORG	茶客棧
QUANT	28間
ORG	紅太陽
QUANT	6間
ORG	慕和茶屋
QUANT	5間
ORG	花茶大師
QUANT	5間
ORG	紅茶巴士
QUANT	4間
ORG	CoCo
QUANT	4間
ORG	珍煮丹
QUANT	3間
ORG	老賴茶棧
QUANT	3間
ORG	樂法
QUANT	3間
ORG	八曜和茶
QUANT	2間
TERM	「台南式Tainan Style」
# the page's quoted joke is speech: 茶魔 (the chain's short name) ORG, 台南 (台南人), 茶の魔手 inside
ORG	茶魔
LOC	台南
ORG	茶の魔手
# the netizens' quotes are speech: amounts with a unit QUANT; 800 (no unit), 三杯, 百元 nothing
QUANT	2000元
QUANT	6杯
QUANT	0元
QUANT	15年
QUANT	3000元
""",
    "press-mo-ias-domestic-violence-law-cooperation-meeting-2026": r"""
# the law in 《》 DOC, its short name too; the mechanism nothing; 2026年度 DATE
DOC	《家暴法》
DATE	2026年度
DOC	《預防及打擊家庭暴力法》
DATE	2026年度
DATE	7月3日
ORG	社會工作局
# a named building with its room one LOC
LOC	青洲坊大廈會議室
ORG	社會工作局
PER	韓衛
ORG	社會工作局
DATE	2025年
DATE	2024年
PER	韓衛
ORG	社會工作局
DOC	《家暴法》
DOC	《家暴法》
ORG	社會工作局
# the quoted working group (a body set up by the bureau and NGOs) ORG without the marks — doubtful (TERM the other
# reading); “零” a word cited → TERM
ORG	預防家暴工作小組
TERM	“零”
ORG	社會工作局
DOC	《處理家庭暴力個案程序指引》
DOC	《處理懷疑家暴兒童個案程序指引》
# a register (a system) in 《》 DOC by its marks — doubtful (nothing, as a system, the other reading); 三成 nothing
DOC	《家庭暴力個案中央登記系統》
# the attendance list: a division written after its bureau one ORG (法務局法律推廣及公共關係廳), a division after a
# person's name alone ORG by its remit (司法輔助廳, 家庭及社區服務廳, 海島警務廳, 策劃行動廳)
ORG	檢察院
PER	梁翠雯
ORG	司法輔助廳
PER	林綺靜
ORG	社會工作局
PER	鄧玉華
ORG	家庭及社區服務廳
PER	李麗萍
ORG	社會重返廳
PER	葉少媚
ORG	法務局法律推廣及公共關係廳
PER	黃嘉慧
ORG	勞工事務局就業廳
PER	陳嘉賢
ORG	司法警察局刑事調查廳
PER	陳楚民
PER	梁國晞
ORG	房屋局公共房屋廳
PER	陳華強
ORG	治安警察局澳門警務廳
PER	葉樹賢
ORG	海島警務廳
PER	岑志納
ORG	策劃行動廳
PER	蘇得勝
ORG	教育及青年發展局
PER	周佩玲
PER	歐陽展達
ORG	衛生局
PER	楊佩儀
""",
    "gw-tw-fsc-insurer-public-offering-exemption-order-2012": r"""
# the FSC decree as batch 48's CEC notice; the law quoted in 「」 in the title a TERM (batch 19), unmarked laws and
# articles nothing; 百分之四十五 (no digit) nothing
ORG	行政院金融監督管理委員會
TERM	「保險法」
ORG	行政院金融監督管理委員會
DATE	中華民國101年4月5日
DOC	金管保理字第10102540661號
# the ministry's committee written after it one ORG; 本會 nothing
ORG	經濟部
ORG	經濟部投資審議委員會
ORG	經濟部
ORG	經濟部投資審議委員會
DATE	九十六年八月十五日
DOC	金管保三字第○九六○二○九七二九○號
PER	陳裕璋
""",
    "gw-tw-ftc-serious-violation-fine-calculation-rules-order-2012": r"""
# the quoted rules TERM each time (a title in 「」); their unmarked title line and the unmarked law nothing;
# 中央主管機關 generic; 新臺幣一億元, 百分之三十, 五年 (no digit) nothing — doubtful
ORG	公平交易委員會
TERM	「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」
ORG	公平交易委員會
DATE	中華民國101年4月5日
DOC	公法字第10115604731號
TERM	「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」
TERM	「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」
PER	吳秀明
""",
    "news-hk-hkcnews-china-dot-dot-dot-suspended-2021": r"""
# programmes in title marks DOC with the marks (the title-marks rule: not an outlet); 港台 ORG
DOC	《中國點點點》
PER	劉銳紹
ORG	港台
DOC	《中國點點點》
DOC	《奧運第一台》
ORG	港台
PER	劉銳紹
ORG	港台
LOC	香港
DOC	《中國點點點》
# a broadcaster's channel is a body; 港區人大代表 → 港 (as 港區國安法) + 人大 — doubtful (no precedent)
ORG	香港電台第一台
LOC	港
ORG	人大
PER	黃均瑜
DATE	5月
PER	劉銳紹
# the quoted group name ORG without the marks; 港台電視大廈 → ORG 港台 + LOC 電視大廈 (a facility with a name of
# its own after its body) — doubtful; 《大紀元》 DOC by the title-marks rule (not an outlet by its ending) — doubtful
ORG	華夏傳承
DATE	9月
DOC	《中國點點點》
ORG	港台
LOC	電視大廈
DATE	3月
DOC	《大紀元》
PER	劉銳紹
LOC	中國
# the quoted predicate 「與反中人士狼狽為奸」 is speech: 中 in 反中 → LOC 中 — doubtful
LOC	中
LOC	中國
LOC	北京
LOC	香港
PER	劉銳紹
PER	劉銳紹
ORG	港台
LOC	香港
LOC	香港
TERM	「白色壓力」
PER	劉銳紹
LOC	北京
LOC	港
PER	劉銳紹
PER	劉銳紹
DATE	1967年
QUANT	13歲
TERM	「小鬼隊」
PER	劉銳紹
PER	劉銳紹
ORG	中國共產黨
ORG	國民黨
ORG	中共
ORG	港台
DOC	《五夜講場》
DOC	《視點31》
DOC	《日常8點半》
DOC	《The Pulse》
DOC	《自由風自由phone》
PER	區家麟
PER	楊健興
DOC	《瘋Show快活人》
PER	曾志豪
ORG	眾新聞
TERM	「每周時事」
""",
    "news-tw-ettoday-50lan-nine-year-old-menu-2025": r"""
# the quoted noun phrase of the headline TERM; 1品項 (a digit before a noun, no counter) nothing — doubtful
ORG	50嵐
TERM	「9年前菜單」
DATE	2025年03月10日
ORG	50嵐
PER	劉維榛
PER	周亭瑋
ORG	50嵐
QUANT	9年
# the quoted drink TERM (a product that is no company's name); the quotes of netizens are speech
TERM	「抹茶拿鐵」
ORG	50嵐
ORG	Threads
QUANT	9年
ORG	50嵐
QUANT	20元
QUANT	70元
QUANT	9年
ORG	50嵐
# the photo credit's user name PER — doubtful (nothing, a handle, the other reading)
PER	paaaaaaaaage
TERM	「抹茶拿鐵」
ORG	50嵐
QUANT	9年
QUANT	25元
QUANT	70元
QUANT	7-80元
# the related-article links: LINE, IG ORG; 「6選項」 TERM; the quoted fan page TERM (not the body's own name)
ORG	LINE
TERM	「6選項」
QUANT	80歲
QUANT	3歲
TERM	「高雄點」
ORG	IG
""",
    "news-tw-ettoday-ug-tea-brand-meicun-road-2025": r"""
# the quoted headline predicate is speech: its QUANT inside; named shopping districts (…商圈) LOC — doubtful (no
# precedent); 勤美、SOGO商圈 → LOC 勤美 + LOC SOGO商圈
QUANT	3小時
LOC	美村路
DATE	2025-04-14
QUANT	3小時
ORG	UG
LOC	台中
QUANT	2間
PER	陳筱惠
PER	陳筱惠
LOC	台中
QUANT	3小時
ORG	UG
LOC	台中
LOC	中台灣
LOC	逢甲商圈
QUANT	3小時
# 美村店 (a shop named by its street) → the place inside — doubtful
LOC	美村
ORG	信義房屋
LOC	勤美
LOC	SOGO商圈
# the realty site's video column in 《》 DOC; 5大 QUANT (N大 before what it counts); its quoted phrase TERM
DOC	《地產詹哥老實說》
QUANT	5大
TERM	「買貴賣便宜」
LOC	台中
ORG	UG樂己
DATE	2024年8月底
LOC	台北信義區
LOC	中台灣
LOC	逢甲商圈
QUANT	3小時
LOC	台中
TERM	「手搖一條街」
LOC	西區美村路
LOC	美村路一段52巷
LOC	公益路
QUANT	250公尺
QUANT	19家
ORG	50嵐
ORG	老賴茶棧
ORG	麻古
ORG	一沐日
ORG	龜記
# ＧＵ (the brand's name as printed in the caption) ORG
ORG	ＧＵ
LOC	台中
TERM	「手搖一條街」
LOC	西區美村路
PER	陳筱惠
# a band ORG, its member PER; the quoted shop brands ORG without the marks (a company's name); the YouTube show in
# 《》 DOC
ORG	玖壹壹
PER	春風
ORG	醇白
DOC	《欸～你這週要幹嘛》
ORG	有飲
DATE	4月中
PER	滴妹
ORG	再睡五分鐘
ORG	UG樂己
ORG	歇腳亭
PER	鄭凱隆
QUANT	30年
LOC	逢甲
# the district with its city one LOC before its chairman — doubtful (ORG for the district's association)
LOC	台中逢甲商圈
PER	王朝藝
LOC	大逢甲商圈
QUANT	1500間
QUANT	8～10%
QUANT	3～5%
LOC	西區美村路
# the realty's branch written with the company one ORG (a named outlet)
ORG	信義房屋西區美村店
PER	吳秉峻
LOC	美村路
QUANT	4.5～5.5萬元
QUANT	6萬元
LOC	勤美商圈
LOC	SOGO商圈
LOC	美村路
QUANT	250公尺
QUANT	19家
PER	陳筱惠
ORG	伊宸品牌公關策略
PER	李晨馨
QUANT	40.2家
QUANT	7成
LOC	台中市
QUANT	2,064家
LOC	高雄市
QUANT	3,045家
LOC	台中美村
LOC	逢甲
PER	李晨馨
# 『商圈』 a word cited → TERM
TERM	『商圈』
LOC	美村路
DOC	《地產詹哥老實說》
QUANT	5大
TERM	「買貴賣便宜」
ORG	信義房屋
""",
    "press-mo-sport-bureau-venue-safety-inspections-2026": r"""
# the chief executive's quoted instruction is speech: 澳門 inside, 特區政府 nothing; 本澳 nothing
*ORG	體育局
LOC	澳門
LOC	澳門
""",
    "press-tw-president-whole-society-resilience-committee-seventh-meeting-2026": r"""
# the committee ORG; the quoted meeting after 主持 TERM (a quoted event); 今（19）日 DATE (earlier gold); N週年 QUANT
ORG	全社會防衛韌性委員會
TERM	「全社會防衛韌性委員會第7次委員會議」
PER	賴清德
DATE	今（19）日
TERM	「全社會防衛韌性委員會第7次委員會議」
LOC	臺灣
QUANT	30週年
LOC	臺灣
ORG	中共
LOC	臺
LOC	臺灣
QUANT	1.25兆元
QUANT	8年
ORG	立法院
TERM	「有準備，更安全」
LOC	臺灣
# 總統府「全社會防衛韌性委員會」: the seat ORG, the quoted committee ORG without the marks
ORG	總統府
ORG	全社會防衛韌性委員會
DATE	2026年
LOC	臺灣
LOC	馬太鞍溪堰塞湖
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺灣
QUANT	30週年
LOC	臺灣
LOC	臺灣
DATE	1996年
LOC	臺灣
ORG	中共
LOC	臺灣
QUANT	30年
LOC	臺灣
ORG	中共
LOC	臺灣
LOC	臺灣
QUANT	1.25兆元
QUANT	8年
TERM	「台灣之盾」
ORG	立法院
ORG	中共
TERM	「全社會防衛韌性」
LOC	臺灣
ORG	內政部
ORG	行政院
# 「中央聯合應變中心」 a quoted body ORG without the marks — doubtful (TERM the other reading)
ORG	中央聯合應變中心
ORG	國安會
DATE	4月份
QUANT	11個
TERM	「2026城鎮韌性演習」
TERM	「有準備，更安全」
TERM	「全社會防衛韌性」
LOC	臺灣
LOC	臺灣
# the report titles in 「」 TERM; a minister's ministry from his post (內政部長 → 內政部)
ORG	內政部
PER	劉世芳
TERM	「第6次委員會議列管事項辦理情形」
TERM	「全社會防衛韌性國際合作─建構區域救災走廊」
ORG	國安會
PER	林飛帆
TERM	「2026 城鎮韌性整備與推動概況」
ORG	行政院
PER	季連成
TERM	「2026 城鎮韌性中央聯合應變中心演習規劃」
PER	蕭美琴
ORG	總統府
PER	潘孟安
ORG	國安會
PER	吳釗燮
ORG	國防安全研究院
PER	霍守業
ORG	國防部
PER	顧立雄
ORG	經濟部
PER	龔明鑫
ORG	交通部
PER	陳世凱
ORG	農業部
PER	陳駿季
ORG	衛生福利部
PER	石崇良
ORG	海洋委員會
PER	管碧玲
ORG	中華民國全民國防教育協會
PER	廖英熙
ORG	台灣基督長老教會總會
PER	陳信良
# the legal form opening a name stays inside (財團法人二二八事件紀念基金會 in earlier gold)
ORG	社團法人台灣數位外交協會
PER	郭家佑
ORG	台灣民主實驗室
PER	曾柏瑜
ORG	佛教慈濟慈善事業基金會
PER	顏博文
ORG	社團法人台灣災難醫療隊發展協會
PER	蕭雅文
ORG	社團法人黑熊民防教育協會
PER	劉文
ORG	財團法人台灣網路資訊中心
PER	黃勝雄
# a department with its university one ORG; the college after 兼 its own ORG
ORG	國立政治大學公共行政學系
ORG	創新國際學院
PER	杜文苓
ORG	世新大學傳播管理學系
PER	劉玉晳
ORG	國立台灣大學資訊工程學系
PER	蕭旭君
ORG	社團法人台灣駭客協會
PER	戴辰宇
# a company's regional arm: ORG + the region (趨勢科技 + 台灣區, Google + 台灣) — doubtful (one ORG the other reading)
ORG	趨勢科技
LOC	台灣區
PER	洪偉淦
ORG	Google
LOC	台灣
PER	林雅芳
ORG	行政院
PER	張惇涵
ORG	行政院
PER	季連成
ORG	內政部
PER	劉世芳
ORG	國安會
PER	林飛帆
""",
    "press-tw-tainan-toronto-national-day-reception-produce-2026": r"""
# 駐多倫多 → 多倫多 (as 駐臺 → 臺); the reception an event, 中華民國 inside it LOC
ORG	臺南市政府
LOC	多倫多
LOC	臺南
LOC	加拿大
ORG	農業局
DATE	115年10月4日
LOC	臺南
ORG	臺南市政府
PER	趙卿惠
DATE	10月2日
LOC	加拿大
PER	黃偉哲
ORG	駐多倫多台北經濟文化辦事處
LOC	中華民國
LOC	臺南
LOC	加拿大
QUANT	400多位
LOC	加拿大
LOC	臺南
PER	趙卿惠
LOC	臺南
LOC	臺灣
# 麻豆文旦 → 麻豆 (a product named by its place)
LOC	麻豆
LOC	臺南
LOC	多倫多
LOC	加拿大
LOC	臺南
LOC	臺南
PER	趙卿惠
LOC	臺南
LOC	臺灣
ORG	台積電
QUANT	30年
LOC	臺南科學園區
LOC	臺南
LOC	臺南
LOC	北臺南
LOC	柳營科學園區
LOC	臺南
ORG	駐多倫多台北經濟文化辦事處
PER	梁毅鵬
LOC	中華民國
LOC	台灣
LOC	加拿大
LOC	加拿大
LOC	臺南
LOC	臺南
ORG	NVIDIA
PER	黃仁勳
ORG	AMD
PER	蘇姿姿丰
PER	賴清德
PER	黃偉哲
# 臺南科技園區 (the city's parks, no one park's name) → 臺南 — doubtful
LOC	臺南
LOC	臺南
LOC	中華民國
LOC	加拿大
LOC	臺南
ORG	臺南市政府
LOC	臺南
LOC	臺南
LOC	臺
LOC	加
LOC	加拿大
LOC	臺灣
LOC	臺南
LOC	臺
LOC	加
ORG	駐多倫多台北經濟文化辦事處
# the theme between HTML-escaped quotes (&ldquo; … &rdquo;) TERM without the escapes — doubtful
TERM	基於共同價值的貿易夥伴關係(Partnering Through Trade Rooted in Shared Values)
LOC	臺南市
LOC	臺南
LOC	臺南
LOC	臺南
LOC	臺南
LOC	台
LOC	加
""",
}
