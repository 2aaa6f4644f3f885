"""The independent second annotator's batch-25 outlines, as line-based annotation.

Made like batches 3 and 5 to 24 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (c7310127,
"Corpus batch 25 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-25
gold outline, spec or batch-25 note on the gold was read (nor the builder's
branch issue-b25-s19), without running the app's outline, title, header or
furniture code (nor `analyze` or any scorer). Headings are (line, cut, level):
the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one heading
wrapped over several lines; ("inline", words) is a heading found inside a
longer line. Furniture is 1-based inclusive line ranges; `furniture_text`
lists the exact strings where a furniture range is only part of a line. The
writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' HTML for `<strong>` runs or their absence).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 25
"""

from __future__ import annotations

C = "："

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-moea-exporter-registration-rules-2010": {
        # A 經濟部令 in the gazette record (as batch 24's 內政部令): the
        # record's first line the title (1); 「經濟部令」 (2) the letterhead:
        # `issuer` 「經濟部」; date (3) and 字號 (4) as written. The 令's one
        # sentence (5) body; 「附修正…部分條文」 (6) `attachments` as it reads
        # (stripped of its leading full-width space). 「部　　長　施顏祥」 (7) the
        # 署名 as written. The carried amended articles under their own title
        # (8): level 1 (rule 7); 第　二　條 (9), 第　三　條 (10), 第　七　條 (11)
        # and 第八條之一 (14) head their articles, the marker alone (rule 6),
        # level 2; the 一、二、 items (12-13, 15-16) are content sentences
        # closed by 。: lists, body.
        "title": 1,
        "headings": [(8, None, 1), (9, "條", 2), (10, "條", 2), (11, "條", 2), (14, "之一", 2)],
        "furniture": [],
        "document": {
            "issuer": "經濟部",
            "date": "中華民國99年6月1日",
            "number": "經貿字第09904603240號",
            "attachments": "附修正「出進口廠商登記辦法」部分條文",
            "signatory": "部\u3000\u3000長\u3000施顏祥",
        },
    },
    "news-cn-tech-stocks-a-share-volatility-2026": {
        # A 证券日报-style market report: title (1); three short stand-alone
        # subheads 「科技股表现分化」 (5), 「多只小金属股票大涨」 (16) and
        # 「A股有望展现相对韧性」 (23), each followed by body paragraphs: level 1
        # (rule 4). No dateline, byline or furniture in the text: no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (5, 16, 23)],
        "furniture": [],
        "document": {},
    },
    "press-mo-legco-hengqin-visit-2026": {
        # A GCS release (立法會): <h1> title (1); five plain <p>s, no <strong>
        # in the file, no caption, no sign-off. The three groups' paragraphs
        # (3-5) open with the members' names, sentences: body; the hosts' list
        # (6) body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-qinghai-2026": {
        # A provincial work report in the 青海日报 form (no library toolbar):
        # title 「政府工作报告」 (1), the occasion line with its ―― the
        # subtitle (2); the speaker line 「省长 罗东川」 (3) `speaker` as
        # written; the publication time and 「来源：青海日报」 (4-5) furniture
        # (the mirror's 来源/时间 lines). 「各位代表：」 (6) and the opening
        # paragraph (7) body. 一、 (8) stands alone, level 1; its opening
        # paragraph (9) body; the seven unnumbered stand-alone headlines closed by
        # 。 (「生态底色更加亮丽。」 10, 12, 14, 16, 18, 20, 22), each with
        # its body on the next line: level 2 (rule 4, as the stand-alone
        # headline lines closed by 。 of the statistical analysis). 「过去一年，…」
        # (24) body. `occasion` and `date` from the subtitle. The file is cut
        # inside part 一.
        "title": 1,
        "subtitle": 2,
        "headings": [(8, None, 1)] + [(n, None, 2) for n in (10, 12, 14, 16, 18, 20, 22)],
        "furniture": [[4, 5]],
        "document": {
            "speaker": "省长 罗东川",
            "occasion": "青海省第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
    # Development part.
}
