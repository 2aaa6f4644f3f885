"""The independent second annotator's batch-19 outlines, as line-based annotation.

Made like batches 3 and 5 to 18 (see ../batch18/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else (the batch-19 gold files held only their text
at the commit this pass started from, 5c8e51d6, "Corpus batch 19 texts"),
the four held-out documents first (their part committed before any dev
document was printed), and this annotation was written and committed before
any batch-19 gold outline, spec or batch-19 note on the gold was read,
without running the app's outline, title, header or furniture code (nor
`analyze` or any scorer). Headings are (line, cut, level): the heading is
the stripped line up to and including the first `cut` (a run-in heading,
rule 2), or the whole line; a tuple of lines is one heading wrapped over
several lines; ("inline", words) is a heading found inside a longer line.
Furniture is 1-based inclusive line ranges; `furniture_text` lists the
exact strings where a furniture range is only part of a line. The writer
only slices the text; it runs none of the app's analysis.

Where the text alone could not decide, the corpus file itself was read (the
Macau releases' `<strong>` runs or their absence) and, for the 金叶 pages,
whose files keep no markup, the repository pages (`news_3.php`,
`news_4.php`) through the library's `read_file`: which `<p>`s stand under
an `<img>` and whether they are captions; MANIFEST.md's batch-19 source
table (written with the texts, before any gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 19 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-chinasoft-huawei-afc-seminar-2017": {
        # The bank demo's static page again (batch 18's 南宁 item: the
        # title, date and news <font>s): title (1); the bare date line (3)
        # is the carrying page's field, furniture, giving `time` as written.
        # No byline, no dateline (the lead opens 「近日，美丽的蓉城…」). No
        # stand-alone lines: no headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 3]],
        "document": {"time": "2017-05-10"},
    },
    "news-cn-jinye-party-committee-commendation-2020": {
        # The 金叶 company-site template (<h3> and <p>s; batch 18's form):
        # title (1), the space inside 「…中国共产党 成立99周年…」 kept as
        # written. The page's four <img>s stand above or below full body
        # paragraphs (news_3.php: no short <p>, no centred <p> under an
        # image): no captions. The bracketed byline 「（文/严夏蕾  集团党办）」
        # closing the last paragraph (11) is furniture inline (as batch 18's
        # 明德 「（文/任伟  明德学院）」) and gives `reporter` 「严夏蕾」; 集团党办 is
        # the writer's unit, not an outlet: no `source`. 「7月1日，…」 is a
        # sentence of the story, not a dateline; no date on the page. No
        # headings.
        "title": 1,
        "headings": [],
        "furniture": [[11, 11]],
        "furniture_text": ["（文/严夏蕾  集团党办）"],
        "document": {"reporter": "严夏蕾"},
    },
    "press-mo-lusophone-rectors-forum-2026": {
        # A GCS release (教育及青年發展局): <h1> title (1; the feed's double
        # space is one space in the app's text, as batch 17's Macau titles);
        # five plain justified <p>s, no <strong>, no caption, no sign-off;
        # the closing list of universities with 「（排名不分先後）」 is body.
        # No headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-henan-2026": {
        # A provincial work report on the library mirror (as 山东, 安徽, 湖南):
        # the 下载 … 】 toolbar (1-9) and the 来源/时间 lines (12-13)
        # furniture; title (10), occasion line with its —— the subtitle
        # (11); the speaker line (14) `speaker` as written, not furniture;
        # `occasion` and `date` from the subtitle. 一、 (17) level 1. Its
        # five-year review opens with 「过去的五年极不寻常。…」 (18) and six
        # paragraphs whose unnumbered leads (「综合实力稳步提升。」 … 「民生福祉
        # 不断增进。」, 19-24) run on: body (rule 5, as batch 12's
        # 「先进制造业骨干作用增强。」). 「刚刚过去的2025年很不平凡。…」 (25) is
        # body; the 2025 review's （一）–（五） (26-30) open their paragraphs
        # with a headline closed by 。 (「（一）千方百计稳就业稳企业稳市场稳预期。」 …):
        # run-in headings, level 2, cut at the first 。 (rule 2).
        # 「一年来，我们全面正确履行政府职能…」 (31) and the closing paragraphs
        # (32-33) are body. The file is cut before 二、.
        "title": 10,
        "subtitle": 11,
        "headings": [(17, None, 1)] + [(n, "。", 2) for n in range(26, 31)],
        "furniture": [[1, 9], [12, 13]],
        "document": {
            "speaker": "河南省人民政府省长 王凯",
            "occasion": "河南省第十四届人民代表大会第四次会议",
            "date": "2026年1月26日",
        },
    },
    # Development part.
    "gw-sh-lingang-city-checkup-2024": {
        # A 管委会's 通知 issuing a 实施方案: the repository banner (1) and its
        # `#` heading (2) furniture; the page repeats the title above its
        # 文号 (batch 16's and 18's repeated-title form), and that copy (3)
        # is the title (above the 文号: the Titles rule). 文号 (4), 主送 (5,
        # half-width colon left out), body (6), 署名 (7), date (8). The
        # title names no issuing body: `issuer` from the 署名 (batches 14,
        # 17, 18). The 方案 is a carried document (rule 7): its title (9)
        # level 1; 一、–四、 (11, 13, 23, 42) stand alone, level 2; every
        # （一）… line stands alone over its paragraph(s), level 3. 「为深入贯彻
        # …现制定…」 (10), the unnumbered paragraphs under 三、（一） (26-29) and
        # the closing 「本实施方案自发布之日起试行，有效期三年。」 (51) are body
        # (no `effective`: batch 12's pass). No 附件说明, no link section.
        "title": 3,
        "headings": [(9, None, 1)]
        + [
            (n, None, 2 if n in (11, 13, 23, 42) else 3)
            for n in (11, 13, 15, 17, 19, 21, 23, 24, 30, 32, 34, 36, 38, 40, 42, 43, 45, 47, 49)
        ],
        "furniture": [[1, 2]],
        "document": {
            "issuer": "中国（上海）自由贸易试验区临港新片区管理委员会",
            "number": "沪自贸临管委〔2024〕53号",
            "addressees": "管委会各部门、各直属单位，临港新片区各镇、各有关单位",
            "signatory": "中国（上海）自由贸易试验区临港新片区管理委员会",
            "date": "2024年5月18日",
        },
    },
    "gw-sh-public-charging-inspection-2023": {
        # A joint 通知 of two 市 bodies. The repository banner (1) and its `#`
        # heading (2, the repository's title with both issuers' names) are
        # furniture; the page's own title (3) stands above the 主送 (no 文号
        # in the text: the Titles rule's "above the 主送机关") and is the
        # title. The reader fused 主送 and the opening sentence (4); 一、–三、
        # (5, 7, 10) stand alone, level 1; under 二、 and 三、 the （一）… open
        # their paragraphs with a headline closed by 。 (「（一）场库配建情况。」,
        # 「（一）公共停车场（库）自查自纠。」 …): run-in headings, level 2, cut at
        # the first 。 (rule 2). 「特此通知。附件：充电运营商自查表」 closes line 14:
        # `attachments` 「附件：充电运营商自查表」. 署名 (15): the two names on one
        # line, `signatory` as written (double space kept, as the joint
        # 批复's 「国务院 中央军委」) and `issuer` the two names as a list (the
        # title names none; 沪交科〔2023〕301号 is only in the dropped front
        # matter: no `number`). Date (16). The parenthesised 联系人 block under
        # the date (17) is the 附注 of GB/T 9704 (the place and form of
        # 「（此件公开发布）」): `note`, as written, not furniture. The annex
        # form follows (18-36): a document the 通知 carries, so its title
        # 「充电运营商自查表」 is a level-1 section (rule 7; batch 14's 岸电使用交接单,
        # batch 13's 汇总表), the fused 「附件」 label left out (`inline`). Its
        # lines are fill-in fields (「填表人：…」, 「…数量（个）：」, □是 □否); the
        # two field groups 「下线充电设施（枪）的状况：」 (23) and 「实际在运营的…车位
        # 管控措施状况：」 (29) with their (1)–(5) count fields are questions of
        # the form, not part titles: body (the flagged call), the (1)–(5)
        # fields lists.
        "title": 3,
        "headings": [
            (5, None, 1),
            (7, None, 1),
            (8, "。", 2),
            (9, "。", 2),
            (10, None, 1),
            (11, "。", 2),
            (12, "。", 2),
            (13, "。", 2),
            (14, "。", 2),
            (18, ("inline", "充电运营商自查表"), 1),
        ],
        "furniture": [[1, 2]],
        "document": {
            "issuer": ["上海市交通委员会", "上海市发展和改革委员会"],
            "addressees": "各区交通行政管理部门、上海充换电设施公共数据采集与监测市级平台、各相关单位",
            "signatory": "上海市交通委员会  上海市发展和改革委员会",
            "date": "2023年4月24日",
            "attachments": "附件：充电运营商自查表",
            "note": (
                "（市交通委联系人：张英杰，联系电话：23115232市道路运输局联系人：王志昕，联系电话："
                "13916075577市级平台技术支持：周天卉，联系电话：15800990605，邮箱 zhouth@seari.com.cn"
                "申行智停技术支持：徐一诚，联系电话：18221059360）"
            ),
        },
    },
    "news-cn-jinye-mingde-admissions-meeting": {
        # The 金叶 company-site template (batch 18's form): title (1; the
        # space and the —— kept as written: one headline, no subtitle in the
        # <h3>). news_4.php's one <img> stands between two body paragraphs:
        # no caption. The bracketed byline 「（文/刘书沛 明德学院）」 closing the
        # last paragraph (9) is furniture inline (batch 18's 明德 item) and
        # gives `reporter` 「刘书沛」; no `source` (the writer's unit). 「6月28日
        # 下午」 inside the lead is a sentence, not a dateline. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[9, 9]],
        "furniture_text": ["（文/刘书沛 明德学院）"],
        "document": {"reporter": "刘书沛"},
    },
    "news-cn-lanxess-volvo-truck-grille-2011": {
        # The procurement portal's form (batches 15, 17, 18): <h1> title
        # (1); the div.source spans 「发布时间：…」 / 「发布人：-」 (3-4) one
        # furniture range, `time` as written; 「-」 names no outlet: no
        # `source`. 「日前获悉」 opens a sentence, not a dateline; the quote of
        # 卫业克 is body. No headings.
        "title": 1,
        "headings": [],
        "furniture": [[3, 4]],
        "document": {"time": "2011-06-10"},
    },
    "news-hk-cityu-student-reporters-2019": {
        # A 眾新聞 column (眾說), the whole file: `#` title (1). The three
        # <figcaption>s (4 「…照片來源：城大編委Facebook」, 5, 6) one furniture
        # range (consecutive captions, batch 17); the Hugo video shortcode
        # (11) furniture (batch 6); the subscription footer (13-14) and the
        # columnist's card (15-17: 「博客 | 羅金義」 twice, the image's alt text
        # and the bold label, then the 【羅金義・風蕭蕭】 profile) one range,
        # giving `reporter` 「羅金義」, the name alone (batch 7's pass). No
        # subheads; 〈香港傳媒公信力：低處未必最低〉 is a cited article inside a
        # sentence. No `source`/`time` (front matter only).
        "title": 1,
        "headings": [],
        "furniture": [[4, 6], [11, 11], [13, 17]],
        "document": {"reporter": "羅金義"},
    },
    "press-mo-ipm-brazil-tcm-mission-2026": {
        # A GCS release (澳門投資發展股份有限公司): <h1> title (1); five
        # justified <p>s. The last one opens with a bold run
        # (「澳投下屬產業園作為本澳推動中醫藥產業化、現代化及“走出去”的重要平台，」, split
        # over five <strong>s) that continues the sentence: an unnumbered
        # bold lead inside a paragraph, body (rule 5). 「在平台成果推介方面，」
        # / 「在業務拓展方面，」 open sentences: body. No headings, furniture or
        # fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-mo-mam-mio-pang-fei-retrospective-2026": {
        # A GCS release (文化局): <h1> title (1); four plain <p>s, no
        # <strong>; the closing opening-hours paragraph is body. No
        # headings, furniture or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-228-memorial-2026": {
        # A Presidential Office release: title (1, full-width spaces kept)
        # and the record's subtitle (3). 「總統致詞內容為：」 (9) is the
        # speaker's introduction: body, not furniture. The two runs of
        # 1、–9、 items after 「…包括：」 (19-27, 35-51) are dated events, a
        # timeline: lists (rule 3). The three 宣示 「第一，加速政治檔案開放，追查真相：」
        # (55), 「第二，政府會進一步落實轉型正義：」 (65) and 「第三，避免類似二二八不幸
        # 事件歷史重演：」 (71) each stand alone on their line, closed by ：,
        # over body paragraphs of their own: stand-alone headlines (rule 4;
        # numbered points of the speech's own hierarchy), level 1 — unlike
        # batch 6's release, whose 第一/第二/第三 run on inside paragraphs
        # (body). 「去年，…有三項宣示：」 (53) is a sentence ending in ：: body.
        # The closing list of officials (79) is body. No furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [(55, None, 1), (65, None, 1), (71, None, 1)],
        "furniture": [],
        "document": {},
    },
}
