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
    # Development part.
    "gw-sh-huangpu-heritage-protection-measures-2023": {
        # A 区政府 印发 notice: the repository banner (1) furniture; the page
        # has no 文号 and one copy of the title, the line above the 主送 (2):
        # the title. 主送 (3), cover sentence (4), 「特此通知。」 (5), 署名 (6),
        # 成文日期 (7). The title names the issuing body as 「黄浦区人民政府」:
        # `issuer` as the title has it (as 虹口区人民政府办公室, 上海市经济信息化委),
        # `signatory` the 署名 as written 「上海市黄浦区人民政府」; no `number`.
        # The 办法 is the carried document (rule 7): its title (8) level 1,
        # the seven 第X章 (their double spaces and 「附  则」 kept) level 2, the
        # 32 第X条 each on a line of its own with its bracketed title
        # (「第一条（目的）」) level 3 (rule 6; the whole line is marker and
        # title). The （一）…； duties and cases inside articles (26-34, 55-56,
        # 68-71, 94-96, 102-107) are lists; 55's trailing 「办」 is the page's
        # cut, body.
        "title": 2,
        "headings": [(8, None, 1)]
        + [
            (n, None, 2 if n in (9, 18, 37, 62, 82, 89, 108) else 3)
            for n in (
                *(9, 10, 12, 14, 16, 18, 19, 22, 24, 35, 37, 38, 40, 42, 45, 48, 50, 53, 57, 60),
                *(62, 63, 66, 72, 74, 76, 79, 82, 83, 85, 87, 89, 90, 92, 98, 100, 108, 109, 111),
            )
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "黄浦区人民政府",
            "addressees": "区政府各委、办、局，各街道办事处",
            "signatory": "上海市黄浦区人民政府",
            "date": "2023年1月17日",
        },
    },
    "gw-sh-transport-accident-statistics-2024": {
        # A 市交通委 通知: the repository banner (1, with 「&siteId=0010」)
        # furniture; the title (2) above the 主送 (3, 「各有关单位」), no 文号
        # on the page. 一、–六、 (5, 7, 15, 17, 26, 32) stand alone, level 1.
        # Per tier (rule 3): the （一）–（七） under 二、 (8-14) state what is and
        # is not counted (「（一）与生产经营有关的…事故纳入统计。」): content
        # sentences, a list; the （一）–（八） under 四、 (18-25) state who does
        # what: a list; the （一）–（五） under 五、 (27-31) are duties: a list.
        # The （一）–（三） under 六、 open with headlines closed by 。
        # (「（一）提高思想认识。」, 「（二）加强责任落实。」, 「（三）强化通报考核。」):
        # run-in heads, level 2. The 附件说明 (36-44) is `attachments`, one
        # item a line as written, the two wrapped items (5．… / 「月报」 and
        # 7．…等相 / 关制度（电子版）) with their line breaks (as 广东's
        # wrapped occasion); no annex text follows: no section. 署名 (45),
        # date (46); `issuer` the body the title names.
        "title": 2,
        "headings": [(n, None, 1) for n in (5, 7, 15, 17, 26, 32)]
        + [(n, "。", 2) for n in (33, 34, 35)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "各有关单位",
            "signatory": "上海市交通委员会",
            "date": "2024年3月21日",
            "attachments": [
                "附件：1．道路运输行业行车事故统计表",
                "2．地区港口生产安全事故综合情况",
                "3．港口生产安全事故伤亡情况（按事故类型分）",
                "4．港口生产安全事故伤亡情况（按事故原因分）",
                "5．交通运输行业建设工程生产安全事故统计\n月报",
                "6．运输船舶水上交通事故统计表",
                "7．《上海市生产安全事故统计工作办法》等相\n关制度（电子版）",
            ],
        },
    },
    "news-cn-century-digital-ipo-approval-2026": {
        # A 中国经济网 IPO report (.txt): headline (1); the lead opens with
        # the dateline 「中国经济网北京6月12日讯」: body, giving `source`
        # 「中国经济网」 and `time` 「6月12日」. The two short stand-alone lines
        # 「审议意见」 (8) and 「审议会议提出问询的主要问题」 (9) are the report's
        # subheads (rule 4), siblings, level 1 (the first has no body in the
        # text; the second holds the question, whose unnumbered lead
        # 「关于业绩可持续性。」 (10) runs on: body, rule 5). The two labels
        # closed by ： alone on their lines over the flattened tables,
        # 「2026年上交所深交所IPO过会企业一览：」 (11) and 「2026年北交所IPO过会企业一览：」
        # (111), are headlines too (rule 4, as 「重點活動一覽：」 over its list),
        # level 1; the table cells (12-110, 112-279) are body.
        "title": 1,
        "headings": [(n, None, 1) for n in (8, 9, 11, 111)],
        "furniture": [],
        "document": {"source": "中国经济网", "time": "6月12日"},
    },
    "news-cn-three-gorges-new-shipway-2026": {
        # A news feature (.txt): headline (1), nine paragraphs; the questions
        # opening paragraphs (「为何在长江三峡开辟水运新通道？」, 「新通道怎么建？」)
        # run on: body (rule 5); 「近日，」 is no dateline; the 一是/二是 inside
        # 10 body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-cn-xwlb-digest-20260623": {
        # As batches 2, 3, 8-11: the programme line (2) is the title, the
        # lead line (1) and every 「查看视频 ↗」 furniture, each [视频] item a
        # level-1 heading as written (13 items in the file, the lead line
        # says 14); each 「央视网消息（新闻联播）：」 belongs to its item: no
        # fields. The 快讯 sub-items run together inside their items: not
        # marked.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 41, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3, *range(5, 42, 3))],
        "document": {},
    },
    "news-cn-xwlb-digest-20260625": {
        # As the 23 June digest: 16 [视频] items (the lead line says 17),
        # level 1; lead line and 「查看视频 ↗」 lines furniture; no fields.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 50, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3, *range(5, 51, 3))],
        "document": {},
    },
    "press-tw-president-five-yuan-tea-2026": {
        # A Presidential Office release: title (1, U+3000 kept), the record's
        # subtitle (3); plain paragraphs, no points; 「今天參與茶敘的首長包括：」
        # (21) opens a sentence listing those present: body. No headings,
        # furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "reg-cn-special-equipment-inspection-2022": {
        # (Session 22, rd22: the Markdown reader no longer shows stand-alone HTML
        # comments, which this text held as lines of their own; the line numbers
        # below stay as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((4, 4, 4, 3),),
        # A LawRefBook regulation: title (1); the 公布 and 施行 lines (2-3) are
        # not parenthesised: neither subtitle nor furniture; `issuer` and
        # `number` from the 令 line as written, `date` the 公布 date,
        # `effective` from the 施行 line (「2022年7月1日」). 「<!-- INFO END -->」
        # (4) furniture. Five 第X章 (5, 12, 45, 86, 94) level 1, the forty
        # 第X条 level 2, each headed by its marker only (rule 6); the （一）…；
        # items inside articles are lists.
        "title": 1,
        "headings": [
            (n, None, 1) if n in (5, 12, 45, 86, 94) else (n, "条", 2)
            for n in (
                *(5, 6, 7, 8, 11, 12, 13, 14, 16, 18, 21, 27, 28, 30, 31, 32, 34, 36, 43, 44),
                *(45, 46, 48, 50, 51, 52, 54, 63, 70, 72, 74, 75, 78, 80, 82, 86, 87, 88, 89),
                *(91, 92, 94, 95, 96, 97),
            )
        ],
        "furniture": [[4, 4]],
        "document": {
            "issuer": "国家市场监督管理总局",
            "number": "国家市场监督管理总局令第57号",
            "date": "2022年5月26日",
            "effective": "2022年7月1日",
        },
    },
}
