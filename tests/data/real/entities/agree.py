"""Strict span agreement between a batch's blind second-pass lists and pass 1's lists: the figure each
README-batchN-pass2.md records (and README-batch4-dev-pass2.md, README-batch5-dev-pass2.md for the dev sets).

One tool for every batch (it replaces agree_batch4.py … agree_batch9.py and the _dev variants, which were
copies of each other); the counting is agreement.py's: same builder on both sides, no pass-2 edits, a span
agrees when start, end and type are all equal; precision = matching / pass 2's spans, recall = matching /
pass 1's spans. A set is a batch's blind lists (batchN_blind_p2.py; batchN_dev_blind_p2.py with --dev) and
the pass-1 lists they were compared with (SETS below); adding batch N is one line there.

Pass 1's lists are read from the modules beside this file, or from the file given with --p1 PATH (e.g. a
copy taken with `git show <pass-1 branch>:tests/data/real/entities/batchN_lists_p1.py` before pass 1 is
merged). Plain Python; never imports the recogniser.

Run: python3 tests/data/real/entities/agree.py --batch N [--dev] [--p1 PATH] [--mismatches]

--mismatches quotes the text: on a scored batch (not in tests/conftest.py FRESH_BATCHES) it lists the dev
documents' spans alone, unless --heldout-of-scored-batch is given (an annotator the lead names), and one
line says so; the tables' counts cover every document.
"""

import importlib
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # devcorpus.py
import agreement  # noqa: E402
import devcorpus  # noqa: E402
from agreement import TYPES, load_lists, prf, spans  # noqa: E402, F401  (the tests use them from here)

# set -> (blind lists module, pass-1 lists modules). Batch 4's dev documents were pass 1 of two annotators.
SETS = {
    "4": ("batch4_blind_p2", ("batch4_lists_p1",)),
    "4dev": ("batch4_dev_blind_p2", ("batch4_dev_lists_a", "batch4_dev_lists_b")),
    "5": ("batch5_blind_p2", ("batch5_lists_p1",)),
    "5dev": ("batch5_dev_blind_p2", ("batch5_dev_lists_p1",)),
    "6": ("batch6_blind_p2", ("batch6_lists_p1",)),
    "7": ("batch7_blind_p2", ("batch7_lists_p1",)),
    "8": ("batch8_blind_p2", ("batch8_lists_p1",)),
    "9": ("batch9_blind_p2", ("batch9_lists_p1",)),
    "10": ("batch10_blind_p2", ("batch10_lists_p1",)),
    "11": ("batch11_blind_p2", ("batch11_lists_p1",)),
    "12": ("batch12_blind_p2", ("batch12_lists_p1",)),
    "13": ("batch13_blind_p2", ("batch13_lists_p1",)),
    "14": ("batch14_blind_p2", ("batch14_lists_p1",)),
    "15": ("batch15_blind_p2", ("batch15_lists_p1",)),
    "16": ("batch16_blind_p2", ("batch16_lists_p1",)),
    "17": ("batch17_blind_p2", ("batch17_lists_p1",)),
    "18": ("batch18_blind_p2", ("batch18_lists_p1",)),
    "19": ("batch19_blind_p2", ("batch19_lists_p1",)),
    "20": ("batch20_blind_p2", ("batch20_lists_p1",)),
    "21": ("batch21_blind_p2", ("batch21_lists_p1",)),
    "22": ("batch22_blind_p2", ("batch22_lists_p1",)),
    "23": ("batch23_blind_p2", ("batch23_lists_p1",)),
    "24": ("batch24_blind_p2", ("batch24_lists_p1",)),
    "25": ("batch25_blind_p2", ("batch25_lists_p1",)),
    "26": ("batch26_blind_p2", ("batch26_lists_p1",)),
    "27": ("batch27_blind_p2", ("batch27_lists_p1",)),
    "28": ("batch28_blind_p2", ("batch28_lists_p1",)),
    "29": ("batch29_blind_p2", ("batch29_lists_p1",)),
    "30": ("batch30_blind_p2", ("batch30_lists_p1",)),
    "31": ("batch31_blind_p2", ("batch31_lists_p1",)),
    "32": ("batch32_blind_p2", ("batch32_lists_p1",)),
    "33": ("batch33_blind_p2", ("batch33_lists_p1",)),
    "34": ("batch34_blind_p2", ("batch34_lists_p1",)),
    "35": ("batch35_blind_p2", ("batch35_lists_p1",)),
    "36": ("batch36_blind_p2", ("batch36_lists_p1",)),
    "37": ("batch37_blind_p2", ("batch37_lists_p1",)),
    "38": ("batch38_blind_p2", ("batch38_lists_p1",)),
    "39": ("batch39_blind_p2", ("batch39_lists_p1",)),
    "40": ("batch40_blind_p2", ("batch40_lists_p1",)),
    "41": ("batch41_blind_p2", ("batch41_lists_p1",)),
    "42": ("batch42_blind_p2", ("batch42_lists_p1",)),
    "43": ("batch43_blind_p2", ("batch43_lists_p1",)),
    "44": ("batch44_blind_p2", ("batch44_lists_p1",)),
    "45": ("batch45_blind_p2", ("batch45_lists_p1",)),
    "46": ("batch46_blind_p2", ("batch46_lists_p1",)),
    "47": ("batch47_blind_p2", ("batch47_lists_p1",)),
    "48": ("batch48_blind_p2", ("batch48_lists_p1",)),
    "49": ("batch49_blind_p2", ("batch49_lists_p1",)),
    "50": ("batch50_blind_p2", ("batch50_lists_p1",)),
    "51": ("batch51_blind_p2", ("batch51_lists_p1",)),
    "52": ("batch52_blind_p2", ("batch52_lists_p1",)),
    "53": ("batch53_blind_p2", ("batch53_lists_p1",)),
    "54": ("batch54_blind_p2", ("batch54_lists_p1",)),
    "55": ("batch55_blind_p2", ("batch55_lists_p1",)),
    "56": ("batch56_blind_p2", ("batch56_lists_p1",)),
    "57": ("batch57_blind_p2", ("batch57_lists_p1",)),
    "58": ("batch58_blind_p2", ("batch58_lists_p1",)),
    "59": ("batch59_blind_p2", ("batch59_lists_p1",)),
    "60": ("batch60_blind_p2", ("batch60_lists_p1",)),
    "61": ("batch61_blind_p2", ("batch61_lists_p1",)),
    "62": ("batch62_blind_p2", ("batch62_lists_p1",)),
    "63": ("batch63_blind_p2", ("batch63_lists_p1",)),
}


def blind(name):
    """The blind second-pass lists module of set `name`."""
    return importlib.import_module(SETS[name][0])


def pass1_lists(name):
    """Pass 1's lists of set `name` as one LISTS (a path when one module holds them, so that a missing
    module is reported by agreement.main; the modules' union otherwise)."""
    paths = [os.path.join(agreement.HERE, m + ".py") for m in SETS[name][1]]
    if len(paths) == 1:
        return paths[0]
    mods = [load_lists(p, m) for p, m in zip(paths, SETS[name][1], strict=True)]
    merged = {}
    for m in mods:
        assert not set(m.LISTS) & set(merged), "a document is in two annotators' lists"
        merged.update(m.LISTS)
    return types.SimpleNamespace(LISTS=merged)


def compare(name, p1_lists):
    """Per-document and per-type counts (pass 2, pass 1, matching) and the mismatching spans."""
    return agreement.compare(blind(name), p1_lists)


def main(args, fresh=None):
    """``--batch N [--dev] [--p1 PATH] [--mismatches] [--heldout-of-scored-batch]``; the exit status (2:
    usage or unknown set). ``fresh``: the fresh batches (tests/conftest.py's when None)."""
    if "--batch" not in args or args.index("--batch") + 1 >= len(args):
        print("usage: agree.py --batch N [--dev] [--p1 PATH] [--mismatches]", file=sys.stderr)
        return 2
    name = args[args.index("--batch") + 1] + ("dev" if "--dev" in args else "")
    if name not in SETS:
        known = ", ".join(s.replace("dev", " --dev") for s in SETS)
        print(
            f"agree.py: no blind second-pass lists for batch {name!r} (known: {known})",
            file=sys.stderr,
        )
        return 2
    number = args[args.index("--batch") + 1]
    hidden = set()
    if "--mismatches" in args and not devcorpus.heldout_shown(
        number, devcorpus.HELDOUT_FLAG in args, fresh
    ):
        hidden = set(blind(name).LISTS) - devcorpus.dev_names()
    status = agreement.main(args, blind(name), pass1_lists(name), hidden)
    if hidden:
        print(devcorpus.dev_only_line("agree.py --mismatches", number, len(hidden)))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
