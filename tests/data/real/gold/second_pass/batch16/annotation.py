"""The independent second annotator's batch-16 outlines, as line-based annotation.

Made like batches 3 and 5 to 15 (see ../batch15/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-16 gold files held only their text
at the commit this pass started from, e052199d, "batch 16 texts"), the four
held-out documents first, and this annotation was written and committed
before any batch-16 gold outline, spec or batch-16 note on the gold was
read, without running the app's outline, title, header or furniture code
(nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2), or the whole line; ("inline", words) is a heading found inside a
longer line (the Markdown reader ran the notice's lines together).
Furniture is 1-based inclusive line ranges. The writer only slices the text;
it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read: the
two Shanghai notices' Markdown (the lines the reader fused, the repeated
title), the two 眾新聞 Markdown files (`<figcaption>` lines, the Hugo video
shortcode, the subscription footer under `---`), the two Macau records'
HTML (`<strong>` subheads, no caption `<div>`), and MANIFEST.md's batch-16
source table (written with the texts, before any gold) for the pages' forms
(the Sinopec 来源 / 发布时间 spans, the 五金网 news_time span, the portal's
div.source spans, the Presidential Office record's title and subtitle).
Dev gold of earlier batches was opened for form only (three dev work
reports of the same library mirror: their toolbar, 来源/时间 and speaker
lines and the `occasion` form).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 16 [--check]
"""

from __future__ import annotations


def _inline(line: int, level: int, *words: str) -> list[tuple]:
    """Headings found inside one fused line, in reading order."""
    return [(line, ("inline", w), level) for w in words]


ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-sinopec-shaanxi-inner-mongolia-visit-2020": {
        # A 中国石化报 story on the Sinopec site clone: <h3> title (1); the
        # 来源 and 发布时间 spans (3-4) page fields, furniture (as the
        # portal's div.source spans of batch 15), giving `source` (the
        # paper named) and `time` as written. The lead opens with the
        # dateline 「本报讯 记者赵士振报道：」: body (it opens the lead), and it
        # names its reporter: `reporter` 「赵士振」 (as 壹蘋's 【記者…報導】); 「本报」
        # names no outlet of its own. No headings (no stand-alone lines).
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"source": "中国石化报", "reporter": "赵士振", "time": "2020-12-11"},
    },
    "news-cn-yili-whistleblower-letter-2011": {
        # A 经济参考报 story carried by the procurement portal (batch 15's
        # form): <h1> title (1); the div.source spans (3-4) furniture,
        # `time` as written, the 发布人 value names the outlet: `source`.
        # The 「网帖称：…」 paragraphs carry their text: body. No byline, no
        # headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"source": "经济参考报", "time": "2011-06-17"},
    },
    "press-mo-tourism-indonesia-korea-2026": {
        # A GCS release: <h1> title with its column tag (1); the four
        # <strong> paragraphs standing alone over body (3, 6, 10 - two bold
        # runs around a bold space, joined by the reader - and 12) are
        # subheads, level 1 (rule 4), each the whole line (a stand-alone
        # line is not cut at its ：). The bold sentence inside the last
        # paragraph is body (rule 5). No caption block, no sign-off: no
        # furniture, no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (3, 6, 10, 12)],
        "furniture": [],
        "document": {},
    },
    "wr-hunan-2026": {
        # A provincial work report on the library mirror (as the Shanghai,
        # Tianjin and Hubei pages): the 下载 … 】 toolbar (1-9) and the
        # 来源/时间 lines (12-13) furniture; title (10), occasion line with
        # its —— the subtitle (11); the speaker line (14, the name alone)
        # `speaker`, not furniture; the photo caption with its credit (15)
        # furniture. 一、 (18) level 1; the 一是…六是 leads open their
        # paragraphs and run on, and the unnumbered lead sentences inside
        # them are body (rule 5). The file is cut before 二、.
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "毛伟明",
            "occasion": "湖南省第十四届人民代表大会第四次会议",
            "date": "2026年2月3日",
        },
    },
    # Development part.
    "gw-sh-knockoff-certificates-2022": {
        # A municipal commission's 通知: banner (1) furniture, the Markdown
        # title (2) the only title line. The Markdown writes the body's
        # lines without blank lines between them, so the reader fuses 主送
        # and the whole body into line 3, and the headings are inline.
        # 一、–三、 stand alone in the source: level 1. Under 二、 the
        # （一）–（四） items each open with a headline closed by 。
        # (「是否存在…等情况。」, then the points it covers; （四） is its one
        # sentence): a heading tier, run-in, level 2 (rule 2). Under 三、
        # 「（一）自查自改。」 … 「（四）总结完善。」 are run-in headings, level 2.
        # No 文号 in the text (沪交人〔2022〕366号 is only in the dropped front
        # matter); `issuer` from the title, `signatory` (4) and `date` (5).
        "title": 2,
        # Lines renumbered (session 16) where the reader now keeps the source's lines apart; same headings, words and levels.
        "headings": [
            (4, ("inline", "一、组织机构和职责"), 1),
            (6, ("inline", "二、实施范围和内容"), 1),
            (8, ("inline", "（一）是否存在违规使用有关字样和标识等情况。"), 2),
            (9, ("inline", "（二）是否存在虚假或夸大宣传等情况。"), 2),
            (10, ("inline", "（三）是否存在违规培训、违规收费等情况。"), 2),
            (
                11,
                (
                    "inline",
                    "（四）是否存在故意混淆概念、渲染求职焦虑、误导社会的炒作和涉嫌欺骗欺诈等其他违法违规情况。",
                ),
                2,
            ),
            (12, ("inline", "三、工作安排和要求"), 1),
            (13, ("inline", "（一）自查自改。"), 2),
            (14, ("inline", "（二）监督检查。"), 2),
            (15, ("inline", "（三）宣传警示。"), 2),
            (16, ("inline", "（四）总结完善。"), 2),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市交通委员会",
            "addressees": "各有关单位",
            "signatory": "上海市交通委员会",
            "date": "2022年7月5日",
        },
    },
    "gw-sh-transport-qualification-duties-2023": {
        # A municipal commission's 通知 that the repository prints twice:
        # the Markdown heading under the banner (2) is furniture with the
        # banner (1), the document's own line above the 文号 (3) the title
        # (batch 3's BIM notice). `number` (4), `addressees` (5, without
        # the ：), `signatory` (25), `date` (26), `issuer` from the title.
        # 一、 and 二、 (7, 11) stand alone: level 1; （一）–（三） under 二、
        # (12, 14, 16) stand alone: level 2. The 「电话咨询：…」 … 「邮政编码：…」
        # lines carry their content: body; so are 「上述分工调整…实施。」 and
        # 「特此通知。」.
        "title": 3,
        "headings": [(7, None, 1), (11, None, 1), (12, None, 2), (14, None, 2), (16, None, 2)],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交建〔2023〕771号",
            "addressees": "各相关单位",
            "signatory": "上海市交通委员会",
            "date": "2023年10月30日",
        },
    },
    "news-cn-hardware-chamber-belt-road-2015": {
        # A hardware market's news item: <h1> title (1, its inner space
        # kept); the news_time span with the site's name (3) page field,
        # furniture, giving `time` as written and `source` (the outlet it
        # names, as 工商時報 in batch 15). No byline, no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"source": "华东五金网", "time": "2015-07-21 17:36:12"},
    },
    "news-cn-sinopec-huawei-agreement-2020": {
        # As the held-out Sinopec story: title (1); 来源/发布时间 spans (3-4)
        # furniture, `source` and `time`; the dateline 「本报讯 记者章 铮报道：」
        # body, `reporter` the name as written (with the paper's space
        # inside it, as 「龚 正」 is kept). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"source": "中国石化报", "reporter": "章 铮", "time": "2020-11-10"},
    },
    "news-hk-mallet-visa-press-2018": {
        # A 眾新聞 report: `#` title (1); the three <figcaption> lines (4
        # and 14 with the credit 「何君健攝」, 17 without) furniture; the Hugo
        # video shortcode (6) furniture (batch 6); the subscription footer
        # after the `---` (20-21) furniture. The English blockquotes are
        # quotations: body. No subheads; the byline is only in the dropped
        # front matter: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [6, 6], [14, 14], [17, 17], [20, 21]],
        "document": {},
    },
    "news-hk-uk-consulate-staffer-detained-2019": {
        # A 眾新聞 report: `#` title (1); the <figcaption> (4) and the
        # subscription footer (10-11) furniture. 「據 港台報道 ，」 cites a
        # source inside the paragraph: body. No subheads, no byline in the
        # text: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [10, 11]],
        "document": {},
    },
    "press-mo-audit-follow-up-reports-2026": {
        # A GCS release: <h1> title (1); seven plain paragraphs, no
        # <strong>, no caption block, no sign-off. 「審計署今日（22日）公布…」 is
        # a sentence, not a dateline (as batch 10's 金融管理局 release): no
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-martinis-quantum-2026": {
        # A Presidential Office release: title (1), the record's subtitle
        # field (3) the subtitle; paragraphs only, the closing list of who
        # accompanied the guest body. No headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
