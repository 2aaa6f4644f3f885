"""Build the batch-9 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch8.py: each list is the annotator's reading of one document, lines
"TYPE<TAB>string" in reading order (each string is found from the end of the previous match); lines
"*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order given;
"\\n" in a string stands for a line break; lines starting with "#" are comments.

Batch 9 has one group of reading lists for all 12 documents (held-out and dev): batch9_lists_p1.py
(pass 1, branch issue-e9p1-s11), plus the module of a second pass's edits, pass2_batch9.py (the format of
pass2_batch8.py: READ and apply()), applied after the lists once that module exists; until then
reading_lists.NoPass2 stands in and the files are pass 1 alone. The builder prints the self-check of
reading_lists.self_check. It never imports the recogniser; offsets come from str.find / re.finditer on the
gold text alone.

Run: python3 tests/data/real/entities/build_batch9.py [--check] [doc-id ...]   (no ids: all documents)
"""

import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reading_lists import Batch, NoPass2, optional, read_text  # noqa: F401  (read_text: for the tests)

BATCH = Batch(
    importlib.import_module("batch9_lists_p1"),
    optional("pass2_batch9") or NoPass2,
    "batch 9, pass 1 (branch issue-e9p1-s11)",
    "batch 9, pass 1 (branch issue-e9p1-s11) + pass 2",
)
annotator = BATCH.annotator


def gold_entities(doc, text):
    """The entities of doc: its reading list plus pass 2's edits (if any), and the problems."""
    ents, problems, _ = BATCH.gold_entities(doc, text)
    return ents, problems


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
