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

Where the text alone could not decide, the rule book (docs/gold-outline.md at
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
}
