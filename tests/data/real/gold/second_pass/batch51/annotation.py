"""The independent second annotator's batch-51 outlines, as line-based annotation.

Made like batches 3 and 5 to 48 (see ../batch48/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from, 318c538a, "Corpus
batch 51 texts", where the gold files held no headings yet), the three held-out
documents first (their part committed before any dev document was printed), and
this annotation was written and committed before any batch-51 gold outline, spec
or batch-51 note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only part
of a line. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
china-laws Markdown's `#` line and the title wrapped under it; the 央广网
clipper Markdown's front matter, `<center>` rules and the image before each
caption); the texts commit's message (written with the texts, before any
gold) for the records' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 51 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple[int, tuple[str, str], int]]:
    """Headings found inside the one long `line`, at `level`."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-hb-wetland-protection-decision-2024": {
        # A province 人大常委会 法规性决定 from whthomas/china-laws (batch 40's
        # form): the `#` line (1) is the repository's page heading, furniture;
        # the document's own title (2, the reader joined its two Markdown lines)
        # the title; the 题注 (3) the subtitle. 一、–十六、 (5, 6, 7, 13, 15-17,
        # 20, 25, 26, 28, 32, 33, 35, 36, 41): ten of sixteen (四、–十三、) open
        # with a headline closed by 。 (「四、湿地保护坚持规划先行。」, 「十一、加强
        # 湿地修复。」), so the tier is headings (rule 3's majority, unlike batch
        # 40's 宿迁 决定 whose provisions had none), level 1, each cut at its first
        # 。 (rule 2: the siblings without a headline, 一、–三、, 十四、–十六、, to
        # their first 。, the whole paragraph for 一、, 三、 and 十六、; flagged).
        # The unnumbered paragraphs under them are body. `issuer` the 题注's body,
        # `date` the 通过 date; 「本决定自公布之日起施行」 gives no `effective`.
        "title": 2,
        "subtitle": 3,
        "headings": [
            (5, "。", 1),
            (6, "。", 1),
            (7, "。", 1),
            (13, "。", 1),
            (15, "。", 1),
            (16, "。", 1),
            (17, "。", 1),
            (20, "。", 1),
            (25, "。", 1),
            (26, "。", 1),
            (28, "。", 1),
            (32, "。", 1),
            (33, "。", 1),
            (35, "。", 1),
            (36, "。", 1),
            (41, "。", 1),
        ],
        "furniture": [[1, 1]],
        "document": {"issuer": "湖北省第十四届人民代表大会常务委员会", "date": "2024年9月26日"},
    },
    "news-cn-cnr-heilongjiang-museums-july-first-2025": {
        # A 央广网 黑龙江频道 report saved by a web clipper (NewtNorlly): the front
        # matter holds only the 网址 (the reader drops it) and the file has no
        # headline: no title (as body-only page texts). The two <center> rules
        # (1-2) furniture, one range. No subheads. The six photo captions with
        # their 「（…供图）」 credit (5, 7, 10, 14, 20, 22; each under an image in
        # the file) furniture, one range each; the 央广网 app/报料/版权 footer (24)
        # furniture. The closing 「（来源：黑龙江省文旅厅博物馆与社会文物处）」 sits
        # inside the last paragraph (23): body, the piece's statement of who
        # filed it, giving `source` as written (flagged).
        "title": None,
        "headings": [],
        "furniture": [[1, 2], [5, 5], [7, 7], [10, 10], [14, 14], [20, 20], [22, 22], [24, 24]],
        "document": {"source": "黑龙江省文旅厅博物馆与社会文物处"},
    },
    "stats-fj-pingtan-2022-statistical-bulletin": {
        # A 平潭 政务公开 archive page (batches 38 and 47's form): header lines
        # (1-8) and the 正文 rule (9) furniture; line 10 the fused page text;
        # the breadcrumb with the 时间/share chrome and the closing 「来源：…
        # 附件下载」 furniture (`furniture_text`). The page's title between them is
        # the title (the bulletin has no copy of its own; as batch 47's 2015
        # bulletin). 一、综 合 … 十一、资源、环境和安全生产 level 1, `inline`, the
        # page's inner spaces kept, each the headline before its body ran on. The
        # （一）–（四） accident counts after 「按行业领域划分具体如下:」 are content
        # sentences: a list (rule 3). The closing 「注：」 over its numbered notes is
        # the bulletin's 附注, level 1 (batch 38), its notes a list. No fields
        # (the 来源 and 发布时间 are the archive's).
        "title": 10,
        "title_inline": "2022年平潭综合实验区国民经济和社会发展统计公报",
        "headings": _inline(
            10,
            1,
            "一、综 合",
            "二、农 业",
            "三、工业、建筑业",
            "四、固定资产投资",
            "五、国内贸易、对外经济",
            "六、交通、邮电",
            "七、金融、保险",
            "八、人口、人民生活和社会保障",
            "九、教育、卫生和科学技术",
            "十、旅游、文化和体育",
            "十一、资源、环境和安全生产",
            "注：",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开统计信息统计公报 ",
            " 时间：2023-03-29 09:59 微信 微博 QQ空间 ",
            " 来源：平潭综合实验区统计局 附件下载",
        ],
        "document": {},
    },
}
