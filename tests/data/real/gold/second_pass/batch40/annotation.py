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
}
