"""The independent second annotator's batch-59 outlines, as line-based annotation.

Made like batches 3 and 5 to 56 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (c3880134, "Corpus batch 59 texts", where the gold
files held no headings yet), the two held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-59 gold outline, spec or batch-59 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Earlier forms were looked up in dev documents only (the dev 中央社 pages of
batches 43 and 50 through their gold; the dev entries of earlier passes: batch
22's 中央社 title chrome and 編輯 tail, batches 29 and 30's title suffixes).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 59 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-tw-cna-li-szu-chuan-songshan-airport-tech-corridor-2026": {
        # A 中央社 page as the fetch script saved it: its four header lines
        # 「URL: …」, 「TITLE: …| 地方 | 中央社 CNA」, 「OG: …」, 「STATUS: 200」
        # (1-4) are the script's record of the fetch, not the report: one
        # furniture range (as front matter the app keeps). The headline (6) is
        # the title (its inner space kept; the TITLE: line repeats it with the
        # site's chrome). The dateline 「（中央社記者曹亞沿新北8日電）」 opens the
        # lead (7): body, giving `source` 「中央社」, `reporter` 「曹亞沿」 and
        # `time` 「8日」 as written (batches 22 and 50's 中央社 reading). The
        # closing 「（編輯：李明宗）1151008」 (14) inline furniture giving
        # `editor` (batch 43's and 22's). The list lines 「- 2026/10/09 13:41」 …
        # (15-18), one of them the page's own headline with its time, are the
        # site's related-news list: furniture (flagged: line 16's
        # 「2026/10/08 22:57」 is the story's own time in that list; `time`
        # is kept to the dateline's, the list being furniture of the page).
        # No subheads; the blank last line (19) left alone.
        "title": 6,
        "headings": [],
        "furniture": [[1, 4], [14, 14], [15, 18]],
        "furniture_text": ["（編輯：李明宗）1151008"],
        "document": {
            "source": "中央社",
            "reporter": "曹亞沿",
            "time": "8日",
            "editor": "李明宗",
        },
    },
    "press-tw-taipei-songshan-airport-relocation-ai-park-2026": {
        # A 臺北市政府 release as the fetch script saved it: the header lines
        # (1-4) furniture, as the 中央社 page's. The page text has no headline
        # line of its own: the title is the value of 「TITLE: …」 (2) without
        # the key and the site's 「臺北市政府全球資訊網-市府新聞稿-」 prefix
        # (the Sina posts' `title:` value; batch 22's CNA title chrome), the
        # key and prefix inline furniture. The lead (6) opens with
        # 「臺北市長蔣萬安今（8）日」, a sentence: no dateline, no fields. The
        # nine short lines standing alone between body paragraphs, each two
        # phrases set apart by U+3000 (14, 22, 29, 35, 41, 47, 53, 63, 69),
        # are the release's subheads: level 1 (rule 4). The quote lines (20,
        # 27) and the rest body; the blank and one-space lines left alone.
        "title": 2,
        "title_inline": "輝達來了！蔣萬安發表「AI黃金世紀」新願景 拋松機遷移打造百公頃臺北AI園區",
        "headings": [
            (14, None, 1),
            (22, None, 1),
            (29, None, 1),
            (35, None, 1),
            (41, None, 1),
            (47, None, 1),
            (53, None, 1),
            (63, None, 1),
            (69, None, 1),
        ],
        "furniture": [[1, 1], [2, 2], [3, 4]],
        "furniture_text": ["TITLE: 臺北市政府全球資訊網-市府新聞稿-"],
        "document": {},
    },
    # Development part.
    "gw-cn-state-council-beijing-pollution-control-targets-reply-1999": {
        # A gov.cn 批复 as the crawl saved it: title, 文号, 主送, body, 署名 and
        # date run together on one line (1). The title is 「国务院关于…的批复」
        # up to the 文号 (`title_inline`; rule: a 公文's title is the words
        # above its 文号). `number` 「国函〔1999〕134号」, `addressees` the 主送
        # without its ：, `issuer` 「国务院」 (the title's and 署名's body),
        # `signatory` 「国　务　院」 as written, `date` the closing Chinese
        # date. The 一、–六、 items state the reply's positions (「一、原则同意
        # …」, 「二、同意北京市制定的环境污染防治目标。1999年，…」, 「四、同意…；
        # 同意…」): content sentences with no headline, a list (rule 3, as
        # gw-cn-liaoning-reply-2004's (一)–(三)). The closing exhortation body.
        # No headings, no furniture; the blank last line (2) left alone.
        "title": 1,
        "title_inline": "国务院关于北京市环境污染防治目标和对策的批复",
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国函〔1999〕134号",
            "addressees": "北京市人民政府、国家环境保护总局",
            "signatory": "国\u3000务\u3000院",
            "date": "一九九九年十月三十一日",
        },
    },
    "news-cn-mee-nuclear-power-plant-safety-reporting-rules-qa-2020": {
        # A 生态环境部 答记者问 on a new 部令 as the crawl saved it: title (1);
        # the blank lines (2-4) left alone; the whole piece run into one line
        # (5). Its nine 「问：…？」 questions are prepared questions on the
        # rules, each followed by its 「答：」 answer: an FAQ's questions each
        # heading their answer, level 1 (batch 27's FAQ, batch 33's Ｑ：
        # questions kept with their label), `inline` since the crawl ran the
        # paragraphs together (flagged: batch 49's 外交部 briefing turns were
        # no headings, but those were reporters' turns in a transcript; read
        # so, this piece would have none). Inside the answers the 一是…六是
        # leads are body (rule 5) and the (一)–(五) changes are content
        # sentences, a list. 「近日，生态环境部发布了…」 is a sentence, no
        # dateline: no fields. No furniture.
        "title": 1,
        "headings": [
            (
                5,
                (
                    "inline",
                    "问：国家核安全局曾颁布实施了《核电厂营运单位报告制度（HAF001/02/01）》，请问这次制修订是基于什么考虑？",
                ),
                1,
            ),
            (
                5,
                (
                    "inline",
                    "问：各核动力厂营运单位十分关心本规定的编制情况，能否简单介绍下编制过程？",
                ),
                1,
            ),
            (5, ("inline", "问：请介绍下《报告规定》在编制过程中依据什么原则？"), 1),
            (5, ("inline", "问：请介绍下《报告规定》主要包括哪些内容？"), 1),
            (5, ("inline", "问：《报告规定》中各类报告的报送单位是如何进行考量的？"), 1),
            (5, ("inline", "问：《报告规定》中应当报告的重要活动包括哪些呢？"), 1),
            (
                5,
                ("inline", "问：《报告规定》相对之前的《核电厂营运单位报告制度》有哪些主要变化？"),
                1,
            ),
            (5, ("inline", "问：《报告规定》第二十二条中所述的网络攻击事件是指什么？"), 1),
            (5, ("inline", "问：请介绍一下，《报告规定》发布以后，将会起到哪些重要作用？"), 1),
        ],
        "furniture": [],
        "document": {},
    },
    "news-tw-nownews-songshan-airport-relocation-explainer-2026": {
        # A NOWnews 懶人包 as the fetch script saved it: the header lines
        # 「URL: 」, 「TITLE: 」, 「OG: 」, 「STATUS: 200」 (1-4) furniture, as the
        # held-out pages'. The text has no headline line: the title is the
        # `TITLE:` value without the key and the site's 「 | 要聞 |
        # NOWnews今日新聞」 chrome (`title_inline`; the column tag 「懶人包／」
        # kept, as 「【社媒輿情】」), key and chrome inline furniture. The seven
        # short lines standing alone over body paragraphs (8, 11, 15, 18, 22,
        # 27, 33) are subheads, level 1 (rule 4). No dateline or byline
        # (「讓《NOWNEWS今日新聞》帶您一覽…」 is a sentence; the outlet is named
        # only in the furniture's chrome): no fields (flagged: `source`
        # 「NOWnews今日新聞」 from the title chrome would be the other reading).
        # The blank last line (37) left alone.
        "title": 2,
        "title_inline": "懶人包／松山機場為何搬不了？最大難關在這 30年遷建夢迎轉折",
        "headings": [
            (8, None, 1),
            (11, None, 1),
            (15, None, 1),
            (18, None, 1),
            (22, None, 1),
            (27, None, 1),
            (33, None, 1),
        ],
        "furniture": [[1, 1], [2, 2], [3, 4]],
        "furniture_text": ["TITLE: ", " | 要聞 | NOWnews今日新聞"],
        "document": {},
    },
    "plan-cn-13th-fyp-eco-environmental-protection-notice-and-chapter-one-2016": {
        # A 国务院 印发 notice with the 规划 it carries, up to the end of its
        # 第一章: title (1); `number` (7); the 主送 run into the notice's one
        # sentence and the 署名 「国务院」 on one line (11): `addressees`
        # without ：, `signatory` 「国务院」, `issuer` 「国务院」; the date line
        # (13) `date` 「2016年11月24日」 and its 「（此件有删改）」 `note`. The
        # carried plan starts a level-1 section under its own title (15, rule
        # 7). 「目　　录」 (17) and the one-line contents (19) are the plan's
        # table of contents: body, no heading (rule 5; flagged: 目录 as a
        # stand-alone head of the contents is the other reading, as batch
        # 28's directory page's 总目). 「第一章　全国生态环境保护形势」 (21)
        # level 2 (a chapter inside the annex), its 第一节–第三节 (25, 29, 33)
        # level 3. The bold-style leads inside the 节 paragraphs
        # (「生态文明建设上升为国家战略。」…) are unnumbered leads: body. No
        # furniture; the blank lines left alone.
        "title": 1,
        "headings": [
            (15, None, 1),
            (21, None, 2),
            (25, None, 3),
            (29, None, 3),
            (33, None, 3),
        ],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国发〔2016〕65号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            "signatory": "国务院",
            "date": "2016年11月24日",
            "note": "（此件有删改）",
        },
    },
}
