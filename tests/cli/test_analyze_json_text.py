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


def test_entity_spans_are_written_as_their_objects():
    from gui.cli.analyze import _analysis

    document = read_document(DEFAULT_REPORT)
    spans = _analysis(document, None)
    assert spans["entities"] and all(type(e) is tuple and len(e) == 3 for e in spans["entities"])
    assert dumps(spans) == _reference(analysis_json(document))
    text = '引"号\\斜杠\n换行\t\x00𠀀\u2028'
    awkward = [(0, 3, "ORG"), (3, 10, ""), (9, 11, "LOC")]
    result = {"text": text, "entities": awkward, "footer": None}
    objects = [{"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in awkward]
    assert dumps(result) == _reference({**result, "entities": objects})
