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
        # Lines renumbered (session 16) where the reader now keeps the source's lines apart; same headings, words and levels.
        "headings": [
            (12, ("inline", "岸电使用交接单"), 1),
        ],
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
    # Development part.
    "gw-sh-construction-methods-list-2024": {
        # A municipal commission's 通知 with its title repeated: banner (1)
        # and the repository's Markdown title (2) furniture, the page's title
        # line above the 文号 (3) the title. `number` (4), `addressees` (5,
        # without the ：), the trailing 附件说明 (8) with no annex text after
        # it: `attachments`, a header element, not a section (rule 7); the
        # date (9) stands without a 署名: no `signatory`. `issuer` as the
        # title writes it (batch 13's decision). No headings.
        "title": 3,
        "headings": [],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市住房和城乡建设管理委员会",
            "number": "沪建质安〔2024〕11号",
            "addressees": "各区建设行政管理部门，各特定区管委会，各有关单位",
            "date": "2024年1月12日",
            "attachments": "附件：2021-2022年度上海市工程建设市级工法名单",
        },
    },
    "gw-sh-qibao-small-works-2020": {
        # A town government's 实施意见 from the Shanghai repository: banner
        # (1) furniture, the Markdown title (2) the only title line. The
        # scrape ran the whole body into two lines (3, and 4 from 「4. 各村」
        # of 六、), so its own headings are found inside the lines (inline,
        # as batch 13's connected-vehicle annex title): 一、–七、 (level 1),
        # each a short label the body runs on from without a stop (rule 1:
        # numbered headings of the document's hierarchy; a rule-2 cut at the
        # first 。 would swallow a provision); the five 操作规程 （一）–（五）
        # under 四、 (level 2); under each, 1.适用范围 / 2.申报主体 / 3.操作流程 /
        # 4.提交材料 (or 提交资料), a tier whose every sibling is a headline
        # label over its content (rule 3's per-tier reading: headings, level
        # 3). The 1.–6. of 三、, the 1.–13. of 五、, the 1.–6. of 六、 and the
        # 1.–2. of 七、 are content sentences: lists; so are the (1)… items.
        # No 文号 of its own in the text (the three 闵七府 numbers are the
        # repealed documents'): no `number`. The title names no issuer, so
        # `issuer` is the 署名 (5), also `signatory`; `date` (6);
        # `attachments` the fourteen (16) items as the 附件 list writes them,
        # the first with its 「附件：」 label.
        "title": 2,
        # Lines renumbered (session 16) where the reader now keeps the source's lines apart; same headings, words and levels.
        "headings": [
            (4, ("inline", "一、适用范围"), 1),
            (6, ("inline", "二、组织机构"), 1),
            (8, ("inline", "三、工作流程"), 1),
            (15, ("inline", "四、镇规建办办理手续及监管的具体操作规程"), 1),
            (16, ("inline", "（一）限额以下小型建设工程项目申报操作规程"), 2),
            (17, ("inline", "1.适用范围"), 3),
            (20, ("inline", "2.申报主体"), 3),
            (23, ("inline", "3.操作流程"), 3),
            (28, ("inline", "4.提交材料"), 3),
            (36, ("inline", "（二）限额以下小型建设工程报建操作规程"), 2),
            (37, ("inline", "1.适用范围"), 3),
            (39, ("inline", "2.申报主体"), 3),
            (41, ("inline", "3.操作流程"), 3),
            (43, ("inline", "4.提交材料"), 3),
            (49, ("inline", "（三）限额以下小型建设工程施工许可操作规程"), 2),
            (50, ("inline", "1.适用范围"), 3),
            (52, ("inline", "2.申报主体"), 3),
            (54, ("inline", "3.操作流程"), 3),
            (56, ("inline", "4.提交资料"), 3),
            (65, ("inline", "（四）限额以下小型建设工程竣工备案操作规程"), 2),
            (66, ("inline", "1.适用范围"), 3),
            (68, ("inline", "2.申报主体"), 3),
            (70, ("inline", "3.操作流程"), 3),
            (72, ("inline", "4.提交资料"), 3),
            (82, ("inline", "（五）限额以下小型建设工程30万元以下施工备案操作规程"), 2),
            (83, ("inline", "1.适用范围"), 3),
            (85, ("inline", "2.申报主体"), 3),
            (87, ("inline", "3.操作流程"), 3),
            (89, ("inline", "4.提交资料"), 3),
            (99, ("inline", "五、职责分工"), 1),
            (113, ("inline", "六、工作要求"), 1),
            (120, ("inline", "七、其他"), 1),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "闵行区七宝镇人民政府",
            "signatory": "闵行区七宝镇人民政府",
            "date": "2020年9月27日",
            "attachments": [
                "附件：1.七宝镇建设工程管理领导小组人员名单",
                "2.七宝镇限额以下建设工程项目监管流程图",
                "3.七宝镇限额以下建设工程项目业务办理操作流程图",
                "4.七宝镇限额以下小型建设工程项目申报流转表",
                "5.七宝镇限额以下小型建设工程承诺书",
                "6-1.七宝镇限额以下小型建设工程项目受理告知书",
                "6-2.建筑工程（工地）安全管理责任告知单",
                "6-3.建筑工程（工地）环保工作责任告知单",
                "7.七宝镇30万元以下小型建设工程施工备案收件回执单",
                "8.七宝镇30万元以下小型建设工程施工备案表",
                "9.七宝镇限额以下建设工程施工总包合同备案表",
                "10.七宝镇限额以下建设工程施工许可证",
                "11.暂缓施工通知单",
                "12.七宝镇限额以下建设工程抄告单",
                "13.工程款支付证明",
                "14.工程质量保修书",
            ],
        },
    },
    "news-cn-chengdu-justice-bureau-community-visit": {
        # A city justice bureau's news item: title (1, the page's <legend>);
        # no byline, dateline, date line, caption or headings: nothing else.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-cn-haier-tianjin-park-2011": {
        # As the Xing'an story (same portal): title (1), the div.source spans
        # (3-4) furniture, `time` their date. The lead opens with the
        # originating channel's tag 「天津频道」 (a dateline's kind, like a
        # release's 「【南市博通報】」): body, and `source` as written (batch
        # 6's independent pass). The closing 「（完）」 is the story's own end
        # mark: body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"source": "天津频道", "time": "2011-03-28"},
    },
    "news-cn-zoomlion-jiangyin-base-2011": {
        # As the Xing'an story: title (1), the div.source spans (3-4)
        # furniture, `time` their date; the lead's 「3月22日，」 is no
        # dateline (no outlet). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-03-28"},
    },
    "news-hk-us-tariff-escalation-2018": {
        # A 星島日報 story: headline (1); the date div (3, 「2018-08-02 港聞」,
        # the date and the site's section) furniture, its date `time`. Line
        # 5 is the photo carousel's caption (the source's markup, MANIFEST's
        # table): furniture. 「(星島日報報道)」 opening the lead is the paper's
        # dateline: body, `source` 「星島日報」. No subheads.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5]],
        "document": {"source": "星島日報", "time": "2018-08-02"},
    },
    "news-tw-low-orbit-satellite-coverage-2024": {
        # A 財訊 page reposting a 工商時報 story: headline (1); the date span
        # (3) furniture, `time` as written; the byline 「文｜、工商時報」 (5)
        # furniture, naming no reporter and the outlet 工商時報 (`source`);
        # the photo caption with its credit 「（示意圖／Unsplash）」 (7, a
        # caption that repeats the lead's sentence) furniture; the repost
        # credit 「（本文由「工商時報」授權轉載）」 (21) the site's, furniture.
        # No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3], [5, 5], [7, 7], [21, 21]],
        "document": {"source": "工商時報", "time": "2024/10/18 17:34"},
    },
    "plan-tw-taipei-neihu-review-2014": {
        # A Taipei 都市計畫書 converted from PDF to Markdown (cut before 貳).
        # The cover: 「### 臺北市都市計畫書」 (1) the book's genre label, body;
        # the `#` plan name (2) the title; 「## 臺北市政府」 (3) the issuing
        # government, a header element, not a heading (rule 5) whatever its
        # markup; the 公告 line (4) and the cover's labelled bullet items
        # (5-9, 「詳細說明：」 among them: bullet items are list items, as the
        # g0v note in outline_check) body. `## 壹、前言` level 1, its `###`
        # parts level 2, the `####` 計畫範圍 / 計畫年期 level 3. The four
        # `####` lines under 檢討目的 (15-18) are the plan's goals, whole
        # content sentences: a list (rule 3, like the 疑問1…4 an archive
        # marks as `##`). 「Im1」 (24), the image's alt text the reader
        # leaves, is furniture (outline_check2's 「image」 lines). Fields as
        # the cover writes them: `issuer` 臺北市政府, the 公告's `number` and
        # `date` (the act that published the plan, as the Tainan 公告's).
        "title": 2,
        "headings": [
            (10, None, 1),
            (11, None, 2),
            (14, None, 2),
            (19, None, 2),
            (20, None, 3),
            (22, None, 3),
        ],
        "furniture": [[24, 24]],
        "document": {
            "issuer": "臺北市政府",
            "number": "府都規字第 10332006200 號",
            "date": "中華民國 103 年 6 月 12 日",
        },
    },
}
