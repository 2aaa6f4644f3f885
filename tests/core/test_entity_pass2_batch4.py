"""Batch 4's second entity pass: its blind lists build cleanly and the agreement script measures them.

The agreement figure in tests/data/real/entities/README-batch4-pass2.md comes from agree_batch4.py; these
tests check that pass 2's blind lists (batch4_blind_p2.py) cover only batch-4 held-out documents and build
without problems, that pass2_batch4.READ names only those documents, and that the strict agreement the
script computes drops when a span moves or changes type (so a perfect figure is not built in).
"""

import importlib.util
import sys
import types
from pathlib import Path

ENTITIES = Path(__file__).resolve().parents[1] / "data" / "real" / "entities"


def _load(name):
    sys.path.insert(0, str(ENTITIES))
    try:
        spec = importlib.util.spec_from_file_location(name, ENTITIES / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ENTITIES))


def _heldout_batch4():
    lines = (ENTITIES.parent / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:] if ln]
    return {Path(r["file"]).stem for r in rows if r["batch"] == "4" and r["split"] == "heldout"}


def test_blind_lists_cover_the_heldout_documents_and_build_cleanly():
    agree = _load("agree_batch4")
    blind = agree.batch4_blind_p2.LISTS
    assert set(blind) == _heldout_batch4()
    for doc in blind:
        spans, problems = agree.spans(agree.batch4_blind_p2, doc)
        assert problems == [], doc
        assert spans, doc


def test_pass2_reads_only_batch4_heldout_documents():
    pass2 = _load("pass2_batch4")
    assert pass2.READ == _heldout_batch4()
    for doc in pass2.EDITS:
        assert doc in pass2.READ


def test_agreement_is_strict_on_span_and_type():
    agree = _load("agree_batch4")
    blind = agree.batch4_blind_p2.LISTS
    doc = "stats-jx-yichun-2022"
    same = types.SimpleNamespace(LISTS={doc: blind[doc]})
    _, per_doc, per_type, diffs = agree.compare(same)
    n2, n1, m = per_doc[doc]
    assert n2 == n1 == m > 0
    assert agree.prf(m, n2, n1) == (1.0, 1.0, 1.0)
    # one LOC retyped and one DATE cut short: both count as disagreements, each way
    changed = (
        blind[doc]
        .replace("LOC\t江西", "ORG\t江西")
        .replace("DATE\t2023年4月12日", "DATE\t2023年4月")
    )
    _, per_doc, per_type, diffs = agree.compare(types.SimpleNamespace(LISTS={doc: changed}))
    n2, n1, m = per_doc[doc]
    assert (n2, n1, m) == (n2, n2, n2 - 2)
    assert per_type["LOC", "m"] == per_type["LOC", "p2"] - 1
    assert per_type["DATE", "m"] == per_type["DATE", "p2"] - 1
    only2, only1 = diffs[doc]
    assert len(only2) == len(only1) == 2
    precision, recall, f1 = agree.prf(m, n2, n1)
    assert precision < 1.0 and recall < 1.0 and f1 < 1.0
