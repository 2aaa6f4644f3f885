"""The independent second annotator's batch-28 outlines, as line-based annotation.

Made like batches 3 and 5 to 27 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (dde7a941, "Corpus
batch 28 texts", where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and
this annotation was written and committed before any batch-28 gold outline, spec
or batch-28 note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one heading
wrapped over several lines; ("inline", words) is a heading found inside a longer
line (a line the reader ran together from the source's <br>-separated lines).
Furniture is 1-based inclusive line ranges; `furniture_text` lists the exact
strings where a furniture range is only part of a line. The writer only slices
the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
VuePress Markdown's `##`/`###` lines, <b> runs and <br> breaks; the study page's
inline styles); MANIFEST.md's batch-28 source table (written with the texts,
before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 28 [--check]
"""

from __future__ import annotations

_MEP_13_1 = "1.建设单位同时构成“未批先建”和违反环保设施“三同时”验收制度两个违法行为的，应当分别依法作出相应处罚。"
_MEP_13_2 = "2.对违反环保设施“三同时”验收制度的处罚，不受“未批先建”行政处罚追溯期限的影响"
_MEP_17_1 = "（一）新环境保护法和新环境影响评价法并未禁止建设单位主动补交环境影响报告书、报告表报送审批"
_MEP_17_2 = "（二）建设单位主动补交环境影响报告书、报告表并报送环保部门审查的，有权审批的环保部门应当受理"

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-mep-unapproved-construction-opinion-2018": {
        # A VuePress page of an 环境保护部 意见: the title is only in the front
        # matter the app drops, so the text has no title (as batch 27's demo
        # page: the gold follows the text). 「经研究，…提出以下意见。」 (1) body.
        # The `##` 一、–三、 (2, 7, 16) level 1; the `###` （一）… (3, 5, 8, 10,
        # 12, 14) level 2. Under 二、（三） the 1. and 2. are lines of their own
        # in the source (<br>), each over its own body lines, the first a
        # headline closed by 。, the second without: a tier of headings,
        # level 3, kept inline (the reader runs them into line 13). Under 三、
        # the bold <b>（一）…</b> and <b>（二）…</b> lines head their paragraphs
        # (run into line 17): level 2, inline. The 1./2. of 一、（二） (6) and of
        # 三、（二） (17) are provisions (content sentences): lists (rule 3).
        # The VuePress container markers 「::: right」 / 「:::」 (18, 21) and the
        # 「::: warning 原文链接」 block with its URL (22-24) are the site's
        # markup and source note: furniture. The 署名 (19) and date (20) are
        # 公文 elements: `signatory`, `date`; `issuer` from the signature (the
        # text carries no title naming it; batch 26's reading). No `number`.
        "title": None,
        "headings": [
            (2, None, 1),
            (3, None, 2),
            (5, None, 2),
            (7, None, 1),
            (8, None, 2),
            (10, None, 2),
            (12, None, 2),
            (13, ("inline", _MEP_13_1), 3),
            (13, ("inline", _MEP_13_2), 3),
            (14, None, 2),
            (16, None, 1),
            (17, ("inline", _MEP_17_1), 2),
            (17, ("inline", _MEP_17_2), 2),
        ],
        "furniture": [[18, 18], [21, 24]],
        "document": {
            "issuer": "环境保护部",
            "signatory": "环境保护部",
            "date": "2018年2月22日",
        },
    },
    "news-cn-locked-price-placements-revised-2026": {
        # A 证券日报 report in the people-daily-economy-daily feed: title (1);
        # the byline line 「本报记者 吴晓璐」 (2) furniture, `reporter` the name
        # (the paper is named only inside body sentences, 「《证券日报》记者…」:
        # no dateline, no `source`). The three short stand-alone lines
        # 「21家公司调整定价方式」, 「审核效率进一步提高」, 「定增市场持续回暖」
        # (7, 15, 21), each over body paragraphs, are news subheads, level 1
        # (rule 4). No other headings.
        "title": 1,
        "headings": [(7, None, 1), (15, None, 1), (21, None, 1)],
        "furniture": [[2, 2]],
        "document": {"reporter": "吴晓璐"},
    },
    "news-cn-xwlb-digest-20260627": {
        # As batches 2, 3, 8-11, 21: the programme line (2) is the title, the
        # lead line (1) and every 「查看视频 ↗」 furniture, each [视频] item a
        # level-1 heading as written (12 items in the file, the lead line
        # says 13); each 「央视网消息（新闻联播）：」 belongs to its item: no
        # fields. The 快讯 sub-items run together inside their items: not
        # marked.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 38, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3, *range(5, 39, 3))],
        "document": {},
    },
    "report-cn-deep-poverty-speech-summary-2017": {
        # One page of a study site (a JS template of Word-pasted HTML): the
        # centred 小标宋 line (1) is the title, kept as written with the page's
        # own 「第一」; the 楷体 line 「摘自：…讲话精神」 (2) under it states what the
        # page summarises: the subtitle (as a 题注 or an occasion line). The
        # 黑体 一、–四、 lines (3, 5, 7, 12) stand alone over their paragraphs:
        # level 1. 一是…五是 (4) body (rule 5); the 1.–8. run into one line
        # (6) and the 「两高」… lines (8-11, each ending in ；/。) lists. No
        # furniture, no fields (not a 公文, news item or work report).
        "title": 1,
        "subtitle": 2,
        "headings": [(n, None, 1) for n in (3, 5, 7, 12)],
        "furniture": [],
        "document": {},
    },
}
