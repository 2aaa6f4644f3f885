"""benchmarks/tagger_experiment.py: the perceptron learns from a BIO corpus written here, the
lexicon features mark words, and a missing corpus fails with one line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.benchmark_modules import load_benchmark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def experiment():
    return load_benchmark("tagger_experiment")


def _bio(sentences: list[tuple[str, dict[int, str]]]) -> str:
    """Two-column BIO text; each sentence gives the tag of some positions (others O)."""
    lines = []
    for text, tags in sentences:
        lines += [f"{ch}\t{tags.get(i, 'O')}" for i, ch in enumerate(text)]
        lines.append("")
    return "\n".join(lines)


def test_reads_bio_and_maps_foreign_types_to_o(experiment, tmp_path):
    path = tmp_path / "c.bio"
    path.write_text("北\tB-LOC\n京\tI-LOC\n\n好\tB-GPE.NAM\n", encoding="utf-8")
    assert experiment.read_bio(path) == [[("北", "B-LOC"), ("京", "I-LOC")], [("好", "O")]]


def test_perceptron_learns_places_after_a_preposition(experiment, tmp_path):
    people = "张明 李华 王强 赵磊 陈刚 刘洋".split()
    places = "北京 上海 广州 深圳 南京 武汉".split()
    sentences = []
    for person in people:
        for place in places:
            tags = {0: "B-PER", 1: "I-PER", 3: "B-LOC", 4: "I-LOC"}
            sentences.append((f"{person}在{place}工作。", tags))
            sentences.append((f"大家在{place}工作。", {3: "B-LOC", 4: "I-LOC"}))
        sentences.append((f"{person}说好。", {0: "B-PER", 1: "I-PER"}))
        sentences.append(("大家说好。", {}))
    path = tmp_path / "train.bio"
    path.write_text(_bio(sentences), encoding="utf-8")
    data = [(s, [()] * len(s)) for s in experiment.read_bio(path)]
    model = experiment.Perceptron()
    model.train(data, epochs=3)
    # A person and a place it has seen, in a pairing it has not; no name where there is none.
    assert model.spans("王强在广州工作。", {}) == [(0, 2, "PER"), (3, 5, "LOC")]
    assert model.spans("大家在深圳工作。", {}) == [(3, 5, "LOC")]
    assert model.spans("大家说好。", {}) == []


def test_lexicon_features_mark_start_end_and_inside(experiment):
    feats = experiment.lexicon_features("在兰州市", {"兰州市": "ns", "兰州": "ns"})
    assert feats[0] == ()
    assert "Sns3" in feats[1] and "Sns2" in feats[1]
    assert "Ens2" in feats[2] and "Mns" in feats[2]
    assert "Ens3" in feats[3]


def test_missing_corpus_is_one_line_and_exit_1(experiment, tmp_path, capsys):
    assert experiment.main([str(tmp_path / "nope.bio")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.bio" in err[0]


@pytest.fixture(scope="module")
def bio_scorer():
    return load_benchmark("score_entities_bio")


def test_bio_scorer_counts_the_recogniser_against_the_corpus(bio_scorer, tmp_path):
    # 国务院 and 兰州 are found by the recogniser; the corpus's PER 小明 is no name it knows.
    path = tmp_path / "c.bio"
    path.write_text(
        _bio(
            [
                ("国务院召开会议。", {0: "B-ORG", 1: "I-ORG", 2: "I-ORG"}),
                ("小明去兰州。", {0: "B-PER", 1: "I-PER", 3: "B-LOC", 4: "I-LOC"}),
            ]
        ),
        encoding="utf-8",
    )
    counts = bio_scorer.score([path])
    assert counts["tp"] == {"ORG": 1, "LOC": 1}
    assert counts["fn"] == {"PER": 1}
    assert sum(counts["fp"].values()) == 0


def test_bio_scorer_counts_organisation_errors_by_class(bio_scorer, tmp_path):
    # 某某研究会 is a body the corpus marks and no rule knows: one unknown body, nothing else.
    path = tmp_path / "c.bio"
    text = "国务院和某某研究会。"
    tags = {0: "B-ORG", 1: "I-ORG", 2: "I-ORG", 4: "B-ORG", 5: "I-ORG", 6: "I-ORG", 7: "I-ORG"}
    tags[8] = "I-ORG"
    path.write_text(_bio([(text, tags)]), encoding="utf-8")
    classes = Counter()
    counts = bio_scorer.score([path], org_classes=classes)
    assert counts["tp"]["ORG"] == 1
    assert classes == {"unknown body (no list, no suffix rule)": 1}


def test_bio_scorer_joins_sentences_one_per_line(bio_scorer):
    sentences = [[("甲", "B-LOC")], [("乙", "O"), ("丙", "B-PER")]]
    docs = list(bio_scorer.documents(sentences, per_doc=50))
    assert docs == [("甲\n乙丙\n", {(0, 1, "LOC"), (3, 4, "PER")})]


def test_bio_scorer_missing_corpus_is_one_line(bio_scorer, tmp_path, capsys):
    assert bio_scorer.main([str(tmp_path / "none.bio")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
