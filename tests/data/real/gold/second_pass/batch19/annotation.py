"""The independent second annotator's batch-19 outlines, as line-based annotation.

Made like batches 3 and 5 to 18 (see ../batch18/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-19 gold files held only their text
at the commit this pass started from, 5c8e51d6, "Corpus batch 19 texts"),
the four held-out documents first (their part committed before any dev
document was printed), and this annotation was written and committed before
any batch-19 gold outline, spec or batch-19 note on the gold was read,
without running the app's outline, title, header or furniture code (nor
`analyze` or any scorer). Headings are (line, cut, level): the heading is
the stripped line up to and including the first `cut` (a run-in heading,
rule 2), or the whole line; a tuple of lines is one heading wrapped over
several lines; ("inline", words) is a heading found inside a longer line.
Furniture is 1-based inclusive line ranges; `furniture_text` lists the
exact strings where a furniture range is only part of a line. The writer
only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' `<strong>` runs or their absence) and, for the 金叶 pages,
whose files keep no markup, the repository pages (`news_3.php`,
`news_4.php`) through the library's `read_file`: which `<p>`s stand under
an `<img>` and whether they are captions; MANIFEST.md's batch-19 source
table (written with the texts, before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 19 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-chinasoft-huawei-afc-seminar-2017": {
        # The bank demo's static page again (batch 18's 南宁 item: the
        # title, date and news <font>s): title (1); the bare date line (3)
        # is the carrying page's field, furniture, giving `time` as written.
        # No byline, no dateline (the lead opens 「近日，美丽的蓉城…」). No
        # stand-alone lines: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"time": "2017-05-10"},
    },
    "news-cn-jinye-party-committee-commendation-2020": {
        # The 金叶 company-site template (<h3> and <p>s; batch 18's form):
        # title (1), the space inside 「…中国共产党 成立99周年…」 kept as
        # written. The page's four <img>s stand above or below full body
        # paragraphs (news_3.php: no short <p>, no centred <p> under an
        # image): no captions. The bracketed byline 「（文/严夏蕾  集团党办）」
        # closing the last paragraph (11) is furniture inline (as batch 18's
        # 明德 「（文/任伟  明德学院）」) and gives `reporter` 「严夏蕾」; 集团党办 is
        # the writer's unit, not an outlet: no `source`. 「7月1日，…」 is a
        # sentence of the story, not a dateline; no date on the page. No
        # headings.
        "title": 1,
        "headings": [],
        "furniture": [[11, 11]],
        "furniture_text": ["（文/严夏蕾  集团党办）"],
        "document": {"reporter": "严夏蕾"},
    },
    "press-mo-lusophone-rectors-forum-2026": {
        # A GCS release (教育及青年發展局): <h1> title (1; the feed's double
        # space is one space in the app's text, as batch 17's Macau titles);
        # five plain justified <p>s, no <strong>, no caption, no sign-off;
        # the closing list of universities with 「（排名不分先後）」 is body.
        # No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-henan-2026": {
        # A provincial work report on the library mirror (as 山东, 安徽, 湖南):
        # the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10), occasion line with its —— the subtitle
        # (11); the speaker line (14) `speaker` as written, not furniture;
        # `occasion` and `date` from the subtitle. 一、 (17) level 1. Its
        # five-year review opens with 「过去的五年极不寻常。…」 (18) and six
        # paragraphs whose unnumbered leads (「综合实力稳步提升。」 … 「民生福祉
        # 不断增进。」, 19-24) run on: body (rule 5, as batch 12's
        # 「先进制造业骨干作用增强。」). 「刚刚过去的2025年很不平凡。…」 (25) is
        # body; the 2025 review's （一）–（五） (26-30) open their paragraphs
        # with a headline closed by 。 (「（一）千方百计稳就业稳企业稳市场稳预期。」 …):
        # run-in headings, level 2, cut at the first 。 (rule 2).
        # 「一年来，我们全面正确履行政府职能…」 (31) and the closing paragraphs
        # (32-33) are body. The file is cut before 二、.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, "。", 2) for n in range(26, 31)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "河南省人民政府省长 王凯",
            "occasion": "河南省第十四届人民代表大会第四次会议",
            "date": "2026年1月26日",
        },
    },
}
