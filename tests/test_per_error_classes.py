"""benchmarks/per_error_classes.py: where a person's error unit stands and what form the name
has, on sentences written here, and the units it counts on a small gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmark_modules import load_benchmark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def classes():
    return load_benchmark("per_error_classes")


def _at(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


@pytest.mark.parametrize(
    "text, name, where",
    [
        ("副所长白明介绍，", "白明", "after a title"),
        ("航天员王亚平在轨", "王亚平", "after a role noun"),
        ("记者 李金磊 摄", "李金磊", "byline or photo credit"),
        ("，王晓明表示，", "王晓明", "before a speech verb"),
        ("，徐明轩教授认为", "徐明轩", "before a title or form of address"),
        ("由李墨轩、王子涵负责", "王子涵", "in a list (、和与及)"),
        ("。樊禹从事收藏", "樊禹", "no cue next to it"),
        ("王海王群王广宪", "王群", "glued to the next name (a list that lost its spaces)"),
    ],
)
def test_context(classes, text, name, where):
    s, e = _at(text, name)
    names = {_at(text, n) for n in ("王海", "王群", "王广宪") if n in text}
    assert classes.context(text, s, e, frozenset({"航天员"}), names) == where


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("总统唐纳德·特朗普说", "唐纳德·特朗普", "transliterated, with a middle dot"),
        ("特首林郑月娥表示", "林郑月娥", "Hong Kong married name or an English name beside it"),
        (
            "主委巴拉达尔（Mullah Baradar）",
            "巴拉达尔",
            "Hong Kong married name or an English name beside it",
        ),
        ("教授欧阳明高说", "欧阳明高", "compound surname"),
        ("总理李鹏说", "李鹏", "one-character given name"),
        ("罗德里格斯表示", "罗德里格斯", "transliterated, no dot"),
        ("陈先生说", "陈", "surname alone"),
        ("记者王晓明", "王晓明", "surname + two characters"),
    ],
)
def test_form(classes, text, name, kind):
    s, e = _at(text, name)
    assert classes.form(text, s, e) == kind


def test_units_of_a_person_only(classes):
    text = "副所长白明介绍，兰州高新区由王子涵负责。"
    gold = {(3, 5, "PER"), (8, 13, "LOC"), (14, 17, "PER")}
    pred = {(3, 6, "PER"), (8, 13, "LOC"), (0, 3, "ORG")}
    units = sorted(classes.per_units(text, gold, pred))
    assert units == [("missed", (14, 17, "PER")), ("wrong edge", (3, 5, "PER"))]
