"""The independent second annotator's batch-42 outlines, as line-based annotation.

Made like batches 3 and 5 to 41 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (b3dd0ce0, batch 42's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-42 gold outline, spec or batch-42
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines. Furniture is 1-based inclusive line ranges.
The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (for the held-out four:
the 20070103 transcript's Markdown — the `#` programme line, the `- ` metadata list, each item a `##`
line and the 简讯 sub-headlines as lines of their own that the reader's soft breaks run into the
item's paragraph; the 2009 report's .txt — plain lines, the text as the file).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 42 [--check]
"""

from __future__ import annotations


def _items(*lines: int) -> list[tuple[int, None, int]]:
    """新闻联播 items: each `##` item line whole, level 1 (the digests' reading)."""
    return [(n, None, 1) for n in lines]


# The aggregator's record head of a govopendata 新闻联播 transcript (the `- ` list under the
# `#` programme line: 数据源, 聚合页, 说明, 新闻条数, 抓取时间) is the repository's, not the
# programme's: furniture, one range, as the older transcripts' lead line 「…全部 N 条文字稿…」.
ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-jiangxi-famous-trademark-measures-repeal-decision-2018": {
        # A 省政府令 whose text opens at its 令 number: the 令's own title line
        # (「江西省人民政府令」) is not in the text, so no title (the gold follows
        # the text, as the title-less 公文 of batches 17-20 and 27); the 《…决定》
        # named inside the promulgation sentence (2) is a citation, not a title.
        # 「第232号」 (1) `number`; 「省长」 (3) the 署名 as written (its name is
        # blank in the file) `signatory`; (4) `date`; 「（此件主动公开）」 (6)
        # `note`. The 决定 printed after (9-10) carries no title line of its own,
        # so no annex heading (rule 7 needs the annex's title): no headings.
        # No `issuer`: neither a title nor the 署名 names the body (flagged: the
        # promulgation sentence's 「省人民政府」 is the other reading).
        "title": None,
        "headings": [],
        "furniture": [],
        "document": {
            "number": "第232号",
            "signatory": "省长",
            "date": "2018年5月9日",
            "note": "（此件主动公开）",
        },
    },
    "news-cn-cctv-xwlb-transcript-20070101": {
        # A govopendata 新闻联播 day record (Markdown): the `#` programme line
        # 「新闻联播 2007-01-01」 (1) is the title (the digests' programme line);
        # the record head (2-6) furniture; the ten `##` items 「1. …」–「10. …」
        # level 1 as written with their numbers (the digests' items, rule 4);
        # 「9. 国内时讯」's sub-headlines run into its paragraph (24): no headings
        # (the 快讯 reading). No fields (each item's 本台消息 is its own).
        "title": 1,
        "headings": _items(7, 9, 11, 13, 15, 17, 19, 21, 23, 25),
        "furniture": [[2, 6]],
        "document": {},
    },
    "news-cn-cctv-xwlb-transcript-20070103": {
        # As 20070101: title (1), record head (2-6) furniture, five items level 1;
        # 「2. 国内简讯」 and 「5. 国际简讯」 run their sub-headlines into one line
        # (10, 16) and item 1's 「13亿8千万人次：」 labels run into its line (8):
        # body. 「新华社消息：」 (12) is its item's: no `source`.
        "title": 1,
        "headings": _items(7, 9, 11, 13, 15),
        "furniture": [[2, 6]],
        "document": {},
    },
    "wr-cn-2009-national-work-report-review-part": {
        # The 2009 report's opening through the first （一）: title the report's
        # own line as it stands (1), as the provincial reports' 「2026年河北省政府
        # 工作报告」; no occasion line, so no subtitle and no speaker/occasion/date
        # (「我代表国务院」 is a sentence). 「一、2008年工作回顾」 (10) level 1,
        # 「（一）及时果断…」 (29) level 2, each a line of its own; the unnumbered
        # leads 「国民经济继续保持平稳较快增长。」 … (15-21) open their paragraphs
        # and run on: body (rule 5, as wr-henan-2026's); 「一年来，我们做了以下
        # 主要工作：」 (25) a sentence introducing the parts, body.
        "title": 1,
        "headings": [(10, None, 1), (29, None, 2)],
        "furniture": [],
        "document": {},
    },
}
