"""Reading Web Annotations from other tools: the shapes the standard allows are accepted, and
each malformed one is refused with a reason that names the annotation and the problem."""

from __future__ import annotations

import copy

import pytest

from gui.core.notes.webannotation import (
    NS,
    AnnotationFormatError,
    annotation_to_note,
    annotations_in,
)

MINIMAL = {
    "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
    "type": "Annotation",
    "target": {"selector": {"type": "TextQuoteSelector", "exact": "兰州高新区"}},
}


def _with(**changes) -> dict:
    annotation = copy.deepcopy(MINIMAL)
    for key, value in changes.items():
        annotation[key.replace("__", ":")] = value
    return annotation


def test_a_quote_alone_is_enough_and_the_simplified_quote_is_derived():
    note = annotation_to_note(
        _with(target={"selector": {"type": "TextQuoteSelector", "exact": "蘭州高新區"}})
    )
    assert note.anchor.exact == "蘭州高新區" and note.anchor.exact_hans == "兰州高新区"
    assert (note.anchor.start, note.anchor.end) == (0, 5)  # placed later by re-anchoring
    assert note.id == "11111111-2222-4333-8444-555555555555"


def test_bodies_in_every_allowed_shape():
    bodies = [
        "http://example.org/an-iri-body",  # nothing to show: skipped
        {"type": "SpecificResource", "source": "http://example.org"},  # not text: skipped
        {"type": "TextualBody", "value": "first"},
        {"value": "second"},  # a body without a type is text too
        {"type": "TextualBody", "purpose": "tagging", "value": "政策"},
    ]
    note = annotation_to_note(_with(body=bodies))
    assert note.body == "first\n\nsecond" and note.tags == ("政策",)
    assert annotation_to_note(_with(body={"value": "one"})).body == "one"


def test_a_target_list_uses_its_first_target():
    target = [{"selector": [{"type": "TextQuoteSelector", "exact": "甘肃"}]}]
    assert annotation_to_note(_with(target=target)).anchor.exact == "甘肃"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"id": ""}, "annotation 3: no id"),
        ({"target": "a string"}, "target is not an object"),
        ({"target": {"selector": []}}, "no TextQuoteSelector with an exact quote"),
        (
            {"target": {"selector": {"type": "TextQuoteSelector", "exact": 5}}},
            "expected text, found int",
        ),
        (
            {
                "target": {
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "兰州"},
                        {"type": "TextPositionSelector", "start": 9, "end": 3},
                    ]
                }
            },
            "bad TextPositionSelector 9–3",
        ),
        (
            {
                "target": {
                    "selector": {"type": "TextQuoteSelector", "exact": "兰州"},
                    NS + "quoteSimplified": "兰州",
                }
            },
            "quoteSimplified is not an object",
        ),
        ({"body": 7}, "body is not a list"),
        ({"body": [7]}, "a body is not an object"),
        ({NS + "colour": "teal"}, "unknown colour 'teal'"),
        ({NS + "kind": "chapter"}, "unknown kind 'chapter'"),
        ({NS + "sectionPath": "一、"}, "sectionPath is not a list"),
        ({"created": 2026}, "expected text, found int"),
        ({"target": {}}, "no TextQuoteSelector"),
    ],
)
def test_malformed_annotations_are_refused_with_a_reason(changes, reason):
    annotation = copy.deepcopy(MINIMAL)
    annotation.update(changes)
    with pytest.raises(AnnotationFormatError) as caught:
        annotation_to_note(annotation, number=3)
    assert reason in str(caught.value) and str(caught.value).startswith("annotation 3")


def test_a_missing_target_is_named():
    annotation = {k: v for k, v in MINIMAL.items() if k != "target"}
    with pytest.raises(AnnotationFormatError, match="annotation 1: missing 'target'"):
        annotation_to_note(annotation)


def test_collections_pages_lists_and_single_annotations():
    one, two = _with(id="urn:uuid:a"), _with(id="urn:uuid:b")
    paged = {
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [one], "next": {"items": [two]}},
    }
    assert annotations_in(paged) == [one, two]
    assert annotations_in({"type": "AnnotationCollection", "items": [two]}) == [two]
    assert annotations_in({"type": "AnnotationPage", "items": [one, two]}) == [one, two]
    assert annotations_in([one]) == [one]
    assert annotations_in(one) == [one]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"type": "Manifest"}, "expected an Annotation, AnnotationPage or AnnotationCollection"),
        ("just text", "expected a JSON object or list"),
        ({"type": "AnnotationPage", "items": {"id": 1}}, "items is not a list"),
        ([MINIMAL, {"type": "Note"}], "item 2 is not an Annotation"),
    ],
)
def test_documents_that_are_not_web_annotations_are_refused(data, reason):
    with pytest.raises(AnnotationFormatError, match=reason):
        annotations_in(data)
