"""The independent second annotator's batch-50 outlines, as line-based annotation.

Made like batches 3 and 5 to 48 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (8bcf3e7b, "Corpus batch 50 texts", where the gold
files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-50 gold outline, spec or batch-50 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
東方日報 page's <h3> subheads, its photo captions and footer; whether the
Macau release has <strong> paragraphs); docs/gold-outline.md's batch sections
for the forms read before (the 行政院公報 令 with its amended articles, the
Tainan 發稿單位/發稿時間 lines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 50 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-ey-trade-promotion-fund-rules-amendment-order-2012": {
        # A 行政院公報 令 with its amended articles (batch 24's 內政部令, batch
        # 26's 行政院令): the record's first line (1) the title; 「行政院令」 (2)
        # the letterhead, giving `issuer`; date (3) and 字號 (4) `date` and
        # `number`; the one provision (5) body. 「附修正「…」第四條、第五條、第十一條」
        # (6) is the 令's own 附件说明: `attachments` as the line reads. The
        # signature is two lines, the 院長 on leave and the 副院長 acting
        # (7 「院　　長　吳敦義　請假」, 8 「副 院 長　陳　冲　代行」): `signatory`
        # both lines as written, a list (flagged: one could take only the acting
        # signer). The carried articles' title (9) level 1 (rule 7); 「第　四　條」
        # (10), 「第　五　條」 (15), 「第 十一 條」 (30, half-width spaces as
        # written) level 2, the marker only (rule 6); the 一、–四、 and
        # 一、–十四、 items (sources and uses of the fund, nominal phrases closed
        # by 。) are the articles' 款: lists (rule 6's items inside an article).
        "title": 1,
        "headings": [(9, None, 1), (10, "條", 2), (15, "條", 2), (30, "條", 2)],
        "furniture": [],
        "document": {
            "issuer": "行政院",
            "date": "中華民國101年1月3日",
            "number": "院授主孝二字第1010000002A號",
            "attachments": "附修正「推廣貿易基金收支保管及運用辦法」第四條、第五條、第十一條",
            "signatory": ["院　　長　吳敦義　請假", "副 院 長　陳　冲　代行"],
        },
    },
    "news-hk-orientaldaily-market-reopening-rodents-2020": {
        # A 東方日報 (on.cc) page: title the <h1> (1, its inner space kept). The
        # page's lead-in paragraph is not in the text. The photo captions
        # (2, the <div class="caption"> with its credit; 6-9, the four
        # <ul class="photoCaption"> items of the photo table, 9 without a
        # 「紅磡街市：」 label or credit) are furniture: 2 one range, 6-9 one range.
        # The two <h3> subheads 「清洗後仍有動物內臟爛蔬果」 (4) and
        # 「議員轟食署工作懶散任播毒」 (12) level 1 (rule 4). The closing app
        # advert 「第一手消息請下載on.cc東網…Apps」 (15) and the 「上一則」/「下一則」
        # navigation (16-17) one range. 「本報記者」 names nobody: no fields.
        "title": 1,
        "headings": [(4, None, 1), (12, None, 1)],
        "furniture": [[2, 2], [6, 9], [15, 17]],
        "document": {},
    },
    "press-mo-dsscu-dspa-old-district-building-inspections-2026": {
        # A GCS release: <h1> title (1, its inner space kept). No <strong> in the
        # file: no subheads; four body paragraphs. 「…日前召開跨部門會議」 is not a
        # dateline: no fields. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-urban-renewal-workshops-2026": {
        # A Tainan release: title the first line (1, its inner space kept).
        # 「發稿單位：都市發展局」 (2) and 「發稿時間：115年9月3日 09:15」 (3, the
        # lead run on after it in this record) are the release's own header
        # lines, body, giving `source` 「都市發展局」 and `time` as written with
        # the hour (batch 22's 「115年10月5日10:50」). Four body paragraphs, the
        # last with the URL and the phone numbers. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "都市發展局", "time": "115年9月3日 09:15"},
    },
}
