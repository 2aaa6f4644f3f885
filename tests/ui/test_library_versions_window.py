"""Versions in the window: the notes of the default report follow it to an edited copy
through the library (offered when the copy opens, placed on the quoted passages), the note the
copy cannot place is named and stays with the original, and the original says that a newer
version exists. Real files, a real library and a real notes store."""

from __future__ import annotations

from gui.core.library import Library
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.store import default_store_path
from gui.core.reading import read_document
from tests.core.library_fixtures import copy_default_report
from tests.core.test_library_versions import QUOTES, revise


def test_notes_follow_a_report_to_its_edited_copy_in_the_window(make_window, qtbot, tmp_path):
    folder = tmp_path / "reports"
    original = copy_default_report(folder)
    document = read_document(original)
    with NoteStore(default_store_path()) as store:
        for quote in QUOTES:
            start = document.text.index(quote)
            store.add(new_passage_note(document, start, start + len(quote), body=quote))
        cut = next(
            line for line in document.text.split("\n") if line.startswith("大力培育和發展科技企業")
        )
        start = document.text.index(cut) + 2
        store.add(new_passage_note(document, start, start + 12, body="on the cut paragraph"))
    # An edited copy (a paragraph added at the top, a word changed, a paragraph cut), added
    # to the library with the original as the dock adds them.
    copy = folder / "revised" / "lanzhou-2021-rev.txt"
    copy.parent.mkdir()
    copy.write_text(revise(document.text), encoding="utf-8")
    window = make_window(None)
    feature = window.library
    feature.add([str(original)])
    qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    feature.add([str(copy)])
    qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    with Library(feature.path) as library:
        assert library.report(copy).state == "ok"

    notifier = window.notifier
    notifier.answer = True
    with qtbot.waitSignal(window.signals.notes_stored, timeout=30_000):
        window.session.open(str(copy))
    title, question = notifier.messages[-1]
    assert title == "Notes from an Earlier Version"
    assert question.startswith("Notes of an earlier version that can be placed in this report: 3.")
    cut_quote = document.text[start : start + 12]
    assert (
        "cannot be placed (they stay with the earlier version): 1" in question
        and cut_quote[:10] in question
    )
    revised = window.session.current.document
    notes = window.notes.controller.notes()
    assert sorted(revised.text[n.start : n.end] for n in notes) == sorted(QUOTES)
    assert sorted(n.body for n in notes) == sorted(QUOTES)
    assert window.notes.dock.isVisible() or len(notes) == 3
    # Opening the copy again offers nothing: the notes are there.
    asked = len(notifier.messages)
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(str(copy))
    qtbot.waitUntil(lambda: feature.last_offer is not None and not feature.last_offer.placed)
    assert len(notifier.messages) == asked
    # The original keeps its four notes and says that a newer version exists.
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(str(original))
    qtbot.waitUntil(lambda: "newer version" in window.statusBar().currentMessage())
    assert copy.name in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(window.notes.controller.notes()) == 4)


def test_a_no_keeps_the_notes_where_they_are(make_window, qtbot, tmp_path):
    folder = tmp_path / "reports"
    original = copy_default_report(folder)
    document = read_document(original)
    with NoteStore(default_store_path()) as store:
        start = document.text.index(QUOTES[0])
        store.add(new_passage_note(document, start, start + len(QUOTES[0]), body="one"))
    copy = folder / "rev.txt"
    copy.write_text(revise(document.text), encoding="utf-8")
    window = make_window(None)
    feature = window.library
    for path in (original, copy):  # the copy is the newer: indexed after the original
        feature.add([str(path)])
        qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    window.notifier.answer = False
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(str(copy))
    qtbot.waitUntil(lambda: feature.last_offer is not None, timeout=30_000)
    assert len(feature.last_offer.placed) == 1
    qtbot.wait(100)
    assert window.notes.controller.notes() == []
    with NoteStore(default_store_path()) as store:
        assert store.count(document.fingerprint) == 1
