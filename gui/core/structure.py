"""The reader's static layers of a document (title, headings, footer, page furniture, damaged
text) as text spans, and the lines they touch.

Computed for every section of a long report (7,364 for the 1 M-character benchmark report,
~0.15 s on a loaded machine) in the turn that puts the report in the reader; so the
background load prepares them beside the document (:func:`prepare`), and the reader takes
them from there (:func:`structure_for`), computing them itself only for a document read
elsewhere."""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.core.document import Document
    from gui.core.script_views import DocumentViews

#: Spans by layer name, and the lines any of them touches.
Structure = tuple[dict[str, list[tuple[int, int]]], set[int]]

_prepared: weakref.WeakKeyDictionary[DocumentViews, tuple[Document, Structure]] = (
    weakref.WeakKeyDictionary()
)
_lock = threading.Lock()  # prepared on the loading thread, taken on the UI thread


def structure_spans(doc: Document, views: DocumentViews) -> dict[str, list[tuple[int, int]]]:
    """The spans of the reader's static layers of ``doc``, by layer: the title, headings
    alone on their line, lead sentences that head their paragraph, the footer, page
    furniture and damaged text."""
    standalone: list[tuple[int, int]] = []
    lead: list[tuple[int, int]] = []
    for s in doc.sections:
        if s.heading_start is None or s.heading_end is None:
            continue
        start, end = views.line_range(views.line_at(s.heading_start))
        whole = doc.text[s.heading_end : end].strip() == "" and s.heading_start == start
        (standalone if whole else lead).append((s.heading_start, s.heading_end))
    title, footer = doc.title_span, doc.footer
    return {
        "title": [(title.start, title.end)] if title else [],
        "headings": standalone,
        "lead-headings": lead,
        "footer": [(footer.start, footer.end)] if footer else [],
        "furniture": [(f.start, f.end) for f in doc.furniture],
        "damaged": [(d.start, d.end) for d in doc.damaged],
    }


def span_lines(views: DocumentViews, spans: dict[str, list[tuple[int, int]]]) -> set[int]:
    """The lines that any of ``spans`` touches."""
    lines: set[int] = set()
    for layer in spans.values():
        for s, e in layer:
            lines.update(views.lines_between(s, e))
    return lines


def prepare(doc: Document, views: DocumentViews) -> None:
    """Compute ``doc``'s structure now (on the thread that read it) for :func:`structure_for`."""
    spans = structure_spans(doc, views)
    structure = (spans, span_lines(views, spans))
    with _lock:
        _prepared[views] = (doc, structure)


def structure_for(doc: Document, views: DocumentViews) -> Structure:
    """``doc``'s structure: the one prepared for these views and this document, else now."""
    with _lock:
        ready = _prepared.pop(views, None)
    if ready is not None and ready[0] is doc:
        return ready[1]
    spans = structure_spans(doc, views)
    return spans, span_lines(views, spans)
