"""The independent second annotator's batch-48 outlines, as line-based annotation.

Made like batches 3 and 5 to 46 (see ../batch46/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from, b274e049, "Corpus
batch 48 texts", where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and
this annotation was written and committed before any batch-48 gold outline, spec
or batch-48 note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only part
of a line. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
RTHK Markdown's link line, the AMCM release's `<strong>` paragraphs) and, for
the 自由時報 item, the crawler that wrote it (`TaiwanStat/Taiwan-news-crawlers`
`TaiwanNewsCrawler/spiders/liberty_spider.py` through the library's
`read_file`: each `div.text p`'s text nodes joined by a space, the paragraphs
run together); the texts commit's message (written with the texts, before any
gold) for the records' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 48 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-cec-changhua-councillor-replacement-notice-2011": {
        # A 行政院公報 公告 (batch 24's transform; batches 37, 43, 46's gazette
        # 公告 form): the record's first line (1, the gazette site's heading)
        # is the title, as every gazette 令/公告 of batches 24-45; 「中央選舉委員會公告」
        # (2) the letterhead (機關 and 文別), giving `issuer`; the date (3) and
        # 字號 (4) lines `date` and `number`. 「主　　旨：…」 (5) carries its text:
        # body. 「依　　據：」 (6) and 「公告事項：」 (9) stand alone: level-1 labels
        # (rule 4, as 「說　　明：」). Under 依據 the 一、二、 (7-8) are citations,
        # a list; under 公告事項 the 一、–三、 (10, 11, 23) are content
        # sentences (二、 a sentence ending in 「如下：」 over the table): no
        # headline lead, a list (rule 3). The one-row table (12-22) body. The
        # signature 「主任委員　張博雅」 (24) `signatory` as written.
        "title": 1,
        "headings": [(6, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "中央選舉委員會",
            "date": "中華民國100年5月2日",
            "number": "中選務字第1003150171號",
            "signatory": "主任委員　張博雅",
        },
    },
    "news-hk-rthk-housing-director-interviews-2024": {
        # An RTHK digest (raileo98/test2, batches 1 and 10): no title of its
        # own; each item's `#` headline (1, 10, 18) level 1. Under each headline
        # the repository's Markdown link to the item's page (2, 11, 19: the
        # bare URL) is furniture (the feed's, not RTHK's text; like the
        # 原始網址 block), each one range; each 「原始網址 / © rthk.hk / 電子郵件」
        # block (7-9, 15-17, 23-25; this version has no 原文連結 line) one
        # range. The images' alt captions are not in the text. No fields.
        "title": None,
        "headings": [(1, None, 1), (10, None, 1), (18, None, 1)],
        "furniture": [[2, 2], [7, 9], [11, 11], [15, 17], [19, 19], [23, 25]],
        "document": {},
    },
    "news-tw-ltn-pan-democrats-golden-bauhinia-protest-arrests-2017": {
        # A 自由時報 print-edition item from a crawler's output: title (1, the
        # 「//」 and spaces kept as written). The crawler's fields 「自由時報」
        # (2, the website), 「焦點」 (3, the category) and 「2017-06-29」 (4) are
        # page fields: one furniture range, giving `source` and `time` as
        # written (batch 15's page fields of Taiwan news sites). The body is one
        # line (5): the spider joins each <p>'s text nodes with a space and runs
        # the paragraphs together, so the three space-led short phrases are the
        # page's subheads run in: 「要求釋放劉曉波、真普選」 (before the lead's
        # byline), 「拒離場 鐵鍊綁雕像鎖一起」, 「習所到之處 將「完全清場」」, level-1
        # headings marked `inline` (batch 2's flattened Taiwan subheads, batch
        # 45's 東方日報 one-line text; flagged: the first, standing before the
        # byline, could be read as a deck, a subtitle). 「〔編譯管淑平／綜合報導〕」
        # opens the lead: a dateline of the 【記者…／台北報導】 form, body, giving
        # `reporter` 「管淑平」. The closing 「中國國家主席習近平到訪香港前夕，…（路透）」,
        # a photo caption with its credit (arabic numerals against the body's
        # Chinese ones), is inline furniture.
        "title": 1,
        "headings": [
            (5, ("inline", "要求釋放劉曉波、真普選"), 1),
            (5, ("inline", "拒離場 鐵鍊綁雕像鎖一起"), 1),
            (5, ("inline", "習所到之處 將「完全清場」"), 1),
        ],
        "furniture": [[2, 4], [5, 5]],
        "furniture_text": [
            "中國國家主席習近平到訪香港前夕，香港泛民主派約30人28日傍晚突襲金紫荊廣場，"
            "再度佔領金紫荊雕像，示威約3小時被警方一一帶離，未積極抵抗。"
            "參與示威的「香港眾志」秘書長黃之鋒被警方抬離時，大喊「七一上街」。（路透）"
        ],
        "document": {"source": "自由時報", "time": "2017-06-29", "reporter": "管淑平"},
    },
    "stats-mo-amcm-money-finance-statistics-2026-08": {
        # A GCS statistics release (澳門金融管理局; batch 10's AMCM mortgage
        # statistics): <h1> title (1). The four paragraphs wholly <strong>,
        # 「貨幣供應」 (3), 「存款」 (5), 「貸款」 (7), 「營運比率」 (9), stand alone
        # over body paragraphs: level-1 subheads (rule 4). 「澳門金融管理局今（6）日
        # 發佈的統計顯示」 (2) is a sentence, not a dateline: no fields. The
        # asterisk note (11), 「如欲查詢…」 (12) and the URL paragraph (13, a <p>
        # of the release, as batch 10's) body. No furniture.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1), (7, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {},
    },
}
