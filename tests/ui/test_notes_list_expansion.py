"""A long notes list opens its groups in turns after a reset (gui.ui.notes.dock): expanded
all at once, 1,000 notes in ~900 sections were 25-35 ms of the tree's layout in the turn of
the reset, the longest of a 1 M-character report's start-up turns with the reset itself."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO
from tests.ui.event_passes import passes as loop_passes

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import add_notes, build_large_report  # noqa: E402

NOTES = 300


@pytest.mark.slow
def test_a_long_notes_list_opens_its_groups_in_turns(
    make_window, qtbot, tmp_path, isolated_data_dir, monkeypatch, screenshot
):
    from gui.ui.notes import dock as dock_module

    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(200_000, seed=5), encoding="utf-8")
    assert add_notes(path, isolated_data_dir, NOTES) == NOTES
    window = make_window(path)
    dock = window.notes.dock
    model, tree = dock.model, dock.tree
    qtbot.waitUntil(lambda: len(model.visible_notes()) == NOTES, timeout=60_000)
    qtbot.waitUntil(lambda: not dock.expanding, timeout=30_000)
    groups = model.rowCount()
    assert groups > dock_module.EXPAND_AT_ONCE  # a long list

    def expanded() -> int:
        return sum(tree.isExpanded(model.index(row, 0)) for row in range(groups))

    assert expanded() == groups  # every group open, once its turns are done
    count, done = loop_passes()
    slices: list[int] = []
    expand_slice = dock_module.NotesDock._expand_slice

    def stamped(self):
        slices.append(count[0])
        expand_slice(self)

    monkeypatch.setattr(dock_module.NotesDock, "_expand_slice", stamped)
    # A reset (as a filter or the next report makes): the groups are not opened in its turn.
    model.set_notes(window.session.current.document, model.notes())
    assert expanded() < groups and dock.expanding
    qtbot.waitUntil(lambda: not dock.expanding, timeout=30_000)
    done()
    assert expanded() == groups
    screenshot(dock, "notes-long-list-opened-in-turns")  # as the list opened at once looked
    assert len(slices) > 1 and all(b - a >= 2 for a, b in zip(slices, slices[1:], strict=False))
    # A short list opens at once, in the reset's turn.
    few = [note for note in model.notes() if note.start < 20_000]
    model.set_notes(window.session.current.document, few)
    assert 0 < model.rowCount() <= dock_module.EXPAND_AT_ONCE and not dock.expanding
    assert all(tree.isExpanded(model.index(row, 0)) for row in range(model.rowCount()))
