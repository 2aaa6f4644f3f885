"""The independent second annotator's batch-46 outlines, as line-based annotation.

Made like batches 3 and 5 to 43 (see ../batch43/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with line
numbers and nothing else at the commit this pass started from, cbac6e1d, "Corpus
batch 46 texts", where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and
this annotation was written and committed before any batch-46 gold outline, spec
or batch-46 note on the gold was read, without running the app's outline, title,
header or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one heading
wrapped over several lines. Furniture is 1-based inclusive line ranges. The
writer only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' `<strong>` paragraphs, the 疾管署 pages' Markdown: which lines
are `##` / `###` labels, bullets or numbered items).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 46 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "press-mo-ipim-trade-fairs-business-matching-sessions-2026": {
        # A GCS release (招商投資促進局): <h1> title (1). The two paragraphs that
        # are wholly <strong> and stand alone over body paragraphs,
        # 「10個專題配對洽談對接上市及頭部等企業助推項目出海及落地」 (3) and
        # 「發揮澳門獨特優勢搭建有效商機平台」 (7), are level-1 subheads (rule 4,
        # batch 2's and batch 43's GCS bold lines). The bold “…專場” names inside
        # paragraphs 4-5 are bold words in sentences: body (rule 5). The contact
        # line (9: websites, phone lines, WeChat) is the release's own text:
        # body. No dateline, no sign-off: no fields, no furniture.
        "title": 1,
        "headings": [(3, None, 1), (7, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-tw-cdc-covid-vaccine-extra-dose-elderly-immunocompromised-2026": {
        # A 疾管署 extractor page (batch 41's form): the front matter, which alone
        # held the headline, is dropped by the reader: no title. The
        # repository's `##` 「摘要」 with its AI summary (1-2) and the `##`
        # 「詳細內容」 label (3) are furniture (batch 41's settled reading: the
        # extractor's, not the 疾病管制署's); the trailing `##` 「相關疾病」 /
        # 「影響地區」 lists (12-15) one furniture range; the 萃取時間 / 資料來源
        # footer (16) furniture giving `source` (batch 41's correction). The
        # release itself (4-11) has no headings: the three bullets (5-7) are a
        # list under their lead sentence. No `time` (the 萃取時間 is the scrape's).
        "title": None,
        "headings": [],
        "furniture": [[1, 2], [3, 3], [12, 15], [16, 16]],
        "document": {"source": "衛生福利部疾病管制署"},
    },
    "press-tw-cdc-vaccination-fee-increase-medical-circular-2026": {
        # The same form (the 致醫界通函第599號, named only in the dropped front
        # matter: no title, no `number`). 摘要 + summary (1-2), 詳細內容 (3),
        # the trailing `##` 相關疾病 (with its lead sentence and bullets) and 影響地區
        # (23-30) furniture as in batch 41; footer (31) furniture giving
        # `source`. Under 詳細內容 the release's own `###` parts, each a short
        # line over its paragraphs and lists: 「費用調升內容」 (4), 「實施時程」 (8),
        # 「核付方式變更」 (11), 「醫療院所責任」 (16), 「相關文件」 (21), level 1
        # (rule 4; top tier, since 詳細內容 is furniture, as batch 41's
        # 「調查與處置措施：」 became level 1). Under 核付方式變更 the numbered 1.–3.
        # (13-15) each open with a bold headline closed by a colon
        # (「1. 月結核付:」, 「2. 撥付流程:」, 「3. 取消申報:」; the page writes
        # half-width punctuation throughout): a tier of run-in headings, level 2
        # (rule 2, all three alike; flagged). The bullets with bold labels
        # (6-7, 9-10) are unnumbered list items carrying their values on the line
        # (as batch 41's 「批號資訊：…」): body; the bullets 18-20 a list.
        "title": None,
        "headings": [
            (4, None, 1),
            (8, None, 1),
            (11, None, 1),
            (13, ":", 2),
            (14, ":", 2),
            (15, ":", 2),
            (16, None, 1),
            (21, None, 1),
        ],
        "furniture": [[1, 2], [3, 3], [23, 30], [31, 31]],
        "document": {"source": "衛生福利部疾病管制署"},
    },
    "press-tw-tainan-youth-startup-loan-coffee-brand-visit-2026": {
        # A Tainan release (batch 43's form): title the first line (1, its
        # U+3000 kept). The run-together 「發稿單位：…發稿時間：…發稿人：…」 (3) is the
        # release's own header, body: `source` 「新聞及國際關係處」, `time`
        # 「115年10月5日」 as written (no clock time this once) and `reporter`
        # 「何帆」. The closing invitation with the office's phone (17) body. No
        # headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "新聞及國際關係處", "time": "115年10月5日", "reporter": "何帆"},
    },
    # Development part.
    "press-mo-dsf-public-procurement-law-briefings-2026": {
        # A GCS release (財政局): <h1> title (1). The three paragraphs that are
        # wholly <strong> and stand alone over body paragraphs,
        # 「財政局於採購法生效前後為公共部門舉辦多場講解會」 (4),
        # 「面向商企及社團的採購法普法工作」 (7) and 「持續優化公共採購網站及相關系統」
        # (9), level-1 subheads (rule 4). The opening two paragraphs (2-3) and
        # the closing one (11) body. No fields, no furniture.
        "title": 1,
        "headings": [(4, None, 1), (7, None, 1), (9, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-mo-gcs-government-headquarters-open-day-flower-show-2026": {
        # A GCS release (新聞局): <h1> title (1, as the reader gives it). No
        # <strong> anywhere: no subheads. The 花卉展's four areas 1.–4. run
        # inside one paragraph (5) and have no line of their own: not marked
        # (as batch 42's joined sub-items); they would be a list anyway. The
        # practical notes (7-9: traffic, souvenirs, web page) body. No fields,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-cdc-world-health-day-one-health-action-plan-2026": {
        # A 疾管署 extractor page (batch 41's form): no title (front matter
        # dropped); 摘要 + summary (1-2), 詳細內容 (3), the trailing `##`
        # 相關疾病 / 影響地區 lists (21-26) and the footer (27, giving `source`)
        # furniture. Under 詳細內容 the three bold labels closed by ： standing
        # alone over their lists, 「國家防疫一體聯合行動計畫（2026-2030）：」 (5),
        # 「五大行動路徑：」 (9), 「實施策略：」 (15), are rule-4 label headlines,
        # level 1 (siblings in the Markdown; batch 41's 「調查與處置措施：」). The
        # bullets with label:value (6-8) are list items carrying their value
        # (batch 41's 「批號資訊：…」): body; the 1.–5. paths (10-14) are bare
        # noun phrases, a list (rule 3); the bullets 16-20 a list.
        "title": None,
        "headings": [(5, None, 1), (9, None, 1), (15, None, 1)],
        "furniture": [[1, 2], [3, 3], [21, 26], [27, 27]],
        "document": {"source": "衛生福利部疾病管制署"},
    },
    "press-tw-president-taiwan-us-trade-agreement-press-conference-2026": {
        # A Presidential Office release: title (1, U+3000s and the full-width
        # 「６」 kept), the record's subtitle (3). 「總統致詞內容為：」 (11) a
        # speaker's introduction, body. The speech has four tiers of points:
        # (a) the 6 goals 第一–第六 (17, 23, 33, 39, 41, 43): most open a
        # paragraph and run on with content (第一, 第四, 第五, 第六; only 第二 and
        # 第三 are one-sentence paragraphs, and content sentences at that):
        # ordinal leads, body (rule 5 as batch 30's speeches and batch 6's
        # 「第一，…。」 points); (b) the 5 breakthroughs 第一–第五 (55-63):
        # each a content paragraph, body; (c) the three 面向
        # 「第一，提供農工產業強力支持與必要的協助。」 (67),
        # 「第二，強化台美經濟安全的合作，落實關鍵作為。」 (81),
        # 「第三，有序應對中長期經濟以及產業結構的調整。」 (91): each a short
        # paragraph of its own, a headline over several body paragraphs, so
        # level-1 headings by rule 4's line form (batch 19's 228 speech, whose
        # stand-alone 「第一，…：」 lines are level 1; flagged: these close with
        # 。, not ：); (d) the 一、–六、 課題 (95-105) under 第三: each a whole
        # content sentence, items of 「優先處理以下各項中長期結構性課題：」 (93), a
        # list (rule 3). The attendance line (119) body. No furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [(67, None, 1), (81, None, 1), (91, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-world-cancer-day-video-address-2026": {
        # A Presidential Office release: title (1), subtitle (3); 「總統致詞內容為：」
        # (7) body; the address's paragraphs have no heads. No headings,
        # furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-shuijiaoshe-sky-arts-festival-national-day-2026": {
        # A Tainan release (batch 43's form): title (1, U+3000 kept); the
        # 發稿 line (3) body giving `source` 「新聞及國際關係處」, `time`
        # 「115年10月5日 11:00」 as written (its space kept) and `reporter`
        # 「陳涵文」. The guests' line (16) body. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "source": "新聞及國際關係處",
            "time": "115年10月5日 11:00",
            "reporter": "陳涵文",
        },
    },
    "press-tw-tainan-water-resources-dredging-funds-rebuttal-2026": {
        # A Tainan rebuttal: title (1); the record has no 發稿 line, so no
        # fields; four body paragraphs, no heads, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-vice-president-hsinchu-air-force-visit-2026": {
        # A Presidential Office release on the vice president: title (1), the
        # record's subtitle (3); the accompanying officials (9) body. No
        # headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
