"""The independent second annotator's batch-57 outlines, as line-based annotation.

Made like batches 3 and 5 to 56 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (63e2031a, "Corpus batch 57 texts", where the gold
files held no headings yet), the three held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-57 gold outline, spec or batch-57 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
柳河 意见's HTML: centred <p> lines for the label, issuer and title lines); the
rule book's earlier readings for the forms read before (batch 42's 中央一号文件
date line, batch 44's 中办 规定 题注, the 平潭 page texts of batches 38, 47 and
49).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 57 [--check]
"""

from __future__ import annotations

# The 柳河 意见's 第X条 articles: (line, level) below its 一、 and (一) tiers.
_LIUHE_ARTICLES = [
    8,
    12,
    15,
    17,
    19,
    20,
    22,
    23,
    24,
    25,
    27,
    28,
    29,
    30,
    31,
    32,
    33,
    34,
    36,
    38,
    40,
    41,
    43,
    44,
    45,
    46,
]

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-jl-liuhe-key-industries-support-opinions-2023": {
        # A county 县委/县政府 实施意见 as a mini-program page: the first centred
        # line 「加快重点产业实施意见」 (1) is the page's own short label for the
        # article, not the document's title: furniture (flagged: it could be
        # read as the title, with 2-3 below it body). The title is the issuer
        # line 「中共柳河县委 柳河县人民政府」 (2) over 「关于…的实施意见」 (3), joined
        # (a 公文 title names its 发文机关 before 关于). 「(2023年2月8日)」 (4) is
        # the subtitle (like a 题注, batch 42's 中央一号文件 「（2018年1月2日）」 and
        # batch 47's 中办/国办 意见) and `date` as written inside the brackets;
        # `issuer` the two bodies the title names (a list, joint document).
        # 一、–五、 (7, 10, 37, 39, 42; 「二 、支持范围」 as written) level 1;
        # 二、's (一)–(六) (11, 16, 18, 21, 26, 35) level 2; every 第 N 条 opening
        # a line heads its article (rule 6), the marker alone as written with
        # its spaces (「第 1 0 条」), and, the 意见 having a middle tier, level 3
        # in every part (the Levels rule: articles level 3 in a regulation that
        # also has 节, in every chapter; flagged: read by nesting alone, the
        # articles directly under 一、, 三、, 四、 and 五、 would be level 2). The
        # second paragraph of 第1条 (9) and those of 第2条 (13-14) body.
        "title": (2, 3),
        "subtitle": 4,
        "headings": [
            (7, None, 1),
            (10, None, 1),
            (11, None, 2),
            (16, None, 2),
            (18, None, 2),
            (21, None, 2),
            (26, None, 2),
            (35, None, 2),
            (37, None, 1),
            (39, None, 1),
            (42, None, 1),
        ],
        "furniture": [[1, 1]],
        "document": {"issuer": ["中共柳河县委", "柳河县人民政府"], "date": "2023年2月8日"},
    },
    "news-cn-stdaily-popular-science-films-shanghai-conference-2026": {
        # A 人民网 finance-channel copy of a news piece: headline (1), nine
        # body paragraphs (2-10); no subhead, no dateline, byline, caption or
        # edition line in the text, so no furniture and no fields (the outlet
        # is named only by the source URL, not in the text). The blank last
        # line (11) left alone.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "stats-fj-pingtan-2017-statistical-bulletin-part": {
        # A 平潭 统计公报 page flattened to one line, without the archive's
        # header keys (batches 38, 47 and 49's 平潭 page texts): the breadcrumb
        # 「当前位置： 首页政务公开统计信息统计公报」 and the 「时间：… 微信 微博 QQ空间」
        # chrome after the title are furniture (the 「当前位置：…QQ空间」 run of
        # those batches; here the title has no 标题 key, so the bulletin's own
        # title inside the run is the title, `title_inline`, and only the chrome
        # on either side of it is furniture). The part's 一、–四、 run into the
        # line are inline level-1 headings, each its numbering and short
        # headline (「一、综 合 、核 算」 as written, before 「初步核算，…」;
        # 「三、工业、建筑业」 before the lead 「规模以上工业生产严重下滑。」). The
        # unnumbered lead sentences (「种植业生产呈现下降趋势。」, 「基础设施建设不断
        # 完善。」) are body (rule 5). A bulletin keeps no header fields (the
        # page's 时间 is chrome). The blank last line (2) left alone.
        "title": 1,
        "title_inline": "2017年平潭综合实验区国民经济和社会发展统计公报",
        "headings": [
            (1, ("inline", "一、综 合 、核 算"), 1),
            (1, ("inline", "二、农 业"), 1),
            (1, ("inline", "三、工业、建筑业"), 1),
            (1, ("inline", "四、固定资产投资"), 1),
        ],
        "furniture": [[1, 1]],
        "furniture_text": [
            "当前位置： 首页政务公开统计信息统计公报",
            "时间：2022-10-31 13:00 微信 微博 QQ空间",
        ],
        "document": {},
    },
}

# The articles, in line order among the parts and sections.
_liuhe = ANNOTATION["gw-jl-liuhe-key-industries-support-opinions-2023"]
_liuhe["headings"] = sorted(
    _liuhe["headings"] + [(n, "条", 3) for n in _LIUHE_ARTICLES], key=lambda h: h[0]
)
