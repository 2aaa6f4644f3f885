"""The independent second annotator's batch-44 outlines, as line-based annotation.

Made like batches 3 and 5 to 43 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (f961a8a6, batch 44's
texts-only commit, where the gold files held no headings yet), the two held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-44 gold outline, spec or batch-44
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2; 「条」 keeps an article's marker), or the whole
line; a tuple of lines is one heading wrapped over several lines; ("inline", words)
is a heading found inside a longer line. `title_inline` is the words of a title inside a
longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, MANIFEST.md's batch-44 texts commit message (written with the
texts, before any gold) was read for the records' forms: the 公文 dataset's article field (one line,
no markup) and the ministry crawl's page text (the 生态环境部 repost's 来源/分享到/[打印]/字号 chrome).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 44 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple]:
    """Headings found inside one long line, in reading order."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sn-fgw-forestry-farm-grid-upgrade-notice-2021": {
        # A joint 印发 通知 from a 公文 classification dataset: the whole document is one line (1).
        # The 版头 「陕西省发展和改革委员会陕西省林业局文件」 opens it (a header element, body, not
        # furniture) and gives `issuer`, the two names; the 文号 (as written, with the space before
        # 634号) `number`; the title is the words after the 文号 up to 「的通知」 (`title_inline`; the
        # issuers' names are its first part, batch 17's reading), above the 主送 (`addressees`, to the
        # half-width 「:」). The cover sentences and the 联系人 line are body; the 署名 is one run
        # 「陕西省发展和改革委员会    陕西省林业局」, kept as written (as batch 10's 「国务院 中央军委」),
        # then the date. The 方案 the notice issues is an annex (rule 7): its title, printed with its
        # 《》 as the dataset has it, level 1 (inline: the third 《…》 of the line, the first two being
        # the title's and the cover sentence's; the inline heading is the words alone); its six
        # 「一、指导思想。」 … 「六、组织保障。」 are short nominal leads closed by 。 opening their
        # paragraphs: run-in headings (rule 2), level 2 inside the annex. The closing
        # 「附件:第一批拟改造升级的国有林场场部(管护站)清单」 names a list with no text after it: a
        # header element, `attachments` (flagged: the dataset prints it after the annex, so it may be
        # the 方案's own 附件 line rather than the notice's; either way a 附件说明, not a section).
        "title": 1,
        "title_inline": (
            "陕西省发展和改革委员会陕西省林业局关于印发《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》的通知"
        ),
        "headings": _inline(1, 1, "《全省国有林场场部(管护站)老旧电网改造升级工程实施方案》")
        + _inline(
            1,
            2,
            "一、指导思想。",
            "二、主要任务。",
            "三、资产移交。",
            "四、资金筹措。",
            "五、签订协议。",
            "六、组织保障。",
        ),
        "furniture": [],
        "document": {
            "issuer": ["陕西省发展和改革委员会", "陕西省林业局"],
            "number": "陕发改能电力[2021] 634号",
            "addressees": (
                "各设区市发展改革委、林业局，国网陕西省电力公司、陕西省地方电力(集团)有限公司，"
                "省森林资源管理局、省林科院、省楼观台生态实验林场、陕煤化生态林业总场"
            ),
            "signatory": "陕西省发展和改革委员会    陕西省林业局",
            "date": "2021年5月11日",
            "attachments": "附件:第一批拟改造升级的国有林场场部(管护站)清单",
        },
    },
    "news-cn-gmrb-q1-invoice-data-high-quality-development-2025": {
        # A 光明日报 report reposted on the 生态环境部 site: line 1 runs the site's column label
        # 「政策文件」 into the headline; the title is the headline 「一季度我国高质量发展成效明显」
        # (`title_inline`) and the label furniture (page chrome, as batch 30's 「 - 国际频道」 tail).
        # The page's date and 来源 lines, printed twice, 分享到, [打印], 字号 and [大][中][小] (2-11)
        # are furniture, one range with line 1's label; they give `source` 「光明日报」 and `time`
        # 「2025-04-10」 (as the 中国石化报 page's 来源/发布时间 spans). The lead's dateline
        # 「本报北京4月9日电（记者陈晨）」 (12) stays body and gives `reporter` 「陈晨」 (batch 24's
        # 科技日报 byline); `source` and `time` are already the page's (flagged: the dateline's own
        # date is 4月9日, the page's 2025-04-10). The six paragraphs (13-18) open with unnumbered
        # lead sentences 「创新动能不断积蓄，新质生产力加快培育。」 …: body (rule 5). No headings.
        "title": 1,
        "title_inline": "一季度我国高质量发展成效明显",
        "headings": [],
        "furniture": [[1, 11]],
        "furniture_text": ["政策文件"],
        "document": {"source": "光明日报", "time": "2025-04-10", "reporter": "陈晨"},
    },
    # Development part.
    "gw-gd-foshan-talent-housing-policy-guide-2019": {
        # (Session 23, o36: the HTML reader now keeps the page's <h3> title above the text; Every line number below stays as this pass read it, moved to the new
        # text by lines_moved; the new lines were not read by this pass.)
        "lines_moved": ((1, 38, 2, 39),),
        # A city bureau's 操作指南 page cut to its article block: the page's 「信息来源：本网发布时间：…」
        # line (1) is page chrome, furniture, giving nothing (the 公文 fields have no place for a
        # page's publication stamp; as the work reports' 来源/时间 lines). The block keeps no title line
        # (a body-only page text has no title, batch 40's crawled pages). 一、–五、 (3, 7, 19, 30, 35)
        # stand alone, level 1. Under 一、 the （一）–（三） (4-6) are provisions, content sentences:
        # a list (rule 3). Under 二、 the （一）（二） (8, 12) are sentences that introduce material
        # lists (「…在我市限购区域购房的，需提交下列材料：」), not headlines: a list (batch 41's 要點
        # reading), their 1.–4. and （1）（2） lists too. Under 三、 the two 「（一）购买新建商品房申请流程：」
        # / 「（二）购买存量房申请流程：」 (20, 25) are short labels closed by ： standing alone over
        # their steps: headings (rules 1 and 4), level 2; the 1.–4. steps a list. Under 四、 the
        # （一）（二） (31, 33) are provisions with their URL lines: a list. The two 《…》 lines closing
        # the block (37-38) are the page's attachment links (the form and the 补充通知 the guide cites),
        # no 附件 label, no text after them: site chrome, furniture (flagged: an annotator may read them
        # as an unlabelled 附件说明, `attachments`). No issuer, 署名 or date in the text: no fields.
        "title": None,
        "headings": [
            (3, None, 1),
            (7, None, 1),
            (19, None, 1),
            (20, None, 2),
            (25, None, 2),
            (30, None, 1),
            (35, None, 1),
        ],
        "furniture": [[1, 1], [37, 38]],
        "document": {},
    },
    "gw-gz-anshun-housing-fund-withdrawal-loan-policy-notice-2022": {
        # A city committee's 通知 page cut to its block: title (1); the 字号/打印/视力保护色 toolbar (2)
        # furniture. 主送 (3) `addressees` without its ：. 一、调整内容 (5) and 二、执行时间 (12) stand
        # alone, level 1. Under 一、 the （一）降低首付款比例 (6) and （二）不再限制“又提又贷” (9) are
        # stand-alone headlines; （三） (11) opens its paragraph with a headline closed by 。
        # (「（三）放宽…的管理。」, containing the 「（以下简称“楼盘项目准入”）」 parenthesis): a run-in
        # heading (rule 2); the tier is headings, level 2. Its 一是/二是 leads are body (rule 5). The
        # closing date line (14) is the 成文日期, `date` (the same words stand in 13's 执行 sentence).
        # No 文号 on the page, no 署名: `issuer` from the title, as batch 3's 交通委 notice.
        "title": 1,
        "headings": [
            (5, None, 1),
            (6, None, 2),
            (9, None, 2),
            (11, "。", 2),
            (12, None, 1),
        ],
        "furniture": [[2, 2]],
        "document": {
            "issuer": "安顺市住房公积金管理委员会",
            "addressees": "各缴存职工、住房公积金受委托银行、房地产开发企业",
            "date": "2022年4月6日",
        },
    },
    "gw-sd-gov-office-yellow-river-ice-flood-notice-2021": {
        # A provincial 办公厅 明电 from the 公文 dataset, the whole record one line (1). The 发电 form's
        # head 「山东省人民政府办公厅发电发电单位…签发盖章于国安等级特急·明电鲁政办发明电〔2021〕1号鲁机发号」
        # is the 版头 and its header elements: body, not furniture; `issuer` the 发电单位, `number`
        # the 明电 字号. The title is the words after 「鲁机发号」 up to 「的通知」 (`title_inline`),
        # above the 主送 (`addressees`, to the half-width 「:」). The 凌情 account and 「…现将有关事项
        # 通知如下:」 are body. 一、–四、 open their paragraphs with a headline closed by 。
        # (「一、提高政治站位，落实工作责任。」 …): run-in headings (rule 2), level 1, inline. The 署名
        # 「山东省人民政府办公厅」 and the date close the line: `signatory`, `date`. No furniture.
        "title": 1,
        "title_inline": "山东省人民政府办公厅关于做好黄河防凌工作的通知",
        "headings": _inline(
            1,
            1,
            "一、提高政治站位，落实工作责任。",
            "二、坚持问题导向，强化安全防范。",
            "三、完善应对措施，搞好应急保障。",
            "四、加强值班值守，强化信息报送。",
        ),
        "furniture": [],
        "document": {
            "issuer": "山东省人民政府办公厅",
            "number": "鲁政办发明电〔2021〕1号",
            "addressees": "沿黄各市人民政府，省有关部门(单位)",
            "signatory": "山东省人民政府办公厅",
            "date": "2021年1月8日",
        },
    },
    "gw-sd-poverty-group-revitalization-meeting-notice-2021": {
        # A provincial 领导小组 会议通知 from the 公文 dataset, the whole record one line (1). The 版头
        # 「山东省扶贫开发领导组文件」 (so the dataset writes it, without 小) opens it, body; `number`
        # 鲁扶贫组字〔2021〕1号; the title after the 文号 up to 「的通知」 (`title_inline`), above the
        # 主送 (`addressees`, to the 「:」). `issuer` is the body the title and the 署名 name,
        # 「山东省扶贫开发领导小组」 (flagged: the 版头's words as written would be 「山东省扶贫开发领导组」,
        # a slip of the record). 一、会议主题 / 二、时间地点 / 三、与会人员 / 四、有关事项 are short
        # nominal lines in the source run into their paragraphs by the dataset: headings, level 1,
        # inline (the words alone, as batch 16's fused 公文). The 1.–5. 事项 under 四、 are provisions:
        # a list. The 联系人 line body; 「附件:1.省扶贫开发领导小组成员单位」 / 「2.报名回执」 the
        # `attachments`, each item as it reads; 署名 and date `signatory`, `date`. The annex text that
        # follows (附件1's list of 34 成员单位) is a level-1 section by its own title
        # 「省扶贫开发领导小组成员单位(34个)」 (rule 7; the 「附件1」 label left out, batch 3); the list body.
        "title": 1,
        "title_inline": "山东省扶贫开发领导小组关于召开全省巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作会议的通知",
        "headings": _inline(1, 1, "一、会议主题", "二、时间地点", "三、与会人员", "四、有关事项")
        + _inline(1, 1, "省扶贫开发领导小组成员单位(34个)"),
        "furniture": [],
        "document": {
            "issuer": "山东省扶贫开发领导小组",
            "number": "鲁扶贫组字〔2021〕1号",
            "addressees": "各市扶贫开发领导小组，省扶贫开发领导小组各成员单位",
            "signatory": "山东省扶贫开发领导小组",
            "date": "2021年1月13日",
            "attachments": ["附件:1.省扶贫开发领导小组成员单位", "2.报名回执"],
        },
    },
    "news-cn-most-minister-ai-governance-meeting-2025": {
        # A 科技部 release on its own site: title (1); four body paragraphs (2-5). 「2025年7月26日，…」
        # opens a sentence, not a 讯/电 dateline: no `source`, no `time`. No byline, no headings, no
        # furniture, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "reg-cn-ai-ethics-norms-release-2021": {
        # A 科技部 release that carries the 规范 in full: title the release's headline (1); its two
        # paragraphs (2-3, 「《伦理规范》全文如下：」) body. The 规范 is a carried document (rule 7, as
        # batch 34's 办法 after a 通知 and batch 23's quoted report): its own title
        # 「新一代人工智能伦理规范」, which the page runs into the preamble (4), is a level-1 section
        # (inline, the words alone); 第一章 总则 … 第六章 组织实施 (5, 14, 25, 34, 43, 54) level 2;
        # every 第X条 stands alone on its line (6 … 59): rule 6, level 3 (articles under chapters, one
        # level down inside the carried document). The （一）–（六） inside 第二条 and 第三条 run on in
        # their articles: lists (rule 6). The closing 「国家新一代人工智能治理专业委员会」 (61) and date (62)
        # give `issuer` and `date`; 第二十五条 names no date: no `effective`.
        "title": 1,
        "headings": [(4, ("inline", "新一代人工智能伦理规范"), 1)]
        + [
            (5, None, 2),
            (6, None, 3),
            (8, None, 3),
            (10, None, 3),
            (12, None, 3),
            (14, None, 2),
            (15, None, 3),
            (17, None, 3),
            (19, None, 3),
            (21, None, 3),
            (23, None, 3),
            (25, None, 2),
            (26, None, 3),
            (28, None, 3),
            (30, None, 3),
            (32, None, 3),
            (34, None, 2),
            (35, None, 3),
            (37, None, 3),
            (39, None, 3),
            (41, None, 3),
            (43, None, 2),
            (44, None, 3),
            (46, None, 3),
            (48, None, 3),
            (50, None, 3),
            (52, None, 3),
            (54, None, 2),
            (55, None, 3),
            (57, None, 3),
            (59, None, 3),
        ],
        "furniture": [],
        "document": {"issuer": "国家新一代人工智能治理专业委员会", "date": "2021年9月25日"},
    },
}
