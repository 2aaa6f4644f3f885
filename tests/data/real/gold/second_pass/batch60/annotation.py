"""The independent second annotator's batch-60 outlines, as line-based annotation.

Made like batches 3 and 5 to 59 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (0ba3b89b, "Corpus batch 60 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-60 gold outline, spec or batch-60 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (which of
the 广州 page's two title lines is the page's <h1> and where its 公开方式 line
stands: a dev document); the rule book (docs/gold-outline.md at
the texts commit: batch 40's and 53's readings of the chairmenfrog crawl, batch
53's 宿州 release carrying measures, batch 54's contact lines, batch 59's
十三五 印发 notice) was read for the forms read before.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 60 [--check]
"""

from __future__ import annotations

_HZ_PARTS = (
    # (district line, its 一、–八、 lines): the five carried 公告 of the 杭州 release.
    (3, (5, 8, 10, 13, 16, 20, 24, 28)),
    (34, (36, 39, 41, 44, 47, 51, 55, 59)),
    (65, (67, 70, 72, 75, 78, 82, 86, 90)),
    (96, (98, 101, 103, 106, 109, 113, 117, 121)),
    (127, (129, 132, 135, 138, 141, 145, 149, 153)),
)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-jx-provincial-government-full-year-targets-implementing-opinions-2020": {
        # A 江西省人民政府 实施意见 as the chairmenfrog crawl's page text (batch
        # 40's and 53's crawl): the title (1) is kept here; the 文号 stood in the
        # page's index box, which the text does not hold: no `number`. 「各市、
        # 县（区）人民政府，省政府各部门：」 (2) `addressees` without ：. 一、–七、
        # (4, 6, 9, 15, 19, 24, 29) stand alone: level 1. The （一）–（二十） open
        # with headlines closed by 。 (「（一）坚决落实分区分级防控要求。」): run-in
        # headings, level 2, cut at the first 。 (rule 2; the 责任单位 brackets
        # body). The closing exhortation (32) body; 「2020年3月2日」 (33) `date`;
        # no 署名 line, so `issuer` is read from the title, 「江西省人民政府」.
        # The 「相关解读：…」 line (34) and the second related link under it
        # (35, a Q&A's headline) are the page's related list: furniture (batch
        # 40's 「相关解读：」 chrome).
        "title": 1,
        "headings": [
            (4, None, 1),
            (6, None, 1),
            (7, "。", 2),
            (8, "。", 2),
            (9, None, 1),
            (10, "。", 2),
            (11, "。", 2),
            (12, "。", 2),
            (13, "。", 2),
            (14, "。", 2),
            (15, None, 1),
            (16, "。", 2),
            (17, "。", 2),
            (18, "。", 2),
            (19, None, 1),
            (20, "。", 2),
            (21, "。", 2),
            (22, "。", 2),
            (23, "。", 2),
            (24, None, 1),
            (25, "。", 2),
            (26, "。", 2),
            (27, "。", 2),
            (28, "。", 2),
            (29, None, 1),
            (30, "。", 2),
            (31, "。", 2),
        ],
        "furniture": [[34, 35]],
        "document": {
            "issuer": "江西省人民政府",
            "addressees": "各市、县（区）人民政府，省政府各部门",
            "date": "2020年3月2日",
        },
    },
    "news-cn-hangzhou-housing-bureau-purchase-voucher-subsidies-release-2025": {
        # A city bureau's release carrying five district 公告 (batch 53's 宿州
        # release carrying measures): title the first line (1); the lead (2)
        # body. Each district's name standing alone (「富阳区」 3, 「临 安 区」 34,
        # 「桐 庐 县」 65, 「淳 安 县」 96, 「建 德 市」 127, spaces as written) heads
        # its carried 公告: level 1 (rule 4 / rule 7's carried document, here
        # headed by the district's name, the 公告 having no title of its own).
        # Each 公告's 一、–八、 stand alone over body: level 2. Their （一）–（三）
        # are content sentences (五、–七、) or contact lines
        # (「（一）政策咨询电话：0571-63126707」, batch 54's (一)–(五) contact
        # lines): lists (rule 3). Each 公告's two issuing bureaus and date
        # (31-33, 62-64, 93-95, 124-126, 156-158) close the carried 公告: body,
        # not the release's fields. The closing 「据悉，…」 (159) body. The
        # release has no dateline, byline or edition line (「今天（10月24日）」
        # is inside the lead's sentence): no furniture, no fields (flagged: a
        # reader who takes the carried 公告s' closings for the document's own
        # would give `issuer`/`date`).
        "title": 1,
        "headings": [
            h
            for district, items in _HZ_PARTS
            for h in [(district, None, 1)] + [(n, None, 2) for n in items]
        ],
        "furniture": [],
        "document": {},
    },
    "plan-cn-11th-fyp-environmental-protection-notice-and-part-one-2007": {
        # A 国务院 印发 notice with the plan it issues, cut inside the plan's
        # 一、 (batch 59's 十三五 notice from the same repository's form): the
        # title is the line above the 文号, wrapped: 「国务院关于印发国家环境保护」
        # (1) + 「“十一五”规划的通知」 at the start of 5, joined (the rest of 5
        # is 「国发〔2007〕37号」, `number`, and 「各省、…各直属机构：」, `addressees`
        # without ：). The cover letter (9, 13, 17) body; 「国务院」 (21) the 署名,
        # `signatory`; 「二○○七年十一月二十二日」 opening 25 the `date`; in the
        # same line the plan's title 「国家环境保护“十一五”规划」 is the level-1
        # annex heading (rule 7, `inline`), its preamble body. 「一、环境形势」
        # (29) level 2; the stand-alone 「（一）“十五”期间环境保护工作取得进展。」 (33)
        # and 「（二）环境形势依然严峻。」 (41) level 3, and 「（三）环境保护工作进入新
        # 阶段。」 run onto the end of the table's row line (65) level 3,
        # `inline`. The 专栏1 box title and its cells (57-65) body (rule 5).
        # `issuer` 「国务院」 from the title. No furniture.
        "title": (1, 5),
        "title_inline": "国务院关于印发国家环境保护“十一五”规划的通知",
        "headings": [
            (25, ("inline", "国家环境保护“十一五”规划"), 1),
            (29, None, 2),
            (33, None, 3),
            (41, None, 3),
            (65, ("inline", "（三）环境保护工作进入新阶段。"), 3),
        ],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国发〔2007〕37号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            "signatory": "国务院",
            "date": "二○○七年十一月二十二日",
        },
    },
    # Development part.
    "gw-cn-state-council-office-railway-safety-joint-meeting-letter-2021": {
        # A 国务院办公厅 函 from the gov.cn text dump (batch 59's 批复 from the
        # same repository): title and 文号 run together on line 1 — the title
        # the words before 「国办函〔2021〕12号」 (`title_inline`), the 文号
        # `number`, `issuer` 「国务院办公厅」 from the title. 「交通运输部：」 opens
        # the body line (3): `addressees` without ：. 「附件：…制度」 with the
        # 署名 「国务院办公厅」 run onto it (5): the 附件说明 as written is
        # `attachments` (the 函's own 附件 line, before its 署名),
        # 「国务院办公厅」 `signatory`; 「2021年1月26日」 `date` and 「（此件公开发布）」
        # `note` (7). The bare 「附件」 (11) body (batch 57's 明溪 reading); the
        # annex's title (13) level 1 (rule 7). Inside the one-line annex text
        # (15) 「一、主要职责」, 「二、成员单位」, 「三、议事规则」, 「四、工作要求」 are
        # stand-alone heads the dump ran into their paragraphs (no 。 after
        # them): level 2, `inline`, the phrase alone (batch 22's reading). The
        # 成员名单 the annex announces (「（名单附后）」) under its own title (19):
        # the annex's own appendix, level 2 beside its 一、 parts (rule 7, batch
        # 10's clarification); its run-together roster (21) body. No furniture.
        "title": 1,
        "title_inline": "国务院办公厅关于同意建立铁路沿线安全环境治理部际联席会议制度的函",
        "headings": [
            (13, None, 1),
            (15, ("inline", "一、主要职责"), 2),
            (15, ("inline", "二、成员单位"), 2),
            (15, ("inline", "三、议事规则"), 2),
            (15, ("inline", "四、工作要求"), 2),
            (19, None, 2),
        ],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2021〕12号",
            "addressees": "交通运输部",
            "attachments": "附件：铁路沿线安全环境治理部际联席会议制度",
            "signatory": "国务院办公厅",
            "date": "2021年1月26日",
            "note": "（此件公开发布）",
        },
    },
    "gw-gd-guangzhou-housing-fund-centre-withdrawal-measures-notice-2023": {
        # A city centre's 印发 notice on its gkmlpt page: the page's <h1> (1)
        # and its 发布日期/浏览次数 row (2) are page chrome, one furniture range;
        # the article repeats the title after its 文号 (3, `number`): the
        # document's own copy (4) is the title (batches 14, 16 and 19's
        # repeated titles; the HTML was read for which line is the <h1>).
        # 「各住房公积金缴存人：」 (5) `addressees`; 署名 (7) `signatory`, date
        # (8); `issuer` from the title, 「广州住房公积金管理中心」. The 办法's
        # title (9) level 1 (rule 7); 第一章–第六章 level 2; every 第X条 level 3
        # as its marker alone (rule 6); the （一）–（十一） and （一）–（三） inside
        # articles lists. 「公开方式：主动公开」 (54), the article's last <p>,
        # is the 公文's own publication note: `note` as written (as
        # 「（此件主动公开）」; flagged: a reader who takes it for the portal's
        # field would make it furniture).
        "title": 4,
        "headings": [(9, None, 1)]
        + [
            (n, None, 2) if n in (10, 13, 31, 44, 47, 51) else (n, "条", 3)
            for n in (10, 11, 12, 13, 14, 27, 28, 29, 30, 31, 32, 33, 37, 38, 39, 40)
            + (44, 45, 46, 47, 48, 49, 50, 51, 52, 53)
        ],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "广州住房公积金管理中心",
            "number": "穗公积金中心规字〔2023〕5号",
            "addressees": "各住房公积金缴存人",
            "signatory": "广州住房公积金管理中心",
            "date": "2023年12月22日",
            "note": "公开方式：主动公开",
        },
    },
    "gw-zj-cixi-housing-finance-bureaus-rental-housing-subsidy-rules-notice-2023": {
        # Two 慈溪 bureaus' 印发 notice on the city site: title the first line
        # (1), both bodies as written: `issuer` the two (a list, joint
        # document). The 发布日期/信息来源 line (2) page chrome, furniture (a
        # 公文 takes no `time`/`source` from it). 「各镇人民政府、街道办事处，各产业平台：」
        # (3) `addressees`; the two 署名 lines (5-6) `signatory` a list of two;
        # date (7). The 细则's title (8) level 1 (rule 7); 一、–四、 level 2;
        # the stand-alone （一）–（三） under 二、 and （一）–（六） under 四、 level
        # 3; 三、's （一）–（三） are content sentences, a list (rule 3), as is
        # every 1.… tier. The 「附件：1.….doc」 / 「2.….doc」 lines (66-67)
        # come after the 细则, which itself refers to its 附件1 and 评审表
        # (「详见附件1」, 「（详见附件）」), not after the notice's 署名: the 细则's
        # own, body, no `attachments` (batch 57's 明溪 correction; flagged: the
        # other reading is `attachments` as the two lines read). 「原文下载：….pdf」
        # (68) the page's download link, furniture.
        "title": 1,
        "headings": [
            (8, None, 1),
            (9, None, 2),
            (11, None, 2),
            (12, None, 3),
            (18, None, 3),
            (25, None, 3),
            (31, None, 2),
            (41, None, 2),
            (42, None, 3),
            (44, None, 3),
            (46, None, 3),
            (48, None, 3),
            (59, None, 3),
            (63, None, 3),
        ],
        "furniture": [[2, 2], [68, 68]],
        "document": {
            "issuer": ["慈溪市住房和城乡建设局", "慈溪市财政局"],
            "addressees": "各镇人民政府、街道办事处，各产业平台",
            "signatory": ["慈溪市住房和城乡建设局", "慈溪市财政局"],
            "date": "2023年4月21日",
        },
    },
    "news-cn-xxcb-changsha-detention-centre-special-detainee-2014": {
        # A 潇湘晨报 epaper page (webpage_archive): headline (1) the title; the
        # deck under it (2) the subtitle (batch 15's 广州日报 deck). The date
        # line (3) and the byline 「本报记者覃剑长沙报道」 (4): one furniture
        # range giving `time` 「2014年5月21日」 and `reporter` 「覃剑」 (「本报」
        # names no outlet: no `source`). 「男子变性不彻底，欲盗窃再手术被抓」 (7) and
        # 「看守所实行单独关押，女医师帮其治疗」 (12) stand alone over body: level 1.
        # 「相关图片」 (19) is the epaper's link label: furniture. The sidebar
        # 「[延伸阅读]特殊嫌犯如何关押」 (20) level 1 as written, and its own subhead
        # 「患病死刑犯谁来医治」 (24) one below it, level 2 (batch 15's section
        # label over subheads, batch 56's box; flagged: flat level 1 is the
        # other reading). The site footer (27-30) furniture.
        "title": 1,
        "subtitle": 2,
        "headings": [(7, None, 1), (12, None, 1), (20, None, 1), (24, None, 2)],
        "furniture": [[3, 4], [19, 19], [27, 30]],
        "document": {"time": "2014年5月21日", "reporter": "覃剑"},
    },
    "news-cn-zjol-xinhua-two-patients-sex-assignment-surgery-2007": {
        # A 浙江在线 page carrying a 新华网 story: headline (1); the date line
        # with the site's name (2) furniture giving `time` as written (the
        # site's name is the carrier, not the piece's outlet). No subhead. The
        # closing 来源/作者/编辑 lines (9-11) and the 相关稿件 list (12-16) one
        # furniture range: `source` 「新华网」, `reporter` the two names run
        # together after 「记者」 (a list, 「李福民」, 「杨力」), `editor` 「应豪」.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [9, 16]],
        "document": {
            "time": "2007年08月25日 22:39:11",
            "source": "新华网",
            "reporter": ["李福民", "杨力"],
            "editor": "应豪",
        },
    },
    "plan-jx-grain-reserves-bureau-2020-work-points": {
        # A provincial bureau's 工作要点 as the chairmenfrog crawl's page text:
        # title the first line (1); the opening paragraph (2) body. 一、–五、 (3,
        # 7, 13, 18, 28) stand alone: level 1. The 1.–26. open with headlines
        # closed by 。 (「1.完善责任制考核指标体系。」, 「8. 巩固机构改革成果。」 with
        # its space): run-in headings, level 2, cut at the first 。 (rule 2).
        # 「来源：省粮食和物资储备局」 (34) the page's 来源 field: furniture (as
        # the 青海 work report's 「来源：青海日报」); a plan has no field set, so
        # no `source` (flagged: a reader who reads it as a release would give
        # `source` 「省粮食和物资储备局」).
        "title": 1,
        "headings": [
            (n, None, 1) if n in (3, 7, 13, 18, 28) else (n, "。", 2)
            for n in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
            + (19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
        ],
        "furniture": [[34, 34]],
        "document": {},
    },
}
