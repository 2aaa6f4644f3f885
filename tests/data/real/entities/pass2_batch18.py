"""Pass-2 edits of batch 18: the disagreements between pass 1 (batch18_lists_p1.py, branch issue-e18p1-s18) and
the blind second pass (batch18_blind_p2.py, branch issue-e18p2-s18), decided on branch issue-e18dec-s18.

Both passes read the 12 documents of batch 18 blind to each other (the four held-out documents first); the
lists were compared span by span with `agree.py --batch 18 --mismatches` (39 spans) and each disagreement was
decided by the guideline and the recorded precedents and committed gold of batches 1-17 (never
tests/data/gold/). Each decision's reason, with the guideline line or earlier gold that settles it, is in
README-batch18-pass2.md ("Decisions"); the labels D-1 ... D-16 below are the ones used there (in the order of
`agree.py --batch 18 --mismatches`). Two held-out documents are edited (D-2 to D-8); the decisions settled for
pass 1 (D-1, D-9, D-13, D-14, D-16) need no edit. Plain Python; never imports the recogniser.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

READ = {
    # held-out documents (read blind first, then compared with pass 1)
    "news-cn-chinasoft-nanning-channel-2017",
    "news-cn-crsnow-qinghe-moni-beer-2011",
    "press-mo-ipim-jiangsu-roadshow-2026",
    "wr-shandong-2026",
    # dev documents (read blind after them)
    "gw-sh-history-memory-carriers-2025",
    "gw-sh-urban-renewal-expert-committee-2023",
    "news-cn-jinye-industrial-bank-signing-2019",
    "news-cn-mingde-science-contest-xian",
    "news-hk-hku-su-candidate-internships-2019",
    "press-mo-icac-annual-report-2026",
    "press-mo-productivity-finance-talent-2026",
    "press-tw-president-takaichi-congratulations-2026",
}

EDITS = {
    "news-cn-crsnow-qinghe-moni-beer-2011": """
# D-2: a quoted company name used for its product is the company, ORG without the marks (“澎湃新闻”APP → 澎湃新闻,
# batch 12; batch-17 D-1: a company's name used for its brand or product is the company)
~	‘雪花’	0	ORG	雪花
# D-3: the same line where the beer is brewed and drunk (太子奶这一快速消费品 → 太子奶, batch-17 D-1)
+	ORG	雪花啤酒	9
+	ORG	雪花啤酒	10
# D-4: a place written before a company to say where it is, is its own LOC (科右前旗 + 华锐风机制造厂, batch 14);
# the text names this brewery 位于阜新的梅雪啤酒厂, while 大连大雪 is written whole as 大连大雪啤酒有限公司
~	阜新梅雪	0	LOC	阜新
+	ORG	梅雪	1
""",
    "wr-shandong-2026": """
# D-5, D-8: a plant or work keeps its phase (国家会议中心二期, 虞公港二期, 红岩文化公园二期, 7号线一期南段)
~	招远核电	0	LOC	招远核电一期
# D-6: a one-character country standing as a place word (赴美 → 美, batch 3; 中美 → 中 + 美, batch 14)
+	LOC	美	1
# D-7: a power plant is infrastructure, LOC (田湾核电站, 辽宁核电站, 宁德核电), a named work whole
# (南水北调中线工程, batch 8; 引汉济渭, batch 2)
+	LOC	国和一号核电示范工程	0
~	渤中G	0	LOC	渤中G一期
""",
    "news-cn-jinye-industrial-bank-signing-2019": """
# D-10: a body written before its facility is its own ORG, and a facility with no name of its own is nothing
# (麻豆區公所3樓會議室 → 麻豆區公所, batch 10; 大學禮堂 nothing, batch 17); a named one is LOC (都市發展局 + 永華市政中心)
~	明德理工学院院史馆	0	ORG	明德理工学院
# D-11: a laboratory visited as a facility of its institution, named by what it does, is nothing (量子實驗室,
# 量測實驗室, batch 16); labs that are bodies carry a place or national designation (崖州湾国家实验室)
-	智能制造与数控加工实验室	0
""",
    "news-hk-hku-su-candidate-internships-2019": """
# D-12: an organ after its body's kind word is an organ without the body, nothing (管理局董事局, batch 1;
# 聯會理事會, batch 17), unlike 馬會董事局 and 西九董事局 with the body's name
-	學生會幹事會	*
""",
    "press-mo-icac-annual-report-2026": """
# D-15: a term number opening an event's name before the body stays out (十四届全国人大一次会议 → 全国人大, the
# guideline; 十届全国人大四次会议 → 全国人大, batch 11; 十二届全国人大二次会议, batch 17)
~	第八屆立法會	*	ORG	立法會
""",
}


def apply(doc, text, ents):
    """Return pass 1's entities of doc with pass 2's edits applied, and the edit counts by kind."""
    after, _ = pass2_dev.apply(doc, text, ents, EDITS)
    return after, pass2_batch2.kinds(ents, after)
