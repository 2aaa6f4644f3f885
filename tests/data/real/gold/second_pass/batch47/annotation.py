"""The independent second annotator's batch-47 outlines, as line-based annotation.

Made like batches 3 and 5 to 46 (see ../batch38/annotation.py for the 平潭 archive
pages; the writer is ../write_second_pass.py): each gold file's "text" field was
printed with line numbers and nothing else at the commit this pass started from,
2953691c, "Corpus batch 47 texts", where the gold files held no headings yet), the
three held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-47 gold
outline, spec or batch-47 note on the gold was read, without running the app's
outline, title, header or furniture code (nor `analyze` or any scorer). Headings
are (line, cut, level): the heading is the stripped line up to and including the
first `cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found inside a
longer line (a page the reader fused into one line). Furniture is 1-based
inclusive line ranges; `furniture_text` lists the exact strings where a furniture
range is only part of a line. The writer only slices the text; it runs none of
the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
人民日报 Markdown: which lines are `###` / `#` / bold / quoted, and its front
matter's `title`).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 47 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple[int, tuple[str, str], int]]:
    """Headings found inside the one long `line`, at `level`."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-fj-pingtan-affordable-housing-joint-review-notice-2015": {
        # A 平潭 政务公开 archive page (batch 38's form, the 174号 notice): the
        # archive's header lines (1-8) and the 正文 rule (9) furniture; line 10
        # the fused page text. Its breadcrumb with the page's short title copy
        # and the 时间/share chrome one furniture string, the closing
        # 「来源：中国平潭 附件下载」 another. After the 文号 the 通知's own title
        # with its issuer is the title (batch 38's correction). 主送 to the ：.
        # 一、–六、 level 1, `inline`; each headline ran into its body without
        # punctuation (「一、资格审查对象我区申请…」), so the heading is the
        # short headline (batch 44's one-line 公文 reading), not rule 2's cut.
        # Under 一、 the （一）（二） end in ；/。 and name the two applicant kinds:
        # a list. Under 四、 the （一）–（三） are short headlines run into their
        # body (「（一）申请受理及初审乡镇人民政府受理…」): level 2, the headline
        # only. Under 五、 the （一）–（六） are duties in content sentences: a
        # list (rule 3). Under 六、 the （一）–（五） open with a headline closed by
        # 。 (「（一）要高度重视联审工作。」 …): run-in, level 2, cut at the 。.
        # 「具体详见《…时限图》。」 body. The fused 附件说明 「附件：…审核时限图」 with
        # no annex text after it is `attachments`; 署名 `signatory`, `date`.
        "title": 10,
        "title_inline": "平潭综合实验区管委会关于进一步加强保障性住房准入和退出资格联合审查机制的通知",
        "headings": _inline(10, 1, "一、资格审查对象", "二、资格审查内容", "三、职责分工", "四、流程及时限")
        + _inline(10, 2, "（一）申请受理及初审", "（二）复审", "（三）复核认定")
        + _inline(10, 1, "五、建立监督问责机制", "六、工作保障")
        + _inline(
            10,
            2,
            "（一）要高度重视联审工作。",
            "（二）要充实联审工作力量。",
            "（三）要加强各部门协调配合。",
            "（四）要注重宣传引导。",
            "（五）要落实奖励先进。",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开最新文件区管委会文件 关于进一步加强保障性住房准入和退出资格联合审查机制的通知"
            " 时间：2015-09-03 09:12 微信 微博 QQ空间 ",
            " 来源：中国平潭 附件下载",
        ],
        "document": {
            "issuer": "平潭综合实验区管委会",
            "number": "岚综管综〔2015〕175号",
            "addressees": "区直各单位、各片区开发管理局、各乡镇人民政府、其他相关单位",
            "signatory": "平潭综合实验区管委会",
            "date": "2015年8月31日",
            "attachments": "附件：平潭综合实验区保障性住房配置各责任单位审核时限图",
        },
    },
    "news-cn-rmrb-jiangsu-proof-of-concept-centres-2025": {
        # A 人民日报 page in Markdown: the `###` line (1) is the 引题 (kicker)
        # above the `#` headline (2), which is also the front matter's
        # `title`: title 2; the kicker is the headline's other line, read as
        # the subtitle (flagged: batch 34 joined a 新华社 kicker that ran on
        # into its 主题 by its verb; this one is a statement of its own, so not
        # joined). The quoted byline + edition line (3) furniture, giving
        # `reporter` (the two names as written, a list), `source` 人民日报 and
        # `time` as written. 「核心阅读」 (4), the paper's label over its summary
        # box, is a plain <p> (not bold, not a heading in the Markdown): body
        # (flagged). The three bold stand-alone lines 「1 有发明  来检验」 (9),
        # 「2 有需求  来求解」 (20), 「3 先试错  再成功」 (30) are subheads, level 1
        # (rule 4), kept with their inner spaces. 「版式设计：张丹峰」 (40) is a
        # credit: furniture, no field (not a reporter or editor).
        "title": 2,
        "subtitle": 1,
        "headings": [(9, None, 1), (20, None, 1), (30, None, 1)],
        "furniture": [[3, 3], [40, 40]],
        "document": {"reporter": ["谢  雨", "姚雪青"], "source": "人民日报", "time": "2025年04月15日"},
    },
    "wr-fj-pingtan-2023-work-report-review-part": {
        # A 平潭 政务公开 archive page, the work report's review part (batch 38's
        # wr-pingtan-county-2017 form): header lines (1-8) and the 正文 rule (9)
        # furniture; line 10 the fused page text; its breadcrumb and the
        # 时间/share chrome furniture (`furniture_text`), the page's title
        # 「政府工作报告（2023）」 between them the title (no other copy), the
        # occasion 「——2023年1月4日在…上」 the subtitle, giving `occasion` and
        # `date` (no speaker named: 「我代表平潭综合实验区管委会」). 「一、2022年工作回顾」
        # (run into 「2022年是…」) level 1. The eight （一）–（八） open with a
        # two-clause headline run into the body without a 。 (「（一）培优产业调结构，
        # 经济运行增添活力经济结构调整…」): level 2, the headline only (batch 44's
        # reading of headlines whose line breaks the reader lost), all `inline`.
        # 「备受鼓舞的是，…」 leads, 「一年来的主要工作成效是：」 and the closing
        # 「此外，…」 / 「同志们，…」 paragraphs body. The part is cut before 二、.
        "title": 10,
        "title_inline": "政府工作报告（2023）",
        "subtitle": 10,
        "subtitle_inline": "——2023年1月4日在平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第二次会议上",
        "headings": _inline(10, 1, "一、2022年工作回顾")
        + _inline(
            10,
            2,
            "（一）培优产业调结构，经济运行增添活力",
            "（二）注入内涵提品质，文旅发展闯出新路",
            "（三）保持交流不断档，两岸融合克难前行",
            "（四）深化改革促开放，发展环境持续向好",
            "（五）统筹城乡强协调，宜居环境提质升级",
            "（六）用心用情惠民生，社会事业稳步发展",
            "（七）净化生态转作风，政府效能不断提升",
            "（八）科学精准快处置，疫情防控有力有效",
        ),
        "furniture": [[1, 10]],
        "furniture_text": ["当前位置： 首页政务公开政府工作报告 ", " 时间：2023-01-11 10:52 微信 微博 QQ空间 "],
        "document": {
            "occasion": "平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第二次会议",
            "date": "2023年1月4日",
        },
    },
}
