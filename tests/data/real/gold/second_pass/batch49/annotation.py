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
    # Development part.
    "gw-hi-housing-fund-second-hand-home-loan-notice-2022": {
        # A province agency's 通知 page cut to its article block
        # (ljz060707-lang/China-Real-Estate-Policy-Database, batch 44's 安顺
        # notice): the title (1) the line above the 主送机关 (no 文号 in the text);
        # 「各直属管理局：」 (2) `addressees`. 「一、降低首付款比例」 (4) and
        # 「二、放宽贷款期限」 (6) stand alone over their body: level 1. The
        # 施行 paragraph (8) body; 署名 (9) `signatory` and, the title naming no
        # body, `issuer`; date (10) `date`; 「（此件主动公开）」 (11) `note`. The page
        # then carries the notice's 解读, a second document with its own title
        # (12): a level-1 section headed by that title (rule 7's reading of a
        # document carried after the 公文; flagged: no precedent for a 解读 on the
        # notice's page), its stand-alone 一、–三、 (13, 15, 19) level 2; under
        # 二、 the （一）–（三） (16-18) are the 认定标准's content sentences with no
        # headline lead: a list (rule 3). No furniture.
        "title": 1,
        "headings": [
            (4, None, 1),
            (6, None, 1),
            (12, None, 1),
            (13, None, 2),
            (15, None, 2),
            (19, None, 2),
        ],
        "furniture": [],
        "document": {
            "issuer": "海南省住房公积金管理局",
            "addressees": "各直属管理局",
            "signatory": "海南省住房公积金管理局",
            "date": "2022年5月16日",
            "note": "（此件主动公开）",
        },
    },
    "gw-js-small-eateries-management-decision-2020": {
        # A province 人大常委会 法规性决定 from whthomas/china-laws (as the
        # held-out 常州 决定): `#` line (1) furniture, title (2), the 通过/修正
        # 题注 (3) subtitle; the enacting sentence (4) body. 一、–十九、 are
        # provisions in content sentences with no headline lead: a list (rule 3);
        # 十、 and 十一、 close with ： as sentences introducing their （一）–（八）
        # and （一）–（十一） cases (batch 40's 宿迁 五、), lists too. `issuer` the
        # body the title names, `date` the 通过 date (not the 修正 date),
        # `effective` from 十九、.
        "title": 2,
        "subtitle": 3,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "江苏省人民代表大会常务委员会",
            "date": "2020年7月31日",
            "effective": "2021年1月1日",
        },
    },
    "gw-zj-hangzhou-housing-fund-home-count-notice-2024": {
        # A city 管委会 通知 page (same repository; the 索引号/文号 table is not in
        # the app's text, so no `number`): title (1), 「各缴存单位、职工：」 (2)
        # `addressees`; 一、–三、 (4-6) content sentences, no headline lead: a
        # list (rule 3). 署名 (7) `signatory`, `issuer` the body the title names;
        # date (8) `date`. The closing 「….pdf」 line (9) is the page's download
        # link, furniture (batches 17-18's 「附件（官方直链）」 PDF lines), not an
        # 附件说明.
        "title": 1,
        "headings": [],
        "furniture": [[9, 9]],
        "document": {
            "issuer": "杭州住房公积金管理委员会",
            "addressees": "各缴存单位、职工",
            "signatory": "杭州住房公积金管理委员会",
            "date": "2024年5月15日",
        },
    },
    "news-cn-rmrb-private-enterprises-readers-question-2025": {
        # A 人民日报 page (leeperfect/PeopleDailyMaterial, batch 47's 山西 report):
        # the `#` headline (1) with its column tag 「（读者点题·共同关注）」 kept as
        # written; the byline + edition line (2) furniture giving `reporter` (the
        # two names), `source` 人民日报 and `time` as written. The reader's
        # question (3) and its signature 「——人民网网友18****2」 (4) body (the
        # piece's own opening, not a byline of the paper). 「激发内生动力。」 (11),
        # 「政策措施给力。」 (18), 「法规制度有力。」 (22) stand alone over body
        # paragraphs: the paper's subheads, level 1 (rule 4). The question line
        # 「始终“在场”的民营企业，新时代新征程如何“大显身手”？」 (10) is a
        # transitional sentence of the body (a paragraph of the argument, like
        # 6's question), not a subhead (flagged).
        "title": 1,
        "headings": [(11, None, 1), (18, None, 1), (22, None, 1)],
        "furniture": [[2, 2]],
        "document": {
            "reporter": ["葛孟超", "戴林峰"],
            "source": "人民日报",
            "time": "2025年03月01日",
        },
    },
    "news-cn-scio-mfa-spokesman-kong-quan-briefing-20050310": {
        # A 国新办-site transcript of a 外交部 briefing as changwu/gov_spider's
        # export holds it: the export's keys 「title: 」, 「url: 」, 「author: 」,
        # 「content: 」 (1-4) are furniture, one range (as the kept Hexo front
        # matter), the `title:` value the title (`title_inline`, its trailing
        # space left out), the `author:` value `source` (as the Sina posts'
        # `author:`). The blank lines (5-7, 36) are left alone. The 问：/追问：/答：
        # turns are the transcript's speaker turns, long questions and answers
        # run on in their paragraphs (batch 31's 立法院 record: a turn names who
        # speaks, not a part): no headings (flagged: a briefing's questions
        # could be read as an FAQ's questions heading their answers, batch 27,
        # but they are plain multi-sentence paragraphs, no headline line). The
        # opening 「3月10日下午，…主持例行记者会。」 is a sentence, not a dateline.
        "title": 1,
        "title_inline": "2005年3月10日外交部发言人孔泉在例行记者会上答记者问",
        "headings": [],
        "furniture": [[1, 4]],
        "document": {"source": "国务院新闻办公室网站"},
    },
    "news-cn-xinhuanet-li-qiang-waic-2025-opening": {
        # A 新华网 page as S-ummmer/gov-crawler-0605 keeps it (title field +
        # page content; batch 44's 光明网 record): the crawler's title field
        # (1) and the page's top chrome (2-17: site name, breadcrumb, the
        # split date, 来源, the top bar's copy of the headline, 字体/分享到
        # controls) furniture; the article block's own headline (18) the title
        # (its own copy over the crawler's and the bar's, as batch 38's
        # correction takes a document's own copy; flagged: same words on
        # lines 1, 12, 18 and 34). Its date and 来源 lines (19-20) furniture,
        # giving `time` and `source` 新华网 (batch 44: the page's 来源 pair gives
        # source and time, the lead's dateline stays body and gives `reporter`,
        # here 王慧慧 and 龚雯 from 「新华社上海7月26日电（记者王慧慧、龚雯）」). The two
        # photo captions with their credit 「新华社记者 王晔 摄」 (21, 24)
        # furniture; 一是…三是 leads (25) body. 【纠错】, 【责任编辑:赵文涵】 (giving
        # `editor`) and the 阅读下一篇 link block (30-34) one range.
        "title": 18,
        "headings": [],
        "furniture": [[1, 17], [19, 21], [24, 24], [30, 34]],
        "document": {
            "source": "新华网",
            "time": "2025-07-26 16:05:32",
            "reporter": ["王慧慧", "龚雯"],
            "editor": "赵文涵",
        },
    },
    "wr-fj-pingtan-2025-work-report-review-part": {
        # A 平潭 政务公开 archive page, the work report's review part (batch 38's
        # archive form): header lines (1-8) and the 正文 rule (9) furniture; this
        # page text has no breadcrumb, so line 10 opens with the occasion line:
        # the 标题 key's value 「政府工作报告（2025）」 the title (`title_inline`,
        # no other copy), the occasion 「—2025年1月7日在…上」 the subtitle
        # (`subtitle_inline`, its one dash as written), giving `occasion` and
        # `date`; the speaker line 「平潭综合实验区管委会主任 黄建波」 run in after it
        # gives `speaker` as written (title and name, as wr-guizhou-2026's
        # 「省长 李炳军」). 「一、2024年工作回顾」 (run into 「2024年是…」) level 1. The
        # （一）–（三） each open with a two-clause headline run into the body with
        # no punctuation, the first sub-lead following (「…改革创新锐意进取」 +
        # 「奋力抢先机。」, the sub-leads 「全力扩投资。」, 「聚力添动能。」 alike;
        # 「…产业结构向优升级」 + 「传统产业平稳增长。」; 「…开放优势充分彰显」 +
        # 「对台融合纵深推进。」): level 2, the headline only (batch 44's reading of
        # headlines whose line breaks the page lost, not rule 2's cut at the
        # first 。; flagged for （一）, where a 。 follows the sub-lead), all
        # `inline`. The sub-leads are rule 5's in-paragraph leads: body. The part
        # is cut before 二、.
        "title": 1,
        "title_inline": "政府工作报告（2025）",
        "subtitle": 10,
        "subtitle_inline": "—2025年1月7日在平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第四次会议上",
        "headings": _inline(10, 1, "一、2024年工作回顾")
        + _inline(
            10,
            2,
            "（一）乘势而上、用足政策，改革创新锐意进取",
            "（二）夯基筑台、蓄势赋能，产业结构向优升级",
            "（三）深化试验、联通内外，开放优势充分彰显",
        ),
        "furniture": [[1, 9]],
        "document": {
            "speaker": "平潭综合实验区管委会主任 黄建波",
            "occasion": "平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第四次会议",
            "date": "2025年1月7日",
        },
    },
    "wr-fj-pingtan-county-2020-work-report-review-part": {
        # The same archive, the 平潭县 report of 2020 with the breadcrumb kept:
        # header lines (1-8) and the rule (9) furniture; in line 10 the
        # breadcrumb with the page's copy of the title, 时间 and share chrome
        # furniture (`furniture_text`); the 标题 value the title (batch 47's
        # comparison: the report has no copy of its own beyond the page's). The
        # occasion 「——2020年1月5日在…上」 the subtitle, giving `occasion` and
        # `date`; no speaker named (「我代表平潭县人民政府」). 「一、2019年工作回顾」
        # level 1; （一）–（四） open with a headline closed by 。 (「（一）“八大工程”
        # 引领发展。」): run-in headings, level 2, cut at the 。 (rule 2), `inline`.
        # 「一年来的主要工作和成效是：」 and the 「通过一年来的努力，…」 closings body.
        # The part is cut before 二、.
        "title": 1,
        "title_inline": "政府工作报告（2020）",
        "subtitle": 10,
        "subtitle_inline": "——2020年1月5日在平潭县第十七届人民代表大会第四次会议上",
        "headings": _inline(10, 1, "一、2019年工作回顾")
        + _inline(
            10,
            2,
            "（一）“八大工程”引领发展。",
            "（二）经济发展稳中向好。",
            "（三）两岸融合走深走实。",
            "（四）改革开放纵深推进。",
        ),
        "furniture": [[1, 10]],
        "furniture_text": [
            "当前位置： 首页政务公开政府工作报告 政府工作报告（2020） 时间：2020-01-06 15:11 微信 微博 QQ空间",
        ],
        "document": {
            "occasion": "平潭县第十七届人民代表大会第四次会议",
            "date": "2020年1月5日",
        },
    },
}
