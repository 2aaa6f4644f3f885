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
date line, batch 33's 中办 规定 题注, the 平潭 page texts of batches 38, 47 and
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
    # Development part.
    "gw-fj-mingxi-real-estate-measures-revised-notice-2022": {
        # A county 印发 notice whose page text starts at the 主送机关 (1): no
        # title line in the text (batch 40's crawled 公文 page, batch 30's
        # 意见 starting at its addressees), so `title` is null and `issuer`
        # is read from the 署名 (3), as batches 17 to 20 and 26 read a 公文
        # whose text names no body above it; `signatory` the same line,
        # `date` (4), `note` 「（此件主动公开）」 (5), `addressees` without ：.
        # The carried 措施: its title 「明溪县促进…若干措施」 (6) with
        # 「（修订）」 (7) wrapped under it, one level-1 annex heading joined
        # (rule 7; the notice names it 《…若干措施（修订）》). Inside it 一、–四、
        # (9, 23, 25, 28) level 2; 一、's （一）–（四） (10, 12, 14, 21) short
        # stand-alone headlines, level 3; 三、's and 四、's （一）… are content
        # sentences, lists (rule 3); （三）'s 1.、2. content sentences and the
        # ①–③ lists. 「附件：住房消费补贴申请需提供的材料和发放流程」 (37) closes the
        # 措施, not the notice: the 措施's own 附件说明, no header field
        # (flagged: read as the notice's, it would be `attachments`). Its
        # appendix follows: the 「附件」 label (38) left out, the appendix's
        # title (39) level 2 beside the 措施's 一、 parts (rule 7's annex's own
        # appendix, batch 10's clarification); its 一、–五、 (41-45) are
        # material items ending in ；, a list; 「发放流程：…」 (46) runs on,
        # body. The last line (47), the page's 「《…》 政策解读」 link to the
        # interpretation, is page chrome: furniture (batch 40's 「相关解读：」).
        "title": None,
        "headings": [
            ((6, 7), None, 1),
            (9, None, 2),
            (10, None, 3),
            (12, None, 3),
            (14, None, 3),
            (21, None, 3),
            (23, None, 2),
            (25, None, 2),
            (28, None, 2),
            (39, None, 2),
        ],
        "furniture": [[47, 47]],
        "document": {
            "issuer": "明溪县人民政府",
            "addressees": "各乡（镇）人民政府，县各有关单位",
            "signatory": "明溪县人民政府",
            "date": "2022年11月26日",
            "note": "（此件主动公开）",
        },
    },
    "gw-js-changzhou-real-estate-market-stability-notice-2020": {
        # A city 市政府办公室 通知: title (1) over its 文号 (2, `number`);
        # `addressees` (3) without ：. 一、–七、 (5, 7, 9, 14, 16, 18, 20) stand
        # alone over body paragraphs: level 1. 「本通知自…起施行。」 (22) body.
        # 署名 (23) `signatory` as written, `issuer` the body as the title
        # names it 「市政府办公室」 (batch 21's 黄浦 办法: `issuer` as the title
        # names it, `signatory` as the 署名 reads); `date` (24), `note`
        # 「（此件公开发布）」 (25). 「下载本信息公开文件」 and 「扫一扫在手机打开当前页」
        # (26-27) page chrome: furniture.
        "title": 1,
        "headings": [
            (5, None, 1),
            (7, None, 1),
            (9, None, 1),
            (14, None, 1),
            (16, None, 1),
            (18, None, 1),
            (20, None, 1),
        ],
        "furniture": [[26, 27]],
        "document": {
            "issuer": "市政府办公室",
            "number": "常政办发〔2020〕81号",
            "addressees": "各辖市、区人民政府，常州经开区管委会，市各委办局，市各直属单位",
            "signatory": "常州市人民政府办公室",
            "date": "2020年9月11日",
            "note": "（此件公开发布）",
        },
    },
    "news-cn-securities-daily-data-insurance-asset-2026": {
        # A 证券日报 piece: headline (1); the byline 「本报记者 杨笑寒」 (2)
        # furniture giving `reporter` (batch 28's 证券日报 byline 「本报记者 吴晓璐」:
        # `reporter` only, no `source` from 「本报」; the 《证券日报》 in the body
        # is a quoted 「对《证券日报》记者表示」, no dateline). No subhead; the
        # 一是/二是 leads inside paragraphs are body. Blank last line (11) left.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2]],
        "document": {"reporter": "杨笑寒"},
    },
    "news-cn-sh-housing-bureau-listing-price-verification-2021": {
        # A 上海市房屋管理局 工作动态 page: the <h2> title line runs the page's
        # date 「( 2021年07月12日 )」 (the <small class="Article-time"> inside
        # the <h2>, read in the HTML) onto the headline: the headline is the
        # title (`title_strip`), the date inline furniture giving `time` as
        # written. 「市房管局今天明确」 opens a sentence, no dateline: no `source`.
        # Four body paragraphs, no subhead.
        "title": 1,
        "title_strip": ("", " ( 2021年07月12日 )"),
        "headings": [],
        "furniture": [[1, 1]],
        "furniture_text": ["( 2021年07月12日 )"],
        "document": {"time": "2021年07月12日"},
    },
    "plan-sh-minhang-urban-renewal-15th-fyp-2026-part": {
        # The Shanghai scrape's banner (1) furniture (「本文正文由脚本自上海市官方公开页面
        # 提取……不适用著作权法。」, the Furniture rule's own example). A 区政府 印发
        # 通知: title (2) over the 文号 (3, `number`); the 主送机关 runs on into
        # the notice's one sentence (4): `addressees` the part before ：
        # (as written, with its half-width comma). The date (5) `date`; the
        # text has no 署名 line, so no `signatory`, and `issuer` the body the
        # title names 「闵行区人民政府」. The carried 规划's title (6) the
        # level-1 annex (rule 7); its preamble (7) body; 一、发展目标 (8) and
        # 二、重点任务 (25) level 2; the 主要指标表 run onto the end of 一、's
        # paragraph (9) and its rows (10-24) a table, body (rule 5: table
        # titles are no headings); 二、's （一） (26) level 3 and its 1.–4.
        # stand-alone headlines (27, 29, 31, 33) level 4. The part stops inside
        # 4.
        "title": 2,
        "headings": [
            (6, None, 1),
            (8, None, 2),
            (25, None, 2),
            (26, None, 3),
            (27, None, 4),
            (29, None, 4),
            (31, None, 4),
            (33, None, 4),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "闵行区人民政府",
            "number": "闵府发〔2026〕26号",
            "addressees": "各镇人民政府、街道办事处，区政府各委、办、局,各区属公司，有关单位",
            "date": "2026年7月28日",
        },
    },
    "report-cn-liuhe-strategic-emerging-industries-2022": {
        # A county page on its 战略新兴产业: title 「战略新兴产业」 (1), the
        # overview (2) body with its 一是/二是/三是 (rule 5). 一、–三、 (3, 7, 10)
        # stand alone: level 1; 三、's （一）–（三） (12, 16, 20) level 2. The
        # 一是/二是 paragraphs (14-15) body. No furniture, no fields.
        "title": 1,
        "headings": [
            (3, None, 1),
            (7, None, 1),
            (10, None, 1),
            (12, None, 2),
            (16, None, 2),
            (20, None, 2),
        ],
        "furniture": [],
        "document": {},
    },
    "wr-fj-pingtan-county-2018-work-report-review-part": {
        # A 平潭县 work report page flattened to one line, without the
        # archive's header keys (batch 49's 2020 county report, which has them):
        # the breadcrumb 「当前位置： 首页政务公开政府工作报告」 and the
        # 「时间：… 微信 微博 QQ空间」 chrome around the page's title are
        # furniture; the title is the page's own 「政府工作报告（2018）」 inside
        # the run (`title_inline`, as batch 49's report has 「政府工作报告（2020）」),
        # the 「——…第二次会议上」 run the subtitle (`subtitle_inline`) giving
        # `occasion` and `date` (no speaker named: 「我代表平潭县人民政府」).
        # 「一、深入贯彻新发展理念，“加油干2017”成果丰硕」 inline level 1, its
        # headline run into 「刚刚过去的一年，…」 with no stop; （一） and （二）
        # headed by their headlines alone where they run into the first lead
        # phrase with no punctuation (batch 49's 2025 report:
        # 「（一）全力以赴促进经济增长」 before 「重点项目实现建设提速、规模提升。」,
        # 「（二）积极探索对台融合新路径」 before 「率先实施“一岛两标”，…。」), level 2;
        # the unnumbered lead phrases body (rule 5). The part stops inside （二）.
        "title": 1,
        "title_inline": "政府工作报告（2018）",
        "subtitle": 1,
        "subtitle_inline": "——2018年1月3日在平潭县第十七届人民代表大会第二次会议上",
        "headings": [
            (1, ("inline", "一、深入贯彻新发展理念，“加油干2017”成果丰硕"), 1),
            (1, ("inline", "（一）全力以赴促进经济增长"), 2),
            (1, ("inline", "（二）积极探索对台融合新路径"), 2),
        ],
        "furniture": [[1, 1]],
        "furniture_text": [
            "当前位置： 首页政务公开政府工作报告",
            "时间：2018-01-03 15:15 微信 微博 QQ空间",
        ],
        "document": {"occasion": "平潭县第十七届人民代表大会第二次会议", "date": "2018年1月3日"},
    },
    "wr-fj-pingtan-junshan-area-bureau-2022-work-report": {
        # A 平潭 archive page text (batches 47-51's form): the 「标题: 」 key and
        # the header lines through the 正文 rule (1-9) furniture, the title the
        # 标题 value (`title_inline`). The body line (10) has no breadcrumb or
        # 来源 run and no numbered part: its bold-style lead clauses
        # (「持之以恒调结构、稳增长，产业发展翻开新篇章。」, 「全面系统优生态、美环境，…。」,
        # 「用心用情惠民生、解难事，…。」, 「毫不懈怠转作风、提效能，…。」) are
        # unnumbered leads inside a paragraph, body (rule 5; flagged: as
        # subheads of a flattened page they would be inline level 1). No
        # fields (the 发布机构 key is furniture; no speaker or occasion).
        "title": 1,
        "title_inline": "平潭综合实验区君山片区管理局2022年度工作报告",
        "headings": [],
        "furniture": [[1, 9]],
        "furniture_text": ["标题: "],
        "document": {},
    },
}

# The articles, in line order among the parts and sections.
_liuhe = ANNOTATION["gw-jl-liuhe-key-industries-support-opinions-2023"]
_liuhe["headings"] = sorted(
    _liuhe["headings"] + [(n, "条", 3) for n in _LIUHE_ARTICLES], key=lambda h: h[0]
)
