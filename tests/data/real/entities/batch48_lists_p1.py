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
}
