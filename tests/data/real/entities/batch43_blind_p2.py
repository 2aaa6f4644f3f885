"""Pass 2's BLIND reading lists for batch 43 (branch issue-e43p2-s22): written from the bare text of the
documents (split.tsv batch 43; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e43p1-s22) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch43_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-mnd-military-court-wrongful-detention-compensation-letter-2009"] = r"""
ORG	國防部
PER	呂俊龍
ORG	國防部北部地方軍事法院
ORG	國防部
DATE	中華民國98年4月6日
DOC	國法審判字第0980000837號
ORG	國防部北部地方軍事法院
PER	呂俊龍
ORG	行政院
ORG	國防部
ORG	國防部北部地方軍事法院
PER	呂俊龍
ORG	國防部北部地方軍事法院
DATE	98年3月2日
PER	呂俊龍
"""
LISTS["press-mo-gcs-chief-executive-national-day-reception-2026"] = r"""
PER	岑浩輝
LOC	澳門
DATE	今（1）日
LOC	中華人民共和國
QUANT	77周年
PER	岑浩輝
LOC	澳門
LOC	中國與葡語國家商貿合作服務平台綜合體
ORG	全國政協
PER	何厚鏵
ORG	中央人民政府駐澳門特區聯絡辦公室
PER	鄭新聰
PER	崔世安
PER	賀一誠
ORG	外交部駐澳門特派員公署
PER	程雷
ORG	解放軍駐澳部隊
PER	陳文勝
ORG	立法會
PER	張永春
ORG	終審法院
PER	宋敏莉
ORG	行政會
ORG	立法會
LOC	澳
ORG	全國人大
ORG	政協
TERM	“向國旗敬禮”
LOC	澳門
LOC	京
QUANT	1,200名
PER	岑浩輝
LOC	新中國
ORG	中國共產黨
LOC	神州
ORG	中國共產黨
QUANT	105周年
LOC	新中國
QUANT	77周年
LOC	澳門特區
PER	習近平
TERM	“十五五”
LOC	澳門
LOC	澳門
PER	習近平
LOC	澳門
TERM	“一國兩制”
PER	岑浩輝
LOC	橫琴合作區
LOC	澳門
LOC	澳門
TERM	“以市民為中心”
TERM	“防範化解內外風險挑戰”
LOC	澳門
TERM	“一國兩制”
LOC	金蓮花廣場
LOC	澳
ORG	行政會
ORG	立法會
TERM	“向國旗敬禮”
LOC	澳門
LOC	京
QUANT	600人
ORG	治安警察局護旗隊
ORG	保安範疇儀仗隊
"""
LISTS["press-tw-president-taiwan-lantern-festival-chiayi-opening-2026"] = r"""
LOC	台灣
LOC	嘉義
TERM	「2026台灣燈會在嘉義」
PER	賴清德
DATE	今（3）日
TERM	「2026台灣燈會在嘉義」
LOC	臺灣
LOC	大阪
LOC	TECH WORLD館
LOC	嘉義
LOC	嘉義縣
LOC	臺灣
LOC	嘉義
LOC	阿里山
LOC	鰲鼓濕地
PER	翁章梁
PER	蔡易餘
PER	陳冠廷
TERM	「農業大縣」
TERM	「農工大縣」
TERM	「農工科技大縣」
LOC	嘉義縣
ORG	台積電
LOC	嘉義縣
LOC	嘉義縣
LOC	台灣
LOC	台灣
LOC	臺
LOC	臺灣
LOC	大阪
LOC	TECH WORLD館
LOC	嘉義
PER	翁
LOC	嘉義
LOC	臺灣
ORG	交通部
PER	陳世凱
ORG	交通部
ORG	內政部
ORG	嘉義縣政府
LOC	台灣
QUANT	30多年
LOC	臺灣
ORG	Discovery頻道
TERM	「全球最佳節慶活動」
LOC	台灣
TERM	「沒有雲霄飛車的迪士尼樂園」
LOC	台灣
LOC	嘉義
LOC	臺灣
ORG	交通部
PER	陳世凱
ORG	內政部
PER	劉世芳
ORG	運動部
PER	李洋
LOC	嘉義縣
PER	翁章梁
ORG	交通部觀光署
PER	陳玉秀
PER	蔡易餘
PER	陳冠廷
PER	王美惠
PER	王育敏
LOC	臺
"""
LISTS["wr-hk-chief-executive-legco-address-2012-10-17-part"] = r"""
DOC	《議事規則》
QUANT	3個月
DATE	2013\n年
DATE	1月
TERM	“香港營 ”
TERM	“香港營 ”
DATE	2012年 10月 17日
LOC	歐
LOC	美
LOC	歐洲
LOC	歐
LOC	美
LOC	北京
LOC	上海
LOC	廣州
ORG	香港商會
QUANT	3個
QUANT	4個
ORG	香港貿易發展局
ORG	香港旅遊發展局
ORG	投資推廣署
DATE	2012年 10月 17日
PER	梁國雄
PER	梁國雄
PER	梁國雄
PER	梁
PER	梁國雄
PER	梁
PER	梁國雄
PER	梁國雄
DATE	2012年 10月 17日
LOC	香港特別行政區
LOC	香港特別\n行政區
DOC	《基本法》
LOC	香港特別行政區
ORG	中央人民政\n府
TERM	“高度自治 ”
TERM	“一國兩制 ”
TERM	“高度自治 ”
QUANT	15年
*DOC	《基本法》
*ORG	立法\n?會
*LOC	(?<!發展)中國
*LOC	香港
"""
