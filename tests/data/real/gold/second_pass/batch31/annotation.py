"""The independent second annotator's batch-31 outlines, as line-based annotation.

Made like batches 3 and 5 to 20 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from, 8fe65180, "Corpus batch 31
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-31 gold outline, spec or batch-31
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines. Furniture is 1-based inclusive line
ranges. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Blade template's <h3>s, the 眾新聞 Markdown's <figcaption>s, the HKBU form's
bold `1. __…__` lines); the dev Tainan releases' gold specs (batches 1-29,
filtered to dev by split.tsv before printing) for the 發稿單位 / 發稿時間 form.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 31 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-jinghe-city-services-party-branch-page": {
        # A company party branch's page (a Laravel Blade template): the page's
        # title is an image (tsdj_z.png), so the text has no title of its own;
        # the opening <p> (1) is body. The three <h3>s 一、 二、 三、 (2, 4, 6)
        # stand alone over their paragraphs: level 1. The 一是…三是 leads in
        # (5) are body (rule 5). The commented-out {{-- … --}} paragraphs are
        # not in the text. No furniture, no fields.
        "title": None,
        "headings": [(2, None, 1), (4, None, 1), (6, None, 1)],
        "furniture": [],
        "document": {},
    },
    "news-hk-taiwan-freediving-flag-removal-2021": {
        # A 眾新聞 report (眾聞): `#` title (1) with its full-width spaces.
        # Six <figcaption>s (3, 5, 10, 14, 16, 24), with a credit
        # (「AIDA Taiwan提供」, 「取自…直播」) or without: furniture, each its
        # own range. No subhead (the Markdown has no `##`), no subscription
        # footer in this file (it ends with the body paragraph 25). The byline
        # 「台灣特派員鄭智仁」 is only in the dropped front matter: no
        # `reporter`, no `time`.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [10, 10], [14, 14], [16, 16], [24, 24]],
        "document": {},
    },
    "press-tw-tainan-jacana-ecology-season-2026": {
        # A 臺南市政府 release (as the dev Tainan releases of batches 1-29):
        # title (1); 「發稿單位：農業局」 (3) and 「發稿時間：…12:05」 (run into
        # the first body sentence on 4) are body, giving `source` and `time`
        # as written. Four body paragraphs, no 【…】 subheads: no headings,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "農業局", "time": "115年10月4日12:05"},
    },
    "report-hk-hkbu-character-scheme-report-form-2025": {
        # A report form converted from Word to Markdown (every numbered item
        # reads 「1.」: Word's auto-numbering lost). `#` title (1); the `##`
        # English title under it (2) the subtitle. The **Project:** /
        # **Institution:** / **Reporting Period:** lines (3-5) and the form's
        # own bilingual heading block (6-11, HKBU / scheme / 年終報告) body.
        # The form's parts are the bold 「1. __…__」 items: 課程講師資料 (12),
        # 課程資料 (21), 課程成果 (32), 財務報告 (118), the SDG question
        # (164, bold in the source like its siblings, kept whole: no 。/：),
        # 未來計劃 (183), 其他意見 (190), 計劃總結 (191): level 1. Under
        # 課程成果 the form's numbered questions (35, 42, 63, 66, 112) each
        # open their answer part: level 2 (a tier of parts, not a list of
        # content sentences). Under question 66 the three numbered aspects
        # (68 個人特質及能力, 107 中華文化的認識, 109 中華文化的認同) each head
        # their own tick boxes or answer: level 3. The 「1. describe…」 /
        # 「2. provide…」 instructions (50-51), the a.–d. cost rows, the SDG
        # tick boxes and table cells are body. The converter's trailer
        # 「Document Information:」 … 「3. Use Python automation…」 (201-209) is
        # the repository's note, not the form: furniture. No header fields.
        "title": 1,
        "subtitle": 2,
        "headings": [
            (12, None, 1),
            (21, None, 1),
            (32, None, 1),
            (35, None, 2),
            (42, None, 2),
            (63, None, 2),
            (66, None, 2),
            (68, None, 3),
            (107, None, 3),
            (109, None, 3),
            (112, None, 2),
            (118, None, 1),
            (164, None, 1),
            (183, None, 1),
            (190, None, 1),
            (191, None, 1),
        ],
        "furniture": [[201, 209]],
        "document": {},
    },
    # Development part.
    "gw-tw-central-tax-bureau-notice-service-2010": {
        # A 行政院公報 公告 record (as the dev gazette records of batches
        # 1-29): the record's title (1) is the title; 「…國稅局公告」 (2)
        # names the issuer, the date (3) and 文號 (4) follow. 「主　　旨：…」,
        # 「依　　據：…」 and 「公告事項：…」 (5-7) each open their sentence on
        # the same line: body (rule 4: a label running on into its sentence
        # is not a stand-alone headline; batch 29's immigration 公告 has
        # 「公告事項：」 alone on its line and numbered items under it, this
        # one has neither). 「局　　長　鄭義和」 (8) `signatory` as written;
        # 「依分層負責授權由單位主管決行並鈐印（13）」 (9) is the signature
        # block's delegation note: body, no field. The 名冊 is cut.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "財政部臺灣省中區國稅局",
            "date": "中華民國99年5月27日",
            "number": "中區國稅大屯二字第0990017349號",
            "signatory": "局　　長　鄭義和",
        },
    },
    "gw-tw-moi-security-firm-tax-review-repeal-2010": {
        # A 行政院公報 令 record: title (1, 「內政部令：廢止…，自即日生效」 as
        # the dev gazette 令 records keep it); 「內政部令」 (2), date (3), 文號
        # (4); the one-sentence order (5) body; 「部　　長　江宜樺」 (6)
        # `signatory`. No annex text, no 附 line: no headings, no attachments.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國99年2月2日",
            "number": "台內警字第0990890007號",
            "signatory": "部　　長　江宜樺",
        },
    },
    "news-cn-taikuanhe-reserve-reform-seminar-2019": {
        # A news item kept in an app's Java bean (title and comment fields):
        # title (1), four body paragraphs; 「3月6日，…」 opens a sentence, not
        # a dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-hk-tung-chee-hwa-national-day-absence-2021": {
        # A 眾新聞 report (眾聞): `#` title (1). Four <figcaption>s (4, 5, 8,
        # 12), each with its credit (「黎家威攝」, 「經民聯提供」): furniture,
        # each its own range (4-5 are two figures in a row: one range). No
        # `###` subhead, no subscription footer in the file; the byline is
        # only in the dropped front matter: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[4, 5], [8, 8], [12, 12]],
        "document": {},
    },
    "press-mo-ka-ho-oil-depot-fire-drill-2026": {
        # A GCS release (消防局): <h1> title (1), four plain <p>s, no
        # <strong>, no caption, no sign-off. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-productivity-centre-kingsoft-mou-2026": {
        # A GCS release (生產力暨科技轉移中心): <h1> title (1), five plain
        # <p>s, no <strong>, no caption. 「於6月29日」 is inside a sentence.
        # No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-office-vice-president-central-temples-2026": {
        # A Presidential Office release: title (1), the site's subtitle
        # field 「副總統前往中彰投等地廟宇參拜祈福並發放福袋」 (3) the subtitle
        # (the Titles rule). 「今（17）日是…」 is a sentence, not a dateline.
        # Three body paragraphs, no headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "report-tw-ly-interior-committee-referendum-act-2012": {
        # A 立法院 committee meeting record (an excerpt of turns): the
        # record's name (1) the title; the time (2), place (3) and 「主席：陳其邁」
        # (4) lines are the record's own header: body, none of them a header
        # field of this corpus. The speakers' turns (「陳其邁：…」, 「陳超明：
        # （在席位上）有意見。」) open their paragraphs with the speaker's name,
        # not a headline: body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
