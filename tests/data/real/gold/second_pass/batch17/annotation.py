"""The independent second annotator's batch-17 outlines, as line-based annotation.

Made like batches 3 and 5 to 16 (see ../batch16/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-17 gold files held only their text
at the commit this pass started from, 6a49d4fc, "batch 17 texts"), the four
held-out documents first, and this annotation was written and committed
before any batch-17 gold outline, spec or batch-17 note on the gold was
read, without running the app's outline, title, header or furniture code
(nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2), or the whole line; a tuple of lines is one heading wrapped over
several lines; ("inline", words) is a heading found inside a longer line
(the Markdown reader ran the page's lines together). Furniture is 1-based
inclusive line ranges; `furniture_text` lists the exact strings where a
furniture range is only part of a line. The writer only slices the text; it
runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read: the
two Shanghai notices' Markdown (the portal's metadata labels and the title
lines the reader fused, the repository's `#` heading, the 附件 lines), the
眾新聞 Markdown (`<figcaption>` lines, the subscription footer under `---`),
the four HTML records (`<h1>` and plain `<p>`s, no `<strong>` and no caption
`<div>` in the three Macau releases; the FSC record's `<div>` fields), and
MANIFEST.md's batch-17 source table (written with the texts, before any
gold) for the pages' forms (the P2P platform's title, time and article
`<div>`s, the portal's div.source spans, the Presidential Office record's
title and subtitle). Dev gold of earlier batches was opened for form only
(three dev work reports of the same library mirror for `speaker` and
`occasion`, and the dev Shanghai notices' titles, banners and `attachments`).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 17 [--check]
"""

from __future__ import annotations

# The 城市体检 函's line 3: the reader fused the portal's metadata labels, the
# 函's 文号, its title (two lines in the source: the issuing body, then
# 「关于印发…的函」), the 主送, the cover letter, its date, the guideline's
# title and the guideline's preamble into one line.
_CHECKUP_METADATA = (
    "索取号3589258689/2025-00165载体类型发布机构上海市住房和城乡建设管理委员会"
    "文件编号沪建综规〔2025〕449 号记录形式公开类别主动公开关键词内容描述"
)
_CHECKUP_BEFORE_TITLE = _CHECKUP_METADATA + "沪建综规〔2025〕449号"
_CHECKUP_AFTER_TITLE = (
    "各有关单位：为进一步提高城市体检成果质量，充分发挥城市体检对城市更新行动的支撑作用，"
    "一体化推进城市体检和城市更新，我委结合本市实际，制定了《上海市城市体检促进城市更新的工作指引》。"
    "现予印发，请结合实际，认真贯彻执行。2025年9月18日上海市城市体检促进城市更新的工作指引"
    "为深入贯彻习近平总书记关于城市体检工作的重要指示精神，落实《中共中央办公厅 国务院办公厅"
    "关于持续推进城市更新行动的意见》《中共中央 国务院关于推动城市高质量发展的意见》要求，"
    "坚持问题导向、目标导向、价值导向，强化成果应用，进一步提高城市体检成果质量，"
    "充分发挥城市体检对城市更新行动的支撑作用，一体化推进城市体检和城市更新，制定本指引。"
)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "decision-tw-fsc-hontai-life-2015": {
        # An FSC 裁處書 record (batch 4's HTML form): the <h1>, the site's
        # summary of the decision, is the title (1). 發文日期 and 發文字號 (2,
        # 3) give `date` and `number` as written; 受處分人 and the other
        # lines (4-7) are the party's header lines, body; the unlabelled
        # 主旨 (8) is body. 「事實：查…」 (9) and 「理由及法令依據：查…」 (10)
        # carry their text on the line: body (batch 3, the line form
        # decides for unnumbered labels). No 發文機關 line (no `issuer`),
        # no 正本 / 副本 (no `addressees` / `cc`), no 繳款方式 or 注意事項.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"date": "中華民國104年4月15日", "number": "金管保壽字第10402543582號"},
    },
    "news-cn-taizinai-wen-dibo-shuanggui-2011": {
        # A 第一财经日报 story carried by the procurement portal (batch 15's
        # form for this site): <h1> title (1); the div.source spans (3-4)
        # furniture, `time` as written; 「发布人：-」 names no outlet, so no
        # `source` from it. The lead 「《第一财经日报》记者独家获悉，…」 is a
        # sentence of the lead, not a dateline of the form 「XX电」 / 「本报讯」
        # (as batch 12's 「澎湃新闻（…）记者从…获悉」): no field, and no
        # reporter is named. No stand-alone lines: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-08-03"},
    },
    "press-mo-aulp-annual-meeting-2026": {
        # A GCS release (issued by 澳門理工大學): <h1> title (1); five
        # justified <p> paragraphs, no <strong>, no caption block, no
        # sign-off. 「澳門理工大學今天（16日）於…舉行…」 is a sentence, not a
        # dateline (as batch 16's 審計署 release): no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-anhui-2026": {
        # A provincial work report on the library mirror (as the Shanghai,
        # Tianjin, Hubei and Hunan pages): the 下载 … 】 toolbar (1-9) and the
        # 来源/时间 lines (12-13) furniture; title (10), occasion line with its
        # —— the subtitle (11); the speaker line (14) `speaker` as written,
        # not furniture. 一、 (17) level 1; its （一）–（六） (20, 21, 23,
        # 25-27) open their paragraphs with a headline closed by 。: run-in
        # headings, level 2 (rule 2). 「一年来，主要做了以下工作。」 (19) and
        # the unnumbered paragraphs (22, 24) and 「一年来，我们持续加强…。」
        # (28, it opens a paragraph and runs on) are body (rule 5). The
        # file is cut before the 「十四五」 review.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, "。", 2) for n in (20, 21, 23, 25, 26, 27)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "省人民政府省长 王清宪",
            "occasion": "安徽省第十四届人民代表大会第四次会议",
            "date": "2026年2月5日",
        },
    },
    # Development part.
    "gw-sh-city-checkup-renewal-guideline-2025": {
        # A municipal commission's 函 issuing a 工作指引. Banner (1) and the
        # repository's `#` heading (2) are furniture (the page repeats the
        # title, as batch 3's BIM notice). The reader fuses the portal's
        # metadata table (索取号 … 内容描述: page chrome, furniture, inline)
        # with the document into line 3. The document's own title stands
        # after its 文号 and above the 主送 (batch 11's title rule), written
        # over two lines in the source (the issuing body, then 「关于印发…的函」)
        # and joined. The guideline the 函 carries starts a level-1 section
        # headed by its title (rule 7, inline in line 3); its 一、–三、 stand
        # alone, level 2, and their （一）–（五） stand alone, level 3. The
        # labels 「既有建筑：…」, 「城中村：…」 … carry their text (their own
        # lines in the source): body. `number` (the document's, not the
        # metadata's), `issuer` from the title, `addressees`, `date`; no
        # 署名 (no `signatory`). The 附件说明 closing line 26 has no annex
        # text after it: `attachments`. The page's 收藏/打印本页/关闭窗口 and
        # the repository's 附件（官方直链） section (27-28) are furniture.
        "title": 3,
        "title_strip": (_CHECKUP_BEFORE_TITLE, _CHECKUP_AFTER_TITLE),
        "headings": [
            (3, ("inline", "上海市城市体检促进城市更新的工作指引"), 1),
            (4, None, 2),
            (5, None, 3),
            (7, None, 3),
            (9, None, 2),
            (10, None, 3),
            (12, None, 3),
            (14, None, 3),
            (16, None, 3),
            (18, None, 3),
            (20, None, 2),
            (21, None, 3),
            (23, None, 3),
            (25, None, 3),
        ],
        "furniture": [[1, 3], [26, 28]],
        "furniture_text": [_CHECKUP_METADATA, "收藏打印本页关闭窗口"],
        "document": {
            "issuer": "上海市住房和城乡建设管理委员会",
            "number": "沪建综规〔2025〕449号",
            "addressees": "各有关单位",
            "date": "2025年9月18日",
            "attachments": "附件：城市体检促进城市更新指标体系（试行）",
        },
    },
    "gw-sh-fengxian-relic-renovation-2024": {
        # A district bureau's 通知 issuing an 办法: banner (1) furniture, the
        # Markdown title (2) the only title line; 主送 (3), 署名 (5), date
        # (6). The title names no issuing body, so `issuer` is the 署名 (as
        # batch 14's 七宝 notice); no 文号 in the text (沪奉文物〔2024〕10号 is
        # only in the dropped front matter). The 办法 after the date is a
        # carried document (rule 7): its title, wrapped over lines 7-8,
        # level 1; 一、–三、 (10, 16, 18) stand alone, level 2. The 1、–4、
        # under 一、 are procedure steps with no headline: a list (rule 3).
        # 「材料受理时间：…」 and 「地址：…」 carry their text: body. The six
        # 附件 lines (22-27) are the 附件说明; the forms are cut off, so no
        # annex text follows: `attachments`, each line as it reads.
        "title": 2,
        "headings": [((7, 8), None, 1), (10, None, 2), (16, None, 2), (18, None, 2)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市奉贤区文物局",
            "addressees": "各街镇、开发区",
            "signatory": "上海市奉贤区文物局",
            "date": "2024年7月23日",
            "attachments": [
                "附件1：奉贤区文物保护单位(文物保护点)居民装修报备表",
                "附件2：奉贤区文物保护单位(文物保护点)居民装修承诺书",
                "附件3：各级不可移动文物保护要求责任告知书",
                "附件4：奉贤区文物保护单位(文物保护点)居民装修报备收件回执",
                "附件5：奉贤区文物保护单位(文物保护点)居民装修报备意见表",
                "附件6：奉贤区文物保护单位(文物保护点)居民装修项目验收表",
            ],
        },
    },
    "news-cn-internet-finance-work-report-2014": {
        # A news item on a P2P platform's page: the title <div> (1); the time
        # <div> (3) is the carrying page's field, furniture, giving `time` as
        # written (as the portal's 发布时间 lines, batches 14-16). No byline,
        # no dateline, no stand-alone lines: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"time": "2014-05-05"},
    },
    "news-cn-pboc-liu-shiyu-internet-finance-2014": {
        # As the other P2P page: title (1), time <div> (3) furniture and
        # `time`. The 一是/二是/三是 of the signed article's three risks run
        # inside paragraph 13: body (rule 5). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"time": "2014-05-05"},
    },
    "news-hk-occupy-mongkok-contempt-sentence-2017": {
        # A 眾新聞 report: `#` title (1, its inner full-width spaces kept);
        # the five <figcaption> lines (4, 5, 9, 10, 14, each with 「何君健攝」)
        # furniture; the subscription footer after the `---` (15-16)
        # furniture. The （一）…（七） factors run inside paragraph 6: body.
        # No subheads; the byline is only in the dropped front matter: no
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [[4, 5], [9, 10], [14, 14], [15, 16]],
        "document": {},
    },
    "press-mo-apec-security-inspection-2026": {
        # A GCS release: <h1> title (1); four plain paragraphs, no <strong>,
        # no caption block, no sign-off; 「今日（16日），保安司司長…」 is a
        # sentence, not a dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-lusophone-innovation-contest-2026": {
        # A GCS release: <h1> title (1); six justified paragraphs, no
        # <strong>, no caption block, no sign-off. No headings, furniture
        # or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-taipei-book-fair-2026": {
        # A Presidential Office release: title (1), the record's subtitle
        # field (3) the subtitle; paragraphs only. No headings, furniture or
        # fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
