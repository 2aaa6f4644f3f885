"""The independent second annotator's batch-5 outlines, as line-based annotation.

Made like batch 3's second pass (see ../batch3/annotation.py; the
builder is ../write_second_pass.py): each gold file's "text" field was printed
with line numbers and nothing else, and this annotation was written and
committed before any other field of the batch-5 gold, its specs or the
batch-5 notes were opened. Headings are (line, cut, level): the heading is
the stripped line up to and including the first `cut` (a run-in heading,
rule 2; 「条」 keeps only an article's marker, rule 6), or the whole line; a
tuple of lines is one heading wrapped over several lines. Furniture is
1-based inclusive line ranges. "subtitle" is a line number; "title_trim"
is a trailing footnote mark left out of the title. The writer only slices
the text; it runs none of the app's analysis.

Until session 11 this file was batch5/write_second_pass.py, the annotation with its own
builder; the builder is now ../write_second_pass.py, shared by every batch:
Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 5 [--check]
"""

from __future__ import annotations

C = "："  # run-in headline closed by a full-width colon
P = "。"  # run-in headline closed by a full stop
A = "条"  # an article heading is its marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-hongkou-heritage-risk-2014": {
        "title": 2,
        "headings": [
            ((6, 7), None, 1),
            (9, P, 2),
            (10, P, 2),
            (11, C, 2),
            (12, C, 2),
            (13, P, 3),
            (14, P, 3),
            (15, P, 3),
            (16, P, 3),
            (17, P, 3),
            (21, P, 3),
            (22, P, 3),
            (23, P, 2),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "虹口区人民政府办公室",
            "addressees": "区政府各部门、各街道办事处、有关单位",
            "signatory": "虹口区人民政府办公室",
        },
    },
    "news-hk-quarantine-breach-2020": {
        "title": 1,
        "headings": [(n, None, 1) for n in (5, 10, 13, 16)],
        "furniture": [[7, 8], [12, 12], [19, 20]],
        "document": {},
    },
    "press-tw-president-afp-interview-2026": {
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-chongqing-2026": {
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, P, 2) for n in range(19, 28)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "重庆市人民政府市长 胡衡华",
            "occasion": "重庆市第六届人民代表大会第四次会议",
            "date": "2026年1月28日",
        },
    },
    # Development.
    "gw-sh-ferry-measures-extension-2025": {
        "title": 2,
        "headings": [(9, None, 1)]
        + [(n, A, 2) for n in (10, 11, 13, 15, 16, 17, 18, 20, 21, 22, 24, 30, 35, 43)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交行规〔2025〕4号",
            "addressees": "各有关单位",
            "signatory": "上海市交通委员会",
            "date": "2025年7月7日",
        },
    },
    "gw-sh-transport-incident-reporting-2022": {
        "title": 2,
        "headings": [(9, None, 1)]
        + [(n, None, 2) for n in (10, 12, 15, 18, 20, 25, 27, 33, 40, 46, 48, 51, 53, 55, 64, 67)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交行规〔2022〕3号",
            "addressees": "各有关单位",
            "signatory": "上海市交通委员会",
            "date": "二○二二年二月八日",
        },
    },
    "news-cn-blackland-fertiliser-2026": {
        "title": 1,
        "headings": [],
        "furniture": [[19, 19]],
        "document": {"source": "人民日报", "time": "2026年06月12日"},
    },
    "news-cn-jiangsu-tech-transfer-2026": {
        "title": 1,
        "headings": [(n, None, 1) for n in (7, 12, 17)],
        "furniture": [[23, 23]],
        "document": {"source": "人民日报", "time": "2026年06月12日"},
    },
    "press-mo-asel-supervisor-training-2026": {
        "title": 1,
        "headings": [(n, None, 1) for n in (4, 6, 8)],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-nanshan-cemetery-2026": {
        "title": 1,
        "headings": [(n, None, 1) for n in (14, 21, 30, 35, 40)],
        "furniture": [],
        "document": {"source": "新聞及國際關係處", "time": "115年3月31日"},
    },
    "stats-jx-jiangxi-2022": {
        "title": 2,
        "title_trim": "[1]",
        "headings": [(6, None, 1), (13, None, 1)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": ["江西省统计局", "国家统计局江西调查总队"],
            "date": "2023年3月28日",
        },
    },
    "wr-tianjin-2026": {
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)] + [(n, None, 2) for n in (20, 22, 28, 32, 36, 40)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "天津市市长 张工",
            "occasion": "天津市第十八届人民代表大会第四次会议",
            "date": "2026年1月26日",
        },
    },
}
