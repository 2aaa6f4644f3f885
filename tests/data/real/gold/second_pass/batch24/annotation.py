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
}
