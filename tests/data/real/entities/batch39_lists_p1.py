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
    "gw-tw-cec-municipal-election-commission-organization-amendment-2007": r"""
# the decree heading: the body inside; the rule's title quoted in 「」 TERM (as batch 24's 內政部令)
ORG	中央選舉委員會
TERM	「直轄市選舉委員會組織規程」
ORG	中央選舉委員會
DATE	中華民國96年12月28日
DOC	中選人字第0960011896號
TERM	「直轄市選舉委員會組織規程」
TERM	「直轄市選舉委員會組織規程」
PER	張政雄
# the unmarked title line and the unmarked 公職人員選舉罷免法 nothing; 直轄市選舉委員會 / 本會 in the rule: a kind of body
# (every municipality's commission) — no ORG; offices (總統, 立法委員, 里長) nothing; 直轄市政府 a kind
ORG	中央選舉委員會
# 行政院院長 → the body (as 政務司司長 → 政務司)
ORG	行政院
ORG	中央選舉委員會
ORG	行政院
ORG	中央選舉委員會
ORG	行政院
# the sections (第一組 …, 行政室, 資訊室) of a kind of body nothing; the two staffing-table lines → the commissions inside
ORG	臺北市選舉委員會
ORG	高雄市選舉委員會
""",
    "gw-tw-moi-doh-visually-impaired-massage-regulations-repeal-2008": r"""
ORG	內政部
ORG	行政院衛生署
TERM	「視覺障礙者從事按摩業資格認定及管理辦法」
TERM	「視覺障礙者從事理療按摩資格認定及管理辦法」
# the issuers' lines: the spaced name as written (as 财　政　部 in batch 34)
ORG	內　  政  　部
ORG	行政院衛生署
DATE	中華民國97年3月5日
DOC	台內社字第0970026185號
DOC	衛署醫字第0970201334號
TERM	「視覺障礙者從事按摩業資格認定及管理辦法」
TERM	「視覺障礙者從事理療按摩資格認定及管理辦法」
PER	李逸洋
PER	侯勝茂
""",
    "news-hk-appledaily-bno-investor-uk-property-2021": r"""
# 80後 (a generation), 港股, 英樓, 港人, BNO, 四年 / 三間 nothing
LOC	英國
QUANT	34,300宗
LOC	英國
QUANT	10%
TERM	「食正」
LOC	英國
DATE	2017年
LOC	英國
LOC	英國
# 蘇先生, 蘇生 → the surname
PER	蘇
# quoted speech: the entities inside; 3%至6% one QUANT (a range, unit written twice)
LOC	香港
QUANT	3%至6%
DATE	2015年
PER	蘇
QUANT	10倍
QUANT	5至6倍
LOC	香港
LOC	英國
DATE	2017年
LOC	曼城
QUANT	16萬英鎊
QUANT	172萬港元
QUANT	20萬港元
TERM	「夾份」
# 一年半, 兩成半 nothing
LOC	曼城
QUANT	20萬英鎊
QUANT	216萬港元
QUANT	50至60萬港元
QUANT	30萬港元
DATE	2020年
QUANT	17萬英鎊
QUANT	183萬港元
TERM	「Cash buy」
LOC	曼城
LOC	倫敦
ORG	Airbnb
LOC	英國
DATE	2020年
# I.T., 比特幣 nothing; 一成 / 四成 / 三成 nothing
LOC	英國
QUANT	8,000至1萬美元
LOC	英國
LOC	英國
# 香港人 → 香港 (as 臺灣人民 → 臺灣)
LOC	香港
LOC	英國
""",
    "news-hk-appledaily-sheung-shui-nail-hoses-sentencing-2021": r"""
# the 【】 labels hold no entity; 本報, 警方 nothing; 前年 out
DATE	12月9日
TERM	「大三罷」
# the car park's roof in the estate's mall, a place chain with its part one LOC — doubtful
LOC	上水天平邨商場停車場天台
PER	黃國輝
# 五個月, 八個月 nothing; 更生中心 generic
QUANT	18歲
PER	謝銘基
QUANT	32歲
# shouted words: speech, nothing (父親節 inside nothing)
PER	何國基
QUANT	40歲
PER	陳家維
QUANT	18歲
PER	林曉偌
QUANT	19歲
PER	謝銘基
# a surname alone for a named defendant PER — doubtful; 黃官 → 黃 (a surname with a title)
PER	謝
PER	黃
QUANT	30多件
PER	謝
DATE	4月
PER	謝
PER	何國基
# the case number nothing (as 第240/2026號案 in batch 20)
""",
    "news-tw-appledaily-father-stall-disabled-son-2008": r"""
# the headline's quoted words: speech, nothing
DATE	2008年01月09日
# the son's given name PER (every mention, regex below); 七歲 nothing (Chinese numeral)
QUANT	29歲
PER	韓旭爾
# 卑南族 (a people) nothing
QUANT	55歲
QUANT	11年
# 四年, 三年, 半年, 四年多, 一個月, 萬元 nothing (Chinese numerals or no digit)
QUANT	120萬元
PER	楊純惠
QUANT	32小時
ORG	蘋果基金會
*PER	林榮誠
*PER	佳民
""",
    "news-tw-appledaily-widow-debt-after-husband-death-2008": r"""
# the headline's quoted words: speech, nothing
DATE	2008年01月03日
QUANT	46歲
QUANT	20多年
QUANT	24歲
# 大三, 高一, 兩年多 nothing; 20多萬 a bare 萬 number with 多 inside
QUANT	20多萬
QUANT	100元
QUANT	200元
QUANT	8000元
QUANT	3000元
# 去年十月 → 十月 (a month in Chinese numerals)
DATE	十月
LOC	高雄
# 五千多元 nothing (Chinese numeral)
ORG	蘋果慈善基金會
# the designations 阿蕎, 阿柱 and the daughters' names 小婷, 小容 PER each time — doubtful (as 阿月 in the held-out list)
*PER	阿蕎|阿柱|小婷|小容
""",
    "press-mo-ssm-basic-life-support-course-registration-2026": r"""
# the course (an event) nothing; 今（16）日 DATE (as 今（19）日 in batch 20)
DATE	今（16）日
# 特區政府, 本澳 nothing
TERM	“提升醫療服務水平”
TERM	“支持醫療人員發展”
ORG	衛生局急救培訓中心
DATE	10月10及11日
# 持續專業發展計劃 (a programme) nothing
TERM	“第四期基本生命支持（BLS）”
QUANT	4個
# AED, BLS, CPD nothing; 2025年或2026年 → two DATEs (nothing written shared)
DATE	2025年
DATE	2026年
DATE	2026年10月10日
DATE	2026年10月10日
DATE	2026年10月11日
DATE	2026年10月11日
QUANT	27個
QUANT	3個
DATE	9月16日至10月2日
# URLs nothing
""",
    "press-mo-ssm-influenza-like-illness-clusters-two-schools-2026": r"""
ORG	衛生局
QUANT	2宗
ORG	衛生局
DATE	今（16）日
QUANT	2宗
QUANT	6名
# (2男4女) nothing; a school after its street: LOC + ORG (a place written before a body to say where); class names nothing
LOC	馬揸度博士大馬路
ORG	婦聯學校
QUANT	6名
LOC	黑沙環中街
ORG	澳門浸信中學
DATE	9月13日
QUANT	2宗
QUANT	3人
ORG	衛生局
""",
}
