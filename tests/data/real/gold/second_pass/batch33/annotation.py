"""The independent second annotator's batch-33 outlines, as line-based annotation.

Made like batches 3 and 5 to 32 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (fd71e7ee, "Corpus batch 33
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-33 gold outline, spec or batch-33
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
眾新聞 Markdown's `###` lines and <figcaption>s, the GCS release's HTML, the
HKJC Markdown's layout) and, because the WeChat repost's file keeps no
markup, the repository page it was transcribed from (`cash2one/weixin`
`weixin/src/main/webapp/views/weixin/weixinchuansong.jsp` through the
library's `read_file`: the rich_media title and meta list, the 今日大案
box, the `<h1>` repeating the title, the bold 来源 line and the boxed
【核心提示】).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 33 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-mini-storage-inquest-rescue-team-2021": {
        # A 眾新聞 report (眾聞): `#` title (1) with its U+3000. The series tag
        # 「【研訊第18天】」 (2) is the report's own opening line: body. The
        # `###` 「【迷你倉死因研訊】結集」 (5) is a link to the series' page (a
        # related-link line, not a subhead): furniture. The <figcaption>s (6,
        # 14 「眾新聞製圖」, 22) furniture, each its own range; the third
        # <figure> has no caption. The four `###` subheads (7, 11, 15, 19)
        # level 1. 「案件編號：…」 (26) body (batch 29's 荃灣 report). The
        # reporter is only in the dropped front matter: no fields.
        "title": 1,
        "headings": [(7, None, 1), (11, None, 1), (15, None, 1), (19, None, 1)],
        "furniture": [[5, 5], [6, 6], [14, 14], [22, 22]],
        "document": {},
    },
    "press-mo-hengqin-macao-health-education-agreement-2026": {
        # A GCS release: title the <h1> (1), seven plain <p>s. No headings,
        # furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "report-cn-xi-jinping-intellectuals-symposium-speech-2016": {
        # The speech as a WeChat account (大案) reposted it, cut after 13
        # paragraphs. The page's rich_media title (1), its meta line
        # 「2016-05-01 新华社 大案」 (2) and the account's 今日大案 box of the
        # day's four posts (3-7) come before the article's own `<h1>` (8),
        # which repeats the title: as the pages that show their title twice
        # (batch 4's 宜春 communiqué, the repeated Shanghai titles), the first
        # copy and the chrome are furniture and the title is the second
        # (8), column tag 「时局 | 」 kept (as 「【社媒輿情】」). The bold
        # 「来源：新华社  （2016年4月26日）（节录）」 (9) is the repost's source
        # line: furniture giving `source` 新华社 and `time` 2016年4月26日 (as
        # the 「来源：…」 / 「发布时间：…」 lines under a headline). The bold,
        # boxed 「【核心提示】」 (10) stands alone over its paragraph: a label
        # headline (rule 4), level 1; the paragraph (11) is body. The speech
        # (12-23) has no numbered or stand-alone heads; its bold paragraphs
        # are emphasised statements (batch 25's pull-quote reading): body.
        "title": 8,
        "headings": [(10, None, 1)],
        "furniture": [[1, 7], [9, 9]],
        "document": {"source": "新华社", "time": "2016年4月26日"},
    },
    "report-hk-hkjc-board-of-management-2024": {
        # The Jockey Club annual report's Board of Management pages (20-21)
        # converted from PDF to Markdown. 「Board of Management」 twice: the
        # first (1) the pages' running head, furniture; the second (2) the
        # section's title. The photo table of names (3-6), the role / name
        # lines and portfolios (7-15) are directory content: body (as batch
        # 27's directory entries). The 「（）…」 residue (16) stands for text
        # the converter lost: body (batch 8's undecoded-entity reading). The
        # page number 「20」 (17) is print furniture. 「Executive Directors」
        # (18) stands alone over the second page's table: level 1; the table
        # rows (19-30) body. No fields.
        "title": 2,
        "headings": [(18, None, 1)],
        "furniture": [[1, 1], [17, 17]],
        "document": {},
    },
}
