"""Round 10 of #13, places and people: fixes for LOC and PER error classes of the dev batches
1–8 (batch 8's dev part joined the classes this round; benchmarks/entity_error_classes.py,
table in docs/entities.md), each on real phrases of the corpus' genres and checked in every
script view, with the phrases each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


# -- people: Taiwan's name for Trump, a name after a verb, married names (PER; b2, b8) ---------


@pytest.mark.parametrize(
    "text",
    [
        "總統府回應美國總統川普接受媒體訪問相關內容",
        "有關美國總統川普接受媒體訪問的相關內容，",
    ],
)
def test_a_transliterated_name_after_a_head_of_state_title(text):
    assert _of(text, "PER") == ["川普"], spans(text)
    same_in_every_view(text)


def test_a_name_does_not_start_inside_the_verb_before_it():
    text = "我國感謝川普總統自第一任期以來，對臺海安全的持續支持"
    assert "謝川普" not in _of(text, "PER"), spans(text)
    assert "安全" not in _of(text, "PER")
    same_in_every_view(text)


def test_two_surname_characters_before_a_verb_are_no_married_name():
    text = "美國對臺灣的安全承諾，更是對區域威脅的共同嚇阻"
    assert not _of(text, "PER"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("参选特首的林郑月娥日前解画", "林郑月娥"),
        ("特首林鄭月娥今日表示", "林鄭月娥"),
        ("落实曾培炎副总理的指示", "曾培炎"),
    ],
)
def test_married_names_and_names_before_titles_stay(text, name):
    assert name in _of(text, "PER"), spans(text)
