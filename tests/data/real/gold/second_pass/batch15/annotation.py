"""The independent second annotator's batch-15 outlines, as line-based annotation.

Made like batches 3 and 5 to 14 (see ../batch14/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-15 gold files held only their text
at the commit this pass started from, e4756911, "batch 15 texts"), and this
annotation was written and committed before any batch-15 gold outline, spec
or batch-15 note on the gold was read, without running the app's outline,
title, header or furniture code (nor `analyze` or any scorer). Headings are
(line, cut, level): the heading is the stripped line up to and including
the first `cut` (a run-in heading, rule 2), or the whole line. Furniture is
1-based inclusive line ranges (and, for furniture inside a longer line,
"furniture_text", the exact strings). The writer only slices the text; it
runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself (the two
Shanghai notices' Markdown) and MANIFEST.md's batch-15 source table (written
with the texts, before any gold) were read for the pages' forms: the
portal's two div.source spans, the Sing Tao and 頭條 figcaptions, the 晴報
<B> subheads and credit lines, the 中時 <h2> subtitle and its two
figcaptions, the 壹蘋 figcaption, the report's paraBold / figTitle lines.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 15 [--check]
"""

from __future__ import annotations

_HOTLINE = "(法制周报新闻热线:0731-84802117)"

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-telecom-handset-procurement-2011": {
        # A 每日经济新闻 story carried by a procurement portal: <h1> title (1);
        # the portal's two div.source spans (3-4) page chrome, furniture; the
        # 发布时间 value is `time` as written, the 发布人 value names the
        # outlet the piece comes from (as the Sina posts' kept `author:`):
        # `source` 「每日经济新闻」. Short lines standing alone over body
        # paragraphs are the paper's subheads (rule 4), level 1; 「重点公司」
        # (40) is the paper's column label over the four company pieces
        # that follow it at once with no body of its own: each company
        # subhead (42, 52, 62, 70) nests one level below it. No byline.
        "title": 1,
        "headings": [
            (10, None, 1),
            (24, None, 1),
            (32, None, 1),
            (40, None, 1),
            (42, None, 2),
            (52, None, 2),
            (62, None, 2),
            (70, None, 2),
        ],
        "furniture": [[3, 4]],
        "document": {"source": "每日经济新闻", "time": "2011-06-27"},
    },
    "news-hk-hui-kam-shan-jury-retires-2018": {
        # A 頭條日報 court story: <h1> title (1); the <time> (3) furniture,
        # `time` as written; the figcaption with its credit 「資料圖片」 (5)
        # furniture; the closing 「法庭記者：劉曉曦」 credit (19) a byline:
        # furniture, `reporter` the name alone. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [19, 19]],
        "document": {"reporter": "劉曉曦", "time": "2018-09-19 11:05"},
    },
    "news-tw-low-price-5g-phones-2024": {
        # A 中時新聞網 page of a 工商時報 story: <h1> title (1), the <h2> deck
        # (3) the subtitle; the time (5), the div.source 「工商時報」 (7) and
        # the div.author 「侯冠州、張珈睿」 (9) furniture, giving `time` as
        # written, `source` and `reporter` (as written, both names, as
        # 「郭建伸、林巧璉」 in earlier gold); the two figcaptions (11, with its
        # credit 「圖／新華社」, and the chart's caption 13) furniture. No
        # headings.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [[5, 5], [7, 7], [9, 9], [11, 11], [13, 13]],
        "document": {
            "source": "工商時報",
            "reporter": "侯冠州、張珈睿",
            "time": "04:10 2024/08/20",
        },
    },
    "report-cn-yangtze-delta-evaluation-results": {
        # Chapter 三 of a research report, the chapter page alone (as batch
        # 14's chapter 四 and outline_check2's chapters): the chapterTitle
        # line (1) is the title; its （一）–（三） lines standing alone over
        # body are the one tier directly under it, level 1 (Levels: 「where a
        # document uses （一） directly under the title, （一） is 1」); the 1.–
        # 5. (1.–3., 1.–5., 1.–4.) lines standing alone over body under each
        # are level 2, every sibling a headline (rule 1). The 图6–图13 figure
        # titles on lines of their own are the report's own figure titles,
        # like table titles: neither headings (rule 5) nor furniture. No
        # fields.
        "title": 1,
        "headings": [
            (3, None, 1),
            (5, None, 2),
            (9, None, 2),
            (15, None, 2),
            (21, None, 1),
            (25, None, 2),
            (31, None, 2),
            (37, None, 2),
            (43, None, 2),
            (49, None, 2),
            (55, None, 1),
            (61, None, 2),
            (65, None, 2),
            (69, None, 2),
            (73, None, 2),
        ],
        "furniture": [],
        "document": {},
    },
    # Development part.
    "gw-sh-inland-navigable-waters-2022": {
        # A municipal commission's 通知 from the Shanghai repository: banner
        # (1) furniture, the Markdown title (2) the only title line. No 文号
        # in the text (沪交港〔2022〕222号 is only in the dropped front
        # matter): no `number`. The 主送 「各有关单位」 opens line 3
        # (`addressees`, without the ：), the body runs on to 「特此通知。」;
        # the trailing 附件说明 (4) with no annex text after it is
        # `attachments`, a header element, not a section (rule 7); the date
        # (5, in Chinese numerals) stands without a 署名: no `signatory`.
        # `issuer` as the title writes it (batches 13 and 14). No headings.
        "title": 2,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "各有关单位",
            "date": "二○二二年五月十五日",
            "attachments": "附件：上海市内河通航水域范围",
        },
    },
    "gw-sh-jingan-heritage-developer-selection-2022": {
        # A district government's 批转 notice: banner (1) furniture, the
        # Markdown title (2) the title; 主送 (3, without the ：), the one
        # paragraph (4), 署名 (5) and date (6). No 文号 in the text (静府发
        # 〔2022〕3号 is only in the dropped front matter): no `number`; no
        # 附件说明. The 实施意见 printed after the notice is the annex (rule
        # 7): a level-1 section headed by its own title (7), its 一、–九、
        # stand-alone labels one level below (2). The three lead phrases
        # under 九、 (27-29, 「领导重视，…」) open body sentences: body.
        "title": 2,
        "headings": [(7, None, 1)] + [(n, None, 2) for n in (9, 11, 13, 16, 18, 20, 22, 24, 26)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市静安区人民政府",
            "addressees": "区政府各委、办、局，各街道办事处、彭浦镇政府",
            "signatory": "上海市静安区人民政府",
            "date": "2022年3月8日",
        },
    },
    "news-cn-otis-tianjin-orders-2011": {
        # A 广州日报 story carried by the procurement portal: title (1); the
        # div.source spans (3-4) furniture, `time` as written and `source`
        # the 发布人's outlet 「广州日报」. The short lines standing alone over
        # body paragraphs are the paper's subheads, level 1 (rule 4): the
        # deck-like 6 (a <P> of the story, before the lead, alike in form to
        # the others) and 12, 22, 28, 38, 42, 54; nothing in the text nests
        # 42 under 38. The byline 「文/图 本报特派记者刘新宇 天津报道」 closing
        # the lead paragraph (10) is furniture run into the line (as batch
        # 14's 「本報港聞部報道」); `reporter` the name alone.
        "title": 1,
        "headings": [(n, None, 1) for n in (6, 12, 22, 28, 38, 42, 54)],
        "furniture": [[3, 4], [10, 10]],
        "furniture_text": ["文/图 本报特派记者刘新宇 天津报道"],
        "document": {"source": "广州日报", "reporter": "刘新宇", "time": "2011-07-18"},
    },
    "news-cn-xiangxi-hospital-bribery-2011": {
        # A 法制周报 story carried by the portal: title (1); div.source spans
        # (3-4) furniture, `time` as written, `source` 「法制周报」. Subheads
        # 12, 32, 56, 84 level 1 (rule 4). The paper's hotline notice
        # 「(法制周报新闻热线:0731-84802117)」, dropped mid-paragraph five
        # times by the paper's site (8, 20, 44, 62, 78; it breaks the
        # sentences it sits between), is not the author's text: furniture
        # inside those lines (like the Sina 报料热线 tail). No byline.
        "title": 1,
        "headings": [(n, None, 1) for n in (12, 32, 56, 84)],
        "furniture": [[3, 4], [8, 8], [20, 20], [44, 44], [62, 62], [78, 78]],
        "furniture_text": [_HOTLINE],
        "document": {"source": "法制周报", "time": "2011-07-19"},
    },
    "news-hk-fanling-highway-fatal-crash-2018": {
        # A 星島日報 realtime story: <h1> title with its column tag (1); the
        # date div 「2018-09-19 15:13 香港」 (3) furniture, `time` the date and
        # hour as written (「香港」 is the section label, no field, as batch
        # 14's 「港聞」); the three figcaptions (5 before the story, 13 and 15
        # after it) furniture. No headings, no byline.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [13, 13], [15, 15]],
        "document": {"time": "2018-09-19 15:13"},
    },
    "news-hk-waste-charge-concerns-2019": {
        # A 晴報 story: <h1> title (1); the publish-time div (3) furniture,
        # `time` as written; the three <B> subheads (9, 15, 21) level 1
        # (rule 4); the four credit lines (25-31: 記者, 編輯, 美術, 攝影)
        # furniture, `reporter` and `editor` the names; the inline image's
        # ▲ caption (33) furniture. No dateline.
        "title": 1,
        "headings": [(9, None, 1), (15, None, 1), (21, None, 1)],
        "furniture": [[3, 3], [25, 31], [33, 33]],
        "document": {"reporter": "脫芷晴", "editor": "梁偉澄", "time": "2019/04/24"},
    },
    "news-tw-lenovo-ai-laptops-ifa-2024": {
        # A 三立新聞網 story: <h1> title (1); the <time> (3) furniture, `time`
        # as written; the byline 「記者葉韋辰／台北報導」 (5) furniture,
        # `reporter` the name; the two ▲ captions with their credits (7, 13)
        # furniture. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [7, 7], [13, 13]],
        "document": {"reporter": "葉韋辰", "time": "2024/09/07 13:36:00"},
    },
    "news-tw-owlting-stellar-investment-2024": {
        # A 壹蘋新聞網 story: <h1> title (1); the time/outlet/author div (3)
        # furniture, giving `time` (the date and hour as written), `source`
        # (the outlet as written, the page's stray space kept) and `reporter`;
        # the blockquote lead (5) opens with 「【記者呂承哲／台北報導】」, the
        # lead's own byline-and-dateline: body (as 「【南市博通報】」); the
        # figcaption (7, cut off mid-sentence) furniture. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [7, 7]],
        "document": {"source": "壹 蘋新聞網", "reporter": "呂承哲", "time": "2024/08/12 02:47"},
    },
}
