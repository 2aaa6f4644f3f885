"""benchmarks/entity_reach.py: the recogniser's arcs and names and the documents that reach
each one (docs/development.md, "Rules that fire on one document")."""

from __future__ import annotations

import pytest

from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

reach = load_benchmark("entity_reach")
GOLD = REPO / "tests" / "data" / "real" / "entities"


@pytest.mark.slow
def test_an_arc_and_a_name_only_one_of_two_documents_reaches_are_listed_under_it():
    hk = "dev-tuning:news-hk-palace-museum-funding-2017.md"
    cn = "dev-tuning:gw-cn-chemical-weapons-1996.html"
    docs = [
        (hk, GOLD / "news-hk-palace-museum-funding-2017.json"),
        (cn, GOLD / "gw-cn-chemical-weapons-1996.json"),
    ]
    arcs, keys = reach.reach(docs, jobs=1)
    assert all("/gui/core/" in path for path in arcs)
    singles = reach.rule_reach.single_document(arcs)
    assert any(hk in by_doc for by_doc in singles.values())
    assert any(len(labels) == 2 for by_arc in arcs.values() for labels in by_arc.values())
    names = reach.entry_reach(reach.name_lists(), keys)
    assert names["orgs_hk_tw_macau.txt"]["特首办"] == {hk}
