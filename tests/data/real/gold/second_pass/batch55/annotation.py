"""The independent second annotator's batch-55 outlines, as line-based annotation.

Made like batches 3 and 5 to 52 (the writer is ../write_second_pass.py): each
gold file's "text" field was printed with line numbers and nothing else at the
commit this pass started from (b1eb506e, "Corpus batch 55 texts", where the gold
files held no headings yet), the two held-out documents first (their part
committed before any dev document was printed), and this annotation was written
and committed before any batch-55 gold outline, spec or batch-55 note on the
gold was read, without running the app's outline, title, header or furniture
code (nor `analyze` or any scorer). Headings are (line, cut, level): the heading
is the stripped line up to and including the first `cut` (a run-in heading,
rule 2, or an article's marker, rule 6), or the whole line; ("inline", words)
is a heading found inside a longer line. Furniture is 1-based inclusive line
ranges; `furniture_text` lists the exact strings where a furniture range is
only part of a line. The writer only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the corpus file itself was read (whether
the 新浪 article blocks' lead sentences are <strong>); the dev entries of earlier
passes for the forms read before (batch 49's gov_spider 外交部 transcript, batch
51's 新浪-carried 华商报 block).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch 55 [--check]
"""

from __future__ import annotations

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-cn-scio-mfa-davos-briefing-notice-qa-20150115": {
        # A 国新办-site 外交部 release as changwu/gov_spider's export holds it
        # (batch 49's 孔泉 transcript): the export's keys 「title: 」, 「url: 」,
        # 「author: 」, 「content: 」 (1-4) one furniture range, the `title:`
        # value the title (`title_inline`), the `author:` value `source`. The
        # notice of the 吹风会 (5) is body; the 问：/追问：/答： turns (6-17)
        # are speaker turns with run-on questions and answers, no headline
        # line: no headings (batch 49's reading).
        "title": 1,
        "title_inline": "外交部：16日将举行中外媒体吹风介绍李克强出访有关情况",
        "headings": [],
        "furniture": [[1, 4]],
        "document": {"source": "国务院新闻办公室网站"},
    },
    "news-cn-sina-xian-stats-bureau-jan-jul-economy-2021": {
        # A 新浪 article block (batch 51's 华商报 block): no headline in the
        # block, no title. 「原标题：」 (1) furniture giving `original_title` as
        # written (its inner space kept). The lead's 「本报讯（记者 张维）」 opens
        # the paragraph and stays body (a dateline's byline), giving `reporter`
        # 「张维」; 本报 names no outlet: no `source`. The lead sentences
        # 「工业生产稳中有升。」, 「固定资产投资保持增长。」 (3, 4) open their plain
        # <p>s (no <strong> in the file) and run on: body (rule 5, batch 51).
        "title": None,
        "headings": [],
        "furniture": [[1, 1]],
        "document": {"original_title": "1-7月西安市经济 延续稳定恢复态势", "reporter": "张维"},
    },
    # Development part.
}
