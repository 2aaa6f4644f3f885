"""Pass 2's BLIND reading lists for batch 46 (branch issue-e46p2-s23): written from the bare text of the
documents (split.tsv batch 46; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e46p1-s23) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch46_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["press-mo-ipim-trade-fairs-business-matching-sessions-2026"] = r"""
LOC	澳門
LOC	中
LOC	葡
LOC	西
ORG	澳門特區招商投資促進局
DATE	10月21日至24日
TERM	“第三十一屆澳門國際貿易投資展覽會”
TERM	“第31屆MIF”
TERM	“2026年葡語國家產品及服務展（澳門）”
TERM	“2026PLPEX”
TERM	“澳門國際品牌連鎖加盟展2026”
TERM	“2026MFE”
QUANT	10個
TERM	“以展招商”
QUANT	10個
TERM	“商聚澳門 聯通全球”
LOC	中
LOC	葡
LOC	西
QUANT	10個
TERM	“西語國家特色產品配對專場”
LOC	澳門
TERM	“中國與葡語國家農業產業鏈合作論壇及配對專場”
LOC	中
LOC	葡
TERM	“大健康產業出海配對專場”
LOC	東南亞
TERM	“首店經濟暨品牌投資配對專場”
LOC	澳門
LOC	東南亞
LOC	澳門
LOC	澳門
LOC	澳
LOC	澳門
LOC	中
LOC	葡
LOC	西
"""
LISTS["press-tw-cdc-covid-vaccine-extra-dose-elderly-immunocompromised-2026"] = r"""
ORG	疾管署
DATE	2026 年 4 月 7 日
QUANT	65 歲
QUANT	55-64 歲
QUANT	6 個月
QUANT	1 劑
QUANT	6 個月
QUANT	166 萬人
QUANT	65 歲
QUANT	100 萬人
ORG	疾管署
QUANT	65 歲
QUANT	55 歲
ORG	ACIP
DATE	2026 年 4 月 7 日
QUANT	1 劑
QUANT	65 歲
QUANT	55-64 歲
QUANT	6 個月
QUANT	6 個月
QUANT	180 天
DATE	2025 年 10 月 1 日
QUANT	65 歲
QUANT	73%
QUANT	81%
QUANT	93%
QUANT	1 年
QUANT	6 個月
DATE	2026 年 4 月 30 日
ORG	莫德納
ORG	Novavax
LOC	台灣
DATE	2026-03-23
ORG	衛生福利部疾病管制署
"""
LISTS["press-tw-cdc-vaccination-fee-increase-medical-circular-2026"] = r"""
ORG	疾管署
DATE	115年3月1日
QUANT	6歲
QUANT	100元
QUANT	200元
QUANT	150元
ORG	疾管署
ORG	疾病管制署
DATE	115年3月1日
QUANT	6歲
QUANT	7歲
QUANT	新臺幣200元
QUANT	100元
QUANT	新臺幣150元
QUANT	100元
DATE	2026年3月1日
DATE	2026年2月28日
ORG	健保署
DATE	115年3月1日
ORG	疾管署
QUANT	4個月
ORG	疾管署
ORG	衛生福利部中央健康保險署
ORG	疾管署
TERM	「『兒童常規疫苗』、『成人肺炎鏈球菌疫苗』、『新冠疫苗』及『流感疫苗』接種處置費補助作業計畫」
ORG	疾管署
LOC	台灣
DATE	2026-02-26
ORG	衛生福利部疾病管制署
"""
LISTS["press-tw-tainan-youth-startup-loan-coffee-brand-visit-2026"] = r"""
PER	黃偉哲
ORG	哈本咖啡
LOC	台南
ORG	新聞及國際關係處
DATE	115年10月5日
PER	何帆
PER	黃偉哲
DATE	今（5）日
ORG	哈本咖啡
ORG	Happen Coffee
ORG	哈本咖啡
ORG	成大
QUANT	100萬元
ORG	台南市政府
LOC	台南東山
TERM	「市長咖啡」
PER	黃偉哲
ORG	哈本咖啡
ORG	成大
ORG	哈本咖啡
LOC	台南
ORG	總統府
LOC	台南
PER	黃偉哲
DATE	2024年6月4日
QUANT	5年
ORG	哈本咖啡
LOC	台南
LOC	台南
ORG	經濟發展局
PER	張婷媛
LOC	台南
LOC	臺灣
LOC	台南
ORG	哈本咖啡
ORG	哈本咖啡
DATE	2012年
ORG	成功大學
DATE	2021年
TERM	「全台首支酒漬咖啡」
DATE	2024年
ORG	外交部駐釜山辦事處
TERM	「台灣咖啡」
QUANT	200位
LOC	韓國
LOC	台灣
LOC	台灣
LOC	台南市
ORG	台南市政府經濟發展局
ORG	台南市強化企業財務應變推動辦公室
"""
