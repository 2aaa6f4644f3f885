"""Pass 1's entity gold of the outline check set (tests/data/real/outline_check/entities) is what its
reading lists build, and its builder fails loudly on a list that does not fit the text. Neither reads
the recogniser: the builder uses str.find on the gold text alone."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.script_modules import load_script

HERE = Path(__file__).resolve().parents[1] / "data" / "real" / "outline_check"
ENTITIES = HERE / "entities"
TYPES = {"ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM"}


def _builder():
    return load_script(ENTITIES / "build.py", "outline_check_entities_build")


def test_pass1_files_are_what_the_lists_build():
    result = subprocess.run(
        [
            sys.executable,
            str(ENTITIES / "build.py"),
            "--lists",
            "lists_p1",
            "--out",
            "p1",
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pass1_covers_every_document_with_consistent_spans():
    names = sorted(p.stem for p in (HERE / "gold").glob("*.json"))
    assert sorted(p.stem for p in (ENTITIES / "p1").glob("*.json")) == names
    for name in names:
        text = json.loads((HERE / "gold" / f"{name}.json").read_text(encoding="utf-8"))["text"]
        doc = json.loads((ENTITIES / "p1" / f"{name}.json").read_text(encoding="utf-8"))
        assert doc["text"] == text
        ends = 0
        for ent in doc["entities"]:
            assert ent["type"] in TYPES
            assert ent["text"] == text[ent["start"] : ent["end"]]
            assert ent["start"] >= ends, f"{name}: overlap or disorder at {ent}"
            ends = ent["end"]


def test_builder_takes_occurrences_in_reading_order_and_by_count():
    build = _builder().build
    ents = build("港大在香港，港大", "ORG\t港大\nLOC\t香港\nORG\t港大")
    assert [(e["start"], e["type"]) for e in ents] == [(0, "ORG"), (3, "LOC"), (6, "ORG")]
    ents = build("甲乙甲乙甲", "LOC\t甲\t3")
    assert [(e["start"], e["end"]) for e in ents] == [(4, 5)]


@pytest.mark.parametrize(
    ("listing", "message"),
    [
        ("LOC\t澳門", "not found"),
        # 科大 listed after the first 港科大 lands inside the second and cuts it
        ("ORG\t港科大\nLOC\t科大", "ambiguous"),
        # 港 taken inside the first 港科大 pushes ORG 港科大 onto the second: the first is cut
        ("LOC\t港\nORG\t港科大", "ambiguous"),
        ("MISC\t香港", "bad line"),
    ],
)
def test_builder_fails_loudly(listing, message):
    module = _builder()
    with pytest.raises(module.ListError, match=message):
        module.build("港科大與香港的港科大", listing)
