"""The independent second annotator's batch-52 outlines, as line-based annotation.

Made like batches 3 and 5 to 50 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (fcf64628, "Corpus batch 52 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-52 gold outline, spec or batch-52 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
眾新聞 Markdown's <figure> captions, video shortcodes and footer; whether the
Macau releases have <strong> paragraphs); the dev documents of earlier batches
(through tests/data/real/devcorpus.py and the dev entries of earlier passes)
for the forms read before (眾新聞 video shortcodes as furniture, a news site's
▲ photo captions and desk/reporter bylines).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 52 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-hkcnews-apple-daily-search-keeps-publishing-2021": {
        # A 眾新聞 report: `#` title (1, its U+3000 kept). The four
        # <figcaption>s (3 and 5 「蘋果日報圖片」, 13 「…陳沛敏辦公室。美聯社圖片」,
        # 17 「蘋果日報明日發行50萬份。」) furniture, one range each; the three
        # Hugo 「{{< video … >}}」 shortcodes (7, 9, 11), machine markers left in
        # the text, furniture (as the dev 眾新聞 pages of batches 6, 19 and 43
        # have them). No `##` subhead in the Markdown: no headings. The
        # subscription footer (18-19) one range. The byline 「實習記者方穎暉」 is
        # only in the dropped front matter: no `reporter`, no fields.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [7, 7], [9, 9], [11, 11], [13, 13], [17, 17], [18, 19]],
        "document": {},
    },
    "news-tw-ettoday-tainan-drink-shop-counts-2025": {
        # An ETtoday page as a text file: headline (1, U+3000 kept); the
        # publication time 「2025年03月07日 18:09」 (2), the ▲ photo caption with
        # its credit (3) and the byline 「網搜小組／劉維榛報導」 (4, a desk and a
        # reporter) one furniture range, giving `time` as written and
        # `reporter` 「劉維榛」 (batch 45's 三立 byline names only a desk; this one
        # names the reporter). The second ▲ caption 「…（圖／翻攝台南式 Tainan
        # Style臉書）」 (10) furniture. The ranking lines (7-9, 11) and the
        # netizens' quotes (13) are body; no subhead. The text names no outlet:
        # no `source`. The blank last line (14) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [10, 10]],
        "document": {"time": "2025年03月07日 18:09", "reporter": "劉維榛"},
    },
    "press-mo-ias-domestic-violence-law-cooperation-meeting-2026": {
        # A 社會工作局 release on the Macau feed: <h1> title (1); six plain <p>s,
        # no <strong>, no caption, no sign-off. 「出席是次會議的尚有：…」 (7) is a
        # sentence running on after its ：, body (not a stand-alone label).
        # 「於7月3日」 is a sentence, not a dateline. No headings, furniture or
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    # Development part.
    "gw-tw-fsc-insurer-public-offering-exemption-order-2012": {
        # A 行政院公報 令 (batches 24-50's 令s): title the record's first line
        # (1); 「行政院金融監督管理委員會令」 (2) the letterhead, giving `issuer`
        # without 令; date (3) and 字號 (4) `date` and `number`. The 令 itself
        # sets its rule in five points 一、–五、 (5-23): each a provision
        # (「一、依據保險法第一百三十六條第五項規定辦理。」, 「二、保險公司符合下列條件
        # 之一者，得申請…：」 introducing its items), no headline lead: a list
        # (rule 3, batch 41's 要點 points). The (一)–(三) under 二、 (7-9) are
        # conditions, a list; under 三、 the (一)–(三) (11, 12, 17) are
        # 「依前點第X款條件申請者：」 leads, (二) and (三) alone over their １、–４、
        # document lists (13-16, 18-21) and (一) running on with its answer:
        # items of a list point, read as list content (rule 3; flagged: read
        # alone, two of three are label-like lines closed by ：, rule 4's form,
        # but they are conditions that introduce lists inside a provision, as
        # batch 44's corrected 「（一）持有…的人才，…需提交下列材料：」). 「主任委員　陳裕璋」
        # (24) `signatory` as written. No 附 line, nothing carried: no headings,
        # no furniture. The blank last line (25) left alone.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "行政院金融監督管理委員會",
            "date": "中華民國101年4月5日",
            "number": "金管保理字第10102540661號",
            "signatory": "主任委員　陳裕璋",
        },
    },
    "gw-tw-ftc-serious-violation-fine-calculation-rules-order-2012": {
        # A 公平交易委員會令 issuing a 辦法 (batch 46's 內政部令 with its carried
        # text): title (1); letterhead (2) giving `issuer` 「公平交易委員會」; date
        # (3), 字號 (4); the 令 (5) body; the 附 line (6) `attachments` as it
        # reads; 「主任委員　吳秀明」 (7) `signatory`. The 辦法 (8-36) is a carried
        # document (rule 7): its title (8) level 1; its eight articles
        # 「第　一　條」 … 「第　八　條」 (9, 10, 20, 21, 22, 23, 35, 36), each
        # running into its text, headed by the marker alone with the page's
        # spacing (rule 6), level 2 (no chapters). The 項 lines and the 一、…
        # items inside 第二條 and 第六條 (11-19, 24-34) body (lists inside
        # articles, rule 6). 第八條 names no date: no `effective`.
        "title": 1,
        "headings": [(8, None, 1)] + [(n, "條", 2) for n in (9, 10, 20, 21, 22, 23, 35, 36)],
        "furniture": [],
        "document": {
            "issuer": "公平交易委員會",
            "date": "中華民國101年4月5日",
            "number": "公法字第10115604731號",
            "attachments": "附「違反公平交易法第十條及第十四條情節重大案件之裁處罰鍰計算辦法」",
            "signatory": "主任委員　吳秀明",
        },
    },
    "news-hk-hkcnews-china-dot-dot-dot-suspended-2021": {
        # A 眾新聞 report: `#` title (1, U+3000 kept). The three `###` subheads
        # 「最緊要係頂住風暴，頂住熱浪」 (6), 「堅持有喜報喜 有憂報憂」 (11, its inner
        # space kept) and 「寄語港人低潮期三件事：存在、堅持、策略」 (15) level 1. The
        # <figcaption> 「劉銳紹以詩表達對節目停播的心情。劉銳紹提供」 (14) furniture;
        # the bold quotes (9, 17) body; the subscription footer (19-20) one
        # range. No byline in the text: no fields.
        "title": 1,
        "headings": [(6, None, 1), (11, None, 1), (15, None, 1)],
        "furniture": [[14, 14], [19, 20]],
        "document": {},
    },
    "news-tw-ettoday-50lan-nine-year-old-menu-2025": {
        # An ETtoday page (as the held-out 台南 one): headline (1, U+3000 kept);
        # time (2), ▲ caption (3) and byline 「記者周亭瑋／綜合報導」 (4) one
        # furniture range, giving `time` as written and `reporter` 「周亭瑋」.
        # The ▲ caption (7) furniture; the three ► related-story links (10-12)
        # one range. The netizens' quotes (8-9) body. No headings; no outlet
        # named: no `source`. The blank last line (13) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [7, 7], [10, 12]],
        "document": {"time": "2025年03月10日 15:12", "reporter": "周亭瑋"},
    },
    "news-tw-ettoday-ug-tea-brand-meicun-road-2025": {
        # An ETtoday 房產 page: headline (1, U+3000 kept); time 「2025-04-14
        # 16:13」 (2), ▲ caption (3) and byline 「記者陳筱惠／台中報導」 (4) one
        # furniture range, giving `time` and `reporter` 「陳筱惠」. The
        # 「《地產詹哥老實說》EP251／…」 video link (6, between the lead and the
        # body, repeated at 16) is a related-link line, furniture; the ▲
        # captions (9, 13) furniture; the closing link and 「信義房屋更多相關新聞」
        # (16-17) one range. No subhead: no headings; no `source`. The blank
        # last line (18) left alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [6, 6], [9, 9], [13, 13], [16, 17]],
        "document": {"time": "2025-04-14 16:13", "reporter": "陳筱惠"},
    },
    "press-mo-sport-bureau-venue-safety-inspections-2026": {
        # A 體育局 release on the Macau feed: <h1> title (1, its inner space
        # kept); five plain <p>s, no <strong>, no caption. No headings,
        # furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-whole-society-resilience-committee-seventh-meeting-2026": {
        # A Presidential Office release: title (1, U+3000 and full-width 「７」
        # kept), the record's subtitle (3). 「總統開場致詞內容為：」 (7) a
        # speaker's introduction, body; the address's paragraphs (9-37) have no
        # heads or numbered points; the reports paragraph (39) and the
        # attendance line (41) body. No headings, no furniture, no fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-toronto-national-day-reception-produce-2026": {
        # A Tainan release (batches 43-50's form): title (1); 「發稿單位：農業局」
        # (2) and 「發稿時間：115年10月4日07:40」 (3), the release's own header
        # lines, body giving `source` 「農業局」 and `time` as written (batch 3's
        # 台南 reading). The 「&ldquo;…&rdquo;」 entities left in 17 are words of
        # the record as transcribed, body. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "農業局", "time": "115年10月4日07:40"},
    },
}
