"""The independent second annotator's batch-56 outlines, as line-based annotation.

Made like batches 3 and 5 to 52 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (96e7d9fc, "Corpus batch 56 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-56 gold outline, spec or batch-56 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (whether
the Macau release's short lines are <strong> paragraphs); the dev documents of
earlier batches (through tests/data/real/devcorpus.py and the dev entries of
earlier passes) for the forms read before (batch 45's and 48's Taiwan 公告
labels, batch 39's 蘋果日報 pages, batch 43's carried 公告 annex).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 56 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-coa-yilan-wugang-wildlife-habitat-notice-2015": {
        # A 行政院公報 公告 (batches 45 and 48's 中選會 公告): title the record's
        # first line (1); 「行政院農業委員會公告」 (2) the letterhead, giving
        # `issuer` without 公告; date (3) and 字號 (4) `date` and `number`.
        # 「主　　旨：…」, 「依　　據：…」 and 「公告事項：…」 (5-7) each run on
        # after their label on the same line: body (rule 4's 「主旨：…」; the
        # earlier 公告s' 依據/公告事項 were headings only standing alone).
        # 「主任委員　陳保基」 (8) `signatory` as written. The line after the
        # signature (9), the carried 附表及範圍圖's own title with the gazette's
        # 「（請參見PDF）」 pointer, is the annex's title: level 1 (rule 7, as
        # batch 43's carried 分級及品項; flagged: with no annex text after it,
        # it could be read as an `attachments` line or body). No furniture.
        "title": 1,
        "headings": [(9, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "行政院農業委員會",
            "date": "中華民國104年6月10日",
            "number": "農林務字第1041700591號",
            "signatory": "主任委員　陳保基",
        },
    },
    "news-tw-appledaily-taichung-mrt-disney-self-financing-2017": {
        # A 台灣蘋果日報 page as text: headline (1). The paper's name (2), the
        # section 「頭條要聞」 (3) and the date (4) are the page's edition lines:
        # one furniture range giving `source` 「蘋果日報」 and `time` as written.
        # The scrape flattened the page's blockheads into the paragraphs: each
        # short phrase before a paragraph's first sentence is a subhead, level
        # 1, `inline` (batch 2's flattened
        # news-tw-afghanistan-withdrawal-2021 subheads): 「爭取延伸到南投」
        # (5, after the series kicker 「前瞻軌道系列3 台中篇」 and its blurb, body),
        # 「經濟效益3千億」 (6), 「民斥：房價飆漲」 (7), 「市府多宣導」 (8), 「別濫花公帑」
        # (9), 「盼改善交通」 (10). The box label 「【居民怎麼看】」 (8) opens the
        # sidebar of readers' quotes: level 1, with the box's quote heads after
        # it (市府多宣導, 別濫花公帑, 盼改善交通) one below, level 2 (flagged: the
        # flattened page puts each head one paragraph off its text; all level 1
        # is the other reading). The byline 「【曾雪蒨、鄧惠珍╱連線報導】」 inside 5
        # is inline furniture giving `reporter` 「曾雪蒨、鄧惠珍」. The last two
        # quotes (11-12) body; the blank last line (13) left alone.
        "title": 1,
        "headings": [
            (5, ("inline", "爭取延伸到南投"), 1),
            (6, ("inline", "經濟效益3千億"), 1),
            (7, ("inline", "民斥：房價飆漲"), 1),
            (8, ("inline", "【居民怎麼看】"), 1),
            (8, ("inline", "市府多宣導"), 2),
            (9, ("inline", "別濫花公帑"), 2),
            (10, ("inline", "盼改善交通"), 2),
        ],
        "furniture": [[2, 4], [5, 5]],
        "furniture_text": ["【曾雪蒨、鄧惠珍╱連線報導】"],
        "document": {"source": "蘋果日報", "time": "2017-06-29", "reporter": "曾雪蒨、鄧惠珍"},
    },
    "press-mo-dsal-workplace-safety-labour-inspections-2026": {
        # A 勞工事務局 release on the Macau feed: <h1> title (1). The three
        # <p><strong> lines 「加強監察建築工地棚架檢查和起重機檢驗」 (3), 「持續“先教育後監察”
        # 減少勞資糾紛」 (5) and 「推廣計劃和訓練課程 提升業界安全意識」 (7) stand
        # alone before body paragraphs: subheads, level 1 (rule 4; read in the
        # HTML). The contact line (9) body. No furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
}
