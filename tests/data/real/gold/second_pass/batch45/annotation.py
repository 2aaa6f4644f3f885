"""The independent second annotator's batch-45 outlines, as line-based annotation.

Made like batches 3 and 5 to 44 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (da1c4bf0, batch 45's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-45 gold outline, spec or batch-45
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
the 自由時報 page's HTML — the <h1>, the pic750 caption <p>, the viewtime span, the article <p>s;
the 立法院 record's Markdown — no `#` and no bold, two image lines the reader drops, the
「、近半年…」 line so written in the file; the 中選會 公告 and the 無綫新聞 record are .txt files with
no markup); the texts commit's message for the records' origins.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 45 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-cec-legislator-election-revocation-dual-nationality-notice-2009": {
        # A 中央選舉委員會公告 in the 行政院公報 transform (batch 24's 內政部公告, batch 40's 移民署公告):
        # title the record's Title (1); 「中央選舉委員會公告」 (2) the letterhead giving `issuer`
        # 「中央選舉委員會」; date (3) and 字號 (4) `date`, `number`. 「主　　旨：…」 (5) carries its
        # text: body. 「依　　據：」 (6) and 「公告事項：」 (9) stand alone on their lines: level 1 (rule 4,
        # as batch 9's 臺南 公告). Under 依據 the 一、二、 (7-8) are citations: a list. Under 公告事項
        # the 一、–四、 (10-12, 34): 一、 and 二、 open with 「本會第…次委員會議決議：」 before a
        # quotation, 三、 is a sentence introducing the table, 四、 the 訴願 notice: two of four, a tie,
        # so a list (rule 3). The table's column heads and cells (13-33) are body. The 首長 署名
        # 「主任委員　張政雄」 (35) `signatory` as written. No `attachments`.
        "title": 1,
        "headings": [(6, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "中央選舉委員會",
            "date": "中華民國98年5月26日",
            "number": "中選一字第0983100136號",
            "signatory": "主任委員　張政雄",
        },
    },
    "news-hk-tvb-cruise-homeport-singapore-disney-2023": {
        # A 無綫新聞 record from a scraper's parsed fields: the category 「港澳」 (1) is the site's
        # section label, furniture; the headline (2) the title, its inner space kept; the ISO time
        # stamp (3) furniture giving `time` as written (as batch 16's 华东五金网 date line). Ten body
        # paragraphs with blank lines between; the speakers' quotations (「…稱︰「…」」) are body. No
        # subhead, no byline, no `source` (the station is named nowhere in the text). No headings.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1], [3, 3]],
        "document": {"time": "2023-04-06T23:16:07+08:00"},
    },
    "news-tw-ltn-wanhua-haunted-flat-auction-2018": {
        # A 自由時報 page cut to its article block: the <h1> (1) the title; the photo's caption
        # 「…（圖翻攝自google map）」 (2, the pic750 <p>) and the viewtime stamp (3) one furniture range,
        # giving `time` 「2018-07-31 08:19」. The lead opens 「〔即時新聞／綜合報導〕」: the desk's opener,
        # body; it names no outlet and no reporter, so no `source`, no `reporter` (「《蘋果日報》報導」
        # cites another paper inside a sentence). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 3]],
        "document": {"time": "2018-07-31 08:19"},
    },
    "wr-tw-mofa-ly-foreign-affairs-committee-report-2012-part": {
        # A 立法院公報 committee record (Markdown, no markup): 「委員會紀錄」 (1) is the gazette's
        # section label over the record, not the record's own text: furniture (flagged). The
        # record's name (2) the title (batch 31's 立法院 record); its 時間/地點/主席 lines (3-5) body.
        # The record's agenda nests as it prints it (batch 41's LegCo record): 「報　告　事　項」 (7)
        # level 1; its items 「一、宣讀上次會議議事錄。」 (8) and 「二、邀請外交部部長楊進添作業務報告，並備質詢。」
        # (34) level 2. The minutes read under 一、 are a carried document (rule 7's reading): their
        # title 「…第1次全體委員會議議事錄」 (9) level 3, their own 「報　告　事　項」 (21) and
        # 「選　舉　事　項」 (23) level 4; their header lines (10-20) body; under 選舉事項 the
        # 「一、推定…進行選舉。」 / 「二、選舉結果：」 pair (26, 28) is one sentence and one label, a
        # tie: a list, with its (一)–(三); 「散會」 (32) closes the minutes: body. The 主席 and 部長
        # turns (6, 33, 35, 36) are body (batch 31). The 業務報告's parts under 二、: 「壹、前言」 (37),
        # 「貳、「活路外交」政策的回顧」 (39) and 「、近半年推動「活路外交」的具體成果」 (42, its 參 missing
        # in the file itself, kept as written) level 3; 「一、穩固與邦交國關係」 (43) level 4 and its
        # 「(一)與23個邦交國關係持續穩定」 (44), 「(二)高層互訪情形」 (47) capped at 4. Fields (work
        # report, batch 41's LegCo reading): `speaker` the turn label 「楊部長進添」 as written, `date`
        # the record's 「中華民國101年3月7日」; no `occasion` (as batch 43's LegCo part). The file is cut
        # inside (二).
        "title": 2,
        "headings": [
            (7, None, 1),
            (8, None, 2),
            (9, None, 3),
            (21, None, 4),
            (23, None, 4),
            (34, None, 2),
            (37, None, 3),
            (39, None, 3),
            (42, None, 3),
            (43, None, 4),
            (44, None, 4),
            (47, None, 4),
        ],
        "furniture": [[1, 1]],
        "document": {"speaker": "楊部長進添", "date": "中華民國101年3月7日"},
    },
}
