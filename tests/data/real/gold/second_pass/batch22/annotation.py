"""The independent second annotator's batch-22 outlines, as line-based annotation.

Made like batches 3 and 5 to 20 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from, 7e6fac58, "Corpus batch 22
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-22 gold outline, spec or batch-22
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
眾新聞 Markdown's `###` subheads, figures and card; the Macau releases'
`<strong>` runs or their absence) and MANIFEST.md's batch-22 source
description (written with the texts, before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 22 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-hidaka-book-review-2020": {
        # A 眾新聞 column (眾說): `#` title (1) with its column tag 「【日文書介】」
        # and the ——clause, kept as written. The Markdown's three `###`
        # subheads (9, 13, 16; 「結語：「…」」 included: a subhead, not a label
        # closed by ：) are level 1 (rule 4). The top <figure> has no
        # caption (nothing in the text). The subscription footer (18-19) one
        # range; the blogger card (「博客 | 尹瑞麟」 twice and the
        # 【尹瑞麟・双修集】 profile, 20-22) one range giving `reporter` the name
        # alone (batch 7's second pass).
        "title": 1,
        "headings": [(9, None, 1), (13, None, 1), (16, None, 1)],
        "furniture": [[18, 19], [20, 22]],
        "document": {"reporter": "尹瑞麟"},
    },
    "press-mo-hippo-english-contest-2026": {
        # A GCS release (澳門理工大學): <h1> title (1, the inner space kept);
        # four plain <p>s, no <strong>, no caption. 「日前」 is inside a
        # sentence, no dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-ai-compute-2026": {
        # A Tainan city release: title the first line (1, its U+3000 kept).
        # Six body paragraphs (3-8), each opening 「…表示，」 or a sentence;
        # 「在人才培育方面，…」 (7) runs on: body. No 發稿 line in this record:
        # no fields. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-yanshui-mental-health-walk-2026": {
        # A Tainan city release (衛生局): title the first line (1). One long
        # paragraph (3) with the feed's 「&ensp;」 runs standing for paragraph
        # breaks: body (the noodle-sampling release's reading: undecoded entities are not
        # furniture). The closing 「發稿人：心理健康科 葉晏伶 執行秘書電話：…」 (4) is
        # the release's own line, not furniture (the Tainan releases' reading);
        # it gives `reporter`, the name alone 「葉晏伶」 (as 「發稿人：林曉玫連絡電話：…」
        # gave 「林曉玫」); no 發稿單位 line, so no `source` (心理健康科 is the
        # person's section, written inside the 發稿人 value).
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"reporter": "葉晏伶"},
    },
}
