"""benchmarks/entity_script_stress.py: the tuning dev documents' entities read in the other script
(docs/entities.md, "Written in the other script")."""

from __future__ import annotations

import json

from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

stress = load_benchmark("entity_script_stress")
GOLD = REPO / "tests" / "data" / "real" / "entities"


def _gold(stem: str) -> tuple[str, dict]:
    return stem, json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def test_a_simplified_page_written_in_traditional_keeps_its_spans_and_its_figures():
    docs = [_gold("gw-sh-chongming-checkup-2021"), _gold("wr-cn-2024")]
    other, left_out = stress.converted(docs, "s2hk")
    assert left_out == 0 and len(other) == 2
    assert all(o[1]["text"] != d[1]["text"] for o, d in zip(other, docs, strict=True))
    assert all(len(o[1]["text"]) == len(d[1]["text"]) for o, d in zip(other, docs, strict=True))
    own, converted = stress.figures(docs), stress.figures(other)
    assert 0.5 < own["all"] < 1.0
    assert converted == own


def test_the_documents_are_tuning_dev_only_and_split_by_script():
    simplified, traditional = stress.tuning_documents()
    rows = (REPO / "tests" / "data" / "real" / "split.tsv").read_text("utf-8").splitlines()[1:]
    cells = [r.split("\t") for r in rows]
    tuning = {c[0] for c in cells if c[2] == "dev" and not 13 <= int(c[3]) <= 16}
    kinds = {c[0]: c[1] for c in cells}
    assert simplified and traditional
    assert {name for name, _ in simplified + traditional} <= tuning
    assert all(kinds[name] in stress.TRADITIONAL_KINDS for name, _ in traditional)
    assert not any(kinds[name] in stress.TRADITIONAL_KINDS for name, _ in simplified)
