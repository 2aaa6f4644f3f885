"""The independent second annotator's batch-43 outlines, as line-based annotation.

Made like batches 3 and 5 to 41 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (4c12c7ba, batch 43's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-43 gold outline, spec or batch-43
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
the 新聞局 release's HTML — the <h1> and eight plain <p>s, no <strong>, no caption; the other three
are .txt files with no markup).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 43 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-mnd-military-court-wrongful-detention-compensation-letter-2009": {
        # A 國防部書函 in the 行政院公報 (as batch 41's 內政部函): title the record's
        # Title (1); 「國防部書函」 (2) gives `issuer` 國防部; date (3), 字號 (4)
        # `number`; 「主　　旨：…」 (5) and 「說　　明：…」 (6) carry their text, body;
        # the 署名 「國防部」 (7) `signatory` as written. No `attachments`: the
        # 摘要 is named inside the 主旨 sentence (batch 41's 勘誤表 letter). The
        # 決定書摘要 the letter carries after its end: its title (8) level 1
        # (rule 7, batch 41's 勘誤表). Its label lines 「請  求  人：呂俊龍」 …
        # 「決定要旨：…」 (9-15) each carry their value on the line (the 案號's
        # date wrapped to 12): body, as 「主旨：…」 (rule 4); flagged: 主文 and
        # 決定要旨 are the parts the 說明 names, but they run on, not stand alone.
        "title": 1,
        "headings": [(8, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "國防部",
            "date": "中華民國98年4月6日",
            "number": "國法審判字第0980000837號",
            "signatory": "國防部",
        },
    },
    "press-mo-gcs-chief-executive-national-day-reception-2026": {
        # A Macau GCS release (新聞局, the 行政長官's speech): title the <h1> (1);
        # eight plain <p>s (2-9), no <strong>, no caption, no sign-off. 「今（1）日」
        # is a sentence, not a dateline. No headings, no furniture, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-taiwan-lantern-festival-chiayi-opening-2026": {
        # A Presidential Office release: the first line the title (1, its U+3000
        # kept), the second 「總統出席「…」開燈典禮」 (3) the subtitle. Body
        # paragraphs between blank lines; 「第一，…；第二，…」 (11) run inside a
        # sentence, body. No headings, no furniture, no fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-hk-chief-executive-legco-address-2012-10-17-part": {
        # The 行政長官's address to the 立法會 in the Hansard (a PDF's text), as
        # batch 41's 施政報告 record: the record's item heading 「行政長官發言」 (1)
        # names the whole text, the title. The record's note 「行政長官根據《議事規則》
        # …」 (3-5) is its own text, body (batch 41's first-reading note). Each
        # page break's running head 「立法會  ─  2012年 10月 17日」, the ' ' line and
        # the page number (32-34, 74-76, 116-118) one furniture range each (the
        # 74-76 range splits a sentence; still furniture). The speech turns
        # (行政長官：, 主席︰, 梁國雄議員：) and the bracketed stage notes
        # 「(梁國雄議員坐着高聲呼叫 )」 are the record's text, body. The address has no
        # subhead in this part (「首先是…」 / 「接着，我會談談…」 open paragraphs):
        # no headings. Fields (work report): `speaker` the turn label
        # 「行政長官」 (8) and `date` the running head's 「2012年 10月 17日」 as written
        # (batch 41's reading); no `occasion`.
        "title": 1,
        "headings": [],
        "furniture": [[32, 34], [74, 76], [116, 118]],
        "document": {"speaker": "行政長官", "date": "2012年 10月 17日"},
    },
}
