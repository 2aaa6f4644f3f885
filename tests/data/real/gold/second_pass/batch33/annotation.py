"""The independent second annotator's batch-33 outlines, as line-based annotation.

Made like batches 3 and 5 to 32 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (fd71e7ee, "Corpus batch 33
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-33 gold outline, spec or batch-33
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
眾新聞 Markdown's `###` lines and <figcaption>s, the GCS release's HTML, the
HKJC Markdown's layout) and, because the WeChat repost's file keeps no
markup, the repository page it was transcribed from (`cash2one/weixin`
`weixin/src/main/webapp/views/weixin/weixinchuansong.jsp` through the
library's `read_file`: the rich_media title and meta list, the 今日大案
box, the `<h1>` repeating the title, the bold 来源 line and the boxed
【核心提示】).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 33 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-mini-storage-inquest-rescue-team-2021": {
        # A 眾新聞 report (眾聞): `#` title (1) with its U+3000. The series tag
        # 「【研訊第18天】」 (2) is the report's own opening line: body. The
        # `###` 「【迷你倉死因研訊】結集」 (5) is a link to the series' page (a
        # related-link line, not a subhead): furniture. The <figcaption>s (6,
        # 14 「眾新聞製圖」, 22) furniture, each its own range; the third
        # <figure> has no caption. The four `###` subheads (7, 11, 15, 19)
        # level 1. 「案件編號：…」 (26) body (batch 29's 荃灣 report). The
        # reporter is only in the dropped front matter: no fields.
        "title": 1,
        "headings": [(7, None, 1), (11, None, 1), (15, None, 1), (19, None, 1)],
        "furniture": [[5, 5], [6, 6], [14, 14], [22, 22]],
        "document": {},
    },
    "press-mo-hengqin-macao-health-education-agreement-2026": {
        # A GCS release: title the <h1> (1), seven plain <p>s. No headings,
        # furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "report-cn-xi-jinping-intellectuals-symposium-speech-2016": {
        # The speech as a WeChat account (大案) reposted it, cut after 13
        # paragraphs. The page's rich_media title (1), its meta line
        # 「2016-05-01 新华社 大案」 (2) and the account's 今日大案 box of the
        # day's four posts (3-7) come before the article's own `<h1>` (8),
        # which repeats the title: as the pages that show their title twice
        # (batch 4's 宜春 communiqué, the repeated Shanghai titles), the first
        # copy and the chrome are furniture and the title is the second
        # (8), column tag 「时局 | 」 kept (as 「【社媒輿情】」). The bold
        # 「来源：新华社  （2016年4月26日）（节录）」 (9) is the repost's source
        # line: furniture giving `source` 新华社 and `time` 2016年4月26日 (as
        # the 「来源：…」 / 「发布时间：…」 lines under a headline). The bold,
        # boxed 「【核心提示】」 (10) stands alone over its paragraph: a label
        # headline (rule 4), level 1; the paragraph (11) is body. The speech
        # (12-23) has no numbered or stand-alone heads; its bold paragraphs
        # are emphasised statements (batch 25's pull-quote reading): body.
        "title": 8,
        "headings": [(10, None, 1)],
        "furniture": [[1, 7], [9, 9]],
        "document": {"source": "新华社", "time": "2016年4月26日"},
    },
    "report-hk-hkjc-board-of-management-2024": {
        # The Jockey Club annual report's Board of Management pages (20-21)
        # converted from PDF to Markdown. 「Board of Management」 twice: the
        # first (1) the pages' running head, furniture; the second (2) the
        # section's title. The photo table of names (3-6), the role / name
        # lines and portfolios (7-15) are directory content: body (as batch
        # 27's directory entries). The 「（）…」 residue (16) stands for text
        # the converter lost: body (batch 8's undecoded-entity reading). The
        # page number 「20」 (17) is print furniture. 「Executive Directors」
        # (18) stands alone over the second page's table: level 1; the table
        # rows (19-30) body. No fields.
        "title": 2,
        "headings": [(18, None, 1)],
        "furniture": [[1, 1], [17, 17]],
        "document": {},
    },
    # Development part.
    "gw-tw-mof-military-village-estate-tax-order-2010": {
        # A 行政院公報 令 record (as the dev gazette records of batches 24-31):
        # title the record's Title (1); 「財政部令」 (2) gives `issuer`, date
        # (3), 文號 (4); the order's subject line (5) body; its 一、–三、 (6-8)
        # are content sentences without a headline: a list (rule 3);
        # 「部　　長　李述德」 (9) `signatory`. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "財政部",
            "date": "中華民國99年6月2日",
            "number": "台財稅字第09900110300號",
            "signatory": "部　　長　李述德",
        },
    },
    "gw-tw-moj-administrative-execution-amounts-notice-2010": {
        # A 行政院公報 公告 record: title (1); 「法務部公告」 (2) gives
        # `issuer` 法務部 (as batch 29's 內政部入出國及移民署公告), date (3),
        # 文號 (4). 「主　　旨：…」 (5) and 「依　　據：…」 (6) carry their text:
        # body. 「公告事項：」 (7) stands alone over its numbered items: level 1
        # (rule 4, batch 29's immigration 公告); its 一、–四、 (8-11) are
        # sentences without a label and the (一)–(五) under 四、 (12-16)
        # amounts: lists (rule 3). 「部　　長　曾勇夫」 (17) `signatory`.
        "title": 1,
        "headings": [(7, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "法務部",
            "date": "中華民國99年6月3日",
            "number": "法律字第0990700315號",
            "signatory": "部　　長　曾勇夫",
        },
    },
    "news-hk-court-gallery-elderly-supporter-2021": {
        # A 眾新聞 feature: `#` title (1). The bold `>` quotation opening it
        # (2, its first 「 lost in the archive) and the later `>` quotations
        # (22, 24) are body. The bold 「相關新聞：」 and its one link (4-5) are a
        # related-link block: furniture, one range. The <figcaption>s (6,
        # 18 with its 「Samson Huang攝」) furniture. The three `###` subheads
        # (7, 12, 19) level 1. The writer (特約記者陳零) is only in the dropped
        # front matter: no fields.
        "title": 1,
        "headings": [(7, None, 1), (12, None, 1), (19, None, 1)],
        "furniture": [[4, 5], [6, 6], [18, 18]],
        "document": {},
    },
    "press-mo-explore-macau-practical-information-page": {
        # A student site's PHP page (the nav and footer includes are not in
        # the text): the `<title>` / banner 「实用信息」 (1) is the title; the
        # three-line intro (2-4) body. The four boxed sections' `.title`
        # divs (5 公共交通, 11 防疫信息, 17 签证信息, 31 电话卡、移动通讯问题)
        # are level 1; the bold labels heading their paragraphs (18
        # 护照及入境签证, 24 “入境许可”（即“口岸签证”）费用, 32 电话卡信号问题,
        # 36 上网流量问题) level 2 (rule 4's stand-alone lines). The bold
        # 「点击查询…」 link lines (10, 16) are the page's own instructions,
        # like the contact lines (29-30): body. No fields.
        "title": 1,
        "headings": [
            (5, None, 1),
            (11, None, 1),
            (17, None, 1),
            (18, None, 2),
            (24, None, 2),
            (31, None, 1),
            (32, None, 2),
            (36, None, 2),
        ],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-office-santo-akiko-audience-2026": {
        # A Presidential Office release (batch 1's form): title (1), the
        # site's subtitle 「總統接見「…乙行」」 (3) the subtitle. No headings,
        # no furniture, no fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-kumamoto-governor-visit-2026": {
        # A 臺南市政府 release: title (1); 「發稿單位：…」 / 「發稿時間：…」 (3-4)
        # body, giving `source` and `time` as written (the dev Tainan
        # releases' form). No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "新聞及國際關係處", "time": "115年10月5日"},
    },
    "report-cn-gaotie-second-team-party-congress-reflections": {
        # A railway team's JSP page built from titleAndContent components
        # (read in the repository file): the first component's title (1) is
        # the title; the intro (2-3) body; 「下面是部分同志的感想：」 (4) is the
        # next component's title, standing alone over the reflections: level
        # 1 (rule 4's label line). Each reflection opens with its writer's
        # name and post in bold (5, 7, 10, 13, 16, 19, 23, 26, 28, 33, 37):
        # they name who speaks, not a part's subject (batch 31's speaker
        # turns; the closest call of the batch, a pass could head them at
        # level 2): body. No furniture, no fields.
        "title": 1,
        "headings": [(4, None, 1)],
        "furniture": [],
        "document": {},
    },
    "report-tw-taichung-participatory-budget-qa-page": {
        # The 參與式預算 site's Q&A view (a CodeIgniter PHP page): the
        # header include, the breadcrumb 「問與答 (Q&A)」 and any <h1> are not
        # in the text, so no title. The six static questions (1, 6, 13, 15,
        # 17, 19), each over its answer, are an FAQ's questions: level 1
        # (batch 27's FAQ reading: each heads its answer). The Ａ： leads (2,
        # 7) and the bullet items (3-5, 8-12) body. The template's loop
        # residue 「Q：question)?>」 / 「answer)?>」 (21-22) is a machine
        # marker: furniture. The closing email appeal (23-24) body.
        "title": None,
        "headings": [
            (1, None, 1),
            (6, None, 1),
            (13, None, 1),
            (15, None, 1),
            (17, None, 1),
            (19, None, 1),
        ],
        "furniture": [[21, 22]],
        "document": {},
    },
}
