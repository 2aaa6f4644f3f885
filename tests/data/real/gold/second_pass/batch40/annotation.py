"""The independent second annotator's batch-40 outlines, as line-based annotation.

Made like batches 3 and 5 to 37 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (0cc540a1, batch 40's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-40 gold outline, spec or batch-40
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
the 央视网 page's HTML — an <h1> and six <p>s, nothing else; the 丽水 page's HTML — its
索引号/文号/成文日期 metadata table, which the app drops; the head and tail of the 江西 .txt,
which has no title line).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 40 [--check]
"""

from __future__ import annotations


def _levels(level: int, *lines: int) -> list[tuple[int, None, int]]:
    """Whole-line headings at `level` on `lines`."""
    return [(n, None, level) for n in lines]


# The lines opening 第一条–第二十二条 of the 河北 改厕 决定.
_HEBEI_ARTICLES = (
    5,
    6,
    7,
    8,
    11,
    13,
    14,
    15,
    17,
    18,
    20,
    22,
    24,
    26,
    27,
    28,
    29,
    31,
    33,
    34,
    35,
    37,
)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-jiangxi-amr-food-sampling-circular-2020": {
        # A provincial 市场监管局 通告 whose text starts at the lead sentence:
        # no title line in the text (as the two titleless 公文 of batch 28),
        # so `title` null. 「一、总体情况：…」 (2) opens with the label
        # 「总体情况：」: a run-in heading cut at the first ：, level 1;
        # 「二、不合格样品具体信息如下：」 (3), its sibling, is headed the same
        # way (rule 2's sibling without a headline; here the whole line),
        # level 1. 「农兽药残留问题」 (4) stands alone before the items: a
        # stand-alone headline, level 2 under 二、 (flagged: a table-like
        # category label is the other reading). The 1、2、 (5-6) are plain
        # content sentences: a list. 特此通告 body. The bare 「附件：」 (10),
        # with no attachment named and no annex text, is the 附件说明 as the
        # line reads: `attachments` (flagged). The 署名 (11) gives
        # `signatory` and, the text having no title to name an issuer,
        # `issuer` (batch 26's reading); `date` (12). No furniture.
        "title": None,
        "headings": [(2, "：", 1), (3, "：", 1), (4, None, 2)],
        "furniture": [],
        "document": {
            "issuer": "江西省市场监管局",
            "signatory": "江西省市场监管局",
            "date": "2020年2月20日",
            "attachments": "附件：",
        },
    },
    "gw-cn-lishui-veterans-placement-tasks-notice-2023": {
        # A city government 通知 without its 文号 in the text (the page's
        # metadata table is dropped by the reader): title (1), the line above
        # the 主送机关; `addressees` (2) without the ：; one body paragraph;
        # 「附件：…」 (4) `attachments` as the line reads (no annex text
        # follows); 署名 (5) `signatory`, `issuer` the body the title names;
        # `date` (6); 「（此件公开发布）」 (7) `note`. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "丽水市人民政府",
            "addressees": "莲都区人民政府，市直各单位",
            "attachments": "附件：2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务",
            "signatory": "丽水市人民政府",
            "date": "2023年10月16日",
            "note": "（此件公开发布）",
        },
    },
    "news-cn-cctv-services-trade-growth-2024": {
        # A single 央视网 新闻联播 item page: the <h1> 「[视频]我国服务贸易持续增长」
        # (1) is the title, kept as written with its 「[视频]」 tag (as the
        # digests keep it on their items). The lead's dateline
        # 「央视网消息（新闻联播）：」 is the document's own (not a digest item's):
        # body, giving `source` 「央视网」 (batch 6's dateline reading; no
        # date in it, so no `time`; flagged). No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "央视网"},
    },
    "stats-cn-nbs-2024-statistical-bulletin-part": {
        # The national 统计公报, cut after its first two parts: title (1), no
        # footnote mark on it; 「国家统计局」 (3) `issuer` and 「2025年2月28日」
        # (5) `date` (as batch 5's 江西 and batch 8's 万载 communiqués).
        # 「一、综合」 (9) and 「二、农业」 (27) level 1. The bold-style lead
        # sentences of 综合's paragraphs (「新质生产力稳步发展。」 21,
        # 「城乡融合和区域协调发展扎实推进。」 23, 「绿色低碳转型持续深入。」 25) are
        # unnumbered leads inside paragraphs: body (rule 5). The [n]
        # footnote marks are body. No furniture.
        "title": 1,
        "headings": _levels(1, 9, 27),
        "furniture": [],
        "document": {"issuer": "国家统计局", "date": "2025年2月28日"},
    },
    # Development part.
    "gw-cn-jiangxi-infant-care-services-implementing-opinions-2020": {
        # A 省政府办公厅 实施意见 (.txt): line 1 is a lone space (left alone);
        # title (2) above the 主送机关 (3, `addressees`). 一、总体要求 (5),
        # 二、主要任务 (8), 三、组织实施 (25) level 1. Under 二、 the （一）–（三）
        # (9, 15, 19) are whole-line headlines, level 2; their 1.–5. / 1.–3. /
        # 1.–5. each open with a headline closed by 。 (「1.加强家庭健康育儿指导。」):
        # run-in headings cut at the first 。, level 3. Under 三、 the （一）–（四）
        # (26, 28, 30, 32) stand alone over their paragraphs: level 2;
        # 「（一）坚持政府主导」 (26) has its 。 pushed to the next line (27, body),
        # so it is the whole line (flagged: the stray 。 line). 「附件：…」 (34)
        # `attachments`; the date (35, trailing U+3000s left out) `date`;
        # 「（此件主动公开）」 (36) `note`; no 署名 in the text, `issuer` the
        # body the title names. The annex follows: the bare 「附件」 (37) body,
        # its title wrapped over 38-39, joined, level 1 (rule 7); its lines
        # (40-55) one duty per body: a list. 「相关解读：」 and the 解读 link
        # (56-57) are the portal's related-link lines: furniture.
        "title": 2,
        "headings": [
            (5, None, 1),
            (8, None, 1),
            (9, None, 2),
            *[(n, "。", 3) for n in range(10, 15)],
            (15, None, 2),
            *[(n, "。", 3) for n in range(16, 19)],
            (19, None, 2),
            *[(n, "。", 3) for n in range(20, 25)],
            (25, None, 1),
            (26, None, 2),
            (28, None, 2),
            (30, None, 2),
            (32, None, 2),
            ((38, 39), None, 1),
        ],
        "furniture": [[56, 57]],
        "document": {
            "issuer": "江西省人民政府办公厅",
            "addressees": "各市、县（区）人民政府，省政府各部门",
            "attachments": "附件：促进3岁以下婴幼儿照护服务发展工作部门职责分工",
            "date": "2020年2月21日",
            "note": "（此件主动公开）",
        },
    },
    "gw-cn-sandu-fishery-regulation-amendment-decision-2022": {
        # A county 人大 amendment 决定 from the flk.npc.gov.cn repository: the
        # `#` line (1) is the repository's page heading, furniture; the
        # document's own title is wrapped over 2-4, joined (as batch 28's
        # 袭警 解释). The 题注 (5-6, wrapped) is the subtitle, joined.
        # 一、–四、 (8, 9, 11, 12) are the amendments themselves, content
        # sentences (「将第十三条修改为：“…”」) with no headline: a list (rule
        # 3; flagged: rule 2's cut at the first ： would give 「一、将第十三条修改为：」).
        # 10 continues 二、's quoted article: body. `issuer` the 题注's body
        # as written in the text (the 题注 breaks it over two lines, so the
        # copy in the enacting sentence, 7), `date` the 通过 date (as
        # `reg-sh-historic-towns-2025`); 「本决定自公布之日起施行」 gives no
        # `effective`.
        "title": (2, 3, 4),
        "subtitle": (5, 6),
        "headings": [],
        "furniture": [[1, 1]],
        "document": {"issuer": "三都水族自治县第十七届人民代表大会", "date": "2022年1月9日"},
    },
    "gw-cn-suqian-online-rentals-minors-decision-2024": {
        # A city 人大常委会 法规性决定, same repository: `#` line (1) furniture,
        # the document's own title (2), the 题注 (3) subtitle. 一、–十、 are
        # provisions in content sentences, no headline (五、 closes with ： but
        # as a sentence introducing its （一）–（四） cases): a list, and the
        # （一）–（四） a list (rule 3; flagged: read as articles they would be
        # level 1). `issuer` the 题注's 「宿迁市第六届人民代表大会常务委员会」, `date`
        # the 通过 date, `effective` from 十、.
        "title": 2,
        "subtitle": 3,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "宿迁市第六届人民代表大会常务委员会",
            "date": "2024年6月27日",
            "effective": "2024年8月30日",
        },
    },
    "gw-cn-treasury-cash-term-deposit-tender-notice-2026-14": {
        # A 财政部/人民银行 tender notice: title (1), one body paragraph, the
        # 署名 (3) `signatory` and (the title names no body) `issuer`, the
        # date in Chinese numerals (4) `date`. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "中央国库现金管理操作室",
            "signatory": "中央国库现金管理操作室",
            "date": "二〇二六年八月十四日",
        },
    },
    "news-cn-cctv-fuyuan-fish-market-winter-2024": {
        # A single 央视网 新闻联播 item, as the held-out 服务贸易 one: the <h1>
        # title with its 「[视频]」 and 「【活力中国】」 tags (1); the lead's
        # dateline gives `source` 「央视网」. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "央视网"},
    },
    "news-cn-cctv-state-council-executive-meeting-2024": {
        # The same form: title (1), `source` 「央视网」 from the dateline; the
        # 会议强调/会议指出 paragraphs body. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "央视网"},
    },
    "news-cn-shishi-free-bun-shop-closes-2021": {
        # A Sina copy of a 澎湃新闻 report: the page's headline is not in the
        # text, so no title (flagged: the 原标题 value is the only headline
        # the text has); 「原标题：…」 (1) and the byline (2) furniture, one
        # range, giving `original_title`, `source` 「澎湃新闻」 (the byline's
        # outlet, as batch 30's 环球时报 byline) and `reporter` the two names
        # (the 实习生 included, as batch 32's byline list). The bold
        # 「对话“永恒阳光馒头店”老板」 (9) stands alone: a level-1 subhead. Under
        # it each bold question 「澎湃新闻：…？」 (10, 13, 16, 18, 21, 24, 26)
        # stands alone over its answer: level 2 (rule 4's line form, as the
        # FAQ questions of batch 27; flagged: interview turns as body is the
        # other reading). The 「吴先生：」 answers body. 「本期资深编辑 邢潭」 (28)
        # furniture, `editor`.
        "title": None,
        "headings": [(9, None, 1)] + _levels(2, 10, 13, 16, 18, 21, 24, 26),
        "furniture": [[1, 2], [28, 28]],
        "document": {
            "original_title": "10年送出300万个馒头，这家免费馒头店谢幕",
            "source": "澎湃新闻",
            "reporter": ["王选辉", "邓林"],
            "editor": "邢潭",
        },
    },
    "reg-cn-hebei-rural-toilet-reform-decision-2019": {
        # A provincial 人大常委会 决定 in articles, same repository: `#` line (1)
        # furniture, the document's own title wrapped over 2-3, joined; the
        # 题注 (4) subtitle. 第一条–第二十二条 level 1, the marker only (rule 6;
        # no chapters). `issuer` the 题注's 「河北省第十三届人民代表大会常务委员会」,
        # `date` the 通过 date (the 2023 修正 is a later amendment, as
        # `reg-ly-dog-keeping-2010`), `effective` from 第二十二条.
        "title": (2, 3),
        "subtitle": 4,
        "headings": [(n, "条", 1) for n in _HEBEI_ARTICLES],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "河北省第十三届人民代表大会常务委员会",
            "date": "2019年5月30日",
            "effective": "2019年6月1日",
        },
    },
}
