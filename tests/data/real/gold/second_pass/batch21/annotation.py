"""The independent second annotator's batch-21 outlines, as line-based annotation.

Made like batches 3 and 5 to 20 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (d6830919,
"Corpus batch 21 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-21
gold outline, spec or batch-21 note on the gold was read, without running the
app's outline, title, header or furniture code (nor `analyze` or any scorer).
Headings are (line, cut, level): the heading is the stripped line up to and
including the first `cut` (a run-in heading, rule 2), or the whole line; a
tuple of lines is one heading wrapped over several lines. Furniture is 1-based
inclusive line ranges. The writer only slices the text; it runs none of the
app's analysis.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 21 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-community-embedded-services-plan-2024": {
        # A 市政府办公厅 转发 notice carrying a 实施方案: the repository banner
        # (1, with the stray 「&siteId=0001」 inside it: batch 15's form)
        # furniture. The page has no 文号 and one copy of the title, the line
        # above the 主送机关 (2): the title. 主送 (3), the cover sentence (4),
        # 署名 (5), 成文日期 (6). The title names the issuing body: `issuer`
        # 「上海市人民政府办公厅」 (= the 署名); no `number`. The 方案 is a carried
        # document (rule 7): its title (7) level 1, the preamble (8) body;
        # 一、–三、 (9, 14, 18) stand alone, level 2; the （一）–（十） (numbered
        # on across the parts) each open a paragraph with a headline closed
        # by 。 (「（一）优化设施规划布局。」 …, no ： before it): run-in heads
        # cut at the first 。, level 3 (rule 2; all ten alike). The closing
        # paragraph 「由市发展改革委…牵头，…」 (22) has no number on the page:
        # body. The 方案's own 署名 and date (23-24, 市发展改革委, 2024年12月10日)
        # are the carried document's, not the notice's header: body, no field.
        "title": 2,
        "headings": [(7, None, 1), (9, None, 2)]
        + [(n, "。", 3) for n in (10, 11, 12, 13)]
        + [(14, None, 2)]
        + [(n, "。", 3) for n in (15, 16, 17)]
        + [(18, None, 2)]
        + [(n, "。", 3) for n in (19, 20, 21)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市人民政府办公厅",
            "addressees": "各区人民政府，市政府各委、办、局，各有关单位",
            "signatory": "上海市人民政府办公厅",
            "date": "2024年12月14日",
        },
    },
    "news-cn-auto-price-competition-talks-2026": {
        # A 新华社 brief: headline (1), one paragraph (2) opening with the
        # dateline 「新华社北京6月11日电」: body (rule 5), giving `source`
        # 「新华社」 and `time` 「6月11日」 as written (the Document header's
        # dateline reading, batch 6's second pass). No headings or furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "新华社", "time": "6月11日"},
    },
    "press-tw-president-lunar-new-year-temples-2026": {
        # A Presidential Office release: title (1, its U+3000 kept), the
        # record's subtitle line (3, 「總統前往彰化、臺中等地廟宇參香並發放福袋」).
        # Eleven plain paragraphs of 總統表示/指出/強調 reporting, no 第一/第二
        # points, no 「總統致詞內容為：」; the closing list of those who
        # accompanied him (25) is body. 「今（19）日」 is a sentence, not a
        # dateline. No headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-shanxi-2026": {
        # A provincial work report on the library mirror (as 山东, 河南, 吉林):
        # the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10, 「2026年山西省政府工作报告」 as written), the
        # occasion line with its —— the subtitle (11); the speaker line (14)
        # `speaker` as written, not furniture; the photo caption with its
        # credit (15, 「省长卢东亮…作政府工作报告。本报记者阮洋摄」) furniture, its
        # own range (batch 2's 霍艳恩摄 caption). `occasion` and `date` from the
        # subtitle. 「一、“十四五”时期工作回顾」 (18) level 1, the only heading:
        # the seven 「——经济运行稳中有进。」… leads (20-27) are body (rule 5),
        # as are the 「五年来，」 paragraphs (28-29), 「刚刚过去的2025年」 (30)
        # and the six unnumbered leads opening the 2025 paragraphs
        # (「加强科技创新，驱动能源转型。」 …, 31-36; rule 5, as 山东's
        # 「项目投资支撑有力。」), 「各位代表！」 (37). The file is cut before 二、.
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "省长 卢东亮",
            "occasion": "山西省第十四届人民代表大会第五次会议",
            "date": "2026年2月2日",
        },
    },
}
