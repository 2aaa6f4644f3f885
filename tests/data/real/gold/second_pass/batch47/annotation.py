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
        "headings": _inline(
            10, 1, "一、资格审查对象", "二、资格审查内容", "三、职责分工", "四、流程及时限"
        )
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
        "document": {
            "reporter": ["谢  雨", "姚雪青"],
            "source": "人民日报",
            "time": "2025年04月15日",
        },
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
        "furniture_text": [
            "当前位置： 首页政务公开政府工作报告 ",
            " 时间：2023-01-11 10:52 微信 微博 QQ空间 ",
        ],
        "document": {
            "occasion": "平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第二次会议",
            "date": "2023年1月4日",
        },
    },
    # Development part.
    "gw-cn-ccgo-scgo-livelihood-improvement-opinion-2025": {
        # A 中办/国办 意见 as the 人民日报 page prints it (Markdown): the `#` title
        # (1, its two inner spaces kept as written); the `##` 「（2025年3月2日）」 (2)
        # is the parenthesised date line under the title: the subtitle (like a
        # 题注) and `date`, as batch 42's 中央一号文件 「（2018年1月2日）」. The quoted
        # edition line (3) furniture giving `source` 人民日报 and `time` as
        # written (flagged: news fields on a 公文 reprinted by the paper); the
        # closing 「（新华社北京6月9日电）」 (21) furniture (a credit, as batch 30's
        # G20 speech's). The bold 一、–五、 (5, 8, 11, 15, 19) level 1; the （一）–（十）
        # (numbered across the parts) open with a headline closed by 。: run-in,
        # level 2, cut at the first 。 (rule 2). 五、保障措施 has body only.
        # `issuer` the two bodies the title names (a list). No 文号, 主送, 署名.
        "title": 1,
        "subtitle": 2,
        "headings": [(n, None, 1) for n in (5, 8, 11, 15, 19)]
        + [(n, "。", 2) for n in (6, 7, 9, 10, 12, 13, 14, 16, 17, 18)],
        "furniture": [[3, 3], [21, 21]],
        "document": {
            "issuer": ["中共中央办公厅", "国务院办公厅"],
            "date": "2025年3月2日",
            "source": "人民日报",
            "time": "2025年06月10日",
        },
    },
    "gw-sd-medical-insurance-center-maternity-settlement-notice-2020": {
        # A one-line 公文 (batch 44's form: the source runs the whole document,
        # OCR slips included, onto line 1). The 版头 「山东省医疗保险事业中心文件」 is
        # a 公文 element, body. After the 文号 the title (`title_inline`); it
        # names no body, so `issuer` is the 署名. 主送 to the ASCII colon.
        # 一、–四、 level 1, each the short headline whose body ran on without
        # punctuation (「一、分批实现生育保险待遇联网结算2020年11月底前…」: batch
        # 44's reading). The (一)–(四) under 三、 and (一)–(三) under 四、 open with
        # a headline closed by 。: run-in, level 2. The contact lines body; the
        # fused 附件说明 (three numbered items, 「附件:1，…」 with its comma)
        # `attachments`; 署名, `date`. Then the annexes: 「附件」 + 办理途径 is
        # annex 1 with its text (level 1, the label left out, as batches 13,
        # 14 and 44); its 1.–4. channels (「1.省医保中心现场办。…办理;」 …
        # 「4一网通办。…」) end in ; and are read as a list (flagged: each opens
        # with a short lead closed by 。, rule 2's run-in form). 「附件2…申报表」
        # and 「附件3…明细表」 are the two forms' own title lines (their tables
        # are not in the text): level-1 annex headings, label left out (flagged:
        # with no annex text after them they could be read as header lines).
        # The closing 「…综合组2020年9月14日印发」 is the 印发 line: `cc`
        # (flagged). Nothing is furniture.
        "title": 1,
        "title_inline": "关于做好省直生育保险待遇联网结算工作的通知",
        "headings": _inline(
            1,
            1,
            "一、分批实现生育保险待遇联网结算",
            "二、分步实现生育保险待遇联网结算",
            "三、生育保险待遇联网结算流程",
        )
        + _inline(
            1,
            2,
            "(一)生育联网备案。",
            "(二)生育医疗费联网结算。",
            "(三)生育津贴联网申领。",
            "(四)定点医疗机构与医保中心结算。",
        )
        + _inline(1, 1, "四、有关要求")
        + _inline(
            1, 2, "(一)高度重视，专人负责。", "(二)改造系统，加快进度。", "(三)强化基础，宣传到位。"
        )
        + _inline(
            1,
            1,
            "省直生育保险待遇结算办理途径",
            "省直生育定点医疗机构住院费用申报表",
            "省直生育定点医疗机构住院费用明细表",
        ),
        "furniture": [],
        "document": {
            "issuer": "山东省医疗保险事业中心",
            "number": "鲁医保中心发〔2020〕11号",
            "addressees": "各省直医疗保险参保单位，各有关定点医疗机构",
            "attachments": [
                "附件:1，省直生育保险待遇结算办理途径",
                "2.省直生育定点医疗机构住院费用申报表",
                "3.省直生育定点医疗机构住院费用明细表",
            ],
            "signatory": "山东省医疗保险事业中心",
            "date": "2020年9月14日",
            "cc": "山东省医疗保险事业中心综合组2020年9月14日印发",
        },
    },
    "news-cn-most-harbin-aerospace-ai-capability-list-2026": {
        # A 科技部 page's article (plain text): title (1); the three short
        # unpunctuated lines standing alone over body paragraphs,
        # 「遥感智能与空天信息处理能力凸显」 (3), 「低空经济与无人机技术多点突破」 (6),
        # 「高端装备智能运维自主可控」 (9), are subheads, level 1 (rule 4). No
        # byline, dateline or furniture.
        "title": 1,
        "headings": [(3, None, 1), (6, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {},
    },
    "news-cn-most-vice-minister-meets-french-ai-envoy-2024": {
        # A 科技部 page's article: title (1), four body paragraphs; 「2024年11月
        # 26日，…」 opens a sentence (no outlet: no dateline fields). Nothing else.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-cn-rmrb-shanxi-major-projects-year-2025": {
        # A 人民日报 page (Markdown), the held-out 江苏 report's form: the `#`
        # headline (1) with its bracketed column tag kept as written (the
        # Titles rule); the quoted byline + edition line (2) furniture giving
        # `reporter` (the two names as written, a list), `source` 人民日报,
        # `time` as written. No subheads, no credit line.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2]],
        "document": {
            "reporter": ["刘鑫焱", "付明丽"],
            "source": "人民日报",
            "time": "2025年03月01日",
        },
    },
    "stats-fj-pingtan-2015-statistical-bulletin": {
        # A 平潭 政务公开 archive page (batch 38's form): header lines (1-8) and the
        # 正文 rule (9) furniture; line 10 the fused page text; breadcrumb,
        # 时间/share chrome and the closing 「来源：… 附件下载」 furniture
        # (`furniture_text`). The page's title between them is the title (the
        # bulletin has no copy of its own). 一、综 合 … 十二、安全生产 level 1,
        # `inline`, the page's inner spaces kept (batch 38's bulletin), each
        # the headline before its body ran on. The closing 「注：」 over its
        # numbered notes is the bulletin's 附注, level 1 (batch 38), its notes
        # a list. No fields (the 来源 and 发布时间 are the archive's).
        "title": 10,
        "title_inline": "2015年平潭综合实验区国民经济和社会发展统计公报",
        "headings": _inline(
            10,
            1,
            "一、综 合",
            "二、农 业",
            "三、工业、建筑业",
            "四、固定资产投资",
            "五、交通、邮电",
            "六、国内贸易、物价",
            "七、对外经济、旅游",
            "八、财政、金融、保险",
            "九、科技、文化、体育",
            "十、教育、卫生、计生",
            "十一、人口、人民生活",
            "十二、安全生产",
            "注：",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开统计信息统计公报 ",
            " 时间：2022-10-31 12:15 微信 微博 QQ空间 ",
            " 来源：平潭综合实验区统计局 附件下载",
        ],
        "document": {},
    },
}
