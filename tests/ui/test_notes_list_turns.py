"""A long report's notes list (hundreds of sections with notes) is expanded a few groups per
event-loop turn after its reset, not in the reset's turn (where Qt's ``expandAll`` asked the
model about every row: ~35 ms for 1,000 notes quiet, on top of the reset); a short one at
once."""

from __future__ import annotations

import random
import sys

from tests.conftest import DEFAULT_REPORT, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402


def _notes(doc, count: int):
    from gui.core.notes import new_passage_note

    rng = random.Random(11)
    starts = sorted(rng.sample(range(len(doc.text) - 20), count))
    return [new_passage_note(doc, start, start + 4) for start in starts]


def _heading(doc):
    return lambda i: doc.sections[i].heading or ""


def _expanded(dock) -> int:
    """How many groups with notes are expanded; -1 while some are not."""
    model = dock.model
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    groups = [i for i in rows if model.hasChildren(i)]
    done = sum(dock.tree.isExpanded(i) for i in groups)
    return done if done == len(groups) else -1


def test_a_long_notes_list_is_expanded_after_its_reset_in_turns(qtbot):
    from gui.core.reading import document_from_text
    from gui.ui.notes.dock import EXPAND_AT_ONCE_GROUPS, NotesDock

    doc = document_from_text(build_large_report(400_000, seed=9))
    notes = _notes(doc, 1000)
    dock = NotesDock()
    qtbot.addWidget(dock)
    dock.resize(300, 600)
    dock.show()
    dock.model.set_notes(doc, notes, _heading(doc), lambda note: note.anchor.exact)
    assert dock.model.rowCount() > 2 * EXPAND_AT_ONCE_GROUPS
    assert _expanded(dock) == -1 and dock.expanding  # nothing more in the reset's turn
    first = dock.tree.indexAt(dock.tree.viewport().rect().topLeft())
    qtbot.waitUntil(lambda: _expanded(dock) == dock.model.rowCount(), timeout=20000)
    assert not dock.expanding
    # From the top: the first group on screen was opened in place.
    assert first.isValid() and dock.tree.isExpanded(first)


def test_a_short_notes_list_is_expanded_at_once(qtbot):
    from gui.core.reading import read_document
    from gui.ui.notes.dock import NotesDock

    doc = read_document(DEFAULT_REPORT)
    dock = NotesDock()
    qtbot.addWidget(dock)
    dock.show()
    dock.model.set_notes(doc, _notes(doc, 30), _heading(doc), lambda n: n.anchor.exact)
    assert _expanded(dock) > 0 and not dock.expanding
