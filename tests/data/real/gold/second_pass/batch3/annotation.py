"""The independent second annotator's batch-3 outlines, as line-based annotation.

The annotation below was made by reading only each gold file's "text" field
(printed with line numbers, nothing else) before the existing gold's other
fields were opened. Headings are given by line number (1-based, lines split
on "\\n") and an optional cut: the heading is the line up to and including
the first occurrence of the cut string (a run-in heading, rule 2), or the
whole stripped line; a tuple of line numbers is one heading wrapped over
several lines (joined). Furniture is given as 1-based inclusive line ranges.
The writer only slices the text; it runs none of the app's analysis.

Until session 11 this file was batch3/write_second_pass.py, the annotation with its own
builder; the builder is now ../write_second_pass.py, shared by every batch:
Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 3 [--check]
"""

from __future__ import annotations

C = "："  # run-in headline closed by a full-width colon
P = "。"

ANNOTATION: dict[str, dict] = {
    "decision-tw-fsc-hotai-2021": {
        "title": 1,
        "headings": [
            (9, None, 1),
            (10, C, 2),
            (11, C, 3),
            (12, C, 3),
            (13, C, 2),
            (14, C, 3),
            (15, C, 3),
            (16, C, 3),
            (17, C, 2),
            (18, C, 3),
            (19, C, 3),
            (20, C, 2),
            (21, C, 2),
            (22, C, 3),
            (23, C, 3),
            (25, None, 1),
            (28, None, 1),
        ],
        "furniture": [],
        "document": {
            "addressees": "和泰產物保險股份有限公司(代表人蔡伯龍先生)",
            "cc": "本會檢查局、保險局",
        },
    },
    "decision-tw-fsc-megabank-2016": {
        "title": 1,
        "headings": [
            (13, None, 1),
            (14, None, 2),
            (15, P, 3),
            (16, C, 3),
            (19, C, 3),
            (22, C, 3),
            (26, C, 3),
            (27, None, 2),
            (28, C, 3),
            (29, C, 3),
            (30, C, 3),
            (31, C, 3),
            (32, C, 3),
            (34, None, 1),
            (37, None, 1),
        ],
        "furniture": [],
        "document": {
            "number": "金管銀控字第10560003851號",
            "date": "中華民國105年9月14日",
            "addressees": "兆豐國際商業銀行股份有限公司（代表人張○○）",
            "cc": "中央存款保險股份有限公司、兆豐金融控股股份有限公司（代表人張○○）、"
            "金融監督管理委員會檢查局、本會銀行局",
        },
    },
    "gw-cn-badong-geohazard-reply-2004": {
        "title": (1, 2),
        "headings": [
            ((11, 12), None, 1),
            (16, None, 2),
            (20, None, 2),
            (22, None, 2),
            (26, None, 2),
            ((31, 32), None, 1),
        ],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2004〕80号",
            "addressees": "湖北省人民政府",
            "signatory": "国务院办公厅",
            "date": "二〇〇四年十一月四日",
            "attachments": [
                "国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告",
                "湖北省巴东县官渡口镇马鬃山村地质险情调查专家组意见",
            ],
        },
    },
    "gw-sh-bim-acceptance-2026": {
        "title": 3,
        "headings": [
            (7, None, 1),
            (9, None, 1),
            (10, None, 2),
            (12, None, 2),
            (14, None, 2),
            (16, None, 2),
            (18, None, 1),
            (20, None, 1),
            (22, None, 1),
        ],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市住房和城乡建设管理委员会",
            "number": "沪建建管〔2026〕293号",
            "addressees": "各有关单位",
            "date": "2026年7月1日",
        },
    },
    "stats-jx-wanzai-2022": {
        "title": 1,
        "headings": [(5, None, 1), (9, None, 1), (13, None, 1)],
        "furniture": [],
        "document": {
            "issuer": ["万载县统计局", "国家统计局万载调查队"],
            "date": "2023年5月",
        },
    },
    "news-cn-xwlb-digest-20260628": {
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 41, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3,) + tuple(range(5, 42, 3))],
        "document": {},
    },
    "news-hk-central-instructions-2018": {
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [7, 7], [11, 15]],
        "document": {"reporter": "楊健興"},
    },
    "news-hk-ombudsman-police-complaints-2019": {
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [11, 13]],
        "document": {},
    },
    "press-mo-national-security-opening-2026": {
        "title": 1,
        "headings": [],
        "furniture": [[2, 2]],
        "document": {},
    },
    "press-mo-uccla-hengqin-visit-2026": {
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-agriculture-review-2025": {
        "title": 1,
        "headings": [(n, None, 1) for n in (8, 13, 22, 27, 34, 37, 46)],
        "furniture": [],
        "document": {"source": "農業局", "time": "114年12月18日14:00"},
    },
    "press-tw-tainan-typhoon-relief-2025": {
        "title": 1,
        "headings": [(n, None, 1) for n in (10, 17, 20, 31, 34, 39, 43)],
        "furniture": [],
        "document": {"source": "新聞及國際關係處", "time": "114年7月23日"},
    },
}
