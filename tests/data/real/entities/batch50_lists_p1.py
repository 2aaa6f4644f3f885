"""Reading lists of the batch-50 entity gold, pass 1 (branch issue-e50p1-s24); see build_batch.py for the
line format and README-batch50.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-ey-trade-promotion-fund-rules-amendment-order-2012": r"""
# the EY order as batch 48's EY orders: 行政院 in 行政院令 ORG, the quoted rules TERM with their marks, the unmarked
# title of the amended articles nothing; the acting vice premier with the spaced name PER as written (關　中)
ORG	行政院
TERM	「推廣貿易基金收支保管及運用辦法」
ORG	行政院
DATE	中華民國101年1月3日
DOC	院授主孝二字第1010000002A號
TERM	「推廣貿易基金收支保管及運用辦法」
TERM	「推廣貿易基金收支保管及運用辦法」
PER	吳敦義
PER	陳　冲
# the articles: the foreign-trade association with 中華民國 in its name one ORG; 國際貿易展覽及會議中心 (a hall to be
# built, named by what it is) nothing — doubtful (LOC the other reading); the unmarked 公庫法 nothing
ORG	中華民國對外貿易發展協會
""",
    "news-hk-orientaldaily-market-reopening-rodents-2020": r"""
# markets LOC whole (祐漢街市, batch 44); caption labels (紅磡街市：, 土瓜灣：) tagged like the text; photographers PER
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
# 九龍城區議員 → LOC 九龍城區 (the district a councillor sits for); 七月 DATE (as 六月); 紅磡及土瓜灣街市, 沙田及大埔墟
# 街市 → the bare place + the market (no distribution of 街市) — doubtful (LOC 紅磡街市 by distribution is not a
# span of the text); 第二波 nothing
LOC	九龍城區
PER	任國棟
LOC	紅磡街市
DATE	七月
LOC	紅磡街市
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
LOC	沙田
LOC	大埔墟街市
# the heading's short 食署 ORG; quoted speech nothing, 「最醜陋的一面」 (a quoted phrase, not a term) nothing — doubtful
ORG	食署
PER	郭家麒
ORG	食環署
ORG	食環署
LOC	紅磡
LOC	土瓜灣街市
# 十二個, 一小時 (no digit) and 下午七時 nothing; the twelve markets LOC each
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
# the footer: on.cc東網 ORG (the paper's site) — doubtful; the platforms (iPhone …) nothing
ORG	on.cc東網
""",
    "press-mo-dsscu-dspa-old-district-building-inspections-2026": r"""
# 國家主席習近平 → PER 習近平; 行政長官, 特區政府 nothing (earlier gold); 夏防安全會議 (a meeting) nothing; 運輸工務司
# ORG + PER 譚偉文; 譚司長 nothing (a surname with a title, no one-character PER in earlier gold) — doubtful; the
# unquoted 樓宇維修資助計劃 nothing — doubtful (TERM the other reading); 電力公司 (the company named generically) nothing
PER	習近平
LOC	澳門
ORG	運輸工務司
PER	譚偉文
ORG	土地工務局
ORG	環境保護局
ORG	澳門電力股份有限公司
# 祐漢七棟樓群 one LOC (a named cluster of buildings in 祐漢) — doubtful (LOC 祐漢 alone the other reading)
LOC	祐漢七棟樓群
ORG	土地工務局
ORG	環境保護局
""",
    "press-tw-tainan-urban-renewal-workshops-2026": r"""
# a month range with 起至 one DATE (as 9月19日起至12月5日, batch 39); 8場 QUANT; the Tainan release header
# (發稿單位 ORG, 發稿時間 DATE, the clock time nothing); 市府都發局 one ORG (as 南市府衛生局) — doubtful
LOC	臺南市
DATE	9月起至11月
QUANT	8場
ORG	都市發展局
DATE	115年9月3日
ORG	市府都發局
DATE	9月12日起至11月
QUANT	8場
TERM	「都市更新推廣講習課程」
ORG	都發局
# the quoted web section TERM with its marks (as the quoted page names of batch 20); URL and phone numbers nothing;
# 長榮大學輔導團 one ORG (a unit with its body) — doubtful (ORG 長榮大學 alone the other reading); the section with
# its bureau one ORG; 黃先生 nothing
TERM	「臺南市政府自主更新專區」
ORG	長榮大學輔導團
ORG	都市發展局都市更新科
""",
}
