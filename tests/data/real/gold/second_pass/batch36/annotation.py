"""The independent second annotator's batch-36 outlines, as line-based annotation.

Made like batches 3 and 5 to 35 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (e23ea5d5, batch 36's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-36 gold outline, spec or batch-36
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2; 「条」 keeps an article's marker), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
经济普查 notes' Markdown: its `#`/`##`/`###` lines and image alt texts, before the
held-out commit; for the dev eight, the 娲石 page's HTML: which short lines are captions under an
<img> and which is a bold subhead; the Sina page of the 新华网 report: its five repeated <p>).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 36 [--check]
"""

from __future__ import annotations


def _levels(level: int, *lines: int) -> list[tuple[int, None, int]]:
    """Whole-line headings at `level` on `lines`."""
    return [(n, None, level) for n in lines]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-cau-graduate-school-theory-exam-arrangement-2023": {
        # A 中国农业大学 研究生院 notice, as batch 26's CAU notice: title (1);
        # the site's 通知类型 / 来源 / 发布时间 / 访问量 lines (2-5) one furniture
        # range (no fields from them, as batch 26's). 一、考试时间 (6), 二、考场安排
        # (8), 三、其他事项说明 (47) level 1. 「西区：共872人」 (9) and 「东区：共1095人」
        # (30) carry their count after the colon (not a label standing alone
        # closed by ：): body (flagged: a group label over the rooms is the
        # other reading); the 第X考场 lines a list. 联系人 / 联系方式 body.
        # 「附件1-14： 各班考场安排.xlsx」 (51) `attachments`; the date (52) and
        # 「研究生院」 (53) `date` and `signatory`. No 主送机关.
        "title": 1,
        "headings": _levels(1, 6, 8, 47),
        "furniture": [[2, 5]],
        "document": {
            "attachments": "附件1-14： 各班考场安排.xlsx",
            "date": "2023年12月27日",
            "signatory": "研究生院",
        },
    },
    "news-cn-zhongtiao-forest-bureau-reform-discussion-summary-2019": {
        # A forest bureau's meeting news: headline (1), five body paragraphs
        # (会议指出/强调/明确/要求 leads and 一是–四是 run on: body, rule 5). The
        # lead 「5月22日，」 names no outlet: no fields. No furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "reg-cn-xinzheng-court-online-service-agreement": {
        # A court portal's 服务协议. The portal's menu (1-5: 网上立案 …
        # 判后答疑) is page chrome: furniture. The agreement's title runs onto
        # 第一条 on line 6: the title is 「新郑法院在线诉讼服务平台服务协议」 (the
        # rest of the line stripped), 第一条 an inline heading. 第一条–第九条 are
        # the articles (no chapters): level 1, the marker only (rule 6);
        # （一）–（五） inside 第五条 a list. No fields.
        "title": 6,
        "title_strip": (
            "",
            ' 第一条 在线诉讼服务平台（以下简称"本平台"）是新郑市人民法院为社会公众、'
            "当事人及其代理人提供在线诉讼服务的工作平台。",
        ),
        "headings": [(6, ("inline", "第一条"), 1)]
        + [(n, "条", 1) for n in (7, 8, 9, 10, 16, 17, 18, 19)],
        "furniture": [[1, 5]],
        "document": {},
    },
    "stats-cn-fourth-economic-census-bulletin-notes": {
        # A GitHub reader's mind-map notes on the census bulletin (Markdown:
        # `#` title, `##` / `###` sections each over an image). The emoji
        # line (1, a right-aligned <p> of icons) is the repository's
        # decoration: furniture. `#` 「第四次全国经济普查公报」 (2) the title.
        # Each image's alt text (3 「整体」, 5, 21, 23, 25, 27, 29 repeating
        # their section's name) is a caption: furniture, each its own range.
        # `##` 对象 (4), 目的 (20), 结果 (22), 汇报 (31) level 1; under 对象 the
        # numbered 「1. 三次产业的划分：」 (6) and 「2. 单位的划分：」 (10), each over
        # its bullets, level 2; under 结果 the `###` 总体单位数量 (24), 产业活动单位
        # (26), 个体经营户 (28), 境内第二、三产业全部法人单位 (30) level 2 (30 and
        # 31 have no body under them in the text: kept, the markup decides;
        # flagged). Bullets (7-9, 11-19) body. No fields.
        "title": 2,
        "headings": sorted(
            _levels(1, 4, 20, 22, 31) + _levels(2, 6, 10, 24, 26, 28, 30),
            key=lambda h: h[0],
        ),
        "furniture": [[1, 1], [3, 3], [5, 5], [21, 21], [23, 23], [25, 25], [27, 27], [29, 29]],
        "document": {},
    },
    # Development part.
    "gw-cn-handan-education-safety-campaign-notice-page-2020": {
        # A 公开 page that keeps only its metadata: the notice's title (1),
        # then the portal's 索引号 / 发布机构 / 名称 / 文号 table (2-5): page
        # chrome, one furniture range. No fields: the 公文's own header is not
        # in the text (「文号：无」; 发布机构 is the portal's metadata, not a
        # 发文机关标志 — flagged: `issuer` 邯郸市教育局 is the other reading).
        "title": 1,
        "headings": [],
        "furniture": [[2, 5]],
        "document": {},
    },
    "gw-cn-linan-credit-leading-group-notice-2013": {
        # A 临安 函. The JSP directives (1) are a machine marker: furniture.
        # 「临政办函[2013]89号」 (2) `number`; the title wrapped over 3-4 (joined).
        # The 组长 / 副组长 / 成员 roster (5-50) a list, 51 body. 「临安市人民政府办公室」
        # (52) `signatory`, the date (53) `date`, 「（此件可公开发布）」 (54) `note`.
        # No issuer line of its own, no 主送机关 in the text. No headings.
        "title": (3, 4),
        "headings": [],
        "furniture": [[1, 1]],
        "document": {
            "number": "临政办函[2013]89号",
            "signatory": "临安市人民政府办公室",
            "date": "2013年10月10日",
            "note": "（此件可公开发布）",
        },
    },
    "news-cn-qijiahe-forest-farm-party-life-meeting-2019": {
        # A forest farm's meeting news: headline (1), body; the 一是–四是 leads
        # run on (rule 5). No outlet dateline: no fields, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-cn-wushi-group-party-centenary-commendation-2021": {
        # A company's party-day news whose text starts at the lead: no
        # title in the text (None). The HTML decides the short lines: the
        # centred spans each under an <img> are photo captions, furniture
        # (2 大会现场; 4-5 the lecture's two; 7 周凯; 10 the oath's, repeating the
        # body; 12; 14-16 the awards', 16 a left paragraph after the two
        # award images repeating the names; 18-21 the speakers'). 「入党宣誓」
        # (8) is bold, centred, under a caption and over body paragraphs: a
        # subhead, level 1. The chairman's 一是–三是 / 四要 / 五要 / 第六要 bold leads
        # open paragraphs and run on: body (rule 5). No fields.
        "title": None,
        "headings": _levels(1, 8),
        "furniture": [[2, 2], [4, 5], [7, 7], [10, 10], [12, 12], [14, 16], [18, 21]],
        "document": {},
    },
    "news-cn-xinhua-wen-jiabao-tianjin-survey-2011": {
        # A 新华网 report as a Sina page gives it: headline (1); the dateline
        # 「新华网天津10月25日电(记者 赵承 李斌 李靖)」 opens the lead and stays body,
        # giving `source` 新华网, `time` 10月25日 and the three reporters (batch
        # 25's dateline byline). The page repeats its 温家宝强调 paragraph five
        # times (3-7, five <p> in the source): the article's text as
        # delivered, body (flagged: not chrome). No headings.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "新华网", "time": "10月25日", "reporter": ["赵承", "李斌", "李靖"]},
    },
    "news-cn-xwlb-transcript-20260621": {
        # The 新闻联播 transcript as batches 11 to 26's: line 1 furniture, the
        # programme line (2) the title, every 「查看视频 ↗」 furniture, the twelve
        # [视频] items level 1 (快讯 items included). No fields (digest).
        "title": 2,
        "headings": _levels(1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37),
        "furniture": [[1, 1], [3, 3]]
        + [[n, n] for n in (5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38)],
        "document": {},
    },
    "report-cn-jianyu-tender-subscription-weekly-brief-2019": {
        # A generated weekly tender report (Markdown). 「[TOC]」 (1) is a
        # machine marker: furniture. The title (2). The greeting (3) body.
        # 1、–8、 (4, 8, 11, 14, 17, 31, 45, 58) level 1. The chart titles over
        # each image (6, 9, 12, 15) body (table titles, rule 5); the raw image
        # references 「![1](…)」 (7, 10, 13, 16) are markup, not text: furniture,
        # each its own range (flagged). The template tables (19-30, 33-44,
        # 46-57, 59-70) and the 推荐来源 note (71) body. No fields.
        "title": 2,
        "headings": _levels(1, 4, 8, 11, 14, 17, 31, 45, 58),
        "furniture": [[1, 1], [7, 7], [10, 10], [13, 13], [16, 16]],
        "document": {},
    },
    "report-cn-xinzheng-court-profile-page": {
        # A court's 法院简介 page: its heading 「新郑市中级人民法院」 (1) the title,
        # one body paragraph. No headings, no furniture, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
