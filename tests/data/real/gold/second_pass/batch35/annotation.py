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
    # Development part.
    "gw-tw-archives-act-enforcement-rules-amendment-2005": {
        # A 行政院公報 令 with its amended articles, as batch 24's 指紋 令:
        # title the record's Title (1); 「檔案管理局令」 (2) gives `issuer`, the
        # date (3) and 字號 (4) lines `date` and `number`; the subject line
        # (5) body; 「附「檔案法施行細則」部分條文。」 (6) the 令's own 附件说明:
        # `attachments` as the line reads, though the articles follow;
        # 「局　　長　陳士伯」 (7) `signatory`. The articles' title (8) is the
        # carried document's, level 1 (rule 7); the marker lines as written
        # with the gazette's spaces (「第　十　條」, 「第 十一 條」, 「第十三條之一」,
        # 「第二十一條」), each alone on its line, level 2 (rule 6); the
        # 一、… items inside articles are lists and 「第一項第一款所定中央一級機關
        # 如下：」 a provision: body. No `effective` (自發布日施行).
        "title": 1,
        "headings": [(8, None, 1)] + _levels(2, 9, 27, 33, 36, 38, 41, 47),
        "furniture": [],
        "document": {
            "issuer": "檔案管理局",
            "date": "中華民國94年1月3日",
            "number": "檔徵字第09400000011號",
            "attachments": "附「檔案法施行細則」部分條文。",
            "signatory": "局　　長　陳士伯",
        },
    },
    "gw-tw-mac-councillor-appointment-rules-amendment-2005": {
        # As the 檔案管理局 令: title (1), 「行政院大陸委員會令」 (2) `issuer`,
        # `date` (3), `number` (4), subject (5) body, 「附「…」一份。」 (6)
        # `attachments`, 「主任委員　吳釗燮」 (7) `signatory`. The 辦法's title (8)
        # level 1; its 發布 / 修正發布 lines (9-10), not parenthesised, body
        # (batch 2's adoption lines); 「第　一　條」–「第　六　條」 level 2. After
        # the articles, the bare 「附件」 label (24) body and the 辦法's own
        # 切結書 form (第五條: 「切結書如附表」) titled on 25: the annex's own
        # appendix, level 2 beside its articles (batch 10's clarification);
        # the form's field lines (26-47) body.
        "title": 1,
        "headings": [(8, None, 1)] + _levels(2, 11, 13, 15, 17, 19, 22, 25),
        "furniture": [],
        "document": {
            "issuer": "行政院大陸委員會",
            "date": "中華民國94年1月3日",
            "number": "陸人字第0930022638號",
            "attachments": "附「行政院大陸委員會顧問遴聘辦法」一份。",
            "signatory": "主任委員　吳釗燮",
        },
    },
    "news-hk-column-press-conference-standing-order-2019": {
        # A 眾新聞 blog column (眾說): `#` title (1). The two video shortcodes
        # (2, 13) and the <figcaption> (15) furniture, each its own range.
        # The two `###` subheads (4, 11) level 1. 一）–三） (7-9) the three
        # cases 「分別是：」 announces: a list. The author's two numbered
        # references (17-18; the text cites 「[2]」) are body. The subscription
        # footer and the columnist's card with its profile (19-23) one
        # range, the card giving `reporter` 「殷琦」 (batch 7's reading).
        "title": 1,
        "headings": _levels(1, 4, 11),
        "furniture": [[2, 2], [13, 13], [15, 15], [19, 23]],
        "document": {"reporter": "殷琦"},
    },
    "news-hk-hkcnews-front-page-2018": {
        # The site's front page (three slides and their menus), not an
        # article. Title the page's <title> 「眾新聞 - 首頁」 (1). Each slide's
        # headline (14, 28, 49; the desktop slide title) is an item of the
        # page, level 1 (as the RTHK digest's items); its repeat for mobile
        # (15, 29, 50) and its byline (16, 30, 51) furniture. The band
        # 「眾新聞 CitizenNews」 (2), the category menus (3-13, 17-27) and the
        # 眾觀 新聞事件 menu (31-48) are site chrome. No fields (the bylines
        # are the items', not the page's). Flagged: a reader could give the
        # page no headings at all.
        "title": 1,
        "headings": _levels(1, 14, 28, 49),
        "furniture": [[2, 13], [15, 27], [29, 48], [50, 51]],
        "document": {},
    },
    "press-mo-chief-executive-fujian-cooperation-visit-2026": {
        # A GCS release: title the <h1> (1), four plain paragraphs. No
        # headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-epb-energy-saving-subsidy-2018": {
        # A 臺南市政府 release: title (1). The unit 「臺南市政府環境保護局」 (2)
        # and the date 「2018-12-26」 (3) under it are the release's own header
        # lines, as the 發稿單位 / 發稿時間 lines of batches 3-5 (not
        # furniture): `source` and `time`. The one paragraph (4) and the
        # 承辦單位 / 聯絡人 line (5) body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "臺南市政府環境保護局", "time": "2018-12-26"},
    },
    "report-cn-university-opening-ceremony-teacher-speech": {
        # A teacher's speech page: the <title> (1) and the page's heading
        # (2) both 「开学典礼发言稿」; as the pages that show their title twice,
        # the first copy is furniture and the title the second. The 1．–5．
        # suggestions (7-11) open with content sentences
        # (「要把中学的被动学习改为主动学习，…」): a list (rule 3). No fields.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {},
    },
    "report-tw-mingdao-alumni-founder-message-page": {
        # The alumni site's page: the <h1> (1) is the title (the banner's
        # 「老校長的嘉許」 / breadcrumb are not in the text). The salutation,
        # the couplet (4-5, centred italics) and the closing wishes (7-8)
        # body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
