"""Build the batch-5 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch4.py: each list is the annotator's reading of one document, lines
"TYPE<TAB>string" in reading order (each string is found from the end of the previous match); lines
"*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order given;
"\\n" in a string stands for a line break; lines starting with "#" are comments.
The lists live in batch5_lists_p1.py (pass 1, branch issue-c5-s7). A second pass's edits, once
pass2_batch5.py exists (the format of pass2_batch4.py: READ and apply()), are applied after them;
until then reading_lists.NoPass2 stands in and the files are pass 1 alone. The builder prints the
self-check of reading_lists.self_check. It never imports the recogniser; offsets come from
str.find / re.finditer on the gold text alone.

Run: python3 tests/data/real/entities/build_batch5.py [--check] [doc-id ...]   (no ids: all documents)
"""

import importlib.util
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch5_lists_p1
from reading_lists import Batch, NoPass2, read_text  # noqa: F401  (read_text: for the tests)

if importlib.util.find_spec("pass2_batch5") is not None:
    import pass2_batch5 as _pass2
else:
    _pass2 = NoPass2

BATCH = Batch(
    batch5_lists_p1,
    _pass2,
    "batch 5, pass 1 (branch issue-c5-s7)",
    "batch 5, pass 1 (branch issue-c5-s7) + pass 2",
)
annotator = BATCH.annotator


def gold_entities(doc, text):
    """The entities of doc: pass 1's reading list plus pass 2's edits (if any), and the problems found."""
    ents, problems, _ = BATCH.gold_entities(doc, text)
    return ents, problems


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
