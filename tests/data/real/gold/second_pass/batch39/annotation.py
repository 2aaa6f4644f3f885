"""The independent second annotator's batch-39 outlines, as line-based annotation.

Made like batches 3 and 5 to 38 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (4f9f2799, batch 39's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-39 gold outline, spec or batch-39
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2; 「條」 keeps an article's marker), or the whole
line; a tuple of lines is one heading wrapped over several lines; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (for the held-out four:
the 眾聞 report's Markdown — <figcaption>s and the subscription footer after its `---`; the
台灣蘋果日報 暖流 page's <article> — the <h1> the reader drops, the <h2> under it, the <time>,
the caption <span>, the blockhead <h2> subheads).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 39 [--check]
"""

from __future__ import annotations


def _articles(level: int, *lines: int) -> list[tuple[int, str, int]]:
    """第X條 article headings at `level` on `lines`: the marker only, as written (rule 6)."""
    return [(n, "條", level) for n in lines]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-ey-temple-public-land-donation-regulations-2008": {
        # A 行政院公報 令 as batches 35 and 37's: title the record's Title (1);
        # 「行政院令」 (2) gives `issuer` 行政院; date (3), 字號 (4) `number`; the
        # subject line (5) body; 「附「寺廟或宗教團體申請贈與公有土地辦法」」 (6)
        # `attachments` as the line reads; 「院　　長　張俊雄」 (7) `signatory`. The
        # issued 辦法's title (8) is the carried text's: level 1 (rule 7);
        # 第　一　條–第　三　條 (9-11), their text running on, the marker only as
        # written with the gazette's U+3000s, level 2 (rule 6); 第三條's
        # 一、–三、 (12-14) a list (an article's items). Cut after 第三條 (MANIFEST).
        "title": 1,
        "headings": [(8, None, 1)] + _articles(2, 9, 10, 11),
        "furniture": [],
        "document": {
            "issuer": "行政院",
            "date": "中華民國97年2月5日",
            "number": "院臺建字第0970081787號",
            "attachments": "附「寺廟或宗教團體申請贈與公有土地辦法」",
            "signatory": "院　　長　張俊雄",
        },
    },
    "news-hk-hkcnews-universal-testing-convention-centre-2020": {
        # A 眾新聞 report (眾聞) as batches 35 and 37's: the `#` title (1) with
        # its U+3000 and the 【…】 column tag kept. Every <figcaption> is
        # furniture with its 「眾新聞記者攝」 / 「EYEPRESS圖片」 credit (4, 7, 9, 13,
        # 15; 15's 「完成後檢測後…」 restates no body sentence but is a caption by
        # markup); the subscription footer (17-18) furniture. No subheads; the
        # byline is only in the dropped front matter: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [7, 7], [9, 9], [13, 13], [15, 15], [17, 18]],
        "document": {},
    },
    "news-tw-appledaily-cleaner-family-mental-illness-2008": {
        # A 台灣蘋果日報 暖流 story, its <article> block: the HTML reader drops
        # the <h1> 「夫兒皆精障 妻憂愁成疾」, so the text's first line, the
        # hgroup's <h2> 「清潔婦難持家 為中風婆婆舉債苦撐」 (1), is the title
        # (flagged: read as a subtitle under a lost title, the document would
        # have none). The <time> line (2) furniture giving `time` as written;
        # the photo caption (3) furniture, one range with 2. The byline
        # 「報導．攝影╱孫敏聿」 closing the intro paragraph (4) is inline furniture
        # giving `reporter` 「孫敏聿」. The blockhead <h2>s 「全家燒炭自殺獲救」 (6)
        # and 「僱主同情不忍辭退」 (10) are subheads, level 1 (rule 4).
        "title": 1,
        "headings": [(6, None, 1), (10, None, 1)],
        "furniture": [[2, 3], [4, 4]],
        "furniture_text": ["報導．攝影╱孫敏聿"],
        "document": {"time": "2008年01月07日", "reporter": "孫敏聿"},
    },
    "press-mo-dsedj-tertiary-scholarship-applicant-lists-2026": {
        # A Macau government release (教青局): title (1), four body
        # paragraphs. No headings, no furniture, no fields (as every Macau
        # release since batch 20).
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
