"""The outline repaints only what changed (#11).

After a script switch the outline model announces every heading, a dozen parents per
event-loop turn (``NOTIFY_PARENTS``). The dock repainted its whole tree on each of those
announcements (it listened to every ``dataChanged`` to show the hidden counts column): on a
1,000,000-character report that was ~140 full repaints of the outline per switch, a Python
delegate per visible row each time, and the switch's background pass took twice as long as
before the counts delegate came in. Repaints are counted here (paint events of the tree's
viewport), which does not depend on how loaded the machine is."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, QObject

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402


class _Paints(QObject):
    """Counts paint events of one widget."""

    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def outline(qtbot, tmp_path):
    """An outline dock on a generated report of ~900 sections, short enough to scroll."""
    from gui.core.reading import read_document
    from gui.ui.outline_dock import OutlineDock

    path = tmp_path / "report.txt"
    path.write_text(build_large_report(120_000), encoding="utf-8")
    doc = read_document(path)
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.resize(320, 400)
    dock.model.set_document(doc, lambda i: doc.sections[i].heading)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(20)
    return dock


def _settle(qtbot, dock) -> None:
    """Until the model has announced everything it queued (a turn per dozen parents)."""
    qtbot.waitUntil(lambda: not dock.model._notify_timer.isActive(), timeout=10_000)
    qtbot.wait(20)  # the repaints those announcements asked for


def test_a_script_switch_does_not_repaint_the_outline_per_announcement(outline, qtbot):
    model = outline.model
    announced: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: announced.append(top.column()))
    paints = _Paints(outline.tree.viewport())
    model.refresh_headings(lambda i: "【" + model._doc.sections[i].heading)  # noqa: SLF001
    _settle(qtbot, outline)
    # The switch really was announced over many turns (each one a whole-tree repaint before
    # the fix), and the rows on screen were repainted with their new headings...
    assert announced.count(0) >= 10 * 12, len(announced)
    top = model.index(0, 0)
    assert top.data().startswith("【")
    assert paints.count >= 1
    # ... but the tree was not repainted once per announcement.
    assert paints.count <= 3, paints.count


def test_counts_repaint_their_rows_only_when_on_screen(outline, qtbot):
    model = outline.model
    tree = outline.tree
    paints = _Paints(tree.viewport())
    # The last section: far below the viewport of a 400 px dock.
    last = len(model._doc.sections) - 1  # noqa: SLF001
    assert not tree.viewport().rect().intersects(tree.visualRect(model.index_for_section(last)))
    model.set_counts("notes", {last: 3})
    _settle(qtbot, outline)
    assert paints.count == 0
    model.set_counts("notes", {last: 3, 0: 2})  # the first row, on screen
    _settle(qtbot, outline)
    assert paints.count >= 1
    assert "2 notes" in model.index(0, 1).data()
