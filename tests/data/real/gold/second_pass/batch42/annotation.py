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
item's paragraph; the 2009 report's .txt — plain lines, the text as the file; for the dev eight, after
the held-out commit: the three 2026 digests' Markdown — the `#` programme line, the 「来源：[央视网](…)」
link line, the `##` 「主要内容」 over a numbered Markdown list; the 2002 and 2003 transcripts' Markdown —
front matter, the `#` line, the `>` count-and-navigation line, one `##` per item; the three .txt files
— plain lines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 42 [--check]
"""

from __future__ import annotations


def _ranges(*lines: int) -> list[list[int]]:
    """One-line furniture ranges."""
    return [[n, n] for n in lines]


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
    # Dev.
    "gw-cn-central-rural-revitalization-opinions-2018-part": {
        # The 2018 一号文件 as a collection prints it, cut inside 二、: title (1);
        # the bracketed date under it (2) is its 题注, the subtitle, giving `date`
        # as written (as batch 34's 中办 规定's 「(中办发[1995]7号1995年4月30)」); `issuer`
        # the two bodies the title names (a list, joint document). 一、 (4, 8)
        # level 1; under 二、 the tier （一）–（三） is headings: 「（一）指导思想。」 (9)
        # and 「（二）目标任务。」 (10) run-in, cut at the first 。 (rule 2), 「（三）基本
        # 原则」 (14) a line of its own, level 2. The 「——坚持…。」 leads (15-21)
        # body (rule 5); 「到2020年，…」 (11-13) body.
        "title": 1,
        "subtitle": 2,
        "headings": [(4, None, 1), (8, None, 1), (9, "。", 2), (10, "。", 2), (14, None, 2)],
        "furniture": [],
        "document": {"issuer": ["中共中央", "国务院"], "date": "2018年1月2日"},
    },
    "gw-cn-npc-2009-work-report-resolution": {
        # A 全国人大 决议 of two paragraphs: title (1); no headings, no furniture.
        # `issuer` the 会议 the title names (flagged: the 决议 has no 署名 or
        # date line; batch 40's 决定 took `date` from a 通过 note this one lacks).
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"issuer": "第十一届全国人民代表大会第二次会议"},
    },
    "news-cn-cctv-xwlb-digest-20260801": {
        # A 新闻联播 day page of a digest repository (Markdown): the `#` programme
        # line (1) the title; the 「来源：央视网」 link line (2) is the page's record
        # head, furniture, and names who published the programme's summary:
        # `source` 央视网 (as batch 41's 疾管署 footer, corrected by its pass;
        # flagged: the older digests keep no `source` because their only
        # candidates were the items' own datelines). The `##` 「主要内容」 (3)
        # stands over the numbered contents: level 1 (rule 4, as batch 32's
        # `##` 「新闻摘要」); the 1.–12. with their （1）–（11） are the programme's
        # contents, items closed by ；: a list (rules 3 and 5, as batch 32's
        # 「本期节目主要内容：」 list), the 快讯 labels 「8. 国内联播快讯：」 included
        # (one tier, all alike).
        "title": 1,
        "headings": [(3, None, 1)],
        "furniture": [[2, 2]],
        "document": {"source": "央视网"},
    },
    "news-cn-cctv-xwlb-digest-20260815": {
        # As 20260801: title (1), 来源 line (2) furniture with `source`, 「主要内容」
        # (3) level 1, the 1.–12. contents a list.
        "title": 1,
        "headings": [(3, None, 1)],
        "furniture": [[2, 2]],
        "document": {"source": "央视网"},
    },
    "news-cn-cctv-xwlb-digest-20260901": {
        # As 20260801: title (1), 来源 line (2) furniture with `source`, 「主要内容」
        # (3) level 1, the 1.–17. contents a list.
        "title": 1,
        "headings": [(3, None, 1)],
        "furniture": [[2, 2]],
        "document": {"source": "央视网"},
    },
    "news-cn-cctv-xwlb-transcript-20021001": {
        # A 新闻联播 transcript site's day page (Markdown; the front matter with
        # its `title:` dropped by the reader): the `#` line 「新闻联播文字稿 · 2002年
        # 10月1日」 (1) the title; the `>` line 「共 15 条新闻 · … · ← 2002 年目录 ·
        # 首页」 (2) the site's lead and navigation, furniture (the older
        # transcripts' lead line). The fifteen `##` item heads level 1 as
        # written (「【神州报捷】：…」 with its tag). Every closing 「责编：闫冬」 is
        # its item's credit line: furniture, one range each (a 责任编辑 line),
        # but no `editor` (flagged: each item's, as each 「央视国际消息（新闻联播）：」
        # dateline is its item's and gives no `source`). The last item's
        # 「（正文缺失：原文字稿网页已失效，仅存标题。）」 (76) is the site's note,
        # furniture. Speaker labels (「天津市民：」) body.
        "title": 1,
        "headings": _items(3, 6, 12, 16, 20, 23, 27, 31, 36, 39, 42, 45, 58, 66, 75),
        "furniture": _ranges(2, 5, 11, 15, 19, 22, 26, 30, 35, 38, 41, 44, 57, 65, 74, 76),
        "document": {},
    },
    "news-cn-cctv-xwlb-transcript-20030110": {
        # As 20021001: title (1), lead/navigation line (2) furniture, the
        # nineteen `##` item heads level 1, each 「责编：张丽」 furniture (no
        # `editor`); the 记者/郎中 dialogue labels body.
        "title": 1,
        "headings": _items(
            3, 7, 11, 19, 22, 25, 30, 37, 41, 44, 48, 68, 73, 79, 83, 89, 96, 102, 107
        ),
        "furniture": _ranges(
            2, 6, 10, 18, 21, 24, 29, 36, 40, 43, 47, 67, 72, 78, 82, 88, 95, 101, 106, 110
        ),
        "document": {},
    },
    "wr-cn-2025-national-work-report-review-part": {
        # As the 2009 part: title the report's own line (1); no occasion line,
        # no fields; 「一、2024年工作回顾」 (8) level 1 the only heading: the
        # 「“稳”的态势巩固延续。」 / 「“进”的步伐…。」 leads (13, 15) and the
        # 一是–七是 leads (21-33) open their paragraphs and run on, body (rule 5).
        "title": 1,
        "headings": [(8, None, 1)],
        "furniture": [],
        "document": {},
    },
}
