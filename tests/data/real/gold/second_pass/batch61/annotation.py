"""The independent second annotator's batch-61 outlines, as line-based annotation.

Made like batches 3 and 5 to 59 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (b2418114, "Corpus batch 61 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-61 gold outline, spec or batch-61 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
明報 page's short line is a plain <p> between body paragraphs); the rule book
(docs/gold-outline.md) and dev documents of earlier batches (through
tests/data/real/devcorpus.py --upto 52) for the forms read before (batch 48's
華視 crawler item, the Tainan releases' 發稿 lines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 61 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-mingpao-coin-young-master-arrested-2018": {
        # A 明報 page: the <h1> headline (1) the title (the <h1>'s double spaces
        # one each in the text). The app's text starts at the second
        # paragraph (the 【明報專訊】 lead block is not in it), so no
        # `source` from a dateline. 「警：拾獲財物應交出」 (5) is a short line
        # (a plain <p>) standing alone before body paragraphs: a subhead,
        # level 1 (rule 4). 「■明報報料熱線﹕inews@mingpao.com/ 9181 4676」 (8)
        # is the paper's news-tip footer, furniture (a subscription-footer
        # kind of line); it names the paper only as a promotion, so no
        # `source` (batch 58's TOPick reading). No byline, no time line.
        "title": 1,
        "headings": [(5, None, 1)],
        "furniture": [[8, 8]],
        "document": {},
    },
    "news-tw-cts-nhi-long-term-overseas-residents-petition-2017": {
        # A crawler item written one field per line (batch 48's 華視 item):
        # headline (1) the title; the website 「華視」 (2), the category 「生活」
        # (3) and the date 「2017/11/26」 (4) one furniture range (site
        # chrome), giving `source` 「華視」 and `time` as written. The story is
        # one line (5): the 一、/二、 of the proposed 復保 exceptions inside a
        # sentence and the 「• Step1 …」–「• Step3 …」 timetable are lists,
        # body; no heading. The blank last line (6) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4]],
        "document": {"source": "華視", "time": "2017/11/26"},
    },
    "press-tw-tainan-sports-consumer-disputes-top-ten-2026": {
        # A Tainan city release: title the first line (1). 「發稿單位:體育局」 (3)
        # and 「發稿時間:115年8月21日」 (4) are the release's own header lines
        # (half-width colons), body, giving `source` 「體育局」 and `time`
        # 「115年8月21日」 (the rule book's Tainan releases). Three body
        # paragraphs; no heading, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "體育局", "time": "115年8月21日"},
    },
    # Development part.
    "gw-tw-moi-police-uniform-act-article-6-interpretation-order-2016": {
        # A 行政院公報 令 (batch 56's 教育部令): title the record's first line
        # (1); 「內政部令」 (2) the letterhead, `issuer` 「內政部」; date (3) and
        # 字號 (4) `date` and `number`. The 令's one interpretation (5) body.
        # 「部　　長　陳威仁」 (6) `signatory` as written. No heading, no
        # furniture; the blank last line (7) left alone.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國105年3月4日",
            "number": "台內警字第10508704503號",
            "signatory": "部\u3000\u3000長\u3000陳威仁",
        },
    },
    "gw-tw-mol-taichung-fengyuan-employment-centre-delegation-notice-2016": {
        # A 行政院公報 公告 (batch 48's 中選會 公告): title the record's first
        # line (1); 「勞動部公告」 (2) the letterhead, `issuer` 「勞動部」; date (3)
        # and 字號 (4). 「主　　旨：…」 (5) runs on after its label: body.
        # 「依　　據：」 (6) and 「公告事項：」 (10) stand alone over their items:
        # level 1 (rule 4, batch 48's reading). The 一、–三、 under 依據 (7-9)
        # cite provisions and the 一、–十、 under 公告事項 (12-21) list the
        # delegated tasks: content items, lists (rule 3). 「委辦事項如下：」
        # (11) is a sentence introducing the list, not a label: body (rule
        # 4's 「…即可登記虹膜通關：」). No signature line in the text, so no
        # `signatory`. The blank last line (22) left alone.
        "title": 1,
        "headings": [(6, None, 1), (10, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "勞動部",
            "date": "中華民國105年3月2日",
            "number": "勞動發就字第10505017611號",
        },
    },
    "news-hk-rthk-local-digest-parking-fines-us-parcels-2025": {
        # An RTHK digest from the Markdown feed (batches 1 and 10's): no
        # title of its own; each item's headline (1, 8, 15; `#` in the
        # Markdown) is a level-1 heading. The image captions under each
        # headline (2, 9 — two image texts on one line, with credits — and
        # 16) are furniture, as is each 「原始網址 … 原文連結」 block (4-7,
        # 11-14, 18-21). No fields.
        "title": None,
        "headings": [(1, None, 1), (8, None, 1), (15, None, 1)],
        "furniture": [[2, 2], [4, 7], [9, 9], [11, 14], [16, 16], [18, 21]],
        "document": {},
    },
    "news-tw-ettoday-drink-straw-sleeve-foreign-model-2025": {
        # An ETtoday page (batch 52's form): headline (1, U+3000 kept); the
        # time (2), the ▲ caption (3) and the stand-alone byline
        # 「網搜小組／劉維榛報導」 (4) one furniture range, giving `time` as
        # written and `reporter` 「劉維榛」 (the desk name 網搜小組 is no
        # person; batch 58's TVBS desk byline gave its name). The closing
        # ▼ caption (11) furniture. No subhead; the blank last line (12)
        # left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [11, 11]],
        "document": {"time": "2025年04月11日 15:04", "reporter": "劉維榛"},
    },
    "press-mo-dspa-clean-beach-easy-earth-day-2026": {
        # A 環境保護局 release on the Macau feed: <h1> title (1), three body
        # paragraphs. 「於今日(4月18日)」 is inside a sentence, no dateline. No
        # headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-mgto-experience-macao-madrid-roadshow-2026": {
        # A 旅遊局 release on the Macau feed: <h1> title (1). 「【旅遊局】“感受
        # 澳門”馬德里路展至4月21日」 (2), in the feed's caption `<div>` under the
        # title, is the photo caption block: furniture (batch 4's 「【旅遊局】…」
        # block). The three bold lines 「路展於馬德里市中心登場」 (4),
        # 「率先舉行“中國味道‧澳門美食”媒體推介活動」 (8) and
        # 「設推介洽談會推廣澳門及“一程多站”旅遊」 (13; bold runs around the
        # quote marks) stand alone before body paragraphs: level-1 subheads
        # (rule 4, read in the HTML). The closing link line (16) is the
        # release's own pointer: body. No fields.
        "title": 1,
        "headings": [(4, None, 1), (8, None, 1), (13, None, 1)],
        "furniture": [[2, 2]],
        "document": {},
    },
    "press-tw-tncc-xinhua-table-tennis-badminton-hall-2026": {
        # A 臺南市議會 release (batch 22's form): title the first line (1).
        # The one paragraph (3) opens with 「議員李偉智業務報告質詢」 run into
        # 「新化地區…」: the photo caption flattened into the lead, inline
        # furniture (batches 22, 56 and 58's). No closing 「臺南市議會」 line,
        # no 發稿 lines: no fields. No headings; the blank last line (4)
        # left alone.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["議員李偉智業務報告質詢"],
        "document": {},
    },
}
