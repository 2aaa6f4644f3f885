"""The independent second annotator's batch-61 outlines, as line-based annotation.

Made like batches 3 and 5 to 59 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (b2418114, "Corpus batch 61 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-61 gold outline, spec or batch-61 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
明報 page's short line is a plain <p> between body paragraphs); the rule book
(docs/gold-outline.md) and dev documents of earlier batches (through
tests/data/real/devcorpus.py --upto 52) for the forms read before (batch 48's
華視 crawler item, the Tainan releases' 發稿 lines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 61 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-mingpao-coin-young-master-arrested-2018": {
        # A 明報 page: the <h1> headline (1) the title (the <h1>'s double spaces
        # one each in the text). The app's text starts at the second
        # paragraph (the 【明報專訊】 lead block is not in it), so no
        # `source` from a dateline. 「警：拾獲財物應交出」 (5) is a short line
        # (a plain <p>) standing alone before body paragraphs: a subhead,
        # level 1 (rule 4). 「■明報報料熱線﹕inews@mingpao.com/ 9181 4676」 (8)
        # is the paper's news-tip footer, furniture (a subscription-footer
        # kind of line); it names the paper only as a promotion, so no
        # `source` (batch 58's TOPick reading). No byline, no time line.
        "title": 1,
        "headings": [(5, None, 1)],
        "furniture": [[8, 8]],
        "document": {},
    },
    "news-tw-cts-nhi-long-term-overseas-residents-petition-2017": {
        # A crawler item written one field per line (batch 48's 華視 item):
        # headline (1) the title; the website 「華視」 (2), the category 「生活」
        # (3) and the date 「2017/11/26」 (4) one furniture range (site
        # chrome), giving `source` 「華視」 and `time` as written. The story is
        # one line (5): the 一、/二、 of the proposed 復保 exceptions inside a
        # sentence and the 「• Step1 …」–「• Step3 …」 timetable are lists,
        # body; no heading. The blank last line (6) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4]],
        "document": {"source": "華視", "time": "2017/11/26"},
    },
    "press-tw-tainan-sports-consumer-disputes-top-ten-2026": {
        # A Tainan city release: title the first line (1). 「發稿單位:體育局」 (3)
        # and 「發稿時間:115年8月21日」 (4) are the release's own header lines
        # (half-width colons), body, giving `source` 「體育局」 and `time`
        # 「115年8月21日」 (the rule book's Tainan releases). Three body
        # paragraphs; no heading, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "體育局", "time": "115年8月21日"},
    },
}
