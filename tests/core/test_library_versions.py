"""Versions: the notes of a report follow it to a revised copy through the library."""

from __future__ import annotations

import shutil

import pytest

from gui.core.library import (
    Library,
    LibraryError,
    adopt_notes,
    earlier_versions,
    later_versions,
    link_versions,
    offer_notes,
)
from gui.core.notes import NoteStore, load_document_notes, new_passage_note
from gui.core.reading import read_document
from tests.conftest import DATA, DEFAULT_REPORT
from tests.core.library_fixtures import copy_default_report

QUOTES = ("高質量發展的政策體系", "創新驅動發展戰略", "生物醫藥首位產業")


def revise(text: str) -> str:
    """A revised copy: a paragraph added at the top, a word changed, one paragraph cut."""
    lines = text.split("\n")
    cut = next(i for i, line in enumerate(lines) if line.startswith("大力培育和發展科技企業"))
    removed = lines.pop(cut)
    assert not any(q in removed for q in QUOTES)
    return "編者按：本文為修訂稿。\n\n" + "\n".join(lines).replace("全方位", "全方面", 1)


def add_quoted_notes(store: NoteStore, document, cut: bool = True) -> None:
    """A note on each of ``QUOTES`` (its body the quote) and, with ``cut``, one on the
    paragraph :func:`revise` cuts."""
    for quote in QUOTES:
        start = document.text.index(quote)
        store.add(new_passage_note(document, start, start + len(quote), body=quote))
    if cut:
        cut_line = next(
            line for line in document.text.split("\n") if line.startswith("大力培育和發展科技企業")
        )
        start = document.text.index(cut_line) + 2
        store.add(new_passage_note(document, start, start + 12, body="on the cut paragraph"))


@pytest.fixture
def setting(tmp_path):
    folder = tmp_path / "reports"
    original = copy_default_report(folder)
    library = Library(tmp_path / "library.sqlite3")
    store = NoteStore(tmp_path / "notes.sqlite3")
    library.add([original])
    library.index()
    document = read_document(original)
    add_quoted_notes(store, document)
    yield folder, library, store, document
    library.close()
    store.close()


def test_an_edited_copy_elsewhere_is_linked_and_offered_the_notes(setting):
    folder, library, store, document = setting
    copy = folder / "revised" / "lanzhou-2021-rev.txt"
    copy.parent.mkdir()
    copy.write_text(revise(document.text), encoding="utf-8")
    library.add([copy])
    library.index()
    revised = read_document(copy)
    assert earlier_versions(library, revised.fingerprint) == [(document.fingerprint, "similar")]
    assert later_versions(library, document.fingerprint) == [revised.fingerprint]

    offered = offer_notes(library, store, revised)
    assert sorted(revised.text[r.note.start : r.note.end] for r in offered.placed) == sorted(QUOTES)
    assert [n.body for n in offered.unplaced] == ["on the cut paragraph"]
    assert adopt_notes(store, offered) == 3
    loaded = load_document_notes(store, revised)
    assert sorted(r.note.body for r in loaded) == sorted(QUOTES)
    assert all(revised.text[r.note.start : r.note.end] == r.note.body for r in loaded)
    # The originals stay on their report; nothing is offered twice.
    assert store.count(document.fingerprint) == 4
    again = offer_notes(library, store, revised)
    assert again.placed == () and [n.body for n in again.unplaced] == ["on the cut paragraph"]


def test_a_file_edited_in_place_links_to_its_earlier_text(setting):
    folder, library, store, document = setting
    path = folder / DEFAULT_REPORT.name
    path.write_text(revise(document.text), encoding="utf-8")
    library.refresh()
    library.index()
    revised = read_document(path)
    assert earlier_versions(library, revised.fingerprint) == [(document.fingerprint, "same-path")]
    assert len(offer_notes(library, store, revised).placed) == 3


def test_a_different_report_is_not_a_version_but_the_user_may_link_one(setting):
    folder, library, store, document = setting
    other = folder / "other.txt"
    shutil.copy(DATA / "real" / "press-tw-228-memorial-2024.txt", other)
    library.add([other])
    library.index()
    other_doc = read_document(other)
    assert earlier_versions(library, other_doc.fingerprint) == []
    link_versions(library, str(other), str(folder / DEFAULT_REPORT.name))
    assert earlier_versions(library, other_doc.fingerprint) == [(document.fingerprint, "user")]
    offered = offer_notes(library, store, other_doc)
    # Only a quote the other report happens to hold can be placed; the rest are listed.
    assert len(offered.placed) + len(offered.unplaced) == 4 and len(offered.unplaced) >= 3
    for result in offered.placed:
        assert other_doc.text[result.note.start : result.note.end]
    with pytest.raises(LibraryError, match="same text"):
        link_versions(library, str(other), str(other))
    with pytest.raises(LibraryError, match="not an indexed report"):
        link_versions(library, str(folder / "nope.txt"), str(other))
