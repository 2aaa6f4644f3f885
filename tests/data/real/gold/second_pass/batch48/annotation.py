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
    # Development part.
    "gw-tw-ey-921-recovery-commission-rules-repeal-order-2011": {
        # A 行政院公報 令 (batch 24's transform, batches 25-45's short 令s): the
        # record's first line (1) the title; 「行政院令」 (2) the letterhead,
        # giving `issuer`; date (3) and 字號 (4) `date` and `number`; the one
        # provision (5) body; 「院　　長　吳敦義」 (6) `signatory` as written. No
        # 附 line: no `attachments`. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "行政院",
            "date": "中華民國100年6月1日",
            "number": "院授研綜字第10022605841號",
            "signatory": "院　　長　吳敦義",
        },
    },
    "gw-tw-moi-ancestral-estate-membership-waiver-order-2011": {
        # A 行政院公報 令 (as above): title (1), letterhead 「內政部令」 (2) giving
        # `issuer`, date (3), 字號 (4); the 函釋 (5) body; 「部　　長　江宜樺」 (6)
        # `signatory`. After the signature the gazette prints the 一覽表 the
        # 令 announces (「【如附一覽表】」): its title
        # 「停止適用本部就祭祀公業派下員之身分權不得拋棄之相關函釋一覽表」 (7) is a
        # level-1 heading (rule 7, an annex carried after the 令, as batch 39's
        # 編制表 captions and batch 14's 交接單), not a table title (flagged);
        # the table (8-46) body. 「【如附一覽表】」 is words inside the provision,
        # no 附件說明 line: no `attachments`.
        "title": 1,
        "headings": [(7, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國100年3月1日",
            "number": "內授中民字第1000720037號",
            "signatory": "部　　長　江宜樺",
        },
    },
    "news-hk-hkcnews-meng-wanzhou-hksar-passports-2018": {
        # A 眾新聞 report (眾聞, batches 20-45): `#` title (1, its U+3000 kept).
        # The two <figcaption>s (5 「…美聯社圖片」, 14 「…資料圖片」, the second
        # repeating a sentence of 3) furniture, one range each; the
        # subscription footer (17-18) one range. No subhead, no bold line in
        # the Markdown. The quoted 入境處 text (10-13) with its （一）–（三）
        # conditions ending in ；/。: a list inside a quotation (rule 3). The
        # spaces around the inline links' words (4, 8) kept, body. The byline
        # is only in the dropped front matter: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[5, 5], [14, 14], [17, 18]],
        "document": {},
    },
    "news-hk-hkej-mainland-transit-resumption-cabin-crew-2020": {
        # A 信報 獨眼香江 page cut to its article-detail wrapper (paywalled,
        # the free lead only): the `p#date` (1) and the `p.info` with the
        # author and column spans run together (2, 「紀曉風」 + 「獨眼香江_肺炎襲港」)
        # are page fields above the <h1>: one furniture range, giving `time`
        # 「2020年8月14日」 and `reporter` 「紀曉風」 (no outlet named: no
        # `source`). Title the <h1> (3). The image's 「放大圖片 / 顯示原圖」 links
        # (4) chrome, furniture (the caption itself is only in `title`
        # attributes, not in the text). The lead (5) body; the trailing
        # 「昨新增69宗確診個案 ...」, the paywall's cut of the next part, is a
        # bare text node like the lead, no markup of a subhead: body (flagged).
        # 「（節錄）」 (6), the site's excerpt mark for non-subscribers,
        # furniture.
        "title": 3,
        "headings": [],
        "furniture": [[1, 2], [4, 4], [6, 6]],
        "document": {"time": "2020年8月14日", "reporter": "紀曉風"},
    },
    "news-hk-mingpao-universal-testing-mainland-labs-2020": {
        # A 明報 港聞 page cut to its <hgroup><h1> and <article> (paywalled,
        # the lead only): title the <h1> (1, its spaces kept). The photo's
        # caption is only in attributes, not in the text. 「【明報專訊】」 opens
        # the lead: a dateline, body, giving `source` 「明報」 (the unit as
        # written inside it, as 「【南市博通報】」 gives 「南市博」). No headings,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "明報"},
    },
    "news-tw-cts-coast-guard-ching-fu-contract-termination-2017": {
        # A 華視 item from the same crawler's output as the held-out 自由時報
        # one: title (1, the 「.」 kept); the website, category and date fields
        # 「華視」 / 「政治」 / 「2017/11/26」 (2-4) one furniture range, giving
        # `source` and `time` as written. The body is one line (5). The run-in
        # 「(資料照片)」, the photo's caption, inline furniture. The 一、–三、
        # after 「並採取下列應處作為，…」 are content sentences (the actions
        # taken), no headline lead: a list (rule 3). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [5, 5]],
        "furniture_text": ["(資料照片)"],
        "document": {"source": "華視", "time": "2017/11/26"},
    },
    "press-mo-pj-fake-douyin-support-scam-alert-2026": {
        # A GCS release (司法警察局 警情通告): <h1> title (1, 「警情通告: 」 kept as
        # written). No <strong> in the file: no subheads. 「司法警察局於本年9月
        # 發現」 opens a sentence, no dateline. 「…再次向市民強烈呼籲：」 (5) a
        # sentence closed by ：, body; the 1.–3. appeals (6-8) content
        # sentences ending in ；/。: a list (rule 3). No fields, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-generations-carnival-day-one-2026": {
        # A Tainan release (kiang/www.tainan.gov.tw, batches 43 and 46): title
        # the first line (1). Six body paragraphs, no heads. The closing
        # 「發稿單位：臺南市政府教育局」 (9) is the release's own header line, body,
        # giving `source` 「臺南市政府教育局」 (no 發稿時間 or 發稿人 in this
        # record). No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "臺南市政府教育局"},
    },
}
