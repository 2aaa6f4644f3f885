"""Notes as W3C Web Annotations (JSON-LD), both ways.

Standard terms carry what the model has words for: ``TextPositionSelector`` (offsets in the
cleaned text), ``TextQuoteSelector`` (quote, prefix, suffix), a ``TextualBody`` for the note
text (purpose ``commenting``) and one per tag (purpose ``tagging``), ``created``/``modified``.
What it has none for — colour, kind, section path, orphan flag, the Simplified quote — goes in
properties named by absolute IRIs under :data:`NS`, which JSON-LD processors keep as they are
without any extra context.
"""

from __future__ import annotations

from typing import Any

from gui.core.notes.model import (
    COLOURS,
    Note,
    NoteAnchor,
    NoteError,
    NoteKind,
    normalise_tags,
)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NS = "urn:report-reader:ns:"
SOURCE_PREFIX = "urn:report-reader:document:sha256:"
ID_PREFIX = "urn:uuid:"


class AnnotationFormatError(ValueError):
    """Input that is not a usable annotation (the message is one line)."""


def document_urn(fingerprint: str) -> str:
    return SOURCE_PREFIX + fingerprint


def note_to_annotation(note: Note) -> dict[str, Any]:
    """One note as a Web Annotation object."""
    a = note.anchor
    bodies: list[dict[str, Any]] = []
    if note.body:
        bodies.append(
            {
                "type": "TextualBody",
                "value": note.body,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags)
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": ID_PREFIX + note.id,
        "type": "Annotation",
        "motivation": "commenting" if note.body else "highlighting",
        "created": note.created,
        "modified": note.modified,
    }
    if bodies:
        annotation["body"] = bodies
    annotation["target"] = {
        "source": document_urn(note.fingerprint),
        "selector": [
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        ],
        NS + "quoteSimplified": {
            "type": "TextQuoteSelector",
            "exact": a.exact_hans,
            "prefix": a.prefix_hans,
            "suffix": a.suffix_hans,
        },
    }
    annotation[NS + "kind"] = note.kind
    annotation[NS + "colour"] = note.colour
    annotation[NS + "sectionPath"] = list(note.section_path)
    annotation[NS + "orphaned"] = note.orphaned
    return annotation


def collection(notes: list[Note], fingerprint: str, label: str) -> dict[str, Any]:
    """An ``AnnotationCollection`` with one page holding ``notes`` in the given order."""
    return {
        "@context": CONTEXT,
        "id": document_urn(fingerprint) + "#notes",
        "type": "AnnotationCollection",
        "label": label,
        "total": len(notes),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [note_to_annotation(n) for n in notes],
        },
    }


def annotations_in(data: Any) -> list[dict[str, Any]]:
    """The annotations in a collection (embedded pages), a page, a list or a single one."""
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        kind = data.get("type")
        if kind == "AnnotationCollection":
            items = []
            page = data.get("first")
            while isinstance(page, dict):
                items.extend(_page_items(page))
                page = page.get("next")
            if "items" in data:  # a non-standard but common flat form
                items.extend(_page_items(data))
        elif kind == "AnnotationPage":
            items = _page_items(data)
        elif kind == "Annotation":
            items = [data]
        else:
            raise AnnotationFormatError(
                "not a Web Annotation document (expected an Annotation, AnnotationPage or "
                "AnnotationCollection)"
            )
    else:
        raise AnnotationFormatError(
            "not a Web Annotation document (expected a JSON object or list)"
        )
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or item.get("type") != "Annotation":
            raise AnnotationFormatError(f"item {number} is not an Annotation")
    return items


def _page_items(page: dict[str, Any]) -> list:
    items = page.get("items", [])
    if not isinstance(items, list):
        raise AnnotationFormatError("an AnnotationPage's items is not a list")
    return items


def annotation_to_note(annotation: dict[str, Any], number: int = 1) -> Note:
    """Read one annotation back into a note (its fingerprint is the one it was made on;
    the importer re-anchors it). Raises :class:`AnnotationFormatError`."""
    where = f"annotation {number}"
    try:
        return _to_note(annotation, where)
    except (KeyError, IndexError, AttributeError, TypeError, ValueError, NoteError) as err:
        # Any shape the JSON can take that is not an annotation ("target": [], a selector
        # that is a string…) ends here as one line, never as a traceback.
        if isinstance(err, AnnotationFormatError):
            raise
        detail = f"missing {err}" if isinstance(err, KeyError) else " ".join(str(err).split())
        raise AnnotationFormatError(f"{where}: {detail}") from None


def _to_note(annotation: dict[str, Any], where: str) -> Note:
    raw_id = str(annotation.get("id") or "")
    note_id = raw_id.removeprefix(ID_PREFIX)
    if not note_id:
        raise AnnotationFormatError(f"{where}: no id")
    target = annotation["target"]
    if isinstance(target, list):
        target = target[0]
    if not isinstance(target, dict):
        raise AnnotationFormatError(f"{where}: target is not an object")
    selectors = target.get("selector", [])
    if isinstance(selectors, dict):
        selectors = [selectors]
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    if quote is None or not str(quote.get("exact", "")):
        raise AnnotationFormatError(f"{where}: no TextQuoteSelector with an exact quote")
    exact = _text(quote["exact"], where)
    prefix = _text(quote.get("prefix", ""), where)
    suffix = _text(quote.get("suffix", ""), where)
    if position is not None:
        start, end = int(position["start"]), int(position["end"])
        if start < 0 or end < start:
            raise AnnotationFormatError(f"{where}: bad TextPositionSelector {start}–{end}")
    else:  # no position: the re-anchoring search will find the quote
        start, end = 0, len(exact)
    hans = target.get(NS + "quoteSimplified") or {}
    if not isinstance(hans, dict):
        raise AnnotationFormatError(f"{where}: {NS}quoteSimplified is not an object")
    if "exact" in hans:
        exact_hans = _text(hans["exact"], where)
        prefix_hans = _text(hans.get("prefix", ""), where)
        suffix_hans = _text(hans.get("suffix", ""), where)
    else:
        from gui.core.script import convert_fragment

        exact_hans, prefix_hans, suffix_hans = (
            convert_fragment(s, "hans") for s in (exact, prefix, suffix)
        )
    body, tags = _bodies(annotation.get("body", []), where)
    source = str(target.get("source", ""))
    colour = str(annotation.get(NS + "colour", COLOURS[0]))
    if colour not in COLOURS:
        raise AnnotationFormatError(f"{where}: unknown colour {colour!r}")
    kind = str(annotation.get(NS + "kind", NoteKind.PASSAGE.value))
    if kind not in {k.value for k in NoteKind}:
        raise AnnotationFormatError(f"{where}: unknown kind {kind!r}")
    section_path = annotation.get(NS + "sectionPath", [])
    if not isinstance(section_path, list):
        raise AnnotationFormatError(f"{where}: sectionPath is not a list")
    return Note(
        id=note_id,
        fingerprint=source.removeprefix(SOURCE_PREFIX),
        kind=kind,
        anchor=NoteAnchor(start, end, exact, prefix, suffix, exact_hans, prefix_hans, suffix_hans),
        body=body,
        colour=colour,
        tags=normalise_tags(tags),
        section_path=tuple(_text(h, where) for h in section_path),
        created=_text(annotation.get("created", ""), where),
        modified=_text(annotation.get("modified", annotation.get("created", "")), where),
        orphaned=bool(annotation.get(NS + "orphaned", False)),
    )


def _bodies(bodies: Any, where: str) -> tuple[str, list[str]]:
    if isinstance(bodies, dict | str):
        bodies = [bodies]
    if not isinstance(bodies, list):
        raise AnnotationFormatError(f"{where}: body is not a list")
    texts: list[str] = []
    tags: list[str] = []
    for body in bodies:
        if isinstance(body, str):  # a bare IRI body: nothing we can show
            continue
        if not isinstance(body, dict):
            raise AnnotationFormatError(f"{where}: a body is not an object")
        if body.get("type") not in (None, "TextualBody"):
            continue
        value = _text(body.get("value", ""), where)
        if body.get("purpose") == "tagging":
            tags.append(value)
        else:
            texts.append(value)
    return "\n\n".join(texts), tags


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise AnnotationFormatError(f"{where}: expected text, found {type(value).__name__}")
    return value
