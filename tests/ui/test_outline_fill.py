"""A long outline (thousands of sections) is filled on the turn after the report opens, so
that expanding it does not add to the turn that puts the report's first screen in; the
section the reader is at is selected once it is there. A short one is filled at once."""

from __future__ import annotations

import sys

from tests.conftest import DEFAULT_REPORT, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402


def _heading(doc):
    return lambda i: doc.sections[i].heading or ""


def test_a_long_outline_is_filled_next_turn_and_selects_the_current_section(qtbot):
    from gui.core.reading import document_from_text, read_document
    from gui.models.outline_model import SECTION_ROLE
    from gui.ui.outline_dock import FILL_LATER_SECTIONS, OutlineDock

    doc = document_from_text(build_large_report(200_000, seed=3))
    assert len(doc.sections) > FILL_LATER_SECTIONS
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.show()
    dock.show_document(doc, _heading(doc))
    assert dock.model.rowCount() == 0  # not in this turn
    dock.set_current_section(900)  # the reader's position arrives meanwhile
    dock.model.set_counts("notes", {900: 2})  # and the notes' counts for it
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=5000)
    assert dock.tree.currentIndex().data(SECTION_ROLE) == 900
    deep = dock.model.index_for_section(900)
    assert deep.parent().isValid() and dock.tree.isExpanded(deep.parent())
    assert deep.siblingAtColumn(1).data() == "2 notes"

    # Replaced by a short report before its turn: the long one never shows.
    dock.show_document(doc, _heading(doc))
    short = read_document(DEFAULT_REPORT)
    dock.show_document(short, _heading(short))
    assert dock.model.rowCount() == 8  # at once
    qtbot.wait(50)
    assert dock.model.rowCount() == 8
