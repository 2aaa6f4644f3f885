"""The independent second annotator's batch-54 outlines, as line-based annotation.

Made like batches 3 and 5 to 52 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (4cf99dcc, "Corpus batch 54 texts", where the gold
files held no headings yet), the four held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-54 gold outline, spec or batch-54 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (the
科技基金 release's HTML: its two short lines are <strong> paragraphs); the dev
documents of earlier batches (the dev gold of batches 48 and 50's crawler items,
華視 and TVBS, for the site/category/date lines) and docs/gold-outline.md for
the forms read before.

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 54 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "gw-tw-idb-green-factory-label-fee-standard-order-2012": {
        # A 行政院公報 令 issuing a 收費標準 (batch 52's 公平會令 with its carried
        # 辦法): title the record's first line (1); the letterhead
        # 「經濟部工業局令」 (2) giving `issuer` without 令; date (3) and 字號 (4)
        # `date` and `number`; the 令 (5) body; the 附 line (6) `attachments` as
        # it reads; 「局　　長　杜紫軍」 (7) `signatory` as written. The 標準 (8-13)
        # is a carried document (rule 7): its title (8) level 1, its three
        # articles 「第　一　條」, 「第　二　條」, 「第　三　條」 (9, 10, 13), each
        # running into its text, headed by the marker alone with the page's
        # spacing (rule 6), level 2 (no chapters). The 一、二、 fee items inside
        # 第二條 (11-12) body (a list inside an article). 第三條 「本標準自發布日
        # 施行。」 names no date: no `effective`. The blank last line (14) left
        # alone.
        "title": 1,
        "headings": [(8, None, 1)] + [(n, "條", 2) for n in (9, 10, 13)],
        "furniture": [],
        "document": {
            "issuer": "經濟部工業局",
            "date": "中華民國101年4月10日",
            "number": "工永字第10100220981號",
            "attachments": "附「綠色工廠標章收費標準」",
            "signatory": "局　　長　杜紫軍",
        },
    },
    "news-tw-udn-yunlin-sixth-naphtha-air-pollution-fee-2017": {
        # A 聯合報 item of the news crawler, one field per line (batches 48 and
        # 50's 華視 / TVBS / 自由時報 items): headline (1); the website 「聯合報」
        # (2), category 「要聞」 (3) and date 「2017-11-30」 (4) one furniture
        # range of site chrome, giving `source` and `time` as written. The body
        # is one line (5): three photo captions with their credit and the
        # share widget's words run into it — at its start and end the same
        # 「濁水溪揚塵嚴重，…能見度極差。記者蔡維斌／攝影   分享       facebook」,
        # in the middle 「濁水溪在東北季風吹襲下，…減輕揚塵。記者蔡維斌／攝影   分享
        # facebook」 — furniture inside the line (captions with credits, page
        # chrome). The photographer's credit is not a byline (batch 13's 中央社
        # reading): no `reporter`. No headings. The blank last line (6) left
        # alone.
        "title": 1,
        "headings": [],
        "furniture": [[2, 4], [5, 5]],
        "furniture_text": [
            "濁水溪揚塵嚴重，河床區一片霧茫茫，能見度極差。記者蔡維斌／攝影   分享       facebook",
            "濁水溪在東北季風吹襲下，揚塵十分嚴重，目前積極進行水覆蓋，讓河床保濕，減輕揚塵。記者蔡維斌／攝影   分享       facebook",
        ],
        "document": {"source": "聯合報", "time": "2017-11-30"},
    },
    "press-mo-science-fund-industry-academia-matching-2026": {
        # A 科學技術發展基金 release on the Macau feed: <h1> title (1). The two
        # short lines 「多措並舉加快建立產學研生態」 (3) and
        # 「促產業升級轉型及高校科研成果落地」 (5) are <strong> paragraphs of their
        # own over body paragraphs: subheads, level 1 (rule 4; batch 2's Macau
        # reading). No caption, no sign-off: no furniture, no fields.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1)],
        "furniture": [],
        "document": {},
    },
    "wr-tw-tainan-2023-general-budget-proposal-summary-2022": {
        # A 臺南市政府 release of the 主計處 summarising the city's 112年度
        # 總預算案 (the Tainan release form of batches 43-52): title (1);
        # 「發稿單位：主計處」 (2) and 「發稿日期：111年7月14日 15:16」 (3), the
        # release's own header lines, body giving `source` 「主計處」 and `time`
        # as written (batch 3's 台南 reading; 發稿日期 here, 發稿時間 elsewhere).
        # The 17 budget lines (12-28) after 「…另主要編列重點項目包括：」 (the end
        # of a body paragraph, 11) are unnumbered items with no headline, a
        # list, body (rule 3). No headings, no furniture. Blank lines (4, 5, 29)
        # left alone.
        "title": 1,
        "headings": [],
        "furniture": [],
        "document": {"source": "主計處", "time": "111年7月14日 15:16"},
    },
}
