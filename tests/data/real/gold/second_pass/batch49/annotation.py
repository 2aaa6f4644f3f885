"""The independent second annotator's batch-49 outlines, as line-based annotation.

Made like batches 3 and 5 to 48 (see ../batch48/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from, f19b8173, "Corpus
batch 49 texts", where the gold files held no headings yet), the three held-out
documents first (their part committed before any dev document was printed), and
this annotation was written and committed before any batch-49 gold outline, spec
or batch-49 note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only part
of a line. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
常州 决定's Markdown: YAML front matter, then the repository's `#` line) and the
texts commit's message (written with the texts, before any gold) for the
records' forms. Precedents were looked up in dev documents only (devcorpus.py,
dev gold of batches 38, 40 and 47, their passes and READMEs).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 49 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple[int, tuple[str, str], int]]:
    """Headings found inside the one long `line`, at `level`."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-js-changzhou-public-emergency-response-capacity-decision-2025": {
        # A city 人大常委会 法规性决定 from whthomas/china-laws (batch 40's 宿迁 and
        # 三都 决定): the `#` line (1) is the repository's page heading,
        # furniture; the document's own title (2) the title; the 通过/批准 题注 (3)
        # the subtitle. The enacting sentence (4) body. 一、–二十、 are provisions
        # in content sentences (「一、本市全面推进…」, 「二、市、县级市（区）人民政府
        # 应当…」) with no headline lead: a list (rule 3), no headings — a few open
        # with a short sentence (七、 「本市建立应急第一响应人制度。」, 十一、, 十八、),
        # a minority of the tier, so the tier stays a list (flagged). 五、 run into
        # 四、's line (12) is one more list item. `issuer` the body the title
        # names (batch 40's clarification), `date` the 通过 date, `effective` from
        # 二十、.
        "title": 2,
        "subtitle": 3,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "常州市人民代表大会常务委员会",
            "date": "2025年12月30日",
            "effective": "2026年6月1日",
        },
    },
    "news-cn-sina-ningyang-imported-dragon-fruit-alert-2022": {
        # A 新浪 page cut to its article block (TIANLI0/RSSHUB-PAGE, batch 38's
        # Sina article blocks and 郑州 总台 notice): no title of its own; the
        # 「原标题：」 line (1) furniture, its value `original_title`. The lead (2-3)
        # and the 公告's text body; its 一、二、 (4-5) are the notice's measures,
        # content sentences with no headline lead (「凡…的人员，请立即停止食用」,
        # 「请广大居民不必恐慌」): a list (rule 3). The two 电话 lines (6-7) are the
        # 公告's contacts, body. The closing bracketed byline 「（总台记者 陈俊峰
        # 陈恺）」 (8), on its own line, furniture (batch 38's 郑州 byline), giving
        # `reporter` the two names and `source` 总台 (as the 郑州 gold has it).
        "title": None,
        "headings": [],
        "furniture": [[1, 1], [8, 8]],
        "document": {
            "original_title": "一批涉疫火龙果流入山东宁阳县 涉2家超市",
            "source": "总台",
            "reporter": ["陈俊峰", "陈恺"],
        },
    },
    "stats-fj-pingtan-2019-statistical-bulletin": {
        # A 平潭 政务公开 archive page (batches 38 and 47's form): the header lines
        # (1-8) and the 正文 rule (9) furniture, the 标题 key's value the title
        # (`title_inline`; batch 47's comparison: the bulletin has no copy of its
        # own beyond the page's, so the 标题 value stays the title, and the page's
        # copy lies in the breadcrumb range). Line 10 the fused page text; its
        # breadcrumb with the page title, 时间 and share chrome, and the closing
        # 「来源：… 附件下载」 furniture (`furniture_text`). 一、综 合 … 十二、资源、环境和
        # 安全生产 level 1, `inline`, the page's inner spaces kept, each the
        # headline before its body ran on. The closing 「注：」 over its numbered
        # notes is the bulletin's 附注, level 1 (batches 38, 47), its notes a list.
        # The unnumbered lead sentences (「工业生产基本企稳。」, 「建筑业稳步发展。」,
        # 「基础设施建设不断完善。」…) body (rule 5; no bold in the text). No fields
        # (the 来源 and 发布时间 are the archive's).
        "title": 1,
        "title_inline": "2019年平潭综合实验区国民经济和社会发展统计公报",
        "headings": _inline(
            10,
            1,
            "一、综 合",
            "二、农 业",
            "三、工业、建筑业",
            "四、固定资产投资",
            "五、国内贸易",
            "六、对外经济",
            "七、交通、邮电",
            "八、金融、保险",
            "九、人口、人民生活和社会保障",
            "十、教育、卫生和科学技术",
            "十一、旅游、文化和体育",
            "十二、资源、环境和安全生产",
            "注：",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开统计信息统计公报 2019年平潭综合实验区国民经济和社会发展统计公报 "
            "时间：2022-10-31 13:15 微信 微博 QQ空间",
            "来源：平潭综合实验区统计局 附件下载",
        ],
        "document": {},
    },
}
