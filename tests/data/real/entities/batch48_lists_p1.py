"""Reading lists of the batch-48 entity gold, pass 1 (branch issue-e48p1-s23); see build_batch.py for the
line format and README-batch48.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-cec-changhua-councillor-replacement-notice-2011": r"""
# the CEC notice as batch 39's CEC decree; the county council with its province one ORG (a place at the start of a
# body's name); its term number stays with the election (第17屆議員選舉: the term numbers the election, not the body)
# — doubtful (臺灣省彰化縣議會第17屆 as 第八屆立法會 the other reading); 第1選舉區 (a constituency) nothing
ORG	中央選舉委員會
ORG	臺灣省彰化縣議會
ORG	中央選舉委員會
DATE	中華民國100年5月2日
DOC	中選務字第1003150171號
ORG	臺灣省彰化縣議會
ORG	內政部
DATE	100年4月21日
DOC	內授中民字第10000320632號
# the courts ORG whole (the branch court with its high court); the case numbers (99年度選字第10號, 99年度選上字第16號、20號)
# nothing, as batch 20's 第240/2026號案 — doubtful (DATE 99年度 inside them, or DOC, the other readings); the unmarked
# election law and its articles nothing
ORG	臺灣彰化地方法院
ORG	臺灣高等法院臺中分院
ORG	臺灣省彰化縣議會
PER	黃健彰
ORG	內政部
DATE	100年4月21日
DOC	內授中民字第10000320632號
ORG	臺灣省彰化縣議會
# the table: the name, the birth date (ROC year) DATE; the vote count 5,451 (a bare number, no unit) nothing
PER	張東正
DATE	58年5月13日
PER	張博雅
""",
    "news-hk-rthk-housing-director-interviews-2024": r"""
# three RTHK items with their URL and footer lines (URLs, © rthk.hk, the e-mail: domains nothing); 本台 nothing;
# housing estates LOC (彩虹邨, 新彩虹邨: the rebuilt estate's name, 新美東邨); 七色籃球場 (a descriptive facility, no
# name of its own) nothing — doubtful (彩虹邨七色籃球場 one LOC, as 明志楼第一会议室, the other reading)
PER	羅淑佩
LOC	彩虹邨
TERM	「打卡」
LOC	新彩虹邨
LOC	彩虹邨
QUANT	15年
ORG	房屋署
PER	羅淑佩
QUANT	4年
LOC	新美東邨
PER	羅淑佩
ORG	房委會
LOC	彩虹邨
ORG	房委會
LOC	新彩虹邨
LOC	新美東邨
LOC	彩虹邨
# the estate with its block one LOC (a place chain: 彩虹邨丹鳳樓)
LOC	彩虹邨丹鳳樓
TERM	「打卡位」
PER	羅淑佩
ORG	運輸署
LOC	彩虹交匯處
TERM	「打卡位」
LOC	新彩虹邨
# 第二、三期 nothing; 40至50層 one QUANT (a range sharing its unit); 60多年前 → 60多年
PER	羅淑佩
QUANT	40至50層
QUANT	60多年
ORG	教育局
PER	羅淑佩
# 施政報告 (unmarked) nothing; 「簡樸房」 TERM; the task force 「解決劏房問題」工作組 → TERM 「解決劏房問題」 (its quoted
# remit; the group a kind word) — doubtful (ORG 「解決劏房問題」工作組 as a 领导小组 named by its remit the other reading);
# the unmarked 劏房租管條例 nothing
TERM	「簡樸房」
TERM	「解決劏房問題」
ORG	房屋署
PER	羅淑佩
ORG	差估署
TERM	「簡樸房」
PER	羅淑佩
TERM	「告別劣質劏房」
PER	羅淑佩
# 約11萬劏房戶 → 11萬 (a bare 萬 number, the counted noun out); 約6成, 4成 QUANT (as 1成); 4萬多戶 QUANT; 數千個 nothing
QUANT	11萬
QUANT	6成
QUANT	10年
QUANT	4成
QUANT	4萬多戶
TERM	「有貨在手」
TERM	「上樓」
TERM	「青年未來置業儲蓄計劃」
PER	羅淑佩
ORG	房委會
PER	羅淑佩
ORG	房委會
# 明年1月 → 1月
DATE	1月
TERM	「善用公屋資源獎勵計劃」
ORG	房屋署
QUANT	3千元
ORG	房屋署
PER	羅淑佩
QUANT	88000戶
ORG	土地註冊處
QUANT	0.5%
QUANT	1.5%
QUANT	3倍
ORG	房委會
PER	羅淑佩
QUANT	4萬多戶
ORG	房屋局
PER	羅淑佩
TERM	「富戶」
ORG	房委會
""",
    "news-tw-ltn-pan-democrats-golden-bauhinia-protest-arrests-2017": r"""
# the headline: 訪港 → 港; 佔金紫荊 → LOC 金紫荊 (the square and statue by their short name) — doubtful
PER	習近平
LOC	港
LOC	金紫荊
QUANT	26人
ORG	自由時報
DATE	2017-06-29
PER	劉曉波
# 〔編譯管淑平／綜合報導〕 → the translator's name; 中國國家主席 → 中國 (the title out); Chinese-numeral days DATE whole
PER	管淑平
LOC	中國
PER	習近平
DATE	二十九日
LOC	香港
DATE	七月一日
# 香港警方 one ORG (as 香港政府) — doubtful (LOC 香港 alone, 警方 generic, the other reading); 警方 alone nothing
ORG	香港警方
PER	習近平
TERM	「恐怖攻擊」
TERM	「頗高」
PER	習近平
TERM	「完全清場」
PER	習近平
DATE	二十八日
# a venue with its district one LOC (as 氹仔星皓廣場)
LOC	灣仔金紫荊廣場
# the prize: 諾貝爾 PER inside it (an award gives the entities in its name, as 马克思 in 马克思主义) — doubtful
LOC	中國
PER	諾貝爾
PER	劉曉波
LOC	香港
# 北京政府 one ORG (the government named by its seat, as 中国政府) — doubtful (LOC 北京 the other reading); the statue
# LOC (a landmark occupied and guarded, as a venue) — doubtful (nothing the other reading)
ORG	北京政府
LOC	香港
LOC	金紫荊雕像
# quoted party and group names ORG without the marks; posts out
ORG	社會民主連線
PER	梁國雄
PER	黃浩銘
PER	曾健成
ORG	人民力量
PER	譚得志
ORG	香港眾志
PER	羅冠聰
PER	黃之鋒
ORG	大專政改關注組
# the banner and the slogan TERM whole (banners, slogans), the names inside them not annotated
TERM	「無條件釋放劉曉波，香港市民要真普選」
TERM	「反對共產黨迫害劉曉波」
# the cross-heading 習所到之處 → PER 習 (the headline short form of the surname) — doubtful (nothing the other reading)
PER	習
TERM	「完全清場」
# clock times, Chinese-numeral counts (逾百名, 四名, 六人, 一小時, 二十六人, 兩小時, 兩百個, 兩公尺, 二十公尺) nothing;
# the shouted 「七一上街」 a slogan, TERM — doubtful (speech, nothing, the other reading)
PER	黃之鋒
TERM	「七一上街」
PER	黃之鋒
PER	羅冠聰
PER	習近平
LOC	港
LOC	香港會議展覽中心
LOC	灣仔
TERM	「保安區」
ORG	民航處
DATE	二十九日
DATE	七月一日
LOC	維多利亞港
DATE	七月一日
# 水警 (the marine police, a named unit) ORG — doubtful
ORG	水警
LOC	會展中心
PER	習近平
TERM	「流動保安區」
TERM	「完全清場」
# 灣仔北部 → 灣仔 (a direction out); the roads and the tower LOC; the police's bomb-disposal unit ORG — doubtful
LOC	灣仔
LOC	中環廣場
LOC	菲林明道
LOC	港灣道
LOC	龍和道
ORG	爆裂物處理小組
DATE	二十八日
LOC	會展中心
# 「臉書」 the company for its product, ORG without the marks; the two quoted sentences (police, netizens) speech, nothing
ORG	臉書
LOC	中國
PER	習近平
LOC	香港
LOC	香港
QUANT	30人
DATE	28日
LOC	金紫荊廣場
LOC	金紫荊雕像
QUANT	3小時
ORG	香港眾志
PER	黃之鋒
TERM	「七一上街」
ORG	路透
""",
    "stats-mo-amcm-money-finance-statistics-2026-08": r"""
# as batch 10's AMCM mortgage-loans release; M1, M2 nothing; the currency names standing alone (澳門元、港元、人民幣及
# 美元 as currencies of a share) nothing (人民幣 alone nothing, batch 29) — doubtful (LOC 澳門 inside 澳門元 the other
# reading); every percent and amount QUANT, the amounts with their currency
DATE	2026年8月
ORG	澳門金融管理局
DATE	今（6）日
DATE	2026年8月
QUANT	0.2%
QUANT	0.8%
QUANT	0.5%
QUANT	0.9%
QUANT	0.9%
QUANT	8,678億澳門元
QUANT	32.1%
QUANT	43.3%
QUANT	8.5%
QUANT	14.7%
QUANT	0.9%
QUANT	8,453億澳門元
QUANT	1.6%
QUANT	3,774億澳門元
QUANT	1.3%
QUANT	2,741億澳門元
QUANT	1.1%
QUANT	14,968億澳門元
QUANT	18.5%
QUANT	45.1%
QUANT	10.1%
QUANT	24.6%
QUANT	0.4%
QUANT	4,722億澳門元
QUANT	1.1%
QUANT	5,658億澳門元
QUANT	0.4%
QUANT	10,380億澳門元
QUANT	22.3%
QUANT	40.1%
QUANT	16.8%
QUANT	16.8%
DATE	2026年8月底
DATE	7月底
QUANT	69.8%
QUANT	69.3%
QUANT	42.8%
QUANT	42.2%
# 一個月, 三個月 nothing (Chinese numerals); the authority's monthly bulletin in 《》 DOC (a periodical, as a journal); the
# URL nothing
QUANT	59.8%
QUANT	48.7%
QUANT	4.4%
DOC	《金融統計月報》
""",
    "gw-tw-ey-921-recovery-commission-rules-repeal-order-2011": r"""
# the decree heading → the body; the repealed rule's title quoted in 「」 TERM whole (as batch 39's CEC decree), the
# body inside it not annotated; 院長 (a post) nothing, the name PER
ORG	行政院
TERM	「行政院九二一震災災後重建推動委員會暫行組織規程」
ORG	行政院
DATE	中華民國100年6月1日
DOC	院授研綜字第10022605841號
TERM	「行政院九二一震災災後重建推動委員會暫行組織規程」
PER	吳敦義
""",
    "gw-tw-moi-ancestral-estate-membership-waiver-order-2011": r"""
# the decree heading → the body; 本部 nothing; 祭祀公業 (a kind of trust) nothing; 十二則, 【如附一覽表】 nothing
ORG	內政部
ORG	內政部
DATE	中華民國100年3月1日
DOC	內授中民字第1000720037號
# the older letters' dates and numbers written in Chinese numerals: the dates DATE whole, the numbers DOC (the issuer's
# abbreviation, 字第 and the serial number, 函 out) — doubtful (no precedent of a 字號 in Chinese numerals)
DATE	六十三年四月三十日
DOC	臺內民字第五八六七六七號
PER	江宜樺
# the table: the item numbers 1 … 12 nothing; each row a DATE and a DOC
DATE	六十三年四月三十日
DOC	臺內民字第五八六七六七號
DATE	九十六年八月十三日
DOC	內授中民字第○九六○○三四六○八號
DATE	九十七年二月二十二日
DOC	內授中民字第○九七○○三○七九二號
DATE	九十七年四月三日
DOC	內授中民字第○九七○○三一七二七號
DATE	九十八年二月二十六日
DOC	內授中民字第○九八○○三○九一一號
DATE	九十八年四月二十八日
DOC	內授中民字第○九八○○三二四四二號
DATE	九十九年一月二十六日
DOC	內授中民字第○九九○○三○二五三號
DATE	九十九年三月九日
DOC	內授中民字第○九九○七二○○四七號
DATE	九十九年三月三十一日
DOC	內授中民字第○九九○○三一八三六號
DATE	九十九年四月十五日
DOC	內授中民字第○九九○○三二五七○號
DATE	九十九年七月十二日
DOC	內授中民字第○九九○○三四六○五號
DATE	九十九年九月二十一日
DOC	內授中民字第○九九○○三五九六三號
""",
    "news-hk-hkej-mainland-transit-resumption-cabin-crew-2020": r"""
DATE	2020年8月14日
# the column's name 紀曉風獨眼香江 → the writer and the place inside (香江, the literary name of Hong Kong) — doubtful
# (PER alone the other reading); 肺炎襲港 → 港 (a place word after a verb, as 抵港)
PER	紀曉風
LOC	香江
LOC	港
LOC	港
# 本港, 內地 nothing; 昨日 out; 明天（15日） → 15日 (as 星期三（24日） → 24日); 來港 → 港; 兩個月 nothing
QUANT	69宗
ORG	機管局
DATE	15日
LOC	港
ORG	港府
QUANT	69宗
""",
    "news-hk-mingpao-universal-testing-mainland-labs-2020": r"""
# the headline: 林鄭 (the short form of the married name) PER; 24億 QUANT (a bare 億 number); 3內地機構 (no measure
# word) nothing — doubtful (QUANT 3 … the other reading has no unit to take)
PER	林鄭
QUANT	24億
# 【明報專訊】 → the paper inside the label
ORG	明報
TERM	「普及社區檢測」
QUANT	3間
LOC	港
ORG	港府
QUANT	50萬個
PER	林鄭月娥
# 「禁足令」 a quoted word TERM; 「成效會打折扣」 quoted speech (a clause) nothing
TERM	「禁足令」
ORG	港府
QUANT	300多元
QUANT	350元
QUANT	700萬名
QUANT	24.5億元
QUANT	50萬人
""",
    "news-hk-hkcnews-meng-wanzhou-hksar-passports-2018": r"""
# passports: the place inside (中國護照 → 中國, 香港特區護照 → 香港特區), 特區護照 nothing (特區 alone is not annotated);
# N本 QUANT each time
PER	孟晚舟
QUANT	3本
PER	涂謹申
ORG	入境處
ORG	華為
PER	孟晚舟
# a country before its city one LOC (a place chain, as 美国肯塔基州); a country's government and ministry one ORG (X國政府,
# as 美國聯邦最高法院)
LOC	加拿大溫哥華
ORG	美國政府
ORG	美國司法部
QUANT	11年
PER	孟晚舟
# the quoted phrase of the filing TERM; the English of it in brackets: the names inside (Meng, China, Hong Kong) —
# doubtful (nothing, as a translation of a quoted phrase, the other reading)
TERM	「不少於7本中國和香港護照」
PER	Meng
LOC	China
LOC	Hong Kong
QUANT	4本
LOC	中國
QUANT	3本
LOC	香港特區
QUANT	7本
PER	孟晚舟
LOC	加拿大
PER	孟晚舟
PER	Cathy Meng
PER	Sabrina Meng
# 民主黨立法會議員 → the party + the council (the post out)
ORG	民主黨
ORG	立法會
PER	涂謹申
ORG	入境處
ORG	美國司法部
PER	孟晚舟
QUANT	3本
# the quoted speech: the entities inside it (美國, 香港, 入境處); 特區政府, 一國兩制 nothing
LOC	美國
LOC	香港
ORG	入境處
ORG	新民黨
# 保安局前局長 → the bureau
ORG	保安局
PER	葉劉淑儀
PER	孟晚舟
ORG	入境處
QUANT	3本
ORG	美國司法部
PER	孟晚舟
QUANT	3本
LOC	香港特區
QUANT	3本
PER	David Martin
PER	孟晚舟
LOC	中國
LOC	香港特區
LOC	香港特區
ORG	加拿大政府
LOC	中國
LOC	中國
# the photo caption: the court named with its country and city one ORG (as 美國聯邦最高法院) — doubtful (LOC 加拿大溫哥華 +
# ORG 法院, or LOC 加拿大 + ORG 溫哥華法院, the other readings); the credit 美聯社 ORG
PER	孟晚舟
ORG	加拿大溫哥華法院
ORG	美聯社
QUANT	10年
PER	孟晚舟
QUANT	11年
QUANT	3本
QUANT	3本
ORG	眾新聞
ORG	入境處
PER	孟晚舟
QUANT	3本
LOC	香港特區
ORG	入境處
ORG	入境處
ORG	入境處
# 一名香港居民 → 香港 (a place before a word for its people)
LOC	香港
ORG	入境處
# the quoted website passage (sentences of the department's page) speech-like, nothing; （一）…（三） nothing
PER	涂謹申
ORG	入境處
ORG	美國司法部
PER	孟晚舟
QUANT	3本
PER	涂謹申
QUANT	10多本
LOC	以色列
LOC	中東
LOC	香港
QUANT	10本
PER	涂謹申
PER	孟晚舟
ORG	美國司法部
# 美國元素, 在美國, 美國銀行 (banks in the US, no bank's name), 美國國家安全 → 美國 each — 美國銀行 doubtful (ORG, Bank
# of America, the other reading)
LOC	美國
LOC	美國
LOC	美國
LOC	美國
LOC	香港
# the 眾新聞 footer as in earlier batches; the domain nothing
ORG	眾新聞
TERM	「每周時事」
""",
    "news-tw-cts-coast-guard-ching-fu-contract-termination-2017": r"""
# 洋巡總局, 海洋總局 (short names) and 海洋巡防總局 ORG; the shipyard 慶富船廠 and its short name 慶富 ORG (a company)
ORG	洋巡總局
ORG	慶富
ORG	華視
DATE	2017/11/26
ORG	海洋巡防總局
QUANT	28艘
QUANT	100噸
DATE	102年
ORG	慶富船廠
DATE	10月份
QUANT	13%
DATE	11月1日至19日
QUANT	0%
ORG	海洋總局
# 今年10月27日、11月6日 … → one DATE each (今年 deictic, no written year shared)
DATE	10月27日
DATE	11月6日
DATE	11月10日
DATE	11月17日
DATE	11月23日
QUANT	5次
ORG	慶富船廠
ORG	兆豐銀行
# 監造單位船舶中心 → the centre (its short name) ORG — doubtful
ORG	船舶中心
# 第14艘 (an ordinal) and the hull number PP-10068 nothing; 一例一休 (a policy, unquoted) nothing; the day counts QUANT
DATE	4月30日
QUANT	119.5日
QUANT	3.5日
QUANT	100日
QUANT	16日
DATE	8月28日
# 今天(26日) → 26日; 中午12點 (a clock time) nothing; 本總局 nothing
DATE	26日
QUANT	90天
ORG	慶富船廠
ORG	慶富船廠
QUANT	13艘
QUANT	15艘
ORG	慶富
""",
    "press-mo-pj-fake-douyin-support-scam-alert-2026": r"""
# 抖音 the company for its service ORG (the headline unquoted, “抖音” without the marks, batch 18's “澎湃新闻”APP); the
# quoted 抖音客服來電 a quoted phrase TERM whole — doubtful (ORG 抖音 inside without the marks the other reading)
ORG	抖音
ORG	司法警察局
DATE	9月
TERM	“抖音客服來電”
# 本局 nothing; 逾百名 nothing; 自9月18日…至10月6日 → two DATE (text between them); amounts with their currency
DATE	9月18日
DATE	10月6日
QUANT	25名
QUANT	540萬澳門元
QUANT	1,600澳門元
QUANT	200萬澳門元
ORG	抖音
TERM	“共享屏幕”
ORG	淘寶
ORG	支付寶
# the centre written with its body one ORG (as 國家教育部教材局綜合處)
ORG	司法警察局反詐騙協調中心
# the anti-fraud principle, the quoted words and the app's quoted name TERM (the app is no body's name); the marks as
# printed (”…”); the item numbers and the hotlines nothing
TERM	“先掛線，再循官方渠道核實”
TERM	”取消訂閱”
TERM	”退款”
TERM	“共享屏幕”
ORG	司警局
TERM	“反詐程式”
""",
    "press-tw-tainan-generations-carnival-day-one-2026": r"""
# the carnival (an unquoted event) → the place inside, the year nothing (batch 43's 2026台南「世代躍動」幸福嘉年華); the
# headline's slogan (unquoted) nothing; 市長 out
LOC	臺南市
PER	黃偉哲
LOC	臺南市
DATE	今（3）日
# the college as the venue ORG (batch 43)
ORG	中信金融管理學院
TERM	「親子童萌」
# YOYO家族 → ORG YOYO (the channel's performers, as batch 43's YOYO藝人) — doubtful; the performers' stage names PER
# (batch 22's 香蕉哥哥); the cartoon characters (妙妙犬布麗, 酷比, 萌可, PINGU) nothing (as the mascots); 市府各局處 nothing
ORG	YOYO
PER	香蕉哥哥
PER	柳丁哥哥
PER	百香果姐姐
PER	黃偉哲
PER	黃偉哲
LOC	臺南市
ORG	教育局
ORG	體育局
# 教育局長 → the bureau (its head's title fused, batch 15)
ORG	教育局
PER	鄭新輝
TERM	「親子童萌」
ORG	YOYO
QUANT	12區
QUANT	25個
TERM	「小小消防員」
TERM	「觀光工廠體驗」
TERM	「驚奇博物館」
LOC	臺南市
ORG	教育局
DATE	明（4）日
TERM	「青春舞林」
PER	草莓姐姐
PER	葡萄姐姐
PER	南瓜哥哥
# 臺南在地學校 → 臺南; the dance troupes ORG (as 自然而然劇團, batch 22); the play in 《》 DOC (as 《五色鳥之章》)
LOC	臺南
ORG	Lock拉拉拉舞團
ORG	Light girls
ORG	MIXCIN
DOC	《萌學園》
ORG	中信金融管理學院
ORG	教育局
DATE	2021年
QUANT	11.3萬人次
ORG	體育局
QUANT	2天
TERM	「世代躍動、幸福加倍」
ORG	臺南市政府教育局
""",
}
