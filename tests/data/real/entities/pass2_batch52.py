"""Pass-2 edits of batch 52: the disagreements between pass 1 (batch52_lists_p1.py, branch issue-e52p1-s24) and
the blind second pass (batch52_blind_p2.py, branch issue-e52p2-s24), decided on branch issue-e52dec-s24.

Both passes read the 11 documents of batch 52 blind to each other (the three held-out documents first); the
lists were compared span by span with `agree.py --batch 52 --mismatches` (21 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of the dev documents of batches 1-48
(never tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch52-pass2.md ("Decisions"); the labels D-1 ... D-14 below are the ones used there (in the order of
`agree.py --batch 52 --mismatches`, in a document by offset). One held-out document is edited (the Tainan
drink-shop counts: D-1); the decisions settled for pass 1 (D-2, D-4, D-6, D-7, D-10, D-11) need no edit. Plain
Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-hk-hkcnews-apple-daily-search-keeps-publishing-2021",
    "news-tw-ettoday-tainan-drink-shop-counts-2025",
    "press-mo-ias-domestic-violence-law-cooperation-meeting-2026",
    # dev documents (read blind after them)
    "gw-tw-fsc-insurer-public-offering-exemption-order-2012",
    "gw-tw-ftc-serious-violation-fine-calculation-rules-order-2012",
    "news-tw-ettoday-50lan-nine-year-old-menu-2025",
    "news-tw-ettoday-ug-tea-brand-meicun-road-2025",
    "news-hk-hkcnews-china-dot-dot-dot-suspended-2021",
    "press-mo-sport-bureau-venue-safety-inspections-2026",
    "press-tw-president-whole-society-resilience-committee-seventh-meeting-2026",
    "press-tw-tainan-toronto-national-day-reception-produce-2026",
}

EDITS = {
    "news-tw-ettoday-tainan-drink-shop-counts-2025": """
# D-1: N places counted in a ranking are a QUANT, the word for "within" or "top" outside (guideline: 前 in 前30名 →
# 30名; batch-20 line 前3位 → 3位, news-cn-zoomlion-jiangyin-base-2011); a rank 第11名 stays out
+	QUANT	10名	0
""",
    "news-tw-ettoday-50lan-nine-year-old-menu-2025": """
# D-3: an account's user name in a photo credit is no person's name (no dev PER is a handle; the batch-20 line: a page
# name that is not a body's own name is no ORG either); unquoted it is nothing
-	paaaaaaaaage	0
""",
    "news-tw-ettoday-ug-tea-brand-meicun-road-2025": """
# D-5: a named retail outlet is ORG, its name with the place it stands at (session-16 line, 臺南福利站;
# 墨子科技三創體驗店, news-tw-chinatimes-power-bank-explosion-replacement-2023)
~	美村	0	ORG	美村店
""",
    "news-hk-hkcnews-china-dot-dot-dot-suspended-2021": """
# D-8: a news outlet in title marks is the body, ORG without the marks, whatever the sentence does with it (guideline;
# 在《南華早報》撰文 → 南華早報, news-hk-officials-dual-nationality-2021; 在《緬甸時報》 → 緬甸時報, news-hk-myanmar-coup-china-2021)
~	《大紀元》	0	ORG	大紀元
# D-9: a verse cited in 『』 inside speech is a key expression, not the speaker's own clause (『多關愛，齊分享』 TERM,
# news-hk-dental-pilot-2017; guideline: slogans and inscriptions are TERM even as whole clauses)
+	TERM	『小樓一夜聽風雨，深巷明朝賣杏花』	0
+	TERM	『盲人騎瞎馬，夜半臨深池』	0
""",
    "press-tw-tainan-toronto-national-day-reception-produce-2026": """
# D-12: a park named by its place and 科技園區 is one LOC (guideline: named parks and zones; 台湾科技园,
# stats-cn-pingtan-2012-statistical-bulletin; 佘山高新科技园, gw-sh-industrial-renewal-areas-2024)
~	臺南	14	LOC	臺南科技園區
# D-13: HTML escapes stand for the characters they name and belong to the span as those would (「守護老樹&mdash;…」
# TERM, press-tw-tainan-agriculture-review-2025; 2.5 &mu;g/kg QUANT, press-tw-tainan-camellia-oil-sampling-2026): the
# theme between &ldquo; and &rdquo; is a TERM with them as its marks
~	基於共同價值的貿易夥伴關係(Partnering Through Trade Rooted in Shared Values)	0	TERM	&ldquo;基於共同價值的貿易夥伴關係(Partnering Through Trade Rooted in Shared Values)&rdquo;
# D-14: a place before its produce is the LOC (延安苹果 → 延安, wr-shaanxi-2026; 绍兴黄酒、金华火腿 → 绍兴, 金华,
# wr-zhejiang-2026; 麻豆文旦 → 麻豆 in this document, both passes)
+	LOC	鹽水	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)
