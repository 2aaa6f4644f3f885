"""The independent second annotator's batch-63 outlines, as line-based annotation.

Made like batches 3 and 5 to 61 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (93d1f7d0, "Corpus batch 63 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-63 gold outline, spec or batch-63 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Earlier forms were looked up in dev documents only (tests/data/real/devcorpus.py
--upto 59: batch 39's 蘋果日報 closing byline 「報導．攝影╱韓旭爾」).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 63 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-tvb-ha-manager-husband-shoplifting-fined-2023": {
        # A TVB news page as text: 「港澳」 (1) the site's section line above
        # the headline, furniture (the 信報 page's section line, batch 56; the
        # 華視 category line, batch 48); headline (2) the title; the time line
        # (3) furniture giving `time` as written. Eight body paragraphs, no
        # subhead, no caption, no byline; the text names no outlet: no
        # `source`. The blank last line (20) left alone.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1], [3, 3]],
        "document": {"time": "2023-04-06T22:16:49+08:00"},
    },
    "news-tw-appledaily-hua-jingqun-quits-bank-board-2016": {
        # A 蘋果日報 real-time item: headline (1) the title; two body
        # paragraphs. The byline 「（陳瑩欣／台北報導）」 closing the second
        # paragraph (3) is inline furniture giving `reporter` 「陳瑩欣」 (batch
        # 39's 蘋果 「報導．攝影╱韓旭爾」 run into a paragraph; batch 56's
        # 【…╱連線報導】). 「合庫金（5880）今日公告」 is a sentence, no dateline;
        # the text names no outlet: no `source`, no `time`. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["（陳瑩欣／台北報導）"],
        "document": {"reporter": "陳瑩欣"},
    },
    "press-mo-gcs-chief-executive-meets-uccla-delegation-2026": {
        # A 新聞局 release on the Macau feed: title (1), six body paragraphs.
        # 「今（13）日上午」 is a sentence, no dateline; the closing paragraph
        # (7) on the assembly is body, no caption. No headings, furniture or
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
