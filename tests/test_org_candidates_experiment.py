"""benchmarks/org_candidates_experiment.py and its parts, org_candidates.py (round 22): it opens
only the dev documents of the batches it names, learns heads from gold, tells how a candidate stands to the rules' spans,
counts what accepting one changes, and its models learn a separable pattern."""

from __future__ import annotations

import json

import pytest

from tests.benchmark_modules import load_benchmark


@pytest.fixture(scope="module")
def experiment():
    return load_benchmark("org_candidates")


def _gold(text: str, spans: list[tuple[str, str]]) -> dict:
    """Gold with each (string, type) at its first occurrence."""
    entities = []
    for name, ty in spans:
        s = text.index(name)
        entities.append({"start": s, "end": s + len(name), "type": ty, "text": name})
    return {"text": text, "entities": entities}


def test_loads_only_the_dev_documents_of_the_named_batches(experiment, tmp_path, monkeypatch):
    (tmp_path / "entities").mkdir()
    rows = [
        ("a-dev.html", "dev", "3"),
        ("b-held.html", "heldout", "3"),
        ("c-dev.html", "dev", "17"),
        ("d-dev.html", "dev", "13"),
    ]
    (tmp_path / "split.tsv").write_text(
        "file\tkind\tsplit\tbatch\n" + "".join(f"{f}\tnews\t{s}\t{b}\n" for f, s, b in rows),
        encoding="utf-8",
    )
    good = _gold("国务院办公厅印发通知。", [("国务院办公厅", "ORG")])
    for name in ("a-dev", "d-dev"):
        (tmp_path / "entities" / f"{name}.json").write_text(json.dumps(good), encoding="utf-8")
    # A held-out or fresh document is never opened: these are not even JSON.
    for name in ("b-held", "c-dev"):
        (tmp_path / "entities" / f"{name}.json").write_text("not json", encoding="utf-8")
    monkeypatch.setattr(experiment, "REAL", tmp_path)
    assert [d.name for d in experiment.load({"3"})] == ["a-dev"]
    assert [d.name for d in experiment.load({"3", "13"})] == ["a-dev", "d-dev"]


def test_gold_in_pivot_coordinates_and_rules_in_text_coordinates(experiment):
    text = "香港食物環境衞生署今日表示，將加強巡查。"
    doc = experiment.Doc("t", "1", _gold(text, [("食物環境衞生署", "ORG")]))
    (s, e, t) = next(iter(doc.gold_pivot))
    assert (doc.pivot[s:e], t) == ("食物环境卫生署", "ORG")
    assert all(text[a:b] for a, b, _t in doc.rules)
    assert doc.to_text(s, e, t) == (2, 9, "ORG")


def test_heads_are_the_tails_that_end_names_often_enough(experiment):
    texts = [
        ("市教育局发布通知，区教育局转发。", ["市教育局", "区教育局"]),
        ("市财政局和市税务局联合发文。", ["市财政局", "市税务局"]),
        ("这个局面很好，大局已定。", []),
    ]
    docs = [
        experiment.Doc(f"d{i}", "1", _gold(text, [(n, "ORG") for n in names]))
        for i, (text, names) in enumerate(texts)
    ]
    heads = experiment.learn_heads(docs, min_count=3, min_ratio=0.5)
    # 局 ends four names in six occurrences; 教育局 only two names.
    assert heads == {"局": pytest.approx(4 / 6)}
    assert experiment.learn_heads(docs, min_count=3, min_ratio=0.7) == {}


def test_relation_of_a_candidate_to_the_rules_spans(experiment):
    pivot = "浙江社保科创基金签约，高度评价中葡经贸中心。"
    rules = [(0, 2, "LOC"), (11, 21, "ORG")]
    ctx = experiment.Context(pivot, rules, None)

    def relation(s, e):
        return ctx.relation(s, e, ctx.overlapped(s, e))

    assert relation(0, 8) == "over_other"  # 浙江 inside 浙江社保科创基金
    assert relation(15, 21) == "inside_same"  # 中葡经贸中心 inside 高度评价中葡经贸中心
    assert relation(11, 21) == "same"
    assert relation(2, 8) == "free"
    assert relation(1, 4) == "crossing"
    assert relation(9, 22) == "over_same"


def test_candidates_end_at_a_head_inside_a_run_of_word_characters(experiment):
    pivot = "据市教育局消息，本局将"
    ctx = experiment.Context(pivot, [], None)
    spans = {(s, e) for s, e, _h in experiment.candidates(ctx, {"局": 0.5})}
    # 育局 … 据市教育局 end at the first 局; only 本局 at the second (the comma stops it).
    assert spans == {(3, 5), (2, 5), (1, 5), (0, 5), (8, 10)}


def test_change_counts_a_replaced_rule_span(experiment):
    text = "浙江社保科创基金签约落地。"
    doc = experiment.Doc("t", "1", _gold(text, [("浙江社保科创基金", "ORG")]))
    k = next(i for i, (s, e, t) in enumerate(doc.rules_pivot) if t == "LOC")
    right = experiment.Example([], 1, 0, (0, 8), "over_other", [k])
    wrong = experiment.Example([], -1, 0, (0, 6), "over_other", [k])
    # The rule's 浙江 is no gold span: replacing it removes a false positive either way.
    assert experiment.change(doc, right) == (1, -1)
    assert experiment.change(doc, wrong) == (0, 0)


@pytest.mark.parametrize("model", ["perceptron", "logistic"])
def test_models_learn_a_separable_pattern(experiment, monkeypatch, model):
    monkeypatch.setattr(experiment, "MODEL", model)
    Example = experiment.Example
    data = [Example(["bias", "h=局", f"b1={c}"], 1, 0, (0, 1), "free", []) for c in "，。、"]
    data += [Example(["bias", "h=局", f"b1={c}"], -1, 0, (0, 1), "free", []) for c in "的是了"]
    data *= 5
    weights = experiment.train(data, epochs=5)

    def score(feats):
        return sum(weights.get(x, 0.0) for x in feats)

    assert score(["bias", "h=局", "b1=，"]) > score(["bias", "h=局", "b1=的"])


def test_decide_keeps_the_best_of_overlapping_candidates(experiment):
    Example = experiment.Example
    a = Example(["x"], 1, 0, (0, 5), "free", [])
    b = Example(["y"], 1, 0, (2, 5), "free", [])
    c = Example(["z"], 1, 0, (6, 9), "over_other", [])
    weights = {"x": 1.0, "y": 2.0, "z": 3.0}
    chosen = experiment.decide([a, b, c], weights, {"free": 0.5, "over_other": 5.0}, {"free"})
    assert chosen == {0: [b]}


def test_the_experiment_runs_on_the_parts_it_names(experiment, capsys):
    script = load_benchmark("org_candidates_experiment")
    assert script.oc is experiment
    with pytest.raises(SystemExit) as exit_:
        script.main(["--help"])
    assert exit_.value.code == 0
    assert "--gold-list" in capsys.readouterr().out
