"""Quality floors: the seed gold (tests/data/seed, a copy of shared/gold; also scored with
shared/tools/eval_entities.py when that is beside the repository) and our own gold files in
tests/data/gold (four tuned on, the held-out ones never tuned on)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from gui.core.entities import recognise
from tests.conftest import DATA, SEED_GOLD, SHARED_SCORER

GOLD_DIR = DATA / "gold"

#: Strict micro-F1 floors per own gold file (measured values in docs/entities-readme-section.md).
FLOORS = {
    "city-work-report-2023.json": 0.95,
    "hi-tech-zone-bulletin-2022.json": 0.95,
    "policy-measures-2021.json": 0.95,
    "science-news-2023.json": 0.95,
    # Held aside: written before tuning and not tuned on; the floor is the held-out goal.
    "heldout-open-economy-2023.json": 0.85,
    "heldout-zone-news-2024.json": 0.85,
    "heldout-sci-tech-bulletin-2023.json": 0.85,
    "heldout-policy-news-2022.json": 0.85,
}


def strict_f1(gold: dict, predicted: list[dict]) -> float:
    g = {(e["start"], e["end"], e["type"]) for e in gold["entities"]}
    p = {(e["start"], e["end"], e["type"]) for e in predicted}
    tp = len(g & p)
    if not tp:
        return 0.0
    precision, recall = tp / len(p), tp / len(g)
    return 2 * precision * recall / (precision + recall)


def test_seed_gold_floor(seed_gold):
    predicted = [e.to_json() for e in recognise(seed_gold["text"])]
    assert strict_f1(seed_gold, predicted) >= 0.95


def test_seed_gold_with_the_shared_scorer(tmp_path):
    gold_path, scorer = SEED_GOLD, SHARED_SCORER
    if not scorer.is_file():
        pytest.skip(f"the team's scorer is not beside the repository ({scorer})")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = {"text": gold["text"], "entities": [e.to_json() for e in recognise(gold["text"])]}
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold_path), str(pred_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last = out.strip().splitlines()[-1]
    assert last.startswith("micro strict"), out
    f1 = float(last.split()[-1])
    assert f1 >= 0.95, out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_own_gold_floor(name):
    gold = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))
    predicted = [e.to_json() for e in recognise(gold["text"])]
    f1 = strict_f1(gold, predicted)
    assert f1 >= FLOORS[name], f"{name}: strict micro-F1 {f1:.3f} < {FLOORS[name]}"


def test_gold_files_are_well_formed():
    files = sorted(GOLD_DIR.glob("*.json"))
    assert len(files) >= 6
    scripts = Counter()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        scripts[gold.get("script")] += 1
        assert gold["source"] and gold["sections"]
        for e in gold["entities"]:
            assert gold["text"][e["start"] : e["end"]] == e["text"], (path.name, e)
    assert scripts["hans"] >= 2 and scripts["hant"] >= 2
