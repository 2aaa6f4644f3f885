"""The independent second annotator's batch-11 outlines, as line-based annotation.

Made like batches 3 and 5 to 10 (see ../batch10/annotation.py; the builder is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-11 gold files held only their text
at the commit this pass started from, 53784b0), and this annotation was
written and committed before any batch-11 gold outline, spec or batch-11
note on the gold was read, without running the app's outline, title,
header or furniture code (nor any scorer). The held-out four were annotated
and committed first. Headings are (line, cut, level): the heading is the
stripped line up to and including the first `cut` (a run-in heading, rule
2; 「条」 keeps only an article's marker, rule 6), or the whole line; a tuple
of lines is one heading wrapped over several lines. Furniture is 1-based
inclusive line ranges; "subtitle" is a line number. The writer only slices
the text; it runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the two Macau releases' HTML (no <strong> subheads in either; the
police release's two closing lines are centred <p> paragraphs).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 11 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon
A = "条"  # an article's marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-cppcc-gov-websites-reply-2005": {
        # A 国办 答复 to a CPPCC proposal. Title wrapped over lines 1-2 above
        # the 文号, joined. The five measures 一、–五、 each open with a
        # headline closed by 。 (「一、研究制定指导性文件，规范各级政府网站的建设与
        # 管理。」, …): run-in headings, level 1, cut at the first 。 (rule 2).
        # `addressees` the two members without the ：; `issuer` from the
        # title; 「（本文有删减）」 the `note`.
        "title": (1, 2),
        "headings": [(7, P, 1), (8, P, 1), (9, P, 1), (10, P, 1), (11, P, 1)],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2005〕69号",
            "addressees": "邓乃扬、韩汝琦委员",
            "signatory": "国务院办公厅",
            "date": "二〇〇五年七月十四日",
            "note": "（本文有删减）",
        },
    },
    "press-mo-emergency-cooperation-meeting-2026": {
        # A GCS release (<h1> title, <p> paragraphs, no <strong> subheads):
        # no headings. The two centred closing lines 「警察總局」 /
        # 「2026年5月21日」 are the release's own statement of who issued it
        # and when, not a site's chrome: body, giving `source` and `time` as
        # written (as a Tainan release's 發稿單位/發稿時間 lines, batch 3).
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "警察總局", "time": "2026年5月21日"},
    },
    "press-tw-tainan-elderly-welfare-2026": {
        # A Tainan city release: the first line is the title (kept with its
        # inner spaces); four body paragraphs, no headline lines, no
        # 發稿 lines: no headings, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-jiangsu-2026": {
        # The library mirror's page (as batch 4's Jiangxi, dev): the
        # 下载…】 block (1-9) and the 来源/时间 lines (12-13) are furniture,
        # as is the photo caption with its credit (15, 「…作政府工作报告。本报
        # 记者 朱江 摄」). Title line 10, the occasion line 11 the subtitle,
        # line 14 the `speaker` as written. 一、 (18) level 1; its （一）–（六）
        # open with a headline closed by 。: run-in headings, level 2. The
        # unnumbered paragraphs that open with a lead sentence (22, 25 「在统筹
        # 城乡区域发展中推动共同富裕。」) and the 「——“向新”的动能持续增强。」
        # leads are body (rule 5); 「各位代表：」 body.
        "title": 10,
        "subtitle": 11,
        "headings": [
            (18, None, 1),
            (20, P, 2),
            (21, P, 2),
            (23, P, 2),
            (24, P, 2),
            (26, P, 2),
            (27, P, 2),
        ],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "省长 刘小涛",
            "occasion": "江苏省第十四届人民代表大会第五次会议",
            "date": "2026年2月3日",
        },
    },
}
