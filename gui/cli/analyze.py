"""``report-reader-cli analyze FILE [--script S] --json``."""

from __future__ import annotations

import json
import sys
from typing import Any

from gui.core.document import Document
from gui.core.script import Script


def add_parser(commands) -> None:
    p = commands.add_parser("analyze", help="print the cleaned text, outline, entities, footer")
    p.add_argument("file")
    p.add_argument(
        "--script",
        choices=[s.value for s in Script],
        default=None,
        help="also print the text converted to this script, with offset maps",
    )
    p.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    p.set_defaults(run=run)


def run(args) -> int:
    from gui.core import collector

    # Reading, outlining, recognising and writing a report allocate much and build no cycles
    # (see gui.core.collector): on a 10 MB report ~1,250 collections, ~0.6 s of CPU.
    with collector.paused():
        return _run(args)


def _run(args) -> int:
    from gui.cli.errors import CliError
    from gui.core.decoding import DocumentError
    from gui.core.reading import read_document

    try:
        document = read_document(args.file)
    except DocumentError as err:
        raise CliError(str(err)) from None
    if document.replaced:
        print(
            f"report-reader-cli: warning: {document.replaced} bytes of {document.path.name} "
            "could not be decoded; they are U+FFFD in the text and listed as damaged",
            file=sys.stderr,
        )
    # The entities stay (start, end, type) spans up to the writer: no dict nor Entity per
    # entity (115,000 of them in a 10 MB report).
    result = _analysis(document, args.script)
    # One write: json.dump writes each token on its own (2.3 million writes for the entities
    # of a 10 MB report).
    sys.stdout.write(dumps(result) + "\n")
    return 0


def analysis_json(document: Document, script: str | None = None) -> dict[str, Any]:
    """The ``analyze --json`` object; offsets are in the cleaned text."""
    result = _analysis(document, script)
    text = document.text
    result["entities"] = [
        {"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in result["entities"]
    ]
    return result


def _analysis(document: Document, script: str | None) -> dict[str, Any]:
    """:func:`analysis_json` with its entities as ``(start, end, type)`` spans."""
    result: dict[str, Any] = {
        "text": document.text,
        "title": document.title,
        "sections": [
            {
                "start": s.start,
                "end": s.end,
                "level": s.level,
                "heading": s.heading,
                "heading_start": s.heading_start,
                "heading_end": s.heading_end,
            }
            for s in document.sections
        ],
        "entities": _entities(document),
        "damaged": [{"start": d.start, "end": d.end} for d in document.damaged],
        "footer": (
            {"start": document.footer.start, "end": document.footer.end}
            if document.footer
            else None
        ),
    }
    result["furniture"] = [
        {"start": f.start, "end": f.end, "kind": f.kind} for f in document.furniture
    ]
    result["document"] = document_json(document)
    if script is not None:
        from gui.core.script import make_view

        view = make_view(document.text, script)
        result["view"] = {
            "script": view.script.value,
            "text": view.text,
            # Pieces (text length, view length) in order; equal lengths map char for char.
            "map": [list(p) for p in view.map.pieces()],
        }
    return result


def dumps(result: dict[str, Any]) -> str:
    """``json.dumps(result, ensure_ascii=False, indent=1)``, the same text, faster.

    With an indent, ``json`` encodes in Python, token by token: ~1.5 s for the 115,000
    entities of a 10 MB report. Each entity is a flat object of numbers and strings, written
    here with the C string encoder; everything else goes through ``json.dumps``. Entities may
    also be ``(start, end, type)`` spans of ``result["text"]``, written as their objects
    (``start``, ``end``, ``type``, ``text``) would be."""
    parts = []
    for key, value in result.items():
        if key == "entities" and value:
            text = result.get("text", "")
            body = "[\n" + ",\n".join(_entity_object(item, text) for item in value) + "\n ]"
        else:
            body = json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")
        parts.append(f" {_string(key)}: {body}")
    return "{\n" + ",\n".join(parts) + "\n}"


_string = json.encoder.encode_basestring  # type: ignore[attr-defined]  # ensure_ascii=False


_ENTITY = '  {\n   "start": %d,\n   "end": %d,\n   "type": %s,\n   "text": %s\n  }'


def _entity_object(item: tuple[int, int, str] | dict[str, Any], text: str) -> str:
    """One entity, as ``indent=1`` writes its object at depth 2 (a span's text is read from
    ``text``)."""
    if isinstance(item, dict):
        return _flat_object(item)
    s, e, t = item
    return _ENTITY % (s, e, _string(t), _string(text[s:e]))


def _flat_object(item: dict[str, Any]) -> str:
    """One object of a list at depth 2, as ``indent=1`` writes it."""
    fields = ",\n".join(
        f"   {_string(k)}: "
        + (str(v) if type(v) is int else _string(v) if type(v) is str else _nested(v))
        for k, v in item.items()
    )
    return "  {\n" + fields + "\n  }"


def _nested(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n   ")


def document_json(document: Document) -> dict[str, Any]:
    """The ``document`` block: genre, title and each header element found, with its offsets
    in the cleaned text (``{"text", "start", "end"}``)."""
    header = document.header
    fields = header.fields if header is not None else {}
    return {
        "genre": header.genre if header is not None else None,
        "title": document.title,
        **{
            name: {"text": f.text, "start": f.start, "end": f.end}
            for name, f in sorted(fields.items())
        },
    }


def _entities(document: Document) -> list:
    from gui.cli.errors import CliError
    from gui.core.entities import CorrectionsError, load_user_corrections, recognise_spans

    try:
        corrections = load_user_corrections()
    except CorrectionsError as err:
        raise CliError(str(err)) from None
    return recognise_spans(document.text, corrections.for_report(document.fingerprint))
