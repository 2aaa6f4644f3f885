"""The independent second annotator's batch-27 outlines, as line-based annotation.

Made like batches 3 and 5 to 25 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (9df27691,
"Corpus batch 27 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-27
gold outline, spec or batch-27 note on the gold was read (nor the builder's
branch issue-b27-s20, nor MANIFEST.md's batch-27 gold table), without running
the app's outline, title, header or furniture code (nor `analyze` or any
scorer). Headings are (line, cut, level): the heading is the stripped line up
to and including the first `cut` (a run-in heading, rule 2), or the whole
line; a tuple of lines is one heading wrapped over several lines; ("inline",
words) is a heading found inside a longer line. Furniture is 1-based
inclusive line ranges; `furniture_text` lists the exact strings where a
furniture range is only part of a line. The writer only slices the text; it
runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
中央社 page's HTML: an <h1> headline, plain <p>s).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 27
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-moj-regulations-committee-sections-2010": {
        # A 法務部令 in the gazette record (batches 24-25's 令 form): the
        # record's first line the title (1); 「法務部令」 (2) the letterhead:
        # `issuer` 「法務部」; date (3) and 字號 (4) as written. The 令's one
        # sentence (5) body; 「附修正…第二條條文」 (6) the 令's own 附件说明:
        # `attachments` as it reads (batch 24's reading). 「部　　長　曾勇夫」 (7)
        # the 署名 as written. The carried amended article under its own title
        # (8): level 1 (rule 7); 「第　二　條」 (9) heads its article, the
        # marker alone with the gazette's full-width spaces (rule 6), level 2.
        # Inside it 「一、第一科：」, 「二、第二科：」, 「三、第三科：」 (10, 17, 21)
        # stand alone, each a label closed by ： over its own (一)… duties:
        # all three siblings headlines (rule 3's per-tier decision; rule 4's
        # label standing alone even when a list follows), so headings, level
        # 3 (a judgement call: rule 6 makes an article's numbered items lists
        # "by rule 3", and its example items are content sentences; these are
        # not). The (一)–(六) under each (11-16, 18-20, 22-24) are content
        # items: lists, body; 「前項分科辦事，…」 (25) body.
        "title": 1,
        "headings": [(8, None, 1), (9, "條", 2), (10, None, 3), (17, None, 3), (21, None, 3)],
        "furniture": [],
        "document": {
            "issuer": "法務部",
            "date": "中華民國99年4月8日",
            "number": "法令字第0990600948號",
            "attachments": "附修正「法務部法規委員會組織規程」第二條條文",
            "signatory": "部\u3000\u3000長\u3000曾勇夫",
        },
    },
    "news-tw-taipei-shopping-district-stars-2013": {
        # A 中央社 story with its <h1> headline (1), the title. The dateline
        # 「（中央社記者戴雅真台北29日電）」 opens the lead (2): body, giving
        # `source` 「中央社」, `time` 「29日」 as written and `reporter`
        # 「戴雅真」 (batch 12's reading). The wire's date code 「1021029」 run
        # into the last paragraph (8) is news furniture (batch 12's
        # 「（編輯：…）1100731」, here without an editor credit): inline. No
        # subheads: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[8, 8]],
        "furniture_text": ["1021029"],
        "document": {"source": "中央社", "time": "29日", "reporter": "戴雅真"},
    },
    "press-tw-president-manager-awards-2026": {
        # A Presidential Office release: title (1, full-width spaces kept) and
        # the record's subtitle (3, 「總統接見…得奬人」). The 總統… paragraphs
        # and the closing visitors' line (17) are body. No headings, furniture
        # or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-xinjiang-2026": {
        # A provincial work report on the library mirror (as 吉林, 甘肃): the
        # 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13) furniture;
        # title (10, as written), the occasion line with its —— the subtitle
        # (11); the speaker line (14) `speaker` as written, not furniture;
        # `occasion` and `date` from the subtitle. The photo caption with its
        # credit 「1月27日，艾尔肯·吐尼亚孜代表…作政府工作报告。石榴云/新疆日报记者谢龙摄」
        # (15) furniture, its own range (the speaker line between). 「各位代表：」
        # (16) and the opening sentence (17) body. 「一、“十四五”时期和2025年工作回顾」
        # (18) stands alone, level 1; the 「这五年，我们坚定不移…。」 leads (21-27)
        # open paragraphs and run on: body (rule 5, batch 2's 「这五年，…。」).
        # The file is cut inside 一、.
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "自治区主席 艾尔肯·吐尼亚孜",
            "occasion": "新疆维吾尔自治区第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
}
