"""Pass-2 edits of batch 13: the disagreements between pass 1 (batch13_lists_p1.py, branch issue-e13p1-s14) and
the blind second pass (batch13_blind_p2.py, branch issue-e13p2-s14), decided on branch issue-e13dec-s14.

Both passes read the 12 documents of batch 13 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 13 --mismatches` (23 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of batches 1-12 (never
tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch13-pass2.md ("Decisions"); the labels D-1 ... D-9 below are the ones used there (in the order of
`agree.py --batch 13 --mismatches`). Two held-out documents are edited (D-1, D-2, D-3, D-4); the decisions
settled for pass 1 (D-5, D-6, D-7, D-8) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "gw-sh-daluxian-channel-ship-dimensions-2025",
    "news-tw-korea-gdp-slowdown-2025",
    "news-hk-panda-reading-promotion-2025",
    "reg-cn-market-complaints-reports-2022",
    # dev documents (read blind after them)
    "news-cn-hbpu-alumni-association-2021",
    "news-tw-korea-crash-bird-strike-briefing-2025",
    "gw-sh-industrial-renewal-areas-2024",
    "news-tw-kaohsiung-floor-area-bonus-dispute-2025",
    "news-cn-huangshi-investment-fair-2021",
    "gw-sh-connected-vehicle-pilot-acceptance-2023",
    "news-hk-walking-library-reading-drive-2024",
    "reg-cn-car-repair-replacement-return-2021",
}

EDITS = {
    "news-tw-korea-gdp-slowdown-2025": """
# D-1: a quoted predicate (its subject outside the marks) is a key expression, a quoted whole clause is speech
# (batch-4 dev decision: “进入了英伟达产业链” TERM, news-cn-diamond-cooling-2026; batch-2 'begrudgingly accept')
+	TERM	「大大削弱經濟信心」	0
""",
    "news-hk-panda-reading-promotion-2025": """
# D-2: a venue is LOC where it is the place, ORG where it acts as an institution (batch-11 D-6: museums LOC as
# venues, 河南博物院 ORG as a supporter); the pandas live at the park here (香港迪士尼樂園 LOC, news-hk-rthk-local-digest-2025)
~	海洋公園	0	LOC	海洋公園
# D-3: a place with a description of a base's function is the place alone (保定国家数据标注基地 → 保定, wr-hebei-2026;
# 北方（沧州）跨境电商物流基地 → 沧州; 协和天津基地 → 天津, wr-tianjin-2026); a base named by its code stays whole (青海221基地)
~	四川大熊貓保護基地	0	LOC	四川
# D-4: a branch or campus in brackets belongs to the name (batch-12 D-5: 高校区域技术转移转化中心（福建）;
# 中国地质大学（武汉）, gw-cn-badong-geohazard-reply-2004)
-	九龍城	0
~	中華基督教會灣仔堂基道小學	0	ORG	中華基督教會灣仔堂基道小學（九龍城）
""",
    "gw-sh-industrial-renewal-areas-2024": """
# D-9: a line named in a list of boundary roads and rail lines is infrastructure by its working name, as 规划一路 …
# (both passes, this notice) and 南何线; unlike 用地红线 and 红线围墙, which every plot has (precedent paragraph)
+	LOC	示范线	0
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)
