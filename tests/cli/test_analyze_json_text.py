"""``analyze --json`` writes exactly what ``json.dumps(..., ensure_ascii=False, indent=1)``
writes (its faster writer of the entity list must not change a byte)."""

import json

from gui.cli.analyze import analysis_json, dumps
from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT


def _reference(result) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1)


def test_the_bundled_report_with_a_view():
    result = analysis_json(read_document(DEFAULT_REPORT), script="hk")
    assert len(result["entities"]) > 50
    assert dumps(result) == _reference(result)
    assert json.loads(dumps(result)) == result


def test_awkward_values():
    entities = [
        {"start": 0, "end": 3, "type": "ORG", "text": '引"号\\斜杠\n换行\t\x00𠀀'},
        {"start": -1, "end": 10**20, "type": "", "text": "\u2028\ud7ff"},
        {"a": True, "b": None, "c": 1.5, "d": [1, {"x": "y"}], "e": {}},
    ]
    result = {"text": "正文\n", "sections": [], "entities": entities, "footer": None, "t": {}}
    assert dumps(result) == _reference(result)
    assert dumps({**result, "entities": []}) == _reference({**result, "entities": []})


def test_entity_objects_are_written_as_their_json():
    from gui.cli.analyze import _analysis
    from gui.core.entities import Entity

    document = read_document(DEFAULT_REPORT)
    objects = _analysis(document, None)
    assert objects["entities"] and all(isinstance(e, Entity) for e in objects["entities"])
    assert dumps(objects) == _reference(analysis_json(document))
    awkward = [Entity(0, 3, "ORG", '引"号\\斜杠\n换行\t\x00𠀀'), Entity(-1, 10**20, "", "\u2028")]
    result = {"entities": awkward, "footer": None}
    assert dumps(result) == _reference({**result, "entities": [e.to_json() for e in awkward]})
