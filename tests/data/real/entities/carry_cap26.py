"""Entities of the lines a reader change added to three texts of batch 58 (task cap26, session 26: round h26's
lead-caption fix landed after the batch was scored), applied after the batch list and pass-2 edits
(build_batch.py: the later pass of batch 58's group).

The HTML reader keeps the caption of a story's lead photo set between the headline and the body outside the
body's container (docs/text-and-formats.md). The lists and pass 2 of batch 58 read the texts without the
caption; their strings are found in reading order and pass 2 picks a string's n-th occurrence in the whole
text, so a new line above the body would move them. ``ADDED`` names the new line of each text (1-based, in the
new text): build_batch.py builds the lists, pass 2's edits and the guideline revisions on the text without
it, exactly as they were read, moves every span past it, and then applies ``EDITS`` here to the new text.

The caption lines were read by docs/entity-guideline.md and the batch lists' conventions: a photographer
PER (梁禎祥攝, 陳靜儀攝 in dev), a news agency's photo credit ORG (法新社, dev batch 10), people counted QUANT,
a day of the month DATE (Chinese numerals whole), a place chain one LOC, a body before its facility ORG with
the facility nothing (訓練基地 has no name of its own), an embassy ORG whole with its country (中國駐緬甸大使館,
ORG also where it is a place, dev batch 25), 大陸 alone nothing (dev never tags it alone), a bare district LOC
(士林, as the title's 北市士林). Plain Python; never imports the recogniser.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pass2_batch2
import pass2_dev

#: The line the reader change added to each text (1-based line number in the new text).
ADDED = {
    "news-hk-hket-police-tactical-unit-officer-preliminary-positive-2020": 3,
    "news-tw-chinatimes-shilin-elderly-mother-son-deaths-2018": 5,
    "news-tw-udn-fukushima-treated-water-china-japan-tensions-2023": 4,
}

READ = set(ADDED)

# ``@``: the string's first occurrence inside the caption line (pass2_dev.py counts occurrences in the whole text).
EDITS = {
    # ▲ 張竹君表示，初步確診男警於粉嶺蝴蝶山機動部隊訓練機地進行培訓，涉及170人。（程志遠攝）
    "news-hk-hket-police-tactical-unit-officer-preliminary-positive-2020": """
+	PER	張竹君	@
+	LOC	粉嶺蝴蝶山	@
+	ORG	機動部隊	@
+	QUANT	170人	@
+	PER	程志遠	@
""",
    # 士林一年邁母子在住處上吊身亡。
    "news-tw-chinatimes-shilin-elderly-mother-son-deaths-2018": """
+	LOC	士林	@
""",
    # 日本將核汙水排海，大陸廿六日在北京的日本駐中國大陸大使館入口外，加派警力與安全人員站崗警戒。（法新社）
    "news-tw-udn-fukushima-treated-water-china-japan-tensions-2023": """
+	LOC	日本	@
+	DATE	廿六日	@
+	LOC	北京	@
+	ORG	日本駐中國大陸大使館	@
+	ORG	法新社	@
""",
}


def line_span(text, line):
    """[start, end) of 1-based line ``line`` of text, its newline included."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    start = starts[line - 1]
    end = starts[line] if line < len(starts) else len(text)
    return start, end


def apply(doc, text, ents):
    """Return ents of doc with the caption line's entities added, and the counts."""
    start, end = line_span(text, ADDED[doc])
    after, _ = pass2_dev.apply(doc, text, ents, {doc: _at_line(EDITS[doc], text, start, end)})
    for e in after:
        if start <= e["start"] < end:
            assert e["end"] <= end, (doc, e)
    return after, pass2_batch2.kinds(ents, after)


def _at_line(edits, text, start, end):
    """The edits with ``@`` replaced by the number of the string's first occurrence inside the line."""
    out = []
    for ln in edits.split("\n"):
        f = ln.split("\t")
        if len(f) == 4 and f[3] == "@":
            occ = [m.start() for m in re.finditer(re.escape(f[2]), text)]
            f[3] = str(next(k for k, i in enumerate(occ) if start <= i < end))
        out.append("\t".join(f))
    return "\n".join(out)
