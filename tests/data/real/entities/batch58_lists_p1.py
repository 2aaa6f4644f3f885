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
    "gw-tw-tainan-labour-care-worker-training-class-applications-notice-2024": r"""
# the Tainan notice as batch 56's COA notice: issuer ORG, the 中華民國 dates DATE, the 字號 DOC; plans quoted in 「」
# TERM (batch 19), nothing inside them; the unmarked attached plan title gives the body and the year inside it
# (batch-24 D-5); the city before the quoted plan LOC
LOC	臺南市
TERM	「114年度辦理照顧服務員專班訓練計畫(含新住民專班)」
ORG	臺南市政府勞工局職訓就服中心
DATE	中華民國113年10月29日
DOC	南市勞訓字第1132232742號
ORG	衛生福利部
TERM	「照顧服務員訓練實施計畫」
ORG	勞動部勞動力發展署
TERM	「補助地方政府辦理照顧服務員專班訓練計畫」
ORG	臺南市政府勞工局職訓就服中心
DATE	114年度
LOC	臺南市
TERM	「114年度辦理照顧服務員專班訓練計畫(含新住民專班)」
ORG	衛生福利部
DATE	中華民國111年8月24日
DOC	衛部顧字第1111961835號
TERM	「照顧服務員資格訓練計畫」
ORG	勞動部勞動力發展署
DATE	中華民國113年9月9日
DOC	發訓字第1132503307B號
TERM	「補助地方政府辦理照顧服務員專班訓練計畫」
# the unmarked plan after 所定 nothing; 本國 nothing
ORG	衛生福利部
LOC	臺南市
QUANT	36班次
# the weekday and clock time out; the government before its building its own ORG (都市發展局 + 永華市政中心), the
# building with its floor and hall one LOC (澳門銀河國際會議展覽中心二樓會議室, batch 54); the quoted session a TERM
DATE	113年11月6日
ORG	臺南市政府
LOC	永華市政中心10樓東側小禮堂
TERM	「114年度辦理照顧服務員訓練計畫提案說明會」
DATE	113年10月31日
DATE	113年12月9日
# 五個工作日 Chinese numerals nothing; the agency's branch one ORG with it; 本府 (this city government) out and the
# bureau's centre one ORG — doubtful (本府社會局長期照顧管理中心 whole the other reading)
ORG	勞動部勞動力發展署雲嘉南分署
ORG	社會局長期照顧管理中心
# 一式1份: the digit count QUANT; 一份 nothing; 以上 outside
QUANT	1份
QUANT	1份
QUANT	1份
QUANT	2班次
QUANT	7份
QUANT	1份
TERM	「臺南市政府勞工局職訓就服中心114年度辦理照顧服務員專班訓練計畫申請辦訓手冊(含新住民專班)」
TERM	「補助地方政府辦理照顧服務員專班訓練計畫」
TERM	「照顧服務員訓練實施計畫」
# the section by its remit ORG (律师工作处), the officer's name; phone numbers and the postcode nothing; the address
# after 地址： runs to its last unit, the bracketed building and floor inside — doubtful (to 36號 the other reading)
ORG	行政訓練課
PER	陳奕光
LOC	臺南市新營區民治路36號(世紀大樓10樓)
""",
    "gw-tw-tainan-urban-planning-committee-248th-meeting-minutes-2006": r"""
# the committee ORG, the numbered meeting an event; the weekday and the clock time out
ORG	臺南市都市計畫委員會
ORG	臺南市都市計畫委員會
DATE	95年1月24日
# the committee's short name before its room: the body ORG, the room nothing (麻豆區公所3樓會議室 → 麻豆區公所)
ORG	都委會
# 許主任委員添財: surname and given name on either side of the post — the surname PER as with a form of address
# (周院長 → 周) and the given name PER — doubtful (one name split by the title)
PER	許
PER	添財
PER	邱文志
PER	呂國隆
PER	邵月鳳
PER	陳進昌
ORG	都委會
ORG	台南市政府
TERM	「台南市都市計畫變更回饋規定及變更為商業區申請規範」
# the cases are plans (no entities), the places and zones in their names are; the quoted list of plots a TERM
LOC	台南市東區
TERM	「糖業試驗所（機32）、鄰近農業區、西側鐵路與保護區」
# a named zone one LOC with its city (a place chain) — doubtful (臺南市 + 安平港歷史風貌園區)
LOC	臺南市安平港歷史風貌園區
LOC	台南市
LOC	鹽水污水處理廠
LOC	台南市中西區
# zoning codes quoted in 『』 TERM
TERM	『商1』
TERM	『機C3』
""",
    "news-hk-appledaily-ban-sushi-founder-court-thermos-flasks-2019": r"""
# the bare surname standing for the person PER (as 陳先生 → 陳, HK press's 鄭 / 潘 / 麥 / 黃); 赴日 the place; 三 Chinese
# numerals nothing; what he says in 「」 is speech (好凍, 講慢啲, 唔得喇…)
PER	鄭威濤
LOC	日
PER	鄭威濤
ORG	高院
PER	鄭
PER	鄭
PER	鄭
LOC	日本
PER	鄭威濤
ORG	板前壽司
ORG	板前
ORG	駿濤有限公司
PER	潘嘉聞
PER	鄭
# the name used under 以「…」名義 is cited, a TERM (人稱「二姐」); the quoted brand that is no company's name a TERM
TERM	「板前」
TERM	「板長」
ORG	板前
ORG	駿濤
PER	潘
PER	鄭
PER	鄭
PER	鄭
ORG	終院
PER	鄭
ORG	駿濤
ORG	駿濤
DATE	2017年8月
PER	鄭
QUANT	4,000萬元
PER	潘嘉聞
PER	鄭
PER	麥建成
PER	黃銳韜
ORG	高院
PER	鄭威濤
PER	潘
ORG	駿濤
# a metaphor quoted as a key expression TERM
TERM	「BB」
PER	麥
PER	黃
PER	鄭
# inside the quoted speech: 潘生 → 潘, the bracketed full name PER
PER	潘
PER	潘嘉聞
# the case number (as DCCC485/2020 in dev) nothing
PER	蔡少玲
""",
    "news-hk-wenweipo-47-defendants-court-police-blue-flag-2021": r"""
# 47疑犯: a bare integer before a noun, nothing — doubtful; the dateline's date DATE and place LOC
DATE	2021-03-01
LOC	香港
ORG	大公文匯全媒體
# 警方 is never an ORG in dev, its division by remit is (律师工作处) — doubtful (警方國家安全處 whole)
ORG	國家安全處
TERM	「35+」
QUANT	55人
QUANT	47人
DATE	1日
# the magistrates' court ORG (courts are bodies, 中級法院); quoted 「初選」 and 「緊急呼籲」 key expressions TERM
ORG	西九龍裁判法院
TERM	「初選」
ORG	民陣
PER	陳皓桓
TERM	「緊急呼籲」
# the call is speech: 香港人 gives 香港 (臺灣人民 → 臺灣), the court ORG twice; 9時半 a clock time
LOC	香港
ORG	西九龍裁判法院
ORG	西九龍裁判法院
PER	陳皓桓
# the unmarked 國安法 nothing
PER	陳皓桓
ORG	大公文匯全媒體
PER	麥鈞傑
PER	陳皓桓
# the court building LOC (a named building); 約 and 逾 outside
QUANT	20名
LOC	西九龍法院大樓
QUANT	100人
ORG	大公文匯全媒體
LOC	西九龍法院大樓
QUANT	20歲
TERM	「口罩令」
PER	米婭
""",
    "news-tw-chinatimes-shilin-elderly-mother-son-deaths-2018": r"""
# city short form + district a place chain, one LOC (with the street too); the clock times out
LOC	北市士林
DATE	2018/09/16
ORG	中時
PER	謝明俊
LOC	北市士林區葫蘆街
DATE	16日
QUANT	97歲
QUANT	75歲
# 消防局 a bureau standing by its name (as 衛生局); hospitals ORG
ORG	消防局
ORG	新光醫院
ORG	馬偕醫院
ORG	中時電子報
# hotline names and numbers nothing (張老師 a hotline, not a person)
QUANT	24小時
ORG	中時
# the hashtags: places LOC; #葫蘆 the street's name without 路 — doubtful
LOC	葫蘆
LOC	北市
LOC	士林區
""",
    "news-tw-tvbs-typhoon-haikui-japan-forecast-track-2023": r"""
# the typhoon is an event, nothing; its quoted name a TERM (a name cited); the headline's quote is the forecast's
# words (speech), 全台 holds no place word (全港)
LOC	日本
PER	陳妍如
DATE	2023/09/01
DATE	2023/09/01
TERM	「海葵」
# the agency with its country one ORG (日本政府 as the body's name); 全台灣 gives 台灣 — doubtful
ORG	日本氣象廳
LOC	台灣
ORG	日本氣象協會
LOC	沖繩
LOC	宮古島
DATE	3日
LOC	台灣
# a broadcaster in 《》 is the body (《人民日报》 → ORG)
LOC	日本
ORG	NHK
LOC	沖繩
# country before its prefecture one LOC (美国肯塔基州)
LOC	日本沖繩縣
LOC	先島群島
LOC	宮古群島
LOC	八重山群島
LOC	先島群島
# 今（1日） / 明（2日）: the bracketed day DATE
DATE	1日
LOC	沖繩本島
DATE	2日
ORG	日本氣象廳
TERM	「強烈颱風」
# a range with its unit written twice one QUANT (30万元至100万元)
QUANT	33公尺至44公尺
LOC	台灣本島
QUANT	25公尺
LOC	日本本州
# the weather system is no entity, the place in its name is — doubtful
LOC	太平洋
LOC	沖繩本島
LOC	鹿兒島縣
LOC	奄美地區
ORG	日本氣象廳
DATE	1日
LOC	台灣
LOC	沖繩群島
QUANT	22度
QUANT	129.4度
QUANT	15公里
QUANT	980百帕
QUANT	35公尺
QUANT	50公尺
# 北台 a region by a direction (苏南, 皖北); the site in 《》 the body
LOC	北台
ORG	TVBS新聞網
DATE	9/1-9/3
QUANT	3天
# the footer links: 《免費索票》 a label in title marks, DOC — doubtful; the exhibition an event, the body in it; HTC a
# company
DOC	《免費索票》
ORG	TVBS
ORG	HTC
TERM	「愛貓魔人」
PER	吳慷仁
""",
    "press-mo-safp-citizen-opinion-mechanism-briefings-2026": r"""
# the bureau ORG; 特區政府 and 局方 nothing; quoted mechanism and principles TERM
ORG	行政公職局
ORG	行政公職局
TERM	“市民意見處理機制”
ORG	行政公職局
PER	梁穎妍
TERM	“制度規範化、運作協同化、管理績效化”
PER	陳子健
QUANT	55個
ORG	澳門中華新青年協會
ORG	澳門街坊會聯合總會
ORG	澳門青年聯合會
ORG	澳門工會聯合總會
ORG	民眾建澳聯盟
ORG	澳門婦女聯合總會
""",
    "press-tw-tainan-tpass-monthly-pass-ipass-money-app-2024": r"""
# TPASS (the commuter pass), iPASS MONEY (the card company's app), MeNGo, ibon, LinePay, NFC, iOS, Android: products and
# brands that are no company's name, nothing (西凤酒); the quoted app name a TERM
ORG	交通局
DATE	113年11月6日
LOC	臺南
# 南市府 + bureau one ORG (南市府衛生局); 一卡通公司 the card company
ORG	南市府交通局
ORG	一卡通公司
TERM	「iPASS MONEY APP」
# 台南市長 → the city (batch 54); 行政院 ORG; 南高屏 three one-character cities (苏锡常); 299、399、999 bare integers
LOC	台南市
PER	黃偉哲
ORG	行政院
LOC	南
LOC	高
LOC	屏
QUANT	3縣市
QUANT	30萬筆
ORG	交通局
# 南市交通局長 gives its bureau with the city (台中市交通局, batch 56); 台鐵 the railway ORG
ORG	南市交通局
PER	王銘德
ORG	台鐵
LOC	臺南
ORG	一卡通
ORG	交通局
PER	王銘德
ORG	一卡通公司
LOC	南
LOC	高
LOC	屏
ORG	一卡通
PER	王銘德
DATE	113年12月31日
QUANT	10元
DATE	15日
# 公共運輸處長 gives its department (政務司司長 → 政務司)
ORG	公共運輸處
PER	吳俁之
QUANT	4個
LOC	台南市
# 7-11 the store chain ORG (a named retail outlet); stations LOC
ORG	7-11
ORG	台鐵
LOC	拔林站
ORG	7-11
LOC	臺南轉運站
LOC	新營轉運站
LOC	麻豆轉運站
LOC	關廟轉運站
LOC	台南市
# 四大超商 Chinese numerals nothing; the online store: the platform's company and the card company ORG — doubtful
ORG	蝦皮
ORG	一卡通
ORG	博客來
LOC	台南市
LOC	臺南轉運站
LOC	麻豆轉運站
LOC	關廟轉運站
LOC	新營轉運站
LOC	台南
ORG	台鐵
LOC	拔林站
ORG	7-11
QUANT	25元
ORG	7-11
ORG	台鐵
""",
}
