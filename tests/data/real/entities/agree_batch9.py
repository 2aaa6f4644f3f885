"""Strict span agreement between pass 2's blind lists (batch9_blind_p2.py) and pass 1's lists for batch 9.

The form of agree_batch8.py, written from pass 1's side (branch issue-e9p1-s11): the counting is agreement.py's
(shared with agree_batch4.py … agree_batch8.py): same builder on both sides, no pass-2 edits, a span agrees when
start, end and type are all equal; precision = matching / pass 2's spans, recall = matching / pass 1's spans
(pass 1 taken as the reference, as in every earlier batch).

Pass 1's lists are batch9_lists_p1.py beside this file. Pass 2's blind lists are read from batch9_blind_p2.py
beside this file once pass 2's branch (issue-e9p2-s11) is merged, or from the file given with --p2 PATH (e.g. a
copy taken with `git show issue-e9p2-s11:tests/data/real/entities/batch9_blind_p2.py`); until then the script
says there are no pass-2 lists and exits 1. If pass 2 named its module differently, pass its path with --p2.
Plain Python; never imports the recogniser.

Run: python3 tests/data/real/entities/agree_batch9.py [--p2 PATH] [--mismatches]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement  # noqa: E402
import batch9_lists_p1  # noqa: E402
from agreement import TYPES, load_lists, prf, spans  # noqa: E402, F401  (the tests use them from here)

P2 = os.path.join(agreement.HERE, "batch9_blind_p2.py")
# pass 2's blind lists as a module attribute, like agree_batch8.batch8_blind_p2, once they are beside this file
batch9_blind_p2 = load_lists(P2, "batch9_blind_p2") if os.path.exists(P2) else None


def compare(blind):
    """Per-document and per-type counts (pass 2, pass 1, matching) and the mismatching spans."""
    return agreement.compare(blind, batch9_lists_p1)


def main(args):
    """Print the agreement tables (and, with --mismatches, every disagreeing span); the exit status."""
    path = P2
    if "--p2" in args:
        i = args.index("--p2")
        path, args = args[i + 1], args[:i] + args[i + 2 :]
    if not os.path.exists(path):
        print(f"no pass-2 lists at {path}", file=sys.stderr)
        return 1
    return agreement.main(args, load_lists(path, "batch9_blind_p2"), batch9_lists_p1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
