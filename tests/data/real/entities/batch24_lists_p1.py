"""Reading lists of the batch-24 entity gold, pass 1 (branch issue-e24p1-s19); see build_batch.py for the
line format and README-batch24.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-moi-guardianship-rules-draft-notice-2010": r"""
# every title or term in 「」 TERM (laws in 「」 are TERM in earlier gold, batch 19)
*TERM	「[^」]+」
ORG	內政部
ORG	內政部
DATE	中華民國99年3月8日
# the document number DOC (as 金管保壽字第…號, batch 19)
DOC	台內社字第0990032784號
# unmarked law names and article numbers nothing (行政程序法第154條第1項)
ORG	內政部
# 10日內 → 10日 (day counts QUANT, second edition: 7日内 → 7日); 本部 alone generic
QUANT	10日
ORG	內政部社會司
# the address runs to the room (as 台北市民生東路3段156號4樓)
LOC	臺北市中正區徐州路5號5樓505室
PER	江宜樺
DATE	九十七年一月二十九日
DATE	九十八年十一月二十三日
DATE	九十八年七月八日
""",
    "news-cn-world-cup-night-consumption-2026": r"""
# quoted formulas and quoted event / campaign names TERM (as in the Yangpu plan); the two quoted speeches not
*TERM	“[^”]{1,20}”
# the newspaper in 《》 → ORG without the marks (news outlet in title marks, as 《第一财经日报》)
*ORG	(?<=《)证券日报(?=》)
# 北京时间 → LOC 北京 (D-49, batch 21)
LOC	北京
DATE	6月12日
DATE	2026年
# 美加墨 → 美 + 加 + 墨 (coordinations split, as 中美 → 中 + 美)
LOC	美
LOC	加
LOC	墨
LOC	北京
QUANT	104场
QUANT	39个
QUANT	48支
# a company's department with its company one ORG (as a branch written with its company)
ORG	中海远洋运输集团电商发展部
PER	姚凯
ORG	麦当劳
ORG	FIFA
ORG	国际足球联合会
ORG	FIFA
ORG	北京元隆雅图文化传播股份有限公司
DATE	2026年
LOC	美
LOC	加
LOC	墨
ORG	聚星动力
# 阿根廷、葡萄牙、法国、西班牙国家足球队: the team ORG whole where written whole, the elided ones as countries — doubtful
LOC	阿根廷
LOC	葡萄牙
LOC	法国
ORG	西班牙国家足球队
PER	梅西
ORG	中国消费品牌数据智库
PER	贾艺强
PER	贾艺强
# a street chain one LOC; the bar as a business ORG (its 实控人) — doubtful (LOC, as 美高梅娛樂場, the other reading)
LOC	北京留学路小吃街
ORG	麦芽酒馆
ORG	麦芽酒馆
PER	李志辉
PER	李志辉
LOC	北美
LOC	北京
LOC	上海
TERM	“精彩夜上海”
# the unquoted event name gives its place
LOC	上海
QUANT	200项
LOC	浦东新区
# the mall as the one that acts (以…为主题，推出; 相关负责人) ORG — doubtful (LOC the other reading)
ORG	上海环球港
ORG	上海环球港
DATE	6月份
DATE	6月6日
TERM	“雄安奥特莱斯·喝彩世界杯文化艺术节”
# the outlet mall as the venue (在…拉开帷幕) LOC
LOC	雄安奥特莱斯
DATE	8月31日
ORG	中国服务贸易协会可持续商业与创新工作委员会
PER	洪涛
LOC	北美
PER	洪涛
""",
    "press-mo-healthy-city-committee-2026": r"""
# every “…” quote here is a slogan, formula or programme / event name: TERM (the quoted “幸福澳門” whole)
*TERM	“[^”]+”
*DOC	《[^》]+》
ORG	健康城市委員會
# 2026年度 DATE (a year with a suffix, as 2021年度)
DATE	2026年度
ORG	健康城市委員會
DATE	2026年度
# the body before a post (衛生局局長羅奕龍 → ORG + PER)
ORG	衛生局
PER	羅奕龍
QUANT	7個
# 社會文化司司長 → the secretariat ORG (the body before a post)
ORG	社會文化司
DATE	2025年
DATE	2026年
# 本澳, 全澳, bare 特區政府, 國家 nothing (earlier gold)
PER	羅奕龍
ORG	衛生局疾病及預防控制中心
PER	梁亦好
DATE	2025年
QUANT	7個
DATE	2025年
DATE	2026年
LOC	澳門
# 十五運 (the National Games by its short name) nothing — doubtful
QUANT	325個
ORG	健康城市委員會
ORG	澳門特區政府
DATE	9月份
LOC	澳洲悉尼
LOC	中國澳門
ORG	衛生局
ORG	社會文化司司長辦公室
PER	戴華浩
ORG	社會工作局
PER	韓衛
# a committee of the bureau written with it one ORG
ORG	市政署市政管理委員會
PER	周偉迎
PER	張桂達
PER	歐偉新
ORG	勞工事務局
PER	陳元童
PER	鄧穎琪
ORG	經濟及科技發展局
PER	邱潤華
ORG	環境保護局
PER	葉擴林
ORG	體育局
PER	李詩靈
ORG	司法警察局
PER	賴文威
ORG	海事及水務局
PER	唐玉萍
ORG	治安警察局
PER	鄭俊禧
ORG	土地工務局
PER	劉國權
ORG	教育及青年發展局
PER	陳旭偉
ORG	新聞局
PER	陳裕康
ORG	文化局
PER	李羅卿
ORG	旅遊局
PER	蔡志鋒
ORG	衛生局
PER	王燕
PER	李佩儀
""",
    "wr-gansu-2026": r"""
# the header as in the other 2026 work reports (batches 19–23): the page's buttons nothing, DATE 2026年 + LOC 甘肃省 in
# the title, the congress ORG without 第四次会议, 甘肃日报 ORG, the time line DATE; 省人民政府 and 省委 nothing, 省政协 ORG
*TERM	“[^”]+”
*QUANT	\d+(?:\.\d+)?%
*PER	习近平
*ORG	党中央
# every remaining 甘肃 LOC (新甘肃 in 幸福美好新甘肃 → 甘肃 — doubtful); not inside the quoted slogans
*LOC	(?<!爱心)甘肃(?!日报|省|速度)
DATE	2026年
LOC	甘肃省
DATE	二〇二六年一月二十七日
ORG	甘肃省十四届人民代表大会
ORG	甘肃日报
DATE	2026-02-10
# 甘肃省省长 → the province (no 省人民政府 before the post, as Jilin)
LOC	甘肃省
PER	任振鹤
PER	任振鹤
# the photo credit: the outlet's brand and the paper, two ORG — doubtful (新甘肃 is the paper's app)
ORG	新甘肃
ORG	甘肃日报
PER	盛学卿
DOC	《甘肃省国民经济和社会发展第十五个五年规划纲要（草案）》
ORG	省政协
LOC	陇原
# the ideology → 习近平 (中国特色 nothing, as Liaoning); 中国式现代化 nothing
QUANT	13697.5亿元
QUANT	9323.1亿元
QUANT	4374.4亿元
DATE	2022年
QUANT	16个季度
# ranks (前10位) nothing
QUANT	30个月
QUANT	1832户
QUANT	3382户
QUANT	874.6亿元
QUANT	1112.4亿元
LOC	庆阳
LOC	酒泉
LOC	兰州新区
QUANT	500亿元
QUANT	26个
QUANT	46个
QUANT	54个月
# named deposits → their places; 超40吨 → 40吨; 7亿吨级 → 7亿吨 (级 out, as 25兆瓦级)
LOC	泾川
LOC	玉门
QUANT	40吨
LOC	平凉
QUANT	7亿吨
QUANT	35处
QUANT	8041.6万千瓦
QUANT	2.4倍
QUANT	3条
QUANT	8个
# 陇电入鲁 / 入浙 / 入川: one-character place words (陇 Gansu, 鲁, 浙, 川) — doubtful
LOC	陇
LOC	鲁
LOC	陇
LOC	浙
LOC	陇
LOC	川
LOC	陇原
QUANT	26个
# 庆阳数据中心集群 → the place (a cluster named by its city) — doubtful (a named zone LOC whole the other reading)
LOC	庆阳
QUANT	11.4万P
LOC	黄土高原
LOC	陇原
QUANT	410亿元
# company projects → the company (巨化硅氟新材料项目 → 巨化, as 吉化乙烯项目 → 吉化)
ORG	巨化
QUANT	485家
QUANT	700亿元
QUANT	17.52亿人次
QUANT	1.27万亿元
# 中国—吉尔吉斯斯坦 …联合实验室 (unnamed labs): the countries
LOC	中国
LOC	吉尔吉斯斯坦
LOC	中国
LOC	哈萨克斯坦
QUANT	2家
LOC	玉门关
QUANT	11个季度
# the income ratios 3.27, 2.93 nothing (bare ratios, no unit) — doubtful
QUANT	10件
QUANT	69万件
# 46万群众 → 46万 (a bare 万 number)
QUANT	13.07万户
QUANT	46万
# 共产党 (the party by its short name) ORG — doubtful
ORG	共产党
LOC	陇原
ORG	国务院
LOC	积石山
QUANT	6.2级
LOC	榆中
LOC	陇西
QUANT	5.6级
ORG	中国共产党
LOC	陇原
""",
    "gw-tw-moi-mainland-fingerprint-rules-2010": r"""
# the MOI order as the guardianship notice: 「」 titles TERM, the date line DATE, the number DOC, the minister PER;
# the unmarked law names (the article heading line, 電腦處理個人資料保護法) nothing, 大陸地區 inside them too
*TERM	「[^」]+」
ORG	內政部
ORG	內政部
DATE	中華民國99年5月25日
DOC	台內移字第0990930805號
PER	江宜樺
ORG	內政部入出國及移民署
# the defined short name in （以下簡稱…） unquoted: the agency's name ORG
ORG	入出國及移民署
ORG	入出國及移民署
# a bureau of an agency of the ministry, one ORG (bodies with their divisions one ORG)
ORG	內政部警政署刑事警察局
ORG	入出國及移民署
""",
    "news-cn-lanzhou-lithium-isotope-detection-2026": r"""
# the dateline: the paper ORG, the place LOC, the date DATE; reporter and correspondent PER
ORG	科技日报
LOC	兰州
DATE	6月11日
PER	颉满斌
PER	余若怡
DATE	11日
ORG	兰州大学
# 该校 + its centre and school: each ORG (the university named just before)
ORG	稀有同位素前沿科学中心
ORG	核科学与技术学院
PER	刘作业
# the journal in 《》 DOC (a journal title, as 《求是》); LIBS (a technique) nothing
DOC	《美国化学会志》
QUANT	15皮米
TERM	“时空介质协同调制LIBS（TSMM-LIBS）”
TERM	“自反转指标”
""",
    "press-tw-vice-president-qishan-green-care-2026": r"""
# the station named by its place, visited: one LOC (a venue) — doubtful (the short 綠照站 of the headline too)
LOC	旗山糖廠社區綠照站
LOC	高雄旗山糖廠社區綠色照顧站
PER	蕭美琴
DATE	今（2）日
LOC	高雄旗山區
TERM	「糖廠社區綠色照顧站」
LOC	糖廠社區
# the community before 總幹事 as a place chain LOC — doubtful (its association ORG the other reading)
LOC	高雄市旗山區糖廠社區
PER	郭俊宏
PER	郭俊維
PER	曾渝媗
LOC	旗山
QUANT	1,200億元
ORG	農業部
LOC	臺灣
LOC	臺灣
# contests, plans and awards without marks nothing (金牌農村競賽, 大專生洄游農村計畫, 國家環境教育獎)
LOC	高雄旗山糖廠社區
ORG	農業部
PER	黃昭欽
PER	邱議瑩
""",
    "press-mo-tourism-e-payment-offers-2026": r"""
*ORG	旅遊局
*LOC	(?<!“)澳門(?!夏日市集|金融管理局)
*LOC	韓國|泰國|香港
# the payment platforms and card schemes ORG wherever named (partners that act, and the listed wallets and schemes
# alike) — doubtful for the product names (銀聯雲閃付, Apple Pay, Samsung Pay, Huawei Pay: products the other reading)
*ORG	Naver Pay|Npay|TrueMoney|AlipayHK
*TERM	“[^”]+”
DATE	第二季
DATE	5月至12月
PER	朴珍榮
DATE	1月至4月
DATE	5月至12月
# 珠澳 → 珠 + 澳 (as 澳琴 → 澳 + 琴)
LOC	珠
LOC	澳
DATE	6月
DATE	11月
PER	Chayapak Tunprayoon
# 來澳, 遊澳, 在澳 → 澳 (as 在澳)
LOC	澳
DATE	5月底
DATE	7月至10月
# 韓、泰 (the heading) → 韓 + 泰
LOC	韓
LOC	泰
LOC	澳門
LOC	澳
ORG	澳門金融管理局
DATE	2026年6月
# 內地 alone nothing
ORG	微信支付
ORG	支付寶
ORG	微信支付
ORG	支付寶
LOC	菲律賓
LOC	馬來西亞
LOC	新加坡
LOC	蒙古
LOC	意大利
LOC	哈薩克斯坦
LOC	烏茲別克斯坦
LOC	巴基斯坦
LOC	越南
ORG	銀聯
ORG	Visa
ORG	Mastercard
ORG	銀聯雲閃付
ORG	Apple Pay
ORG	Samsung Pay
ORG	Huawei Pay
LOC	澳
""",
    "news-hk-rthk-immigration-detention-2020": r"""
# the programme and the episode in 《》 DOC (titles in 《》); the media outlets in 《》 ORG without the marks
*DOC	《鏗鏘集》|《囚》|《鏗鏘集：囚》
*ORG	港台|眾新聞
# 入境處 ORG every time; 入境處四會 / 四會 (the four unions' defined short name) ORG — doubtful (a coalition, no one body)
*ORG	入境處(?!四會)
*ORG	入境處四會
*ORG	(?<![處級])四會
# the detention centre (位於屯門的…, 用作羈留…) a place LOC, its abbreviation CIC too — doubtful (ORG the other reading)
*LOC	CIC(?!關注組)
LOC	青山灣入境事務中心
DATE	15日
ORG	入境事務處
# quoted short phrases TERM (「醫學觀察」, 「有違人權」, the newsletter 「每周時事」); quoted speech not
TERM	「醫學觀察」
LOC	屯門
LOC	青山灣入境事務中心
DATE	6月尾
QUANT	20多名
ORG	立法會
PER	朱凱廸
PER	邵家臻
PER	張超雄
# a quoted organisation name loses its marks
ORG	CIC關注組
ORG	香港01
ORG	蘋果日報
ORG	明報
ORG	立場新聞
ORG	獨立媒體
DATE	8月12日
TERM	「有違人權」
ORG	入境事務主任協會
ORG	香港入境事務助理員工會
ORG	香港入境處員佐級總會
ORG	香港入境事務處人員協會
DATE	8月22日
# 今個月14日（本周一） → 14日 (as 本月8日 → 8日)
DATE	14日
ORG	CIC關注組
PER	Amy
PER	Mark Daly
# Mr. X（化名）: a pseudonym, not PER
PER	何珮芝
DATE	2017年
LOC	北非
QUANT	24小時
PER	何
QUANT	5年
QUANT	3名
PER	何
DOC	《人權法》
TERM	「醫學觀察」
ORG	新都醫療集團
QUANT	2900萬元
ORG	新都
ORG	醫委會
DATE	12月14日
ORG	入境事務處
ORG	眾新聞
TERM	「每周時事」
""",
    "news-hk-consumption-vouchers-budget-2021": r"""
# short quoted phrases and scheme names TERM; the two long quoted Cantonese speeches not
*TERM	「[^」]{1,8}」
*PER	李兆波
*ORG	眾新聞
*LOC	澳門|香港
*LOC	(?<!新)台灣(?!民意基金會)
*LOC	(?<!探索)新加坡(?!元)
# 星期三（24日） → 24日 (as 今日（22日） → 22日)
DATE	24日
ORG	自由黨
ORG	工聯會
ORG	經民聯
ORG	實政圓桌
ORG	中大商學院
# 港人 nothing (a bound form)
# 八達通 (the card system and its company) ORG — doubtful (a product the other reading)
ORG	八達通
ORG	八達通
ORG	八達通
DATE	2018年
QUANT	100億元
QUANT	1萬元
QUANT	700幾億
QUANT	1萬元
QUANT	700億元
QUANT	9-15%
# 一萬蚊, 一萬元 (Chinese numerals) nothing
ORG	財經事務及庫務局
PER	許正宇
QUANT	300元
QUANT	1000新台幣
PER	賀一誠
DATE	2021年
QUANT	8000元
DATE	5至7月
DATE	8至12月
QUANT	3000元
QUANT	22億元
QUANT	8000元
QUANT	36億元
QUANT	300元
QUANT	9成
QUANT	6成
QUANT	18至24億元
DATE	7月中旬
DATE	12月31日
QUANT	1000元新台幣
QUANT	277港元
QUANT	3000元新台幣
QUANT	832港元
QUANT	3000元新台幣
QUANT	2000元新台幣
QUANT	511億新台幣
QUANT	141億港元
QUANT	1000億新台幣
QUANT	277億港元
ORG	台灣民意基金會
QUANT	7成
ORG	TVBS
QUANT	67%
QUANT	7成
QUANT	18歲
QUANT	100新加坡元
QUANT	583港元
DATE	12月至今年6月
QUANT	3.2億新加坡元
QUANT	18億港元
DATE	1月初
QUANT	30萬
QUANT	3590萬新加坡元
QUANT	2.1億港元
ORG	海峽時報
QUANT	6成
""",
    "gw-sh-construction-business-environment-plan-2026": r"""
# the Shanghai preamble (LOC 上海市, the law in 《》 DOC; the unmarked 著作权法 nothing); every 《》 title DOC
*DOC	《[^》]+》
*TERM	“[^”]+”
LOC	上海市
# the two issuing bodies in the unmarked title lines ORG (twice each)
ORG	上海市住房和城乡建设管理委员会
ORG	上海市规划和自然资源局
ORG	上海市住房和城乡建设管理委员会
ORG	上海市规划和自然资源局
DOC	沪建建管联〔2026〕188号
DATE	2026年5月11日
# the unmarked title line → its place and year (as the unmarked title lines of batches 19–23)
LOC	上海市
DATE	2026年
LOC	浦东新区
# 上海市建筑师负责制试点项目 (unmarked) → 上海市
LOC	上海市
""",
    "gw-sh-major-transport-works-factor-guarantee-2024": r"""
# the Shanghai preamble; every 《》 title DOC, the bracketed document numbers DOC; every “…” chapter name or formula TERM
*DOC	《[^》]+》
*DOC	沪[^（）〔]{1,4}〔20\d\d〕\d+号
*TERM	“[^”]+”
# the commission's short name and the centre's defined short name ORG every time
*ORG	市交通委(?!员会)
*ORG	市交通建管中心
LOC	上海市
ORG	上海市交通委员会
ORG	上海市交通委员会
ORG	上海市交通委员会
DATE	2024年9月25日
# the unmarked title line → 上海市
LOC	上海市
DOC	《上海市市级政府投资重大工程建设涉及资源性指标统筹使用实施办法（试行）》
# 列入上海市重大建设项目 → 上海市
LOC	上海市
ORG	上海市交通建设工程管理中心
# the city bureaus named as the 市 bodies ORG; the bare 生态环境局, 绿化市容局, 市（区）绿化市容局 (whichever level) nothing —
# doubtful
ORG	市规划资源局
ORG	市水务局
ORG	市绿化和市容管理局
ORG	市生态环境局
ORG	市房管局
ORG	市文旅局
# 40cm胸径以上 → 40cm; I级 nothing
QUANT	40cm
""",
}
