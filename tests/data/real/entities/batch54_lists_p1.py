"""Reading lists of the batch-54 entity gold, pass 1 (branch issue-e54p1-s25); see build_batch.py for the
line format and README-batch54.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-idb-green-factory-label-fee-standard-order-2012": r"""
# the IDB decree as batch 52's FSC and FTC orders (body ORG, 中華民國… DATE, the 字第…號 number DOC, the head PER);
# the rules quoted in 「」 TERM each time (batch 19), their unmarked title line and the unmarked 規費法 nothing;
# 新臺幣八千元 (no digit) nothing; 綠色工廠標章 and 清潔生產評估系統 (a label, a system) nothing
ORG	經濟部工業局
TERM	「綠色工廠標章收費標準」
ORG	經濟部工業局
DATE	中華民國101年4月10日
DOC	工永字第10100220981號
TERM	「綠色工廠標章收費標準」
TERM	「綠色工廠標章收費標準」
PER	杜紫軍
""",
    "news-tw-udn-yunlin-sixth-naphtha-air-pollution-fee-2017": r"""
# 台塑六輕: the company before its plant → ORG 台塑 + LOC 六輕 (华电 + 牛首山东抽水蓄能电站) — doubtful (ORG whole: the
# plant pays the fee as a company); 九億, 四億元, 九億多元, 百分之四十, 一萬兩千元 (no digit) nothing
LOC	雲林
ORG	台塑
LOC	六輕
ORG	聯合報
DATE	2017-11-30
LOC	濁水溪
PER	蔡維斌
# the share bar's facebook ORG as Facebook elsewhere — doubtful (page furniture, no precedent in a share bar)
ORG	facebook
LOC	雲林縣
LOC	濁水溪
# 雲林縣府 a county government named with its county ORG (as 南市府衛生局); bare 縣府, 中央, 地方 nothing
ORG	雲林縣府
LOC	雲林縣
ORG	雲林縣議會
ORG	雲林縣環保局
PER	張喬維
PER	張喬維
LOC	雲林
LOC	濁水溪
LOC	雲林
ORG	台塑
LOC	六輕
LOC	雲林
PER	張喬維
# 高鐵 (the high-speed rail line its shuttles serve) LOC as rail lines — doubtful (ORG, the operator)
LOC	高鐵
# 張局長 → the surname
PER	張
LOC	雲林
LOC	高雄
PER	張喬維
# 東北季風 nothing
LOC	濁水溪
PER	蔡維斌
ORG	facebook
LOC	濁水溪
PER	蔡維斌
ORG	facebook
""",
    "press-mo-science-fund-industry-academia-matching-2026": r"""
# 首4月 / 首4個月 (the first four months) DATE as 前5个月, with its year — doubtful (no precedent of 首); 逾一倍 nothing
ORG	科技基金
DATE	首4月
QUANT	31組
# 特區政府 and 本澳 nothing; the quoted short name ORG without the marks
ORG	科學技術發展基金
ORG	科技基金
DATE	2026年首4個月
QUANT	31組
QUANT	13組
ORG	科技基金
TERM	“配對服務+資助”
TERM	“線上+線下”
# the quoted platform and scheme TERM (a platform is no entity; quoted)
TERM	“產學研線上配對平台”
TERM	“企業創新研發資助計劃 - 配對類”
DATE	首4個月
QUANT	31組
TERM	“1+4”
ORG	科技基金
QUANT	5組
LOC	大灣區
LOC	澳門
LOC	大灣區
ORG	科技基金
TERM	“配對服務+資助”
LOC	澳門
# 中葡文旅智能平台 (a project): the one-character places inside (as 智鏈中葡 → 中 + 葡); one regex line
*LOC	中(?=葡)|(?<=中)葡
""",
    "wr-tw-tainan-2023-general-budget-proposal-summary-2022": r"""
# ROC years with 年度 DATE (2021年度); the issuing office ORG; the clock time out
LOC	臺南市
DATE	112年度
ORG	主計處
DATE	111年7月14日
LOC	臺南市
DATE	112年度
# the law quoted in 「」 TERM (batch 19); 六都, 新冠肺炎, 市民 nothing
TERM	「財政收支劃分法」
LOC	臺南市
PER	黃偉哲
ORG	臺南市政府主計處
DATE	112年度
TERM	「零基預算」
LOC	臺南市
QUANT	980億2,320萬6千元
QUANT	1,025億7,823萬4千元
QUANT	45億5,502萬8千元
ORG	主計處
QUANT	382億5,882萬5千元
QUANT	37.3%
QUANT	192億8,162萬7千元
QUANT	18.8%
# 市府, 本市, 中央 nothing
QUANT	171億6,129萬9千元
QUANT	524億2,915萬4千元
QUANT	53.48%
QUANT	26億9,891萬5千元
# 南科 (the science park's short name) LOC as 臺南科學園區
LOC	南科
QUANT	266億2,104萬8千元
QUANT	4億6萬7千元
DATE	111年
QUANT	3.55%
QUANT	3億5,511萬4千元
DATE	111年7月1日
QUANT	3億4,154萬5千元
QUANT	5億4,142萬元
QUANT	31億441萬元
QUANT	22億3,784萬8千元
QUANT	13億1,057萬2千元
DATE	2024年
LOC	臺南
QUANT	400年
# 府城 (the city's old name) LOC as in batch 22; the 全國運動會 / 全國運 an event, nothing
LOC	府城
DATE	112年度
QUANT	7.89億元
QUANT	400年
# 臺南市民 → the city without 市 (batch 19)
LOC	臺南
QUANT	400年
LOC	臺南市
DATE	112年度
QUANT	1,025億7,823萬4千元
QUANT	417億1,108萬7千元
QUANT	69億9,241萬元
QUANT	9億元
QUANT	20億8,160萬1千元
QUANT	6億1,000萬元
QUANT	12億2,737萬8千元
QUANT	4億元
# the amount as written (萬千元, a digit missing in the source) one QUANT
QUANT	46億9,021萬千元
QUANT	6億1,442萬3千元
QUANT	2億2,161萬1千元
QUANT	65歲
QUANT	55歲
QUANT	1億289萬元
QUANT	28億9,848萬7千元
QUANT	54億3,501萬7千元
QUANT	3億237萬3千元
QUANT	3億元
QUANT	2億元
QUANT	2,500萬元
# 重陽節 (a festival naming a benefit) nothing; 長期照顧十年計畫2.0 a programme, nothing
QUANT	14億1,250萬6千元
QUANT	10億5,520萬8千元
QUANT	36億5,365萬元
QUANT	1億2,222萬元
QUANT	2歲
QUANT	8億9,142萬4千元
# the baseball training centre being built and the cultural park LOC as venues
LOC	亞太國際棒球訓練中心
QUANT	4億6,948萬1千元
DATE	112年
QUANT	2億3,366萬元
LOC	赤崁文化園區
QUANT	3億6,000萬元
QUANT	1億7,437萬元
""",
    "gw-tw-doh-nursing-personnel-act-rules-draft-notice-2012": r"""
# the DOH notice as batch 52's decrees; the rules quoted in 「」 TERM each time, unmarked laws, articles and the
# unmarked title lines nothing
ORG	行政院衛生署
TERM	「護理人員法施行細則」
ORG	行政院衛生署
DATE	中華民國101年4月5日
DOC	衛署照字第1012860804號
TERM	「護理人員法施行細則」
ORG	行政院衛生署
TERM	「護理人員法施行細則」
# the quoted web page of the body (not its own name) TERM (batch 20); 本署 and the domain nothing
TERM	「本署公告網頁」
QUANT	7日
# the division written after its body one ORG; the address after 地址： without its postcode; phone, fax, mail nothing
ORG	行政院衛生署護理及健康照護處
LOC	台北市大同區塔城街36號
PER	邱文達
ORG	行政院衛生署
DATE	八十一年四月二十九日
DATE	八十七年九月九日
DATE	八十九年一月二十日
DATE	九十年五月十日
DATE	九十七年三月二十一日
# the law's quoted wording TERM (a rule's quoted wording, batch 27), 新臺幣一萬五千元 (no digit) inside nothing
TERM	「未取得護理人員資格，執行護理人員業務者，本人及其雇主各處新臺幣一萬五千元以上十五萬元以下罰鍰。但在護理人員指導下實習之高級護理職業以上學校之學生或畢業生，不在此限」
# 四年, 五分之一, 地方主管機關 nothing
""",
    "gw-tw-moea-hsishih-reservoir-storage-area-notice-2012": r"""
# the MOEA notice as batch 52's decrees; the reservoir LOC (a water work), 本水庫 nothing; the unmarked 辦法 nothing
ORG	經濟部
LOC	西勢水庫
ORG	經濟部
DATE	中華民國101年4月5日
DOC	經授水字第10120203360號
LOC	西勢水庫
LOC	西勢水庫
ORG	台灣自來水股份有限公司
QUANT	73.60公尺
QUANT	5公尺
LOC	基隆市暖暖區
QUANT	13.308公頃
QUANT	11.308公頃
PER	施顏祥
""",
    "news-hk-hkcnews-four-person-gathering-limit-no-end-2021": r"""
QUANT	4人
# the mall after its district: 觀塘 + apm商場 (a venue) — doubtful (one LOC as 沙田萬怡酒店); 港隊 ORG (batch 45)
LOC	觀塘
LOC	apm商場
ORG	港隊
PER	李慧詩
QUANT	200名
PER	周滿鏗
# 本港 nothing; 「復陽」 TERM; 第599G章 (the law's chapter number) DOC as a document number — doubtful (no precedent)
QUANT	57日
TERM	「復陽」
LOC	澳門
DOC	第599G章
QUANT	4人
QUANT	4人
DATE	5月初
DATE	6月
QUANT	50人
DATE	7月中
QUANT	50人
QUANT	4人
QUANT	2至4人
DATE	2020年
TERM	「張弛有度」
DATE	4月
# 公務員事務局局長 → the bureau; 七成 nothing
ORG	公務員事務局
PER	聶德權
DATE	9月底
DATE	9月底
QUANT	8人
# 「沒有這樣的指標」 and 林鄭's quoted sentence are speech: nothing
PER	林鄭
DATE	6月
ORG	眾新聞
ORG	港府
DATE	3月底
DOC	《預防及控制疾病（禁止羣組聚集）規例》
QUANT	47次
DATE	2月底
QUANT	2人
QUANT	4人
ORG	眾新聞
DATE	3月
DATE	第二季
QUANT	7天
DATE	4月25日
QUANT	7天
DATE	5月12日
ORG	港大公共衞生學院
DATE	3月11日
ORG	港大公共衞生學院
DATE	5月13日
ORG	眾新聞
DATE	5月
QUANT	8人
DATE	6月
QUANT	50人
DATE	8月
QUANT	2人
ORG	食衞局
# the spokesman's quote is speech (政府 inside generic); the government's quoted name for its approach a TERM
TERM	「更有系統的方式逐步和有序地分階段放寛社交距離措施」
# 政務司司長 → 政務司; unquoted 七一 DATE (batch 31); 警方 generic; 會展 LOC (batch 9)
ORG	政務司
DATE	七一
LOC	維園
LOC	銅鑼灣
QUANT	1000人
QUANT	48小時
ORG	新民黨
DATE	7月31日
LOC	會展
QUANT	450名
QUANT	85%
QUANT	4至6人
LOC	觀塘
LOC	apm商場
ORG	港隊
PER	李慧詩
QUANT	200名
# 黃小姐 → the surname; her quote speech
PER	黃
DATE	4月12日
PER	林鄭月娥
TERM	「疫苗氣泡」
PER	林鄭
# 『疫苗氣泡』 inside the quoted speech a TERM (the inner marks, as 『拉布』 in batch 20) — doubtful
TERM	『疫苗氣泡』
PER	林鄭
TERM	「疫苗氣泡」
PER	林鄭月娥
DATE	2日
TERM	「清零」
DATE	4月份
QUANT	4人
QUANT	8人
ORG	立法會
PER	田北辰
ORG	港府
# 中央 and 內地 nothing; in 田北辰's quote 新加坡, 大陸 (the mainland; 內地 is not annotated — doubtful) and 回港 → 港
LOC	新加坡
LOC	大陸
LOC	港
LOC	港
QUANT	7日
PER	田北辰
QUANT	7日
# 「荒謬」 a quoted predicate, speech: nothing
PER	梁子超
QUANT	4人
QUANT	4個
LOC	香港
PER	周滿鏗
PER	鄭靖而
""",
    "news-hk-oncc-kowloon-bay-care-home-evacuation-2020": r"""
# the broadcaster's channel ORG; care homes ORG (batch guideline), the home's full name one span
ORG	東網電視
ORG	衞生署
DATE	9日
LOC	九龍灣
ORG	耆康會啟業護理安老院
QUANT	2人
QUANT	1人
# 晚上10時許 a clock time nothing
ORG	醫療輔助隊
QUANT	3車
QUANT	7人
# a facility written with the venue it stands in one LOC (batch 31)
LOC	亞洲博覽館社區治療設施
QUANT	40人
LOC	亞博館
ORG	醫療輔助隊
ORG	衞生署
ORG	衞生署衞生防護中心傳染病處
PER	張竹君
ORG	耆康會啟業護理安老院
QUANT	2人
QUANT	1人
QUANT	1名
QUANT	3間
QUANT	40多人
# the outlet's feature page in title marks DOC (revisions rule 1); the address nothing
DOC	《香港疫慌》
""",
    "news-tw-ettoday-sugar-city-drink-shop-rivalry-2025": r"""
# the city's quoted nickname TERM, unquoted later nothing; drink-shop brands ORG (named retail outlets, batch 16)
TERM	「全糖城市」
DATE	2025-04-08
LOC	東區
ORG	富富
ORG	得正
TERM	「負負得正」
# the photo credit's unquoted fan page → LOC 台南 inside (as batch 52's 台南式Tainan Style) — doubtful
ORG	Facebook
LOC	台南
PER	張雅雲
LOC	高雄
LOC	台南
ORG	臉書
# the fan page's quoted post is speech: nothing
LOC	東區
ORG	富富
ORG	得正
TERM	「負負得正」
ORG	信義房屋
LOC	東區
QUANT	4~7萬元
# the related-story line: the show in title marks DOC, EP251 nothing, N大 QUANT (batch 19)
DOC	《地產詹哥老實說》
QUANT	5大
TERM	「買貴賣便宜」
ORG	臉書
# the fan page in title marks DOC by the title-marks rule — doubtful (TERM or the page's entities the other readings)
DOC	《台南式 Tainan Style》
# a brand and its English name two spans (batch 19)
ORG	得正
ORG	Oolong TEA Project
ORG	富富
ORG	FORTUNE MILKTEA
TERM	「負負得正」
# a netizen's quoted joke (speech); the pun shop names in it invented: nothing — doubtful
ORG	富富
ORG	先喝道
ORG	50嵐
LOC	東門路
PER	張雅雲
# the broker's branch with its company one ORG (batch 52: 信義房屋西區美村店)
ORG	信義房屋台南文化店
PER	林琮庭
LOC	東區
LOC	東門路
LOC	林森路
# 成大 (the university, in 成大生活圈) ORG — doubtful; schools ORG
ORG	成大
ORG	忠孝國中
ORG	崇明國中
PER	林琮庭
LOC	東門路
QUANT	40~50年
QUANT	4~7萬元
QUANT	1個月
QUANT	10年
QUANT	10年
QUANT	50萬元
PER	林琮庭
QUANT	30年
QUANT	20~30萬元
DOC	《地產詹哥老實說》
QUANT	5大
TERM	「買貴賣便宜」
ORG	信義房屋
""",
    "press-mo-labour-bureau-fu-job-matching-sessions-2026": r"""
# 三場 nothing; 逾 out; quoted short names and company names ORG without the marks
ORG	勞工局
ORG	工聯
DATE	4月下旬
QUANT	190個
ORG	勞工事務局
ORG	勞工局
ORG	澳門工會聯合總會
ORG	工聯
DATE	4月下旬
QUANT	195個
# 明（17）日 DATE whole as 今（N）日 in earlier gold; clock times nothing
DATE	明（17）日
DATE	4月22日
LOC	澳門
QUANT	195個
DATE	4月23日
# a road with its house number, building and floor one LOC (an address without 地址：) — doubtful (LOC road + number
# and LOC 工聯大廈, the floor out, the other reading)
LOC	澳門沙梨頭海邊街2-6號工聯大廈二樓
ORG	來來超級市場有限公司
ORG	新花城超級市場
QUANT	90個
DATE	4月23日
LOC	澳門沙梨頭海邊街2-6號工聯大廈二樓
ORG	澳門清潔專營有限公司
QUANT	60個
DATE	4月24日
# a venue with its room one LOC (batch 19, 31), the floor inside — doubtful
LOC	澳門銀河國際會議展覽中心二樓會議室
ORG	新銀河娛樂2006有限公司
QUANT	45個
DATE	明（17）日
DATE	4月22日
# the app, its page and the quoted service name TERM; the URL nothing
TERM	“一戶通”
TERM	“求職服務”
TERM	“行業專場配對會”
ORG	勞工局
ORG	工聯
ORG	勞工局就業廳
PER	羅
PER	林
ORG	工聯職介部
PER	梁
PER	周
PER	鄭
""",
    "press-tw-president-national-baseball-training-base-opening-2026": r"""
# the quoted base a place without the marks (batch 18); quoted ceremonies after 出席 TERM (batch 16)
LOC	國家棒球訓練基地
LOC	臺灣
TERM	「國家棒球訓練基地揭牌儀式」
PER	賴清德
# 今（7）日 DATE whole (earlier gold)
DATE	今（7）日
LOC	臺南
TERM	「國家棒球訓練基地揭牌啟用典禮」
LOC	國家棒球訓練基地
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	臺南
LOC	亞洲
LOC	臺南
LOC	國家棒球訓練基地
LOC	臺灣
LOC	臺灣
LOC	臺南
# a team ORG; a place chain one LOC; the 世界少棒賽 an event
ORG	臺南巨人少棒隊
LOC	美國賓州威廉波特
LOC	臺灣
LOC	臺灣
# 臺南市長 → LOC 臺南市 (batches 6, 11); 國家代表隊 nothing; 美國職棒 ORG (batch 20)
LOC	臺南市
LOC	臺灣
PER	吳祥木
PER	葉志仙
PER	林華韋
ORG	美國職棒
LOC	亞太棒球訓練中心
LOC	臺灣
ORG	世界棒壘球總會
ORG	WBSC
LOC	臺
# the museum near the ground a venue LOC (batch 19)
LOC	國立臺灣歷史博物館
LOC	亞太棒球訓練中心
TERM	「東方的威廉波特」
LOC	臺南
LOC	亞太棒球訓練中心
TERM	「先發投手」
LOC	臺南市
PER	李孟諺
TERM	「中繼投手」
LOC	臺南市
PER	黃偉哲
TERM	「終結者」
ORG	運動部
PER	李洋
ORG	國家運動訓練中心
PER	林鴻道
LOC	國家棒球訓練基地
ORG	中華民國棒球協會
PER	辜仲諒
LOC	臺灣
LOC	臺南市
LOC	臺
LOC	國家棒球訓練基地
LOC	臺灣
LOC	臺灣
LOC	國家棒球訓練基地
# 總統府 before its post ORG (batch 27); 立法委員 a post, nothing
ORG	總統府
PER	康銀壽
ORG	運動部
PER	李洋
LOC	臺南市
PER	黃偉哲
PER	林俊憲
PER	陳亭妃
ORG	中華民國棒球協會
PER	辜仲諒
ORG	國家運動訓練中心
PER	趙士強
""",
    "press-tw-tainan-historic-sites-manager-platform-ordinance-report-2026": r"""
# the ordinance quoted in 「」 TERM each time (batch 19); 市府 and bare 議會 nothing
TERM	「歷史文化場域經理平台自治條例」
ORG	新聞及國際關係處
DATE	115年4月21日
PER	高淑芸
PER	陳涵文
ORG	台南市政府
DATE	今（21）日
# the council before its chamber: ORG + LOC (a facility with a name of its own, batch 18)
ORG	台南市議會
LOC	永華議事廳
TERM	「歷史文化場域經理平台自治條例」
PER	葉澤山
LOC	台南
PER	葉澤山
LOC	台南
TERM	「歷史街區振興自治條例」
QUANT	14年
QUANT	250棟
QUANT	17條
LOC	蝸牛巷
LOC	正興街
# 四年 nothing; the quoted platform TERM
TERM	「歷史文化場域經理平台」
PER	葉澤山
# ESG, SDGs nothing
ORG	金管會
DATE	2025年
LOC	台南
LOC	台南
PER	葉澤山
ORG	文化局
QUANT	7至11人
QUANT	1至3席
PER	葉澤山
TERM	「歷史文化場域經理平台自治條例」
LOC	台南
""",
}
