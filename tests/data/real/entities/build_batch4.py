"""Build the batch-4 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch3.py: each list is the annotator's reading of one document, lines
"TYPE<TAB>string" in reading order (each string is found from the end of the previous match); lines
"*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order given;
"\\n" in a string stands for a line break; lines starting with "#" are comments.
The lists live in batch4_lists_p1.py (pass 1, branch issue-e4a-s6). The second pass's edits
(pass2_batch4.py, same format as pass2_batch3.py: READ and apply()) are applied after them. The builder prints the self-check of reading_lists.self_check.
It never imports the recogniser; offsets come from str.find / re.finditer on the gold text alone.

Run: python3 tests/data/real/entities/build_batch4.py [--check] [doc-id ...]   (no ids: all documents)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch4_lists_p1
import pass2_batch4
from reading_lists import Batch, read_text  # noqa: F401  (read_text: for the tests)

BATCH = Batch(
    batch4_lists_p1,
    pass2_batch4,
    "batch 4, pass 1 (branch issue-e4a-s6)",
    "batch 4, pass 1 (branch issue-e4a-s6) + pass 2 (branch issue-e4b-s6)",
)
annotator = BATCH.annotator
annotate = BATCH.annotate
build = BATCH.build


def gold_entities(doc, text):
    """The entities of doc: pass 1's reading list plus pass 2's edits (if any), and the problems found."""
    ents, problems, _ = BATCH.gold_entities(doc, text)
    return ents, problems


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
