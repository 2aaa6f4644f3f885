"""The independent second annotator's batch-35 outlines, as line-based annotation.

Made like batches 3 and 5 to 34 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (6db6c929, batch 35's texts
on main's Markdown reader, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-35 gold outline, spec or batch-35
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
眾新聞 Markdown's bold lines and <figcaption>s, the Macau trip page's
`##` / `###` lines, bold labels and boxes, the first bytes of the 開封 and
謝院長 `.txt` files).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 35 [--check]
"""

from __future__ import annotations


def _levels(level: int, *lines: int) -> list[tuple[int, None, int]]:
    """Whole-line headings at `level` on `lines`."""
    return [(n, None, level) for n in lines]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-land-debate-civil-research-hidden-land-2018": {
        # A 眾新聞 report (眾聞): `#` title (1) with its two U+3000. The
        # <figcaption>s (3 with 「吳婉英攝」, 13, 16, 18, 20, 22 with their
        # 「《好誠實研究及公眾諮詢》截圖」 credits) are furniture, each its own
        # range. The five bold lines closed by ： standing alone — 「「雪藏地」分布：」
        # (6) over its table, 「時間成本比較：」 (15), 「金錢成本比較：」 (17),
        # 「環境成本比較：」 (19), 「社會成本比較：」 (21), each over a chart — are
        # label headlines (rule 4; the markup decides: bold, not captions),
        # level 1 (flagged: 6 could be read as a table title). The table rows
        # (7-11) body. The subscription footer (23-24) one range. The
        # reporter is only in the dropped front matter: no fields.
        "title": 1,
        "headings": _levels(1, 6, 15, 17, 19, 21),
        "furniture": [[3, 3], [13, 13], [16, 16], [18, 18], [20, 20], [22, 24]],
        "document": {},
    },
    "press-mo-macau-family-trip-practical-info-2026": {
        # A family's Jekyll trip page (實用資訊; the front matter with its
        # `title:` is dropped). The first `##` 「💡 澳門旅遊實用資訊」 (1),
        # alone in its box, is the page's title. The other `##` lines are
        # level 1 (2, 21, 37, 72, 91, 108, 140), the `###` lines level 2 (23,
        # 28, 33 under the map; 62 under 貨幣; 141, 171, 197 under 伴手禮).
        # Bold labels standing alone over their items (rule 4: 「需要準備：」,
        # 「建議換多少？」, 「方案 1：台灣預付卡」 with its colon kept whole) nest one
        # level below the section they stand in; under 「💡 最佳換匯策略：」 (44)
        # 「✅ 推薦做法：」 (45) nests one more. Bold numbered lines each over its
        # own bullets (46/49 換匯 steps, 76/80/84 routes, the eight 小提醒
        # 109-136, the six 採購策略 173-193) are a tier of short headlines
        # (as batch 14's 七宝 1.适用范围 …), one level below their label; the
        # plain 入境流程 1.–5. (15-19) are a list. Under 必買清單 the bold
        # categories (142 🥮 餅類…, 154, 159, 163, 167) are level 3 and the
        # bold shop or product names under them (143, 147, 151, 155, 160,
        # 164, 168) level 4. The bold exclamations 「✅ 超簡單！只需要護照！」 (3),
        # 「我們主要靠：免費接駁車！」 (73), 「✅ 完全免費，超方便！」 (74) and the
        # closing 「💡 拿護照就能去，超方便！」 (20) are emphasised statements:
        # body (flagged). The map link (22) is the page's own: body. The
        # last box's 「💡 出發前確認清單：」 (205), after the sections close, is a
        # label headline at the top tier: level 1 (flagged). The budget
        # table (198-204) body. No furniture, no fields.
        "title": 1,
        "headings": sorted(
            _levels(1, 2, 21, 37, 72, 91, 108, 140, 205)
            + _levels(2, 4, 7, 11, 14, 23, 28, 33, 38, 41, 44, 53, 57, 62, 75, 87, 92, 104)
            + _levels(2, 109, 112, 116, 120, 124, 128, 132, 136, 141, 171, 197)
            + _levels(3, 45, 63, 68, 76, 80, 84, 93, 97, 101, 142, 154, 159, 163, 167, 172)
            + _levels(4, 46, 49, 143, 147, 151, 155, 160, 164, 168, 173, 177, 181, 185, 189, 193),
            key=lambda h: h[0],
        ),
        "furniture": [],
        "document": {},
    },
    "report-cn-kaifeng-no14-school-gratitude-stone-2017": {
        # A school news page (校园采风). The breadcrumb 「首页 / 校园采风 / 正文」
        # (1-3) is page chrome: furniture. The headline is set over two
        # lines: 「春雨润物细无声」 (4) the title, 「开封十四中感恩石落成」 (5) its
        # deck, the subtitle (flagged: a joined title is the other reading).
        # The page fields 「学校: 开封第十四中学」 / 「|」 / 「日期: 2017年6月19日」
        # (6-8) one furniture range giving `source` (the school that posted
        # it, as 「发布人：…」 names the outlet) and `time`. 「春雨润物细无声」 run
        # into the start of the third paragraph (11) repeats the headline:
        # an image's caption the scrape fused into the paragraph, inline
        # furniture. The 相关信息 / 更多 block with its four related links
        # (15-20) furniture. No headings.
        "title": 4,
        "subtitle": 5,
        "headings": [],
        "furniture": [[1, 3], [6, 8], [11, 11], [15, 20]],
        "furniture_text": ["春雨润物细无声"],
        "document": {"source": "开封第十四中学", "time": "2017年6月19日"},
    },
    "report-tw-premier-hsieh-policy-address-2005": {
        # The premier's 施政方針報告, cut. The title is written twice (1, 2):
        # as the pages that show their title twice (batch 33's WeChat
        # repost), the first copy is furniture and the title the second.
        # 「中華民國94年2月25日」 (3) is the report's date: `date` (work
        # reports' header), body. The salutation (4) body. 壹、–參、 (6, 9, 14)
        # level 1; 一、健康國民 (18) and 二、活力經濟 (22), short nominal lines
        # over their paragraphs, level 2. The 「在「優質投資環境」方面，…」 leads
        # run on: body. No speaker line (the title names 謝院長 only).
        "title": 2,
        "headings": _levels(1, 6, 9, 14) + _levels(2, 18, 22),
        "furniture": [[1, 1]],
        "document": {"date": "中華民國94年2月25日"},
    },
}
