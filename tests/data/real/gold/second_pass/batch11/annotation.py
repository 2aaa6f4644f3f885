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
    # Development part.
    "gw-cn-ndrc-tax-credit-2019": {
        # A joint ministry 通知 as OCR text, in GB/T 9704's order: the 版头
        # (lines 1-2, the two 发文机关 with 「文件」), the 文号 (3), then the
        # title (4) above the 主送机关 (5) - the title is the line above the
        # 主送机关, since here the 文号 stands above it. 一、–五、 stand alone
        # on their lines: level 1; the （一）（二） lines under them stand alone
        # (a headline closed by 。 on its own line, whole line): level 2. The
        # 「要坚持…原则」 paragraphs under 一、 are body. `issuer` the two
        # 发文机关 of the 版头 as written (a list, joint document), `signatory`
        # the two signature lines as written (a list, as batch 1's joint taxi
        # notice), `addressees` without the ：, `date` as written.
        "title": 4,
        "headings": [
            (7, None, 1),
            (13, None, 1),
            (14, None, 2),
            (17, None, 2),
            (19, None, 2),
            (22, None, 1),
            (23, None, 2),
            (27, None, 2),
            (29, None, 1),
            (30, None, 2),
            (34, None, 2),
            (38, None, 1),
            (39, None, 2),
            (42, None, 2),
        ],
        "furniture": [],
        "document": {
            "issuer": ["发展改革委办公厅", "税务总局办公厅"],
            "number": "发改办财金规〔2019〕860号",
            "addressees": (
                "各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门，"
                "国家税务总局各省、自治区、直辖市和计划单列市税务局，"
                "社会信用体系建设部际联席会议成员单位办公厅（室）"
            ),
            "signatory": ["国家发展改革委办公厅", "税务总局办公厅"],
            "date": "2019年8月20日",
        },
    },
    "gw-cn-npc-blog-suggestion-reply-2006": {
        # A 国办 答复 to an NPC deputy. Title wrapped over lines 1-2 above
        # the 文号, joined. Three body paragraphs and the thanks: no
        # headings. No 附注 line, so no `note`.
        "title": (1, 2),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2006〕69号",
            "addressees": "邓明义代表",
            "signatory": "国务院办公厅",
            "date": "二〇〇六年九月七日",
        },
    },
    "news-cn-xwlb-digest-20260622": {
        # As batches 2, 3, 8, 9 and 10: the programme line (2) is the title,
        # the lead line (1) and every 「查看视频 ↗」 are furniture, each [视频]
        # item a level-1 heading as written (the first six of the day's
        # items; the file is cut before the seventh). Each item's
        # 「央视网消息（新闻联播）：」 belongs to its item: no fields.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 20, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3,) + tuple(range(5, 21, 3))],
        "document": {},
    },
    "press-mo-history-quiz-2026": {
        # A GCS release (<h1> title, four <p> paragraphs, no <strong>): no
        # headings, no closing sign-off, no dateline: no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-orchid-show-2026": {
        # A Presidential Office release: first line the title, the second
        # (the site's subtitle, 「總統出席「…」」) the subtitle. Body
        # paragraphs only (the closing list of those present is body): no
        # headings, no fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-west-market-2026": {
        # A Tainan city release: first line the title (kept with its inner
        # space); four body paragraphs, no headline lines, no 發稿 lines.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "reg-cn-ic-layout-enforcement-2001": {
        # (Session 22, rd22: the Markdown reader no longer shows stand-alone HTML
        # comments, which this text held as lines of their own; the line numbers
        # below stay as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((3, 3, 3, 2),),
        # A ministry regulation from LawRefBook (as batch 1's price-marking
        # 规定, dev): title line 1; the unparenthesised 公布 line (2) is neither
        # subtitle nor furniture; the repository marker 「<!-- INFO END -->」
        # (3) is furniture. Five chapters 第X章 (level 1, the whole line with
        # its name), every 第X条 opening a line heads its article (rule 6,
        # the marker only), level 2 under the chapters; the （一）… items inside
        # articles are lists. 「第二条 条例第三十一条所称…」 is headed 「第二条」;
        # the 第X条 cited inside sentences are not headings. Fields from the
        # 公布 line: `issuer`, `number`, `date`. No `effective`: the
        # commencement article says 「自颁布之日起施行」, no date as written.
        "title": 1,
        "headings": [(4, None, 1)]
        + [(n, A, 2) for n in range(5, 11) if n in (5, 6, 9)]
        + [(11, None, 1)]
        + [(n, A, 2) for n in (12, 18, 19, 25, 27, 30, 32, 34, 35, 36, 37, 44, 45, 46, 51, 52, 54)]
        + [(55, None, 1)]
        + [(n, A, 2) for n in (56, 57, 59, 61, 64, 65)]
        + [(67, None, 1)]
        + [(n, A, 2) for n in (68, 74)]
        + [(76, None, 1)]
        + [(n, A, 2) for n in (77, 78)],
        "furniture": [[3, 3]],
        "document": {
            "issuer": "国家知识产权局",
            "number": "国家知识产权局令第17号",
            "date": "2001年11月28日",
        },
    },
    "reg-cn-penalty-info-publicity-2021": {
        # (Session 22, rd22: the Markdown reader no longer shows stand-alone HTML
        # comments, which this text held as lines of their own; the line numbers
        # below stay as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((4, 4, 4, 3),),
        # A ministry regulation from LawRefBook (as batch 1's price-marking
        # 规定, same issuer and form): title line 1, the 公布 and 施行 lines
        # (2-3) neither subtitle nor furniture, 「<!-- INFO END -->」 (4)
        # furniture. No chapters: the nineteen articles are level 1 (rule
        # 6, marker only); the （一）–（四） inside 第十四条 are a list. Fields:
        # `issuer`, `number`, `date` from the 公布 line, `effective` from the
        # 施行 line.
        "title": 1,
        "headings": [
            (n, A, 1)
            for n in (5, 6, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20, 21, 24, 31, 32, 33, 35, 36)
        ],
        "furniture": [[4, 4]],
        "document": {
            "issuer": "国家市场监督管理总局",
            "number": "国家市场监督管理总局令第45号",
            "date": "2021年7月30日",
            "effective": "2021年9月1日",
        },
    },
}
