"""The independent second annotator's batch-6 outlines, as line-based annotation.

Made like batches 3 and 5 (see ../batch5/annotation.py; the
builder is ../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else, and this annotation was written and committed
before any other field of the batch-6 gold, its specs or the batch-6 notes
were opened. The held-out four were annotated first. Headings are
(line, cut, level): the heading is the stripped line up to and including
the first `cut` (a run-in heading, rule 2), or the whole line; a tuple of
lines is one heading wrapped over several lines. Furniture is 1-based
inclusive line ranges; "subtitle" is a line number. The writer only
slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the Macau release's second line is the feed's image-caption `<div>`
(the markup of the 【新聞局】/【旅遊局】 caption lines), and the 眾新聞
report's subheads are `###` and its captions `<figcaption>`.

Until session 11 this file was batch6/write_second_pass.py, the annotation with its own
builder; the builder is now ../write_second_pass.py, shared by every batch:
Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 6 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-emergency-works-measures-2021": {
        # The carried 办法's title is level 1 (rule 7); its twenty articles,
        # each a line of marker and bracketed title, level 2 (rule 6).
        "title": 2,
        "headings": [(7, None, 1)]
        + [
            (n, None, 2)
            for n in (8, 10, 12, 14, 24, 28, 30, 34, 39, 43)
            + (50, 52, 54, 56, 59, 62, 64, 68, 71, 73)
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市人民政府办公厅",
            "addressees": "各区人民政府，市政府各委、办、局",
            "signatory": "上海市人民政府办公厅",
            "date": "2021年12月22日",
        },
    },
    "press-mo-amcm-xiamen-fund-roadshow-2026": {
        "title": 1,
        "headings": [(4, None, 1), (8, None, 1)],
        "furniture": [[2, 2]],
        "document": {},
    },
    "press-tw-tainan-museum-festival-2026": {
        # The 時間｜/活動｜/優惠｜ lines are the event's details, a list; the
        # site's 活動開始日期/活動結束日期/主辦單位 record is page furniture.
        # The 【南市博通報】 tag opening the lead, like a news dateline, gives
        # the source.
        "title": 1,
        "headings": [],
        "furniture": [[10, 12]],
        "document": {"source": "南市博"},
    },
    "wr-guangxi-2026": {
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1), (26, P, 2), (27, P, 2)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "自治区主席 韦 韬",
            "occasion": "广西壮族自治区第十四届人民代表大会第五次会议",
            "date": "2026年2月2日",
        },
    },
    # Development.
    "gw-sh-north-south-corridor-hq-2025": {
        # The member list is no tier of headings.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市人民政府办公厅",
            "addressees": "各区人民政府，市政府有关委、办、局，各有关单位",
            "signatory": "上海市人民政府办公厅",
            "date": "2025年9月5日",
        },
    },
    "gw-sh-taxi-fare-float-rules-2021": {
        # 一、-六、 a heading tier; 六、 has no headline and is headed to its
        # first 。 (rule 2). 四、's (一)-(三) are headlines; its 1．-4． and
        # 五、's (一)-(三) are lists.
        "title": 2,
        "headings": [(n, None, 1) for n in (5, 7, 9, 11)]
        + [(n, None, 2) for n in (12, 15, 18)]
        + [(24, None, 1), (29, P, 1)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": ["上海市交通委员会", "上海市发展和改革委员会"],
            "addressees": "各相关单位",
            "signatory": ["市交通委", "市发展改革委"],
            "date": "二○二一年十二月三十日",
        },
    },
    "news-cn-aerospace-selldown-2026": {
        # No subheads. The run-on dateline 「中国经济网北京6月12日讯」 gives the
        # outlet and date.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "中国经济网", "time": "6月12日"},
    },
    "news-hk-wanchai-council-walkout-2020": {
        "title": 1,
        "headings": [(9, None, 1), (17, None, 1)],
        "furniture": [[4, 4], [8, 8], [12, 12], [16, 16]],
        "document": {},
    },
    "press-mo-fdct-zhejiang-cooperation-2026": {
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-taishang-new-year-2026": {
        # 首先/其次 are body (like 一是/二是).
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-hubei-2026": {
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "湖北省人民政府省长 李殿勋",
            "occasion": "湖北省第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
    "wr-zhejiang-2026": {
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, P, 2) for n in (19, 20, 21, 22)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "浙江省省长 刘捷",
            "occasion": "浙江省第十四届人民代表大会第四次会议",
            "date": "2026年1月14日",
        },
    },
}
