"""The independent second annotator's batch-18 outlines, as line-based annotation.

Made like batches 3 and 5 to 17 (see ../batch17/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-18 gold files held only their text
at the commit this pass started from, 7a670b5b, "Corpus batch 18 texts"),
the four held-out documents first (their part committed before any dev
document was printed), and this annotation was written and committed before
any batch-18 gold outline, spec or batch-18 note on the gold was read,
without running the app's outline, title, header or furniture code (nor
`analyze` or any scorer). Headings are (line, cut, level): the heading is
the stripped line up to and including the first `cut` (a run-in heading,
rule 2), or the whole line; a tuple of lines is one heading wrapped over
several lines; ("inline", words) is a heading found inside a longer line.
Furniture is 1-based inclusive line ranges; `furniture_text` lists the
exact strings where a furniture range is only part of a line. The writer
only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' `<strong>` runs or their absence, the two Shanghai notices'
Markdown, the 眾新聞 Markdown's `<figcaption>`s; for the 金叶 page, whose
file keeps no markup, the repository page `news_1.php` through the
library's `read_file`: its centred `<p>`s and `<img>`s) and MANIFEST.md's
batch-18 source table (written with the texts, before any gold) for the
pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 18 [--check]
"""

from __future__ import annotations

# The 专家委员会 notice's line 3: the reader ran the notice's own title, its
# 文号, the 主送 and the one-sentence body together (separate lines in the
# source, under the repository's `#` copy of the title).
_EXPERT_AFTER_TITLE = (
    "沪规划资源详〔2023〕376号各区人民政府、各管委会，市相关部门:根据《上海市城市更新条例》、"
    "《上海市城市更新指引》要求，现将《上海市城市更新专家委员会工作规程（试行）》印发给你们，请遵照执行。"
)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-chinasoft-nanning-channel-2017": {
        # A news item on a bank demo's static page (the title, date and news
        # <font>s; batch 17's P2P form): title (1); the bare date line (3) is
        # the carrying page's field, furniture, giving `time` as written.
        # No byline, no dateline (the lead opens 「习总刚刚考察了…」); the
        # short paragraph 「大家商定，…升级版。」 (11) is a sentence of the
        # story, body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"time": "2017-05-10"},
    },
    "news-cn-crsnow-qinghe-moni-beer-2011": {
        # The procurement portal's form (batches 15 and 17): <h1> title (1);
        # the div.source spans 「发布时间：…」 / 「发布人：-」 (3-4) one furniture
        # range, `time` as written; 「-」 names no outlet, so no `source`.
        # The lead 「6月9日，华润雪花…宣布」 is a sentence, not a dateline;
        # 「一位市场分析人士向记者表示」 names no reporter. No stand-alone
        # lines: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-06-10"},
    },
    "press-mo-ipim-jiangsu-roadshow-2026": {
        # A GCS release (澳門招商投資促進局): <h1> title (1); the five bold
        # one-line <p>s (3, 5, 7, 9, 11: each one <strong> run in the feed)
        # stand alone over body paragraphs: level-1 subheads (rule 4; the
        # space inside 「…角色 系統展示…」 kept as written). The closing
        # paragraph naming the organisers (14) is a sentence, not a sign-off
        # of the form unit / date: body. No caption block, no dateline: no
        # furniture, no fields.
        "title": 1,
        "headings": [(n, None, 1) for n in (3, 5, 7, 9, 11)],
        "furniture": [],
        "document": {},
    },
    "wr-shandong-2026": {
        # A provincial work report on the library mirror (as 安徽, 湖南 and
        # the batch-2 reports): the 下载 … 】 toolbar (1-9) and the 来源/时间
        # lines (12-13) furniture; title (10), occasion line with its —— the
        # subtitle (11); the speaker line (14) `speaker` as written, not
        # furniture; `occasion` and `date` from the subtitle. 一、 (17) level
        # 1; its （一）–（六） (19-24) open their paragraphs with a headline
        # closed by 。 (「（一）经济增长迈出坚实步伐。」 …): run-in headings,
        # level 2, cut at the first 。 (rule 2). 「2025年是很不平凡的一年。…」
        # (18) is body; the unnumbered leads inside the （一）–（六）
        # paragraphs (「项目投资支撑有力。」, 「就业方面，…」) run on: body
        # (rule 5). The file is cut before the 「十四五」 review.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, "。", 2) for n in range(19, 25)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "山东省省长 周乃翔",
            "occasion": "山东省第十四届人民代表大会第四次会议",
            "date": "2026年1月27日",
        },
    },
    # Development part.
    "gw-sh-history-memory-carriers-2025": {
        # A municipal bureau's 通知 issuing 工作要求: the repository banner (1)
        # furniture, the `#` heading (2) the title (the page does not repeat
        # it: as batch 15's notices); 主送 (3, half-width colon left out),
        # 署名 (5), date (6). The title names no issuing body, so `issuer` is
        # the 署名 (batch 14's 七宝, batch 17's 奉贤); the 文号 沪规划资源风〔2025〕9号
        # is only in the dropped front matter: no `number`. The 工作要求 after
        # the date is a carried document (rule 7): its title (7) level 1;
        # 一、–六、 (8, 10, 12, 18, 27, 29) stand alone, level 2; the
        # （一）/（二） under 三、 (14, 16) and the （一）–（四） under 四、 (19, 21,
        # 23, 25) stand alone over their paragraphs, level 3. 「…元素，主要包括：」
        # (13) is a sentence ending in ：, body; the closing 「试行期间，…」 (31)
        # is body. No 附件说明.
        "title": 2,
        "headings": [
            (7, None, 1),
            (8, None, 2),
            (10, None, 2),
            (12, None, 2),
            (14, None, 3),
            (16, None, 3),
            (18, None, 2),
            (19, None, 3),
            (21, None, 3),
            (23, None, 3),
            (25, None, 3),
            (27, None, 2),
            (29, None, 2),
        ],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市规划和自然资源局",
            "addressees": "各区规划资源局",
            "signatory": "上海市规划和自然资源局",
            "date": "2025年1月15日",
        },
    },
    "gw-sh-urban-renewal-expert-committee-2023": {
        # A municipal bureau's 通知 issuing a 工作规程. The repository banner
        # (1) and its `#` heading (2) are furniture: the page repeats the
        # title above its 文号 (batch 16's repeated-title form), and that
        # copy, at the start of the fused line 3, is the title (above the
        # 文号: the Titles rule). Line 3 holds 文号, 主送 and body; 署名 (4),
        # date (5). The title names no issuing body: `issuer` from the 署名.
        # The 规程 is a carried document (rule 7): its title, inline at the
        # start of line 6, level 1; 第一章–第六章 level 2 (第一章 inline in
        # line 6); every 第X条 with its bracketed caption (rule 6: the
        # marker and the caption, not the text) level 3 (articles under
        # chapters, one level down in an annex), 第一条 inline in line 6.
        # The （一）… items inside articles are lists (rule 6). 「第五章  其它事项」
        # and 「第六章  附则」 keep their double space. 「本规程自印发之日起实施」
        # gives no `effective` (batch 12's pass). The repository's 「附件（官方直链）」
        # section and its PDF link (72-73) are furniture (as batch 17's 函);
        # no 附件说明 in the document, so no `attachments`.
        "title": 3,
        "title_strip": ("", _EXPERT_AFTER_TITLE),
        "headings": [
            (6, ("inline", "上海市城市更新专家委员会工作规程（试行）"), 1),
            (6, ("inline", "第一章 总则"), 2),
            (6, ("inline", "第一条（目的依据）"), 3),
            (7, None, 3),
            (9, None, 3),
            (11, None, 3),
            (13, None, 3),
            (18, None, 3),
            (23, None, 2),
            (24, None, 3),
            (26, None, 3),
            (28, None, 3),
            (33, None, 2),
            (34, None, 3),
            (36, None, 3),
            (38, None, 3),
            (45, None, 2),
            (46, None, 3),
            (48, None, 3),
            (52, None, 3),
            (59, None, 3),
            (64, None, 3),
            (66, None, 2),
            (67, None, 3),
            (69, None, 2),
            (70, None, 3),
        ],
        "furniture": [[1, 2], [72, 73]],
        "document": {
            "issuer": "上海市规划和自然资源局",
            "number": "沪规划资源详〔2023〕376号",
            "addressees": "各区人民政府、各管委会，市相关部门",
            "signatory": "上海市规划和自然资源局",
            "date": "2023年9月28日",
        },
    },
    "news-cn-jinye-industrial-bank-signing-2019": {
        # A group's own news on its company-site template (<h3> and <p>s):
        # title (1). Three <p>s stand directly under an <img> and describe
        # the photo: the centred 「…袁汉源致辞」 (7) and 「…蔡斌致辞」 (11),
        # and the uncentred 「…袁汉源与…蔡斌代表双方签署战略合作协议。」 (15),
        # of the same 「name + act」 form, whose event the next paragraph
        # narrates (「致辞结束后，…分别代表双方企业签订了战略合作协议」): photo
        # captions, furniture (rule 4 and Furniture: a caption under an
        # image, with or without a credit, one repeating the body). The
        # later <img>s are followed by body paragraphs (19, 21). No
        # subheads, byline, dateline or date: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[7, 7], [11, 11], [15, 15]],
        "document": {},
    },
    "news-cn-mingde-science-contest-xian": {
        # The same template: title (1), four paragraphs. The bracketed
        # byline 「（文/任伟  明德学院）」 closing the last paragraph (9) is
        # furniture inline (as batch 15's 「文/图 本报特派记者刘新宇 天津报道」)
        # and gives `reporter` 「任伟」; 明德学院 is the writer's unit, not an
        # outlet or a dateline, so no `source`. No date on the page.
        "title": 1,
        "headings": [],
        "furniture": [[9, 9]],
        "furniture_text": ["（文/任伟  明德学院）"],
        "document": {"reporter": "任伟"},
    },
    "news-hk-hku-su-candidate-internships-2019": {
        # A 眾新聞 report, cut before its first subhead: `#` title (1, its
        # full-width spaces kept); the three <figcaption>s (7 「…眾新聞製圖」,
        # 10 「…網上圖片」, 12 「…鄭鎮熙LinkedIn截圖」, the last a whole
        # paragraph-like caption) are furniture. No subheads in the cut part;
        # the byline is only in the dropped front matter: no fields.
        "title": 1,
        "headings": [],
        "furniture": [[7, 7], [10, 10], [12, 12]],
        "document": {},
    },
    "press-mo-icac-annual-report-2026": {
        # A GCS release (廉政公署): <h1> title (1); seven plain <p>s, no
        # <strong>, no caption, no sign-off; 「…今天（6月17日）刊登於…」 is a
        # sentence, not a dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-productivity-finance-talent-2026": {
        # A GCS release (生產力中心): <h1> title (1); five plain <p>s, no
        # <strong>; the closing 「出席人士包括…」 is body. No headings,
        # furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-takaichi-congratulations-2026": {
        # A Presidential Office release whose record has an empty subtitle
        # field: the title (1) only, no subtitle; two paragraphs (the
        # spokesperson's 「郭雅慧表示」 is body). No headings, furniture or
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
