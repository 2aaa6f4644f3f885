"""Strict span agreement between a second annotator's blind reading lists and pass 1's lists, for any batch.

The counting behind agree.py --batch N [--dev] (whose SETS name each batch's blind lists and pass 1's list
files). For each document both passes read, both lists are built into spans with the same builder
(reading_lists.Batch.annotate, no pass-2 edits applied), and a span agrees only when start, end and type are
all equal. Precision = matching / pass 2's spans, recall = matching / pass 1's spans (pass 1 taken as the
reference, as in README-batch3.md). Printed per document, per type over the blind documents, and, with
--mismatches, every disagreeing span with a little context so each can be decided by the guideline.
Plain Python; never imports the recogniser.
"""

import importlib.util
import os
import sys
import types
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from reading_lists import Batch, read_text_as_read  # noqa: E402

TYPES = ("ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM")
# no pass-2 edits: both sides are compared as their annotators wrote them
_NO_EDITS = types.SimpleNamespace(READ=set(), apply=lambda doc, text, ents: (ents, {}))


def load_lists(path, name="lists_p1"):
    """The LISTS module at path (pass 1's reading lists)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spans(lists, doc):
    """The (start, end, type) spans lists builds for doc, and the builder's problems."""
    ents, problems = Batch(lists, _NO_EDITS, "", "").annotate(doc, read_text_as_read(doc))
    return {(e["start"], e["end"], e["type"]) for e in ents}, problems


def prf(match, n_p2, n_p1):
    """Precision, recall and F1 (pass 1 as reference); 1.0 when both sides are empty."""
    p = match / n_p2 if n_p2 else 1.0
    r = match / n_p1 if n_p1 else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def compare(blind, p1_lists):
    """Per-document and per-type counts (pass 2, pass 1, matching) and the mismatching spans."""
    docs = [d for d in blind.LISTS if d in p1_lists.LISTS]
    per_doc, per_type, diffs = {}, Counter(), {}
    for doc in docs:
        a, pa = spans(blind, doc)
        b, pb = spans(p1_lists, doc)
        for p in pa + pb:
            print("BUILD PROBLEM", doc, p, file=sys.stderr)
        per_doc[doc] = (len(a), len(b), len(a & b))
        for t in TYPES:
            per_type[t, "p2"] += sum(1 for s in a if s[2] == t)
            per_type[t, "p1"] += sum(1 for s in b if s[2] == t)
            per_type[t, "m"] += sum(1 for s in a & b if s[2] == t)
        diffs[doc] = (sorted(a - b), sorted(b - a))
    return docs, per_doc, per_type, diffs


def _row(label, counts):
    n2, n1, m = counts
    return (
        f"| {label} | {n2} | {n1} | {m} | " + " | ".join(f"{x:.3f}" for x in prf(m, n2, n1)) + " |"
    )


def main(args, blind, default_p1, hidden=frozenset()):
    """Print the agreement tables of blind against pass 1's lists (default_p1: a path or a module with LISTS;
    or --p1 PATH) and, with --mismatches, every disagreeing span, but none of the documents in ``hidden``
    (held-out documents of a scored batch: their counts alone); the exit status."""
    path = default_p1
    if "--p1" in args:
        path = args[args.index("--p1") + 1]
    if isinstance(path, str):
        if not os.path.exists(path):
            print(f"no pass-1 lists at {path}", file=sys.stderr)
            return 1
        p1 = load_lists(path)
    else:  # pass 1's lists already gathered (batch 4 dev: two annotators' modules)
        p1 = path
    docs, per_doc, per_type, diffs = compare(blind, p1)
    missing = [d for d in blind.LISTS if d not in p1.LISTS]
    if missing:
        print("not in pass 1's lists (not compared):", ", ".join(missing))
    print("| document | pass 2 blind | pass 1 | matching | precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    tot = [0, 0, 0]
    for doc in docs:
        tot = [x + y for x, y in zip(tot, per_doc[doc], strict=True)]
        print(_row(doc, per_doc[doc]))
    print(
        f"| **all {len(docs)}** | **{tot[0]}** | **{tot[1]}** | **{tot[2]}** | "
        + " | ".join(f"**{x:.3f}**" for x in prf(tot[2], tot[0], tot[1]))
        + " |"
    )
    print()
    print("| type | pass 2 blind | pass 1 | matching | precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for t in TYPES:
        print(_row(t, (per_type[t, "p2"], per_type[t, "p1"], per_type[t, "m"])))
    if "--mismatches" in args:
        for doc in [d for d in docs if d not in hidden]:
            only2, only1 = diffs[doc]
            text = read_text_as_read(doc)
            for side, items in (("pass 2 only", only2), ("pass 1 only", only1)):
                for s, e, t in items:
                    ctx = text[max(0, s - 8) : e + 8].replace("\n", "⏎")
                    print(f"{doc}\t{side}\t{t}\t{text[s:e]}\t@{s}\t{ctx}")
    return 0
