"""The independent second annotator's batch-9 outlines, as line-based annotation.

Made like batches 3, 5, 6, 7 and 8 (see ../batch7/annotation.py;
the builder is ../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-9 gold files held only their text
at the commit this pass started from, 623299c), and this annotation was
written and committed before any batch-9 gold outline, spec or batch-9
note on the gold existed on this branch, without running the app's
outline, title, header or furniture code. The held-out four were
annotated and committed first. Headings are (line, cut, level): the
heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines. Furniture is 1-based inclusive line
ranges; "subtitle" is a line number. The writer only slices the text; it
runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the Macau release's two short lines are `<strong>` paragraphs, the
眾新聞 report's three short lines `<figcaption>`s and its 「**」 unclosed bold
markup around the lead.

Until session 11 this file was batch9/write_second_pass.py, the annotation with its own
builder; the builder is now ../write_second_pass.py, shared by every batch:
Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 9 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon
A = "条"  # an article heading is its marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "decision-tw-fsc-mingtai-insurance-2025": {
        # An FSC 裁處書 whose parts are one numbered tier 一、–十一、. Every
        # sibling opens with a label closed by ： (「一、裁罰時間：」 …
        # 「七、主旨：」 … 「十一、注意事項：」), so by rules 1-3 (per tier,
        # all siblings alike) the tier is headings, each cut at its first ：
        # (rule 2), level 1. The labels 一、–七、 (the record's header
        # fields and 主旨) are headings only because they share the tier with
        # 事實/理由及法令依據/繳款方式/注意事項 (see README: the main call).
        # Under them: the (一)–(四) of 事實 and of 理由 are content
        # sentences (lists, rule 3); under 繳款方式 only 「繳款期限：」 has a
        # headline (a tie: a list, batch 3's reading); under 注意事項 two
        # provisions (a list). Title: the FSC site's summary line (batch 3).
        # Header: 裁罰時間 is the decision's date; the 受處分人 is the party
        # the decision addresses as 貴公司 (no 正本 line here, which gave
        # `addressees` in batches 3 and 4); no 文號, no 發文機關 line, no 副本.
        "title": 1,
        "headings": [(n, C, 1) for n in (4, 5, 6, 7, 8, 9, 10, 11, 16, 21, 24)],
        "furniture": [],
        "document": {"date": "114年5月15日", "addressees": "明台產物保險股份有限公司"},
    },
    "gw-cn-xinjiang-innovation-zones-reply-2018": {
        # A 国务院 批复. Title wrapped over lines 1-3 above the 文号, joined.
        # 一、–四、 are provisions (「一、同意…」, 「四、新疆…要加强组织领导…」)
        # with no headline lead: a list (rule 3), so no headings. Addressees
        # as the line reads without its ：; signature, date and the
        # 「（此件公开发布）」 note as in batch 1's 国务院 documents.
        "title": (1, 2, 3),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国函〔2018〕145号",
            "addressees": "科技部、新疆维吾尔自治区人民政府、新疆生产建设兵团",
            "signatory": "国务院",
            "date": "2018年11月23日",
            "note": "（此件公开发布）",
        },
    },
    "press-mo-ipim-nansha-car-export-2026": {
        # Two bold one-line subheads (<strong> paragraphs in the source),
        # level 1, kept with their inner space; no caption block.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1)],
        "furniture": [],
        "document": {},
    },
    "wr-inner-mongolia-2026": {
        # The library mirror's page, as batches 4-7's reports: 下载…】
        # (1-9) and 来源/时间 (12-13) are furniture, and so is the photo
        # caption (15, 「…作政府工作报告。本报记者 韩卿立 摄」). Title line 10,
        # the occasion line 11 as subtitle, the speaker line 14 as
        # `speaker`. The part title 「“十四五”时期发展成就和2025年工作回顾」
        # stands alone on its line before body (the cut keeps no 一、):
        # a level-1 headline (rule 4). The six 「——这五年…。」 leads open
        # paragraphs and run on: body (rule 5).
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "自治区人民政府主席 包钢",
            "occasion": "内蒙古自治区第十四届人民代表大会第五次会议",
            "date": "2026年2月4日",
        },
    },
    # Development part.
    "gw-cn-gold-policy-reply-1996": {
        # A 国办 复函. Title wrapped over lines 1-2 above the 文号, joined.
        # 一、–四、 are topic lines 「一、关于…问题」 standing alone before their
        # body: level 1. The （一）–（三） under 二、 are provisions (「（一）从
        # 1996年起，新开工项目由…贷款；…」) with no headline lead: a list (rule
        # 3). The closing 「另外，白银…」 paragraph is body. 「（本文有删减）」 is
        # the `note` (batch 8's 答复).
        "title": (1, 2),
        "headings": [(6, None, 1), (8, None, 1), (12, None, 1), (14, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔1996〕16号",
            "addressees": "国家经贸委、冶金部",
            "signatory": "国务院办公厅",
            "date": "一九九六年二月九日",
            "note": "（本文有删减）",
        },
    },
    "gw-cn-pollution-census-group-2018": {
        # A 国办 通知 carrying a leading group's member list: the 组长/副组长/
        # 成员 lines and the name-and-post lines are a list, not a tier
        # (batch 6's corridor headquarters): no headings.
        "title": (1, 2),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔2018〕74号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            "signatory": "国务院办公厅",
            "date": "2018年11月5日",
            "note": "（此件公开发布）",
        },
    },
    "gw-cn-science-awards-decision-2018": {
        # A 国务院 决定 in three unnumbered paragraphs: no headings.
        "title": (1, 2),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国发〔2018〕44号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            "signatory": "国务院",
            "date": "2018年12月28日",
            "note": "（此件公开发布）",
        },
    },
    "gw-tw-tainan-yongkang-plan-notice-2026": {
        # A Tainan city government 公告. Title: the record's first line (as
        # the Tainan releases, batch 3), which repeats the 主旨; the
        # letterhead 「臺南市政府　公告」 (機關 and 文別) gives `issuer`.
        # 發文日期/發文字號/附件 are header lines: `date`, `number`,
        # `attachments` (the 附件 line as it reads, label kept; batch 3's
        # reading). 「主旨：…」 carries its text on the line: body (rule 5,
        # batch 3). 「依據：」 and 「公告事項：」 stand alone on their lines:
        # level-1 headings (rule 4, as 「事實：」). Under 依據 the 一、二、 are
        # content (a list); under 公告事項 every 一、–三、 opens with a label
        # closed by ： (「一、公告時間：」…): a tier of headings (rules 2 and
        # 3), level 2, cut at the ：. The mayor's line is the 署名 as written.
        # A 公告 has no 受文者, so no `addressees`.
        "title": 1,
        "headings": [(11, None, 1), (14, None, 1), (15, C, 2), (16, C, 2), (17, C, 2)],
        "furniture": [],
        "document": {
            "issuer": "臺南市政府",
            "date": "中華民國115年8月20日",
            "number": "府都規字第1151240479A號",
            "attachments": "附件：計畫書、圖各1份。",
            "signatory": "市長   黃偉哲",
        },
    },
    "news-cn-xwlb-digest-20260701": {
        # As batches 2, 3 and 8: the programme line is the title, the lead
        # line and every 「查看视频 ↗」 are furniture, each [视频] item a
        # level-1 heading as written (9 items; the lead's 「全部 10 条」 counts
        # the programme line). The 联播快讯 sub-items run together inside
        # the last item, without lines of their own: not marked. No fields.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 29, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3,) + tuple(range(5, 30, 3))],
        "document": {},
    },
    "news-hk-john-lee-acting-ce-2021": {
        # 眾新聞 report without subheads. Lines 7, 12 and 16 are the three
        # <figcaption>s (line 12 repeats the sentence that opens line 13),
        # lines 23-24 the subscription footer: furniture. The byline is only
        # in the dropped front matter, so no `reporter`. The stray 「**」
        # (end of line 3, all of line 5) are the archive's unclosed bold
        # markup around the lead paragraphs, not text the site added: left
        # unmarked, like batch 8's undecoded entities (a reader's fix). The
        # two > quotations (19, 21) are body.
        "title": 1,
        "headings": [],
        "furniture": [[7, 7], [12, 12], [16, 16], [23, 24]],
        "document": {},
    },
    "press-tw-tainan-anping-canal-tide-2026": {
        # A Tainan release without headings. The run-together line 3
        # 「發稿單位：…發稿時間：…發稿人員：…」 is the release's own header:
        # `source`, `time` and `reporter` (batches 3-5; batch 4's 發稿人).
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "新聞及國際關係處", "time": "115年8月20日", "reporter": "劉一芬"},
    },
    "stats-hlj-daqing-rural-economy-2014": {
        # As batch 7's Daqing analysis: the title is the article's first
        # line; 一、–六、 are headline lines closed by 。 (level 1, the whole
        # line); the text names no issuer or date, so no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (3, 5, 7, 9, 11, 13)],
        "furniture": [],
        "document": {},
    },
}
