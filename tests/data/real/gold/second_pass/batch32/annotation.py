"""The independent second annotator's batch-32 outlines, as line-based annotation.

Made like batches 3 and 5 to 31 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (5b7542d2, "Corpus batch 32
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-32 gold outline, spec or batch-32
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
gov.cn big5 Markdown: the three 「——…。」 lines are paragraphs of their own;
the 新华网 Markdown: the image's alt text, the bold 来源/发布时间/责任编辑
labels; the 柳河 and 好大夫 HTML: a centred title `<p>`, plain paragraphs, the
speaker lines as `<span>`s of their own); docs/gold-outline.md for the
portal-field, dateline and caption precedents.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 32 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-moh-surgery-rules-draft-big5-2009": {
        # A 中国政府网 big5 page of a 新華社 report: title the `#` headline
        # (1). The portal line 「中央政府門戶網站　www.gov.cn　　 2009年06月16日
        # 　　 來源：新華社」 (2) and 【字體：大 中 小】 (3) are page chrome, one
        # range, giving `time` (the page's date as written) and `source`
        # 新華社 (which the dateline names too). The dateline
        # 「新華社北京6月16日電（記者周婷玉）」 opens the lead: body, giving
        # `reporter` 周婷玉 (batch 24's parenthesised byline). The three
        # 「——…。」 lines (5, 9, 12) are paragraphs of their own, each followed
        # by the body paragraphs that develop it: Xinhua's subheads, rule 4's
        # stand-alone form (batch 8: "a 「——」 line standing alone is a
        # headline while a 「——…。」 lead that runs on is body; the line form
        # decides"), level 1, whole lines. The 相關鏈結 block (16-21) and the
        # 責任編輯 line (22) are news furniture, one range; `editor` 劉艷丹.
        "title": 1,
        "headings": [(5, None, 1), (9, None, 1), (12, None, 1)],
        "furniture": [[2, 3], [16, 22]],
        "document": {
            "source": "新華社",
            "time": "2009年06月16日",
            "reporter": "周婷玉",
            "editor": "劉艷丹",
        },
    },
    "news-cn-xinhua-us-transgender-service-ban-2017": {
        # A 新华网 photo item (组图): title the `#` headline (1); the bold
        # 「来源： 新华网」 / 「发布时间： …」 lines (2-3) are the carrying site's
        # fields: one furniture range giving `source` and `time` as written.
        # The image's alt text (4: the Chinese caption, 「_」 and the Getty
        # English caption with its photo credit) is a photo caption:
        # furniture. Line 5 is the item's text; its closing
        # 「（图片来源：视觉中国）」 is a photo credit: inline furniture. The
        # 「责任编辑： 何险峰」 line (6) furniture, `editor`. No headings.
        # Four ranges: the fields (2-3), the caption (4), the credit inside
        # 5 (only its 「（图片来源：视觉中国）」), the editor line (6).
        "title": 1,
        "headings": [],
        "furniture": [[2, 3], [4, 4], [5, 5], [6, 6]],
        "furniture_text": ["（图片来源：视觉中国）"],
        "document": {"source": "新华网", "time": "2017-07-27 08:32", "editor": "何险峰"},
    },
    "report-cn-liuhe-government-service-system-2021": {
        # A 柳河县 mini-program page: the centred `<p>` 「政务服务体系」 (1) is
        # the title; three plain paragraphs. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "report-cn-renji-kidney-tumour-doctor-qa-2010": {
        # A 好大夫网 doctor-patient thread reposted on a PHP page: title the
        # bold centred line (1). The turns 「患者：…」 and the doctor's name
        # line 「上海仁济医院泌尿科陈勇辉：」 (alone on 3, 9, 17; run on 15, 20)
        # name who speaks: not headings (batch 31's 立法院 record); the
        # patient's 1，2，3， questions run inside their paragraphs: body. The
        # closing 「来源：好大夫网」 / 「链接：…」 (21-22) are the repost credit
        # (as 「（本文由「工商時報」授權轉載）」): furniture, giving `source`
        # 好大夫网.
        "title": 1,
        "headings": [],
        "furniture": [[21, 22]],
        "document": {"source": "好大夫网"},
    },
    # Development part.
    "news-cn-dingnan-livelihood-projects-2015": {
        # A 江西日报 feature reposted on a PHP page (via 新华网): the bold
        # headline (1) is the title; the byline 「郭华平 黄晓平 本报记者 鄢朝晖」
        # (2) is furniture, `reporter` the 本报记者 鄢朝晖 (the two names
        # before the label are the paper's correspondents, batch 24's
        # 通讯员 reading). The three short lines standing alone over their
        # paragraphs (4, 8, 11) are the feature's subheads: level 1 (rule
        # 4). The repost's 时间 / 来源 / 链接 lines (14-16) are one furniture
        # range (the portal-field form), giving `time` and `source` as
        # written.
        "title": 1,
        "headings": [(4, None, 1), (8, None, 1), (11, None, 1)],
        "furniture": [[2, 2], [14, 16]],
        "document": {
            "source": "江西日报",
            "time": "2015年12月13日 04:16:45",
            "reporter": "鄢朝晖",
        },
    },
    "news-cn-sysu-organ-donation-lecture-2014": {
        # A 家庭医生在线 report reposted on a PHP page: the bold centred
        # headline (1) is the title; the lead (2, 「014年…」 as served) body.
        # Each of the four images is followed by its caption naming the person
        # or scene (3, 6, 9, 12: furniture, one range each) and then by a
        # subhead heading the next paragraph (4, 7, 10, 13: level 1, rule 4;
        # 12 「来自香港的器官捐献专家分享经验」 stands in the caption's place
        # under the fourth image, so it is its caption, and 13 the subhead).
        # The 来源 / 日期 / 链接 lines (15-17) one furniture range giving
        # `source` and `time`.
        "title": 1,
        "headings": [(4, None, 1), (7, None, 1), (10, None, 1), (13, None, 1)],
        "furniture": [[3, 3], [6, 6], [9, 9], [12, 12], [15, 17]],
        "document": {"source": "家庭医生在线", "time": "2014年03月19日"},
    },
    "news-cn-xwlb-congress-delegates-20221020": {
        # A 新闻联播 day file of DuckBurnIncense/xin-wen-lian-bo, cut after
        # three items: the `#` programme line (1) is the title. The file's
        # two `##` parts 「新闻摘要」 (2) and 「详细新闻」 (28) are level 1 (rule
        # 4's Markdown subheads, as batch 27's `##` 摘要 and the directory
        # page's 总目, the head of a table of contents). 「本期节目主要内容：」 (3)
        # is a label alone over the programme's list (rule 4, as
        # 「重點活動一覽：」): level 2 under 新闻摘要. The numbered summary lines
        # (4-27, with their wrapped halves and 快讯 sub-items) are a table of
        # contents: a list, body, and so is the closing programme stamp on 27.
        # Each `###` item headline (29, 32, 35) is level 2 under 详细新闻;
        # every 「查看原文」 link text (31, 34, 37) is furniture, as the
        # 「查看视频 ↗」 lines of the earlier digests. The 「&nbsp;」 ending 30 is
        # an undecoded entity: body (batch 8's reading). No fields (each
        # 「央视网消息（新闻联播）：」 is its item's).
        "title": 1,
        "headings": [
            (2, None, 1),
            (3, None, 2),
            (28, None, 1),
            (29, None, 2),
            (36, None, 2),
            (41, None, 2),
        ],
        "furniture": [[35, 35], [40, 40], [44, 44]],
        "document": {},
    },
    "news-cn-xwlb-riyadh-arrival-20221208": {
        # As the 20221020 day file: title (1), 新闻摘要 (2) and 详细新闻 (22)
        # level 1, 「本期节目主要内容：」 (3) level 2, the summary list body,
        # the one `###` item (23) level 2 (the file is cut inside its text,
        # 24), 「查看原文」 (25) furniture.
        "title": 1,
        "headings": [(2, None, 1), (3, None, 2), (22, None, 1), (23, None, 2)],
        "furniture": [[30, 30]],
        "document": {},
    },
    "news-cn-xwlb-tanzania-state-visit-20221103": {
        # As the 20221020 day file: title (1), 新闻摘要 (2) and 详细新闻 (35)
        # level 1, 「本期节目主要内容：」 (3) level 2, the summary list (with
        # its wrapped lines 11-12, 20-21, 29-32) body; the five `###` items
        # (36, 39, 41, 44, 47) level 2, 39 without text in the file; the five
        # 「查看原文」 (38, 40, 43, 46, 49) furniture.
        "title": 1,
        "headings": [
            (2, None, 1),
            (3, None, 2),
            (35, None, 1),
            (36, None, 2),
            (46, None, 2),
            (48, None, 2),
            (52, None, 2),
            (56, None, 2),
        ],
        "furniture": [[45, 45], [47, 47], [51, 51], [55, 55], [62, 62]],
        "document": {},
    },
    "report-cn-gongyi-court-trial-reference-page-2025": {
        # A court site's section page saved as Markdown: the `#` line is the
        # page's <title>; the title is 「审判参阅」, the site's name after
        # 「 - 」 inline furniture (as batch 30's 「- 国际频道」 and batch 22's
        # 「| 證券 | 中央社 CNA」). The site's date display (2), the banner
        # image's alt 「标题」 (3), the sidebar menu with its `##` head
        # 「审判参阅」 and the six category links (4-10) and the image alt
        # 「新闻发言人」 (11) are page chrome: one range with the title line's
        # tag. The `###` 「经验交流」 (12) heads the page's own content, the
        # list of 30 article links with dates (13-42): level 1, the list body
        # (rule 3). The footer (来源, 访客, Copyright, ICP and 公安 numbers,
        # 43-47) is page chrome. No fields (the page's date line is today's
        # date on the site, not the page's).
        "title": 1,
        "title_strip": ["", " - 河南省巩义市人民法院"],
        "headings": [(12, None, 1)],
        "furniture": [[1, 11], [43, 47]],
        "furniture_text": [" - 河南省巩义市人民法院"],
        "document": {},
    },
    "report-cn-liuhe-sanyuanpu-town-profile-2021": {
        # A 柳河县 mini-program town profile: title (1); 一、–四、 (2, 4, 13,
        # 18) level 1; the 1.–4. under 二、 and 1.–2. under 三、 (5, 7, 9, 11,
        # 14, 16) each stand alone over their paragraph: level 2. No
        # furniture, no fields.
        "title": 1,
        "headings": [
            (2, None, 1),
            (4, None, 1),
            (5, None, 2),
            (7, None, 2),
            (9, None, 2),
            (11, None, 2),
            (13, None, 1),
            (14, None, 2),
            (16, None, 2),
            (18, None, 1),
        ],
        "furniture": [],
        "document": {},
    },
    "report-cn-liuhe-specialty-agriculture-2021": {
        # A 柳河县 mini-program sector report, cut after part 一、: title (1),
        # an intro paragraph (2); 一、稻米产业 (3) level 1; （一） (4) and
        # （二） (7) level 2; the four company names 1.–4. (8, 10, 12, 14),
        # each over its paragraph, level 3. No furniture, no fields.
        "title": 1,
        "headings": [
            (3, None, 1),
            (4, None, 2),
            (7, None, 2),
            (8, None, 3),
            (10, None, 3),
            (12, None, 3),
            (14, None, 3),
        ],
        "furniture": [],
        "document": {},
    },
}
