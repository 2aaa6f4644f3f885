"""The independent second annotator's batch-45 outlines, as line-based annotation.

Made like batches 3 and 5 to 44 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (da1c4bf0, batch 45's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-45 gold outline, spec or batch-45
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2; 「條」 keeps an article's marker), or the whole
line; a tuple of lines is one heading wrapped over several lines; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (for the held-out four:
the 自由時報 page's HTML — the <h1>, the pic750 caption <p>, the viewtime span, the article <p>s;
the 立法院 record's Markdown — no `#` and no bold, two image lines the reader drops, the
「、近半年…」 line so written in the file; the 中選會 公告 and the 無綫新聞 record are .txt files with
no markup); the texts commit's message for the records' origins.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 45 [--check]
"""

from __future__ import annotations

# The 內政部 辦法's article lines (gw-tw-moi-…-regulations-2009), each opening with its 「第…條」.
ARTICLES_MOI = (9, 10, 11, 12, 17, 22, 24, 28, 37, 39, 43, 56, 57, 58, 62, 66, 70, 75, 76, 78)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-cec-legislator-election-revocation-dual-nationality-notice-2009": {
        # A 中央選舉委員會公告 in the 行政院公報 transform (batch 24's 內政部公告, batch 40's 移民署公告):
        # title the record's Title (1); 「中央選舉委員會公告」 (2) the letterhead giving `issuer`
        # 「中央選舉委員會」; date (3) and 字號 (4) `date`, `number`. 「主　　旨：…」 (5) carries its
        # text: body. 「依　　據：」 (6) and 「公告事項：」 (9) stand alone on their lines: level 1 (rule 4,
        # as batch 9's 臺南 公告). Under 依據 the 一、二、 (7-8) are citations: a list. Under 公告事項
        # the 一、–四、 (10-12, 34): 一、 and 二、 open with 「本會第…次委員會議決議：」 before a
        # quotation, 三、 is a sentence introducing the table, 四、 the 訴願 notice: two of four, a tie,
        # so a list (rule 3). The table's column heads and cells (13-33) are body. The 首長 署名
        # 「主任委員　張政雄」 (35) `signatory` as written. No `attachments`.
        "title": 1,
        "headings": [(6, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "中央選舉委員會",
            "date": "中華民國98年5月26日",
            "number": "中選一字第0983100136號",
            "signatory": "主任委員　張政雄",
        },
    },
    "news-hk-tvb-cruise-homeport-singapore-disney-2023": {
        # A 無綫新聞 record from a scraper's parsed fields: the category 「港澳」 (1) is the site's
        # section label, furniture; the headline (2) the title, its inner space kept; the ISO time
        # stamp (3) furniture giving `time` as written (as batch 16's 华东五金网 date line). Ten body
        # paragraphs with blank lines between; the speakers' quotations (「…稱︰「…」」) are body. No
        # subhead, no byline, no `source` (the station is named nowhere in the text). No headings.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1], [3, 3]],
        "document": {"time": "2023-04-06T23:16:07+08:00"},
    },
    "news-tw-ltn-wanhua-haunted-flat-auction-2018": {
        # A 自由時報 page cut to its article block: the <h1> (1) the title; the photo's caption
        # 「…（圖翻攝自google map）」 (2, the pic750 <p>) and the viewtime stamp (3) one furniture range,
        # giving `time` 「2018-07-31 08:19」. The lead opens 「〔即時新聞／綜合報導〕」: the desk's opener,
        # body; it names no outlet and no reporter, so no `source`, no `reporter` (「《蘋果日報》報導」
        # cites another paper inside a sentence). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 3]],
        "document": {"time": "2018-07-31 08:19"},
    },
    "wr-tw-mofa-ly-foreign-affairs-committee-report-2012-part": {
        # A 立法院公報 committee record (Markdown, no markup): 「委員會紀錄」 (1) is the gazette's
        # section label over the record, not the record's own text: furniture (flagged). The
        # record's name (2) the title (batch 31's 立法院 record); its 時間/地點/主席 lines (3-5) body.
        # The record's agenda nests as it prints it (batch 41's LegCo record): 「報　告　事　項」 (7)
        # level 1; its items 「一、宣讀上次會議議事錄。」 (8) and 「二、邀請外交部部長楊進添作業務報告，並備質詢。」
        # (34) level 2. The minutes read under 一、 are a carried document (rule 7's reading): their
        # title 「…第1次全體委員會議議事錄」 (9) level 3, their own 「報　告　事　項」 (21) and
        # 「選　舉　事　項」 (23) level 4; their header lines (10-20) body; under 選舉事項 the
        # 「一、推定…進行選舉。」 / 「二、選舉結果：」 pair (26, 28) is one sentence and one label, a
        # tie: a list, with its (一)–(三); 「散會」 (32) closes the minutes: body. The 主席 and 部長
        # turns (6, 33, 35, 36) are body (batch 31). The 業務報告's parts under 二、: 「壹、前言」 (37),
        # 「貳、「活路外交」政策的回顧」 (39) and 「、近半年推動「活路外交」的具體成果」 (42, its 參 missing
        # in the file itself, kept as written) level 3; 「一、穩固與邦交國關係」 (43) level 4 and its
        # 「(一)與23個邦交國關係持續穩定」 (44), 「(二)高層互訪情形」 (47) capped at 4. Fields (work
        # report, batch 41's LegCo reading): `speaker` the turn label 「楊部長進添」 as written, `date`
        # the record's 「中華民國101年3月7日」; no `occasion` (as batch 43's LegCo part). The file is cut
        # inside (二).
        "title": 2,
        "headings": [
            (7, None, 1),
            (8, None, 2),
            (9, None, 3),
            (21, None, 4),
            (23, None, 4),
            (34, None, 2),
            (37, None, 3),
            (39, None, 3),
            (42, None, 3),
            (43, None, 4),
            (44, None, 4),
            (47, None, 4),
        ],
        "furniture": [[1, 1]],
        "document": {"speaker": "楊部長進添", "date": "中華民國101年3月7日"},
    },
    # Development part.
    "gw-tw-ey-human-trafficking-prevention-act-effective-date-order-2009": {
        # A 行政院令 in the 行政院公報 transform (batch 24's 令): title the record's Title (1);
        # 「行政院令」 (2) the letterhead giving `issuer` 「行政院」; the date line (3) `date` without its
        # 「（補登）」 (batch 43's joint 令), the 字號 (4) `number`; the one-sentence 令 (5) body; the
        # 首長 署名 (6) `signatory` as written. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "行政院",
            "date": "中華民國98年5月26日",
            "number": "院臺治字第0980029315號",
            "signatory": "院　　長　劉兆玄",
        },
    },
    "gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009": {
        # A 內政部令 that issues a 辦法 (batch 24's 令 with its carried text): title the record's
        # Title (1); 「內政部令」 (2) `issuer` 「內政部」; date (3), 字號 (4); the 令 (5) body; the 附 line
        # 「附「…辦法」」 (6) `attachments` as it reads (batch 24's 按捺指紋 令: the 附 line gives it even
        # when the carried text follows); 「部　　長　廖了以」 (7) `signatory`. The 辦法 (8-78) is a
        # carried document (rule 7): its title (8) level 1; its twenty articles 「第　一　條」 …
        # 「第  二十 條」, each running into its text, headed by the marker alone (rule 6), level 2
        # (no chapters). The 一、… items inside articles and the unnumbered 項 lines are body (lists,
        # rule 6). 第二十條 names no date: no `effective`.
        "title": 1,
        "headings": [(8, None, 1)] + [(n, "條", 2) for n in ARTICLES_MOI],
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國98年6月1日",
            "number": "台內移字第0980957626號",
            "attachments": "附「人口販運被害人停留居留及永久居留專案許可辦法」",
            "signatory": "部　　長　廖了以",
        },
    },
    "news-hk-hkcnews-co-location-bill-committee-long-title-2018": {
        # A 眾新聞 report (眾聞) in the archive's Markdown: `#` title (1); body paragraphs; the three
        # <figcaption>s with 「何君健攝」 (4, 8, 13) furniture, each its own range; the subscription
        # footer after the `---` (14-15) one range. No subhead (no `##`, no bold line). The byline
        # 「記者彭麗芳」 is only in the dropped front matter: no `reporter`, no `time`. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [8, 8], [13, 15]],
        "document": {},
    },
    "news-hk-hket-rugby-sevens-women-team-defeats-2023": {
        # A 香港經濟日報 (TOPick) record from a scraper's parsed fields: title (1) with its column tag
        # 「【七欖比賽】」 kept (Titles) and the full-width space; the ISO time stamp (2) furniture giving
        # `time` as written. The body is one line (4) holding, besides the paragraphs, the scraped
        # share labels 「分享： 分享：」, the photo caption 「…打得「爭氣」。（陳靜儀攝）」 (credited), the
        # 「最新影片推介 …立即下載： https://bit.ly/34FTtW9」 app promotion and the byline 「記者：解青羽」:
        # furniture inside the line (`furniture_text`), the byline giving `reporter` 「解青羽」. No
        # subheads in the run. Flagged: 「來自斐濟的Prathna（左）和她的朋友們表示，…雪恥。」 reads like
        # an uncredited caption (「（左）」) but the text cannot tell it from a paragraph: body.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [4, 4]],
        "furniture_text": [
            "分享： 分享：",
            "香港國際七人欖球賽女子隊賽事，紅衫加拿大對藍衫港隊，最終20比5，港隊輸第二場，但獲市民力撐打得「爭氣」。（陳靜儀攝）",
            "最新影片推介 HKETAPP健康台更多都市疾病影片： https://bit.ly/3cNFwr7 hketApp已全面升級，"
            "TOPick為大家推出一系列親子、健康、娛樂、港聞及休閒生活資訊及Video。立即下載： https://bit.ly/34FTtW9",
            "記者：解青羽",
        ],
        "document": {"time": "2023-03-31T20:36:00+08:00", "reporter": "解青羽"},
    },
    "news-hk-oncc-mtr-fare-profit-sharing-scrapped-2023": {
        # A 東方日報 record from a scraper's parsed fields: the title line (1) ends with the site's
        # 「 - 東方日報」 tail, furniture (batch 30's 「 - 国际频道」, batch 34's 「_光明网」); the title is
        # the headline before it (`title_inline`, its double space kept). The time stamp (2)
        # furniture, one range with the tail, giving `time` as written. The body is one line (4):
        # 「【本報訊】」 opens the lead, body, naming no outlet (no `source`: the paper is named only in
        # the tail, which batch 30 and 34 read as giving none); the short 「將提供4日半價乘車」 standing
        # between two paragraphs is the article's subhead the scrape ran into the text: level 1,
        # `inline` (batch 2's flattened subheads).
        "title": 1,
        "title_inline": "分享利潤歸入算式  新制少逾億優惠",
        "headings": [(4, ("inline", "將提供4日半價乘車"), 1)],
        "furniture": [[1, 2]],
        "furniture_text": [" - 東方日報"],
        "document": {"time": "2023-03-29T00:00:00"},
    },
    "news-tw-chinatimes-power-bank-explosion-replacement-2023": {
        # (Session 26, h26: the lead photo's caption is now line 5 of the text; lines_moved shifted past it.)
        # (Session 23, o36: the HTML reader now keeps the <h1> and the time/source/author block and drops 「字級設定：」; Every line number below stays as this pass read it, moved to the new
        # text by lines_moved; the new lines were not read by this pass.)
        "lines_moved": ((1, 1, 1, 0), (2, 10, 6, 14)),
        # A 中時新聞網 page cut to its article: the reader keeps neither the <h1> nor the time/source/
        # author block, so no title and no fields. 「字級設定：」 (1), the font-size control's label,
        # furniture; five body paragraphs (2-6); the three promote-word related-story links (7-9) and
        # the hash tags (10) one furniture range. No headings.
        "title": None,
        "headings": [],
        "furniture": [[1, 1], [7, 10]],
        "document": {},
    },
    "news-tw-pts-us-space-force-korea-drill-explainer-2023": {
        # (Session 23, o36: the HTML reader now keeps the <h1> and the reporter/time lines and drops 「目次」; Every line number below stays as this pass read it, moved to the new
        # text by lines_moved; the new lines were not read by this pass.)
        "lines_moved": ((1, 1, 1, 0), (2, 20, 5, 23)),
        # A 公視 explainer page: the reader keeps neither the <h1> nor the reporter/time line (no
        # title, no fields). 「目次」 (1) is the label of the page's sidebar contents widget (its links
        # are not in the text): site chrome, furniture. The articleimg standfirst (2) and the lead (3)
        # are body; the related-story link 「美韓例行軍演展開 首加入太空軍防北韓網路入侵」 (4, a <ul><li><a>)
        # furniture. The four <h2> questions (5, 9, 14, 18) are the subheads, level 1 (as batch 2's
        # explainer 疑問 lines would be, here with their own markup and body under each). The two
        # <figcaption>s 「…（圖／美聯社）」 (8) and 「…（圖／USSF）」 (17) furniture; the table's rows
        # (11-13, 「… | …」) body.
        "title": None,
        "headings": [(5, None, 1), (9, None, 1), (14, None, 1), (18, None, 1)],
        "furniture": [[1, 1], [4, 4], [8, 8], [17, 17]],
        "document": {},
    },
    "news-tw-setn-xindian-man-falls-after-quarrel-2018": {
        # (Session 23, o36: the HTML reader now keeps the page's <h1> above the text; Every line number below stays as this pass read it, moved to the new
        # text by lines_moved; the new lines were not read by this pass.)
        "lines_moved": ((1, 6, 2, 7),),
        # A 三立新聞網 page cut to its article block: the reader keeps the time element but not the
        # <h1>: no title. The time line (1) furniture giving `time` as written; 「社會中心／綜合報導」
        # (2), the byline <p> naming a desk and no reporter, furniture (no `reporter`); three body
        # paragraphs; the 「▲▼…（圖／翻攝畫面）」 caption (6) furniture. No headings.
        "title": None,
        "headings": [],
        "furniture": [[1, 2], [6, 6]],
        "document": {"time": "2018/02/21 18:03:00"},
    },
}
