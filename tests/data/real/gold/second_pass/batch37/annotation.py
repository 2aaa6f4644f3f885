"""The independent second annotator's batch-37 outlines, as line-based annotation.

Made like batches 3 and 5 to 36 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (9e934787, batch 37's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-37 gold outline, spec or batch-37
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (for the held-out four:
the 眾新聞 report's Markdown — `###` lines, <figcaption>s, video shortcodes; the 頭份 candidate
page's Markdown — `#` lines and collapsible buttons; the 清华 paper's Markdown).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 37 [--check]
"""

from __future__ import annotations


def _levels(level: int, *lines: int) -> list[tuple[int, None, int]]:
    """Whole-line headings at `level` on `lines`."""
    return [(n, None, level) for n in lines]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-three-governments-mask-publicity-2020": {
        # A 眾新聞 report (眾聞), as batch 35's: the `#` title (1) with its
        # U+3000. The `###` 第一關–第四關 (6, 12, 24, 28) level 1. Every
        # <figcaption> is furniture (4 「三地政府應對「口罩荒」的做法能否安民心？」
        # under the lead image, 8, 10, 16, 18, 21, 27, 30 with their
        # 「Facebook」 / 「網頁截圖」 credits); the Hugo video shortcodes (22-23,
        # 32) are machine markers, furniture, joined with the caption before
        # them (21-23) and the subscription footer after (32-34).
        # 「台灣疾管署的影片：」 (31), a plain line introducing the one video, is
        # body (flagged: rule 4's label closed by ： is the other reading, a
        # level-2 headline under 第四關). The byline is only in the dropped
        # front matter: no fields.
        "title": 1,
        "headings": _levels(1, 6, 12, 24, 28),
        "furniture": [[4, 4], [8, 8], [10, 10], [16, 16], [18, 18], [21, 23], [27, 27], [30, 30], [32, 34]],
        "document": {},
    },
    "press-tw-tainan-livestock-food-safety-four-checks-2019": {
        # A 臺南市政府 release, as batch 35's 環保局 one: title (1); the unit
        # (2) and the date (3) under it are the release's header lines,
        # `source` and `time` (body). The 第1層–第4層關卡 run on inside
        # paragraphs: body. The 新聞連絡人 / 連絡電話 lines (8-9) body. No headings,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "臺南市動物防疫保護處動物公共衛生組", "time": "2019-03-06"},
    },
    "report-cn-tsinghua-sci-tech-power-2050-paper-2017": {
        # A 中国科学院院刊 paper converted from PDF (Markdown), cut in its first
        # part. `#` title (1). The first page's footnotes (2-4: 资助项目,
        # 通讯作者, 修改稿收到日期), the authors (5, set `#` by the converter) and
        # their affiliations (6-8) are the paper's own front matter: body
        # (flagged: the whole 2-8 block as furniture — the journal's page
        # furniture and a byline — is the other reading). 摘要 (9) and 关键词
        # (10) run into their text: body. 「12050年中国现代化目标：…」 (13, section
        # 1 with its number fused to 2050) level 1; the two methods
        # 「（1）世界银行绝对标准。」 (16) and 「（2）美国人均GDP相对标准。」 (17) each open
        # with a headline: run-in headings, level 2 (flagged: a list of two
        # methods is the other reading). The table title (18) and rows
        # (19-22) body; 「中等发达国家。」 (23) is 17's sentence resumed after the
        # table: body. No fields, no furniture.
        "title": 1,
        "headings": [(13, None, 1), (16, "。", 2), (17, "。", 2)],
        "furniture": [],
        "document": {},
    },
    "report-tw-toufen-councillor-candidate-platform-2018": {
        # A candidate's Jekyll page whose front matter the app keeps on line
        # 1: the title is the `title:` value 「苗栗縣議員參選人 6 號黎煥強」; the
        # rest of line 1 (keys, date, description, layout) and the page's CSS
        # (2-10) furniture, one range. The `#` lines 我重視開放透明 (11),
        # 我以民眾小額捐款參選 (14), 我的政見 (18), 競選總部 (39) level 1; under 我的政見
        # the six collapsible buttons (20 提升行人路權, 23, 26, 29, 32, 35)
        # level 2. The Liquid {% raw %} / {% endraw %} markers (19, 38) and
        # the script block (41-45) furniture. No fields (not news).
        "title": 1,
        "title_strip": (
            "title: ",
            'date: 2018-11-01 00:33:14 contentonly: true description: '
            '"苗栗縣議員參選人 6 號黎煥強，踏實前進的青年值得您的支持" layout: "index"',
        ),
        "headings": sorted(
            _levels(1, 11, 14, 18, 39) + _levels(2, 20, 23, 26, 29, 32, 35), key=lambda h: h[0]
        ),
        "furniture": [[1, 10], [19, 19], [38, 38], [41, 45]],
        "furniture_text": [
            "title: ",
            'date: 2018-11-01 00:33:14 contentonly: true description: '
            '"苗栗縣議員參選人 6 號黎煥強，踏實前進的青年值得您的支持" layout: "index"',
        ],
        "document": {},
    },
}
