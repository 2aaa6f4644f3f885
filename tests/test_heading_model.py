"""benchmarks/heading_model.py (task ml26): the features it adds on a real dev document, the
rule-blind design's features, the genre cues and script of a document's first lines, and the
batches it trains on and scores."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.benchmark_modules import load_benchmark
from tests.conftest import FRESH_BATCHES

REAL = Path(__file__).resolve().parent / "data" / "real"
# A dev document of batch 30: a judicial interpretation whose articles open their text.
ARTICLES = "gw-cn-spc-spp-refusal-to-execute-interpretation-2024"


@pytest.fixture(scope="module")
def model():
    return load_benchmark("heading_model")


@pytest.fixture(scope="module")
def articles(model):
    (name,) = [n for n in model.base.dev_files([30]) if n.startswith(ARTICLES)]
    gold = json.loads((REAL / "gold" / f"{ARTICLES}.json").read_text(encoding="utf-8"))
    return model.load_doc(REAL / name, gold, 30, "公文")


def test_a_real_documents_articles_get_sibling_cues_and_no_family(model, articles):
    first = next(c for c in articles.cands if c.rule)
    assert first.text == "第一条" and first.label
    feats = set(first.features)
    # 「第一条 为了…。」: its sixteen articles are sentences after their number, so are most of them.
    assert {"sib_sent=8", "sib_len=more", "sib_sent_self=True|True", "indent=0"} <= feats
    # The 文号 and the 公文 header of its first lines, simplified script.
    assert {"cue_wenhao=True", "cue_header=True", "script=simp"} <= feats
    # The genre family of split.tsv names the document's row: it is never a feature.
    assert not any("family" in f for c in articles.cands for f in c.features)
    # An item 「（一）以放弃债权…，」 (its siblings mostly clauses) is a line candidate, not a rule's.
    item = next(c for c in articles.cands if c.text.startswith("（一）以放弃债权"))
    assert not item.rule and "sib_sent_self=False|False" in item.features


def test_the_blind_design_hides_the_rules_verdict(model, articles):
    (blind,) = model.designed([articles], "blind")
    first = next(c for c in blind.cands if c.rule)
    assert "kind=line" in first.features and "kind=rule" not in first.features
    assert not any(f.startswith(("level=", "line:level=", "rule:")) for f in first.features)
    assert not any("same_shape_prev_rule" in f for f in first.features)
    # The stacked design keeps it; the labels and the rules' headings are the same.
    (stacked,) = model.designed([articles], "stacked")
    assert "kind=rule" in stacked.cands[1].features or any(
        "level=1" in c.features for c in stacked.cands
    )
    assert [c.label for c in blind.cands] == [c.label for c in stacked.cands]
    assert blind.rules == stacked.rules


def test_document_cues_read_the_first_lines(model):
    gongwen = SimpleNamespace(
        text="国务院办公厅关于加强学校安全工作的通知\n国办发〔2024〕12号\n各省人民政府：\n",
        header=object(),
    )
    cues = set(model.document_cues(gongwen))
    assert {"cue_wenhao=True", "cue_genre_word=True", "cue_header=True", "script=simp"} <= cues
    news = SimpleNamespace(text="本報記者報導：這個會議將於明天舉行。\n", header=None)
    cues = set(model.document_cues(news))
    assert {"cue_wenhao=False", "cue_news=True", "cue_header=False", "script=trad"} <= cues


def test_it_trains_on_dev_and_scores_unread_batches_apart(model):
    assert set(model.DEV).isdisjoint(model.NEW_DEV + model.VALIDATION)
    assert set(model.DEV) == {*range(1, 13), *range(17, 53)}
    assert model.NEW_DEV == [53, 54, 55, 56]
    assert not set(model.DEV + model.NEW_DEV) & {int(b) for b in FRESH_BATCHES}


def _cand(model, text, shape, end, label, line, rule=True):
    feats = ["kind=rule" if rule else "kind=line", f"shape={shape}", f"end={end}", "level=2"]
    return model.base.Candidate(text, feats, rule, label, line)


def test_groups_gather_a_documents_rule_headings_by_numbering_form(model):
    # Invented: a decree's points 「一、依據…辦理。」 that the gold reads as text, and two parts.
    cands = [
        _cand(model, "第一章 总则", "11", "han", True, 0),
        _cand(model, "一、依據本法第五條規定辦理。", "20", "stop", False, 1),
        _cand(model, "二、申請時應檢附下列文件：", "20", "colon", False, 2),
        _cand(model, "（一）身分證明", "21", "han", False, 3, rule=False),
        _cand(model, "第二章 附则", "11", "han", True, 4),
    ]
    doc = model.ls.Doc("x", 1, "公文", cands, [c.text for c in cands if c.rule], [])
    shadow, where = model.groups(doc)
    assert where == [0, 1, 1, -1, 0]
    chapters, points = shadow.cands
    assert chapters.label and not points.label  # most of each group is (not) in the gold
    assert {"g_shape=20", "g_n=2", "g_stop=most", "g_colon=most", "g_level=2"} <= set(
        points.features
    )
    # A group's score is its rule headings'; a line no rule made a heading is never added.
    assert model.expand([where], [[0.9, 0.1]]) == [[0.9, 0.1, 0.1, 0.0, 0.9]]
    assert model.ls.predict(doc, [0.9, 0.1, 0.1, 0.0, 0.9], 0.4, 1.01) == [
        "第一章 总则",
        "第二章 附则",
    ]


def test_the_veto_threshold_keeps_the_rules_unless_it_gains(model):
    right = _cand(model, "一、总则", "20", "han", True, 0)
    doc = model.ls.Doc("x", 1, "公文", [right], ["一、总则"], ["一、总则"])
    assert model.choose_drop([doc], [[0.3]]) == model.ls._IDENTITY
    false = _cand(model, "一、总则", "20", "han", False, 0)
    wrong = model.ls.Doc("y", 1, "公文", [false], ["一、总则"], [])
    assert model.choose_drop([wrong], [[0.3]])[0] > 0.3


def test_boosted_stumps_are_reproducible_and_split_on_the_telling_feature(model):
    rows = [([0, 1], 1.0)] * 30 + [([0, 2], 0.0)] * 30 + [([0, 1, 2], 1.0)] * 5
    stumps = model.train_stumps(rows, 3)
    assert stumps == model.train_stumps(rows, 3)
    assert stumps[0][0] in (1, 2)  # the first split is on a feature that tells the classes
    (yes, no, both) = model.stump_scores(stumps, [[[0, 1], [0, 2], [0, 1, 2]]])[0]
    assert yes > 0.9 > 0.1 > no and both > 0.5
