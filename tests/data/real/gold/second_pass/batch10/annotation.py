"""The independent second annotator's batch-10 outlines, as line-based annotation.

Made like batches 3 and 5 to 9 (see ../batch9/annotation.py; the builder is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-10 gold files held only their text
at the commit this pass started from, 491438f), and this annotation was
written and committed before any batch-10 gold outline, spec or batch-10
note on the gold was read, without running the app's outline, title,
header or furniture code (nor any scorer). The held-out four were annotated
and committed first. Headings are (line, cut, level): the heading is the
stripped line up to and including the first `cut` (a run-in heading, rule
2), or the whole line; a tuple of lines is one heading wrapped over several
lines. Furniture is 1-based inclusive line ranges; "subtitle" is a line
number. The writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the two Macau files' `<strong>` subheads, and the RTHK digests'
Markdown (`# ` item headlines, `![…]` image captions, the per-item
原始網址 block).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 10 [--check]
"""

from __future__ import annotations

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-cn-armed-police-relocation-reply-1996": {
        # A joint 国务院、中央军委 批复. Title wrapped over lines 1-2 above
        # the 文号, joined. One approving paragraph: no headings. `issuer`
        # the two bodies of the title (a list for a joint document, as batch
        # 6's taxi notice); `signatory` the one sign-off line as written.
        # No 附注 line.
        "title": (1, 2),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": ["国务院", "中央军委"],
            "number": "国函〔1996〕95号",
            "addressees": "武警总部",
            "signatory": "国务院 中央军委",
            "date": "一九九六年十一月五日",
        },
    },
    "news-cn-xwlb-digest-20260629": {
        # As batches 2, 3, 8 and 9: the programme line (2) is the title, the
        # lead line (1) and every 「查看视频 ↗」 are furniture, each [视频]
        # item a level-1 heading as written (11 items; the lead's 「全部 12
        # 条」 counts the programme line). The sub-items of the two 联播快讯
        # run together inside their items, without lines of their own: not
        # marked. Each item's 「央视网消息（新闻联播）：」 belongs to its item:
        # no fields.
        "title": 2,
        "headings": [(n, None, 1) for n in range(4, 35, 3)],
        "furniture": [[1, 1]] + [[n, n] for n in (3,) + tuple(range(5, 36, 3))],
        "document": {},
    },
    "press-mo-ipim-iberia-delegation-2026": {
        # Two bold one-line subheads (<strong> paragraphs in the source; the
        # first split over three runs around a space), level 1, kept with
        # their inner space. No caption block, no dateline.
        "title": 1,
        "headings": [(4, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
    "wr-ningxia-2026": {
        # The provincial site's page: breadcrumb (1-6), the page's own
        # headline (7, 「2026年宁夏回族自治区政府工作报告」) and the
        # 发表时间/来源/阅读量/【字体…】 block (8-17) are one furniture range;
        # the report's own title block follows: 「政府工作报告」 (18), the
        # occasion line as subtitle (19), the speaker line as `speaker` (20).
        # The page headline is page chrome, as a page's <h1> above a
        # document's own title (batches 4, 5, 8), so the title is line 18.
        # Line 21 is the photo caption with its credit (「…作政府工作报告。
        # 宁夏日报记者 王鼎 摄」): furniture. 一、 and 二、 are level 1; the
        # 一是–五是 and 一是–十是 leads and the unnumbered 「内需拉动明显增强。」
        # leads open paragraphs and run on: body (rule 5); 「各位代表！」 body.
        "title": 18,
        "subtitle": 19,
        "headings": [(24, None, 1), (63, None, 1)],
        "furniture": [[1, 17], [21, 21]],
        "document": {
            "speaker": "自治区人民政府主席 张雨浦",
            "occasion": "宁夏回族自治区第十三届人民代表大会第四次会议",
            "date": "2026年2月3日",
        },
    },
    # Development part.
    "gw-cn-coal-mine-blasts-bulletin-2004": {
        # A 国办 通报. Title wrapped over lines 1-3 above the 文号, joined.
        # The four accident paragraphs (8-11) are unnumbered body. The
        # requirements 一、–四、 each open with a headline closed by 。
        # (「一、牢固树立“安全第一”思想。」): run-in headings, level 1 (rule 2);
        # the 一是–四是 inside 二、 are body (rule 5). 「（本文有删减）」 is the
        # `note` (batch 8's 答复, batch 9's 复函).
        "title": (1, 2, 3),
        "headings": [(13, P, 1), (14, P, 1), (15, P, 1), (16, P, 1)],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办发〔2004〕7号",
            "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
            "signatory": "国务院办公厅",
            "date": "二〇〇四年一月十六日",
            "note": "（本文有删减）",
        },
    },
    "gw-cn-hk-macau-weather-stations-reply-1996": {
        # A 国办 复函. Title wrapped over lines 1-2 above the 文号, joined.
        # 一、–四、 are provisions (「一、同意…」, 「二、…请中国气象局…协商办理」)
        # with no headline lead: a list (rule 3, as batch 9's 新疆 批复), so
        # no headings.
        "title": (1, 2),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院办公厅",
            "number": "国办函〔1996〕14号",
            "addressees": "中国气象局",
            "signatory": "国务院办公厅",
            "date": "一九九六年二月六日",
            "note": "（本文有删减）",
        },
    },
    "gw-cn-vocational-education-meeting-reply-2018": {
        # A 国务院 批复 carrying its attachment, the 联席会议制度. Title
        # wrapped over lines 1-2, joined; line 8 is the 附件说明
        # (`attachments`, the line as it reads). The annex's own title (13)
        # is level 1 (rule 7; the 「附件」 label line 12 is not part of it, as
        # batch 3's 「附件1」), its 一、–四、 headline lines level 2. The
        # member list appended to the 制度 (「（名单附后）」) has its own
        # title wrapped over lines 25-26, a stand-alone headline (rule 4)
        # inside the annex: level 2 (levels follow the nesting). Its
        # 召集人/副召集人/成员 lines are a list (batch 9's leading group).
        "title": (1, 2),
        "headings": [
            (13, None, 1),
            (15, None, 2),
            (17, None, 2),
            (21, None, 2),
            (23, None, 2),
            ((25, 26), None, 2),
        ],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国函〔2018〕144号",
            "addressees": "教育部",
            "attachments": "附件：国务院职业教育工作部际联席会议制度",
            "signatory": "国务院",
            "date": "2018年11月20日",
            "note": "（此件公开发布）",
        },
    },
    "gw-tw-tainan-madou-plan-notice-2026": {
        # A Tainan city government 公告, the template of batch 9's Yongkang
        # notice. Title: the record's first line; the letterhead gives
        # `issuer`; 發文日期/發文字號/附件 give `date`, `number`,
        # `attachments` (the line as it reads); the mayor's line is the
        # `signatory` as written; no 受文者, so no `addressees`. 「主旨：…」 and
        # here also 「依據：…」 carry their text on the line: body (rule 5).
        # 「公告事項：」 stands alone: level 1 (rule 4). Its 一、–七、: only
        # 一、–三、 open with a label closed by ：; 四、–七、 are sentences (the
        # 說明會's time and place, the typhoon arrangement, how to comment,
        # the video). Three of seven: a list by rule 3's majority, so no
        # level-2 headings (Yongkang's three items were all labels).
        "title": 1,
        "headings": [(12, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "臺南市政府",
            "date": "中華民國115年8月4日",
            "number": "府都規字第1150959239A號",
            "attachments": "附件：計畫書及圖各1份",
            "signatory": "市長         黃偉哲",
        },
    },
    "news-hk-rthk-greater-china-digest-2025": {
        # An RTHK feed digest, as batch 1's: no title; each item's headline
        # (a `# ` line in the source) is a level-1 heading; each item's image
        # caption (the `![…]` alt text: 「…（法新社）」, 「…（新華社資料圖片）」, and
        # line 37, which repeats its headline) and each 原始網址 / © rthk.hk /
        # 電子郵件 / 原文連結 block are furniture. Item 8 (50) has no image. No
        # fields.
        "title": None,
        "headings": [(n, None, 1) for n in (1, 8, 15, 22, 29, 36, 43, 50, 56, 63, 70, 77)],
        "furniture": sorted(
            [[n, n] for n in (2, 9, 16, 23, 30, 37, 44, 57, 64, 71, 78)]
            + [[n, n + 3] for n in (4, 11, 18, 25, 32, 39, 46, 52, 59, 66, 73, 80)]
        ),
        "document": {},
    },
    "news-hk-rthk-local-digest-2025": {
        # As the greater-China digest. The captions of items 5 (29) and 12
        # (78) have no credit and the caption of item 8 (50) reads like a
        # sentence; all three are `![…]` alt texts in the source. Items 1 and
        # 13 have no image. No fields.
        "title": None,
        "headings": [(n, None, 1) for n in (1, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 90)],
        "furniture": sorted(
            [[n, n] for n in (8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 91)]
            + [[n, n + 3] for n in (3, 10, 17, 24, 31, 38, 45, 52, 59, 66, 73, 80, 86, 93)]
        ),
        "document": {},
    },
    "press-tw-tainan-camellia-oil-sampling-2026": {
        # A Tainan health-bureau release without headings: the （一）（二）（三）
        # cases and the 一、二、三、 return channels run together inside their
        # paragraphs (body, as batch 3's run-in 「1. 死亡救助…」). The undecoded
        # 「&mu;」 is body (batch 8's entities). Title: the first line as
        # written. The closing 「發稿人：林曉玫連絡電話：…」 gives `reporter`
        # (batch 4's 發稿人); no 發稿單位/發稿時間 line, so no `source`/`time`.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"reporter": "林曉玫"},
    },
    "stats-mo-amcm-mortgage-loans-2026": {
        # A monetary-authority release via the GCS feed: three <strong>
        # one-line subheads (新批核借貸, 未償還按揭貸款總額, 貸款拖欠比率), level
        # 1. The definitions paragraph and the closing 「如欲查詢更詳盡資料，
        # 請瀏覽：」 with its link are the authority's text (body, as batch 7's
        # links); the lead 「澳門金融管理局今（15）日發佈…」 is a sentence, not a
        # dateline: no fields.
        "title": 1,
        "headings": [(3, None, 1), (6, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {},
    },
}
