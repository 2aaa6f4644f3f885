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
    # Development part.
    "gw-sh-foundation-pit-monitoring-plan-2023": {
        # A 市住房城乡建设管理委 印发 notice: the repository banner (1, the
        # stray 「&siteId=0011」 inside it) and its `#` heading (2) furniture;
        # the page repeats the title (3) above the 文号 (4): the title is the
        # page's own line (the Titles rule; batches 16, 18-20's repeated-title
        # form). 主送 (5), cover sentence (6); no 署名 line, the date (7) alone.
        # The title names the issuer: `issuer` 「上海市住房和城乡建设管理委员会」;
        # `number` the 文号 line. The 实施方案 is a carried document (rule 7):
        # its title (8) level 1; 「为加强本市…制定本实施方案。」 (9) body. 一、–四、
        # (10, 12, 15, 25) stand alone, level 2. Under 三、工作要求 the （一）–（八）
        # (16-18, 20-24) each state a party's duties in content sentences
        # (「（一）建设、施工、监理、监测等有关单位需按照…进行相关信息上传，确保…。」,
        # 「（四）各有关单位应发挥好…的优势，切实提高监测工作质量。」 …), none a
        # headline lead: a list (rule 3), body; so is the unnumbered paragraph
        # under （三） (19). 「本方案自…起实施，…同时废止。」 (26) body. No
        # 附件说明: no `attachments`.
        "title": 3,
        "headings": [(8, None, 1), (10, None, 2), (12, None, 2), (15, None, 2), (25, None, 2)],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市住房和城乡建设管理委员会",
            "number": "沪建质安〔2023〕119号",
            "addressees": "各有关单位",
            "date": "2023年3月8日",
        },
    },
    "gw-sh-major-projects-preliminary-work-2017": {
        # A 市政府办公厅 印发 notice: the repository banner (1) furniture; the
        # page has no copy of the title and no 文号 (沪府办发〔2017〕64号 only in
        # the dropped front matter: no `number`), so the `#` line (2) is the
        # title. 主送 (3), cover sentence (4), 署名 (5), date (6); the title
        # names the issuing body: `issuer` 「上海市人民政府办公厅」 (= the 署名).
        # The 实施意见 is a carried document (rule 7): its title (7) level 1;
        # 「为积极贯彻…提出实施意见如下：」 (8) body. 一、–五、 (9, 11, 13, 18, 34)
        # stand alone, level 2. Under 三、 the （一）–（四） (14-17) open with a
        # headline closed by 。 (「（一）创新机制，提高效率。」 …): run-in, level 3,
        # cut at the first 。 (rule 2). Under 四、 the （一）–（四） stand alone on
        # their lines (19, 22, 25, 28), level 3; under （四） the 1.–5. (29-33)
        # open with a headline closed by 。 (「1.优化项目前期启动手续。」 …):
        # run-in, level 4. Under 五、 the （一）–（四） (35, 42, 43, 44) are run-in
        # heads closed by 。 (「（一）加强组织领导。」 …), level 3; the unnumbered
        # duty paragraphs under （一） (36-41) and the two closing sentences
        # (45, 46) body.
        "title": 2,
        "headings": [
            (7, None, 1),
            (9, None, 2),
            (11, None, 2),
            (13, None, 2),
        ]
        + [(n, "。", 3) for n in (14, 15, 16, 17)]
        + [(18, None, 2)]
        + [(n, None, 3) for n in (19, 22, 25, 28)]
        + [(n, "。", 4) for n in (29, 30, 31, 32, 33)]
        + [(34, None, 2)]
        + [(n, "。", 3) for n in (35, 42, 43, 44)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市人民政府办公厅",
            "addressees": "各区人民政府，市政府各委、办、局",
            "signatory": "上海市人民政府办公厅",
            "date": "2017年10月19日",
        },
    },
    "news-cn-jingfeng-mingyuan-share-transfer-2026": {
        # A 中国经济网 report in the finance feed (batches 17-19's form): the
        # headline (1) with its space kept. The dateline 「中国经济网北京6月12日讯」
        # opens the lead (2): body, but `source` 「中国经济网」 and `time`
        # 「6月12日」 as written (batch 6's second pass). No subhead, byline,
        # caption or footer. No headings or furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "中国经济网", "time": "6月12日"},
    },
    "news-cn-meishi-tech-share-reduction-2026": {
        # The same feed and form: headline (1); the dateline (2) gives
        # `source` and `time`. No headings or furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "中国经济网", "time": "6月12日"},
    },
    "news-hk-postponed-election-candidates-2020": {
        # A 眾新聞 report (眾聞): `#` title (1) with its column tag
        # 「【押後選舉】」 and the U+3000 kept. The two <figcaption>s with their
        # credits (4 「…鄭啟智攝」, 10 「…周滿鏗攝」) furniture, one range each.
        # The `###` line 「7月31日最後一天報名參選的名單（只列名單首位）／候選人」 (15)
        # is a subhead, level 1 (rule 4). Under it the bold bare labels
        # 「香港島」, 「九龍西」, 「九龍東」, 「新界西」, 「新界東」 (16, 22, 27, 33, 40)
        # stand alone over the names they label: headlines one level below
        # the subhead, level 2 (rule 4; batch 17's 【禁菸區域】 labels). 「功能組別」
        # (49) is `### **功能組別**` in the archive, but it is the sixth group of
        # the same list (the functional constituencies beside the five
        # geographic ones, all under the 名單／候選人 title): level 2 by the
        # document's nesting (Levels: nesting, not style). The open call of
        # this pass. The names (17-21 …) and the bold-led 「衛生服務界 鄭少萍、
        # 劉凱文」 … lines (50-54, content on the line) are list items, body.
        # 「1）…2）…3）…」 run inside 14: body. The subscription footer (55-56)
        # one range. No byline in the text: no fields.
        "title": 1,
        "headings": [(15, None, 1)] + [(n, None, 2) for n in (16, 22, 27, 33, 40, 49)],
        "furniture": [[4, 4], [10, 10], [55, 56]],
        "document": {},
    },
    "press-mo-fdct-guangdong-joint-review-2026": {
        # A GCS release (科學技術發展基金): <h1> title (1). The one <p> that is
        # wholly <strong>, 「粵澳科技合作迎來歷史性重大機遇」 (3), stands alone over
        # the paragraphs after it: a subhead, level 1 (rule 4; the Macau
        # releases' bold one-line subheads). No caption, no sign-off. No
        # furniture or fields.
        "title": 1,
        "headings": [(3, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-generals-promotion-2026": {
        # A Presidential Office release: title (1, U+3000s kept) and the
        # record's subtitle (3). 「總統致詞內容為：」 (7) is a speaker's
        # introduction: body (batch 19's reading). The speech paragraphs and
        # the 在場觀禮 list (23) body. No headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-vice-president-chiayi-tainan-temples-2026": {
        # The same form: title (1), subtitle (3); 「今（19）日…」 is a
        # sentence, not a dateline; the 陪同 list (9) body. No headings,
        # furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
