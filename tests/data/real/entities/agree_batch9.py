"""Strict span agreement between pass 2's blind lists (batch9_blind_p2.py) and pass 1's lists for batch 9.

The figure recorded in README-batch9-pass2.md; the counting is agreement.py's (shared with
agree_batch4.py): same builder on both sides, no pass-2 edits, a span agrees when start, end and type are
all equal; precision = matching / pass 2's spans, recall = matching / pass 1's spans.

Pass 1's lists are read from batch9_lists_p1.py beside this file once pass 1's branch (issue-e9p1-s11) is
merged, or from the file given with --p1 PATH (e.g. a copy taken with
`git show issue-e9p1-s11:tests/data/real/entities/batch9_lists_p1.py`); until then the script says there are
no pass-1 lists and exits 1. If pass 1 named its module differently, pass its path with --p1.
Plain Python; never imports the recogniser.

Run: python3 tests/data/real/entities/agree_batch9.py [--p1 PATH] [--mismatches]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement  # noqa: E402
import batch9_blind_p2  # noqa: E402
from agreement import TYPES, load_lists, prf, spans  # noqa: E402, F401  (the tests use them from here)

P1 = os.path.join(agreement.HERE, "batch9_lists_p1.py")


def compare(p1_lists):
    """Per-document and per-type counts (pass 2, pass 1, matching) and the mismatching spans."""
    return agreement.compare(batch9_blind_p2, p1_lists)


def main(args):
    """Print the agreement tables (and, with --mismatches, every disagreeing span)."""
    return agreement.main(args, batch9_blind_p2, P1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
