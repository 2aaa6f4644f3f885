"""Import of W3C Web Annotation JSON-LD: round trip, idempotence, all-or-nothing."""

from __future__ import annotations

import copy
import json

import pytest
from test_notes_export import sample_notes

from gui.core.notes import (
    NoteImportError,
    NoteStore,
    export_notes,
    import_annotations,
    import_file,
    load_document_notes,
)
from gui.core.reading import document_from_text
from tests.conftest import NOTES_GOLDEN

GOLDEN_JSON = NOTES_GOLDEN / "default-report.jsonld"


@pytest.fixture
def store(tmp_path):
    with NoteStore(tmp_path / "notes.sqlite3") as store:
        yield store


def _exported(store, document, fmt="json") -> str:
    return export_notes(document, [r.note for r in load_document_notes(store, document)], fmt)


def test_round_trip_export_import_export_is_identical(tmp_path, document):
    first = export_notes(document, sample_notes(document), "json")
    with NoteStore(tmp_path / "one.sqlite3") as store:
        result = import_annotations(store, document, json.loads(first))
        assert (result.added, result.duplicates, result.orphaned) == (7, 0, 1)
        assert _exported(store, document) == first
        for fmt in ("md", "html", "csv"):
            assert _exported(store, document, fmt) == export_notes(
                document, sample_notes(document), fmt
            )


def test_importing_twice_adds_nothing(store, document):
    data = json.loads(GOLDEN_JSON.read_text(encoding="utf-8"))
    assert import_file(store, document, GOLDEN_JSON).added == 7
    again = import_annotations(store, document, data)
    assert (again.added, again.duplicates) == (0, 7)
    assert store.count() == 7


def test_same_anchor_and_text_under_another_id_is_a_duplicate(store, document):
    data = json.loads(GOLDEN_JSON.read_text(encoding="utf-8"))
    import_annotations(store, document, data)
    renamed = copy.deepcopy(data)
    for i, item in enumerate(renamed["first"]["items"]):
        item["id"] = f"urn:uuid:11111111-0000-4000-8000-{i:012d}"
    renamed["first"]["items"][0]["body"][0]["value"] = "a different text is a different note"
    result = import_annotations(store, document, renamed)
    assert (result.added, result.duplicates) == (1, 6)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["first"]["items"][3].pop("target"), "annotation 4: missing 'target'"),
        (lambda d: d["first"]["items"][5]["target"]["selector"].pop(), "TextQuoteSelector"),
        (lambda d: d["first"]["items"][2].update({"urn:report-reader:ns:colour": "red"}), "colour"),
        (lambda d: d["first"]["items"][6].update({"type": "Note"}), "item 7 is not an Annotation"),
        (lambda d: d.update({"type": "Thing"}), "not a Web Annotation document"),
        (lambda d: d["first"]["items"][1].update({"body": 5}), "body"),
    ],
)
def test_malformed_input_is_one_clear_error_and_imports_nothing(store, document, mutate, message):
    data = json.loads(GOLDEN_JSON.read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(NoteImportError) as raised:
        import_annotations(store, document, data)
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert store.count() == 0


def test_unreadable_or_invalid_json_file(store, document, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", ', encoding="utf-8")
    with pytest.raises(NoteImportError, match="not valid JSON"):
        import_file(store, document, bad)
    with pytest.raises(NoteImportError, match="cannot read"):
        import_file(store, document, tmp_path / "missing.json")
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(NoteImportError, match="UTF-8"):
        import_file(store, document, bad)
    assert store.count() == 0


def test_import_reanchors_on_an_edited_document(store, document):
    edited = document_from_text("前面加了一段新的文字。\n" + document.text)
    result = import_file(store, edited, GOLDEN_JSON)
    assert result.added == 7
    notes = store.notes_for(edited.fingerprint)
    assert len(notes) == 7
    data = json.loads(GOLDEN_JSON.read_text(encoding="utf-8"))
    quotes = {
        item["id"].removeprefix("urn:uuid:"): item["target"]["selector"][1]["exact"]
        for item in data["first"]["items"]
    }
    for note in notes:
        if not note.orphaned:
            assert edited.text[note.start : note.end] == quotes[note.id]
            assert note.fingerprint == edited.fingerprint


def test_minimal_foreign_annotations_are_accepted(store, document):
    """A plain annotation from another tool: a list, one quote selector, a bare body."""
    data = [
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "http://example.org/anno/1",
            "type": "Annotation",
            "body": {"type": "TextualBody", "value": "from elsewhere"},
            "target": {
                "source": "http://example.org/report",
                "selector": {"type": "TextQuoteSelector", "exact": "實現總產值140億元"},
            },
        }
    ]
    assert import_annotations(store, document, data).added == 1
    (note,) = store.notes_for(document.fingerprint)
    assert document.text[note.start : note.end] == "實現總產值140億元"
    assert note.body == "from elsewhere" and note.anchor.exact_hans == "实现总产值140亿元"


def _edited_copy(document, tmp_path):
    """The default report revised: a paragraph added at the top and one word changed, saved
    under another name in the same folder as a user's copy would be."""
    text = document.text
    word = "全方位"
    assert word in text
    edited = "編者按：本文為修訂稿。\n\n" + text.replace(word, "全方面", 1)
    path = tmp_path / "revised.txt"
    path.write_text(edited, encoding="utf-8")
    from gui.core.reading import read_document

    return read_document(path)


def test_notes_exported_from_a_report_import_into_its_revised_copy(store, document, tmp_path):
    """The issue's case: the ids of the exported notes are in the store (under the original
    report); de-duplication is per target document, so the revised copy gets all three."""
    from gui.core.notes import new_passage_note

    text = document.text
    spans = [
        (text.index(q), text.index(q) + len(q))
        for q in ("高質量發展的政策體系", "創新驅動發展戰略", "生物醫藥首位產業")
    ]
    for i, (start, end) in enumerate(spans):
        store.add(new_passage_note(document, start, end, body=f"note {i}"))
    exported = json.loads(export_notes(document, store.notes_for(document.fingerprint), "json"))
    revised = _edited_copy(document, tmp_path)
    assert revised.fingerprint != document.fingerprint

    result = import_annotations(store, revised, exported)
    assert (result.added, result.duplicates, result.orphaned) == (3, 0, 0)
    placed = load_document_notes(store, revised)
    assert [revised.text[r.note.start : r.note.end] for r in placed] == [
        text[s:e] for s, e in sorted(spans)
    ]
    # The original keeps its notes, and a second import into the copy adds nothing.
    assert store.count(document.fingerprint) == 3
    again = import_annotations(store, revised, exported)
    assert (again.added, again.duplicates) == (0, 3)
    assert store.count() == 6
