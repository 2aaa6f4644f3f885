"""The real-document entity gold (tests/data/real/entities) is well formed.

Each entity file's text equals its gold file's text, every span's text is
text[start:end], types are the guideline's seven, entities are sorted and
do not overlap. Rules: /work/shared/gold/GUIDELINE.md (second edition);
checker: tests/data/real/entities/check_entities.py.
"""

import importlib.util
import json
from pathlib import Path

ENTITIES = Path(__file__).resolve().parents[1] / "data" / "real" / "entities"


def _checker():
    spec = importlib.util.spec_from_file_location("check_entities", ENTITIES / "check_entities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_entity_gold_file_is_consistent():
    checker = _checker()
    assert checker.files()
    assert checker.check_all() == []


def test_checker_catches_a_shifted_span_an_overlap_and_a_bad_type(tmp_path):
    checker = _checker()
    path = checker.files()[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    ents = data["entities"]
    ents[0]["start"] += 1
    ents.append(dict(ents[-1]))
    ents[1]["type"] = "MISC"
    broken = tmp_path / path.name
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # the copy still names its real gold file, so only the planted faults show
    errors = checker.check(broken)
    assert any("!=" in e for e in errors)
    assert any("overlaps" in e for e in errors)
    assert any("bad type" in e for e in errors)
