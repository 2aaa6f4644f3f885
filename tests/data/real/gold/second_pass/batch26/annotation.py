"""The independent second annotator's batch-26 outlines, as line-based annotation.

Made like batches 3 and 5 to 25 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (555cce60,
"Corpus batch 26 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-26
gold outline, spec or batch-26 note on the gold was read (nor the builder's
branch issue-b26-s20), without running the app's outline, title, header or
furniture code (nor `analyze` or any scorer). Headings are (line, cut, level):
the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one heading
wrapped over several lines; ("inline", words) is a heading found inside a
longer line. Furniture is 1-based inclusive line ranges; `furniture_text`
lists the exact strings where a furniture range is only part of a line. The
writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
university notice's Markdown for its metadata block, the 西藏 report's .txt
for the edition jump inside a paragraph).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 26
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-cau-student-loan-receipts-notice-2024": {
        # A university graduate-school notice on a Jekyll copy of the page:
        # the `#` title (1); the page's metadata block 「通知类型：」/「来源：」/
        # 「发布时间：」/「访问量：」 (2-5, one Markdown paragraph) page chrome,
        # one furniture range; no news field from it (a 公文's fields are
        # the GB/T ones; the 来源 value repeats the 署名's bodies). 主送
        # 「各培养单位、相关同学：」 (6) `addressees`; the opening paragraph
        # ending 「具体事项如下：」 (7) body. The 1.–4. items (8-11) are content
        # sentences with no headline lead (「1. 请已办理…」): a list (rule 3),
        # no headings. The contact lines (12-15) body (batch 13's contact
        # lines; not bracketed, before the 署名, so no `note`). 署名 (16):
        # two bodies on one line, `signatory` as written (double space kept)
        # and `issuer` the two as a list (the title names none; batch 19's
        # 充电设施 notice). Date (17). The two numbered 附件 lines (18-19)
        # `attachments`, a list, each as its line reads; no annex text follows.
        "title": 1,
        "headings": [],
        "furniture": [[2, 5]],
        "document": {
            "issuer": ["党委研究生工作部", "研究生院"],
            "addressees": "各培养单位、相关同学",
            "signatory": "党委研究生工作部  研究生院",
            "date": "2024年8月22日",
            "attachments": [
                "附件1：2024年生源地信用助学贷款研究生信息汇总表.xlsx",
                "附件2：各培养单位及研究院资助工作联系方式.doc",
            ],
        },
    },
    "news-cn-bank-wealth-management-rebound-2026": {
        # A 证券日报 report (as batch 25's tech-stocks piece): title (1, its
        # inner space kept); twelve body paragraphs, no subhead, no byline
        # or dateline (「《证券日报》记者从…获悉」 is a sentence of the lead and
        # names no reporter). No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-cn-xwlb-digest-20260620": {
        # As batches 2, 3, 8-11 and 21: the programme line (2) is the title,
        # the lead line (1) and every 「查看视频 ↗」 furniture, each [视频] item
        # a level-1 heading as written (14 items in the file, the lead line
        # says 15); each 「央视网消息（新闻联播）：」 belongs to its item: no
        # fields. The 快讯 sub-items run together inside their items: not
        # marked.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 44, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3, *range(5, 45, 3))],
        "document": {},
    },
    "wr-xizang-2026": {
        # A provincial work report on the library mirror (as 吉林, 山西, 辽宁,
        # 甘肃): the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10, 「2026年西藏自治区政府工作报告」 as written), the
        # occasion line with its —— the subtitle (11); the speaker line (14)
        # `speaker` as written, not furniture; `occasion` and `date` from the
        # subtitle. 「各位代表：」 (15) and the opening sentence (16) body.
        # 「一、2025年和“十四五”时期工作回顾」 (17) level 1, the only heading:
        # the 这一年 paragraphs (19-21), 「一年来，我们重点做了以下工作。」 (22),
        # the eight 一是…八是 leads (23-30; rule 5), the 「这五年是…的五年。」
        # leads (32-36) and the 各位代表！ paragraphs are body. The
        # newspaper's edition jump 「（下转第四版）（紧接第一版）」 inside line 21
        # is the paper's layout, not the report's text: inline furniture (the
        # flagged call; the Furniture rule's edition line). The file is cut
        # inside part 一.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)],
        "furniture": [[1, 9], [12, 13], [21, 21]],
        "furniture_text": ["（下转第四版）（紧接第一版）"],
        "document": {
            "speaker": "自治区主席 嘎玛泽登",
            "occasion": "西藏自治区第十二届人民代表大会第四次会议",
            "date": "2026年1月31日",
        },
    },
}
