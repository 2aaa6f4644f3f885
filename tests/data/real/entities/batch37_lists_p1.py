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
    "gw-tw-moea-import-regulations-article9-amendment-2005": r"""
# the quoted regulation 「貨品輸入管理辦法」 TERM with its marks (the FSC gold's reading of quoted rules); unmarked
# 貨品輸入管理辦法, 本法, article numbers nothing
ORG	經濟部
TERM	「貨品輸入管理辦法」
ORG	經濟部
DATE	中華民國94年4月6日
DOC	經貿字第09404602670號
TERM	「貨品輸入管理辦法」
TERM	「貨品輸入管理辦法」
PER	何美玥
# 海關 nothing (no name); 駐華 / 在華 → 華 (as 駐臺 → 臺)
LOC	華
LOC	華
ORG	外交部
LOC	華
# 美幣二萬元 nothing (no digit); FOB nothing
ORG	貿易局
ORG	貿易局
""",
    "gw-tw-pcc-engineer-licence-renewal-notice-2005": r"""
ORG	行政院公共工程委員會
PER	楊明富
# 技師法, 技師執業執照換發辦法 (unmarked) and their article numbers nothing
ORG	行政院公共工程委員會
DATE	中華民國94年5月2日
DOC	工程企字第09400125221號
PER	楊明富
PER	楊明富
ORG	四海工程顧問有限公司
# the full address one LOC, the floor out (earlier gold: 3樓 not)
LOC	新竹市復中里民生路193號
# the certificate and licence numbers (台工登字第6122號, 技執字第003857號) nothing — doubtful (DOC as 字號 the other
# reading); ROC dates as a range one DATE
DATE	90年10月10日至94年10月9日
PER	郭瑤琪
""",
    "press-mo-dset-young-entrepreneurs-jiangsu-visit-2026": r"""
ORG	經科局
LOC	江蘇
# 兩地, 特區政府, 本澳, 國內, 內地 nothing
TERM	“三五”
ORG	經濟及科技發展局
QUANT	34名
LOC	澳門
# the named delegation ORG (delegations, as 中國體育代表團) — doubtful
ORG	澳門青創交流團
DATE	9月7日至11日
LOC	江蘇
LOC	長三角
LOC	江蘇
LOC	澳門
LOC	澳門
LOC	蘇州
LOC	蘇州人工智能產業園
ORG	九識智能科技
# a company's centre with the city in its name one ORG — doubtful (ORG 微軟 + LOC 蘇州 the other reading)
ORG	微軟蘇州人工智能產業創新中心
ORG	X‑Power IBM 賦能創新中心
LOC	南京
LOC	紫東國際創意園
# a state key laboratory with its university and school one ORG — doubtful
ORG	南京大學生命科學學院醫藥生物技術國家重點實驗室
# OPC社區 nothing
LOC	江蘇
# quoted event names TERM whole with their marks (nothing inside)
TERM	“2026澳門青創南京行暨寧澳科創交流會”
LOC	南京
TERM	“2026江蘇產學研合作對接大會＂
LOC	澳門
LOC	澳門
ORG	經濟及科技發展局
LOC	江蘇
LOC	澳門
""",
    "press-mo-utm-barcelona-cett-agreement-2026": r"""
# the school with its university one ORG; its bracketed abbreviation ORG; 西語系國家 / 葡、西語系 nothing (languages)
ORG	澳門旅遊大學
ORG	巴塞隆拿大學旅遊、酒店及餐飲學院
ORG	CETT-UB
ORG	澳門旅遊大學
DATE	9月14日
ORG	巴塞隆拿大學旅遊、酒店及餐飲學院
ORG	CETT-UB
# the campus one LOC with its phase — doubtful (LOC 澳琴國際教育（大學）城 alone the other reading)
LOC	澳琴國際教育（大學）城第一期校區
ORG	澳門旅遊大學
PER	呂劍英
ORG	CETT-UB
PER	David Peguero Manzanares
ORG	澳旅大
ORG	澳旅大
ORG	CETT-UB
""",
    "press-tw-president-temples-lucky-bags-taoyuan-hsinchu-miaoli-2026": r"""
# 桃竹苗, 中彰 → one LOC per character
LOC	桃
LOC	竹
LOC	苗
LOC	苗栗
LOC	新竹
LOC	桃園
# 農曆正月初三 nothing (no digit)
PER	賴清德
DATE	今（19）日
LOC	中
LOC	彰
# quoted temple names LOC without the marks (quoted venue names, batch 20)
LOC	苗栗
LOC	永貞宮
LOC	新竹
LOC	香山財神廟
LOC	北埔慈天宮
LOC	桃園
LOC	景福宮
# 馬年, 國人, 南部, 東部, 中部 nothing; 非洲豬瘟 → 非洲 (as 武漢肺炎 → 武漢) — doubtful
LOC	非洲
LOC	臺灣
# 中央政府, 我國 nothing
QUANT	8.68%
QUANT	3萬3千點
QUANT	新臺幣1.25兆元
QUANT	8年
TERM	「台灣之盾」
ORG	行政院主計總處
QUANT	7.71%
QUANT	8%
LOC	臺
LOC	美
QUANT	15%
LOC	日本
LOC	韓國
LOC	臺灣
# 十年 nothing
TERM	「0到6歲國家一起養」
TERM	「長照3.0」
QUANT	1萬5千處
QUANT	10萬人
QUANT	1千元
QUANT	750元
QUANT	1萬元
QUANT	5千元
QUANT	4次
QUANT	14%
# 國軍 ORG (the armed forces, as 解放軍) — doubtful
ORG	國軍
QUANT	29,500元
QUANT	64.4萬元
QUANT	6歲
QUANT	168.5萬元
QUANT	212萬元
PER	蔡英文
LOC	臺灣
""",
    "report-cn-aeon-life-shaanxi-summit-welcome-speech-2013": r"""
ORG	百年人寿保险股份有限公司
# a company's provincial branch one ORG; 百年陕分 its short name ORG
ORG	百年人寿陕西分公司
PER	荆晓达
PER	何勇生
PER	曹湛
ORG	百年陕分
# 百年人寿全国高峰会 → ORG 百年人寿 (an event, the company inside)
ORG	百年人寿
LOC	陕西西安
ORG	百年人寿陕西分公司
LOC	西安
# 公元前… one DATE each (a year or century before the era; ranges one DATE) — the century doubtful; rulers named by
# title or temple name (文王, 秦王, 始皇帝, 文景, 汉武, 太宗, 玄宗) nothing — doubtful (PER the other reading);
# dynasties, peoples (匈奴, 百越), 华夏, 中华 nothing
DATE	公元前11世纪
LOC	岐山
DATE	公元前221年
LOC	关中
DATE	公元前178~87年
LOC	朝鲜
LOC	葱岭
# 丝绸之路 LOC (a named route) — doubtful
LOC	丝绸之路
DATE	公元627~741年
QUANT	13个
LOC	西安
TERM	“秦中自古帝王州”
LOC	延安
# bare 共产党, 我党 nothing; 国民党 ORG; 延安精神 → 延安
LOC	延安
ORG	国民党
LOC	延安
QUANT	13年
LOC	中华人民共和国
PER	毛泽东
LOC	延安
DOC	《沁园春.雪》
DOC	《论持久战》
DOC	《为人民服务》
LOC	陕西
LOC	西安
LOC	大雁塔
LOC	亚洲
LOC	大唐芙蓉园
LOC	不夜城
LOC	通易坊
LOC	曲江南湖
LOC	曲江
LOC	大明宫城墙遗址
LOC	临潼
# 灞柳 (the willows of the Ba river, a scenic sight) LOC — doubtful
LOC	灞柳
LOC	扶风
LOC	汉城湖汉文化区
LOC	西安
LOC	西安
# 陕西分公司 ORG (the branch by its short name)
ORG	陕西分公司
ORG	百年人寿
DATE	2013年
# 百年的大家庭 → the company's short name ORG — doubtful; 总公司 nothing
ORG	百年
LOC	陕西
LOC	陕西
LOC	陕西
LOC	西安
LOC	陕西
""",
    "report-hk-wang-fuk-court-fire-timeline-2025": r"""
# 大埔宏福苑 one LOC (a place chain)
LOC	大埔宏福苑
DATE	2025年11月26日
# clock times nothing
QUANT	10分鐘
QUANT	43小時
DATE	28日
# the casualty counts with 死 / 傷 as their unit QUANT (146死, 4死7傷 → two) — doubtful; 200人 QUANT
QUANT	146死
QUANT	79傷
QUANT	200人
DATE	11月26日
LOC	宏昌閣
ORG	東方日報
# 4樓, 三級火警 … 五級 nothing; 760消防員 nothing (no measure word) — doubtful
ORG	香港01
QUANT	304輛
QUANT	4死
QUANT	7傷
# 王肇枝中學後山 → ORG 王肇枝中學 (a school named as a landmark) — doubtful (LOC the other reading)
ORG	王肇枝中學
QUANT	13死
QUANT	30傷
DATE	11月27日
PER	李家超
QUANT	3座
# 保安局長 → ORG 保安局 (the bureau's head, the post out) — doubtful
ORG	保安局
QUANT	4座
QUANT	3人
QUANT	44死
QUANT	1250人
QUANT	279宗
QUANT	55死
LOC	宏昌閣
# the source columns: 維基百科, 英文維基 (its English edition), SBS ORG at every mention
*ORG	英文維基|維基百科|SBS
""",
    "report-hk-wang-fuk-court-owners-committee-minutes-2021": r"""
DATE	2021-10-04
ORG	宏福苑業主立案法團
# 第十一屆管理委員會, 管委會, 管理處, 法團 nothing (the corporation's organ by its kind word, a term number) — doubtful;
# the URL nothing; a date in Chinese numerals DATE; 星期一, clock times nothing; 宏志閣會議室 → LOC 宏志閣
DATE	二零二一年十月四日
LOC	宏志閣
PER	鄧國權
PER	陳凌滔
PER	麥滿堂
PER	洗麗媚
PER	何蕙蓮
PER	沈菜霞
PER	李丁華
PER	陳德誠
PER	郭嘉樑
PER	伍少芳
PER	李官華
PER	蔡金綸
PER	黃玉宜
PER	袁福華
PER	莫華滿
PER	林茜碧
ORG	置邦興業有限公司
PER	黎永利
PER	鄭芷盈
PER	林文欣
PER	蕭錦榮
PER	陳球強
PER	胡健民
PER	鄧國權
PER	黎永利
# a surname with a title stands for the person (鄧主席 → 鄧, 黎經理 → 黎, 陳顧問 → 陳 …; guideline)
PER	鄧
PER	黎
# the blocks LOC; quoted contractors ORG without the marks (a quoted organisation name); item numbers nothing
LOC	宏道閣
LOC	宏盛閣
LOC	宏志閣
ORG	志豐工程
DATE	9月1日
LOC	宏盛閣
LOC	宏志閣
# 10月中 DATE (as 8月下旬)
DATE	10月中
LOC	宏道閣
LOC	宏仁閣
ORG	百花園藝
DATE	10 月份
ORG	王氏利豐園藝
DATE	9 月 27 日
DATE	10 月 8 日
LOC	宏道閣
LOC	宏昌閣
ORG	復明工程
DATE	9 月 9 日
# 國座 (a block by its short name) LOC — doubtful
LOC	國座
ORG	復明工程
QUANT	$1,000
DATE	10 月 4 日
ORG	陳俊華律師事務所
DATE	2021 年 9 月 1 日
PER	鄧
DATE	2021 年 9 月 23 日
LOC	廣福社區會堂
ORG	大埔民政事務處
QUANT	150人
ORG	房屋署
DATE	2021年9月21日
PER	鄧
LOC	廣福社區會堂
# 浸信會學校 ORG (a school by its sponsor's name) — doubtful; 本苑籃球場 nothing
ORG	浸信會學校
PER	鄧
PER	陳
PER	鄧
PER	鄧
PER	蕭
ORG	市建局
QUANT	35 間
QUANT	33間
DATE	2022年1月17日
# the currency before the amount one QUANT (澳門幣8元, 人民幣28,200元)
QUANT	港幣 80萬
PER	陳
PER	鄧
QUANT	2名
QUANT	10名
QUANT	2名
QUANT	5名
QUANT	3名
QUANT	1名
# the estate's 中央公園 LOC; tree numbers (T029 …) nothing
LOC	中央公園
LOC	中央公園
LOC	中央公園
LOC	宏仁閣
ORG	撲滅牠滅蟲有限公司
QUANT	2次
QUANT	$8,000
QUANT	2個
QUANT	$8,000
ORG	康薈環境服務公司
QUANT	1次
QUANT	3-6個月
QUANT	$8,000
ORG	堅達滅蟲公司
QUANT	1年
QUANT	$9,500
PER	冼麗媚
ORG	撲滅牠滅蟲有限公司
QUANT	4棵
PER	李官華
# 附件一 nothing; 2021 年7月份 DATE
DATE	2021 年7月份
DATE	2021年7月份
DATE	7月
QUANT	$1,562,005.92
QUANT	$1,565,992.37
QUANT	$3,986.45
# 資產總值 11,050,362.83 nothing (no unit)
ORG	TraxConm Limited
LOC	廣宏街
QUANT	30 米
PER	胡
LOC	廣宏街
ORG	大埔南分區委員會
LOC	廣宏街
LOC	吐露港公路
PER	鄧國權
""",
}
