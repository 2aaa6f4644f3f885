"""Strict span agreement between pass 2's blind lists (batch4_dev_blind_p2.py) and the existing gold lists of
batch 4's dev documents: annotator A's four (batch4_dev_lists_a.py, branch issue-e4da-s7) and annotator B's four
(batch4_dev_lists_b.py, branch issue-e4db-s7), which together are "pass 1" here.

The figure recorded in README-batch4-dev-pass2.md; the counting is agreement.py's (shared with agree_batch4.py,
agree_batch5.py and agree_batch5_dev.py): same builder on both sides, no edits of any review or pass 2, a span
agrees when start, end and type are all equal; precision = matching / pass 2's spans, recall = matching /
pass 1's spans. The two reviews of the dev lists (review_batch4_dev_a.py, review_batch4_dev_b.py) edit nothing,
so pass 1's lists are what the committed dev files held before pass 2.
Plain Python; never imports the recogniser.

Run: python3 tests/data/real/entities/agree_batch4_dev.py [--p1 PATH] [--mismatches]
"""

import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement  # noqa: E402
import batch4_dev_blind_p2  # noqa: E402
from agreement import TYPES, load_lists, prf, spans  # noqa: E402, F401  (the tests use them from here)


def pass1_lists():
    """Annotator A's and annotator B's dev lists as one LISTS (each document is in one of them)."""
    a = load_lists(os.path.join(agreement.HERE, "batch4_dev_lists_a.py"), "batch4_dev_lists_a")
    b = load_lists(os.path.join(agreement.HERE, "batch4_dev_lists_b.py"), "batch4_dev_lists_b")
    assert not set(a.LISTS) & set(b.LISTS), "a dev document is in both annotators' lists"
    return types.SimpleNamespace(LISTS={**a.LISTS, **b.LISTS})


def compare(p1_lists):
    """Per-document and per-type counts (pass 2, pass 1, matching) and the mismatching spans."""
    return agreement.compare(batch4_dev_blind_p2, p1_lists)


def main(args):
    """Print the agreement tables (and, with --mismatches, every disagreeing span)."""
    return agreement.main(args, batch4_dev_blind_p2, pass1_lists())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
