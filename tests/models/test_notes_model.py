"""The notes dock's model passes Qt's model tester, groups by section in reading order, puts
orphans last and filters by text, tag and colour."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from gui.core.notes import new_passage_note, new_section_note
from gui.core.reading import read_document
from gui.models.notes_model import (
    COLOUR_ROLE,
    GROUP_ROLE,
    NOTE_ROLE,
    ORPHANS,
    SPAN_ROLE,
    NotesModel,
)
from tests.conftest import DEFAULT_REPORT


def _notes(doc):
    def at(text: str, **kw):
        start = doc.text.index(text)
        return new_passage_note(doc, start, start + len(text), **kw)

    return [
        at("提高國際化發展水平", colour="green", body="國際化", tags=("外贸",)),
        at("集聚中牧股份", colour="blue", tags=("企业", "医药")),
        new_section_note(doc, doc.sections[2], body="首位產業", colour="pink"),
        replace(at("奇正藏藥", colour="yellow", body="找不到了"), orphaned=True),
    ]


def test_modeltester_grouping_and_roles(qtbot, qtmodeltester):  # refresh() needs a loop
    doc = read_document(DEFAULT_REPORT)
    model = NotesModel()
    qtmodeltester.check(model)  # empty
    notes = _notes(doc)
    model.set_notes(doc, notes, lambda i: doc.sections[i].heading or "", lambda n: n.anchor.exact)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(GROUP_ROLE) for r in range(model.rowCount())] == [
        2,
        6,
        ORPHANS,
    ]
    section2 = model.index(0, 0)
    assert model.rowCount(section2) == 2
    first = model.index(0, 0, section2)
    assert first.data(NOTE_ROLE).kind == "section"  # before passages at the same place
    assert first.data().startswith("Section: ")
    passage = model.index(1, 0, section2)
    assert passage.data(SPAN_ROLE) == (passage.data(NOTE_ROLE).start, passage.data(NOTE_ROLE).end)
    assert passage.data(COLOUR_ROLE) == "blue"
    assert "#企业 #医药" in passage.data()
    assert isinstance(passage.data(Qt.ItemDataRole.DecorationRole), QColor)
    orphans = model.index(2, 0)
    assert orphans.data().startswith("Orphans")
    assert model.index(0, 0, orphans).data(SPAN_ROLE) is None
    assert model.parent(model.index(0, 0, orphans)) == orphans
    assert model.parent(orphans) == QModelIndex()
    model.set_filter("國際", (), ())
    qtmodeltester.check(model)
    assert [n.body for n in model.visible_notes()] == ["國際化"]
    model.set_filter("", ("企业",), ())
    assert [n.colour for n in model.visible_notes()] == ["blue"]
    model.set_filter("", (), ("pink", "yellow"))
    qtmodeltester.check(model)
    assert [n.body for n in model.visible_notes()] == ["首位產業", "找不到了"]
    model.set_filter("沒有這個", (), ())
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    model.set_filter()
    model.refresh()
    assert model.all_tags() == ["企业", "医药", "外贸"]
    assert model.index_for_note(notes[1].id).data(NOTE_ROLE) == notes[1]
    model.set_notes(None, [])
    qtmodeltester.check(model)


def test_modeltester_on_the_window_dock(make_window, qtmodeltester):
    window = make_window()
    doc = window.reader.document_model
    for note in _notes(doc):
        if not note.orphaned:
            window.notes.controller.add(note)
    qtmodeltester.check(window.notes.dock.model)
    assert len(window.notes.dock.model.visible_notes()) == 3


def test_refresh_repaints_every_row_in_slices_one_group_row_at_a_time(qtbot, qtmodeltester):
    """A tree view measures every changed row again (and so converts its quote): a refresh
    after a script switch goes out NOTIFY_ROWS rows per event-loop turn, from the next turn
    on, and a group's own
    row alone, never as a range that would span the notes between groups."""
    from gui.models import notes_model

    doc = read_document(DEFAULT_REPORT)
    base = _notes(doc)[1]
    notes = [replace(base, id=f"n{i}") for i in range(3 * notes_model.NOTIFY_ROWS)]
    notes += _notes(doc)
    model = NotesModel()
    model.set_notes(doc, notes, lambda i: doc.sections[i].heading or "", lambda n: "old")
    qtmodeltester.check(model)
    seen: list[tuple] = []
    model.dataChanged.connect(
        lambda a, b, roles: seen.append((a.parent().isValid(), a.row(), b.row()))
    )
    model.set_notes(doc, notes, quote=lambda n: "new")  # resets: nothing queued
    seen.clear()
    model.refresh()
    assert seen == []  # nothing in the caller's turn (a script switch's own)
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass  # the next turn: its first slice
    first_turn = sum(b - a + 1 for _, a, b in seen)
    assert 0 < first_turn <= notes_model.NOTIFY_ROWS
    rows = model.rowCount() + sum(
        model.rowCount(model.index(r, 0)) for r in range(model.rowCount())
    )
    qtbot.waitUntil(lambda: sum(b - a + 1 for _, a, b in seen) == rows, timeout=2000)
    assert all(child or a == b for child, a, b in seen)  # group rows one by one
    assert "new" in model.index(0, 0, model.index(0, 0)).data()
    model.refresh()
    model.set_notes(doc, notes)  # a reset while slices are queued drops them
    seen.clear()
    qtbot.wait(20)
    assert seen == []
