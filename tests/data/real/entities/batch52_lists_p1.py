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
}
