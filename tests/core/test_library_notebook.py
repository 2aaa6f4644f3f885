"""The notebook: notes across reports, filtered, exported grouped by report and section."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from library_fixtures import REAL

from gui.core.library import Library, NoteFilter, export_notebook, notebook, tags_in_use
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.webannotation import annotations_in
from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT


@pytest.fixture
def filled(tmp_path):
    """Two reports in a library, three notes on each, tags and colours varied."""
    folder = tmp_path / "reports"
    folder.mkdir()
    paths = [folder / DEFAULT_REPORT.name, folder / "wr-cn-2022.txt"]
    shutil.copy(DEFAULT_REPORT, paths[0])
    shutil.copy(REAL / "wr-cn-2022.txt", paths[1])
    library = Library(tmp_path / "library.sqlite3")
    library.add(paths)
    library.index(entities=False)
    store = NoteStore(tmp_path / "notes.sqlite3")
    documents = [read_document(p) for p in paths]
    quotes = [("蘭州高新區", "生物醫藥", "人才"), ("国务院", "脱贫攻坚", "就业")]
    for document, words in zip(documents, quotes, strict=True):
        for i, word in enumerate(words):
            start = document.text.index(word)
            note = new_passage_note(
                document,
                start,
                start + len(word),
                body=f"about {word}",
                colour=("yellow", "green", "blue")[i],
                tags=("policy",) if i < 2 else ("people",),
            )
            store.add(note)
    yield library, store, documents
    library.close()
    store.close()


def test_filters_by_tag_colour_report_date_and_text(filled):
    _, store, documents = filled
    assert sum(len(v) for v in notebook(store).values()) == 6
    assert sum(len(v) for v in notebook(store, NoteFilter(tags=("people",))).values()) == 2
    greens = notebook(store, NoteFilter(colours=("green",)))
    assert {n.anchor.exact for v in greens.values() for n in v} == {"生物醫藥", "脱贫攻坚"}
    one = notebook(store, NoteFilter(reports=(documents[1].fingerprint,)))
    assert list(one) == [documents[1].fingerprint] and len(one[documents[1].fingerprint]) == 3
    assert notebook(store, NoteFilter(since="2999")) == {}
    assert notebook(store, NoteFilter(until="2000")) == {}
    assert sum(len(v) for v in notebook(store, NoteFilter(since="2020")).values()) == 6
    assert sum(len(v) for v in notebook(store, NoteFilter(text="国务院")).values()) == 1
    assert tags_in_use(store) == [("policy", 4), ("people", 2)]


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_export_all_groups_by_report(filled, fmt):
    library, store, documents = filled
    text = export_notebook(store, fmt, library=library)
    if fmt == "json":
        items = annotations_in(json.loads(text))
        assert len(items) == 6
        sources = [item["target"]["source"] for item in items]
        assert sources == sorted(sources, key=sources.index)  # grouped: each report in one run
        assert len(set(sources)) == 2
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) == 7 and rows[0][0] == "note_id"
        document = rows[0].index("document")  # by name: columns are added at the end
        assert [r[document] for r in rows[1:]] == ["lanzhou-hi-tech-zone-2021.txt"] * 3 + [
            "wr-cn-2022.txt"
        ] * 3
    else:
        for document in documents:
            assert text.count(f"{document.path.name}") >= 1
        assert text.index("蘭州高新區") < text.index("国务院")
        # Inside a report the notes sit under their sections, as in a one-report export.
        assert "2021年工作回顾" in text
        if fmt == "html":
            assert text.count("<html") == 1 and text.count("</body>") == 1


def test_selection_export_and_a_report_whose_file_is_gone(filled, tmp_path):
    library, store, documents = filled
    selected = export_notebook(store, "md", NoteFilter(tags=("people",)), library)
    assert "about 人才" in selected and "about 国务院" not in selected
    # The file is gone and the library forgot it: the notes still export, as not placed.
    library.remove([documents[0].path])
    documents[0].path.unlink()
    text = export_notebook(store, "md", library=library)
    assert text.count("> 蘭州高新區") == 1 and "Orphaned notes" in text
    csv_text = export_notebook(store, "csv", library=library)
    assert csv_text.count("\r\n") == 7
    assert (
        export_notebook(NoteStore(tmp_path / "empty.sqlite3"), "md") == "# Notebook\n\nNo notes.\n"
    )
    with pytest.raises(KeyError):
        export_notebook(store, "docx")
