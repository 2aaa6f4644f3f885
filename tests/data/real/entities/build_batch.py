"""Build one batch's entity gold (tests/data/real/entities/<id>.json) from its reading lists.

One tool for every batch (it replaces build_dev.py and build_batch2.py … build_batch9.py, which were copies
of each other). The reading lists are the record of each annotator's reading and stay as they were written:
a batch's lists module (batchN_lists_p1.py; batch 2: batch2_lists.py; batch 1's dev documents:
batch1_dev_lists.py) holds LISTS, one list per document, lines "TYPE<TAB>string" in reading order (each
string is found from the end of the previous match); lines "*TYPE<TAB>regex" then tag every remaining
non-overlapping match of the regex, in the order given; "\\n" in a string stands for a line break; lines
starting with "#" are comments. The module of the checking reader's edits (pass2_batchN.py: READ and
apply()) is applied after the lists once it exists; until then reading_lists.NoPass2 stands in and the
files are pass 1 alone.

A batch is one or more groups (GROUPS below): an annotator's lists, the edits of whoever checked them,
and, for batch 4's dev documents, a later blind pass applied after the review. Adding batch N is one line
in GROUPS naming its modules and the annotators' branches. The builder prints reading_lists.self_check's
lines, the counts of each file and, for every document split.tsv puts in the batch, whether it has no list
or no checking reader yet. It never imports the recogniser or the outline code; offsets come from
str.find / re.finditer on the gold text alone.

Run: python3 tests/data/real/entities/build_batch.py --batch N [--check] [doc-id ...]   (no ids: all
documents of the batch). --check rebuilds in memory and exits 1 when a committed file differs.

The self-check and problem lines quote the text. They are printed for a batch's held-out documents only
while the batch is fresh (tests/conftest.py FRESH_BATCHES: its annotators read it) or with
--heldout-of-scored-batch (an annotator the lead names); otherwise a held-out document is still built or
checked but prints its verdict alone ("<id> OK"), and one line says so.
"""

import os
import sys
import types
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # devcorpus.py
import devcorpus  # noqa: E402
import revisions  # noqa: E402
from pass2_batch2 import kinds  # noqa: E402
from reading_lists import HERE, Batch, NoPass2, optional, read_text  # noqa: E402, F401  (read_text: tests)


class Group:
    """One annotator's reading lists, the edits of the reader who checked them, and an optional later
    pass applied after those edits (batch 4's blind dev pass), with the annotator strings the files carry."""

    def __init__(self, lists_name, edits_name, who, checked, later_name=None, later_who=""):
        self.lists_name, self.edits_name, self.later_name = lists_name, edits_name, later_name
        self.lists = optional(lists_name)
        self.edits = optional(edits_name) if edits_name else None
        self.later = optional(later_name) if later_name else None
        self.who, self.checked, self.later_who = who, checked, later_who
        self.docs = set(self.lists.LISTS) if self.lists else set()
        # edits only count for documents this group has a list for; a module of edits without READ (batch 1's
        # pass2_dev.py) read every document of its group
        read = getattr(self.edits, "READ", self.docs) if self.edits else ()
        self.read = set(read) & self.docs

    @property
    def pass2(self):
        """The checking reader's edits, or NoPass2 until they exist."""
        return self.edits or NoPass2

    def annotator(self, doc):
        """Who annotated doc: the list's author, plus the checking reader once their edits read it, plus
        the later pass once it read it."""
        who = self.checked if doc in self.read else self.who
        if self.later is not None and doc in self.later.READ:
            who += self.later_who
        return who

    def apply(self, doc, text, ents):
        """The checking reader's edits, then the later pass's: (entities, counts of the edits)."""
        after, counts = self.pass2.apply(doc, text, ents)
        if self.later is not None and doc in self.later.READ:
            after, _ = self.later.apply(doc, text, after)
            counts = kinds(ents, after)  # the review's and the later pass's edits together
        return after, counts


def _p1(n, branch, p2=" + pass 2", later=None):
    """The usual group: batchN_lists_p1.py (pass 1, on branch) checked by pass2_batchN.py (p2 names it);
    ``later``: a module applied after them (a reader change's new lines, carry_o36.py)."""
    who = f"batch {n}, pass 1 (branch {branch})"
    if later is None:
        return Group(f"batch{n}_lists_p1", f"pass2_batch{n}", who, who + p2)
    return Group(f"batch{n}_lists_p1", f"pass2_batch{n}", who, who + " + pass 2", later, p2)


# The lines round o36's reader change added to three dev texts of batches 44 and 45 (carry_o36.py).
_O36 = " + new head lines (round o36, session 23)"
# The lead photo's caption task h26's reader change added to three dev texts of batches 45, 50 and 54
# (carry_h26.py, which runs carry_o36.py first for batch 45's documents).
_H26 = " + lead caption (task h26, session 26)"
# The same caption in three texts of batch 58, landed after the batch was scored (carry_cap26.py: the lists and
# pass 2 are built on the text without it).
_CAP26 = " + lead caption (task cap26, session 26)"


_A = "annotator A (branch issue-e4da-s7)"
_B = "annotator B (branch issue-e4db-s7)"
_BLIND4 = ("pass2_batch4_dev", " + blind pass 2 (branch issue-e4blind-s8)")

# batch -> its groups (each document is in one group's lists). Batch 1's held-out files were written
# without reading lists (see README.md), so batch 1 builds its dev documents only.
GROUPS = {
    "1": lambda: [Group("batch1_dev_lists", "pass2_dev", "pass 1 + pass 2", "pass 1 + pass 2")],
    "2": lambda: [
        Group("batch2_lists", "pass2_batch2", "batch 2, pass 1 (branch ent-c)", "pass 1 + pass 2")
    ],
    "3": lambda: [_p1(3, "annot-b3-p1", " + pass 2 (branch annot-b3-p2)")],
    "4": lambda: [
        _p1(4, "issue-e4a-s6", " + pass 2 (branch issue-e4b-s6)"),
        Group(
            "batch4_dev_lists_a",
            "review_batch4_dev_a",
            f"batch 4 dev, {_A}",
            f"batch 4 dev, {_A} + review by {_B}",
            *_BLIND4,
        ),
        Group(
            "batch4_dev_lists_b",
            "review_batch4_dev_b",
            f"batch 4 dev, {_B}",
            f"batch 4 dev, {_B} + review by {_A}",
            *_BLIND4,
        ),
    ],
    "5": lambda: [
        _p1(5, "issue-c5-s7"),
        Group(
            "batch5_dev_lists_p1",
            "pass2_batch5_dev",
            "batch 5 dev, pass 1 (branch issue-e5d1-s7)",
            "batch 5 dev, pass 1 (branch issue-e5d1-s7) + pass 2",
        ),
    ],
    "6": lambda: [_p1(6, "issue-e6p1-s8")],
    "7": lambda: [_p1(7, "issue-e7p1-s9")],
    "8": lambda: [_p1(8, "issue-e8p1-s10")],
    "9": lambda: [_p1(9, "issue-e9p1-s11")],
    "10": lambda: [_p1(10, "issue-e10p1-s12")],
    "11": lambda: [_p1(11, "issue-e11p1-s13")],
    "12": lambda: [_p1(12, "issue-e12p1-s14")],
    "13": lambda: [_p1(13, "issue-e13p1-s14")],
    "14": lambda: [_p1(14, "issue-e14p1-s15")],
    "15": lambda: [_p1(15, "issue-e15p1-s15")],
    "16": lambda: [_p1(16, "issue-e16p1-s16")],
    "17": lambda: [_p1(17, "issue-e17p1-s17")],
    "18": lambda: [_p1(18, "issue-e18p1-s18")],
    "19": lambda: [_p1(19, "issue-e19p1-s18")],
    "20": lambda: [_p1(20, "issue-e20p1-s18")],
    "21": lambda: [_p1(21, "issue-e21p1-s19")],
    "22": lambda: [_p1(22, "issue-e22p1-s19")],
    "23": lambda: [_p1(23, "issue-e23p1-s19")],
    "24": lambda: [_p1(24, "issue-e24p1-s19")],
    "25": lambda: [_p1(25, "issue-e25p1-s19")],
    "26": lambda: [_p1(26, "issue-e26p1-s20")],
    "27": lambda: [_p1(27, "issue-e27p1-s20")],
    "28": lambda: [_p1(28, "issue-e28p1-s20")],
    "29": lambda: [_p1(29, "issue-e29p1-s20")],
    "30": lambda: [_p1(30, "issue-e30p1-s20")],
    "31": lambda: [_p1(31, "issue-e31p1-s20")],
    "32": lambda: [_p1(32, "issue-e32p1-s21")],
    "33": lambda: [_p1(33, "issue-e33p1-s21")],
    "34": lambda: [_p1(34, "issue-e34p1-s21")],
    "35": lambda: [_p1(35, "issue-e35p1-s21")],
    "36": lambda: [_p1(36, "issue-e36p1-s21")],
    "37": lambda: [_p1(37, "issue-e37p1-s21")],
    "38": lambda: [_p1(38, "issue-e38p1-s22")],
    "39": lambda: [_p1(39, "issue-e39p1-s22")],
    "40": lambda: [_p1(40, "issue-e40p1-s22")],
    "41": lambda: [_p1(41, "issue-e41p1-s22")],
    "42": lambda: [_p1(42, "issue-e42p1-s22")],
    "43": lambda: [_p1(43, "issue-e43p1-s22")],
    "44": lambda: [_p1(44, "issue-e44p1-s23", _O36, "carry_o36")],
    "45": lambda: [_p1(45, "issue-e45p1-s23", _O36, "carry_h26")],
    "46": lambda: [_p1(46, "issue-e46p1-s23")],
    "47": lambda: [_p1(47, "issue-e47p1-s23")],
    "48": lambda: [_p1(48, "issue-e48p1-s23")],
    "49": lambda: [_p1(49, "issue-e49p1-s24")],
    "50": lambda: [_p1(50, "issue-e50p1-s24", _H26, "carry_h26")],
    "51": lambda: [_p1(51, "issue-e51p1-s24")],
    "52": lambda: [_p1(52, "issue-e52p1-s24")],
    "53": lambda: [_p1(53, "issue-e53p1-s25")],
    "54": lambda: [_p1(54, "issue-e54p1-s25", _H26, "carry_h26")],
    "55": lambda: [_p1(55, "issue-e55p1-s25")],
    "56": lambda: [_p1(56, "issue-e56p1-s25")],
    "57": lambda: [_p1(57, "issue-e57p1-s26")],
    "58": lambda: [_p1(58, "issue-e58p1-s26", _CAP26, "carry_cap26")],
    "59": lambda: [_p1(59, "issue-e59p1-s26")],
    "60": lambda: [_p1(60, "issue-e60p1-s27")],
    "61": lambda: [_p1(61, "issue-e61p1-s27")],
    "62": lambda: [_p1(62, "issue-e62p1-s28")],
    "63": lambda: [_p1(63, "issue-e63p1-s28")],
}


def split_rows():
    """split.tsv's rows as dicts (file, kind, split, batch)."""
    rows = Path(HERE, "..", "split.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in rows[1:] if line]


class BatchBuild(Batch):
    """reading_lists.Batch over a batch's groups: each document is built by the group whose lists hold it,
    with that group's edits and annotator strings."""

    def __init__(self, number, groups):
        self.number, self.groups = str(number), list(groups)
        docs = [d for g in self.groups for d in g.docs]
        assert len(docs) == len(set(docs)), "a document is listed in two groups"
        lists = types.SimpleNamespace(
            LISTS={d: g.lists.LISTS[d] for g in self.groups if g.lists for d in g.lists.LISTS}
        )
        super().__init__(lists, self, None, None)

    @property
    def READ(self):  # noqa: N802  (the pass-2 interface of reading_lists.Batch)
        return {d for g in self.groups for d in g.read}

    def group_of(self, doc):
        """The group whose reading lists hold doc (KeyError when no list has it)."""
        for g in self.groups:
            if doc in g.docs:
                return g
        raise KeyError(doc)

    def apply(self, doc, text, ents):
        """The group's edits, then the guideline revisions of every batch (revisions.py)."""
        after, counts = self.group_of(doc).apply(doc, text, ents)
        return revisions.apply(doc, text, after)[0], counts

    def gold_entities(self, doc, text):
        """Pass 1's entities with the edits and revisions applied: (entities, problems, counts). A text whose
        group's later pass names a line a reader change added after the lists were read (``ADDED``, 1-based;
        carry_cap26.py) is built without that line, exactly as it was read, every span moved past it, and the
        later pass's edits then applied to the whole text."""
        g = self.group_of(doc)
        line = getattr(g.later, "ADDED", {}).get(doc)
        if line is None:
            return super().gold_entities(doc, text)
        start, end = g.later.line_span(text, line)
        old = text[:start] + text[end:]
        ents, problems = self.annotate(doc, old)
        ents, counts = g.pass2.apply(doc, old, ents)
        ents = revisions.apply(doc, old, ents)[0]
        width = end - start
        moved = [
            dict(e, start=e["start"] + width, end=e["end"] + width)
            if e["start"] >= start
            else dict(e)
            for e in ents
        ]
        assert all(text[e["start"] : e["end"]] == e["text"] for e in moved), doc
        after, _ = g.later.apply(doc, text, moved)
        return revisions.apply(doc, text, after)[0], problems, counts

    def annotator(self, doc):
        return self.group_of(doc).annotator(doc)

    def documents(self):
        """split.tsv's documents of this batch, with their split (dev / heldout)."""
        return {Path(r["file"]).stem: r["split"] for r in split_rows() if r["batch"] == self.number}

    def coverage(self):
        """One line per document of the batch without a list, or with a list nobody has checked yet."""
        out = []
        for doc, split in sorted(self.documents().items()):
            try:
                g = self.group_of(doc)
            except KeyError:
                mods = [g.lists_name for g in self.groups if g.lists is None]
                out.append(f"NO LIST {doc} ({split}); not in this branch: {', '.join(mods) or '-'}")
                continue
            if doc not in g.read:
                out.append(f"NOT CHECKED {doc} ({split}): {g.edits_name} has not read it")
        return out

    def main(self, args, fresh=None):
        """``[--check] [--heldout-of-scored-batch] [doc-id ...]`` (no ids: all documents); then the
        coverage lines; the exit status. A held-out document of a scored batch prints its verdict alone
        unless the flag is given (``fresh``: the fresh batches, tests/conftest.py's by default)."""
        flag = devcorpus.HELDOUT_FLAG in args
        args = [a for a in args if a != devcorpus.HELDOUT_FLAG]
        hidden = set()
        if not devcorpus.heldout_shown(self.number, flag, fresh):
            split = self.documents()
            docs = [a for a in args if a != "--check"] or self.lists.LISTS
            hidden = {d for d in docs if split.get(d) != "dev"}
        status = super().main(args, hidden)
        if hidden:
            print(
                devcorpus.dev_only_line(
                    "build_batch.py", self.number, len(hidden), "built, not shown"
                )
            )
        for line in self.coverage():
            print(line)
        return status


def batch(number):
    """The BatchBuild of batch `number` (KeyError for a batch without reading lists registered)."""
    return BatchBuild(number, GROUPS[str(number)]())


def main(args, fresh=None):
    """``--batch N [--check] [--heldout-of-scored-batch] [doc-id ...]``; the exit status (2: usage or
    unknown batch). ``fresh``: the fresh batches (tests/conftest.py's when None)."""
    if "--batch" not in args or args.index("--batch") + 1 >= len(args):
        print(
            "usage: build_batch.py --batch N [--check] [--heldout-of-scored-batch] [doc-id ...]",
            file=sys.stderr,
        )
        return 2
    i = args.index("--batch")
    number, rest = args[i + 1], args[:i] + args[i + 2 :]
    if number not in GROUPS:
        known = ", ".join(sorted(GROUPS, key=int))
        print(
            f"build_batch.py: no reading lists for batch {number!r} (known: {known})",
            file=sys.stderr,
        )
        return 2
    return batch(number).main(rest, fresh)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
