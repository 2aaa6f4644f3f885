"""The independent second annotator's batch-62 outlines, as line-based annotation.

Made like batches 3 and 5 to 61 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (f49cd80d, "Corpus batch 62 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-62 gold outline, spec or batch-62 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
澎湃号 clip's Markdown: no headline anywhere in it); the rule book
(docs/gold-outline.md) and dev documents of earlier batches (through
tests/data/real/devcorpus.py --upto 59 and the dev entries of earlier passes)
for the forms read before (batch 49's 平潭县 2020 and batch 57's 2018 work
reports, batch 40's 江西 实施意见 and its 「相关解读：」 lines, batches 51 and
53's web-clipper pages).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 62 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple[int, tuple[str, str], int]]:
    """Headings found inside the one long `line`, at `level`."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-jx-provincial-government-national-development-zones-reform-opinions-2020": {
        # A 江西省人民政府 意见 as a portal page text (batch 40's 江西 实施意见's
        # form): title (1) above the 主送机关 (2), `addressees` without its ：.
        # No 文号 and no 署名 in the text: `issuer` the body the title names.
        # 一、–五、 (4, 10, 15, 19, 23) stand alone: level 1. The twenty
        # （一）–（二十） each open with a headline closed by 。
        # (「（一）优化机构设置和职能配置。」, 「（十八）加强用气、用电生产要素保障。」):
        # run-in headings cut at the first 。 (rule 2), level 2. The closing
        # paragraph (29) body; the date (30) `date`; 「（此件主动公开）」 (31)
        # `note`. 「相关解读：解读《…》」 (32) the portal's related-link line,
        # furniture (batch 40's 「相关解读：」).
        "title": 1,
        "headings": [
            (4, None, 1),
            *[(n, "。", 2) for n in range(5, 10)],
            (10, None, 1),
            *[(n, "。", 2) for n in range(11, 15)],
            (15, None, 1),
            *[(n, "。", 2) for n in range(16, 19)],
            (19, None, 1),
            *[(n, "。", 2) for n in range(20, 23)],
            (23, None, 1),
            *[(n, "。", 2) for n in range(24, 29)],
        ],
        "furniture": [[32, 32]],
        "document": {
            "issuer": "江西省人民政府",
            "addressees": "各市、县（区）人民政府，省政府各部门",
            "date": "2020年3月6日",
            "note": "（此件主动公开）",
        },
    },
    "news-cn-thepaper-beijing-ip-court-museum-day-party-activity-2022": {
        # A web-clipper Markdown of a 澎湃号 page (batches 51 and 53's
        # NewtNorlly form): the clipper's 网址 front matter is dropped, its two
        # <center> rule lines (1-2) furniture. The clip keeps no headline (the
        # Markdown file was read: none anywhere): title null. The page's time
        # (3), place tag 「北京」 (4) and 「来源：澎湃新闻·澎湃号·政务」 (5) are the
        # page's metadata lines, one furniture range with the rules, giving
        # `time` as written and `source` the 来源 value as written (flagged:
        # the channel suffix kept; 「澎湃新闻」 alone is the other reading). The
        # 一是/二是/三是 leads (10-12) body (rule 5); no subhead, no byline
        # (the quoted 法官助理 are people in the story). The 「特别声明」 and
        # the platform's disclaimer (17-18) site footer: furniture.
        "title": None,
        "headings": [],
        "furniture": [[1, 5], [17, 18]],
        "document": {"time": "2022-05-26 14:27", "source": "澎湃新闻·澎湃号·政务"},
    },
    "wr-fj-pingtan-county-2019-work-report-review-part": {
        # The 平潭 政务公开 archive page of the 平潭县 report of 2019, in batch
        # 49's 2020 county report's form: header lines (1-8) and the 正文 rule
        # (9) furniture; in line 10 the breadcrumb with the page's copy of the
        # title, 时间 and share chrome furniture (`furniture_text`); the 标题
        # value the title (`title_inline`). The occasion 「——2019年1月8日在…上」
        # the subtitle (`subtitle_inline`), giving `occasion` and `date`; no
        # speaker named (「我代表平潭县人民政府」). 「一、2018年工作回顾」 (run into
        # 「2018年是…」) level 1. （一） and （二） open with two-clause headlines
        # run into the body with no punctuation (「（一）精准发力，七大攻坚成效凸显」 +
        # 「按照区党工委的精心部署，…」; 「（二）综合施策，经济发展态势良好」 +
        # 「坚持发展第一要务，…」): the headline alone, level 2, `inline` (batches
        # 49 and 57's readings of headlines whose line breaks the page lost;
        # rule 2's cut at the first 。 would take the whole first sentence).
        # 「一年来的主要工作和成效是：」 and the unnumbered 攻坚战 sentences body.
        # The part is cut inside （二）.
        "title": 1,
        "title_inline": "政府工作报告（2019）",
        "subtitle": 10,
        "subtitle_inline": "——2019年1月8日在平潭县第十七届人民代表大会第三次会议上",
        "headings": _inline(10, 1, "一、2018年工作回顾")
        + _inline(
            10,
            2,
            "（一）精准发力，七大攻坚成效凸显",
            "（二）综合施策，经济发展态势良好",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开政府工作报告 政府工作报告（2019） 时间：2019-01-08 15:13 微信 微博 QQ空间",
        ],
        "document": {
            "occasion": "平潭县第十七届人民代表大会第三次会议",
            "date": "2019年1月8日",
        },
    },
    # Development part.
}
