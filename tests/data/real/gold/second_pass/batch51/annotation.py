"""The independent second annotator's batch-51 outlines, as line-based annotation.

Made like batches 3 and 5 to 48 (see ../batch48/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from, 318c538a, "Corpus
batch 51 texts", where the gold files held no headings yet), the three held-out
documents first (their part committed before any dev document was printed), and
this annotation was written and committed before any batch-51 gold outline, spec
or batch-51 note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only part
of a line. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
china-laws Markdown's `#` line and the title wrapped under it; the 央广网
clipper Markdown's front matter, `<center>` rules and the image before each
caption); the texts commit's message (written with the texts, before any
gold) for the records' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 51 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple[int, tuple[str, str], int]]:
    """Headings found inside the one long `line`, at `level`."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-hb-wetland-protection-decision-2024": {
        # A province 人大常委会 法规性决定 from whthomas/china-laws (batch 40's
        # form): the `#` line (1) is the repository's page heading, furniture;
        # the document's own title (2, the reader joined its two Markdown lines)
        # the title; the 题注 (3) the subtitle. 一、–十六、 (5, 6, 7, 13, 15-17,
        # 20, 25, 26, 28, 32, 33, 35, 36, 41): ten of sixteen (四、–十三、) open
        # with a headline closed by 。 (「四、湿地保护坚持规划先行。」, 「十一、加强
        # 湿地修复。」), so the tier is headings (rule 3's majority, unlike batch
        # 40's 宿迁 决定 whose provisions had none), level 1, each cut at its first
        # 。 (rule 2: the siblings without a headline, 一、–三、, 十四、–十六、, to
        # their first 。, the whole paragraph for 一、, 三、 and 十六、; flagged).
        # The unnumbered paragraphs under them are body. `issuer` the 题注's body,
        # `date` the 通过 date; 「本决定自公布之日起施行」 gives no `effective`.
        "title": 2,
        "subtitle": 3,
        "headings": [
            (5, "。", 1),
            (6, "。", 1),
            (7, "。", 1),
            (13, "。", 1),
            (15, "。", 1),
            (16, "。", 1),
            (17, "。", 1),
            (20, "。", 1),
            (25, "。", 1),
            (26, "。", 1),
            (28, "。", 1),
            (32, "。", 1),
            (33, "。", 1),
            (35, "。", 1),
            (36, "。", 1),
            (41, "。", 1),
        ],
        "furniture": [[1, 1]],
        "document": {"issuer": "湖北省第十四届人民代表大会常务委员会", "date": "2024年9月26日"},
    },
    "news-cn-cnr-heilongjiang-museums-july-first-2025": {
        # A 央广网 黑龙江频道 report saved by a web clipper (NewtNorlly): the front
        # matter holds only the 网址 (the reader drops it) and the file has no
        # headline: no title (as body-only page texts). The two <center> rules
        # (1-2) furniture, one range. No subheads. The six photo captions with
        # their 「（…供图）」 credit (5, 7, 10, 14, 20, 22; each under an image in
        # the file) furniture, one range each; the 央广网 app/报料/版权 footer (24)
        # furniture. The closing 「（来源：黑龙江省文旅厅博物馆与社会文物处）」 sits
        # inside the last paragraph (23): body, the piece's statement of who
        # filed it, giving `source` as written (flagged).
        "title": None,
        "headings": [],
        "furniture": [[1, 2], [5, 5], [7, 7], [10, 10], [14, 14], [20, 20], [22, 22], [24, 24]],
        "document": {"source": "黑龙江省文旅厅博物馆与社会文物处"},
    },
    "stats-fj-pingtan-2022-statistical-bulletin": {
        # A 平潭 政务公开 archive page (batches 38 and 47's form): header lines
        # (1-8) and the 正文 rule (9) furniture; line 10 the fused page text;
        # the breadcrumb with the 时间/share chrome and the closing 「来源：…
        # 附件下载」 furniture (`furniture_text`). The page's title between them is
        # the title (the bulletin has no copy of its own; as batch 47's 2015
        # bulletin). 一、综 合 … 十一、资源、环境和安全生产 level 1, `inline`, the
        # page's inner spaces kept, each the headline before its body ran on. The
        # （一）–（四） accident counts after 「按行业领域划分具体如下:」 are content
        # sentences: a list (rule 3). The closing 「注：」 over its numbered notes is
        # the bulletin's 附注, level 1 (batch 38), its notes a list. No fields
        # (the 来源 and 发布时间 are the archive's).
        "title": 10,
        "title_inline": "2022年平潭综合实验区国民经济和社会发展统计公报",
        "headings": _inline(
            10,
            1,
            "一、综 合",
            "二、农 业",
            "三、工业、建筑业",
            "四、固定资产投资",
            "五、国内贸易、对外经济",
            "六、交通、邮电",
            "七、金融、保险",
            "八、人口、人民生活和社会保障",
            "九、教育、卫生和科学技术",
            "十、旅游、文化和体育",
            "十一、资源、环境和安全生产",
            "注：",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开统计信息统计公报 ",
            " 时间：2023-03-29 09:59 微信 微博 QQ空间 ",
            " 来源：平潭综合实验区统计局 附件下载",
        ],
        "document": {},
    },
    # Development part.
    "gw-fj-pingtan-rural-homestay-measures-notice-2021-part": {
        # A 平潭 政务公开 archive page (batch 38's 174号 notice, as corrected by
        # its pass): header lines (1-8) and the 正文 rule (9) furniture; in the
        # fused line 10 the breadcrumb with the page's title copy and the
        # 时间/share chrome one furniture string. After the 文号 the 通知's own
        # title is the title (the document's own copy, without the page's space
        # before 《). `number`, `issuer` (named in the title), `addressees` (to
        # the ：), 署名 `signatory` and `date`. The 办法 printed after the 署名 and
        # date is an annex (rule 7): its title level 1, 第一章 总则 / 第二章 基本要求
        # level 2, 第一条–第二十条 level 3 (marker only, rule 6), all `inline`.
        # The record is cut inside 第二章; the closing 「？？？」 is left body
        # (flagged: garbled characters of the page, could be furniture).
        "title": 10,
        "title_inline": "平潭综合实验区管委会关于印发《平潭综合实验区乡村民宿管理办法》的通知",
        "headings": _inline(10, 1, "平潭综合实验区乡村民宿管理办法")
        + _inline(10, 2, "第一章 总则")
        + _inline(10, 3, "第一条", "第二条", "第三条", "第四条", "第五条", "第六条")
        + _inline(10, 2, "第二章 基本要求")
        + _inline(
            10,
            3,
            "第七条",
            "第八条",
            "第九条",
            "第十条",
            "第十一条",
            "第十二条",
            "第十三条",
            "第十四条",
            "第十五条",
            "第十六条",
            "第十七条",
            "第十八条",
            "第十九条",
            "第二十条",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开最新文件区管委会文件 平潭综合实验区管委会关于印发 "
            "《平潭综合实验区乡村民宿管理办法》的通知 时间：2021-01-22 17:01 微信 微博 QQ空间 "
        ],
        "document": {
            "issuer": "平潭综合实验区管委会",
            "number": "岚综管综〔2021〕3号",
            "addressees": "各片区管理局，区直各单位，各区属事业单位，各区属国企",
            "signatory": "平潭综合实验区管委会",
            "date": "2021年1月15日",
        },
    },
    "gw-js-nantong-private-economy-decision-2025": {
        # A city 人大常委会 决定 from whthomas/china-laws (batch 40's form, as
        # the held-out 湖北 决定): `#` line (1) furniture, the joined title (2)
        # the title, the 题注 with its 通过 and 批准 notes (3) the subtitle.
        # 一、–三十、 are provisions in content sentences (「一、本市行政区域内…适用本
        # 决定。」, 「三、市、县级人民政府应当…」): none opens with a headline, so
        # the tier is a list (rule 3), as 宿迁's; 十六、's （一）–（五） a list.
        # `issuer` the 题注's 通过 body, `date` the 通过 date (the 批准 by the
        # province left out; flagged), `effective` from 三十、.
        "title": 2,
        "subtitle": 3,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "南通市第十六届人民代表大会常务委员会",
            "date": "2025年11月5日",
            "effective": "2026年1月1日",
        },
    },
    "news-cn-sina-huashang-xian-industrial-power-use-2021": {
        # A 新浪 article block (batch 38's form): no headline in the block, no
        # title. 「原标题：」 (1) furniture giving `original_title`, 「来源：华商报」
        # (2) furniture giving `source` (one range). The paragraphs' lead
        # sentences (「当月综合能源消费量由降转增。」, 5, 7-9) open their paragraphs
        # and run on, plain in the HTML: body (rule 5). The byline closing the
        # last paragraph, 「华商报记者 黄涛」 (9, not bracketed), stays body and
        # gives `reporter` (batch 38).
        "title": None,
        "headings": [],
        "furniture": [[1, 2]],
        "document": {
            "original_title": "1-4月西安制造业带动电力消费快速增长",
            "source": "华商报",
            "reporter": "黄涛",
        },
    },
    "news-cn-sina-ningxia-daily-major-projects-showcase-2021": {
        # A 新浪 article block of a 宁夏日报 item: the block opens with the item's
        # bold headline (1, a <strong> <p>), read as the title (flagged: batch
        # 38's Sina blocks had none, and a bold line there is a subhead).
        # 「来源：宁夏日报」 (2) furniture giving `source`. 「展示台」 (4) and
        # 「曝光台」 (14) stand alone over their parts: level 1 (rule 4); under
        # each the stand-alone （一）–（三） (5, 8, 12; 15, 18, 22) level 2. The
        # 1．–3． items are ranking results, one sentence each: a list (rule 3;
        # flagged: their 「…前二名：」 leads could be read as run-in headlines).
        "title": 1,
        "headings": [
            (4, None, 1),
            (5, None, 2),
            (8, None, 2),
            (12, None, 2),
            (14, None, 1),
            (15, None, 2),
            (18, None, 2),
            (22, None, 2),
        ],
        "furniture": [[2, 2]],
        "document": {"source": "宁夏日报"},
    },
    "news-cn-xinhuanet-university-museums-2025": {
        # A 新华网 feature saved by a web clipper (NewtNorlly, as the held-out
        # 央广网 report): the two <center> rules (1-2) furniture. The lead line
        # (3) 「新华网北京4月9日电 题：…」: the bold 题： value is the headline, the
        # title (`title_inline`); the dateline stays body and gives `source`
        # 新华网 and `time` 4月9日. The byline 「新华网记者钱芳」 (4) furniture giving
        # `reporter`. The bold 「“小而特”有大看头」 (7), 「让知识“链”起来」 (25),
        # 「办好大学里的“大学”」 (40) subheads, level 1. The seven captions under
        # images (10, 14, 22, 27, 35, 43, 55) furniture; the bracketed credit
        # closing the last paragraph 「（策划：林明参与报道：李欣王碧姣）」 inline
        # furniture (batch 38's correction), its 参与报道 names `reporter` too
        # (flagged).
        "title": 3,
        "title_inline": "高校博物馆：大学里的“大学”",
        "headings": [(7, None, 1), (25, None, 1), (40, None, 1)],
        "furniture": [
            [1, 2],
            [4, 4],
            [10, 10],
            [14, 14],
            [22, 22],
            [27, 27],
            [35, 35],
            [43, 43],
            [55, 55],
            [61, 61],
        ],
        "furniture_text": ["（策划：林明参与报道：李欣王碧姣）"],
        "document": {
            "source": "新华网",
            "time": "4月9日",
            "reporter": ["钱芳", "李欣", "王碧姣"],
        },
    },
    "reg-cn-ancient-famous-trees-protection-2025": {
        # A 国务院令 with its 条例 as 人民日报 printed it (PeopleDailyMaterial
        # Markdown, as batch 47's 中办/国办 意见): the `#` title (1); the quoted
        # edition line (2) furniture giving `source` 人民日报 and `time`. The 令
        # head 「中华人民共和国国务院令」 / 「第800号」 (3-4) gives `issuer` and
        # `number` as written; the promulgation sentence (5) body; 「总理  李  强」
        # (6) `signatory` as written and the 令's date (7) `date`; `effective`
        # from the 施行 sentence. No chapters: 第一条–第三十条 level 1, the
        # marker only (rule 6); the （一）… items lists. The closing 「（新华社电）」
        # (94) furniture (a credit).
        "title": 1,
        "headings": [
            (n, "条", 1)
            for n in (8, 9, 11, 12, 13, 16, 18, 20, 26, 28, 33, 37, 39, 41, 43, 48, 50, 58, 61)
            + (66, 67, 70, 72, 78, 80, 81, 86, 88, 92, 93)
        ],
        "furniture": [[2, 2], [94, 94]],
        "document": {
            "issuer": "中华人民共和国国务院",
            "number": "第800号",
            "signatory": "总理  李  强",
            "date": "2025年1月25日",
            "effective": "2025年3月15日",
            "source": "人民日报",
            "time": "2025年03月13日",
        },
    },
    "wr-cn-2025-national-work-report-tasks-part": {
        # Part 三 of the 2025 政府工作报告 (PeopleDailyMaterial, as batch 42's
        # review part of the same report): the cut part starts at its bold
        # 「三、2025年政府工作任务」 (1), level 1; there is no title line in the
        # text (no title, as wr-cn-2022). The （一）–（三） (3, 6, 10) open with a
        # headline closed by 。: level 2, cut at the first 。 (rule 2). The
        # unnumbered lead sentences (「实施提振消费专项行动。」, 4, 5, 7-9, 11) open
        # their paragraphs and run on: body (rule 5). No fields.
        "title": None,
        "headings": [(1, None, 1), (3, "。", 2), (6, "。", 2), (10, "。", 2)],
        "furniture": [],
        "document": {},
    },
    "wr-fj-pingtan-approval-bureau-2022-summary-2023-plan-part": {
        # A 平潭 政务公开 archive page of a bureau's work summary (batch 38's
        # report reading): the header lines (1-8) and the 正文 rule (9)
        # furniture, the 标题 key's value the title (`title_inline`; the page text
        # has no breadcrumb and no copy of its own). In the fused line 10:
        # 「一、主要成效」 level 1 `inline`, its （一）–（七） open with a headline
        # closed by 。, level 2 cut at the first 。 (rule 2), `inline`; the
        # 一是…五是 leads body (rule 5). The record is cut before 二、. No fields
        # (the 发布时间 is the archive's).
        "title": 1,
        "title_inline": "平潭综合实验区行政审批局2022年工作总结及2023年工作计划",
        "headings": _inline(10, 1, "一、主要成效")
        + _inline(
            10,
            2,
            "（一）政务服务综合能力显著提升。",
            "（二）营商环境优化工作持续发力。",
            "（三）商事登记制度改革扎实推进。",
            "（四）项目审批服务效能持续提升。",
            "（五）公共资源交易管理规范运行。",
            "（六）数字平潭发展加速转型升级。",
            "（七）档案工作创新改革见行见效。",
        ),
        "furniture": [[1, 9]],
        "furniture_text": ["标题: "],
        "document": {},
    },
}
