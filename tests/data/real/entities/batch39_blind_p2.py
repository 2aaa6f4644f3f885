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
