"""Pass 2's BLIND reading lists for batch 50 (branch issue-e50p2-s24): written from the bare text of the
documents (split.tsv batch 50; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e50p1-s24) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch50_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-tw-ey-trade-promotion-fund-rules-amendment-order-2012"] = r"""
ORG	行政院
TERM	「推廣貿易基金收支保管及運用辦法」
ORG	行政院
DATE	中華民國101年1月3日
DOC	院授主孝二字第1010000002A號
TERM	「推廣貿易基金收支保管及運用辦法」
TERM	「推廣貿易基金收支保管及運用辦法」
PER	吳敦義
PER	陳　冲
ORG	中華民國對外貿易發展協會
"""
LISTS["news-hk-orientaldaily-market-reopening-rodents-2020"] = r"""
LOC	紅磡街市
LOC	紅磡街市
PER	李華輝
LOC	紅磡街市
LOC	土瓜灣街市
LOC	紅磡街市
LOC	紅磡街市
LOC	土瓜灣
LOC	土瓜灣街市
PER	余宏基
LOC	紅磡街市
LOC	紅磡街市
PER	袁志豪
LOC	紅磡街市
LOC	紅磡街市
LOC	紅磡街市
LOC	土瓜灣街市
LOC	九龍城
PER	任國棟
LOC	紅磡街市
DATE	七月
LOC	紅磡街市
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
LOC	沙田
LOC	大埔墟街市
ORG	食署
PER	郭家麒
ORG	食環署
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
ORG	食環署
LOC	上環街市
LOC	駱克道街市
LOC	渣華道街市
LOC	榮芳街街市
LOC	銅鑼灣街市
LOC	漁光道街市
LOC	電氣道街市
LOC	仁愛街市
LOC	田灣街市
LOC	長洲街市
LOC	官涌街市
LOC	深井臨時街市
"""
LISTS["press-mo-dsscu-dspa-old-district-building-inspections-2026"] = r"""
PER	習近平
LOC	澳門
ORG	運輸工務司
PER	譚偉文
PER	譚
ORG	土地工務局
ORG	環境保護局
ORG	澳門電力股份有限公司
LOC	祐漢七棟樓群
ORG	土地工務局
ORG	環境保護局
"""
LISTS["press-tw-tainan-urban-renewal-workshops-2026"] = r"""
LOC	臺南市
DATE	9月
DATE	11月
QUANT	8場
ORG	都市發展局
DATE	115年9月3日
ORG	都發局
DATE	9月12日
DATE	11月
QUANT	8場
TERM	「都市更新推廣講習課程」
ORG	都發局
TERM	「臺南市政府自主更新專區」
ORG	長榮大學輔導團
ORG	都市發展局都市更新科
PER	黃
"""
