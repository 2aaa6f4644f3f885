"""The independent second annotator's batch-54 outlines, as line-based annotation.

Made like batches 3 and 5 to 52 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (4cf99dcc, "Corpus batch 54 texts", where the gold
files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-54 gold outline, spec or batch-54 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
科技基金 release's HTML: its two short lines are <strong> paragraphs); the dev
documents of earlier batches (the dev gold of batches 48 and 50's crawler items,
華視 and TVBS, for the site/category/date lines) and docs/gold-outline.md for
the forms read before.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 54 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-idb-green-factory-label-fee-standard-order-2012": {
        # A 行政院公報 令 issuing a 收費標準 (batch 52's 公平會令 with its carried
        # 辦法): title the record's first line (1); the letterhead
        # 「經濟部工業局令」 (2) giving `issuer` without 令; date (3) and 字號 (4)
        # `date` and `number`; the 令 (5) body; the 附 line (6) `attachments` as
        # it reads; 「局　　長　杜紫軍」 (7) `signatory` as written. The 標準 (8-13)
        # is a carried document (rule 7): its title (8) level 1, its three
        # articles 「第　一　條」, 「第　二　條」, 「第　三　條」 (9, 10, 13), each
        # running into its text, headed by the marker alone with the page's
        # spacing (rule 6), level 2 (no chapters). The 一、二、 fee items inside
        # 第二條 (11-12) body (a list inside an article). 第三條 「本標準自發布日
        # 施行。」 names no date: no `effective`. The blank last line (14) left
        # alone.
        "title": 1,
        "headings": [(8, None, 1)] + [(n, "條", 2) for n in (9, 10, 13)],
        "furniture": [],
        "document": {
            "issuer": "經濟部工業局",
            "date": "中華民國101年4月10日",
            "number": "工永字第10100220981號",
            "attachments": "附「綠色工廠標章收費標準」",
            "signatory": "局　　長　杜紫軍",
        },
    },
    "news-tw-udn-yunlin-sixth-naphtha-air-pollution-fee-2017": {
        # A 聯合報 item of the news crawler, one field per line (batches 48 and
        # 50's 華視 / TVBS / 自由時報 items): headline (1); the website 「聯合報」
        # (2), category 「要聞」 (3) and date 「2017-11-30」 (4) one furniture
        # range of site chrome, giving `source` and `time` as written. The body
        # is one line (5): three photo captions with their credit and the
        # share widget's words run into it — at its start and end the same
        # 「濁水溪揚塵嚴重，…能見度極差。記者蔡維斌／攝影   分享       facebook」,
        # in the middle 「濁水溪在東北季風吹襲下，…減輕揚塵。記者蔡維斌／攝影   分享
        # facebook」 — furniture inside the line (captions with credits, page
        # chrome). The photographer's credit is not a byline (batch 13's 中央社
        # reading): no `reporter`. No headings. The blank last line (6) left
        # alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [5, 5]],
        "furniture_text": [
            "濁水溪揚塵嚴重，河床區一片霧茫茫，能見度極差。記者蔡維斌／攝影   分享       facebook",
            "濁水溪在東北季風吹襲下，揚塵十分嚴重，目前積極進行水覆蓋，讓河床保濕，減輕揚塵。記者蔡維斌／攝影   分享       facebook",
        ],
        "document": {"source": "聯合報", "time": "2017-11-30"},
    },
    "press-mo-science-fund-industry-academia-matching-2026": {
        # A 科學技術發展基金 release on the Macau feed: <h1> title (1). The two
        # short lines 「多措並舉加快建立產學研生態」 (3) and
        # 「促產業升級轉型及高校科研成果落地」 (5) are <strong> paragraphs of their
        # own over body paragraphs: subheads, level 1 (rule 4; batch 2's Macau
        # reading). No caption, no sign-off: no furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1)],
        "furniture": [],
        "document": {},
    },
    "wr-tw-tainan-2023-general-budget-proposal-summary-2022": {
        # A 臺南市政府 release of the 主計處 summarising the city's 112年度
        # 總預算案 (the Tainan release form of batches 43-52): title (1);
        # 「發稿單位：主計處」 (2) and 「發稿日期：111年7月14日 15:16」 (3), the
        # release's own header lines, body giving `source` 「主計處」 and `time`
        # as written (batch 3's 台南 reading; 發稿日期 here, 發稿時間 elsewhere).
        # The 17 budget lines (12-28) after 「…另主要編列重點項目包括：」 (the end
        # of a body paragraph, 11) are unnumbered items with no headline, a
        # list, body (rule 3). No headings, no furniture. Blank lines (4, 5, 29)
        # left alone.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "主計處", "time": "111年7月14日 15:16"},
    },
    # Development part.
    "gw-tw-doh-nursing-personnel-act-rules-draft-notice-2012": {
        # A 行政院公報 公告 of a draft with its 總說明 and 對照表 (batch 24's
        # guardianship notice): title the record's first line (1); letterhead
        # 「行政院衛生署公告」 (2) giving `issuer` without 公告; date (3), 字號 (4).
        # 「主　　旨：…」 (5) and 「依　　據：…」 (6) carry their text on the line:
        # body. 「公告事項：」 (7) stands alone: level 1 (rule 4). Its 一、–四、
        # (8-11): 一、 and 二、 open with a label (「修正機關：」, 「修正依據：」), 三、
        # is a sentence, 四、 a sentence ending in ：, two of four, a tie: a list
        # (rule 3, batch 24's reading of the same 公告事項); the (一)–(五) contact
        # lines (12-16) list items. 「署　　長　邱文達」 (17) `signatory`. The
        # carried 「…修正草案總說明」 (18) is a document the 公告 carries (「修正草案
        # 如附件」): level 1 (rule 7), its two paragraphs (19-20) body. The
        # 「…修正草案條文對照表」 (21) is the draft's attached table: its title
        # level 1 (rule 7, as batch 41's 勘誤表 and batch 48's 一覽表); its cells
        # (22-28: the column heads 修正條文 / 現行條文 / 說明, the new article's
        # text, the 一、二、 說明 items) body — the 「第十七條之一　本法…」 line (25)
        # is the text of the 修正條文 cell, not an article of the 公告, so no
        # rule-6 heading (flagged). 「…修正草案如附件」 is a sentence inside an
        # item: no `attachments` (batch 24). The blank last line (29) left
        # alone.
        "title": 1,
        "headings": [(7, None, 1), (18, None, 1), (21, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "行政院衛生署",
            "date": "中華民國101年4月5日",
            "number": "衛署照字第1012860804號",
            "signatory": "署　　長　邱文達",
        },
    },
    "gw-tw-moea-hsishih-reservoir-storage-area-notice-2012": {
        # A 行政院公報 經濟部公告: title (1); letterhead (2) giving `issuer`
        # 「經濟部」; date (3), 字號 (4); 主旨 and 依據 (5, 6) body (text on the
        # line); 「公告事項：」 (7) alone, level 1 (rule 4); its 一、–三、 (8-10)
        # are content sentences, a list (rule 3). 「部　　長　施顏祥」 (11)
        # `signatory`. 「詳如附圖」 inside items: no `attachments`. The blank
        # last line (12) left alone.
        "title": 1,
        "headings": [(7, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "經濟部",
            "date": "中華民國101年4月5日",
            "number": "經授水字第10120203360號",
            "signatory": "部　　長　施顏祥",
        },
    },
    "news-hk-hkcnews-four-person-gathering-limit-no-end-2021": {
        # A 眾新聞 report (Markdown): `#` title (1, U+3000 kept). The
        # <figcaption>s are furniture, one range each: 2 (the apm caption with
        # 「周滿鏗攝」; line 16 repeats its sentence without the credit as body),
        # the two chart credits 「眾新聞製圖」 (7, 11) and 19 (「…資料圖片」). No
        # `##` subhead: no headings. The closing bold credit line
        # 「（本文協力：記者周滿鏗、鄭靖而）」 (25) is a byline-like credit standing
        # alone after the body: furniture, giving `reporter` the two names as
        # written (batch 51's 「參與報道」 credit read the same way; flagged). The
        # front matter's author is dropped by the reader: nothing from it.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [7, 7], [11, 11], [19, 19], [25, 25]],
        "document": {"reporter": "周滿鏗、鄭靖而"},
    },
    "news-hk-oncc-kowloon-bay-care-home-evacuation-2020": {
        # (Session 26, h26: the HTML reader now keeps the lead photo's caption under the title; line numbers
        # stay as this pass read them, moved by lines_moved; the new line was not read by this pass.)
        # An on.cc 東網 realtime page cut to its article column: the reader's
        # text has no headline (the <h1> in the newsHeadline block and the
        # datetime span are not in it), so no title (the gold follows the
        # text, batch 27's reading), and no `time`. 「東網電視」 (1), the video
        # block's label, is site chrome; 「《香港疫慌》專頁: http://…」 (4) a
        # related-link line: furniture. The two paragraphs (2, 3) body; no
        # headings; the text names no outlet or reporter: no fields.
        "lines_moved": ((1, 1, 1, 1), (2, 4, 3, 5)),
        "title": None,
        "headings": [],
        "furniture": [[1, 1], [4, 4]],
        "document": {},
    },
    "news-tw-ettoday-sugar-city-drink-shop-rivalry-2025": {
        # An ETtoday 房產 page (batch 52's form): headline (1, U+3000 kept);
        # time 「2025-04-08 12:32」 (2), ▲ caption (3) and byline
        # 「記者張雅雲／高雄報導」 (4) one furniture range, giving `time` and
        # `reporter` 「張雅雲」. The 《地產詹哥老實說》EP251 promo link (6, repeated
        # at 13) furniture; the ▲ caption (9) furniture; 13 with
        # 「信義房屋更多相關新聞」 (14) one range. The netizens' quotes body. No
        # subhead; no outlet named: no `source`. The blank last line (15) left
        # alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [6, 6], [9, 9], [13, 14]],
        "document": {"time": "2025-04-08 12:32", "reporter": "張雅雲"},
    },
    "press-mo-labour-bureau-fu-job-matching-sessions-2026": {
        # A 勞工局 release on the Macau feed: <h1> title (1). 「三場配對會提供空缺195個」
        # (3, bold over several <strong> runs, batch 2's reading) and
        # 「明起接受網上報名」 (7, <strong>) stand alone over body: subheads, level
        # 1 (rule 4). The three session lines (4-6) and the contact paragraph
        # (9) body. No furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-national-baseball-training-base-opening-2026": {
        # A Presidential Office release: title (1, U+3000 kept), the record's
        # subtitle (3). The address reported in indirect speech (5-21) and the
        # attendance line (23) body; no heads. No headings, furniture or
        # fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-historic-sites-manager-platform-ordinance-report-2026": {
        # A Tainan release: title (1); the run-together
        # 「發稿單位：新聞及國際關係處發稿時間：115年4月21日發稿人員：高淑芸、陳涵文」 (2)
        # is body giving `source`, `time` and `reporter` (batch 10's 安平運河
        # release; two names as written). 「也提出包括：…」 (14) runs on: body. No
        # headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "source": "新聞及國際關係處",
            "time": "115年4月21日",
            "reporter": "高淑芸、陳涵文",
        },
    },
}
