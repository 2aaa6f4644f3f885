"""The independent second annotator's batch-13 outlines, as line-based annotation.

Made like batches 3 and 5 to 12 (see ../batch12/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-13 gold files held only their text
at the commit this pass started from, 3c7bbbd), and this annotation was
written and committed before any batch-13 gold outline, spec or batch-13
note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). The held-out four
were annotated and committed first. Headings are (line, cut, level): the
heading is the stripped line up to and including the first `cut` (a run-in
heading, rule 2; 「条」 keeps only an article's marker, rule 6), or the whole
line; a tuple of lines is one heading wrapped over several lines. Furniture
is 1-based inclusive line ranges (and, for furniture inside a longer line,
"furniture_text", the exact strings); "subtitle" is a line number. The
writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read with the library's read_file: the panda story's JSX (PART.01–04 are
<h2>, the six 「…」活動區 lines <h3>, the three name lines under the quotes
<Fig> captions).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 13 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon
A = "条"  # an article's marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-daluxian-channel-ship-dimensions-2025": {
        # A municipal commission's short 通知 from the Shanghai repository
        # with its title repeated (as batch 12's historic-buildings notice):
        # the banner (1) and the repository's Markdown title (2) are
        # furniture, the page's own title line above the 文号 (3) is the
        # title. `number` (4), `addressees` (5, without the ASCII colon),
        # `signatory` (10) and `date` (11); `issuer` the signing commission,
        # also the title's. The one adjustment line (7) is body; no headings.
        "title": 3,
        "headings": [],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交海〔2025〕190号",
            "addressees": "各有关单位、航行船舶",
            "signatory": "上海市交通委员会",
            "date": "2025年3月26日",
        },
    },
    "news-hk-panda-reading-promotion-2025": {
        # A Hong Kong publisher's story (JSX page; source read). Title line 1
        # (info.title). PART.01–04 (<h2>) level 1, kept as written with their
        # inner spaces; the six 「…」活動區 lines (<h3>, each over one
        # paragraph) under PART.01 level 2 (rule 4). The three name lines
        # under the quotes (61, 65, 69) are <Fig> captions: furniture (the
        # paragraph the source repeats, 57 and 59, is body twice). The closing
        # enquiry lines (電話查詢, WhatsApp) are the story's own text: body.
        # No byline or dateline in the text: no fields.
        "title": 1,
        "headings": [
            (9, None, 1),
            (19, None, 2),
            (23, None, 2),
            (27, None, 2),
            (31, None, 2),
            (35, None, 2),
            (39, None, 2),
            (43, None, 1),
            (51, None, 1),
            (71, None, 1),
        ],
        "furniture": [[61, 61], [65, 65], [69, 69]],
        "document": {},
    },
    "news-tw-korea-gdp-slowdown-2025": {
        # A 中央社 foreign-desk story without a headline: no title (as batch
        # 12's badminton story). The dateline 「（中央社首爾23日綜合外電報導）」
        # stays body and gives `source` 「中央社」 and `time` 「23日」 as written
        # (batch 6's independent pass); a 綜合外電報導 names no reporter. The
        # closing 「（譯者：陳昱婷/核稿：陳亦偉）1140123」 (the credits and the
        # wire's date code) is furniture run into the one line: the 譯者 is the
        # story's writer (as batch 2's 「編譯：吳宗宜」 gives `reporter`), the
        # 核稿 its editor (as batch 12's 「（編輯：張銘坤）」 gives `editor`).
        "title": None,
        "headings": [],
        "furniture": [[1, 1]],
        "furniture_text": ["（譯者：陳昱婷/核稿：陳亦偉）1140123"],
        "document": {
            "source": "中央社",
            "time": "23日",
            "reporter": "陳昱婷",
            "editor": "陳亦偉",
        },
    },
    "reg-cn-market-complaints-reports-2022": {
        # A ministry regulation from LawRefBook (as batch 12's consumer-rights
        # penalties 办法): title line 1, the 公布 and 修改 lines (2-3) neither
        # subtitle nor furniture, 「<!-- INFO END -->」 (4) furniture. No
        # chapters: the forty articles are level 1, marker only (rule 6); the
        # （一）… items are lists; 第X条 cited inside sentences are not
        # headings. `issuer`, `number` and `date` from the 公布 line (the first
        # adoption; the 2022 修改 line is an amendment), `effective` from the
        # commencement article 「第四十条 本办法自2020年1月1日起施行。」.
        "title": 1,
        "headings": [(n, A, 1) for n in (5, 6, 7, 9, 11, 12, 14, 15, 16, 21, 23, 25, 28, 29, 30, 37)]
        + [(n, A, 1) for n in (39, 41, 43, 45, 48, 57, 59, 61, 63, 64, 65, 67, 70, 71, 72, 74)]
        + [(n, A, 1) for n in (75, 76, 77, 79, 80, 82, 85, 87)],
        "furniture": [[4, 4]],
        "document": {
            "issuer": "国家市场监督管理总局",
            "number": "国家市场监督管理总局令第20号",
            "date": "2019年11月30日",
            "effective": "2020年1月1日",
        },
    },
}
