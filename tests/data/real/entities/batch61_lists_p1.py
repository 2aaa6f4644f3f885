"""Reading lists of the batch-61 entity gold, pass 1 (branch issue-e61p1-s27); see build_batch.py for the
line format and README-batch61.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-mingpao-coin-young-master-arrested-2018": r"""
# the Ming Pao page: the nickname quoted where it refers to the man ("「幣少爺」被捕") PER without the marks, quoted after
# 網名為 a name cited, TERM (batch 16's 人稱「二姐」) — doubtful; the bare surname 黃 standing for him PER (as 陳先生 → 陳)
LOC	深水埗
PER	幣少爺
PER	黃鉦傑
QUANT	24歲
# a police station and a police district ORG (as 三重分局); clock times (昨晚7時許) nothing
ORG	深水埗警署
PER	黃
QUANT	15分鐘
PER	黃
PER	黃
# district + road one LOC (a place chain)
LOC	西貢田石路
PER	幣少爺
LOC	深水埗
# the quoted campaign named after the restaurant's head a TERM; 明哥 (a name with 哥, as 香蕉哥哥) PER — doubtful
TERM	「明哥北河行動」
PER	明哥
# slang quoted as a word (「紅衫魚」 the red hundred-dollar note) and the quoted idiom TERM; 百元 (Chinese numeral) nothing
TERM	「紅衫魚」
LOC	福榮街
LOC	桂林街
TERM	「漏網之魚」
PER	黃
LOC	福榮街
QUANT	500元
PER	黃
QUANT	10萬元
LOC	南昌街
PER	黃
QUANT	3吋
QUANT	500元
ORG	深水埗警區
PER	莊翹偉
# a road with its house number one LOC
LOC	福榮街153號
QUANT	100元
QUANT	30分鐘
QUANT	60張
QUANT	100元
LOC	福榮街
LOC	南昌街
# 姓黃男子 → the surname (batch 20's 謝姓警員 → 謝); the district's unit with it one ORG
PER	黃
ORG	深水埗警區刑事調查隊
TERM	「幣少爺」
PER	黃鉦傑
LOC	深水埗福華街
# the car's make, a company's name for its product ORG (batch 17) — doubtful; the quoted cry is speech, nothing;
# the quoted 「劫富濟貧」 (an idiom he used for the act) TERM — doubtful (speech the other reading)
ORG	林寶堅尼
TERM	「劫富濟貧」
# the hotline line gives the paper; e-mail and phone number nothing
ORG	明報
""",
    "news-tw-cts-nhi-long-term-overseas-residents-petition-2017": r"""
# the petition's quoted title (headline and body) a TERM; the platform quoted a TERM (a platform is no body, batch 17);
# the Latin-script name of the petitioner PER each time
TERM	「長年旅居國外禁納健保」
ORG	衛福部
ORG	華視
DATE	2017/11/26
PER	Alex Lai
TERM	「公民政策參與平台」
TERM	「全民健保，長年旅居國外、退保期間過長者，不得成為納保對象」
DOC	《全民健康保險法》
# 中華民國 in 中華民國國籍 the country LOC; articles (第8條, 第13-1條, 第8點) nothing
LOC	中華民國
LOC	台灣
QUANT	6個月
LOC	台灣
LOC	台灣
LOC	台灣
TERM	「擁有中華民國國籍」
PER	Alex Lai
DOC	《全民健康保險法》
# 近1年 → 1年 (近 an approximator); 183天 twice
QUANT	1年
QUANT	183天
QUANT	183天
PER	Alex Lai
ORG	行政院
ORG	立法院
TERM	「出國享福、回國濫用國家資源」
ORG	行政院
ORG	衛福部
ORG	立法院
QUANT	8457人
ORG	國家發展委員會
DOC	《公共政策網路參與實施要點》
# 兩個月 (Chinese numeral) nothing; the deadline in () and in 〈〉 the date without 前
DATE	107年1月16日
ORG	衛福部
PER	Alex Lai
ORG	國家發展委員會
DOC	《公共政策網路參與實施要點》
DATE	107年1月16日
DATE	106年11月22日
DATE	107年1月15日
DATE	107年1月16日
""",
    "press-tw-tainan-sports-consumer-disputes-top-ten-2026": r"""
# the Tainan sports bureau: 10大 before what it counts QUANT (batch 19), inside the quoted list's name no (the TERM is
# whole); the bureau after its government one ORG (batch 27); the director's post gives the bureau (體育局長 → 體育局)
ORG	體育局
QUANT	10大
ORG	體育局
DATE	115年8月21日
ORG	臺南市政府體育局
TERM	「10大常見運動消費爭議」
DATE	115年度
ORG	體育局
# the website's menu path: the unmarked law nothing, 10大 QUANT — doubtful (the path as no entity the other reading)
QUANT	10大
PER	黃偉哲
ORG	體育局
TERM	「10大常見運動消費爭議」
ORG	體育局
PER	王效文
ORG	體育局
TERM	「10大常見運動消費爭議」
""",
}
