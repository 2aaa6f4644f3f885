"""The independent second annotator's batch-41 outlines, as line-based annotation.

Made like batches 3 and 5 to 39 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (8c4d52fe, batch 41's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-41 gold outline, spec or batch-41
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
the 勞工局 release's HTML — the <h1> and three <p><strong> lines; the 疾管署 item's Markdown — the
front matter holding the headline the reader drops, the two `##` lines, the `---` and the italic
萃取時間 line).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 41 [--check]
"""

from __future__ import annotations


def _articles(level: int, *lines: int) -> list[tuple[int, str, int]]:
    """第X條 article headings at `level` on `lines`: the marker only, as written (rule 6)."""
    return [(n, "條", level) for n in lines]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-moi-existing-building-fire-safety-improvement-regulations-2007": {
        # A 行政院公報 令 as batches 24, 35 and 39's: title the record's Title (1);
        # 「內政部令」 (2) gives `issuer` 內政部; date (3), 字號 (4) `number`; the
        # subject line (5) body; the 附 line (6) `attachments` as it reads;
        # 「部　　長　李逸洋」 (7) `signatory`. The amended 辦法's title (8) is the
        # carried text's: level 1 (rule 7); 第　一　條–第　四　條 (9, 10, 12, 18),
        # their text running on, the marker only with the gazette's U+3000s,
        # level 2 (rule 6); 第三條's 一、–三、 (15-17) a list (an article's items),
        # the continuation paragraphs (11, 13, 14) body.
        "title": 1,
        "headings": [(8, None, 1)] + _articles(2, 9, 10, 12, 18),
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國96年5月16日",
            "number": "台內營字第0960802764號",
            "attachments": "附修正「原有合法建築物防火避難設施及消防設備改善辦法」",
            "signatory": "部　　長　李逸洋",
        },
    },
    "press-mo-dsal-family-friendly-employer-logo-contest-2026": {
        # A Macau GCS release: title the <h1> (1); the three bold one-line
        # <p><strong> lines 「核心理念與視覺要求」 (3), 「獎項設置與嘉許」 (5) and
        # 「參賽資格、報名與查詢方式」 (7), each over its paragraph, are subheads,
        # level 1 (rule 4, batch 2's Macau releases). No furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-tw-cdc-adult-pneumococcal-vaccine-switch-2026": {
        # A 疾管署 item as a disease-advisory repository keeps it (Markdown): the
        # headline is only in the front matter the app drops, so no title (the
        # gold follows the text, as batch 39's 暖流 pages and batch 27's 四川
        # page). The repository's `##` 「摘要」 (1) and 「詳細內容」 (3), each a
        # short line over its own paragraphs, are level 1 (rule 4, as batch 27's
        # trend guide's `##` 摘要; flagged: they are the repository's labels,
        # and furniture is the other reading). The (1)–(3) lines (6-8) a list,
        # 「註:…」 (9) a note, body. The closing italic generator line 「萃取時間:
        # … 資料來源: 衛生福利部疾病管制署」 (14) is the repository's metadata,
        # furniture (batch 27's 「Deliverable: …」); its 資料來源 gives `source`
        # as a closing credit line does (batch 38's 每日经济新闻 credit); the
        # 萃取時間 is the scrape's time, not the release's: no `time`.
        "title": None,
        "headings": [(1, None, 1), (3, None, 1)],
        "furniture": [[14, 14]],
        "document": {"source": "衛生福利部疾病管制署"},
    },
    "wr-hk-policy-address-2013-legco-record-opening": {
        # The opening of the 2013 施政報告 in the 立法會 Hansard (a PDF's text):
        # the record's item heading 「香港特別行政區行政長官發表施政報告」 (1) is the
        # title (the only title line; the speech is the record's item). Each
        # page break's running head 「立法會 ─ 2013年 1月 16日」, the blank line and
        # the page number (25-27, 67-69, 106-108, 147-149) are one furniture range
        # each (batch 33's PDF running header and page number). The speech turns
        # (主席：, 議員：) and the bracketed stage notes 「(陳偉業議員…離席 )」 are the
        # record's own text, body. The address's 「(一 ) 引言」 (72) is level 1;
        # its stand-alone subheads 「願景」 (74), 「前提」 (162) and 「以人為本」
        # (172), each a short line over body paragraphs, level 2 (rule 4 under
        # the numbered part). Fields (work report): `speaker` the turn label
        # 「行政長官」 (70) and `date` the running head's 「2013年 1月 16日」 as
        # written (flagged: from a furniture line, as a byline's name gives
        # `reporter`); no `occasion` (the text names the Council, not a
        # session, as 「…第二次会议」 in the mainland reports).
        "title": 1,
        "headings": [(72, None, 1), (74, None, 2), (162, None, 2), (172, None, 2)],
        "furniture": [[25, 27], [67, 69], [106, 108], [147, 149]],
        "document": {"speaker": "行政長官", "date": "2013年 1月 16日"},
    },
}
