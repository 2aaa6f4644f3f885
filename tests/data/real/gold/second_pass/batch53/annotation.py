"""The independent second annotator's batch-53 outlines, as line-based annotation.

Made like batches 3 and 5 to 52 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (b72e929e, "Corpus batch 53 texts", where the gold
files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-53 gold outline, spec or batch-53 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Earlier forms were looked up in docs/gold-outline.md (rules 1-7, Levels,
Titles, Furniture, Document header; the batch sections up to batch 50) and the
dev entries of earlier passes (the crawled 公文 page's 「相关解读：」 line, a
page <title>'s site name, a closing bracketed credit, a county statistical
communiqué's issuer and date lines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 53 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-jx-provincial-government-office-major-projects-supervision-notice-2020": {
        # A crawled 公文 page text cut to its body (batch 43's Policy_crawler
        # form): no title, 文号 or 主送 in the text, so title null. The five
        # paragraphs (1-5) carry no numbering and no stand-alone heads: no
        # headings. The 附件说明 (6) `attachments` as it reads; the date (7,
        # its trailing U+3000 not part of it) `date`; no 署名 line, so no
        # `issuer` or `signatory` (the 省政府办公厅 named in the lead is a
        # sentence, not a signature). The closing 「相关解读：」 (8) page chrome,
        # furniture (batch 43's reading).
        "title": None,
        "headings": [],
        "furniture": [[8, 8]],
        "document": {
            "attachments": "附件：全省部分投资20亿元以上重大产业项目入库名单",
            "date": "2020年2月10日",
        },
    },
    "news-cn-bozhou-news-housing-loan-support-measures-2022": {
        # A city paper's site page: headline (1). The page's time line (2) and
        # the paper's copyright notice (3) furniture, one range, giving `time`
        # as written. The nine measures 一、–九、 (5-13) each open with a
        # headline closed by 。 (「一、加大对房地产企业的信贷支持力度。」): a tier of
        # run-in headings (rule 2), level 1, cut at the first 。. The closing
        # 实施 paragraph (14) body. The byline 「记者：李鹏」 (15), the
        # 编辑/审校 line (16) and 「（责任编辑：丁静）」 (17) one furniture range,
        # giving `reporter` 「李鹏」 and `editor` 「丁静」. The outlet is named
        # only in the copyright notice (furniture, not a dateline): no
        # `source`.
        "title": 1,
        "headings": [(n, "。", 1) for n in range(5, 14)],
        "furniture": [[2, 3], [15, 17]],
        "document": {"time": "2022-05-28 10:53", "reporter": "李鹏", "editor": "丁静"},
    },
    "news-cn-xinhuanet-anhui-free-trade-zone-tax-2023": {
        # A 新华网 page as text: the first line is the page <title>, the
        # headline with the site name 「-新华网」 appended (batch 12/22's
        # 「| 證券 | 中央社 CNA」): title the headline, the suffix inline
        # furniture. The three stand-alone short lines 「政策优化 企业创新添动力」
        # (3), 「服务提档 企业出口获助力」 (7), 「信用有价 企业发展更安心」 (11) are
        # news subheads (rule 4), level 1. The closing bracketed credit
        # 「（记者 汤超）」 at the end of the last paragraph (15) is inline
        # furniture (batch 38's 「（总台记者 田萌 王一丹）」), giving `reporter`
        # 「汤超」. No dateline in the lead: no `source` or `time` (the site
        # name is the page's chrome). The blank last line (16) left alone.
        "title": 1,
        "title_strip": ("", "-新华网"),
        "headings": [(3, None, 1), (7, None, 1), (11, None, 1)],
        "furniture": [],
        "furniture_text": ["-新华网", "（记者 汤超）"],
        "document": {"reporter": "汤超"},
    },
    "stats-hlj-daqing-2012-statistical-bulletin-part": {
        # A city statistical communiqué (batch 3's 万载 form), cut after its
        # first part: title (1); the two issuing offices (2, 3) `issuer` as a
        # list and the bracketed date (4) `date` without its brackets. The
        # lead (5) body; 「一、综合」 (6) level 1. The table's title
        # 「2012年地区生产总值」 (8), its 单位 line (9) and rows (10-23) are a
        # table: not headings, not furniture (rule 5, Furniture). The
        # paragraphs after the table (24-26) body with no heads. No furniture.
        "title": 1,
        "headings": [(6, None, 1)],
        "furniture": [],
        "document": {
            "issuer": ["大庆市统计局", "国家统计局大庆调查队"],
            "date": "2013年3月20日",
        },
    },
    # Development part.
    "gw-jx-provincial-government-yingtan-port-master-plan-reply-2020": {
        # A 省政府 批复 as a crawled body-only page text (the held-out 通知's
        # form): it opens at the 主送机关 (1, `addressees` without its ：), so
        # no title in the text (title null). The 一、–十、 (3, 4, 20, 24-30) are
        # approvals and instructions (「一、原则同意《鹰潭港总体规划》…。」,
        # 「七、《规划》提出的环境保护措施基本可行，…」), no headline lead: a list
        # (rule 3; batch 9's 新疆 批复). The shoreline lines under 二、 (5-19,
        # 「城东花园岸线：…」 label-and-text items and the three 「规划港口岸线…米。」
        # sentences whose 港区 labels the crawl lost) and the three 港区
        # paragraphs under 三、 (21-23) body. The date (31, trailing U+3000s
        # left out) `date`; no 署名, no issuer in the text. No furniture.
        "title": None,
        "headings": [],
        "furniture": [],
        "document": {"addressees": "鹰潭市人民政府", "date": "2020年3月3日"},
    },
    "gw-sc-dazhou-real-estate-healthy-development-ten-measures-notice-2022": {
        # A 市政府办公室 印发 通知: title (1); 主送 (2) `addressees`; the 通知's
        # one paragraph (3) body; 署名 (4) `signatory` and, with no letterhead
        # or 文号 in the text, `issuer` (batch 18's reading: issuer from the
        # 署名); date (5). The carried 措施 (rule 7): its title (6) level 1;
        # the preamble (7) body; 第一条–第十条 (8-17), each running into its
        # text, headed by the marker alone (rule 6), level 2. The closing
        # 施行/参照 paragraphs (18, 19) body; 「本通知自印发之日起施行」 names no
        # date: no `effective`. No furniture.
        "title": 1,
        "headings": [(6, None, 1)] + [(n, "条", 2) for n in range(8, 18)],
        "furniture": [],
        "document": {
            "issuer": "达州市人民政府办公室",
            "addressees": "各县（市、区）人民政府，达州高新区管委会，达州东部经开区管委会，市级有关部门（单位）",
            "signatory": "达州市人民政府办公室",
            "date": "2022年4月28日",
        },
    },
    "news-cn-ce-securities-daily-nev-exports-2023": {
        # A 证券日报 report as text: headline (1); the byline 「本报记者 张晓玉」
        # (2) furniture giving `reporter`. The two subheads each split over
        # two lines, 「新能源车企」/「加速海外扩张步伐」 (6-7) and
        # 「新能源汽车市场」/「依旧火热」 (15-16): one heading spanning both (rule
        # 4's 「消费、服务业是亮点」 form), level 1. The 《证券日报》 in the body is
        # an interview attribution, not a dateline: no `source`, no `time`.
        # The blank last line (24) left alone.
        "title": 1,
        "headings": [((6, 7), None, 1), ((15, 16), None, 1)],
        "furniture": [[2, 2]],
        "document": {"reporter": "张晓玉"},
    },
    "news-cn-ce-shandong-tancheng-science-park-talent-2016": {
        # A 中国经济网 page as text: the first line is the page <title>, the
        # headline with the column name 「 - 地方经济」 appended (batch 12/22's
        # 「| 證券 | 中央社 CNA」): title the headline, the suffix inline
        # furniture. No subheads: no headings. The bracketed credit closing
        # the last paragraph, 「（经济日报 记者 王金虎）」 (8), inline furniture
        # (batch 38's 「（总台记者 田萌 王一丹）」, batch 50's corrected 新华网
        # credit), giving `reporter` 「王金虎」 and `source` 「经济日报」 (the
        # paper the credit names as the filer; flagged: the credit, not a
        # dateline, is the only place the outlet is named). The blank last
        # line (9) left alone.
        "title": 1,
        "title_strip": ("", " - 地方经济"),
        "headings": [],
        "furniture": [],
        "furniture_text": [" - 地方经济", "（经济日报 记者 王金虎）"],
        "document": {"source": "经济日报", "reporter": "王金虎"},
    },
    "news-cn-gmrb-suzhou-museum-ideological-course-2024": {
        # A web-clipper Markdown of a 光明日报 e-paper page (batch 50's form):
        # the clipper's 网址 front matter is dropped; its two <center> rule
        # lines (1-2) furniture. The clip keeps no headline: title null. No
        # subheads: no headings. The byline 「本报记者   苏雁」 / 「本报通讯员
        # 姬尊雨」 (12-13) one furniture range, giving `reporter` 「苏雁」 (a
        # 通讯员 is not a reporter, batch 24's 兰州 reading). No dateline: no
        # `source` or `time`.
        "title": None,
        "headings": [],
        "furniture": [[1, 2], [12, 13]],
        "document": {"reporter": "苏雁"},
    },
    "news-cn-jiangxi-amr-epidemic-violations-opinion-interpretation-2020": {
        # A 省市场监管局 解读 as a crawled body-only page text (the 公文 pages'
        # form): no title in the text (title null). The paragraphs (1-5)
        # carry no numbering (the parts' heads are not in the text); the
        # 1.–5. under 5 each open with a headline closed by 。
        # (「1.将案件来源登记和核查程序并入案件立案调查程序。」, 「2.简化案件调查、审核及
        # 决定程序。」): run-in headings cut at the first 。 (rule 2), level 1
        # (the only numbered tier; levels follow the nesting, not the style).
        # 一是/二是/三是 in 3 and 4 body (rule 5). The closing sign-off
        # 「省市场监管局法规处」 (11) and date (12): the piece's own statement of
        # who wrote it and when, body, giving `source` and `time` as written
        # (flagged: read like the Tainan 發稿單位 lines; as a 公文 they would be
        # 署名 and 成文日期). 「相关文章：」 (13) the portal's related-link line,
        # furniture (batch 40's 「相关解读：」).
        "title": None,
        "headings": [(n, "。", 1) for n in range(6, 11)],
        "furniture": [[13, 13]],
        "document": {"source": "省市场监管局法规处", "time": "2020年2月11日"},
    },
    "news-cn-suzhou-ah-housing-center-real-estate-measures-release-2022": {
        # A city portal's release carrying a 措施: headline (1); the page's
        # 发布日期/编辑/来源/阅读/字号 line (2) furniture (batch 43's repeated
        # date/来源 pair), giving `time` 「2022-05-17 16:17」, `source`
        # 「宿州市房管中心」 and `editor` 「市房管中心」. The carried document's own
        # title 「关于促进房地产市场平稳健康发展的若干措施」 (3) level 1 (rule 7,
        # batch 22's quoted report), its preamble (4) body, its twelve
        # stand-alone heads 一、–十二、 (5-27, odd lines) level 2. The
        # 「（责任单位：…）」 closing each measure is the document's own text, body.
        # The closing 施行 paragraph (29) body.
        "title": 1,
        "headings": [(3, None, 1)] + [(n, None, 2) for n in range(5, 28, 2)],
        "furniture": [[2, 2]],
        "document": {
            "time": "2022-05-17 16:17",
            "source": "宿州市房管中心",
            "editor": "市房管中心",
        },
    },
    "stats-hlj-daqing-q1-economy-good-start-2017": {
        # A 统计局 analysis: title (1); the lead (2) body. 「一、经济运行基本特点」
        # (3) and 「二、主要增长因素分析」 (19) level 1. Their （一）–（七） (4, 6, 9,
        # 11, 13, 15, 17) and （一）–（四） (21, 23, 25, 27) are headlines closed
        # by 。, level 2: the whole line, except （四） (27), whose paragraph
        # runs on after 「（四）能源利用效率提高印证增长。」, cut at the first 。
        # (rule 2). The unnumbered leads 「春耕生产稳步推进，…。」 (8),
        # 「CPI小幅下降。」 and 「生产回暖，PPI涨幅明显。」 (18) body (rule 5). The
        # closing paragraph (28) body. No furniture, no header fields.
        "title": 1,
        "headings": [(3, None, 1)]
        + [(n, None, 2) for n in (4, 6, 9, 11, 13, 15, 17)]
        + [(19, None, 1)]
        + [(n, None, 2) for n in (21, 23, 25)]
        + [(27, "。", 2)],
        "furniture": [],
        "document": {},
    },
}
