"""The independent second annotator's batch-58 outlines, as line-based annotation.

Made like batches 3 and 5 to 56 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (dcf590eb, "Corpus batch 58 texts", where the gold
files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-58 gold outline, spec or batch-58 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
聯合報 page's <h2> subheads, <figcaption> and author box); the dev documents of
earlier batches (through tests/data/real/devcorpus.py and the dev entries of
earlier passes) for the forms read before (batch 45's HKET record, batch 2's
「編譯：」 byline and batch 45's 「／綜合報導」 bylines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 58 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-hket-police-tactical-unit-officer-preliminary-positive-2020": {
        # A 香港經濟日報 page (batch 45's HKET record): title (1) with its column
        # tag 「【新冠肺炎】」 kept (Titles). The time line (2) furniture giving
        # `time` as written. The two 「…立即下載經濟日報App：…」 promotions, the
        # Telegram subscription line (6-8) and the byline 「記者：陳子謙」 (9) one
        # furniture range, the byline giving `reporter` 「陳子謙」 (batch 45's
        # 「記者：解青羽」). No `source`: the outlet is named only by the app
        # promotion, site chrome, not the piece's statement. No subheads.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [6, 9]],
        "document": {"time": "17:30 2020/08/09", "reporter": "陳子謙"},
    },
    "news-tw-udn-fukushima-treated-water-china-japan-tensions-2023": {
        # A 聯合報 (udn) page: headline (1). The time (2) and the author box
        # 「聯合報／編譯茅毅、記者謝守真／綜合報導」 (3), standing on its own line
        # before the lead (the page's <section class="authors">), one furniture
        # range (batch 45's 「陳宥蓁／綜合報導」, batch 52's stand-alone bylines),
        # giving `time` as written, `reporter` the two names (the 編譯 writes the
        # Chinese story, batch 2's 「編譯：」; a list, since the line reads
        # 「茅毅、記者謝守真」) and `source` 「聯合報」 (the byline's own statement
        # of the paper; flagged: a reader who takes the author box for chrome
        # alone would give no `source`). The <figcaption> caption ending
        # 「（美聯社）」 (6) furniture. The three <h2> lines 「中日領袖會談的前景嚴峻」
        # (7), 「日僑學校遭蛋洗、扔石塊」 (12) and 「陸客赴日旅遊熱快速降溫」 (14)
        # are subheads, level 1 (rule 4).
        "title": 1,
        "headings": [(7, None, 1), (12, None, 1), (14, None, 1)],
        "furniture": [[2, 3], [6, 6]],
        "document": {
            "time": "2023-08-28 01:05",
            "source": "聯合報",
            "reporter": ["茅毅", "謝守真"],
        },
    },
    "press-mo-ssm-tobacco-control-law-consultation-closed-2026": {
        # A 衛生局 release on the Macau feed: <h1> title (1, the two clauses run
        # together as the feed has them), three body paragraphs (no <strong>
        # line in the file). No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-tw-tainan-civil-affairs-bureau-council-work-report-2019": {
        # A 臺南市政府 release giving 民政局's work report to the council: title
        # the first line (1). The opening paragraphs (2-3) body. The report's
        # points (4) are one line of tab-separated items, the page's bullet
        # list: content sentences (「為改善市容環境，…」, 「辦理…」), a list by
        # rule 3, no heading. 「推動臺南市市民卡：」 inside it is one item whose
        # sub-item follows after the tabs: an item of the list, not a label
        # standing alone on its line (rule 4; flagged: set on a line of its own
        # it would be a level-1 label). The closing 「市府民政局表示，…」 (5)
        # body. Fields as a work report: `speaker` 「民政局」 (the bureau that
        # gives the report, as batch 41's 「財政司司長」 is an office) and
        # `occasion` 「臺南市議會第3屆第2次定期大會」, both from the report's own
        # sentence (3) (flagged: read as a release it has no 發稿 lines, so no
        # field). No furniture; the blank last line (6) left alone.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"speaker": "民政局", "occasion": "臺南市議會第3屆第2次定期大會"},
    },
}
