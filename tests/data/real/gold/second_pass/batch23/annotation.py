"""The independent second annotator's batch-23 outlines, as line-based annotation.

Made like batches 3 and 5 to 20 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from, ff83d11c, "Corpus batch 23
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-23 gold outline, spec or batch-23
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines; ("inline", words) is a heading found
inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
眾新聞 Markdown: its figures, its `---` rules and the link line; the Macau
release's HTML: no `<strong>`); MANIFEST.md's batch-23 source table (written
with the texts, before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 23 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-sh-jingan-urban-renewal-action-plan-2023": {
        # A 区政府办公室 转发 notice: the repository banner (1, the stray
        # 「&siteId=0072」 inside it) furniture. The page has no copy of the
        # title and no 文号 (静府办发〔2023〕13号 only in the dropped front
        # matter: no `number`), so the `#` line (2) is the title. 主送 (3),
        # cover sentence (4), 署名 (5), date (6); the title names the issuing
        # body: `issuer` 「上海市静安区人民政府办公室」 as it writes it (= the
        # 署名). The 行动方案 is a carried document (rule 7): its title (7)
        # level 1; 「为全面落实…」 (8) body. 一、–三、 (9, 15, 41) stand alone,
        # level 2; every （一）… stands alone over its paragraph(s), level 3:
        # （一）（二） under 一、 (10, 13), the six 「（一）再造发展新极行动——综合区域
        # 整体焕新」 … actions under 二、 (17, 20, 24, 30, 33, 37, whole lines
        # with their ——joined names), the five under 三、 (42-50, even lines).
        # 「聚焦区域，分类梳理，开展…六大“卓越行动”：」 (16) is a sentence closed by
        # ：, body (rule 4's 「…即可登記虹膜通關：」); the 一是/二是 leads and the
        # 「到2025年，…」 openings are body (rule 5). The plan's own 附件说明
        # 「附件：静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）」 (52) closes
        # the plan, not the notice: it belongs to the annex (like the plan's
        # 署名 in batch 18's 嵌入式服务 notice), so no `attachments`; body. The
        # 「附件」 label (53) body; the 清单's title (54) is the plan's own
        # appendix — the table the plan announces and the notice does not
        # name — so a stand-alone headline one level below the annex title,
        # level 2, beside the plan's 一、–三、 (batch 10's clarification of
        # rule 7). The flattened table (55-143: column heads, the 「行动一：…」
        # category cells, sub-category cells such as 「旧区改造」, 序号, tasks and
        # 推进单位) is body (a table, rule 5). The file ends inside the table.
        "title": 2,
        "headings": [
            (7, None, 1),
            (9, None, 2),
            (10, None, 3),
            (13, None, 3),
            (15, None, 2),
            (17, None, 3),
            (20, None, 3),
            (24, None, 3),
            (30, None, 3),
            (33, None, 3),
            (37, None, 3),
            (41, None, 2),
            (42, None, 3),
            (44, None, 3),
            (46, None, 3),
            (48, None, 3),
            (50, None, 3),
            (54, None, 2),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市静安区人民政府办公室",
            "addressees": "区政府各委、办、局，各街道办事处、彭浦镇政府",
            "signatory": "上海市静安区人民政府办公室",
            "date": "2023年12月12日",
        },
    },
    "news-hk-recovery-rates-bbc-2020": {
        # A 眾新聞 report (眾聞) quoting a BBC中文 report: `#` title (1) with
        # its column tag 「【武漢肺炎全球爆發】」 and the U+3000 kept. Six body
        # paragraphs (2-7; the two <figure>s carry no caption, alt=""), then,
        # after a `---` rule, the quoted report's title as a link line of its
        # own, 「〈武漢方艙醫院患者清零，中國治癒率為何遙遙領先港台〉」 (8),
        # followed by that report's text (9-36): a stand-alone line naming the
        # part that follows, a heading (rule 4), level 1 — not a related-link
        # line, since the text it names is carried below it. The open call of
        # this pass. The subscription footer (37-38) one furniture range. No
        # byline in the text (「眾新聞記者」 only in the dropped front matter):
        # no `reporter`, no `time`.
        "title": 1,
        "headings": [(8, None, 1)],
        "furniture": [[37, 38]],
        "document": {},
    },
    "press-mo-guangdong-pension-service-points-2026": {
        # A GCS release (社會保障基金): <h1> title (1); four plain <p>s, no
        # <strong>, no caption, no sign-off; the closing 「居民如有查詢，…」 (5)
        # is body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-liaoning-2026": {
        # A provincial work report on the library mirror (as 吉林, 山东, 安徽,
        # 河南): the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10, as written), the occasion line with its —— the
        # subtitle (11); the speaker line 「省长 王新伟」 (14) `speaker` as
        # written, not furniture; `occasion` and `date` from the subtitle.
        # 「各位代表：」 (15) and the opening sentence (16) body.
        # 「一、2025年和“十四五”时期工作回顾」 (17) level 1. The review's eight
        # points open with 一是…八是 leads closed by 。 (21-28): body (rule 5),
        # and so are the run-on leads inside them (「政策举措协同发力。」 …) and
        # the two 一年来 paragraphs (29-30). The file is cut before the 十四五
        # review. One heading.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "省长 王新伟",
            "occasion": "辽宁省第十四届人民代表大会第五次会议",
            "date": "2026年1月27日",
        },
    },
}
