"""Reading lists of the batch-39 entity gold, pass 1 (branch issue-e39p1-s22); see build_batch.py for the
line format and README-batch39.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-ey-temple-public-land-donation-regulations-2008": r"""
# the decree heading: the body inside (as 內政部令 in batch 24); the rule's title quoted in 「」 TERM (batch-20 decider)
ORG	行政院
TERM	「寺廟或宗教團體申請贈與公有土地辦法」
ORG	行政院
DATE	中華民國97年2月5日
DOC	院臺建字第0970081787號
TERM	「寺廟或宗教團體申請贈與公有土地辦法」
TERM	「寺廟或宗教團體申請贈與公有土地辦法」
PER	張俊雄
# the unmarked title line and the unmarked 地籍清理條例 nothing; 日據時期 nothing; article numbers nothing
# 日本政府 one ORG (X國政府 alone)
ORG	日本政府
""",
    "news-hk-hkcnews-universal-testing-convention-centre-2020": r"""
# the 【】 label holds no entity; 會展 (the convention centre's short name) LOC each time
LOC	會展
QUANT	20人
TERM	「普及社區檢測計劃」
QUANT	7天
QUANT	7天
ORG	眾新聞
LOC	香港會議展覽中心
# clock times out
QUANT	20人
ORG	公務員事務局
PER	聶德權
QUANT	8.2萬人
ORG	眾新聞
LOC	會展
QUANT	5分鐘
LOC	會展
ORG	眾新聞
LOC	會展
LOC	會展
# 上週六 out
DATE	8月29日
LOC	會展
# 會議廳前廳 (a hall of the centre, without it) nothing — doubtful (LOC the other reading)
# the quoted sign wording TERM
TERM	「不可攝影」
ORG	眾新聞
LOC	會展
# 會展網站 → the venue inside
LOC	會展
QUANT	1,819平方米
QUANT	4.3個
QUANT	20多個
QUANT	1.5米
ORG	眾新聞
# 「賺吓OT錢」, the nurse's words and 「非常得閒」: speech, nothing; 兩至三秒 nothing
QUANT	20個
ORG	眾新聞
# the photo agency of the credit ORG
ORG	EYEPRESS
# 「沒有不適」 (what the government said, a predicate): speech, nothing — doubtful
TERM	「同心抗疫」
ORG	眾新聞
QUANT	20人
QUANT	40歲
# a surname with a form of address → the surname
PER	陳
LOC	會展
QUANT	3分鐘
TERM	「吊鐘」
# 香港人 → the place alone (as 臺灣人民 → 臺灣)
LOC	香港
ORG	眾新聞
TERM	「每周時事」
""",
    "news-tw-appledaily-cleaner-family-mental-illness-2008": r"""
DATE	2008年01月07日
# 阿月 (the woman's designation in the story) PER — doubtful (no precedent for 阿 + one character)
PER	阿月
QUANT	48歲
PER	阿月
# 去年(2007年)12月底 → DATE 2007年 + DATE 12月底 (去年 out)
DATE	2007年
DATE	12月底
QUANT	3個月
PER	孫敏聿
PER	阿月
QUANT	12年
QUANT	3年
PER	阿月
DATE	7月
PER	阿月
QUANT	20萬元
PER	阿月
QUANT	3年
DATE	9月
QUANT	4口
ORG	社會局
QUANT	5千元
# the bureau's centre with the bureau one ORG; 陳姓社工員 → 陳 (batch-20 decider: a surname with 姓)
ORG	社會局社福中心
PER	陳
PER	阿月
PER	阿月
# the employer's kind (清潔園藝公司) nothing
PER	洪
PER	阿月
PER	阿月
PER	陳
PER	阿月
PER	阿月
ORG	蘋果基金會
ORG	中華民國康復之友聯盟
PER	滕西華
QUANT	10%
""",
    "press-mo-dsedj-tertiary-scholarship-applicant-lists-2026": r"""
# 教育基金 (the Education Fund, a body) ORG; the school year DATE (as 115學年度)
ORG	教育基金
DATE	2026/2027學年
TERM	“大專助學金資助計劃”
TERM	“資助於頂尖學府就讀獎學金計劃”
ORG	教育基金
DATE	2026/2027學年
TERM	“大專助學金資助計劃”
# 赴葡 → 葡
LOC	葡
TERM	“資助於頂尖學府就讀獎學金計劃”
TERM	“大專獎助學金”
ORG	教育及青年發展局
# the postal address after 地址： one LOC
LOC	澳門約翰四世大馬路7-9號一樓
DATE	2026年10月9日
TERM	“澳門公共服務一戶通”
TERM	“一戶通”
TERM	“大專獎助學金”
# 澳門時間 → 澳門 — doubtful (nothing the other reading); the clock time out
LOC	澳門
DATE	2026年10月9日
ORG	教育及青年發展局
TERM	“大專助學金資助計劃”
LOC	葡
TERM	“資助於頂尖學府就讀獎學金計劃”
DATE	2026年12月15日
# 60至90日: a range of day counts one QUANT
QUANT	60至90日
# phone, e-mail and URL nothing
TERM	“大專獎助學金”
""",
}
