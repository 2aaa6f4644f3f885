"""benchmarks/rule_reach.py: the outline side's arcs and the documents that reach each one
(docs/development.md, "Rules that fire on one document")."""

from __future__ import annotations

from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

reach = load_benchmark("rule_reach")
REAL = REPO / "tests" / "data" / "real"


def test_an_arc_only_one_of_two_documents_reaches_is_listed_under_it():
    html = (
        "dev-tuning:gw-cn-chemical-weapons-1996.html",
        REAL / "gw-cn-chemical-weapons-1996.html",
    )
    md = ("dev-tuning:gw-sh-chongming-checkup-2021.md", REAL / "gw-sh-chongming-checkup-2021.md")
    reached = reach.reach([html, md], jobs=1)
    assert all(reach.outline_side(path) for path in reached)
    markdown = next(p for p in reached if p.endswith("formats/markdown.py"))
    assert any(labels == {md[0]} for labels in reached[markdown].values())
    both = [arc for arcs in reached.values() for arc, labels in arcs.items() if len(labels) == 2]
    assert both  # the steps every reading takes
    singles = reach.single_document(reached)
    assert md[0] in singles[markdown] and html[0] not in singles[markdown]


def test_corpus_documents_are_dev_only_and_validation_is_named():
    docs = reach.corpus_documents()
    fresh = reach.fresh_batches()
    assert docs
    rows = (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    dev = {r.split("\t")[0] for r in rows if r.split("\t")[2] == "dev"}
    assert {label.split(":", 1)[1] for label, _ in docs} <= dev
    # A fresh batch (tests/conftest.py FRESH_BATCHES; often none) is never listed.
    batch_of = {r.split("\t")[0]: int(r.split("\t")[3]) for r in rows}
    assert not {batch_of[label.split(":", 1)[1]] for label, _ in docs} & fresh
    assert any(label.startswith("validation:") for label, _ in docs)
