"""The independent second annotator's batch-12 outlines, as line-based annotation.

Made like batches 3 and 5 to 11 (see ../batch11/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-12 gold files held only their text
at the commit this pass started from, d82ba6d), and this annotation was
written and committed before any batch-12 gold outline, spec or batch-12
note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). The held-out four
were annotated and committed first. Headings are (line, cut, level): the
heading is the stripped line up to and including the first `cut` (a run-in
heading, rule 2; 「条」 keeps only an article's marker, rule 6), or the whole
line; a tuple of lines is one heading wrapped over several lines. Furniture
is 1-based inclusive line ranges (and, for furniture inside a longer line,
"furniture_text", the exact strings); "subtitle" is a line number. The
writer only slices the text; it runs none of the app's analysis.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 12 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon
A = "条"  # an article's marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-songjiang-urban-renewal-plan-2025": {
        # A district office's 转发 notice from the Shanghai repository: the
        # repository banner (1) is furniture; the Markdown title (2) is the
        # only title line (no 文号 in the text: it is only in the dropped
        # front matter, so no `number`). 主送机关 (3) without the ：, the
        # notice sentence, the date (5); no signature line, so `issuer` from
        # the title and no `signatory`. The relayed 计划 (rule 7): its own
        # title (6) level 1, 一、 (8, 38) level 2, the stand-alone （一）–（六）
        # under both level 3. The 1.–22. tasks, each one sentence with its
        # （牵头单位：…） and no body under it, are a list (rule 3).
        "title": 2,
        "headings": [
            (6, None, 1),
            (8, None, 2),
            (10, None, 3),
            (13, None, 3),
            (17, None, 3),
            (28, None, 3),
            (31, None, 3),
            (35, None, 3),
            (38, None, 2),
            (39, None, 3),
            (41, None, 3),
            (43, None, 3),
            (45, None, 3),
            (47, None, 3),
            (49, None, 3),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市松江区人民政府办公室",
            "addressees": "各镇人民政府、街道办事处，区政府各部门",
            "date": "2025年7月15日",
        },
    },
    "news-tw-olympic-badminton-gold-2021": {
        # A 中央社 wire story without a headline: no title (as batch 1's RTHK
        # digest, the text has none). The dateline opening the lead
        # 「（中央社記者楊啟芳台北31日電）」 stays body and gives `source`
        # 「中央社」 and `time` 「31日」 as written (batch 6's independent pass),
        # and its byline `reporter` 「楊啟芳」. The closing 「（編輯：張銘坤）1100731」
        # (the editor credit and the wire's date code) is news furniture, run
        # into the last paragraph (line 9): `editor` 「張銘坤」. No headings.
        "title": None,
        "headings": [],
        "furniture": [[9, 9]],
        "furniture_text": ["（編輯：張銘坤）1100731"],
        "document": {
            "source": "中央社",
            "time": "31日",
            "reporter": "楊啟芳",
            "editor": "張銘坤",
        },
    },
    "reg-cn-consumer-rights-penalties-2015": {
        # A ministry regulation from LawRefBook (as batch 11's penalty
        # publicity 规定): title line 1, the 公布 and 施行 lines (2-3) neither
        # subtitle nor furniture, 「<!-- INFO END -->」 (4) furniture. No
        # chapters: the twenty-two articles are level 1, marker only (rule
        # 6); the （一）… items inside articles are lists; 第X条 cited inside
        # sentences (第十四条 「本办法第五条至第十一条」) are not headings.
        # Fields from the 公布 and 施行 lines.
        "title": 1,
        "headings": [
            (n, A, 1)
            for n in (5, 6, 7, 8, 9, 20, 30, 31, 34, 39, 41, 46, 54, 57, 58, 59, 61, 62, 63, 65, 66, 67)
        ],
        "furniture": [[4, 4]],
        "document": {
            "issuer": "国家工商行政管理总局",
            "number": "国家工商行政管理总局令第73号",
            "date": "2015年1月5日",
            "effective": "2015年3月15日",
        },
    },
    "wr-fujian-2026": {
        # The library mirror's page (as batch 11's Jiangsu): the 下载…】 block
        # (1-9) and the 来源/时间 lines (12-13) are furniture; no photo
        # caption. Title line 10, the occasion line 11 the subtitle, line 14
        # the `speaker` as written. 一、 (17) level 1; its （一）–（六） stand
        # alone without 。: level 2. The unnumbered lead sentences that open
        # paragraphs (「先进制造业骨干作用增强。」, 「就业促进更有力。」) are body
        # (rule 5); 「各位代表：」 and 「…重点抓了以下工作：」 body. The file
        # stops before （七）.
        "title": 10,
        "subtitle": 11,
        "headings": [
            (17, None, 1),
            (20, None, 2),
            (24, None, 2),
            (28, None, 2),
            (31, None, 2),
            (35, None, 2),
            (38, None, 2),
        ],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "福建省人民政府省长 赵龙",
            "occasion": "福建省第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
}
