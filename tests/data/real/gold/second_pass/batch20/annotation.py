"""The independent second annotator's batch-20 outlines, as line-based annotation.

Made like batches 3 and 5 to 19 (see ../batch19/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from, d3a0066c, "Corpus batch 20
texts", where the gold files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-20 gold outline, spec or batch-20
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
Macau releases' `<strong>` runs or their absence, the 眾新聞 and Shanghai
Markdown) and, because the 金叶 file keeps no markup, the repository page it
was transcribed from (`MrYourk/jsyang.net` `frontend/views/news/news_5.php`
through the library's `read_file`: where its `<img>`s stand); MANIFEST.md's
batch-20 source table (written with the texts, before any gold) for the
pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 20 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-brewers-western-plants-2011": {
        # The procurement portal's form (batches 15, 17-19): <h1> title (1);
        # the div.source spans 「发布时间：…」 / 「发布人：-」 (3-4) one furniture
        # range, `time` as written; 「-」 names no outlet: no `source`.
        # 「日前，…」 opens sentences, not a dateline. The file is cut after
        # two paragraphs. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-06-09"},
    },
    "news-hk-harbin-cluster-spread-2020": {
        # A 眾新聞 report (眾聞): `#` title (1) with its column tag
        # 「【武漢肺炎大爆發】」 and the full-width spaces kept. Nine body
        # paragraphs, no figcaption, no subhead (the Markdown has none);
        # 「《北京日報》指…」 cites another paper inside a sentence: no dateline,
        # no `source`. The subscription footer (11-12) one furniture range.
        # The byline 「眾新聞記者」 is only in the dropped front matter: no
        # `reporter`, no `time`.
        "title": 1,
        "headings": [],
        "furniture": [[11, 12]],
        "document": {},
    },
    "press-mo-dragon-boat-race-2026": {
        # A GCS release (體育局 and partners): <h1> title (1); ten plain <p>s,
        # no <strong>, no caption, no sign-off; the guests' list (8) and the
        # closing 「公眾可瀏覽…」 (11) are body. 「今（19）日」 is a sentence, not
        # a dateline. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-jilin-2026": {
        # A provincial work report on the library mirror (as 山东, 安徽, 河南):
        # the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10, 「2026年吉林省政府工作报告」 as written), the
        # occasion line with its —— the subtitle (11); the speaker line (14)
        # `speaker` as written, not furniture; `occasion` and `date` from the
        # subtitle. 一、工作回顾 (17) level 1. The review's seven points open
        # with 一是…七是 leads closed by 。 (「一是全力以进促稳。」 …, 20-26):
        # body (rule 5: 一是/二是 leads are never headings, even opening a
        # paragraph). 「主要做了以下工作。」 (19), the 「十四五」 review (27),
        # 「各位代表！」 (28, 30) and the closing paragraphs are body. The file
        # is cut before 二、.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "省长 胡玉亭",
            "occasion": "吉林省第十四届人民代表大会第五次会议",
            "date": "2026年1月27日",
        },
    },
    # Development part.
    "gw-sh-five-new-cities-approval-delegation-2023": {
        # A 市交通委 通知: the repository banner (1) and its `#` heading (2,
        # the repository's copy with 「交通委员」 for 「交通委员会」) furniture;
        # the page's own title (3) stands above the 文号 (4) and is the title
        # (the Titles rule; batches 16, 18, 19's repeated-title form). 主送
        # (5), the cover sentence (6, 「具体情况如下：」 body). 一、 (7) and 二、
        # (10) stand alone, level 1. Under 二、 the （一）–（三） (11, 15, 16)
        # state each party's duties in content sentences (only （二） opens
        # with a short statement, 「市交通委承担行业指导和监督职责。」): one of
        # three, a list (rule 3, like the positions of
        # gw-cn-liaoning-reply-2004); the 1．–3． under （一） (12-14) are
        # duties too: a list. 「特此通知，请遵照执行。」 (17) body; 署名 (18),
        # date (19). The body says 「（详见附件）」 but the page has no 附件说明
        # line: no `attachments`. The annex table follows (20-74): its title
        # 「授权下放“五个新城”审批事项清单」 (20) is a level-1 section (rule 7, as
        # batch 19's 自查表, batch 14's 交接单); the table's header and cells
        # (21-74) are body. The title names the issuer: `issuer`
        # 「上海市交通委员会」 (= the 署名).
        "title": 3,
        "headings": [(7, None, 1), (10, None, 1), (20, None, 1)],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "上海市交通委员会",
            "number": "沪交建〔2023〕884号",
            "addressees": "嘉定区、松江区、青浦区、奉贤区交通委",
            "signatory": "上海市交通委员会",
            "date": "2023年12月6日",
        },
    },
    "gw-sh-yangpu-waterfront-heritage-plan-2024": {
        # A 区政府 印发 notice: the repository banner (1, the stray
        # 「&siteId=0077」 inside it: batch 15's form) furniture. The page has
        # no copy of the title and no 文号 (only in the dropped front matter:
        # no `number`), so the `#` line (2) is the title (batch 18's 历史记忆
        # notice), the space inside 《…示范区 深化建设…》 kept as written.
        # 主送 (3), cover sentence (4), 署名 (5), date (6); the title names no
        # issuing body: `issuer` from the 署名. The 行动计划 is a carried
        # document (rule 7): its title wrapped over 7-8, joined, level 1;
        # 「为深入贯彻…特制定…」 (9) body. 一、–五、 (10, 12, 16, 27, 54) stand
        # alone, level 2; 二、's 「——坚持…。」 leads (13-15) body (rule 5).
        # Every （一）… stands alone over its paragraph(s), level 3 (17, 19,
        # 28, 32, 55, 57, 59, 61). Level 4: the stand-alone 1.滨江南段 …
        # 3.沿江向内延伸段 (21, 23, 25); under 四、（一） the 1.–3. (29-31) open
        # with a headline closed by 。 (「1.以开展第四次全国文物普查为基础，构建
        # 精准保护标准化体系。」 …): run-in, cut at the first 。; under 四、（二）
        # the five stand-alone 「1.落实规划保护清单，…」 lines (33, 37, 40, 45,
        # 49) and the （1）–（16） run-in heads closed by 。 (「（1）全面实施新修订法律
        # 法规。」 …) one tier deeper, level 5 capped at 4 (Levels).
        "title": 2,
        "headings": [((7, 8), None, 1)]
        + [(n, None, 2) for n in (10, 12, 16)]
        + [(17, None, 3), (19, None, 3)]
        + [(n, None, 4) for n in (21, 23, 25)]
        + [(27, None, 2), (28, None, 3)]
        + [(n, "。", 4) for n in (29, 30, 31)]
        + [(32, None, 3)]
        + [(n, None if n in (33, 37, 40, 45, 49) else "。", 4) for n in range(33, 54)]
        + [(54, None, 2)]
        + [(n, None, 3) for n in (55, 57, 59, 61)],
        "furniture": [[1, 1]],
        "document": {
            "issuer": "上海市杨浦区人民政府",
            "addressees": "区政府各委、办、局，各街道办事处及各有关单位",
            "signatory": "上海市杨浦区人民政府",
            "date": "2024年7月15日",
        },
    },
    "news-cn-mingde-conversion-commendation-2020": {
        # The 金叶 company-site template (batches 18-19): title (1; the space
        # and the —— kept as written: one headline in the <h3>, no
        # subtitle). news_5.php's five <img>s each stand between body <p>s;
        # the short 「最后，与会领导及嘉宾合影留念。」 (15) stands under the last
        # image but narrates a step of the meeting (「最后，…」) and repeats no
        # body sentence: body, not a caption (the flagged call). The
        # bracketed byline 「（文/刘书沛 明德学院）」 closing the last paragraph
        # (17) is furniture inline and gives `reporter` 「刘书沛」; no `source`
        # (the writer's unit). 「6月28日下午」 inside a sentence is no dateline;
        # 「2020年3月，…」 opens the story. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[17, 17]],
        "furniture_text": ["（文/刘书沛 明德学院）"],
        "document": {"reporter": "刘书沛"},
    },
    "news-hk-loco-kwok-wing-kin-statement-2020": {
        # A 眾新聞 report (眾聞): `#` title (1), the full-width spaces kept.
        # The two <figcaption>s (4 「…美聯社圖片」, 10 「…莊曉彤攝」) furniture,
        # one range each (body between them); the subscription footer
        # (14-15) one range. The bold spans inside paragraphs (7, 12) are
        # quotes run on in their paragraphs: body (rule 5). No subhead, no
        # byline in the text (front matter only): no fields.
        "title": 1,
        "headings": [],
        "furniture": [[4, 4], [10, 10], [14, 15]],
        "document": {},
    },
    "press-mo-forged-chips-appeal-2026": {
        # A GCS release (終審法院院長辦公室's summary of a 中級法院 ruling):
        # <h1> title (1); plain <p>s, no <strong>. 「中級法院合議庭…作出如下分析：」
        # (9) is a sentence ending in ：, body; 「關於量刑，」 / 「關於緩刑，」 open
        # sentences (10-11) and 一是/二是 run inside 8: body. The closing
        # 「參閱中級法院第240/2026號案的合議庭裁判。」 (13) is the office's own
        # reference: body. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-national-map-lecture-2026": {
        # A GCS release (教育及青年發展局): <h1> title (1); four plain <p>s, no
        # <strong>, no caption. No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-sadaharu-oh-medal-2026": {
        # A Presidential Office release: title (1, full-width space kept) and
        # the record's subtitle (3). 「總統致詞時表示，…」 and 「王貞治先生致詞時
        # 表示，…」 open body paragraphs; the 在場觀禮者 list (21) is body. No
        # headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-svg-ambassador-medal-2026": {
        # The same form: title (1), subtitle (3); body paragraphs only, the
        # 在場觀禮者 list (23) body. No headings, furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
