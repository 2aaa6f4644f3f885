"""The final entity gold of the outline check set (tests/data/real/outline_check/entities/gold) is pass 1's
lists with the decisions' edits, every edit takes pass 2's blind reading, and agree.py counts strictly. None
of it reads the recogniser: the builder and the edits work on the gold text alone."""

import json
import subprocess
import sys
from pathlib import Path

from tests.script_modules import load_script

HERE = Path(__file__).resolve().parents[1] / "data" / "real" / "outline_check"
ENTITIES = HERE / "entities"


def _module(name):
    return load_script(ENTITIES / f"{name}.py", f"outline_check_{name}")


def _spans(folder, name):
    doc = json.loads((ENTITIES / folder / f"{name}.json").read_text(encoding="utf-8"))
    return doc["text"], {(e["start"], e["end"], e["type"]) for e in doc["entities"]}


def test_gold_files_are_what_the_decisions_build():
    result = subprocess.run(
        [sys.executable, str(ENTITIES / "decisions.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_document_was_read_and_every_edit_takes_the_blind_reading():
    decisions = _module("decisions")
    names = sorted(p.stem for p in (HERE / "gold").glob("*.json"))
    assert sorted(decisions.READ) == names
    assert set(decisions.EDITS) <= decisions.READ
    edited = 0
    for name in names:
        text, gold = _spans("gold", name)
        _, p1 = _spans("p1", name)
        _, p2 = _spans("p2", name)
        assert (
            text == json.loads((HERE / "gold" / f"{name}.json").read_text(encoding="utf-8"))["text"]
        )
        assert gold - p1 <= p2, f"{name}: an edit adds a span pass 2 did not read"
        assert not (p1 - gold) & p2, f"{name}: an edit removes a span both passes read"
        if gold != p1:
            edited += 1
            # each edited document moves towards the blind reading
            assert len(gold & p2) > len(p1 & p2), name
    assert edited == len(decisions.EDITS)


def test_agreement_is_strict_and_symmetric_in_its_counts():
    agree = _module("agree")
    per_doc, per_type, diffs = agree.compare("p1", "p1")
    assert all(a == b == m for a, b, m in per_doc.values())
    per_doc, per_type, diffs = agree.compare("p1", "p2")
    back, _, _ = agree.compare("p2", "p1")
    for name, (a, b, m) in per_doc.items():
        assert back[name] == (b, a, m)
        text, only1, only2 = diffs[name]
        assert a - m == len(only1) and b - m == len(only2)
    assert sum(c["match"] for c in per_type.values()) == sum(m for _, _, m in per_doc.values())
    # strict: two spans that share their start and type but not their end do not agree
    near = [
        (s1, s2)
        for _, only1, only2 in diffs.values()
        for s1 in only1
        for s2 in only2
        if s1[0] == s2[0] and s1[2] == s2[2] and s1[1] != s2[1]
    ]
    assert near
    assert agree.prf(0, 1, 1) == (0.0, 0.0, 0.0)
