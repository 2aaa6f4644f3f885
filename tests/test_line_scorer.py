"""benchmarks/line_scorer.py (task ml23): the features it adds on a real dev document, the
training's reproducibility, the stacking and the standalone model's output, the threshold choice
that keeps the rules unless a pair gains, and the batches it trains and validates on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmark_modules import load_benchmark
from tests.conftest import FRESH_BATCHES

REAL = Path(__file__).resolve().parent / "data" / "real"
# A dev document of batch 30: a judicial interpretation whose articles open their text.
ARTICLES = "gw-cn-spc-spp-refusal-to-execute-interpretation-2024"


@pytest.fixture(scope="module")
def scorer():
    return load_benchmark("line_scorer")


def _articles(scorer, standalone=False):
    (name,) = [n for n in scorer.base.dev_files([30]) if n.startswith(ARTICLES)]
    gold = json.loads((REAL / "gold" / f"{ARTICLES}.json").read_text(encoding="utf-8"))
    return scorer._doc(REAL / name, gold, 30, "公文", standalone)


def test_a_real_documents_articles_get_the_generic_features(scorer):
    doc = _articles(scorer)
    first, second = [c for c in doc.cands if c.rule][:2]
    assert (first.text, second.text) == ("第一条", "第二条") and first.label and second.label
    # The first rule heading has no previous one; the second has the first's numbering form.
    assert "same_shape_prev_rule=-" in first.features
    assert "rule:same_shape_prev_rule=True" in second.features
    assert {"family=公文", "cjk=more", "digits=0", "punct=0"} <= set(first.features)
    # Deterministic: the same document gives the same features.
    assert [c.features for c in _articles(scorer).cands] == [c.features for c in doc.cands]


def test_the_standalone_model_keeps_no_rule_heading(scorer):
    doc = _articles(scorer, standalone=True)
    assert doc.rules[:1] == ["第一条"] and not any(c.rule for c in doc.cands)
    assert not any(f.startswith("level=") and f != "level=0" for c in doc.cands for f in c.features)
    # Scored all under the add threshold, nothing is a heading (the rules' included).
    assert scorer.predict(doc, [0.1] * len(doc.cands), 0.5, 0.5) == []


def test_training_is_reproducible_and_learns_a_separable_feature(scorer):
    rows = [([0, 1], 1.0)] * 30 + [([0, 2], 0.0)] * 30 + [([0, 1, 2], 1.0)] * 5
    w = scorer.train(rows, 3, epochs=5)
    assert w == scorer.train(rows, 3, epochs=5)
    assert w[1] > 0 > w[2]
    assert w != scorer.train(rows, 3, epochs=5, seed=7)  # the seed orders the examples


def test_stacking_drops_low_rule_headings_and_adds_the_best_piece_of_a_line(scorer):
    base = scorer.base
    cands = [
        base.Candidate("一、目录", ["kind=rule"], True, False, 0),
        base.Candidate("第一条", ["kind=piece"], False, True, 1),
        base.Candidate("第一条 为了", ["kind=line"], False, False, 1),
    ]
    doc = scorer.Doc("x", 1, "公文", cands, ["一、目录", "二、总则"], ["二、总则", "第一条"])
    out = scorer.predict(doc, [0.2, 0.9, 0.8], drop=0.5, add=0.7)
    assert out == ["二、总则", "第一条"]
    counts = scorer.tally([doc], [[0.2, 0.9, 0.8]], 0.5, 0.7)
    assert counts["公文"] == counts["pooled"] == [2, 2, 2]
    assert scorer.tally([doc], None, 0, 2)["pooled"] == [1, 2, 2]  # the rules alone


def test_thresholds_keep_the_rules_unless_a_pair_gains(scorer):
    base = scorer.base
    cands = [base.Candidate("一、总则", ["kind=rule"], True, True, 0)]
    doc = scorer.Doc("x", 1, "公文", cands, ["一、总则"], ["一、总则"])
    assert scorer.choose([doc], [[0.3]]) == scorer._IDENTITY  # already right: nothing to gain
    wrong = scorer.Doc("y", 1, "公文", cands, ["一、总则"], [])
    drop, _ = scorer.choose([wrong], [[0.3]])
    assert drop > 0.3  # dropping the one false heading gains


def test_batches_tuning_validation_and_folds(scorer):
    assert not set(scorer.TUNING) & set(scorer.VALIDATION)
    assert not {str(b) for b in scorer.TUNING} & set(FRESH_BATCHES) and max(scorer.TUNING) == 43
    folds = scorer.inner_folds([1, 2, 3, 17, 18, 19, 20])
    assert sorted(b for f in folds for b in f) == [1, 2, 3, 17, 18, 19, 20] and len(folds) == 3
