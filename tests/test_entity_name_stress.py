"""benchmarks/entity_name_stress.py: the dev documents read with their people, places and bodies
renamed (docs/entities.md, "Names nobody listed")."""

from __future__ import annotations

import functools
import json

from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

stress = load_benchmark("entity_name_stress")
REAL = REPO / "tests" / "data" / "real"


@functools.cache
def _stresser():
    return stress.Stresser(stress.dev_documents(), stress.split_rows())


def _gold(stem: str) -> dict:
    return json.loads((REAL / "entities" / f"{stem}.json").read_text(encoding="utf-8"))


def _mentions(gold: dict, ty: str) -> list[str]:
    return [gold["text"][e["start"] : e["end"]] for e in gold["entities"] if e["type"] == ty]


def test_the_documents_are_dev_only_with_validation_apart():
    rows = (REAL / "split.tsv").read_text("utf-8").splitlines()[1:]
    cells = [r.split("\t") for r in rows]
    dev = {c[0].rsplit(".", 1)[0]: int(c[3]) for c in cells if c[2] == "dev"}
    docs = stress.dev_documents()
    assert docs and all(stem in dev for _, stem, _ in docs)
    assert {p for p, stem, _ in docs if 13 <= dev[stem] <= 16} == {"validation"}
    assert {p for p, stem, _ in docs if not 13 <= dev[stem] <= 16} == {"tuning"}


def test_a_work_report_is_renamed_consistently_and_every_span_carried():
    stem = "wr-cn-2024"
    gold = _gold(stem)
    new, done, kept = _stresser().stress(stem, gold)
    assert new == _stresser().stress(stem, gold)[0]  # deterministic
    assert done["PER"] and done["ORG"] and done["LOC"]
    old_text, text = gold["text"], new["text"]
    assert text != old_text and len(new["entities"]) == len(gold["entities"])
    for a, b in zip(gold["entities"], new["entities"], strict=True):
        assert a["type"] == b["type"]
        if a["type"] not in stress.SUBSTITUTED:  # dates, figures, terms: the same words
            assert old_text[a["start"] : a["end"]] == text[b["start"] : b["end"]]
    # 习近平 (three mentions) has one substitute of three characters, no dev text's name
    old, now = _mentions(gold, "PER"), _mentions(new, "PER")
    subs = {n for o, n in zip(old, now, strict=True) if o == "习近平"}
    assert len(subs) == 1 and len(next(iter(subs))) == 3 and "习近平" not in text
    assert next(iter(subs)) not in _stresser().corpus
    # a body's head stays: every 国务院 is one name ending in 院
    bodies = {
        n
        for o, n in zip(_mentions(gold, "ORG"), _mentions(new, "ORG"), strict=True)
        if o == "国务院"
    }
    assert len(bodies) == 1 and next(iter(bodies)).endswith("院")


def test_places_keep_their_level_and_a_full_name_its_short_form():
    s = _stresser()
    rows = {"stem-x": ("gongwen", 99)}
    s2 = stress.Stresser.__new__(stress.Stresser)
    s2.__dict__.update(s.__dict__)
    s2.rows = rows
    text = "兰州市人民政府：兰州市和西固区的工作，兰州要抓好。"
    gold = {
        "text": text,
        "entities": [
            {"start": 0, "end": 7, "type": "ORG"},
            {"start": 8, "end": 11, "type": "LOC"},
            {"start": 12, "end": 15, "type": "LOC"},
            {"start": 19, "end": 21, "type": "LOC"},
        ],
    }
    new, done, _ = s2.stress("stem-x", gold)
    org, city, district, short = (new["text"][e["start"] : e["end"]] for e in new["entities"])
    assert done["LOC"] == 3 and done["ORG"] == 1
    assert city.endswith("市") and city != "兰州市" and district.endswith("区")
    assert org == city + "人民政府"  # the body's place is the document's place
    assert city.startswith(short) and short != "兰州"


def test_traditional_documents_get_traditional_substitutes():
    s = _stresser()
    docs = [(stem, g) for part, stem, g in stress.dev_documents() if part == "tuning"]
    stem, gold = next(
        (st, g) for st, g in docs if s.rows[st][0] == "news-hk" and _mentions(g, "PER")
    )
    new, done, _ = s.stress(stem, gold)
    assert done["PER"]
    for name in _mentions(new, "PER"):
        assert s.conv["s2hk"].convert(s.t2s.convert(name)) == name
