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
        # (Session 22, a22: the Markdown reader (rd22) no longer shows stand-alone HTML
        # comments, which this text held as a line of its own; the line numbers below stay
        # as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((4, 4, 4, 3),),
        # A ministry regulation from LawRefBook (as batch 12's consumer-rights
        # penalties 办法): title line 1, the 公布 and 修改 lines (2-3) neither
        # subtitle nor furniture, 「<!-- INFO END -->」 (4) furniture. No
        # chapters: the forty articles are level 1, marker only (rule 6); the
        # （一）… items are lists; 第X条 cited inside sentences are not
        # headings. `issuer`, `number` and `date` from the 公布 line (the first
        # adoption; the 2022 修改 line is an amendment), `effective` from the
        # commencement article 「第四十条 本办法自2020年1月1日起施行。」.
        "title": 1,
        "headings": [
            (n, A, 1) for n in (5, 6, 7, 9, 11, 12, 14, 15, 16, 21, 23, 25, 28, 29, 30, 37)
        ]
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
    # Development part.
    "gw-sh-connected-vehicle-pilot-acceptance-2023": {
        # A municipal commission's 通知 from the Shanghai repository with its
        # title once (the Markdown title, 2, is the only title line, as batch
        # 12's Songjiang notice); banner (1) furniture. No 文号 in the text
        # (it is only in the dropped front matter): no `number`. The body is
        # one line (3): 「各有关单位：」 opens it (`addressees`, without the ：)
        # and 「附件：…汇总表」 closes it (`attachments`, as the line reads);
        # `signatory` (4) and `date` (5); `issuer` as the title writes it
        # (batch 6's taxi-fare and batch 11's NDRC notices). The annex the
        # 附件说明 names follows the date (6 and the table under it), so it is
        # a level-1 section headed by its own title (rule 7; not a trailing
        # 附件说明 without annex text). The scrape ran the 「附件」 label into
        # the title line; the label is not part of the heading (batch 3's
        # 「附件1」 label lines), so the heading is the title's words, found in
        # the line. The table rows (7-16) are body.
        "title": 2,
        "headings": [
            (6, ("inline", "2022年度上海市智能网联汽车示范应用成功揭榜创新项目汇总表"), 1)
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "各有关单位",
            "signatory": "上海市交通委员会",
            "date": "2023年3月28日",
            "attachments": "附件：2022年度上海市智能网联汽车示范应用成功揭榜创新项目汇总表",
        },
    },
    "gw-sh-industrial-renewal-areas-2024": {
        # A municipal commission's 通知 from the Shanghai repository, title
        # once (2); banner (1) furniture; no 文号 in the text. `addressees`
        # (3, without the ：), `attachments` (7), `signatory` (8, the full
        # name) and `date` (9); `issuer` as the title writes it
        # (「上海市经济信息化委」, as batch 6's taxi-fare notice takes the
        # title's names beside a shorter signature). The annex follows the
        # date: the 「附件」 label line (10) is body (batch 3), the annex's own
        # title (11) a level-1 section (rule 7). Its table, one cell a line
        # (序号, 所在区, the thirteen rows with their 四至), is body: no
        # headings inside it.
        "title": 2,
        "headings": [(11, None, 1)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市经济信息化委",
            "addressees": "相关单位",
            "signatory": "上海市经济和信息化委员会",
            "date": "2024年6月21日",
            "attachments": "附件：2024年度重点推进城市更新的产业区域",
        },
    },
    "news-cn-hbpu-alumni-association-2021": {
        # A company's news page (XHTML; source read). The page's headline
        # (div.newst) and 发稿时间 line are not in the app's text, which
        # starts at the lead: no title, no fields (no dateline, no byline).
        # Line 2 is a body paragraph in the body's style. Lines 3-8 are the
        # centred bold lines beside the photos (「…会场签到」, 「合影留念」): photo
        # captions, furniture. No subheads.
        "title": None,
        "headings": [],
        "furniture": [[3, 8]],
        "document": {},
    },
    "news-cn-huangshi-investment-fair-2021": {
        # The same site's page (source read): headline and 发稿时间 not in the
        # text (no title); the centred lines under the six photos (2, 4, 6, 8,
        # 10, 12: 「活动现场」, 「吴锦（右一）、魏华山（左一）会谈」, the speakers'
        # names and posts, 「项目签约仪式」) are captions, furniture. The lead
        # opens 「6月6日，…」, a date, not an outlet's dateline: no fields. No
        # subheads (the bold run in 11 and the bold last paragraph are body).
        "title": None,
        "headings": [],
        "furniture": [[2, 2], [4, 4], [6, 6], [8, 8], [10, 10], [12, 12]],
        "document": {},
    },
    "news-hk-walking-library-reading-drive-2024": {
        # The publisher's story (JSX page; source read), as the panda story:
        # title line 1 (info.title); all eight short lines between paragraphs
        # (5, 9, 15, 21, 27, 31, 35, 37) are <Fig> captions, furniture, the
        # speech captions (「聯合出版集團董事長傅偉中致辭」) included although
        # they stand over the paragraphs they name. No subheads, no byline or
        # dateline: no headings, no fields.
        "title": 1,
        "headings": [],
        "furniture": [[5, 5], [9, 9], [15, 15], [21, 21], [27, 27], [31, 31], [35, 35], [37, 37]],
        "document": {},
    },
    "news-tw-kaohsiung-floor-area-bonus-dispute-2025": {
        # A 中央社 story without its headline, one line: it opens with the
        # photo caption and its credit and date (「高雄市副市長林欽榮（右）…中央社記者
        # 林巧璉攝  114年5月16日」, furniture); the dateline
        # 「（中央社記者郭建伸、林巧璉台北16日電）」 stays body and gives `source`
        # 「中央社」, `time` 「16日」 and `reporter` as written (two names; the
        # photographer's credit is not a byline); the closing
        # 「（編輯：謝佳珍）1140516」 is furniture, `editor` 「謝佳珍」. No title,
        # no headings.
        "title": None,
        "headings": [],
        "furniture": [[1, 1]],
        "furniture_text": [
            "高雄市副市長林欽榮（右）16日在高雄市議會接受媒體聯訪，回應京華城案相關議題，強調自己對前台北市長柯文哲沒有狹怨報復。左為高雄市長陳其邁。中央社記者林巧璉攝  114年5月16日",
            "（編輯：謝佳珍）1140516",
        ],
        "document": {
            "source": "中央社",
            "time": "16日",
            "reporter": "郭建伸、林巧璉",
            "editor": "謝佳珍",
        },
    },
    "news-tw-korea-crash-bird-strike-briefing-2025": {
        # A 中央社 專電 without a headline (as batch 12's badminton story): no
        # title; the dateline 「（中央社記者廖禹揚首爾7日專電）」 body, giving
        # `source`, `time` 「7日」 and `reporter`; 「（編輯：陳妍君）1140107」
        # furniture, `editor`. No headings.
        "title": None,
        "headings": [],
        "furniture": [[1, 1]],
        "furniture_text": ["（編輯：陳妍君）1140107"],
        "document": {
            "source": "中央社",
            "time": "7日",
            "reporter": "廖禹揚",
            "editor": "陳妍君",
        },
    },
    "reg-cn-car-repair-replacement-return-2021": {
        # (Session 22, rd22: the Markdown reader no longer shows stand-alone HTML
        # comments, which this text held as lines of their own; the line numbers
        # below stay as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((4, 4, 4, 3),),
        # A ministry regulation from LawRefBook: title line 1, the 公布 and
        # 施行 lines (2-3) neither subtitle nor furniture, 「<!-- INFO END -->」
        # (4) furniture. Six 第X章 level 1, written as they stand (「第一章 总
        # 则」, 「第六章 附 则」 letter-spaced), 42 articles level 2, marker only
        # (rule 6); the （一）… items and the 第四十条 definitions are body.
        # `issuer`, `number`, `date` from the 公布 line, `effective` from the
        # 施行 line.
        "title": 1,
        "headings": [(5, None, 1)]
        + [(n, A, 2) for n in (6, 7, 8, 10, 12, 14)]
        + [(16, None, 1)]
        + [(n, A, 2) for n in (17, 18, 19, 28, 30, 31, 32, 38, 39, 40, 41)]
        + [(44, None, 1)]
        + [(n, A, 2) for n in (45, 47, 49, 50, 51, 52, 53, 60, 61, 66, 69, 71, 72, 73, 74, 81)]
        + [(83, None, 1)]
        + [(n, A, 2) for n in (84, 90, 91)]
        + [(93, None, 1)]
        + [(n, A, 2) for n in (94, 95, 96)]
        + [(97, None, 1)]
        + [(n, A, 2) for n in (98, 105, 106)],
        "furniture": [[4, 4]],
        "document": {
            "issuer": "国家市场监督管理总局",
            "number": "国家市场监督管理总局令第43号",
            "date": "2021年7月22日",
            "effective": "2022年1月1日",
        },
    },
}
