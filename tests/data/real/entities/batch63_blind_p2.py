"""Pass 2's BLIND reading lists for batch 63 (branch issue-e63p2-s28): written from the bare text of the
documents (split.tsv batch 63; the three held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e63p1-s28) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch63_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-hk-tvb-ha-manager-husband-shoplifting-fined-2023"] = r"""
LOC	港
LOC	澳
ORG	醫管局
PER	莊慧敏
DATE	2023-04-06
ORG	醫管局
PER	莊慧敏
QUANT	48歲
PER	莊慧敏
QUANT	47歲
PER	趙名宇
ORG	九龍城裁判法院
DATE	四月
LOC	黃埔
QUANT	1,633元
PER	梁雅忻
QUANT	600多元
QUANT	1,600多元
PER	趙名宇
DATE	2003年
ORG	瑪嘉烈醫院深切治療部
PER	莊慧敏
ORG	港大微生物學系
PER	袁國勇
ORG	醫委會
"""
LISTS["news-tw-appledaily-hua-jingqun-quits-bank-board-2016"] = r"""
ORG	合庫金
PER	花敬群
DATE	520
ORG	內政部
PER	花敬群
ORG	合庫銀
ORG	合庫金
ORG	合庫銀
PER	花敬群
PER	花敬群
ORG	內政部
ORG	合庫銀
DATE	6月
PER	花敬群
DATE	520
PER	陳瑩欣
LOC	台北
"""
LISTS["press-mo-gcs-chief-executive-meets-uccla-delegation-2026"] = r"""
PER	岑浩輝
ORG	葡語都市聯盟
PER	岑浩輝
DATE	今（13）日
LOC	政府總部
ORG	葡語都市聯盟
ORG	UCCLA
PER	岑浩輝
ORG	葡語都市聯盟
LOC	澳門
LOC	澳門
LOC	澳門
LOC	澳
LOC	澳門特區
QUANT	26年
PER	岑浩輝
LOC	澳門
TERM	“一國兩制”
PER	習近平
LOC	澳門
QUANT	25周年
LOC	澳門
TERM	“一中心、一平台、一基地”
LOC	澳門
LOC	澳門
QUANT	4,000萬人次
ORG	中國 — 葡語國家經貿合作論壇
ORG	葡語都市聯盟大會
PER	曼希克
PER	Rasaque Silvano Manhique
LOC	澳門
LOC	中國
LOC	澳門
ORG	行政法務司
PER	黃少澤
ORG	行政長官辦公室
PER	陳格
ORG	市政署市政管理委員會
PER	周偉迎
ORG	葡語都市聯盟
PER	費雷拉
PER	Luís Álvaro Barbosa de Campos Ferreira
PER	達席爾瓦
PER	Maria Paula Vieira Ferreira Leal da Silva
ORG	葡語都市聯盟
QUANT	20名
ORG	葡語都市聯盟
DATE	今（13）日
LOC	澳門
LOC	安哥拉
LOC	佛得角
LOC	莫桑比克
LOC	葡萄牙
LOC	聖多美和普林西比
QUANT	35名
*LOC	中(?=葡)
*LOC	(?<=中)葡
"""
