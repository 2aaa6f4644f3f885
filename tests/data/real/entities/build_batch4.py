"""Build the batch-4 entity gold (tests/data/real/entities/<id>.json) from reading lists.

Same conventions as build_batch3.py: each list is the annotator's reading of one document, lines
"TYPE<TAB>string" in reading order (each string is found from the end of the previous match); lines
"*TYPE<TAB>regex" then tag every remaining non-overlapping match of the regex, in the order given;
"\\n" in a string stands for a line break; lines starting with "#" are comments.

Batch 4 has three groups of reading lists, each with the module of edits made by the reader who checked it
(same format as pass2_batch3.py: READ and apply()), applied after the lists:
- held-out: batch4_lists_p1.py (pass 1, branch issue-e4a-s6) + pass2_batch4.py (pass 2, branch issue-e4b-s6);
- dev, annotator A: batch4_dev_lists_a.py (branch issue-e4da-s7) + review_batch4_dev_a.py (B's review);
- dev, annotator B: batch4_dev_lists_b.py (branch issue-e4db-s7) + review_batch4_dev_b.py (A's review).
After the reviews, the dev documents get the edits of a blind second pass (pass2_batch4_dev.py, branch
issue-e4blind-s8; same format), applied after the review's and only to the documents in its READ.
The two dev annotators work on separate branches, so a dev module may be missing from a branch: the builder
then builds the documents it has and prints, for every batch-4 document of split.tsv, whether it has no
list (and which module would hold it) or no review yet. The builder prints the self-check of
reading_lists.self_check. It never imports the recogniser; offsets come from str.find / re.finditer on the
gold text alone.

Run: python3 tests/data/real/entities/build_batch4.py [--check] [doc-id ...]   (no ids: all documents)
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch4_lists_p1
import pass2_batch2
import pass2_batch4
from reading_lists import HERE, Batch, optional, read_text  # noqa: F401  (read_text: for the tests)


class _NoEdits:
    """Stands in for a review module that is not in this branch: nothing read, nothing changed."""

    READ: set[str] = set()

    @staticmethod
    def apply(doc, text, ents):
        return ents, pass2_batch2.kinds(ents, ents)


class Group:
    """One annotator's reading lists with the edits of the reader who checked them."""

    def __init__(self, lists_name, edits_name, who, who_checked):
        self.lists_name, self.edits_name = lists_name, edits_name
        self.lists = optional(lists_name)
        self.edits = optional(edits_name)
        self.who, self.who_checked = who, who_checked
        self.docs = set(self.lists.LISTS) if self.lists else set()
        # edits only count for documents this group has a list for
        self.read = set(self.edits.READ) & self.docs if self.edits else set()


A = "annotator A (branch issue-e4da-s7)"
B = "annotator B (branch issue-e4db-s7)"
GROUPS = [
    Group(
        "batch4_lists_p1",
        "pass2_batch4",
        "batch 4, pass 1 (branch issue-e4a-s6)",
        "batch 4, pass 1 (branch issue-e4a-s6) + pass 2 (branch issue-e4b-s6)",
    ),
    Group(
        "batch4_dev_lists_a",
        "review_batch4_dev_a",
        f"batch 4 dev, {A}",
        f"batch 4 dev, {A} + review by {B}",
    ),
    Group(
        "batch4_dev_lists_b",
        "review_batch4_dev_b",
        f"batch 4 dev, {B}",
        f"batch 4 dev, {B} + review by {A}",
    ),
]
assert GROUPS[0].lists is batch4_lists_p1 and GROUPS[0].edits is pass2_batch4
# the blind second pass over the dev documents, applied after each group's review (None until it exists)
PASS2_DEV = optional("pass2_batch4_dev")
PASS2_DEV_WHO = " + blind pass 2 (branch issue-e4blind-s8)"


def group_of(doc):
    """The group whose reading lists hold doc (KeyError when no list has it)."""
    for g in GROUPS:
        if doc in g.docs:
            return g
    raise KeyError(doc)


class _AllLists:
    """The union of the groups' LISTS (each document is in one group only)."""

    def __init__(self):
        self.LISTS = {}
        for g in GROUPS:
            clash = g.docs & set(self.LISTS)
            assert not clash, f"{g.lists_name} repeats {sorted(clash)}"
            self.LISTS.update(g.lists.LISTS if g.lists else {})


class _AllEdits:
    """Each document's edits come from its own group's edit module."""

    READ = {d for g in GROUPS for d in g.read}

    @staticmethod
    def apply(doc, text, ents):
        g = group_of(doc)
        after, counts = (g.edits or _NoEdits).apply(doc, text, ents)
        if PASS2_DEV is not None and doc in PASS2_DEV.READ:
            after, _ = PASS2_DEV.apply(doc, text, after)
            counts = pass2_batch2.kinds(ents, after)  # the review's and pass 2's edits together
        return after, counts


class Batch4(Batch):
    """reading_lists.Batch over the three groups, with each group's annotator strings."""

    def __init__(self):
        super().__init__(_AllLists(), _AllEdits, None, None)

    def annotator(self, doc):
        """Who annotated doc: the list's author, plus the checking reader once their edits read it."""
        g = group_of(doc)
        who = g.who_checked if doc in g.read else g.who
        return who + PASS2_DEV_WHO if PASS2_DEV is not None and doc in PASS2_DEV.READ else who

    def main(self, args):
        """Build (or --check) the documents, then say which batch-4 documents lack a list or a review."""
        status = super().main(args)
        for line in coverage():
            print(line)
        return status


def batch4_documents():
    """The ids of split.tsv's batch-4 documents, with their split (dev / heldout)."""
    rows = Path(HERE, "..", "split.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    out = {}
    for line in filter(None, rows[1:]):
        r = dict(zip(header, line.split("\t"), strict=True))
        if r.get("batch") == "4":
            out[Path(r["file"]).stem] = r["split"]
    return out


def coverage():
    """One line per batch-4 document without a list, or with a list nobody has checked yet."""
    out = []
    for doc, split in sorted(batch4_documents().items()):
        try:
            g = group_of(doc)
        except KeyError:
            mods = [g.lists_name for g in GROUPS if g.lists is None]
            out.append(f"NO LIST {doc} ({split}); not in this branch: {', '.join(mods) or '-'}")
            continue
        if doc not in g.read:
            out.append(f"NOT CHECKED {doc} ({split}): {g.edits_name} has not read it")
    return out


BATCH = Batch4()
annotator = BATCH.annotator
annotate = BATCH.annotate
build = BATCH.build


def gold_entities(doc, text):
    """The entities of doc: its reading list plus the checking reader's edits (if any), and the problems."""
    ents, problems, _ = BATCH.gold_entities(doc, text)
    return ents, problems


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:]))
