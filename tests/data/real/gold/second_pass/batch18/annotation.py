"""The independent second annotator's batch-18 outlines, as line-based annotation.

Made like batches 3 and 5 to 17 (see ../batch17/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-18 gold files held only their text
at the commit this pass started from, 7a670b5b, "Corpus batch 18 texts"),
the four held-out documents first (their part committed before any dev
document was printed), and this annotation was written and committed before
any batch-18 gold outline, spec or batch-18 note on the gold was read,
without running the app's outline, title, header or furniture code (nor
`analyze` or any scorer). Headings are (line, cut, level): the heading is
the stripped line up to and including the first `cut` (a run-in heading,
rule 2), or the whole line; a tuple of lines is one heading wrapped over
several lines; ("inline", words) is a heading found inside a longer line.
Furniture is 1-based inclusive line ranges; `furniture_text` lists the
exact strings where a furniture range is only part of a line. The writer
only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau release's `<strong>` runs) and MANIFEST.md's batch-18 source table
(written with the texts, before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 18 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-chinasoft-nanning-channel-2017": {
        # A news item on a bank demo's static page (the title, date and news
        # <font>s; batch 17's P2P form): title (1); the bare date line (3) is
        # the carrying page's field, furniture, giving `time` as written.
        # No byline, no dateline (the lead opens 「习总刚刚考察了…」); the
        # short paragraph 「大家商定，…升级版。」 (11) is a sentence of the
        # story, body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"time": "2017-05-10"},
    },
    "news-cn-crsnow-qinghe-moni-beer-2011": {
        # The procurement portal's form (batches 15 and 17): <h1> title (1);
        # the div.source spans 「发布时间：…」 / 「发布人：-」 (3-4) one furniture
        # range, `time` as written; 「-」 names no outlet, so no `source`.
        # The lead 「6月9日，华润雪花…宣布」 is a sentence, not a dateline;
        # 「一位市场分析人士向记者表示」 names no reporter. No stand-alone
        # lines: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-06-10"},
    },
    "press-mo-ipim-jiangsu-roadshow-2026": {
        # A GCS release (澳門招商投資促進局): <h1> title (1); the five bold
        # one-line <p>s (3, 5, 7, 9, 11: each one <strong> run in the feed)
        # stand alone over body paragraphs: level-1 subheads (rule 4; the
        # space inside 「…角色 系統展示…」 kept as written). The closing
        # paragraph naming the organisers (14) is a sentence, not a sign-off
        # of the form unit / date: body. No caption block, no dateline: no
        # furniture, no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (3, 5, 7, 9, 11)],
        "furniture": [],
        "document": {},
    },
    "wr-shandong-2026": {
        # A provincial work report on the library mirror (as 安徽, 湖南 and
        # the batch-2 reports): the 下载 … 】 toolbar (1-9) and the 来源/时间
        # lines (12-13) furniture; title (10), occasion line with its —— the
        # subtitle (11); the speaker line (14) `speaker` as written, not
        # furniture; `occasion` and `date` from the subtitle. 一、 (17) level
        # 1; its （一）–（六） (19-24) open their paragraphs with a headline
        # closed by 。 (「（一）经济增长迈出坚实步伐。」 …): run-in headings,
        # level 2, cut at the first 。 (rule 2). 「2025年是很不平凡的一年。…」
        # (18) is body; the unnumbered leads inside the （一）–（六）
        # paragraphs (「项目投资支撑有力。」, 「就业方面，…」) run on: body
        # (rule 5). The file is cut before the 「十四五」 review.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, "。", 2) for n in range(19, 25)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "山东省省长 周乃翔",
            "occasion": "山东省第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
}
