"""The independent second annotator's batch-34 outlines, as line-based annotation.

Made like batches 3 and 5 to 33 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (219fee19, "Corpus batch 34
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-34 gold outline, spec or batch-34
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
中软国际 page's newstitle / newsdate divs, the 铁科 page's <h3> and location
bar).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 34 [--check]
"""

from __future__ import annotations

# The private-fund opinion's line 2 after its title: the gov.cn text keeps the
# 公文 on one line, its source lines joined by single spaces, cut at 600
# characters (the banner says 8473字).
_FUND_AFTER_TITLE = (
    " 国办函〔2026〕54号 各省、自治区、直辖市人民政府，国务院各部委、各直属机"
    "构： 为做好私募投资基金（以下简称私募基金）加强监管、防范风险工作，促进私募基金"
    "高质量发展，经国务院同意，现提出以下意见。 一、总体要求 坚持以习近平新时代中国"
    "特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，落实二十届中央纪"
    "委历次全会和中央金融工作会议部署，走好中国特色金融发展之路，积极培育中国特色金融"
    "文化。坚持目标导向和问题导向，针对私募基金行业准入机制有待完善、监管不到位、制度"
    "不健全、部际央地协调配合不足、部分政府投资基金和国有企业投资基金出资人责任落实不"
    "到位以及部分私募基金成为违法犯罪、新型腐败和隐性腐败工具等问题，构建加强监管、防"
    "范风险的制度体系和长效机制，推动行业在规范中发展、在发展中提升。坚守功能定位，统"
    "筹总体布局，优化增量、盘活存量，扶优限劣、提质增效，严格禁止私募基金违规从事借贷"
    "、“名股实债”等行为。坚持分类监管，根据出资主体、产品类型等不同维度实施“一类一"
    "策”监管。坚持既管合法更管非法，对合法机构从严监管，对非法机构坚决取缔，对非法行"
    "为严厉打击。 二、强化源头防控 （一）优化私募基金登记备案规则，坚决防止不符合私"
    "募基金特征和运作规律的机构和产品作为私募基金登记备案。严控新设政府投资基金，县区"
    "原则上不得"
)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-state-council-office-private-fund-opinion-2026": {
        # A 国办函 指导意见 from the gov.cn crawl, cut at 600 characters. The
        # crawler's banner 「=== [gov_cn] 国办关于… (8473字) ===」 (1) is a
        # repository banner: furniture. The whole 公文 is one line (2), its
        # source lines joined by spaces: the title is the line's start up to
        # the 文号, the two title lines' join space kept as written (as
        # batch 20's 杨浦 title). 国办函〔2026〕54号 `number`, the 主送 line
        # `addressees`, `issuer` the body the title names. 一、总体要求 and
        # 二、强化源头防控 are short nominal lines in the source: level 1,
        # `inline`. The one （一） the cut leaves opens with a 47-character
        # content sentence 「优化…规则，坚决防止…作为私募基金登记备案。」, not a
        # short headline, and no sibling is left to decide its tier: body
        # (rule 3; flagged).
        "title": 2,
        "title_strip": ("", _FUND_AFTER_TITLE),
        "headings": [
            (2, ("inline", "一、总体要求"), 1),
            (2, ("inline", "二、强化源头防控"), 1),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2026〕54号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
        },
    },
    "news-cn-chinasoft-qingdao-cloud-park-2017": {
        # A company news page: the newstitle div (1) is the title; the
        # newsdate div 「2017-05-19」 (2) a page field under the headline:
        # furniture giving `time` as written (batch 14's portal date lines).
        # Five plain paragraphs, the company's boilerplate (6) among them:
        # body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2]],
        "document": {"time": "2017-05-19"},
    },
    "news-cn-xinhua-rule-of-law-work-instruction": {
        # A 新华社 report from the MoJ crawl, cut. The crawler's banner (1)
        # is furniture. The report's headline is stacked: the kicker
        # 「习近平对全面依法治国工作作出重要指示强调」 (2) and the two main lines
        # (4, 6) are one title, joined; the two deck lines 「赵乐际出席…并讲话」
        # (8) and 「丁薛祥出席会议」 (10) the subtitle, joined (flagged: the
        # rules have no stacked 引题/主题/副题 precedent). The lead's dateline
        # 「新华社北京11月18日电」 is body and gives `source` and `time`
        # (batch 6's reading). No headings.
        "title": (2, 4, 6),
        "subtitle": (8, 10),
        "headings": [],
        "furniture": [[1, 1]],
        "document": {"source": "新华社", "time": "11月18日"},
    },
    "report-cn-sichuan-tieke-company-profile": {
        # A company site's 公司简介 page: the <h3> 「公司简介」 (1) is the title
        # (the location bar is not in the text); five plain paragraphs. No
        # headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
