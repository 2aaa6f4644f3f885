"""The independent second annotator's batch-24 outlines, as line-based annotation.

Made like batches 3 and 5 to 23 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from (54dc5aaa,
"Corpus batch 24 texts", where the gold files held no headings yet), the four
held-out documents first (their part committed before any dev document was
printed), and this annotation was written and committed before any batch-24
gold outline, spec or batch-24 note on the gold was read (nor the builder's
branch issue-b24-s19), without running the app's outline, title, header or
furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut`
(a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only part
of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' HTML for `<strong>` runs or their absence).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 24
"""

from __future__ import annotations

C = "："

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-moi-guardianship-rules-draft-notice-2010": {
        # A 內政部 公告 in the gazette record (the Taiwan 公告 of batches 9-10):
        # the record's first line (a copy of the 主旨 with 「內政部公告：」) is
        # the title (1); 「內政部公告」 (2) is the letterhead (機關 and 文別):
        # `issuer` 「內政部」; date (3) and 字號 (4) header lines as written.
        # 「主　　旨：…」 (5) and 「依　　據：…」 (6) carry their text on the line:
        # body (the line form decides for unnumbered labels, batch 9's
        # independent pass); 「公告事項：」 (7) stands alone: level 1. Its
        # 一、–四、 (8-11): only 一、修正機關： and 二、修正依據： open with a label,
        # 三、 and 四、 are sentences: two of four, a tie, a list (rule 3,
        # batch 10's Madou notice). The (一)–(五) under 四、 (12-16) are
        # contact details (承辦單位, 地址, 電話, 傳真, 電子信箱) with their values on
        # the line: a list, like the 组长/成员 lines of batch 9 (the flagged
        # call: all five open with a label closed by ：). 「部　　長　江宜樺」
        # (17) the 首長 署名 as written. The carried 總說明 (18) follows the
        # 公告 (「修正草案如附件」): a level-1 section (rule 7); its opening
        # paragraph (19) body and its 一、–八、 (20-27) state each amendment in
        # content sentences (「二、修正本辦法所稱…之定義。（修正條文第二條）」):
        # a list. No 附件 line: no `attachments`; a 公告 has no 受文者.
        "title": 1,
        "headings": [(7, None, 1), (18, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國99年3月8日",
            "number": "台內社字第0990032784號",
            "signatory": "部\u3000\u3000長\u3000江宜樺",
        },
    },
    "news-cn-world-cup-night-consumption-2026": {
        # A 证券日报 report: title (1); two short stand-alone subheads
        # 「IP衍生品备受追捧」 (4) and 「多地商圈抢先发力」 (16), each followed by
        # body paragraphs: level 1 (rule 4). 「北京时间6月12日凌晨，…」 opens a
        # sentence, not a dateline; 「《证券日报》记者」 is inside sentences: no
        # byline, no `reporter` or `source`. No furniture.
        "title": 1,
        "headings": [(4, None, 1), (16, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-mo-healthy-city-committee-2026": {
        # A GCS release (衛生局, 健康城市委員會): <h1> title (1, as the text
        # field has it); plain <p>s, no <strong>, no
        # caption. 「…主要體現在三方面：」 (3) a sentence, body; its 第一，/第二，/
        # 第三， points (4-6) open paragraphs and run on: body (batch 6's
        # reading of 第一/第二/第三 points). The 一、–三、 (8-10) each open a
        # paragraph with a headline closed by ： (「一、夯實城市基礎防線：」 …),
        # three of three: run-in headings (rule 2), level 1, cut at ： (the
        # flagged call: they are the secretary's report summarised inside a
        # release). The members' list (12) is body. No furniture or fields.
        "title": 1,
        "headings": [(n, C, 1) for n in (8, 9, 10)],
        "furniture": [],
        "document": {},
    },
    "wr-gansu-2026": {
        # A provincial work report on the library mirror (as 吉林, 内蒙古,
        # 河南): the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10), the occasion line with its —— the subtitle
        # (11); the speaker line (14) `speaker` as written; the photo caption
        # 「任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿」 (15) furniture (as
        # 内蒙古's 「…作政府工作报告。本报记者 韩卿立 摄」). 「各位代表：」 (16) and
        # the opening paragraph (17) body. The unnumbered stand-alone
        # 「“十四五”时期工作回顾」 (18) level 1 (rule 4, as 内蒙古's). The
        # 「——这是…的五年。」 leads (20-24) run on: body (rule 5). `occasion`
        # and `date` from the subtitle as written. The file is cut inside the
        # five-year review.
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "甘肃省省长 任振鹤",
            "occasion": "甘肃省十四届人民代表大会第四次会议",
            "date": "二〇二六年一月二十七日",
        },
    },
    # Development part.
    "gw-sh-construction-business-environment-plan-2026": {
        # A joint 印发 notice (市住建委, 市规划资源局): the repository banner (1,
        # with its stray 「&siteId=0011」) and the `#` heading (2) furniture; the
        # page's own copy of the title (3) stands above the 文号 (4) and is the
        # title (the repeated-title form of batches 14, 16, 18-20). 主送 (5),
        # cover sentence (6) body; no 署名 line, only the date (7): no
        # `signatory`. The title names both bodies: `issuer` a list. The
        # carried 行动方案 (rule 7): its title (8) level 1, 一、–四、 (9, 14, 19,
        # 23) stand alone, level 2; every 1.–4. under 一、–三、 opens with a
        # headline closed by 。 (「1.提升工程项目全流程审批效能。」 …): run-in,
        # cut at the first 。, level 3 (the next tier under 一、 in the annex).
        # 四、's single paragraph (24) body.
        "title": 3,
        "headings": [(8, None, 1)]
        + [(9, None, 2)]
        + [(n, "。", 3) for n in (10, 11, 12, 13)]
        + [(14, None, 2)]
        + [(n, "。", 3) for n in (15, 16, 17, 18)]
        + [(19, None, 2)]
        + [(n, "。", 3) for n in (20, 21, 22)]
        + [(23, None, 2)],
        "furniture": [[1, 2]],
        "document": {
            "issuer": ["上海市住房和城乡建设管理委员会", "上海市规划和自然资源局"],
            "number": "沪建建管联〔2026〕188号",
            "addressees": "各有关单位",
            "date": "2026年5月11日",
        },
    },
    "gw-sh-major-transport-works-factor-guarantee-2024": {
        # A 市交通委 印发 notice in the same repository form: banner (1) and
        # `#` heading (2) furniture, the repeated title (3) the title, 文号
        # (4), 主送 (5), cover sentence (6) and 「特此通知。」 (7) body, 署名
        # (8), date (9); `issuer` from the title (= the 署名). The carried
        # 指导意见 (rule 7): title (10) level 1; the preamble (11) body;
        # 一、–四、 (12, 16, 21, 61) stand alone, level 2; 一、 and 二、 hold
        # plain paragraphs; 三、's 「…如下：」 (22) body; its （一）–（四） (23, 31,
        # 40, 52) stand alone, level 3; each holds the stand-alone 1．工作流程 /
        # 2．成果形式和深度要求 pair, level 4; the （1）–（4） under each 1．
        # open with a label closed by ： (「（1）开展前期方案研究：」 …), every one
        # of each tier: run-in, cut at ：, one tier deeper, level 5 capped at
        # 4 (Levels). 「此阶段工作过程中，…」 and the other unnumbered
        # paragraphs body. 四、's （一）加强统筹联动 (62), （二）严格过程管理 (64)
        # stand alone, level 3. Then the 指导意见's own 附件 (「各阶段重点要素保障
        # 工作内容见附件」): the label line 「附件」 (68) body (batch 10), its
        # title (69) a level-1 section (rule 7: the title of an annex; the
        # flagged call, an annex of the carried document rather than of the
        # notice); its 一、–四、 (70, 77, 85, 95) stand alone, level 2; the
        # （一）… items under them (「（一）水务方面，梳理…；」) are content
        # sentences ending in ；/。: lists (rule 3). The notice has no 附件说明
        # line: no `attachments`.
        "title": 3,
        "headings": [(10, None, 1), (12, None, 2), (16, None, 2), (21, None, 2)]
        + [(23, None, 3), (24, None, 4)]
        + [(n, C, 4) for n in (25, 26, 27)]
        + [(29, None, 4), (31, None, 3), (32, None, 4)]
        + [(n, C, 4) for n in (33, 34, 35, 36)]
        + [(38, None, 4), (40, None, 3), (41, None, 4)]
        + [(n, C, 4) for n in (42, 43, 44)]
        + [(48, None, 4), (52, None, 3), (53, None, 4)]
        + [(n, C, 4) for n in (54, 55, 56, 57)]
        + [(58, None, 4), (61, None, 2), (62, None, 3), (64, None, 3)]
        + [(69, None, 1)]
        + [(n, None, 2) for n in (70, 77, 85, 95)],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交建〔2024〕691号",
            "addressees": "各相关单位",
            "signatory": "上海市交通委员会",
            "date": "2024年9月25日",
        },
    },
    "gw-tw-moi-mainland-fingerprint-rules-2010": {
        # A 內政部令 in the gazette record: the record's first line the title
        # (1); 「內政部令」 (2) the letterhead: `issuer` 「內政部」; date (3) and
        # 字號 (4) as written. The 令's one sentence (5) body; 「附修正…條文」 (6)
        # names what the 令 carries: `attachments` as it reads (the 附件说明 of
        # a 令; the flagged call). 「部　　長　江宜樺」 (7) the 署名 as written.
        # The carried amended articles under their own title (8): level 1
        # (rule 7); 第　五　條 (9) and 第　七　條 (12) head their articles,
        # the marker alone with its full-width spaces (rule 6), level 2
        # (articles without chapters, one level down in the annex); the
        # article's other paragraphs (10-11, 13) body.
        "title": 1,
        "headings": [(8, None, 1), (9, "條", 2), (12, "條", 2)],
        "furniture": [],
        "document": {
            "issuer": "內政部",
            "date": "中華民國99年5月25日",
            "number": "台內移字第0990930805號",
            "attachments": "附修正「大陸地區人民按捺指紋及建檔管理辦法」第五條、第七條條文",
            "signatory": "部\u3000\u3000長\u3000江宜樺",
        },
    },
    "news-cn-lanzhou-lithium-isotope-detection-2026": {
        # A 科技日报 report: title (1); the lead (2) opens with the dateline
        # 「科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）」: body, giving
        # `source` 「科技日报」, `time` 「6月11日」 as written and `reporter`
        # 「颉满斌」 (as the 中央社 dateline of batch 12; the 通讯员 is the
        # university's correspondent, not the paper's reporter). No headings
        # or furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "科技日报", "time": "6月11日", "reporter": "颉满斌"},
    },
    "news-hk-consumption-vouchers-budget-2021": {
        # A 眾新聞 report: `#` title (1) with its column tag 「【預算案前瞻】」 and
        # full-width spaces. The three <figcaption>s (6 「…資料圖片」, 9
        # 「…資料圖片」, 13 「眾新聞製圖」) furniture, one range each; the three
        # `### **…**` subheads 「澳門 —「消費補貼計劃」」 (15), 「台灣 —「振興三倍券」」
        # (20), 「新加坡 —「重新探索新加坡」」 (24) level 1; the subscription footer
        # (27-28) one range. No byline in the text: no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (15, 20, 24)],
        "furniture": [[6, 6], [9, 9], [13, 13], [27, 28]],
        "document": {},
    },
    "news-hk-rthk-immigration-detention-2020": {
        # A 眾新聞 report: `#` title (1). The two <figcaption>s 「《鏗鏘集：囚》
        # 影片截圖。」 (4, 7) furniture, one range each; the three `###`
        # subheads (8, 11, 14) level 1; the Hugo video shortcode (18) and the
        # subscription footer (19-20) furniture (two ranges: the shortcode is
        # the archive's, the footer the site's; adjacent, they could be one).
        # The link texts spaced inside line 2 (「 《囚》 」, 「 聯署聲明 」) are
        # body. No fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (8, 11, 14)],
        "furniture": [[4, 4], [7, 7], [18, 18], [19, 20]],
        "document": {},
    },
    "press-mo-tourism-e-payment-offers-2026": {
        # A GCS release (旅遊局): <h1> title (1); four <p>s wholly <strong>
        # (3 「瞄準潛力市場 精準觸及潛在旅客」, 5, 10, 12) are subheads, level 1
        # (the Macau releases' bold subheads). The bold 「韓國」, 「泰國」,
        # 「香港」 and 「韓國藝人朴珍榮」 inside paragraphs (6, 7, 9) are body
        # (rule 5). No furniture or fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (3, 5, 10, 12)],
        "furniture": [],
        "document": {},
    },
    "press-tw-vice-president-qishan-green-care-2026": {
        # A Presidential Office release: title (1, full-width space kept) and
        # the record's subtitle (3). 「副總統抵達後，…」, 「副總統說，…」 open
        # body paragraphs; the closing attendees' line (13) body. No headings,
        # furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
