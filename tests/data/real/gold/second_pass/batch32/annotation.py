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
        # stand-alone form (batch 25: "a 「——」 line standing alone is a
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
}
