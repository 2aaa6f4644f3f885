"""Pass 2's BLIND reading lists for batch 54 (branch issue-e54p2-s25): written from the bare text of the
documents (split.tsv batch 54; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e54p1-s25) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch54_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-idb-green-factory-label-fee-standard-order-2012"] = r"""
ORG	經濟部工業局
TERM	「綠色工廠標章收費標準」
ORG	經濟部工業局
DATE	中華民國101年4月10日
DOC	工永字第10100220981號
TERM	「綠色工廠標章收費標準」
TERM	「綠色工廠標章收費標準」
PER	杜紫軍
"""
LISTS["news-tw-udn-yunlin-sixth-naphtha-air-pollution-fee-2017"] = r"""
LOC	雲林
ORG	台塑
LOC	六輕
ORG	聯合報
DATE	2017-11-30
LOC	濁水溪
PER	蔡維斌
ORG	facebook
LOC	雲林縣
LOC	濁水溪
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
PER	張
LOC	雲林
LOC	高雄
PER	張喬維
LOC	濁水溪
PER	蔡維斌
ORG	facebook
LOC	濁水溪
PER	蔡維斌
ORG	facebook
"""
LISTS["press-mo-science-fund-industry-academia-matching-2026"] = r"""
ORG	科技基金
DATE	首4月
QUANT	31組
ORG	科學技術發展基金
ORG	科技基金
DATE	2026年首4個月
QUANT	31組
QUANT	13組
ORG	科技基金
TERM	“配對服務+資助”
TERM	“線上+線下”
TERM	“產學研線上配對平台”
TERM	“企業創新研發資助計劃 - 配對類”
DATE	首4個月
QUANT	31組
TERM	“1+4”
LOC	中
LOC	葡
ORG	科技基金
QUANT	5組
LOC	大灣區
LOC	澳門
LOC	大灣區
ORG	科技基金
TERM	“配對服務+資助”
LOC	澳門
"""
LISTS["wr-tw-tainan-2023-general-budget-proposal-summary-2022"] = r"""
LOC	臺南市
DATE	112年度
ORG	主計處
DATE	111年7月14日
LOC	臺南市
DATE	112年度
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
QUANT	171億6,129萬9千元
QUANT	524億2,915萬4千元
QUANT	53.48%
QUANT	26億9,891萬5千元
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
LOC	府城
DATE	112年度
QUANT	7.89億元
QUANT	400年
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
QUANT	14億1,250萬6千元
QUANT	10億5,520萬8千元
QUANT	36億5,365萬元
QUANT	1億2,222萬元
QUANT	2歲
QUANT	8億9,142萬4千元
LOC	亞太國際棒球訓練中心
QUANT	4億6,948萬1千元
DATE	112年
QUANT	2億3,366萬元
LOC	赤崁文化園區
QUANT	3億6,000萬元
QUANT	1億7,437萬元
"""
