"""Reading lists of the batch-37 entity gold, pass 1 (branch issue-e37p1-s21); see build_batch.py for the
line format and README-batch37.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-three-governments-mask-publicity-2020": r"""
# the column head 【防疫宣傳比三家】 nothing; 衛生部門, 三地 nothing; 港府 ORG (a government, as X國政府) — doubtful
LOC	台灣
LOC	澳門
ORG	港府
TERM	「善用口罩」
# 武漢肺炎 → 武漢 (batch 20); 本港 nothing; 沙士 nothing
LOC	武漢
QUANT	50宗
LOC	青衣康美樓
TERM	「口罩荒」
LOC	台灣
LOC	澳門
ORG	眾新聞
TERM	「口罩荒」
# platforms ORG (Facebook, LINE, Telegram, 微信, Instagram); quoted page, channel and account names TERM with their
# marks (batch 20) — the page named by a body's own name (衞生署衞生防護中心 …) ORG without the marks (the quoted
# Facebook page “澳門藝術博物館 Macao Museum of Art”, earlier gold) — doubtful; the ID SSMacau nothing
LOC	台灣
ORG	Facebook
TERM	「 疾病管制署 – 1922防疫達人 」
ORG	LINE
TERM	「 疾管家 」
LOC	澳門
ORG	Facebook
TERM	「 新型冠狀病毒感染應變協調中心訊息發佈專頁 」
ORG	Telegram
TERM	「 新型冠狀病毒疫情頻道 」
ORG	衛生局
ORG	微信
ORG	新聞局
ORG	Instagram
TERM	「 macaogcs 」
ORG	衛生防護中心
ORG	Facebook
ORG	衞生署衞生防護中心 Centre for Health Protection, DH
LOC	台灣
DATE	1月21日
ORG	Facebook
LOC	武漢
# 來台 / 來澳 / 供澳 → the one-character place
LOC	台
DATE	2月12日
LOC	台灣
QUANT	18宗
# 台灣疾管署 one ORG (臺灣外交部, batch 20); the photo credit Facebook ORG
ORG	台灣疾管署
ORG	Facebook
LOC	澳門
DATE	1月22日
ORG	Facebook
TERM	「新型冠狀病毒感染應變協調中心訊息發佈專頁」
ORG	新聞局
DATE	1月19日
LOC	澳
DATE	21日
LOC	澳
ORG	Telegram
DATE	2月12日
LOC	澳門
QUANT	10宗
# 澳門政府 one ORG (X政府)
ORG	澳門政府
ORG	Telegram
TERM	「新型冠狀病毒疫情頻道」
ORG	Instagram
TERM	「macaogcs」
DATE	1月23日
ORG	衛生防護中心
ORG	Facebook
# 政府新聞網 nothing (a platform with no place inside) — doubtful
ORG	Facebook
# 確診2病例 → 2病例 QUANT (as 247例) — doubtful
QUANT	2病例
QUANT	15宗
LOC	香港
DATE	2月12日
QUANT	50宗
LOC	武漢
TERM	「口罩荒」
# 台灣及澳門政府 → LOC 台灣 + ORG 澳門政府 (the government word on the second) — doubtful
LOC	台灣
ORG	澳門政府
PER	林鄭月娥
DATE	2月8日
ORG	台灣疾管署
ORG	Facebook
DATE	1月24日
# 1月28至30日 one DATE (a range)
DATE	1月28至30日
QUANT	600萬個
QUANT	3個
TERM	「口罩夠用就好不要囤積」
DATE	1月31日
QUANT	400萬個
QUANT	260萬個
QUANT	140萬個
DATE	2月15日
DATE	2月1日
LOC	台灣
ORG	疾管署
ORG	經濟部
DATE	2月6日
QUANT	2個
ORG	台灣政府
ORG	Facebook
LOC	澳門
DATE	1月22日
ORG	衛生局
DATE	1月23日
LOC	澳門
QUANT	56間
QUANT	10個
# 10日後 → 10日 QUANT (a span of days, not a date) — doubtful
QUANT	10日
# 澳門幣8元 one QUANT (the currency before the amount, as 人民幣28,200元)
QUANT	澳門幣8元
QUANT	10個
ORG	澳門政府
DATE	1月24日
QUANT	1小時
QUANT	56間
QUANT	15分鐘
QUANT	87個
ORG	澳門政府
ORG	港府
TERM	「為己為人　善用口罩」
QUANT	700則
# the quoted comments and 「戴咗都要除返」 are speech: nothing
DATE	2月4日
PER	林鄭月娥
LOC	香港
PER	林鄭
ORG	衛生防護中心
ORG	Facebook
LOC	澳門
LOC	香港
LOC	台灣
ORG	台灣疾管署
ORG	Facebook
ORG	經濟部
ORG	Facebook
LOC	澳門
ORG	經濟局
DATE	2月7日
LOC	澳
TERM	「聚集搶購，不利防疫」
# the centre's quoted post is speech (『積穀防饑』 inside it too): nothing
ORG	衛生防護中心
LOC	澳門
ORG	港府
ORG	Facebook
ORG	Facebook
LOC	台灣
# a department with its hospital one ORG
ORG	台大醫院內科部感染科
PER	張上淳
TERM	「什麼是居家隔離及自主健康管理」
LOC	澳門
TERM	「快訊」
PER	賀一誠
TERM	「強制自我檢疫」
ORG	香港衛生防護中心
ORG	Facebook
ORG	台灣疾管署
# the video URLs nothing
ORG	眾新聞
TERM	「每周時事」
""",
    "press-tw-tainan-livestock-food-safety-four-checks-2019": r"""
# 市府 nothing (generic); 食安 nothing
LOC	臺南
# a division with its office one ORG
ORG	臺南市動物防疫保護處動物公共衛生組
DATE	2019-03-06
# 我國, 國人, 本市, 本年度, 今年度 nothing; 106年 DATE (an ROC year)
DATE	106年
QUANT	67百分比
ORG	臺南市政府
ORG	臺南市政府農業局
ORG	動保處
LOC	台南
LOC	臺南市
QUANT	642戶
QUANT	133戶
QUANT	225戶
QUANT	732戶
QUANT	131戶
QUANT	107戶
ORG	臺南市政府
ORG	動保處
QUANT	6件
QUANT	9件
QUANT	4件
QUANT	10件
QUANT	4件
QUANT	63場
QUANT	15場
QUANT	12場
ORG	動保處
ORG	臺南市政府
QUANT	4層
# 第1層 … 第4層 nothing (ordinals); 本府農業局畜產科 → ORG 農業局畜產科 (本府 out) — doubtful
ORG	農業局畜產科
ORG	動保處
DATE	3月5日
ORG	動保處
QUANT	154場次
ORG	動保處
ORG	動保處
ORG	中央動物用藥安全稽查小組
# 衛生單位 nothing
ORG	臺南市動物防疫保護處
PER	莊惟超
# the phone number nothing
""",
    "report-cn-tsinghua-sci-tech-power-2050-paper-2017": r"""
LOC	中国
# (2015-2050) one DATE (a range of years) — doubtful
DATE	2015-2050
# the funder: an office with its department one ORG; the project number nothing
ORG	中宣部全国哲学社科规划办
DATE	2017年4月20日
# the authors PER (the affiliation numbers out); affiliations one ORG each (a school / institute with its body),
# the city LOC, postcodes nothing
PER	胡鞍钢
PER	刘生龙
PER	任皓
ORG	清华大学公共管理学院
LOC	北京
ORG	清华大学国情研究院
LOC	北京
ORG	中国社会科学院数量经济研究所
LOC	北京
# 我国 nothing; GDP, PPP, GNI nothing; 2015一2050年 one DATE (一 written for the dash)
DATE	2050年
LOC	中国
DATE	2015一2050年
LOC	美国
DATE	2050年
TERM	“三位一体”
LOC	中国
# the DOI nothing; unmarked 三位一体 nothing
DATE	2016年5月30日
PER	习近平
TERM	“科技三会”
# the quoted speech title TERM with its marks — doubtful (DOC the other reading)
TERM	“为建设世界科技强国而奋斗”
# entities inside the quoted speech count (batch 20); 新中国 → 中国 (as in batch 36's pass 1) — doubtful
DATE	2020年
DATE	2030年
LOC	中国
QUANT	100年
QUANT	30余年
TERM	“三步走”
TERM	“建设世界科技创新强国”
TERM	“中国特色社会主义现代化”
LOC	中国
DATE	2050年
LOC	中国
DATE	2050年
LOC	中国
DATE	2050年
LOC	中国
TERM	“三位一体”
TERM	“三步走”
# the section heading 12050年 → its section number 1 out
DATE	2050年
LOC	中国
DATE	2050年
LOC	中国
DOC	《中国共产党章程》
# “总纲” (a part of the charter, quoted) TERM — doubtful
TERM	“总纲”
QUANT	100年
TERM	“十八大”
LOC	中国
QUANT	100年
ORG	世界银行
QUANT	200余个
LOC	美国
DATE	2011年
QUANT	200余个
LOC	美国
DATE	2015年
ORG	世界银行
DATE	2012年
DOC	《避免中等收入增长陷阱》
LOC	美国
# the LaTeX percents QUANT without the $ marks (5 \%, 2 5 . 8 \% …) — doubtful
QUANT	5 \%
QUANT	40 \%
QUANT	50 \%
QUANT	80 \%
# 表12015年 → the table number out, DATE 2015年
DATE	2015年
LOC	美国
LOC	美国
QUANT	50%
# a range, each end with its %, one QUANT (a range) — doubtful; the table's counts (42, 20, 11) nothing
LOC	美国
QUANT	50%一80%
LOC	美国
QUANT	80%一100%
DATE	2015年
LOC	中国
LOC	美国
QUANT	2 5 . 8 \%
ORG	世界银行
DATE	2015—2050年
LOC	中国
QUANT	4 . 3 8 \%
LOC	美国
QUANT	2.95个百分点
DATE	2020年
LOC	中国
LOC	美国
# 1/3, 2/5 nothing (earlier gold)
DATE	2030年
LOC	中国
LOC	美国
DATE	2035年
LOC	美国
QUANT	50 \%
LOC	中国
DATE	2050年
LOC	中国
LOC	美国
QUANT	70 \%
QUANT	80 \%
LOC	美国
QUANT	50 \%
LOC	中国
""",
    "report-tw-toufen-councillor-candidate-platform-2018": r"""
# the front matter: 苗栗縣議員 → 苗栗縣 (the post out); the ballot number 6 號 nothing; the date DATE, the clock out
LOC	苗栗縣
PER	黎煥強
DATE	2018-11-01
LOC	苗栗縣
PER	黎煥強
# the CSS and scripts nothing; the quoted reply 「開會都有錄影」 is speech: nothing — doubtful (TERM)
ORG	頭份市民代表會
# 問政全記錄, 政治獻金 (link texts) nothing; 政黨, 集團 nothing
LOC	頭份
LOC	台灣
LOC	苗北藝文中心
# YouBike ORG (a bike-share service, as the platforms) — doubtful; 頭份人 nothing (as 港人)
ORG	YouBike
ORG	YouBike
ORG	YouBike
LOC	頭份
LOC	頭份
# 客語, 客家, 縣府, 中央, 縣庫 nothing; the campaign office's address one LOC (a full address), the shop beside it ORG
# 迷客夏 (a chain's brand with its kind word out) — doubtful
LOC	頭份市建國路二段 156 號
ORG	迷客夏
""",
}
