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
}
