"""Reading lists of the batch-58 entity gold, pass 1 (branch issue-e58p1-s26); see build_batch.py for the
line format and README-batch58.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-hket-police-tactical-unit-officer-preliminary-positive-2020": r"""
# the 【】 label holds no entity (batch 27); 機動部隊 the police unit ORG (batch 50); 40多名 keeps 多 (30多年)
ORG	機動部隊
QUANT	23歲
QUANT	40多名
# the dateline's date DATE, the clock time out
DATE	2020/08/09
ORG	衞生防護中心
# 今日（9日）: the bracketed day DATE (今日（十月二十五日）); 一宗 Chinese numerals nothing; 約 outside
DATE	9日
QUANT	72宗
QUANT	9宗
QUANT	63宗
QUANT	4,080宗
QUANT	40宗
ORG	機動部隊
QUANT	23歲
# the centre's division written with the centre one ORG (衞生署衞生防護中心傳染病處, batch 54), the name without the post
ORG	衞生防護中心傳染病處
PER	張竹君
ORG	機動部隊
# district + hill one LOC (a place chain), the base after it out (四川大熊貓保護基地 → 四川) — doubtful
LOC	粉嶺蝴蝶山
QUANT	170人
QUANT	4組
QUANT	40多人
# the footer's app lines: 香港 LOC, the paper ORG (a company's name for its product); Telegram the same — doubtful
LOC	香港
ORG	經濟日報
LOC	香港
ORG	經濟日報
ORG	Telegram
PER	陳子謙
""",
    "news-tw-udn-fukushima-treated-water-china-japan-tensions-2023": r"""
# 中日 two one-character places (台日 → 台 + 日, batch 56); 訪陸 / 訪中 / 赴日 the place (赴川); 日媒, 陸客, 日僑, 中方
# words for media, people or a side (港人, 港方) nothing; 反日 gives 日 as 治港 gives 港 — doubtful
DATE	2023-08-28
ORG	聯合報
PER	茅毅
PER	謝守真
LOC	日本
LOC	福島第一核電廠
# 廿四日 a day in Chinese numerals DATE; 廿八至卅日 one range
DATE	廿四日
LOC	太平洋
LOC	中國大陸
DATE	廿八至卅日
# a foreign party one ORG with its country (日本自民黨)
ORG	日本公明黨
PER	山口那津男
DATE	廿六日
# 北京 standing for its government stays the place LOC; 大陸 alone the place (as 中國大陸) — doubtful
LOC	北京
LOC	大陸
LOC	日本
LOC	北京
LOC	日本
ORG	公明黨
ORG	公明黨
LOC	北京
PER	山口
LOC	日本
PER	岸田文雄
LOC	大陸
PER	習近平
PER	山口
DATE	廿六日
LOC	大陸
LOC	北京
# the caption: the plant's short name LOC (infrastructure), 一公里 Chinese numerals nothing, the agency ORG
LOC	福島電廠
DATE	廿四日
ORG	美聯社
PER	山口
PER	山口
DATE	廿六日
# the two quotes are speech; 訪中 inside gives 中
ORG	公明黨
ORG	中國外交部
# a place written before the agency to say where it is, its own LOC (as 大同市 + 杏儿沟煤矿) — doubtful (日本共同社 one ORG)
LOC	日本
ORG	共同社
# the unmarked treaty is no DOC, the places in its name are (batch-27's unmarked title)
LOC	台灣
PER	岸田
ORG	自民黨
ORG	公明黨
# 北京政府 a government named by its capital, one ORG (X國政府) — doubtful (北京 LOC the other reading)
ORG	北京政府
PER	山口
PER	習近平
LOC	日本
ORG	每日新聞
PER	山口
ORG	外務省
ORG	日本政府
# the seat of office before its posts ORG (總統府秘書長)
ORG	首相官邸
ORG	日本政府
DATE	九月
LOC	印尼
# the summit an event, the body in it ORG (东盟)
ORG	東協
PER	岸田
# 大陸國務院: the place, then the body — doubtful
LOC	大陸
ORG	國務院
PER	李強
LOC	大陸
ORG	日本駐北京大使館
LOC	大陸
DATE	廿六日
DATE	廿四日
# province + city one LOC (a place chain); 日僑學校 a kind of school, nothing; 公安部門 generic
LOC	山東省青島
LOC	大陸
LOC	江蘇省蘇州
DATE	廿五日
LOC	上海
LOC	大陸
ORG	文化和旅遊部
DATE	廿四日
LOC	大陸
# the city before the media company its own LOC — doubtful (上海第一財經 one ORG)
LOC	上海
ORG	第一財經
LOC	大陸
DATE	二○一二年
LOC	日本
LOC	釣魚台
# the one-character places by where they stand (a plain string would take the 日 of 日前 or the 中 of 聲明中):
# 中日 / 日中 pairs, and the place after 訪, 赴 and 反
*LOC	中(?=日)|(?<=中)日|日(?=中)|(?<=日)中
*LOC	(?<=[訪赴反])[中日陸]
""",
    "press-mo-ssm-tobacco-control-law-consultation-closed-2026": r"""
# Macau laws in 《》 DOC; the law's number 第5/2011號法律 DOC (第10/2025號法律, batch 46) and its title a second span;
# 2,500多份 keeps 多; 約 outside; 特區政府 nothing
DOC	《控煙法》
QUANT	2,500多份
ORG	衛生局
DOC	《健康澳門藍圖》
ORG	衛生局
DATE	3月8日至4月8日
DOC	第5/2011號法律
DOC	《預防及控制吸煙制度》
DOC	《控煙法》
QUANT	2,569份
QUANT	3場
QUANT	3場
QUANT	230人
ORG	衛生局
# the platform's quoted name a TERM (“一卡通”, batch 5); the URL nothing
TERM	“一戶通”
ORG	衛生局
DOC	《控煙法》
TERM	“無煙澳門”
TERM	“幸福澳門”
""",
    "wr-tw-tainan-civil-affairs-bureau-council-work-report-2019": r"""
# the session is an event, the council ORG (十四届全国人大一次会议 → 全国人大); 區公所, 戶政事務所, 殯葬管理所 named by
# their kind, nothing; 『服務』 a key expression in quote marks TERM
ORG	民政局
ORG	臺南市議會
ORG	民政局
TERM	『服務』
ORG	民政局
ORG	臺南市議會
ORG	民政局
# the city hall LOC (batches 5, 9, 10); the bracketed floor and counter out — doubtful
LOC	永華市政中心
TERM	「臺南市市民學苑」
TERM	「臺南市里社區活動中心藝術季」
# N區 before what it counts QUANT (11區公所, batch 3); Line a company's name for its product ORG — doubtful
QUANT	37區
ORG	Line
# the districts before 等區 LOC; district + place or temple a place chain, one LOC each — doubtful
LOC	鹽水
LOC	學甲
LOC	楠西區梅嶺
LOC	龍崎區紫竹寺
TERM	「臺南市民政體系第二期無線電中繼站臺」
# temples where the shows are held: venues LOC
LOC	海尾朝皇宮
LOC	大天后宮
QUANT	6場次
TERM	「神民英講」
QUANT	3分鐘
# an account is no entity, the place in its name is
LOC	臺南市
TERM	「臺南市公立殯葬設施回饋地方實施辦法」
LOC	大內生命紀念園區
LOC	南區殯儀館
LOC	新營福園殯葬專區
LOC	後壁區
LOC	七股區
LOC	東區
LOC	南區
QUANT	11個
TERM	「護照親辦」
QUANT	14歲
DATE	108年
DATE	11月2日
LOC	奇美博物館
# the unmarked 兵役法 nothing
TERM	「身心障礙手冊或重大傷病證明」
TERM	「替代役參與區里營造」
# the card a programme, the city in its name LOC
LOC	臺南市
DATE	107年至109年
# a quoted company name ORG without the marks; 一卡通 the company's name for its card ORG — doubtful
ORG	一卡通票證公司
ORG	一卡通
TERM	「記名式」
TERM	「寶貝卡」
TERM	「一般卡」
TERM	「學生卡」
TERM	「社福卡」
QUANT	4大
TERM	「電子支付」
# 市府 + bureau one ORG (南市府衛生局)
ORG	市府民政局
ORG	民政局
""",
}
