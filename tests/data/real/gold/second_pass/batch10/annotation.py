"""The independent second annotator's batch-10 outlines, as line-based annotation.

Made like batches 3 and 5 to 9 (see ../batch9/annotation.py; the builder is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-10 gold files held only their text
at the commit this pass started from, 491438f), and this annotation was
written and committed before any batch-10 gold outline, spec or batch-10
note on the gold was read, without running the app's outline, title,
header or furniture code (nor any scorer). The held-out four were annotated
and committed first. Headings are (line, cut, level): the heading is the
stripped line up to and including the first `cut` (a run-in heading, rule
2), or the whole line; a tuple of lines is one heading wrapped over several
lines. Furniture is 1-based inclusive line ranges; "subtitle" is a line
number. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the two Macau files' `<strong>` subheads, and the RTHK digests'
Markdown (`# ` item headlines, `![…]` image captions, the per-item
原始網址 block).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 10 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-armed-police-relocation-reply-1996": {
        # A joint 国务院、中央军委 批复. Title wrapped over lines 1-2 above
        # the 文号, joined. One approving paragraph: no headings. `issuer`
        # the two bodies of the title (a list for a joint document, as batch
        # 6's taxi notice); `signatory` the one sign-off line as written.
        # No 附注 line.
        "title": (1, 2),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": ["国务院", "中央军委"],
            "number": "国函〔1996〕95号",
            "addressees": "武警总部",
            "signatory": "国务院 中央军委",
            "date": "一九九六年十一月五日",
        },
    },
    "news-cn-xwlb-digest-20260629": {
        # As batches 2, 3, 8 and 9: the programme line (2) is the title, the
        # lead line (1) and every 「查看视频 ↗」 are furniture, each [视频]
        # item a level-1 heading as written (11 items; the lead's 「全部 12
        # 条」 counts the programme line). The sub-items of the two 联播快讯
        # run together inside their items, without lines of their own: not
        # marked. Each item's 「央视网消息（新闻联播）：」 belongs to its item:
        # no fields.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 35, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3,) + tuple(range(5, 36, 3))],
        "document": {},
    },
    "press-mo-ipim-iberia-delegation-2026": {
        # Two bold one-line subheads (<strong> paragraphs in the source; the
        # first split over three runs around a space), level 1, kept with
        # their inner space. No caption block, no dateline.
        "title": 1,
        "headings": [(4, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
    "wr-ningxia-2026": {
        # The provincial site's page: breadcrumb (1-6), the page's own
        # headline (7, 「2026年宁夏回族自治区政府工作报告」) and the
        # 发表时间/来源/阅读量/【字体…】 block (8-17) are one furniture range;
        # the report's own title block follows: 「政府工作报告」 (18), the
        # occasion line as subtitle (19), the speaker line as `speaker` (20).
        # The page headline is page chrome, as a page's <h1> above a
        # document's own title (batches 4, 5, 8), so the title is line 18.
        # Line 21 is the photo caption with its credit (「…作政府工作报告。
        # 宁夏日报记者 王鼎 摄」): furniture. 一、 and 二、 are level 1; the
        # 一是–五是 and 一是–十是 leads and the unnumbered 「内需拉动明显增强。」
        # leads open paragraphs and run on: body (rule 5); 「各位代表！」 body.
        "title": 18,
        "subtitle": 19,
        "headings": [(24, None, 1), (63, None, 1)],
        "furniture": [[1, 17], [21, 21]],
        "document": {
            "speaker": "自治区人民政府主席 张雨浦",
            "occasion": "宁夏回族自治区第十三届人民代表大会第四次会议",
            "date": "2026年2月3日",
        },
    },
}
