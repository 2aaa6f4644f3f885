"""benchmarks/heading_scorer_experiment.py: the pieces a line opens with, the matching of
score_outline, the logistic regression, the stacking on the rules, and a real dev document's
candidates (the rules' headings all among them, labelled from the gold)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.benchmark_modules import load_benchmark

REAL = Path(__file__).resolve().parent / "data" / "real"
# A dev document of batch 30: a judicial interpretation whose articles open their text.
ARTICLES = "gw-cn-spc-spp-refusal-to-execute-interpretation-2024"
ARTICLE_LINE = (
    "第一条 被执行人、协助执行义务人、担保人等负有执行义务的人，对人民法院的判决、裁定有能力执行"
    "而拒不执行，情节严重的，应当依照刑法第三百一十三条的规定，以拒不执行判决、裁定罪处罚。"
)


@pytest.fixture(scope="module")
def experiment():
    return load_benchmark("heading_scorer_experiment")


def test_an_articles_number_is_a_piece_of_its_line(experiment):
    shape, value = experiment._shape(ARTICLE_LINE)
    assert shape != "none" and value == 1
    pieces = experiment._pieces(ARTICLE_LINE, shape)
    assert ("第一条", "number") in pieces
    assert not any(kind == "sentence" for _, kind in pieces)  # its sentence is over 40 characters


def test_tally_matches_each_gold_heading_once(experiment):
    # Normalised (full-width, spaces), and a heading found twice matches its one gold copy once.
    assert experiment.tally(["一、 总则", "一、总则", "附则"], ["一、总则", "第二章"]) == (1, 3, 2)


def _candidate(experiment, features, rule, label, line=0, text="x"):
    return experiment.Candidate(text, ["bias", *features], rule, label, line)


def test_stacking_drops_low_rule_headings_and_adds_one_candidate_a_line(experiment):
    good = [_candidate(experiment, ["good"], False, True, i) for i in range(20)]
    bad = [_candidate(experiment, ["bad"], True, False, i) for i in range(20)]
    weights = experiment.train([(good + bad, [], [])], epochs=5)
    assert weights["good"] > 0 > weights["bad"]
    cands = [
        _candidate(experiment, ["bad"], True, False, 0, "一、目录"),
        _candidate(experiment, ["good"], False, True, 1, "第一条"),
        _candidate(experiment, ["good", "good2"], False, True, 1, "第一条 为了"),
    ]
    out = experiment.predict(weights, cands, ["一、目录", "二、总则"], drop=0.5, add=0.5)
    assert out[0] == "二、总则" and len(out) == 2  # one of line 1's two pieces, not both


def test_dev_files_are_dev_only(experiment):
    with (REAL / "split.tsv").open(encoding="utf-8", newline="") as f:
        split = {r["file"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}
    names = experiment.dev_files([13, 14, 15, 16])
    assert len(names) == 32 and {split[n] for n in names} == {"dev"}


def test_a_real_documents_rule_headings_are_labelled_candidates(experiment):
    (name,) = [n for n in experiment.dev_files([30]) if n.startswith(ARTICLES)]
    gold = json.loads((REAL / "gold" / f"{ARTICLES}.json").read_text(encoding="utf-8"))
    cands, rules = experiment.candidates(REAL / name, gold)
    ruled = [c for c in cands if c.rule]
    assert [c.text for c in ruled] == rules
    assert ruled[0].text == "第一条" and ruled[0].label
    assert "kind=rule" in ruled[0].features and "rule:seq=first1" in ruled[0].features
