"""The independent second annotator's batch-37 outlines, as line-based annotation.

Made like batches 3 and 5 to 36 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (9e934787, batch 37's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-37 gold outline, spec or batch-37
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (for the held-out four:
the 眾新聞 report's Markdown — `###` lines, <figcaption>s, video shortcodes; the 頭份 candidate
page's Markdown — `#` lines and collapsible buttons; the 清华 paper's Markdown; for the dev eight,
after the held-out commit: the 百年人寿 page's HTML, the 宏福苑 timeline's and minutes' Markdown).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 37 [--check]
"""

from __future__ import annotations


def _levels(level: int, *lines: int) -> list[tuple[int, None, int]]:
    """Whole-line headings at `level` on `lines`."""
    return [(n, None, level) for n in lines]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-three-governments-mask-publicity-2020": {
        # A 眾新聞 report (眾聞), as batch 35's: the `#` title (1) with its
        # U+3000. The `###` 第一關–第四關 (6, 12, 24, 28) level 1. Every
        # <figcaption> is furniture (4 「三地政府應對「口罩荒」的做法能否安民心？」
        # under the lead image, 8, 10, 16, 18, 21, 27, 30 with their
        # 「Facebook」 / 「網頁截圖」 credits); the Hugo video shortcodes (22-23,
        # 32) are machine markers, furniture, joined with the caption before
        # them (21-23) and the subscription footer after (32-34).
        # 「台灣疾管署的影片：」 (31), a plain line introducing the one video, is
        # body (flagged: rule 4's label closed by ： is the other reading, a
        # level-2 headline under 第四關). The byline is only in the dropped
        # front matter: no fields.
        "title": 1,
        "headings": _levels(1, 6, 12, 24, 28),
        "furniture": [
            [4, 4],
            [8, 8],
            [10, 10],
            [16, 16],
            [18, 18],
            [21, 23],
            [27, 27],
            [30, 30],
            [32, 34],
        ],
        "document": {},
    },
    "press-tw-tainan-livestock-food-safety-four-checks-2019": {
        # A 臺南市政府 release, as batch 35's 環保局 one: title (1); the unit
        # (2) and the date (3) under it are the release's header lines,
        # `source` and `time` (body). The 第1層–第4層關卡 run on inside
        # paragraphs: body. The 新聞連絡人 / 連絡電話 lines (8-9) body. No headings,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "臺南市動物防疫保護處動物公共衛生組", "time": "2019-03-06"},
    },
    "report-cn-tsinghua-sci-tech-power-2050-paper-2017": {
        # A 中国科学院院刊 paper converted from PDF (Markdown), cut in its first
        # part. `#` title (1). The first page's footnotes (2-4: 资助项目,
        # 通讯作者, 修改稿收到日期), the authors (5, set `#` by the converter) and
        # their affiliations (6-8) are the paper's own front matter: body
        # (flagged: the whole 2-8 block as furniture — the journal's page
        # furniture and a byline — is the other reading). 摘要 (9) and 关键词
        # (10) run into their text: body. 「12050年中国现代化目标：…」 (13, section
        # 1 with its number fused to 2050) level 1; the two methods
        # 「（1）世界银行绝对标准。」 (16) and 「（2）美国人均GDP相对标准。」 (17) each open
        # with a headline: run-in headings, level 2 (flagged: a list of two
        # methods is the other reading). The table title (18) and rows
        # (19-22) body; 「中等发达国家。」 (23) is 17's sentence resumed after the
        # table: body. No fields, no furniture.
        "title": 1,
        "headings": [(13, None, 1), (16, "。", 2), (17, "。", 2)],
        "furniture": [],
        "document": {},
    },
    "report-tw-toufen-councillor-candidate-platform-2018": {
        # A candidate's Jekyll page whose front matter the app keeps on line
        # 1: the title is the `title:` value 「苗栗縣議員參選人 6 號黎煥強」; the
        # rest of line 1 (keys, date, description, layout) and the page's CSS
        # (2-10) furniture, one range. The `#` lines 我重視開放透明 (11),
        # 我以民眾小額捐款參選 (14), 我的政見 (18), 競選總部 (39) level 1; under 我的政見
        # the six collapsible buttons (20 提升行人路權, 23, 26, 29, 32, 35)
        # level 2. The Liquid {% raw %} / {% endraw %} markers (19, 38) and
        # the script block (41-45) furniture. No fields (not news).
        "title": 1,
        "title_strip": (
            "title: ",
            "date: 2018-11-01 00:33:14 contentonly: true description: "
            '"苗栗縣議員參選人 6 號黎煥強，踏實前進的青年值得您的支持" layout: "index"',
        ),
        "headings": sorted(
            _levels(1, 11, 14, 18, 39) + _levels(2, 20, 23, 26, 29, 32, 35), key=lambda h: h[0]
        ),
        "furniture": [[1, 10], [19, 19], [38, 38], [41, 45]],
        "furniture_text": [
            "title: ",
            "date: 2018-11-01 00:33:14 contentonly: true description: "
            '"苗栗縣議員參選人 6 號黎煥強，踏實前進的青年值得您的支持" layout: "index"',
        ],
        "document": {},
    },
    # Development part.
    "gw-tw-moea-import-regulations-article9-amendment-2005": {
        # A 行政院公報 令, as batch 35's 檔案管理局 令: title the record's
        # Title (1); 「經濟部令」 (2) gives `issuer` 經濟部; date (3), 字號 (4);
        # the subject line (5) body; 「附「貨品輸入管理辦法」第九條條文。」 (6)
        # `attachments` as the line reads; 「部　　長　何美玥」 (7) `signatory`. The
        # amended article's title (8) is the carried text's: level 1 (rule
        # 7); 「第　九　條」 (9), its text running on, the marker only, level 2
        # (rule 6); its 一、–五、 (10-14) a list (rule 6's items).
        "title": 1,
        "headings": [(8, None, 1), (9, "條", 2)],
        "furniture": [],
        "document": {
            "issuer": "經濟部",
            "date": "中華民國94年4月6日",
            "number": "經貿字第09404602670號",
            "attachments": "附「貨品輸入管理辦法」第九條條文。",
            "signatory": "部　　長　何美玥",
        },
    },
    "gw-tw-pcc-engineer-licence-renewal-notice-2005": {
        # A 行政院公報 公告, as batches 29 and 33's: title (1); 「行政院公共工程
        # 委員會公告」 (2) gives `issuer`; date (3), 字號 (4). 「主　　旨：…」 (5)
        # and 「依　　據：…」 (6) carry their text: body. 「公告事項：」 (7) stands
        # alone: level 1. Its 一、–七、 (8-10, 12-15) all open with a label
        # closed by ： (「一、技師姓名：」…): a tier of headings, level 2, cut at
        # the ： (batch 9's 永康 公告); 「所   在   地：…」 (11) continues 三、: body.
        # 「主任委員　郭瑤琪」 (16) `signatory`; the 分層負責 line (17) body.
        "title": 1,
        "headings": [(7, None, 1)] + [(n, "：", 2) for n in (8, 9, 10, 12, 13, 14, 15)],
        "furniture": [],
        "document": {
            "issuer": "行政院公共工程委員會",
            "date": "中華民國94年5月2日",
            "number": "工程企字第09400125221號",
            "signatory": "主任委員　郭瑤琪",
        },
    },
    "press-mo-dset-young-entrepreneurs-jiangsu-visit-2026": {
        # A Macau government release: headline (1), four body paragraphs. No
        # headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-utm-barcelona-cett-agreement-2026": {
        # The same form: headline (1), four body paragraphs. Nothing else.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-temples-lucky-bags-taoyuan-hsinchu-miaoli-2026": {
        # A Presidential Office release (batch 21's 彰化 temples one): title
        # (1, U+3000 kept), the record's subtitle line (3); the 總統表示/指出
        # paragraphs body. No headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "report-cn-aeon-life-shaanxi-summit-welcome-speech-2013": {
        # A company summit page. 「直击峰会全过程」 (1) is the page's banner
        # (<div id="maintop">): furniture. The speech's title (2) and its
        # 「——百年人寿陕西分公司总经理 荆晓达」 (3), set in the same title <p>
        # after a <br/>: the subtitle (the dash line under a title). No
        # `speaker` (a work report's field; flagged). The salutation and the
        # short 「西安是中华文明的发源地。」 (8) are body. No headings.
        "title": 2,
        "subtitle": 3,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {},
    },
    "report-hk-wang-fuk-court-fire-timeline-2025": {
        # A Markdown timeline: `#` title (1); the bold 「事件概述」 runs into
        # its paragraph (2): body. `##` 「完整時間線」 (3) level 1; the table (4-23)
        # with its bold date rows (5, 15) body. No furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1)],
        "furniture": [],
        "document": {},
    },
    "report-hk-wang-fuk-court-owners-committee-minutes-2021": {
        # An owners' corporation's minutes in a Markdown archive. The archive
        # page's own `#` 「Meeting Minutes: 2021-10-04」 and 「View PDF」 link
        # (1-2) are repository chrome: furniture. The minutes' title is set
        # over three lines, the `#` 「宏福苑業主立案法團」 (3), 「第十一屆管理委員會」 (4),
        # 「第八次全體委員會議記錄」 (5): joined (flagged: 3 alone as title, 4-5 a
        # subtitle, is the other reading). The upload note (6), 日期/時間/地點,
        # the attendance block with its 出席委員：/請假：/列席： labels (10-38)
        # body (the attendance list; flagged: rule 4's stand-alone labels the
        # other reading). `##` 「會議記錄」 (39) level 1, the `###` items 1)–10)
        # (40 … 95) level 2; the bold 1.1, 2.1 … paragraphs are the minutes'
        # content items: body (a list, rule 3), as 7.2's 1）2） and the quote
        # and finance tables. 「鄧國權主席簽署：[Stamp]」 (99) body. No fields.
        "title": (3, 4, 5),
        "headings": [(39, None, 1)] + _levels(2, 40, 42, 44, 52, 56, 61, 66, 71, 85, 95),
        "furniture": [[1, 2]],
        "document": {},
    },
}
