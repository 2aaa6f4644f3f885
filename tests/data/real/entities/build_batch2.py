"""Build the batch-2 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_dev.py (batch 1): each list is the annotator's reading of one document,
lines "TYPE<TAB>string" in reading order (each string is found from the end of the previous match);
lines "*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order the
regex lines are given (used for names and forms that recur many times: “…” terms, 河北, percentages);
"\\n" in a string stands for a line break; lines starting with "#" are comments.
The lists live in batch2_lists.py (pass 1); the second pass's edits (pass2_batch2.py) are applied after them,
so the committed files are pass 1 + pass 2. The builder prints a self-check: every untagged occurrence of an
annotated string, Arabic digits, 《》 and quotation marks not covered by any entity, and QUANT/DATE
spans that cut into a number. It never imports the recogniser; offsets come from str.find /
re.finditer on the gold text alone.

The builder itself is reading_lists.Batch, shared by the batches.

Run: python3 tests/data/real/entities/build_batch2.py [--check] [doc-id ...]   (no ids: all documents)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch2_lists
import pass2_batch2
from reading_lists import Batch, read_text  # noqa: F401  (read_text: for the tests)

BATCH = Batch(batch2_lists, pass2_batch2, "batch 2, pass 1 (branch ent-c)", "pass 1 + pass 2")
annotator = BATCH.annotator
annotate = BATCH.annotate
build = BATCH.build
gold_entities = BATCH.gold_entities


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
