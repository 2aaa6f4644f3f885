"""Pass 2's BLIND reading lists for batch 61 (branch issue-e61p2-s27): written from the bare text of the
documents (split.tsv batch 61; the three held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e61p1-s27) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch61_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-hk-mingpao-coin-young-master-arrested-2018"] = r"""
LOC	深水埗
PER	幣少爺
PER	黃鉦傑
QUANT	24歲
LOC	深水埗警署
PER	黃
QUANT	15分鐘
PER	黃
PER	黃
LOC	西貢田石路
PER	幣少爺
LOC	深水埗
TERM	「明哥北河行動」
PER	明哥
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
LOC	福榮街153號
QUANT	100元
QUANT	30分鐘
QUANT	60張
QUANT	100元
LOC	福榮街
LOC	南昌街
PER	黃
ORG	深水埗警區刑事調查隊
TERM	「幣少爺」
PER	黃鉦傑
LOC	深水埗福華街
ORG	林寶堅尼
TERM	「劫富濟貧」
ORG	明報
"""
LISTS["news-tw-cts-nhi-long-term-overseas-residents-petition-2017"] = r"""
TERM	「長年旅居國外禁納健保」
ORG	衛福部
ORG	華視
DATE	2017/11/26
PER	Alex Lai
TERM	「公民政策參與平台」
TERM	「全民健保，長年旅居國外、退保期間過長者，不得成為納保對象」
DOC	《全民健康保險法》
LOC	中華民國
LOC	台灣
QUANT	6個月
LOC	台灣
LOC	台灣
LOC	台灣
TERM	「擁有中華民國國籍」
PER	Alex Lai
DOC	《全民健康保險法》
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
DATE	107年1月16日
ORG	衛福部
PER	Alex Lai
ORG	國家發展委員會
DOC	《公共政策網路參與實施要點》
DATE	107年1月16日
DATE	106年11月22日
DATE	107年1月15日
DATE	107年1月16日
"""
LISTS["press-tw-tainan-sports-consumer-disputes-top-ten-2026"] = r"""
ORG	體育局
QUANT	10大
ORG	體育局
DATE	115年8月21日
ORG	臺南市政府體育局
TERM	「10大常見運動消費爭議」
DATE	115年度
ORG	體育局
QUANT	10大
PER	黃偉哲
ORG	體育局
TERM	「10大常見運動消費爭議」
ORG	體育局
PER	王效文
ORG	體育局
TERM	「10大常見運動消費爭議」
"""
