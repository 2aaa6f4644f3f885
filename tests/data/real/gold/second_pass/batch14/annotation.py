"""The independent second annotator's batch-14 outlines, as line-based annotation.

Made like batches 3 and 5 to 13 (see ../batch13/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-14 gold files held only their text
at the commit this pass started from, 00f874f3, "batch 14 texts"), and this
annotation was written and committed before any batch-14 gold outline, spec
or batch-14 note on the gold was read, without running the app's outline,
title, header or furniture code (nor `analyze` or any scorer). The held-out
four were annotated and committed first. Headings are (line, cut, level):
the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; ("inline", words) is a heading
found inside a longer line (a scrape that ran the document's lines
together). Furniture is 1-based inclusive line ranges (and, for furniture
inside a longer line, "furniture_text", the exact strings). The writer only
slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself (the Markdown
of the plan and of the Shanghai notices) or its source (not the gold) was
read: the Xing'an story's page with the library's read_file (its first line
is a plain <p> with no image: body, not a caption); MANIFEST.md's batch-14
source table (written with the texts, before any gold) for the forms of the
pages (the Sing Tao carousel caption, the Sing Pao run-in subheads as <p>s
of their own, the portal's div.source spans).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 14 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple]:
    """Headings found inside one scraped line, in reading order."""
    return [(line, ("inline", w), level) for w in words]


_QIBAO_STEPS = ("1.适用范围", "2.申报主体", "3.操作流程")

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-baoshan-shore-power-handover-2023": {
        # A municipal commission's 通知 from the Shanghai repository with its
        # title repeated (as batch 13's 大芦线 notice): the banner (1) and the
        # repository's Markdown title (2) are furniture, the page's own title
        # (3, three lines in the source, one in the text) is the title. No
        # 文号 in the text (front matter only): no `number`. The body is one
        # line (4): the 主送 of four bodies opens it (`addressees`, without
        # the ：), its 一、…五、 are provisions with no headline lead, run
        # into the line (a list, rule 3). `signatory` (5) and `date` (6);
        # `issuer` the title's. The form after the date is the annex (rule 7):
        # a level-1 section headed by its own title 「岸电使用交接单」, found in
        # line 7 without the fused 「附件」 label and the form's 日期/No cells
        # (as batch 13's connected-vehicle annex); the form's rows (8-14,
        # their labels run into their cells) are the table's body. No
        # 附件说明 line in the body: no `attachments`.
        "title": 3,
        "headings": _inline(7, 1, "岸电使用交接单"),
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "上海海事局、宝山区交通委员会，上海市交通委员会执法总队、上海市港航事业发展中心，各相关港口经营人、相关船舶企业",
            "signatory": "上海市交通委员会",
            "date": "2023年7月12日",
        },
    },
    "news-cn-xingan-key-projects-2011": {
        # A news story carried by a procurement portal: <h1> title (1), the
        # portal's two div.source spans (3-4, 「发布时间：…」, 「发布人：-」)
        # page chrome, furniture; the 发布时间 value is the page's date of the
        # piece, `time` as written (as the Sina posts' kept `date:`). Line 6
        # is a plain <p> in the source, no image near it: body (rule 4's
        # last sentence: the markup decides a caption). No byline, no
        # dateline, no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-04-25"},
    },
    "news-hk-tuen-mun-platform-settlement-2018": {
        # A 成報 story: headline (1); the site's date cell (3) furniture, its
        # value `time`. The two short lines 9 and 15 over body paragraphs are
        # the paper's subheads (<p>s of their own): level 1 (rule 4). The
        # desk credit 「本報港聞部報道」 closing the lead paragraph (5) is a
        # byline run into the line: furniture. It names a desk, not a
        # reporter, and 「本報」 no outlet: no `reporter`, no `source` (as
        # batch 13's 「綜合外電報導」 gave no reporter).
        "title": 1,
        "headings": [(9, None, 1), (15, None, 1)],
        "furniture": [[3, 3], [5, 5]],
        "furniture_text": ["本報港聞部報道"],
        "document": {"time": "2018-08-02"},
    },
    "report-cn-yangtze-delta-quality-features": {
        # Chapter 四 of a research report, the chapter page alone (as
        # outline_check2's white-paper and annual-report chapters, whose
        # chapter title is the title): the chapterTitle line (1) is the
        # title; its three （一）–（三） lines standing alone over body are the
        # one tier directly under it: level 1 (Levels: 「where a document uses
        # （一） directly under the title, （一） is 1」). The ①–⑤ labels inside
        # the (二) paragraph are body. No furniture, no fields.
        "title": 1,
        "headings": [(5, None, 1), (9, None, 1), (13, None, 1)],
        "furniture": [],
        "document": {},
    },
}
