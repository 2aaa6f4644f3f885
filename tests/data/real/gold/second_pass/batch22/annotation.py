"""The independent second annotator's batch-22 outlines, as line-based annotation.

Made like batches 3 and 5 to 20 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from, 7e6fac58, "Corpus batch 22
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-22 gold outline, spec or batch-22
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
眾新聞 Markdown's `###` subheads, figures and card; the Macau releases'
`<strong>` runs or their absence) and MANIFEST.md's batch-22 source
description (written with the texts, before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 22 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-hidaka-book-review-2020": {
        # A 眾新聞 column (眾說): `#` title (1) with its column tag 「【日文書介】」
        # and the ——clause, kept as written. The Markdown's three `###`
        # subheads (9, 13, 16; 「結語：「…」」 included: a subhead, not a label
        # closed by ：) are level 1 (rule 4). The top <figure> has no
        # caption (nothing in the text). The subscription footer (18-19) one
        # range; the blogger card (「博客 | 尹瑞麟」 twice and the
        # 【尹瑞麟・双修集】 profile, 20-22) one range giving `reporter` the name
        # alone (batch 7's second pass).
        "title": 1,
        "headings": [(9, None, 1), (13, None, 1), (16, None, 1)],
        "furniture": [[18, 19], [20, 22]],
        "document": {"reporter": "尹瑞麟"},
    },
    "press-mo-hippo-english-contest-2026": {
        # A GCS release (澳門理工大學): <h1> title (1, the inner space kept);
        # four plain <p>s, no <strong>, no caption. 「日前」 is inside a
        # sentence, no dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-ai-compute-2026": {
        # A Tainan city release: title the first line (1, its U+3000 kept).
        # Six body paragraphs (3-8), each opening 「…表示，」 or a sentence;
        # 「在人才培育方面，…」 (7) runs on: body. No 發稿 line in this record:
        # no fields. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-yanshui-mental-health-walk-2026": {
        # A Tainan city release (衛生局): title the first line (1). One long
        # paragraph (3) with the feed's 「&ensp;」 runs standing for paragraph
        # breaks: body (the noodle-sampling release's reading: undecoded entities are not
        # furniture). The closing 「發稿人：心理健康科 葉晏伶 執行秘書電話：…」 (4) is
        # the release's own line, not furniture (the Tainan releases' reading);
        # it gives `reporter`, the name alone 「葉晏伶」 (as 「發稿人：林曉玫連絡電話：…」
        # gave 「林曉玫」); no 發稿單位 line, so no `source` (心理健康科 is the
        # person's section, written inside the 發稿人 value).
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"reporter": "葉晏伶"},
    },
    # Development part.
    "news-hk-sandel-common-good-column-2021": {
        # A 眾新聞 column (眾說, the fifth of a series): `#` title (1). The top
        # <figure>'s <figcaption> (3, the book's English title) furniture. The
        # six `###` subheads (4, 9, 14, 19, 24, 29; 「後記」 included) level 1
        # (rule 4). The bold paragraph (23) is an unnumbered bold lead inside
        # the text: body (rule 5). 「相關文章：」 and the four earlier
        # 「讀桑德爾札記（1）…（4）」 titles (31-35) are the page's related-link
        # lines: furniture (one range, not a heading). The subscription footer
        # (36-37) one range; the blogger card (「博客 | 清涼」 twice and the
        # 【清涼・清涼集】 profile, 38-40) one range giving `reporter` 「清涼」 (the
        # name as the card writes it, a pen name; batch 7's second pass).
        "title": 1,
        "headings": [(n, None, 1) for n in (4, 9, 14, 19, 24, 29)],
        "furniture": [[3, 3], [31, 35], [36, 37], [38, 40]],
        "document": {"reporter": "清涼"},
    },
    "news-hk-vaccine-side-effects-tally-2021": {
        # A 眾新聞 report (眾聞): `#` title (1, its U+3000 kept). Four
        # <figcaption>s (5 「按這裡進入互動統計圖表使用提示：…」, 7-9 「眾新聞製圖」)
        # furniture, one range each (each its own <figure>); 「兩款疫苗的副作用統計
        # 亦可參考以下圖片：」 (6) is the article's sentence between them: body.
        # The subscription footer (14-15) one range. No subhead; the byline
        # 「眾新聞記者」 only in the dropped front matter: no fields. 「今午（25日）」
        # is inside a sentence: no dateline.
        "title": 1,
        "headings": [],
        "furniture": [[5, 5], [7, 7], [8, 8], [9, 9], [14, 15]],
        "document": {},
    },
    "news-tw-tcc-nhoa-acquisition-2021": {
        # A 中央社 report (the crawler fixture's title + content): the title
        # line carries the page's 「 | 證券 | 中央社 CNA」 chrome: the title is the
        # headline without it (its inner space kept), the chrome inline
        # furniture. One flattened paragraph (2): the dateline
        # 「（中央社記者蔡芃敏台北20日電）」 opens the lead, body, and gives `source`
        # 「中央社」, `time` 「20日」 and `reporter` 「蔡芃敏」 (batch 12's 中央社
        # reading); the inline newsletter box 「訂閱《早安世界》電子報 …感謝您的訂閱！」
        # and the closing 「（編輯：林治平）1100720」 furniture inline, `editor`
        # 「林治平」. No headings.
        "title": 1,
        "title_strip": ("", " | 證券 | 中央社 CNA"),
        "headings": [],
        "furniture": [[1, 1], [2, 2]],
        "furniture_text": [
            "| 證券 | 中央社 CNA",
            "訂閱《早安世界》電子報 每天3分鐘掌握10件天下事 請輸入正確的電子信箱格式訂閱感謝您的訂閱！",
            "（編輯：林治平）1100720",
        ],
        "document": {
            "source": "中央社",
            "time": "20日",
            "reporter": "蔡芃敏",
            "editor": "林治平",
        },
    },
    "press-mo-anti-drug-week-2026": {
        # A GCS release (司法警察局): <h1> title (1). The two bold one-line
        # subheads (3; 6, assembled from five <strong> runs) level 1 (the
        # Macau releases' reading). The guests' list (4) is body. No
        # furniture or fields.
        "title": 1,
        "headings": [(3, None, 1), (6, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-mo-maritime-rescue-drill-2026": {
        # A GCS release (海事及水務局): <h1> title (1). Three bold one-line
        # subheads (3, from three <strong> runs; 5; 7) level 1. 「今日（23日）」
        # is inside a sentence: no dateline. The units' list (8) body.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-national-day-events-2026": {
        # A Tainan city release: title the first line (1). 「發稿單位：觀光旅遊局」
        # (3) and 「發稿時間：115年10月5日10:50」 (4) are the release's own header
        # lines, body, giving `source` and `time` (the Tainan releases'
        # reading). The eleven unbracketed stand-alone headline lines each
        # followed by body (9, 16, 19, 22, 25, 29, 32, 35, 38, 41, 44; 「連假出遊再
        # 抽好禮！…」 and 「住宿臺南-好康三重送(5/1-10/31) 倒數 把握最後機會」 included)
        # are level 1 (rule 4); the 鏹鏹 paragraph wrapped over 26-27 is body;
        # the closing 「更多活動詳情請上…查詢。」 (46) is body. No furniture.
        "title": 1,
        "headings": [(n, None, 1) for n in (9, 16, 19, 22, 25, 29, 32, 35, 38, 41, 44)],
        "furniture": [],
        "document": {"source": "觀光旅遊局", "time": "115年10月5日10:50"},
    },
    "press-tw-tncc-final-interpellation-2026": {
        # A 臺南市議會 release: title the first line (1, the record's title,
        # its spaces kept). The text opens 「議員沈震東市政總質詢臺南市議員沈震東今（8）日…」:
        # the photo caption flattened into the lead, inline furniture (3; the
        # coastal-erosion release's reading). Lines 4-8 each open with a
        # headline phrase run without a break into the paragraph
        # (「城市交通不能只看現在，更要為未來先布局沈震東指出，…」): the release's five
        # subheads flattened by the scrape, level-1 headings marked inline
        # (the afghanistan report's reading). 「今（8）日」 is no dateline; no
        # 發稿人 line: no fields.
        "title": 1,
        "headings": [
            (4, ("inline", "城市交通不能只看現在，更要為未來先布局"), 1),
            (5, ("inline", "活動中心不能一拖再拖，更不能讓鄉親等到「孩子都長大了」"), 1),
            (6, ("inline", "古蹟不能只保存，更要讓市民真正走進城市歷史"), 1),
            (7, ("inline", "淹水問題不能每年重複問 市府要拿出真正解方"), 1),
            (8, ("inline", "老宅延壽計畫上路 市府不能讓民眾卡在申請流程"), 1),
        ],
        "furniture": [[3, 3]],
        "furniture_text": ["議員沈震東市政總質詢"],
        "document": {},
    },
    "press-tw-tncc-yongkang-interpellation-2026": {
        # The same form: title the first line (1); the flattened caption
        # 「議員陳秋萍市政總質詢」 opening the one paragraph (3) inline furniture.
        # The paragraph's 「針對社會福利，…」, 「在基層建設與體育發展上，…」,
        # 「最後，在治水防洪議題上，…」 open sentences inside it: body (no
        # headline run in). No headings, no fields.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "furniture_text": ["議員陳秋萍市政總質詢"],
        "document": {},
    },
}
