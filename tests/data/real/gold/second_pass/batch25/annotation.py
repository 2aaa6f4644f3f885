"""The independent second annotator's batch-25 outlines, as line-based annotation.

Made like batches 3 and 5 to 24 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (c7310127,
"Corpus batch 25 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-25
gold outline, spec or batch-25 note on the gold was read (nor the builder's
branch issue-b25-s19), without running the app's outline, title, header or
furniture code (nor `analyze` or any scorer). Headings are (line, cut, level):
the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one heading
wrapped over several lines; ("inline", words) is a heading found inside a
longer line. Furniture is 1-based inclusive line ranges; `furniture_text`
lists the exact strings where a furniture range is only part of a line. The
writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' HTML for `<strong>` runs or their absence).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 25
"""

from __future__ import annotations

C = "："

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-moea-exporter-registration-rules-2010": {
        # A 經濟部令 in the gazette record (as batch 24's 內政部令): the
        # record's first line the title (1); 「經濟部令」 (2) the letterhead:
        # `issuer` 「經濟部」; date (3) and 字號 (4) as written. The 令's one
        # sentence (5) body; 「附修正…部分條文」 (6) `attachments` as it reads
        # (stripped of its leading full-width space). 「部　　長　施顏祥」 (7) the
        # 署名 as written. The carried amended articles under their own title
        # (8): level 1 (rule 7); 第　二　條 (9), 第　三　條 (10), 第　七　條 (11)
        # and 第八條之一 (14) head their articles, the marker alone (rule 6),
        # level 2; the 一、二、 items (12-13, 15-16) are content sentences
        # closed by 。: lists, body.
        "title": 1,
        "headings": [(8, None, 1), (9, "條", 2), (10, "條", 2), (11, "條", 2), (14, "之一", 2)],
        "furniture": [],
        "document": {
            "issuer": "經濟部",
            "date": "中華民國99年6月1日",
            "number": "經貿字第09904603240號",
            "attachments": "附修正「出進口廠商登記辦法」部分條文",
            "signatory": "部\u3000\u3000長\u3000施顏祥",
        },
    },
    "news-cn-tech-stocks-a-share-volatility-2026": {
        # A 证券日报-style market report: title (1); three short stand-alone
        # subheads 「科技股表现分化」 (5), 「多只小金属股票大涨」 (16) and
        # 「A股有望展现相对韧性」 (23), each followed by body paragraphs: level 1
        # (rule 4). No dateline, byline or furniture in the text: no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (5, 16, 23)],
        "furniture": [],
        "document": {},
    },
    "press-mo-legco-hengqin-visit-2026": {
        # A GCS release (立法會): <h1> title (1); five plain <p>s, no <strong>
        # in the file, no caption, no sign-off. The three groups' paragraphs
        # (3-5) open with the members' names, sentences: body; the hosts' list
        # (6) body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-qinghai-2026": {
        # A provincial work report in the 青海日报 form (no library toolbar):
        # title 「政府工作报告」 (1), the occasion line with its ―― the
        # subtitle (2); the speaker line 「省长 罗东川」 (3) `speaker` as
        # written; the publication time and 「来源：青海日报」 (4-5) furniture
        # (the mirror's 来源/时间 lines). 「各位代表：」 (6) and the opening
        # paragraph (7) body. 一、 (8) stands alone, level 1; its opening
        # paragraph (9) body; the seven unnumbered stand-alone headlines closed by
        # 。 (「生态底色更加亮丽。」 10, 12, 14, 16, 18, 20, 22), each with
        # its body on the next line: level 2 (rule 4, as the stand-alone
        # headline lines closed by 。 of the statistical analysis). 「过去一年，…」
        # (24) body. `occasion` and `date` from the subtitle. The file is cut
        # inside part 一.
        "title": 1,
        "subtitle": 2,
        "headings": [(8, None, 1)] + [(n, None, 2) for n in (10, 12, 14, 16, 18, 20, 22)],
        "furniture": [[4, 5]],
        "document": {
            "speaker": "省长 罗东川",
            "occasion": "青海省第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
    # Development part.
    "gw-sh-transport-construction-credit-rules-2021": {
        # A 市交通委 印发 notice in the repository form: the banner (1)
        # furniture; the page's title (2), 文号 (3), 主送 (4), cover sentence (5)
        # and 「特此通知。」 (6) body, 署名 (7), date (8) as written. The carried
        # 办法 (rule 7): title (9) level 1; 第一条（目的和依据） … 第十六条（施行日期）
        # stand alone with their bracketed subjects, level 2 (articles without
        # chapters, one level down in the annex). 「不良行为信息主要包括：」 (34),
        # 「激励措施包括：」 (57), 「惩戒措施包括：」 (63) are sentences, body; the
        # （一）… items under them content clauses closed by ；/。: lists.
        "title": 2,
        "headings": [(9, None, 1)]
        + [(n, None, 2) for n in (10, 12, 17, 19, 25, 27, 30, 33, 40, 44, 49, 51, 53, 55, 68, 70)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交行规〔2021〕8号",
            "addressees": "各有关单位",
            "signatory": "上海市交通委员会",
            "date": "二○二一年八月十日",
        },
    },
    "gw-sh-urban-transport-system-plan-2024": {
        # A 市交通委 印发 notice, repository form: banner (1, with its stray
        # 「&siteId=0010」) furniture; title (2); no 文号 in the text (沪交设养
        # 〔2024〕984号 is only in the dropped front matter): no `number`. 主送
        # (3), cover sentence (4), 「特此通知。」 (5) body; 署名 (6), date (7). The
        # carried 工作方案 (rule 7): title (8) level 1, preamble (9) body;
        # 一、–四、 (10, 15, 20, 24) stand alone, level 2; every （一）… under
        # them opens with a headline closed by 。 (「（一）编制体系规划。」 …):
        # run-in, cut at the first 。, level 3. Then the 任务分解表 the page
        # carries without a 附件 label: its title (28) a level-1 section (rule
        # 7, as the 五个新城 清单 of batch 20); the table flattened one cell per
        # line (29-142) is body, the group rows repeating 一、–三、 (36, 81, 112)
        # included (table cells; the flagged call).
        "title": 2,
        "headings": [(8, None, 1), (10, None, 2)]
        + [(n, "。", 3) for n in (11, 12, 13, 14)]
        + [(15, None, 2)]
        + [(n, "。", 3) for n in (16, 17, 18, 19)]
        + [(20, None, 2)]
        + [(n, "。", 3) for n in (21, 22, 23)]
        + [(24, None, 2)]
        + [(n, "。", 3) for n in (25, 26, 27)]
        + [(28, None, 1)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "各相关部门",
            "signatory": "上海市交通委员会",
            "date": "2024年12月25日",
        },
    },
    "gw-tw-exam-yuan-ey-internship-rules-repeal-2010": {
        # A joint 考試院、行政院令 in the gazette record: the record's first line
        # the title (1); 「考試院」/「行政院令」 (2-3) the joint letterhead:
        # `issuer` both bodies, a list; date (4) with the record's 「（補登）」 note
        # left out of `date`; the two 字號 (5-6) `number`, a list, as written.
        # The 令's one sentence (7) body; the two 「院　　長」 署名 lines (8-9)
        # `signatory`, a list, as written. Nothing carried: no headings, no
        # furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": ["考試院", "行政院"],
            "date": "中華民國99年4月19日",
            "number": ["考臺組壹一字第09900029851號", "院授人力字第0990061810號"],
            "signatory": ["院\u3000\u3000長\u3000關\u3000中", "院\u3000\u3000長\u3000吳敦義"],
        },
    },
    "news-cn-midday-market-review-2026": {
        # A 中国经济网 午评: title (1); the lead (2) opens with the dateline
        # 「中国经济网北京6月12日讯」: body, giving `source` 「中国经济网」 and
        # `time` 「6月12日」 as written. 「A股市场板块涨跌幅排行」 (4), the last line,
        # names the chart the page shows under it: a chart caption, furniture
        # (the flagged call: no markup in the .txt to tell a subhead over a
        # chart from the chart's own title).
        "title": 1,
        "headings": [],
        "furniture": [[4, 4]],
        "document": {"source": "中国经济网", "time": "6月12日"},
    },
    "news-hk-korea-democracy-students-column-2021": {
        # A 眾新聞 column: `#` title (1); the byline 「【撰文：鳴暉】」 (2)
        # furniture, `reporter` 「鳴暉」 (batch 13's playable-city column). The
        # four <figcaption>s (8, 9, 15, 16, credits 「網絡照片」) furniture, one
        # range each. The bold stand-alone label 「参考：」 (21) heads the
        # reference line under it: level 1 (rule 4, a stand-alone label closed
        # by ：); the reference (22) body. The subscription footer and the
        # 「博客 | 華人基督徒義顯社」 card with its profile (23-27) one range; the
        # card names a group, not a person: no field from it.
        "title": 1,
        "headings": [(21, None, 1)],
        "furniture": [[2, 2], [8, 8], [9, 9], [15, 15], [16, 16], [23, 27]],
        "document": {"reporter": "鳴暉"},
    },
    "news-hk-myanmar-coup-china-2021": {
        # A 眾新聞 report (仰光專電): `#` title (1). 「【仰光專電】」 opens the
        # lead (2): body; it names a place, not an outlet: no `source`. The
        # five <figcaption>s (4, 5, 16, 37, 73) furniture, one range each. The
        # three `####` paragraphs (12, 18, 52) are whole sentences (12 a long
        # paragraph): emphasis, body (rule 5). The bold block quotes (10, 25,
        # 26, 48, 60, 61, 71, 75) body. The bold 「周浩霖簡歷 ：」 (76) and the
        # profile (77) are the writer's card: furniture with the subscription
        # footer (78-79), one range, `reporter` 「周浩霖」 (the card gives the
        # name alone; the flagged call: the label stands alone, but it heads
        # the site's author profile, not part of the story).
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [5, 5], [16, 16], [37, 37], [73, 73], [76, 79]],
        "document": {"reporter": "周浩霖"},
    },
    "press-mo-smart-clearance-expansion-2026": {
        # A GCS release (治安警察局, 澳門保安部隊事務局): <h1> title (1); the
        # feed's caption block 「【治安警察局/澳門保安部隊事務局】…」 (2)
        # furniture, no `source` (batch 13's iris-clearance release). The four
        # <p>s wholly <strong> (4, 6, 9, 12) are subheads, level 1. No other
        # fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (4, 6, 9, 12)],
        "furniture": [[2, 2]],
        "document": {},
    },
    "press-tw-president-it-talent-awards-2026": {
        # A Presidential Office release: title (1, full-width spaces kept) and
        # the record's subtitle (3). The 總統… paragraphs, the three award
        # fields' paragraphs (「在教育與應用推廣領域，…」) and the closing
        # visitors' line (21) are body. No headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
