"""Pass 2's BLIND reading lists for batch 39 (branch issue-e39p2-s22): written from the bare text of the
documents (split.tsv batch 39; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e39p1-s22) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch39_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-ey-temple-public-land-donation-regulations-2008"] = r"""
ORG	行政院
TERM	「寺廟或宗教團體申請贈與公有土地辦法」
ORG	行政院
DATE	中華民國97年2月5日
DOC	院臺建字第0970081787號
TERM	「寺廟或宗教團體申請贈與公有土地辦法」
TERM	「寺廟或宗教團體申請贈與公有土地辦法」
PER	張俊雄
ORG	日本政府
"""
LISTS["news-hk-hkcnews-universal-testing-convention-centre-2020"] = r"""
LOC	會展
QUANT	20人
TERM	「普及社區檢測計劃」
QUANT	7天
QUANT	7天
ORG	眾新聞
LOC	香港會議展覽中心
QUANT	20人
ORG	公務員事務局
PER	聶德權
QUANT	8.2萬人
ORG	眾新聞
LOC	會展
QUANT	5分鐘
LOC	會展
ORG	眾新聞
LOC	會展正門
LOC	會展
DATE	8月29日
LOC	會展
TERM	「不可攝影」
ORG	眾新聞
LOC	會展
LOC	會展
QUANT	1,819平方米
QUANT	4.3個
QUANT	20多個
QUANT	1.5米
ORG	眾新聞
QUANT	20個
ORG	眾新聞
ORG	EYEPRESS
TERM	「同心抗疫」
ORG	眾新聞
QUANT	20人
QUANT	40歲
PER	陳
LOC	會展
QUANT	3分鐘
TERM	「吊鐘」
LOC	香港
ORG	眾新聞
TERM	「每周時事」
"""
LISTS["news-tw-appledaily-cleaner-family-mental-illness-2008"] = r"""
DATE	2008年01月07日
QUANT	48歲
DATE	2007年
DATE	12月底
QUANT	3個月
PER	孫敏聿
QUANT	12年
QUANT	3年
DATE	7月
QUANT	20萬元
QUANT	3年
DATE	9月
QUANT	4口
ORG	社會局
QUANT	5千元
ORG	社會局社福中心
PER	陳
PER	洪
PER	陳
ORG	蘋果基金會
ORG	中華民國康復之友聯盟
PER	滕西華
QUANT	10%
*PER	阿月
"""
LISTS["press-mo-dsedj-tertiary-scholarship-applicant-lists-2026"] = r"""
ORG	教育基金
DATE	2026/2027學年
TERM	“大專助學金資助計劃”
TERM	“資助於頂尖學府就讀獎學金計劃”
ORG	教育基金
DATE	2026/2027學年
TERM	“大專助學金資助計劃”
LOC	葡
TERM	“資助於頂尖學府就讀獎學金計劃”
TERM	“大專獎助學金”
ORG	教育及青年發展局
LOC	澳門約翰四世大馬路7-9號一樓
DATE	2026年10月9日
TERM	“澳門公共服務一戶通”
TERM	“一戶通”
TERM	“大專獎助學金”
LOC	澳門
DATE	2026年10月9日
ORG	教育及青年發展局
TERM	“大專助學金資助計劃”
LOC	葡
TERM	“資助於頂尖學府就讀獎學金計劃”
DATE	2026年12月15日
QUANT	60至90日
TERM	“大專獎助學金”
"""
LISTS["gw-tw-cec-municipal-election-commission-organization-amendment-2007"] = r"""
ORG	中央選舉委員會
TERM	「直轄市選舉委員會組織規程」
ORG	中央選舉委員會
DATE	中華民國96年12月28日
DOC	中選人字第0960011896號
TERM	「直轄市選舉委員會組織規程」
TERM	「直轄市選舉委員會組織規程」
PER	張政雄
ORG	中央選舉委員會
ORG	行政院
ORG	中央選舉委員會
ORG	行政院
ORG	中央選舉委員會
ORG	行政院
ORG	臺北市選舉委員會
ORG	高雄市選舉委員會
"""
LISTS["gw-tw-moi-doh-visually-impaired-massage-regulations-repeal-2008"] = r"""
ORG	內政部
ORG	行政院衛生署
TERM	「視覺障礙者從事按摩業資格認定及管理辦法」
TERM	「視覺障礙者從事理療按摩資格認定及管理辦法」
ORG	內　  政  　部
ORG	行政院衛生署
DATE	中華民國97年3月5日
DOC	台內社字第0970026185號
DOC	衛署醫字第0970201334號
TERM	「視覺障礙者從事按摩業資格認定及管理辦法」
TERM	「視覺障礙者從事理療按摩資格認定及管理辦法」
PER	李逸洋
PER	侯勝茂
"""
LISTS["news-hk-appledaily-bno-investor-uk-property-2021"] = r"""
QUANT	34,300宗
QUANT	10%
TERM	「食正」
DATE	2017年
PER	蘇
LOC	香港
QUANT	3%至6%
DATE	2015年
PER	蘇
QUANT	10倍
QUANT	5至6倍
LOC	香港
DATE	2017年
LOC	曼城
QUANT	16萬英鎊
QUANT	172萬港元
QUANT	20萬港元
TERM	「夾份」
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
DATE	2020年
QUANT	8,000至1萬美元
LOC	香港
*LOC	英國
"""
LISTS["news-hk-appledaily-sheung-shui-nail-hoses-sentencing-2021"] = r"""
DATE	12月9日
TERM	「大三罷」
LOC	上水天平邨商場停車場天台
PER	黃國輝
QUANT	18歲
PER	謝銘基
QUANT	32歲
PER	何國基
QUANT	40歲
PER	陳家維
QUANT	18歲
PER	林曉偌
QUANT	19歲
PER	謝銘基
PER	謝
PER	黃
QUANT	30多件
PER	謝
DATE	4月
PER	謝
PER	何國基
"""
LISTS["news-tw-appledaily-father-stall-disabled-son-2008"] = r"""
DATE	2008年01月09日
QUANT	29歲
PER	韓旭爾
QUANT	55歲
QUANT	11年
QUANT	120萬元
PER	楊純惠
QUANT	32小時
ORG	蘋果基金會
*PER	林榮誠
*PER	佳民
"""
LISTS["news-tw-appledaily-widow-debt-after-husband-death-2008"] = r"""
DATE	2008年01月03日
PER	韓旭爾
QUANT	46歲
QUANT	20多年
QUANT	24歲
QUANT	20多萬
QUANT	100元
QUANT	200元
QUANT	8000元
QUANT	3000元
DATE	十月
LOC	高雄
ORG	蘋果慈善基金會
*PER	阿蕎
*PER	阿柱
*PER	小婷
*PER	小容
"""
LISTS["press-mo-ssm-basic-life-support-course-registration-2026"] = r"""
DATE	今（16）日
TERM	“提升醫療服務水平”
TERM	“支持醫療人員發展”
ORG	衛生局急救培訓中心
DATE	10月10及11日
TERM	“第四期基本生命支持（BLS）”
QUANT	4個
DATE	2025年
DATE	2026年
DATE	2026年10月10日
DATE	2026年10月10日
DATE	2026年10月11日
DATE	2026年10月11日
QUANT	27個
QUANT	3個
DATE	9月16日至10月2日
"""
LISTS["press-mo-ssm-influenza-like-illness-clusters-two-schools-2026"] = r"""
ORG	衛生局
QUANT	2宗
ORG	衛生局
DATE	今（16）日
QUANT	2宗
QUANT	6名
QUANT	2男
QUANT	4女
LOC	馬揸度博士大馬路
ORG	婦聯學校
QUANT	6名
QUANT	3男
QUANT	3女
LOC	黑沙環中街
ORG	澳門浸信中學
DATE	9月13日
QUANT	2宗
QUANT	3人
ORG	衛生局
"""
