"""Build the batch-3 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch2.py (batch 2): each list is the annotator's reading of one document,
lines "TYPE<TAB>string" in reading order (each string is found from the end of the previous match);
lines "*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order the
regex lines are given (used for names and forms that recur many times: “…” terms, place names, percentages);
"\\n" in a string stands for a line break; lines starting with "#" are comments.
The lists live in batch3_lists_p1.py (pass 1, branch annot-b3-p1); the second pass's edits
(pass2_batch3.py, branch annot-b3-p2) are applied after them, and their counts by kind are printed. The builder prints a self-check: every untagged occurrence of an
annotated string, Arabic digits, 《》 and quotation marks not covered by any entity, and QUANT/DATE
spans that cut into a number. It never imports the recogniser; offsets come from str.find /
re.finditer on the gold text alone.

The builder itself is reading_lists.Batch, shared by the batches.

Run: python3 tests/data/real/entities/build_batch3.py [--check] [doc-id ...]   (no ids: all documents)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch3_lists_p1
import pass2_batch3
from reading_lists import Batch, read_text  # noqa: F401  (read_text: for the tests)

BATCH = Batch(
    batch3_lists_p1,
    pass2_batch3,
    "batch 3, pass 1 (branch annot-b3-p1)",
    "batch 3, pass 1 (branch annot-b3-p1) + pass 2 (branch annot-b3-p2)",
)
annotator = BATCH.annotator
annotate = BATCH.annotate
build = BATCH.build


def gold_entities(doc, text):
    """The entities of doc: pass 1's reading list plus pass 2's edits, and the problems found."""
    ents, problems, _ = BATCH.gold_entities(doc, text)
    return ents, problems


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
