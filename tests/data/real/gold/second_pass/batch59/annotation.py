"""The independent second annotator's batch-59 outlines, as line-based annotation.

Made like batches 3 and 5 to 56 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (c3880134, "Corpus batch 59 texts", where the gold
files held no headings yet), the two held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-59 gold outline, spec or batch-59 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Earlier forms were looked up in dev documents only (the dev 中央社 pages of
batches 43 and 50 through their gold; the dev entries of earlier passes: batch
22's 中央社 title chrome and 編輯 tail, batches 29 and 30's title suffixes).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 59 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-tw-cna-li-szu-chuan-songshan-airport-tech-corridor-2026": {
        # A 中央社 page as the fetch script saved it: its four header lines
        # 「URL: …」, 「TITLE: …| 地方 | 中央社 CNA」, 「OG: …」, 「STATUS: 200」
        # (1-4) are the script's record of the fetch, not the report: one
        # furniture range (as front matter the app keeps). The headline (6) is
        # the title (its inner space kept; the TITLE: line repeats it with the
        # site's chrome). The dateline 「（中央社記者曹亞沿新北8日電）」 opens the
        # lead (7): body, giving `source` 「中央社」, `reporter` 「曹亞沿」 and
        # `time` 「8日」 as written (batches 22 and 50's 中央社 reading). The
        # closing 「（編輯：李明宗）1151008」 (14) inline furniture giving
        # `editor` (batch 43's and 22's). The list lines 「- 2026/10/09 13:41」 …
        # (15-18), one of them the page's own headline with its time, are the
        # site's related-news list: furniture (flagged: line 16's
        # 「2026/10/08 22:57」 is the story's own time in that list; `time`
        # is kept to the dateline's, the list being furniture of the page).
        # No subheads; the blank last line (19) left alone.
        "title": 6,
        "headings": [],
        "furniture": [[1, 4], [14, 14], [15, 18]],
        "furniture_text": ["（編輯：李明宗）1151008"],
        "document": {
            "source": "中央社",
            "reporter": "曹亞沿",
            "time": "8日",
            "editor": "李明宗",
        },
    },
    "press-tw-taipei-songshan-airport-relocation-ai-park-2026": {
        # A 臺北市政府 release as the fetch script saved it: the header lines
        # (1-4) furniture, as the 中央社 page's. The page text has no headline
        # line of its own: the title is the value of 「TITLE: …」 (2) without
        # the key and the site's 「臺北市政府全球資訊網-市府新聞稿-」 prefix
        # (the Sina posts' `title:` value; batch 22's CNA title chrome), the
        # key and prefix inline furniture. The lead (6) opens with
        # 「臺北市長蔣萬安今（8）日」, a sentence: no dateline, no fields. The
        # nine short lines standing alone between body paragraphs, each two
        # phrases set apart by U+3000 (14, 22, 29, 35, 41, 47, 53, 63, 69),
        # are the release's subheads: level 1 (rule 4). The quote lines (20,
        # 27) and the rest body; the blank and one-space lines left alone.
        "title": 2,
        "title_inline": "輝達來了！蔣萬安發表「AI黃金世紀」新願景 拋松機遷移打造百公頃臺北AI園區",
        "headings": [
            (14, None, 1),
            (22, None, 1),
            (29, None, 1),
            (35, None, 1),
            (41, None, 1),
            (47, None, 1),
            (53, None, 1),
            (63, None, 1),
            (69, None, 1),
        ],
        "furniture": [[1, 1], [2, 2], [3, 4]],
        "furniture_text": ["TITLE: 臺北市政府全球資訊網-市府新聞稿-"],
        "document": {},
    },
}
