"""The independent second annotator's batch-63 outlines, as line-based annotation.

Made like batches 3 and 5 to 61 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (93d1f7d0, "Corpus batch 63 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-63 gold outline, spec or batch-63 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Earlier forms were looked up in dev documents only (tests/data/real/devcorpus.py
--upto 59 grep for 「報導」, 「資料圖片」, 「承印人」, 「All rights reserved」, 「圖／」,
「請參見PDF」, 「閱讀更多」, 「Top 1」 and 「附件」 in Taiwan 公文; the dev gold of
batch 52's two ETtoday pages, batches 50 and 58's TVBS pages and batch 56's
智慧財產局 函 for their titles, fields and furniture). TAIL is the 巴士的報 page's
tail, one furniture string.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 63 [--check]
"""

from __future__ import annotations

TAIL = "Top 1 Top 2 Top 3 Top 4 Top 5 Top 6 Top 7 Top 8 Top 9 Top 10 Top 11 Top 12 Top 13 Top 14 Top 15 Top 16 Top 17 Top 18 Top 19 Top 20 為促使學生深刻認識國家的歷史和文化，以加強學生的國民身分認同﹑民族自 ...  14日早上10時許，警方接獲報案，指一名29歲女子於中區砵甸乍街被人 ...  承印人：巴士的報有限公司（香港九龍觀塘鴻圖道81號Contempo Place 10樓B室） © 2023  Bastillepost. All rights reserved."

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-tvb-ha-manager-husband-shoplifting-fined-2023": {
        # A TVB news page as text: 「港澳」 (1) the site's section line above
        # the headline, furniture (the 信報 page's section line, batch 56; the
        # 華視 category line, batch 48); headline (2) the title; the time line
        # (3) furniture giving `time` as written. Eight body paragraphs, no
        # subhead, no caption, no byline; the text names no outlet: no
        # `source`. The blank last line (20) left alone.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1], [3, 3]],
        "document": {"time": "2023-04-06T22:16:49+08:00"},
    },
    "news-tw-appledaily-hua-jingqun-quits-bank-board-2016": {
        # A 蘋果日報 real-time item: headline (1) the title; two body
        # paragraphs. The byline 「（陳瑩欣／台北報導）」 closing the second
        # paragraph (3) is inline furniture giving `reporter` 「陳瑩欣」 (batch
        # 39's 蘋果 「報導．攝影╱韓旭爾」 run into a paragraph; batch 56's
        # 【…╱連線報導】). 「合庫金（5880）今日公告」 is a sentence, no dateline;
        # the text names no outlet: no `source`, no `time`. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["（陳瑩欣／台北報導）"],
        "document": {"reporter": "陳瑩欣"},
    },
    "press-mo-gcs-chief-executive-meets-uccla-delegation-2026": {
        # A 新聞局 release on the Macau feed: title (1), six body paragraphs.
        # 「今（13）日上午」 is a sentence, no dateline; the closing paragraph
        # (7) on the assembly is body, no caption. No headings, furniture or
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    # Development part.
    "gw-tw-mof-taxation-agency-taiwan-thailand-tax-agreement-in-force-letter-2012": {
        # A 行政院公報 函 (batch 56's 智慧財產局 函): title the record's first
        # line (1, 「財政部賦稅署函：」 and the 主旨 as the record gives it);
        # 「財政部賦稅署函」 (2) the letterhead, `issuer` without 函; date (3)
        # and 字號 (4) `date` and `number`. 「主　　旨：…」 (5) runs on after
        # its label: body. 「說　　明：」 (6) stands alone over its items:
        # level 1 (rule 4, batches 43 and 56's 說明). Its 一、 and 二、 (7, 8-13:
        # 二、 wraps over the agreement's English name) are content sentences:
        # a list (rule 3). No 正本 line: no `addressees` (the 主旨's 「請刊登
        # 行政院公報」 is inside the text). 「署　　長　許虞哲」 (14) `signatory`
        # as written. 「附件（請參見PDF檔）」 (15) is the 函's trailing 附件說明
        # with no annex text after it (the page leaves the 約文 to a PDF):
        # `attachments` as it reads, no section (rule 7; flagged: batch 56's
        # 公告 pointer line named its annex, 「…附表及範圍圖（請參見PDF）」, and
        # was read as a level-1 annex title; this one names nothing but
        # 附件). The blank last line (16) left alone.
        "title": 1,
        "headings": [(6, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "財政部賦稅署",
            "date": "中華民國101年12月26日",
            "number": "台稅一發字第10104667142號",
            "signatory": "署\u3000\u3000長\u3000許虞哲",
            "attachments": "附件（請參見PDF檔）",
        },
    },
    "news-hk-bastillepost-third-runway-bribery-icac-charges-2023": {
        # A 巴士的報 page as text: headline (1) the title; the time line (2)
        # furniture giving `time` as written. The whole article and the
        # page's tail run on one line (4): the photo captions with their
        # credit 「資料圖片」 (「廉署。資料圖片」 twice, 「東區裁判法院。資料圖片」,
        # and the last, repeating the lead, 「廉署就…3項罪名。資料圖片」), the two
        # 「- 閱讀更多 -」 related-link markers, and the tail from 「Top 1 …
        # Top 20」 with its two teasers of other stories to the 承印人 line and
        # copyright are inline furniture (batches 3/24/48's 「…。資料圖片」
        # captions; related links and site chrome). No subhead. No `source`:
        # the only naming of the outlet is the site's imprint and copyright
        # in the page chrome, not the piece's own credit (flagged: read as
        # the piece's outlet it would give 「Bastillepost」 or 「巴士的報」).
        # The blank last line (5) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [4, 4]],
        "furniture_text": [
            "廉署。資料圖片",
            "廉署。資料圖片",
            "- 閱讀更多 -",
            "東區裁判法院。資料圖片",
            "- 閱讀更多 -",
            "廉署就機場三跑分判合約貪污案加控一項分判商3項罪名。資料圖片",
            TAIL,
        ],
        "document": {"time": "2023-04-14T09:22:38+00:00"},
    },
    "news-hk-hk01-zheng-yanxiong-first-visit-government-hq-2023": {
        # A 香港01 page as text: headline (1) the title, kept as written with
        # its topic tag 「首踏足政總｜」 (like 「【社媒輿情】」); the time line (2)
        # furniture giving `time`. The article's paragraphs run on one line
        # (4), joined by spaces; five short phrases stand between paragraphs
        # with no sentence end, each over the paragraph that treats it: the
        # page's subheads flattened into the text, headings holding the
        # phrase alone, `inline`, level 1 (batch 56's 蘋果 flattened
        # subheads, batch 2's): 「鄭雁雄：中聯辦工作有六個全面」 (over the 六個全面
        # paragraph), 「習近平全票當選　舉世可見國家空前團結」 (U+3000 kept),
        # 「鄭雁雄：香港把握好發揮優勢三個方向路徑」, 「釐清香港工作與國家中心工作關係」,
        # 「李家超：兩會確立香港在中國式現代化獨特定位」. No byline, no caption,
        # no outlet named: no `source`. The blank last line (5) left alone.
        "title": 1,
        "headings": [
            (4, ("inline", "鄭雁雄：中聯辦工作有六個全面"), 1),
            (4, ("inline", "習近平全票當選\u3000舉世可見國家空前團結"), 1),
            (4, ("inline", "鄭雁雄：香港把握好發揮優勢三個方向路徑"), 1),
            (4, ("inline", "釐清香港工作與國家中心工作關係"), 1),
            (4, ("inline", "李家超：兩會確立香港在中國式現代化獨特定位"), 1),
        ],
        "furniture": [[2, 2]],
        "document": {"time": "2023-03-28T16:14:08+08:00"},
    },
    "news-tw-ettoday-hsinchu-sino-japanese-little-league-2016": {
        # An ETtoday page (batch 52's form, no date line): headline (1); the
        # ▲ caption (2) and the stand-alone byline 「新竹振道記者林彥斌／新竹報導」
        # (3) one furniture range, the byline giving `reporter` 「林彥斌」, the
        # name alone (batch 52's 「記者陳筱惠／台中報導」 → 陳筱惠; 「新竹振道」 is
        # the reporter's desk label, not an outlet: no `source`). 「今（105）年」
        # is inside the text: no `time`. Four body paragraphs, no subhead.
        "title": 1,
        "headings": [],
        "furniture": [[2, 3]],
        "document": {"reporter": "林彥斌"},
    },
    "news-tw-tvbs-new-government-to-attend-wha-2016": {
        # A TVBS item: headline (1) kept as written with its 「快訊／」 tag;
        # one body paragraph (2, 「最新消息，」 is its opening, no dateline);
        # 「圖／TVBS」 (3) the photo credit standing alone, furniture. No
        # `source`: the credit is the photo's, not the piece's (batch 56's 信報
        # 中新社 credit gave none; flagged: 「圖文／鏡週刊」 in batch 56 gave
        # `source` because it credits text and picture, and TVBS is also the
        # page's own outlet). No headings, no time.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {},
    },
    "press-mo-pj-inspectors-sworn-in-2026": {
        # A 司法警察局 release on the Macau feed: title (1), five body
        # paragraphs. 「司法警察局於2026年4月13日…」 is the lead's sentence, no
        # dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tncc-lin-yanzhu-golden-coast-ai-illegal-lodging-2026": {
        # A 臺南市議會 release (batches 22, 56 and 61's form): title the first
        # line (1). The one paragraph (3) opens with 「議員林燕祝業務報告質詢」 run
        # into 「臺南市議員林燕祝質詢…」: the page's photo caption flattened into
        # the lead, inline furniture, no field (batch 61's 李偉智, batch 56's
        # 陳怡珍). 「非法旅宿問題同樣受到關注。」 and 「AI花千萬元，非法旅宿罰4,410萬元。」
        # inside the paragraph are sentences of the text leading into what
        # follows: body (flagged: the second could be read as a second caption
        # run in; nothing in the text marks it off). No closing sign-off, no
        # headings, no fields. Blank lines (2, 4) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["議員林燕祝業務報告質詢"],
        "document": {},
    },
}
