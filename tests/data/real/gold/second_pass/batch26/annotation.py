"""The independent second annotator's batch-26 outlines, as line-based annotation.

Made like batches 3 and 5 to 25 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (555cce60,
"Corpus batch 26 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-26
gold outline, spec or batch-26 note on the gold was read (nor the builder's
branch issue-b26-s20), without running the app's outline, title, header or
furniture code (nor `analyze` or any scorer). Headings are (line, cut, level):
the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one heading
wrapped over several lines; ("inline", words) is a heading found inside a
longer line. Furniture is 1-based inclusive line ranges; `furniture_text`
lists the exact strings where a furniture range is only part of a line. The
writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
university notice's Markdown for its metadata block, the 西藏 report's .txt
for the edition jump inside a paragraph).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 26
"""

from __future__ import annotations

A = "条"  # an article's marker only (rule 6)
C = "："
P = "。"

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-cau-student-loan-receipts-notice-2024": {
        # A university graduate-school notice on a Jekyll copy of the page:
        # the `#` title (1); the page's metadata block 「通知类型：」/「来源：」/
        # 「发布时间：」/「访问量：」 (2-5, one Markdown paragraph) page chrome,
        # one furniture range; no news field from it (a 公文's fields are
        # the GB/T ones; the 来源 value repeats the 署名's bodies). 主送
        # 「各培养单位、相关同学：」 (6) `addressees`; the opening paragraph
        # ending 「具体事项如下：」 (7) body. The 1.–4. items (8-11) are content
        # sentences with no headline lead (「1. 请已办理…」): a list (rule 3),
        # no headings. The contact lines (12-15) body (batch 13's contact
        # lines; not bracketed, before the 署名, so no `note`). 署名 (16):
        # two bodies on one line, `signatory` as written (double space kept)
        # and `issuer` the two as a list (the title names none; batch 19's
        # 充电设施 notice). Date (17). The two numbered 附件 lines (18-19)
        # `attachments`, a list, each as its line reads; no annex text follows.
        "title": 1,
        "headings": [],
        "furniture": [[2, 5]],
        "document": {
            "issuer": ["党委研究生工作部", "研究生院"],
            "addressees": "各培养单位、相关同学",
            "signatory": "党委研究生工作部  研究生院",
            "date": "2024年8月22日",
            "attachments": [
                "附件1：2024年生源地信用助学贷款研究生信息汇总表.xlsx",
                "附件2：各培养单位及研究院资助工作联系方式.doc",
            ],
        },
    },
    "news-cn-bank-wealth-management-rebound-2026": {
        # A 证券日报 report (as batch 25's tech-stocks piece): title (1, its
        # inner space kept); twelve body paragraphs, no subhead, no byline
        # or dateline (「《证券日报》记者从…获悉」 is a sentence of the lead and
        # names no reporter). No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "news-cn-xwlb-digest-20260620": {
        # As batches 2, 3, 8-11 and 21: the programme line (2) is the title,
        # the lead line (1) and every 「查看视频 ↗」 furniture, each [视频] item
        # a level-1 heading as written (14 items in the file, the lead line
        # says 15); each 「央视网消息（新闻联播）：」 belongs to its item: no
        # fields. The 快讯 sub-items run together inside their items: not
        # marked.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 44, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3, *range(5, 45, 3))],
        "document": {},
    },
    "wr-xizang-2026": {
        # A provincial work report on the library mirror (as 吉林, 山西, 辽宁,
        # 甘肃): the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10, 「2026年西藏自治区政府工作报告」 as written), the
        # occasion line with its —— the subtitle (11); the speaker line (14)
        # `speaker` as written, not furniture; `occasion` and `date` from the
        # subtitle. 「各位代表：」 (15) and the opening sentence (16) body.
        # 「一、2025年和“十四五”时期工作回顾」 (17) level 1, the only heading:
        # the 这一年 paragraphs (19-21), 「一年来，我们重点做了以下工作。」 (22),
        # the eight 一是…八是 leads (23-30; rule 5), the 「这五年是…的五年。」
        # leads (32-36) and the 各位代表！ paragraphs are body. The
        # newspaper's edition jump 「（下转第四版）（紧接第一版）」 inside line 21
        # is the paper's layout, not the report's text: inline furniture (the
        # flagged call; the Furniture rule's edition line). The file is cut
        # inside part 一.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)],
        "furniture": [[1, 9], [12, 13], [21, 21]],
        "furniture_text": ["（下转第四版）（紧接第一版）"],
        "document": {
            "speaker": "自治区主席 嘎玛泽登",
            "occasion": "西藏自治区第十二届人民代表大会第四次会议",
            "date": "2026年1月31日",
        },
    },
    # Development part.
    "gw-cn-csrc-verification-record-rules-1998": {
        # A 证监会 notice as the TD2000 office suite's law library carries it
        # (the page's visible text, one line per cell or paragraph): the
        # library's page header 「主承销商律师验证笔录」 and its label 「一、格式：」
        # (1-2) are the library's, not the notice's: furniture, one range
        # (the MANIFEST row names them so). The notice's title wrapped over
        # three lines (3-5), joined: the title (the line(s) above the 文号).
        # 「1998年4月1日　证监发字[1998]41号」 (6): `date` and `number` as
        # written; `issuer` the body the title names. The notice's one
        # paragraph (7) body; no 主送, 署名 or 附件说明 in the text. Two
        # carried parts (rule 7), each level 1: the 说明 (8), whose items
        # (9 with its 一、 missing as served, 二、–十九、 10-27) are provisions
        # in content sentences (「二、主承销商从事A股承销工作，…出具验证笔录。」): a
        # list, body; and the 准则 itself 「验证笔录的内容与格式（试行）」 (28). The
        # template's own title 「××律师事务所关于××公司××年度」/「股票发行招股说明书
        # 的验证笔录」 (29-30) is the title the lawyer writes on the record, part
        # of the template's text: body (flagged). The template's three part
        # labels （引言） (31), （正文） (47), （结尾） (98) stand alone over
        # their parts: level 2 (rule 4). Under each, the 一、… stand alone:
        # level 3 — 引言's 一、 (32), 二、 (35) and 「三、引言的结束段应载入下列文字：」
        # (45, whole line; its quoted paragraph 46 body); 正文's 一、主要资料 …
        # 二十二、确认人签字、盖章 (48-90, even lines), each over its 「本节由律师…」
        # paragraph; 结尾's 一、 (99) and 二、 (100), nominal lines like their
        # siblings in the other parts though no paragraph follows them (the
        # flagged call). The 1．–9． under 引言's 一、/二、 (33-34, 36-44) are
        # content sentences: lists. The signature-field lines (92-97, 101-103)
        # are the form's blanks: body.
        "title": (3, 4, 5),
        "headings": [(8, None, 1), (28, None, 1), (31, None, 2)]
        + [(n, None, 3) for n in (32, 35, 45)]
        + [(47, None, 2)]
        + [(n, None, 3) for n in range(48, 91, 2)]
        + [(98, None, 2), (99, None, 3), (100, None, 3)],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "中国证券监督管理委员会",
            "date": "1998年4月1日",
            "number": "证监发字[1998]41号",
        },
    },
    "gw-cn-spp-criminal-law-article12-notice-1997": {
        # (Session 22, rd22: the Markdown reader no longer shows stand-alone HTML
        # comments, which this text held as lines of their own; the line numbers
        # below stay as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((3, 3, 3, 2),),
        # A 最高人民检察院 notice from LawRefBook: title (1); the adoption line
        # (2, not parenthesised) neither subtitle nor furniture (batch 7's
        # paid-leave 规定, batch 21's LawRefBook lines); 「<!-- INFO END -->」
        # (3) furniture. 主送 (4) `addressees`; the opening sentence closed by
        # 「通知如下：」 (5) body. The points (6-10): the source's 一、/二、 and
        # （一）/（二） are missing as served, only 「三、」 (10) keeps its
        # number; every point is a content sentence (「三、如果当时的法律不认为是犯罪，
        # …」): a list, no headings (rule 3). 署名 (11) `signatory`, date (12)
        # `date` (the 成文日期, not the adoption date of line 2); `issuer` the
        # body the title names. No 文号 in the text.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {
            "issuer": "最高人民检察院",
            "addressees": "地方各级人民检察院、各级军事检察院",
            "signatory": "最高人民检察院",
            "date": "1997年10月6日",
        },
    },
    "gw-sh-fengxian-city-checkup-plan-2026": {
        # A 奉贤区 印发 notice in the zhiyao87 form: the banner (1) furniture;
        # title (2); no 文号 in the text (only in the dropped front matter):
        # no `number`. 主送 (3, closed by an ASCII colon) `addressees`; the
        # cover paragraph (4) body; 署名 (5, 「…委委员会」 as served)
        # `signatory` and `issuer` as written (the title names no body;
        # batch 20's 杨浦 notice), date (6). The carried 方案 (rule 7): title
        # (7) level 1, preamble (8) body; 一、–三、 (9, 20, 24) stand alone,
        # level 2; (一)(二) in half-width brackets (11, 15, 25, 27) stand alone,
        # level 3; the 1.–3. under (一) and (二) (12-14, 17-19) open with a
        # headline closed by 。 (「1.区级体检。」): run-in, cut at the first 。,
        # level 4. 二、's three paragraphs (21-23) and (二)进度安排's dated steps
        # (29-31) body. The closing 附件说明 「附件：1.2026 年…」/「2.2026 年…」
        # (32-33) comes after the 方案, not the notice's 署名: the 方案's own
        # (batch 23's 静安 plan), body, no `attachments` (the flagged call);
        # the file is cut before the tables.
        "title": 2,
        "headings": [(7, None, 1), (9, None, 2), (11, None, 3)]
        + [(n, P, 4) for n in (12, 13, 14)]
        + [(15, None, 3)]
        + [(n, P, 4) for n in (17, 18, 19)]
        + [(20, None, 2), (24, None, 2), (25, None, 3), (27, None, 3)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "奉贤区建设和管理委委员会",
            "addressees": "各相关委办局、各街镇",
            "signatory": "奉贤区建设和管理委委员会",
            "date": "2026年4月27日",
        },
    },
    "gw-sh-transport-business-environment-plan-2026": {
        # A 市交通委 印发 notice, zhiyao87 form: banner (1) furniture; title
        # (2); no 文号 in the text (沪交综〔2026〕149号 only in the front
        # matter): no `number`. 主送 (3) `addressees`; cover sentence (4) and
        # 「特此通知。」 (5) body; 署名 (6), date (7); `issuer` the body the
        # title names. The carried 行动方案 (rule 7): title (8) level 1,
        # preamble (9) body; 一、–四、 (10, 17, 23, 29) stand alone, level 2;
        # the nineteen 1.–19. (numbered through the parts) each open with a
        # headline closed by 。 (「1.提高交通运输网络通达性。」): run-in, cut at
        # the first 。, level 3. Then a bare 「附件」 line (33, body, batch 10)
        # and 「示范场景」 (34): the scenes illustrate the 方案's measures and
        # the notice issues only the 方案 and has no 附件说明, so the 方案's own
        # appendix, a stand-alone headline level 2 beside 一、–四、 (batch 10's
        # clarification, as batches 23-25's plan tables; the flagged call).
        # Its 1.–7. open with a label closed by ： (「1.简政提效：深化…。」):
        # run-in, cut at the first ： (rule 2), level 3. No `attachments`.
        "title": 2,
        "headings": [(8, None, 1), (10, None, 2)]
        + [(n, P, 3) for n in range(11, 17)]
        + [(17, None, 2)]
        + [(n, P, 3) for n in range(18, 23)]
        + [(23, None, 2)]
        + [(n, P, 3) for n in range(24, 29)]
        + [(29, None, 2)]
        + [(n, P, 3) for n in (30, 31, 32)]
        + [(34, None, 2)]
        + [(n, C, 3) for n in range(35, 42)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "委机关各处室，委属各单位",
            "signatory": "上海市交通委员会",
            "date": "2026年4月15日",
        },
    },
    "news-cn-rmb-central-parity-fixing-2026": {
        # A 中国经济网 data release: title (1, inner space kept); the lead
        # opens with the dateline 「中国经济网北京6月12日讯」 (2): body, giving
        # `source` and `time` as written (batch 6's reading, batch 25's 午评).
        # The rate list (3) one paragraph, body. No headings or furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "中国经济网", "time": "6月12日"},
    },
    "news-cn-sichuan-tieke-party-study-2017": {
        # A company news page. (Restated in session 20 by h20 on the reader's
        # new text, which keeps the page's <h3> headline and its date/来源
        # line; this pass had read the two body paragraphs alone: no title,
        # no headings, furniture or fields.) The <h3> headline (1) is the
        # title; the date/来源 line (2) furniture, giving `source` and `time`
        # as the portal lines of batch 14; no headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2]],
        "document": {"source": "四川铁科建设监理有限公司", "time": "2017-08-10"},
    },
    "news-cn-wind-morning-briefing-20240802": {
        # The Wind 陆家嘴财经早餐 as a Jekyll blog reposted it: the `#` title
        # (1). The `##` line 「08-02 06:31 Wind」 (2) is the app page's time
        # and publisher stamp, and the page residue 「EnRA+A- 收藏到 AliceBox
        # （本期视频…）」 (3): one furniture range; line 2 gives `time`
        # 「08-02 06:31」 and `source` 「Wind」 as written (a site's date cell,
        # batch 14; the flagged call). The twelve `##` section heads 热点聚焦
        # (4), 环球市场 (29), 宏观 (85), 国内股市 (105), 金融 (132), 楼市 (139),
        # 产业 (151), 海外 (161), 国际股市 (190), 商品 (209), 债券 (215), 外汇
        # (220): level 1 (rule 4, news subheads). The numbered 1、… items
        # under them are news statements, content sentences (「1、美国三大股指
        # 全线收跌，」, 「4、苹果第三财季每股收益1.4美元，…」, whole paragraphs in
        # 国际股市 and 商品), their bullets the details: lists per tier (rule
        # 3; the few that read like a headline, 「1、我国首个…正式公布。」, are
        # a statement of the news too); body (the flagged call).
        "title": 1,
        "headings": [
            (n, None, 1) for n in (4, 29, 85, 105, 132, 139, 151, 161, 190, 209, 215, 220)
        ],
        "furniture": [[2, 3]],
        "document": {"source": "Wind", "time": "08-02 06:31"},
    },
    "reg-cn-prescription-otc-classification-1999": {
        # (Session 22, rd22: the Markdown reader no longer shows stand-alone HTML
        # comments, which this text held as lines of their own; the line numbers
        # below stay as this pass read them, moved to the new text by lines_moved.)
        "lines_moved": ((4, 4, 4, 3),),
        # A ministry regulation from LawRefBook (as batch 12's consumer-rights
        # penalties 办法): title (1), the 公布 and 施行 lines (2-3) neither
        # subtitle nor furniture, 「<!-- INFO END -->」 (4) furniture. No
        # chapters: the fifteen articles are level 1, marker only (rule 6);
        # the unnumbered continuation paragraphs (7, 14, 15) body. `issuer`,
        # `number`, `date` from the 公布 line, `effective` from the 施行 line
        # as written (ASCII digits; 第十五条 has full-width ones).
        "title": 1,
        "headings": [(n, A, 1) for n in (5, 6, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22)],
        "furniture": [[4, 4]],
        "document": {
            "issuer": "国家药品监督管理局",
            "number": "国家药品监督管理局令第10号",
            "date": "1999年6月18日",
            "effective": "2000年1月1日",
        },
    },
}
