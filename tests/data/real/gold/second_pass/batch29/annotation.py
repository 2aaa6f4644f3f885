"""The independent second annotator's batch-29 outlines, as line-based annotation.

Made like batches 3 and 5 to 25 (see ../batch20/annotation.py; the writer is
../write_second_pass.py): each gold file's "text" field was printed with
line numbers and nothing else at the commit this pass started from, e576e33d
("Batch 29 texts fix", after the texts commit 898ae64b, where the gold files
held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was
written and committed before any batch-29 gold outline, spec or batch-29
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
筠连 ASP.NET page: what its reader keeps and drops; the 眾新聞 Markdown's
`###` subheads and `<figcaption>`s; the Macau release's `<p>`s);
MANIFEST.md's batch-29 source table (written with the texts, before any
gold) for the pages' forms.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 29 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-junlian-water-ppp-study-visit-2018": {
        # The 筠连 ASP.NET page (135editor markup): the app's HTML reader keeps
        # the page's <title> 「新闻公告」 (1) and drops the centred headline
        # <p> 「副县长郭创峰带队外出考察学习供排水PPP项目」, the 2018-03-07 info line
        # and the first body paragraph (all inside the first 135editor
        # <section>). 「新闻公告」 is the site's column name, not this
        # story's title: page chrome, furniture, and the text has no title of
        # its own (the Titles rule's last item; batch 13's company pages
        # whose title div is not in the app's text). The flagged call: a
        # reader who takes the page <title> as the document's title would
        # put 「新闻公告」 there. 「郭创峰强调：」 (6) ends a sentence, body; the
        # 一是…五是 leads (7-11) body (rule 5). 「12月1日，…」 opens a
        # sentence inside the body, no dateline. No headings, no fields (the
        # date is only in the dropped info line).
        "title": None,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {},
    },
    "news-hk-social-welfare-subsector-election-loss-2021": {
        # A 眾新聞 report (眾聞): `#` title (1) with its column tag 「【社福界戰果】」
        # and the full-width spaces kept. The two <figcaption>s (3
        # 「…黎家威攝」, 8 「…資料圖片」) furniture, one range each (body
        # between them; the third <figure> has no caption). The three `###`
        # subheads (4, 9, 14) stand alone before body paragraphs: level 1,
        # 4 with its two inner spaces as written. No footer in the file; the
        # byline 「記者鄭啟智」 is only in the dropped front matter: no
        # `reporter`, no `time`.
        "title": 1,
        "headings": [(4, None, 1), (9, None, 1), (14, None, 1)],
        "furniture": [[3, 3], [8, 8]],
        "document": {},
    },
    "press-mo-social-affairs-secretary-mourns-kiang-wu-director-2026": {
        # A GCS release (社會文化司): <h1> title (1); four plain justified
        # <p>s, no <strong>, no caption, no sign-off. No headings, furniture
        # or fields.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {},
    },
    "press-tw-vice-president-kaohsiung-social-housing-2026": {
        # A Presidential Office release (the vice president's): title (1, the
        # full-width space kept) and the record's subtitle
        # 「副總統出席「橋新‧安居B」社會住宅動土典禮」 (3), as the president's
        # releases (Titles). 「今（2）日下午」 is inside the lead sentence, no
        # dateline; 「副總統致詞時表示，…」 / 「副總統說，…」 / 「最後，…」 open
        # body paragraphs; the 亦出席 list (17) is body. No headings,
        # furniture or fields.
        "title": 1,
        "subtitle": 3,
        "headings": [],
        "furniture": [],
        "document": {},
    },
}
