"""Build the batch-5 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch4.py: each list is the annotator's reading of one document, lines
"TYPE<TAB>string" in reading order (each string is found from the end of the previous match); lines
"*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order given;
"\\n" in a string stands for a line break; lines starting with "#" are comments.

Batch 5 has two groups of reading lists, each with the module of a second pass's edits (the format of
pass2_batch4.py: READ and apply()), applied after the lists:
- held-out: batch5_lists_p1.py (pass 1, branch issue-c5-s7) + pass2_batch5.py (pass 2, branch issue-e5b-s7);
- dev: batch5_dev_lists_p1.py (pass 1, branch issue-e5d1-s7) + pass2_batch5_dev.py (the second pass, once
  that module exists; until then reading_lists.NoPass2 stands in and the dev files are pass 1 alone).
The held-out files are built exactly as before the dev group was added. The builder prints the self-check
of reading_lists.self_check. It never imports the recogniser; offsets come from str.find / re.finditer on
the gold text alone.

Run: python3 tests/data/real/entities/build_batch5.py [--check] [doc-id ...]   (no ids: all documents)
"""

import importlib
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reading_lists import Batch, NoPass2, optional, read_text  # noqa: F401  (read_text: for the tests)

HELD_OUT = Batch(
    importlib.import_module("batch5_lists_p1"),
    optional("pass2_batch5") or NoPass2,
    "batch 5, pass 1 (branch issue-c5-s7)",
    "batch 5, pass 1 (branch issue-c5-s7) + pass 2",
)
DEV = Batch(
    optional("batch5_dev_lists_p1") or types.SimpleNamespace(LISTS={}),
    optional("pass2_batch5_dev") or NoPass2,
    "batch 5 dev, pass 1 (branch issue-e5d1-s7)",
    "batch 5 dev, pass 1 (branch issue-e5d1-s7) + pass 2",
)
GROUPS = (HELD_OUT, DEV)


class _Batches:
    """Both groups behind the interface of one reading_lists.Batch: each document goes to the group
    whose lists hold it (a document in both would be an error, so the lists are checked apart)."""

    def __init__(self, groups):
        self.groups = groups
        docs = [d for g in groups for d in g.lists.LISTS]
        assert len(docs) == len(set(docs)), "a document is listed in two groups"
        self.lists = types.SimpleNamespace(
            LISTS={d: g.lists.LISTS[d] for g in groups for d in g.lists.LISTS}
        )

    def group(self, doc):
        """The group whose reading lists hold doc."""
        return next(g for g in self.groups if doc in g.lists.LISTS)

    def annotator(self, doc):
        return self.group(doc).annotator(doc)

    def annotate(self, doc, text):
        return self.group(doc).annotate(doc, text)

    def gold_entities(self, doc, text):
        return self.group(doc).gold_entities(doc, text)

    def build(self, doc, write=True):
        return self.group(doc).build(doc, write)

    def main(self, args):
        """``[--check] [doc-id ...]`` (no ids: all documents); the exit status."""
        check_only = "--check" in args
        docs = [a for a in args if a != "--check"] or sorted(self.lists.LISTS)
        bad = [d for d in docs if self.build(d, write=not check_only)]
        return 1 if bad else 0


BATCH = _Batches(GROUPS)
annotator = BATCH.annotator


def gold_entities(doc, text):
    """The entities of doc: its group's reading list plus that group's pass-2 edits (if any), and the problems."""
    ents, problems, _ = BATCH.gold_entities(doc, text)
    return ents, problems


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
