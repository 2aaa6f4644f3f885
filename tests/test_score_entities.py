"""benchmarks/score_entities.py: the metric on a small gold set written here, the split taken
from a manifest, and the clear failure when there is no gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location(
        "score_entities", ROOT / "benchmarks" / "score_entities.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prf_matches_the_shared_scorer_definition(scorer):
    assert scorer.prf(3, 1, 2) == pytest.approx((0.75, 0.6, 2 * 0.75 * 0.6 / 1.35))
    assert scorer.prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_score_counts_strict_and_overlap_matches(scorer):
    text = "2021年，兰州高新区集聚企业200家。"
    gold = {
        "text": text,
        "entities": [
            {"start": 0, "end": 5, "type": "DATE"},
            {"start": 6, "end": 11, "type": "LOC"},
            {"start": 15, "end": 19, "type": "QUANT"},
            {"start": 6, "end": 8, "type": "ORG"},  # a miss on purpose
        ],
    }
    counts = scorer.score([("doc", "dev", gold)])
    assert sum(counts["tp"].values()) == 3
    assert counts["fn"]["ORG"] == 1
    assert sum(counts["fp"].values()) == 0


def test_split_comes_from_the_manifest(scorer, tmp_path):
    (tmp_path / "manifest.tsv").write_text(
        "id\tfile\tsplit\na\ta.txt\theldout\nb\tb.md\tdev\n", encoding="utf-8"
    )
    manifest = scorer._manifest_splits(tmp_path)
    assert scorer._split_of(tmp_path / "a.json", {}, manifest) == "heldout"
    assert scorer._split_of(tmp_path / "b.json", {}, manifest) == "dev"
    assert scorer._split_of(tmp_path / "c.json", {"split": "heldout"}, manifest) == "heldout"


def test_no_gold_is_one_line_and_status_1(scorer, monkeypatch, capsys):
    monkeypatch.setattr(scorer, "gold_documents", lambda which: [])
    assert scorer.main(["--set", "real"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no gold" in err[0]


def test_real_dev_gold_scores_above_the_goal(scorer):
    docs = [d for d in scorer.gold_documents("real") if d[1] == "dev"]
    if not docs:
        pytest.skip("no real-corpus entity gold in this checkout")
    counts = scorer.score(docs)
    tp, fp, fn = (sum(counts[k].values()) for k in ("tp", "fp", "fn"))
    assert scorer.prf(tp, fp, fn)[2] >= 0.90
