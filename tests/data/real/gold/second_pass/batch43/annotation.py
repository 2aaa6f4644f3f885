"""The independent second annotator's batch-43 outlines, as line-based annotation.

Made like batches 3 and 5 to 41 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from (4c12c7ba, batch 43's
texts-only commit, where the gold files held no headings yet), the four held-out
documents first (their part committed before any dev document was printed), and this annotation
was written and committed before any batch-43 gold outline, spec or batch-43
note on the gold was read, without running the app's outline, title, header
or furniture code (nor `analyze` or any scorer). Headings are (line, cut,
level): the heading is the stripped line up to and including the first
`cut` (a run-in heading, rule 2; 「條」 keeps an article's marker), or the whole
line; a tuple of lines is one heading wrapped over several lines; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line ranges;
`furniture_text` lists the exact strings where a furniture range is only
part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (for the held-out four:
the 新聞局 release's HTML — the <h1> and eight plain <p>s, no <strong>, no caption; the other three
are .txt files with no markup; for the dev eight, after the held-out commit: the 治安警察局 and 澳門大學
releases' HTML — the <h1>, the 治安警察局's five <p><strong> lines, none in the 澳大's; the 中央社 page's
HTML — the <h1>, the timeBox's publication and update stamps, the keyword tags and the 延伸閱讀 block;
the 眾聞 report's Markdown — the `#` title, six <figcaption>s, two Hugo video shortcodes with the
plain lines introducing them, the footer after its `---`; the 管制藥品 公告's .txt — no markup).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 43 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-mnd-military-court-wrongful-detention-compensation-letter-2009": {
        # A 國防部書函 in the 行政院公報 (as batch 41's 內政部函): title the record's
        # Title (1); 「國防部書函」 (2) gives `issuer` 國防部; date (3), 字號 (4)
        # `number`; 「主　　旨：…」 (5) and 「說　　明：…」 (6) carry their text, body;
        # the 署名 「國防部」 (7) `signatory` as written. No `attachments`: the
        # 摘要 is named inside the 主旨 sentence (batch 41's 勘誤表 letter). The
        # 決定書摘要 the letter carries after its end: its title (8) level 1
        # (rule 7, batch 41's 勘誤表). Its label lines 「請  求  人：呂俊龍」 …
        # 「決定要旨：…」 (9-15) each carry their value on the line (the 案號's
        # date wrapped to 12): body, as 「主旨：…」 (rule 4); flagged: 主文 and
        # 決定要旨 are the parts the 說明 names, but they run on, not stand alone.
        "title": 1,
        "headings": [(8, None, 1)],
        "furniture": [],
        "document": {
            "issuer": "國防部",
            "date": "中華民國98年4月6日",
            "number": "國法審判字第0980000837號",
            "signatory": "國防部",
        },
    },
    "press-mo-gcs-chief-executive-national-day-reception-2026": {
        # A Macau GCS release (新聞局, the 行政長官's speech): title the <h1> (1);
        # eight plain <p>s (2-9), no <strong>, no caption, no sign-off. 「今（1）日」
        # is a sentence, not a dateline. No headings, no furniture, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-president-taiwan-lantern-festival-chiayi-opening-2026": {
        # A Presidential Office release: the first line the title (1, its U+3000
        # kept), the second 「總統出席「…」開燈典禮」 (3) the subtitle. Body
        # paragraphs between blank lines; 「第一，…；第二，…」 (11) run inside a
        # sentence, body. No headings, no furniture, no fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "wr-hk-chief-executive-legco-address-2012-10-17-part": {
        # The 行政長官's address to the 立法會 in the Hansard (a PDF's text), as
        # batch 41's 施政報告 record: the record's item heading 「行政長官發言」 (1)
        # names the whole text, the title. The record's note 「行政長官根據《議事規則》
        # …」 (3-5) is its own text, body (batch 41's first-reading note). Each
        # page break's running head 「立法會  ─  2012年 10月 17日」, the ' ' line and
        # the page number (32-34, 74-76, 116-118) one furniture range each (the
        # 74-76 range splits a sentence; still furniture). The speech turns
        # (行政長官：, 主席︰, 梁國雄議員：) and the bracketed stage notes
        # 「(梁國雄議員坐着高聲呼叫 )」 are the record's text, body. The address has no
        # subhead in this part (「首先是…」 / 「接着，我會談談…」 open paragraphs):
        # no headings. Fields (work report): `speaker` the turn label
        # 「行政長官」 (8) and `date` the running head's 「2012年 10月 17日」 as written
        # (batch 41's reading); no `occasion`.
        "title": 1,
        "headings": [],
        "furniture": [[32, 34], [74, 76], [116, 118]],
        "document": {"speaker": "行政長官", "date": "2012年 10月 17日"},
    },
    # Development part.
    "gw-tw-ey-controlled-drugs-schedule-amendment-notice-2009": {
        # A 行政院公告 in the gazette (as batch 24's 內政部公告): title the record's
        # Title (1); the letterhead 「行政院公告」 (2) gives `issuer` 行政院; date (3),
        # 字號 (4) `number`; 「主　　旨：…」 (5) carries its text, body. 「說　　明：」 (6)
        # stands alone over its items: a label headline, level 1 (rule 4, as the
        # gazette's stand-alone 「公告事項：」; flagged: no precedent has 說明 alone,
        # and a reader of it as a bare 公文 element would leave it body). Its
        # 一、二、 (7-8) are content sentences, a list (rule 3). No `attachments`:
        # 「二、附修正…1份。」 is an item inside 說明, not a 附件说明 line (batch 24's
        # 「…修正草案如附件。」; flagged: it reads as a 附 line). 「院　　長　劉兆玄」 (9)
        # `signatory`. The 分級及品項 the 公告 carries after its end: its title (10)
        # level 1 (rule 7); its own 「二、品項名稱」 (11) level 2 (the annex's part,
        # one below its title). 「第三級管制藥品」 (12) and 「第四級管制藥品」 (17) are
        # each followed by the column heads 「品項」 / 「備註」: the titles of the
        # two tables, body with the column heads and the item rows 「23、…」 (15-16,
        # wrapped) and 「71、…」 (20) (rule 5: table titles and table content;
        # flagged: read as stand-alone headlines they would be level 3).
        "title": 1,
        "headings": [(6, None, 1), (10, None, 1), (11, None, 2)],
        "furniture": [],
        "document": {
            "issuer": "行政院",
            "date": "中華民國98年4月9日",
            "number": "院臺衛字第0980014883號",
            "signatory": "院　　長　劉兆玄",
        },
    },
    "gw-tw-ey-exam-yuan-school-staff-retirement-act-effective-dates-order-2009": {
        # A joint 行政院、考試院令, batch 25's 考試院、行政院令 form: title the record's
        # Title (1); 「行政院」 / 「考試院令」 (2-3) the joint letterhead, `issuer` a
        # list of both bodies in the order written; the date (4) without the
        # gazette's 「（補登）」 note; the two 字號 (5-6) `number`, a list as
        # written; the 令's two sentences (7-8) body; the two 「院　　長」 署名
        # (9-10) `signatory`, a list as written. Nothing carried: no headings,
        # no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": ["行政院", "考試院"],
            "date": "中華民國98年4月6日",
            "number": ["院授人給字第0980064534號", "考臺組貳二字第09800019171號"],
            "signatory": ["院　　長　劉兆玄", "院　　長　關　中"],
        },
    },
    "news-hk-hkcnews-admiralty-overnight-protesters-persuade-police-2019": {
        # A 眾新聞 report (眾聞) as batches 35, 39 and 41's: title the `#` line (1)
        # with its U+3000s. Every <figcaption> is furniture with its credit
        # (「美聯社照片」, 「美聯社」, 「莊曉彤攝」), consecutive ones one range (4-5,
        # 9, 12-13, 15); the two Hugo `{{< video … >}}` shortcodes (7, 11)
        # machine markers, furniture, one range each; the plain lines introducing
        # them 「立法會「煲底」清晨仍在接力唱聖詩：」 (6) and 「示威者與警方對話：」 (10) are
        # body (batch 39's 「台灣疾管署的影片：」). The subscription footer (17-18) one
        # range. No subheads; the byline (記者莊曉彤) is only in the dropped front
        # matter: no `reporter` (the caption credit 莊曉彤攝 is a photo's).
        "title": 1,
        "headings": [],
        "furniture": [[4, 5], [7, 7], [9, 9], [11, 11], [12, 13], [15, 15], [17, 18]],
        "document": {},
    },
    "news-tw-cna-new-taipei-pork-sold-as-mutton-inspection-2023": {
        # A 中央社 page: title the <h1> (1). The timeBox line
        # 「2023/8/23 15:06（8/23 15:31 更新）」 (2) is the site's page field,
        # furniture giving `time` as written, the publication stamp (batch 15's
        # 「2024/09/07 13:36:00」; the update stamp is not the piece's time;
        # flagged). The dateline 「（中央社記者沈佩瑤台北23日電）」 opening the lead
        # stays body and gives `source` 「中央社」 and `reporter` 「沈佩瑤」 (batch 12's
        # reading; its 「23日」 is not taken over the page's full stamp). The
        # closing 「（編輯：李亨山）1120823」 (9) inline furniture giving `editor`
        # (batch 12). The keyword tags 「#林金富」 … (10-13) and the 延伸閱讀 block with its
        # link titles and tag names (14-19) are site chrome, furniture (related-link
        # lines). No headings.
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [9, 9], [10, 13], [14, 19]],
        "furniture_text": ["（編輯：李亨山）1120823"],
        "document": {
            "source": "中央社",
            "time": "2023/8/23 15:06",
            "reporter": "沈佩瑤",
            "editor": "李亨山",
        },
    },
    "press-mo-psp-chinese-style-drill-national-day-debut-2026": {
        # A Macau GCS release (治安警察局): title the <h1> (1, the reader's space for
        # its U+3000); the five bold one-line <p><strong> lines 「系統化培訓」 (3),
        # 「密集式加強培訓」 (5), 「護旗隊全新制服」 (8), 「全新裝備」 (10) and
        # 「國慶亮相 邁向新階段」 (12), each over its paragraphs, are subheads, level
        # 1 (rule 4, batch 2's Macau releases). No furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1), (8, None, 1), (10, None, 1), (12, None, 1)],
        "furniture": [],
        "document": {},
    },
    "press-mo-um-national-day-flag-raising-2026": {
        # A Macau GCS release (澳門大學): title the <h1> (1), four plain <p>s; the
        # guests' list (5) body. No headings, no furniture, no fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-tainan-mayor-family-carnival-youth-dance-2026": {
        # A Tainan release: title the first line (1, its U+3000 kept). The
        # run-together 「發稿單位：…發稿時間：…發稿人：…」 (3) is the release's own
        # header, body: `source` 「新聞及國際關係處」, `time` 「115年10月4日13:00」 as
        # written (batch 22's 「115年10月5日10:50」) and `reporter` 「陳涵文」 (batch
        # 9's run-together line, batch 4's 發稿人). No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {
            "source": "新聞及國際關係處",
            "time": "115年10月4日13:00",
            "reporter": "陳涵文",
        },
    },
    "press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026": {
        # The same form: title (1, U+3000 and the 「－」 kept); the header line (3)
        # gives `source`, `time` 「115年10月2日12:00」 and `reporter` 「何帆」. The
        # guests' paragraph (15) body. No headings, no furniture.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "新聞及國際關係處", "time": "115年10月2日12:00", "reporter": "何帆"},
    },
}
