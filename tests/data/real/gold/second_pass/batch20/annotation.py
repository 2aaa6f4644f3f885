"""The independent second annotator's batch-20 outlines, as line-based annotation.

Made like batches 3 and 5 to 19 (see ../batch19/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-20 gold files hold the texts; only the "text"
field was printed) at the commit this pass started from, d3a0066c,
"Corpus batch 20 texts"), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-20 gold outline, spec or batch-20
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
Macau releases' `<strong>` runs or their absence, the 眾新聞 Markdown).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 20 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-brewers-western-plants-2011": {
        # The procurement portal's form (batches 15, 17-19): <h1> title (1);
        # the div.source spans 「发布时间：…」 / 「发布人：-」 (3-4) one furniture
        # range, `time` as written; 「-」 names no outlet: no `source`.
        # 「日前，…」 opens sentences, not a dateline. The file is cut after
        # two paragraphs. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-06-09"},
    },
    "news-hk-harbin-cluster-spread-2020": {
        # A 眾新聞 report (眾聞): `#` title (1) with its column tag
        # 「【武漢肺炎大爆發】」 and the full-width spaces kept. Nine body
        # paragraphs, no figcaption, no subhead (the Markdown has none);
        # 「《北京日報》指…」 cites another paper inside a sentence: no dateline,
        # no `source`. The subscription footer (11-12) one furniture range.
        # The byline 「眾新聞記者」 is only in the dropped front matter: no
        # `reporter`, no `time`.
        "title": 1,
        "headings": [],
        "furniture": [[11, 12]],
        "document": {},
    },
    "press-mo-dragon-boat-race-2026": {
        # A GCS release (體育局 and partners): <h1> title (1); ten plain <p>s,
        # no <strong>, no caption, no sign-off; the guests' list (8) and the
        # closing 「公眾可瀏覽…」 (11) are body. 「今（19）日」 is a sentence, not
        # a dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-jilin-2026": {
        # A provincial work report on the library mirror (as 山东, 安徽, 河南):
        # the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10, 「2026年吉林省政府工作报告」 as written), the
        # occasion line with its —— the subtitle (11); the speaker line (14)
        # `speaker` as written, not furniture; `occasion` and `date` from the
        # subtitle. 一、工作回顾 (17) level 1. The review's seven points open
        # with 一是…七是 leads closed by 。 (「一是全力以进促稳。」 …, 20-26):
        # body (rule 5: 一是/二是 leads are never headings, even opening a
        # paragraph). 「主要做了以下工作。」 (19), the 「十四五」 review (27),
        # 「各位代表！」 (28, 30) and the closing paragraphs are body. The file
        # is cut before 二、.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "省长 胡玉亭",
            "occasion": "吉林省第十四届人民代表大会第五次会议",
            "date": "2026年1月27日",
        },
    },
}
