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
    # Development part.
    "gw-tw-moe-local-government-project-subsidy-rule-order-2015": {
        # A 行政院公報 令 (batches 24-52's 令s): title the record's first line
        # (1); 「教育部令」 (2) the letterhead, `issuer` 「教育部」; date (3) and
        # 字號 (4) `date` and `number`. The 令's one sentence (5) body; 「附修正
        # 「…」第七點」 (6) the 令's own 附件说明, `attachments` as it reads
        # (batch 27's 客委會 令). 「部　　長　吳思華」 (7) `signatory`. The carried
        # amended point under its own title (8): level 1 (rule 7). Its one
        # point 「七、本部各單位…應依下列規定辦理：」 (9) opens with a sentence,
        # no headline (batch 27's 「四、補助原則：」 was one): a provision, no
        # heading (rule 3, as batch 52's 金管會 令's points; flagged: read as
        # the annex's article it would be level 2 cut at ：). The (一)–(四)
        # (10-13) are content sentences: a list. The blank last line left alone.
        "title": 1,
        "headings": [(8, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "教育部",
            "date": "中華民國104年6月10日",
            "number": "臺教會（四）字第1040072130B號",
            "attachments": "附修正「教育部與所屬機關（構）對直轄市及縣（市）政府計畫型補助款處理原則」第七點",
            "signatory": "部\u3000\u3000長\u3000吳思華",
        },
    },
    "gw-tw-tipo-orphan-work-karaoke-licence-letter-2015": {
        # A 行政院公報 函: title the record's first line (1); 「經濟部智慧財產局函」
        # (2) the letterhead, `issuer` without 函; date (3), 字號 (4).
        # 「主　　旨：…」 (5) runs on: body. 「說　　明：」 (6) stands alone over its
        # items: level 1 (rule 4, batch 43's 說明). Its 一、–十二、 (7-35) are
        # content sentences (五、, 六、, 七、, 八、 sentences ending 「…：」 over
        # their items): a list. Under 五、 the (一)–(四) (12, 15-17) open with
        # labels closed by ： (「(一)重製、出租、散布部分：」, 「(三)許可授權區域：」):
        # items of a list item, left body (flagged: taken as a tier of their own
        # by rule 3 they would be headings); under 六、 and 八、 the (一)… and
        # the １、–３、 are lists. 「正　　本：瑞影企業股份有限公司」 (36) is the
        # 函's 主送: `addressees` without its label (the 副本 line is `cc`).
        # 「局　　長　王美花」 (37) `signatory`. The 核定表 carried after the
        # signature: its title (38) level 1 (rule 7, as the held-out 公告's
        # 附表); 「（智著字第10400035350號函附表）」 (39) and the table's heads and
        # cells (40-70) body. 「如「附表」所示」 is inside 說明: no `attachments`.
        "title": 1,
        "headings": [(6, None, 1), (38, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "經濟部智慧財產局",
            "date": "中華民國104年6月8日",
            "number": "智著字第10400035350號",
            "addressees": "瑞影企業股份有限公司",
            "signatory": "局\u3000\u3000長\u3000王美花",
        },
    },
    "news-hk-hkej-cbirc-six-insurers-supervisory-letters-2018": {
        # A 信報 page as text: 「今日 15:23 中國財經」 (1) the page's time and
        # section line above the headline, furniture giving `time` 「今日 15:23」
        # as written; headline (2) the title; the photo caption with its credit
        # (3) furniture; the 下一篇 / 上一篇 links (7-8) furniture. No subhead;
        # the text names no outlet of its own (中新社 is the photo's credit): no
        # `source`.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1], [3, 3], [7, 8]],
        "document": {"time": "今日 15:23"},
    },
    "news-hk-rthk-hong-kong-airlines-okinawa-flights-delayed-2018": {
        # An RTHK news page as text: headline (1); the time line (2) and the
        # photo caption 「…（港台圖片）」 (3) one furniture range, giving `time`
        # as written. Two body paragraphs; no byline, no source named.
        "title": 1,
        "headings": [],
        "furniture": [[2, 3]],
        "document": {"time": "2018-07-02 HKT 12:58"},
    },
    "news-tw-ettoday-top-ten-national-snacks-2025": {
        # An ETtoday page (batch 52's form): headline (1, U+3000 kept); the
        # time (2), the ▲ caption (3) and the credit 「圖文／鏡週刊」 (4) one
        # furniture range, giving `time` and `source` 「鏡週刊」 (the credit
        # names the outlet the piece is from, no reporter). The second ▲
        # caption (9) furniture. 「更多鏡週刊報導」 and its three links (12-15)
        # one range. The ranking paragraphs body; no subhead. The blank last
        # line (16) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [9, 9], [12, 15]],
        "document": {"time": "2025年04月21日 18:12", "source": "鏡週刊"},
    },
    "press-mo-smg-cyber-incident-drill-2026": {
        # A 地球物理氣象局 release on the Macau feed: <h1> title (1), three body
        # paragraphs. 「本月15及16日」 is a sentence, no dateline. No headings,
        # furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tncc-regular-session-general-interpellation-2026": {
        # A 臺南市議會 release (batch 22's form): title the first line (1). The
        # one paragraph (3) opens with 「市議會定期會24日起進行市政總質詢」 run into
        # 「臺南市議會本屆…」: the photo caption flattened into the lead, inline
        # furniture (batch 22's 「議員沈震東市政總質詢」). The closing 「臺南市議會」
        # (4) is the release's own sign-off naming the issuing body: body,
        # giving `source` (as a lead's dateline naming the unit; flagged: no
        # precedent has a closing sign-off; read as furniture or as nothing it
        # gives no field). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["市議會定期會24日起進行市政總質詢"],
        "document": {"source": "臺南市議會"},
    },
    "press-tw-tncc-senior-licence-renewal-courses-2026": {
        # The same form: title the first line (1, U+3000 kept); the flattened
        # caption 「議員陳怡珍業務報告質詢」 opening the one paragraph (3) inline
        # furniture (batch 22's 陳秋萍 release). 「此外，陳怡珍也追蹤…」 opens a
        # sentence inside it: body. 「今（6）日」 is no dateline. No headings, no
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["議員陳怡珍業務報告質詢"],
        "document": {},
    },
}
