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
    # Development part.
    "gw-tw-dgbas-national-accounts-review-committee-rules-repeal-order-2012": {
        # A 行政院公報 令 repealing a 辦法 (batch 48's short 令s): title the
        # record's first line (1); 「行政院主計總處令」 (2) the letterhead, giving
        # `issuer` without 令; date (3) and 字號 (4) `date` and `number`; the one
        # provision (5) body; 「主 計 長　石素梅」 (6) `signatory` as written. No 附
        # line: no `attachments`. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "行政院主計總處",
            "date": "中華民國101年4月5日",
            "number": "主統字第1010300152B號",
            "signatory": "主 計 長　石素梅",
        },
    },
    "gw-tw-mnd-criminal-compensation-decision-letter-2012": {
        # A 書函 carrying a decision summary (batch 43's reading): title the
        # record's first line (1); 「國防部書函」 (2) the letterhead, giving
        # `issuer` 「國防部」; date (3) and 字號 (4). 「主　　旨：…」 (5) and
        # 「說　　明：…」 (6) carry their text: body. 「國 防 部」 (7) the bare
        # issuer line, `signatory` as written; the 決行 line (8) body (batches
        # 37 and 41). The summary's title (9) level 1 (rule 7). Its label lines
        # with their content on the line (請求人, 決定機關, 決定書案號及日期 with
        # its date wrapped onto 13, 請求事由) are body, but 「主文：」 (15) stands
        # alone on its line over the 主文 paragraph (16): a label closed by ：
        # standing alone, a headline (rule 4), level 2 inside the annex
        # (flagged: batch 43's summary had its 主文 on the label's line, so its
        # reading did not decide this form). No furniture.
        "title": 1,
        "headings": [(9, None, 1), (15, None, 2)],
        "furniture": [],
        "document": {
            "issuer": "國防部",
            "date": "中華民國101年3月30日",
            "number": "國法審判字第1010001048號",
            "signatory": "國 防 部",
        },
    },
    "news-hk-hkcnews-tsim-sha-tsui-riot-trial-police-testimony-2021": {
        # A 眾新聞 report: `#` title (1, its column tag 【…】 and U+3000 kept).
        # The two <figcaption>s (3 「首被告學生劉維穎（左）」, 9 「當晚衝突現場有一名
        # 女子…」) furniture, one range each. The `###` subhead 「否認將所有黑衣人
        # 當示威者」 (7) level 1. The closing 「案件編號：DCCC23/21」 (13) is the
        # court report's own case line, body (no subscription footer in this
        # file). No byline in the text: no fields.
        "title": 1,
        "headings": [(7, None, 1)],
        "furniture": [[3, 3], [9, 9]],
        "document": {},
    },
    "news-hk-hkcnews-uli-sigg-m-plus-donation-2021": {
        # A 眾新聞 report: `#` title (1). The three <figcaption>s with their
        # credits (4 「…周滿鏗攝」, 12 「…網上圖片」, 17 「…資料圖片」) furniture, one
        # range each. The two `##` subheads (6, 13) level 1. The spaces around
        # inline links' words (15, 16, 18) kept, body. No byline in the text:
        # no fields.
        "title": 1,
        "headings": [(6, None, 1), (13, None, 1)],
        "furniture": [[4, 4], [12, 12], [17, 17]],
        "document": {},
    },
    "news-tw-cna-pingzhen-tyre-shop-fire-2016": {
        # (Session 26, h26: the HTML reader now keeps the lead photo's caption under the title; line numbers
        # stay as this pass read them, moved by lines_moved; the new line was not read by this pass.)
        # A 中央社 page past its free period: title the <h1> (1, inner space
        # kept). The lead (2) opens with the dateline 「（中央社記者邱俊欽桃園19日
        # 電）」: body, giving `source` 「中央社」, `reporter` 「邱俊欽」 and `time`
        # 「19日」 as written (the dateline rule; no time box in this text). The
        # red notice 「您所瀏覽的新聞已過查詢時效。…」 (3), the site's paywall
        # message, furniture. No headings.
        "lines_moved": ((1, 1, 1, 1), (2, 3, 3, 4)),
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"source": "中央社", "reporter": "邱俊欽", "time": "19日"},
    },
    "news-tw-tvbs-penghu-doctor-hou-wu-chung-mourned-2017": {
        # A TVBS item from the Taiwan news crawler's output (batch 48's 華視 and
        # 自由時報 items): title (1, its U+3000 kept); the website, category and
        # date fields 「tvbs」 / 「生活」 / 「2017/11/26」 (2-4) one furniture range,
        # giving `source` and `time` as written. The body is one line (5), the
        # paragraphs joined by double spaces; no short subhead-like phrase among
        # them (every run is a full sentence). The closing 「（中央社）」 is the
        # wire credit of the body's last paragraph, body (the piece says
        # 「他今天告訴中央社記者」): no reporter. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4]],
        "document": {"source": "tvbs", "time": "2017/11/26"},
    },
    "press-mo-iam-us-avian-flu-poultry-imports-2026": {
        # A GCS release (市政署): <h1> title (1). No <strong> in the file: no
        # subheads; three body paragraphs. No dateline: no fields. No headings,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-vice-president-lunar-new-year-northern-temples-2025": {
        # A Presidential Office release: the first line the title (1, its
        # U+3000 kept), the second text line (3, 「副總統前往…暨發放福袋」, the
        # site's subtitle field) the subtitle. Four body paragraphs; the list
        # of companions (11) body. No headings, no furniture, no fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
