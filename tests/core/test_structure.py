"""The reader's static spans of a document, prepared on the loading thread: the same spans and
lines as computed on the spot, handed over once, and only for the document they were for."""

from __future__ import annotations

import threading

from gui.core import structure
from gui.core.reading import document_from_text, read_document
from gui.core.script_views import DocumentViews
from tests.conftest import DEFAULT_REPORT


def _lines_by_walk(views, spans) -> set[int]:
    return {i for layer in spans.values() for s, e in layer for i in views.lines_between(s, e)}


def test_the_default_reports_spans_and_lines():
    doc = read_document(DEFAULT_REPORT)
    views = DocumentViews(doc.text)
    spans, lines = structure.structure_for(doc, views)
    title = doc.title_span
    assert spans["title"] == ([(title.start, title.end)] if title else [])
    assert spans["footer"] == [(doc.footer.start, doc.footer.end)]
    headings = sorted(spans["headings"] + spans["lead-headings"])
    assert headings == sorted(
        (s.heading_start, s.heading_end) for s in doc.sections if s.heading_start is not None
    )
    assert lines == _lines_by_walk(views, spans) and views.line_at(doc.footer.start) in lines


def test_prepared_on_another_thread_taken_once_for_its_document_only():
    doc = document_from_text("标题\n一、第一部分\n正文。\n（一）小节\n正文。\n二、第二部分\n正文。")
    views = DocumentViews(doc.text)
    worker = threading.Thread(target=structure.prepare, args=(doc, views))
    worker.start()
    worker.join()
    expected = structure.structure_for(doc, DocumentViews(doc.text))  # computed on the spot
    prepared = structure._prepared[views][1]  # noqa: SLF001 - the thread's result
    assert structure.structure_for(doc, views) is prepared and prepared == expected
    assert views not in structure._prepared  # noqa: SLF001 - handed over once
    # Prepared for another document with these views: not taken, computed afresh.
    other = document_from_text(doc.text)
    structure.prepare(other, views)
    assert structure.structure_for(doc, views) == expected
    spans = structure.structure_for(doc, views)[0]
    assert len(spans["headings"]) == len(doc.sections) == 3
