"""The independent second annotator's batch-52 outlines, as line-based annotation.

Made like batches 3 and 5 to 50 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (fcf64628, "Corpus batch 52 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-52 gold outline, spec or batch-52 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
眾新聞 Markdown's <figure> captions, video shortcodes and footer; whether the
Macau releases have <strong> paragraphs); the dev documents of earlier batches
(through tests/data/real/devcorpus.py and the dev entries of earlier passes)
for the forms read before (眾新聞 video shortcodes as furniture, a news site's
▲ photo captions and desk/reporter bylines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 52 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-hkcnews-apple-daily-search-keeps-publishing-2021": {
        # A 眾新聞 report: `#` title (1, its U+3000 kept). The four
        # <figcaption>s (3 and 5 「蘋果日報圖片」, 13 「…陳沛敏辦公室。美聯社圖片」,
        # 17 「蘋果日報明日發行50萬份。」) furniture, one range each; the three
        # Hugo 「{{< video … >}}」 shortcodes (7, 9, 11), machine markers left in
        # the text, furniture (as the dev 眾新聞 pages of batches 6, 19 and 43
        # have them). No `##` subhead in the Markdown: no headings. The
        # subscription footer (18-19) one range. The byline 「實習記者方穎暉」 is
        # only in the dropped front matter: no `reporter`, no fields.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [7, 7], [9, 9], [11, 11], [13, 13], [17, 17], [18, 19]],
        "document": {},
    },
    "news-tw-ettoday-tainan-drink-shop-counts-2025": {
        # An ETtoday page as a text file: headline (1, U+3000 kept); the
        # publication time 「2025年03月07日 18:09」 (2), the ▲ photo caption with
        # its credit (3) and the byline 「網搜小組／劉維榛報導」 (4, a desk and a
        # reporter) one furniture range, giving `time` as written and
        # `reporter` 「劉維榛」 (batch 45's 三立 byline names only a desk; this one
        # names the reporter). The second ▲ caption 「…（圖／翻攝台南式 Tainan
        # Style臉書）」 (10) furniture. The ranking lines (7-9, 11) and the
        # netizens' quotes (13) are body; no subhead. The text names no outlet:
        # no `source`. The blank last line (14) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [10, 10]],
        "document": {"time": "2025年03月07日 18:09", "reporter": "劉維榛"},
    },
    "press-mo-ias-domestic-violence-law-cooperation-meeting-2026": {
        # A 社會工作局 release on the Macau feed: <h1> title (1); six plain <p>s,
        # no <strong>, no caption, no sign-off. 「出席是次會議的尚有：…」 (7) is a
        # sentence running on after its ：, body (not a stand-alone label).
        # 「於7月3日」 is a sentence, not a dateline. No headings, furniture or
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
