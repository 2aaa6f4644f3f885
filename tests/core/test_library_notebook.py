"""The notebook: notes across reports, filtered, exported grouped by report and section."""

from __future__ import annotations

import csv
import io
import json
import shutil
from html.parser import HTMLParser

import pytest
from library_fixtures import REAL

from gui.core.library import Library, NoteFilter, export_notebook, notebook, tags_in_use
from gui.core.library.notebook import notebook_bookmarks
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.bookmark_annotations import annotation_to_bookmark, is_bookmark
from gui.core.notes.bookmarks import new_bookmark, save_bookmarks
from gui.core.notes.webannotation import annotations_in
from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT


@pytest.fixture
def filled(tmp_path):
    """Two reports in a library, three notes on each, tags and colours varied."""
    folder = tmp_path / "reports"
    folder.mkdir()
    paths = [folder / DEFAULT_REPORT.name, folder / "wr-cn-2024.txt"]
    shutil.copy(DEFAULT_REPORT, paths[0])
    shutil.copy(REAL / "wr-cn-2024.txt", paths[1])
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
            "wr-cn-2024.txt"
        ] * 3
    else:
        for document in documents:
            assert text.count(f"{document.path.name}") >= 1
        assert text.index("蘭州高新區") < text.index("国务院")
        # Inside a report the notes sit under their sections, as in a one-report export.
        assert "2023年工作回顾" in text
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


def _bookmark(store, document, word: str, name: str):
    """A bookmark at ``word`` of ``document``, saved."""
    mark = new_bookmark(document, document.text.index(word), name)
    save_bookmarks(store, [mark])
    return mark


@pytest.fixture
def marked(filled, tmp_path):
    """``filled`` with bookmarks: two on the first report, one on the second, and one on a
    third report that has bookmarks and no note."""
    library, store, documents = filled
    third = tmp_path / "reports" / "gw-cn-badong-geohazard-reply-2004.html"
    shutil.copy(REAL / third.name, third)
    library.add([third])
    library.index(entities=False)
    documents = [*documents, read_document(third)]
    marks = [
        _bookmark(store, documents[0], "生物醫藥", "医药一节"),
        _bookmark(store, documents[0], "蘭州高新區", "开头"),
        _bookmark(store, documents[1], "脱贫攻坚", "脱贫"),
        _bookmark(store, documents[2], documents[2].text.strip()[:6], "辽宁批复"),
    ]
    return library, store, documents, marks


def _names_in_markdown(part: str) -> list[str]:
    """The bookmark names of one report's Markdown: bold lines after ``## Bookmarks``."""
    _, found, tail = part.partition("## Bookmarks\n")
    assert found
    return [line[2:-2] for line in tail.split("\n") if line.startswith("**")]


class _Bookmarks(HTMLParser):
    """The bookmark names of each ``<section class="report">`` of an HTML notebook."""

    def __init__(self):
        super().__init__()
        self.sections: list[list[str]] = []
        self._in_name = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and attrs.get("class") == "report":
            self.sections.append([])
        self._in_name = (
            tag == "p" and attrs.get("class") == "name" or (self._in_name and tag == "strong")
        )

    def handle_data(self, data):
        if self._in_name and data.strip():
            self.sections[-1].append(data)
            self._in_name = False


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_export_all_holds_the_bookmarks_of_each_report(marked, fmt):
    library, store, documents, marks = marked
    text = export_notebook(store, fmt, library=library)
    # Reports in the export's order (by path); the bookmarks of each in reading order.
    order = sorted(documents, key=lambda d: str(d.path))
    expected = [
        [m.name for m in sorted(marks, key=lambda m: m.start) if m.fingerprint == d.fingerprint]
        for d in order
    ]
    if fmt == "md":
        parts = text.split("\n---\n\n")
        assert len(parts) == 3
        assert [_names_in_markdown(p) for p in parts] == expected
        assert "about 人才" in text  # the notes are still there
    elif fmt == "html":
        parser = _Bookmarks()
        parser.feed(text)
        assert parser.sections == expected
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert sum(r["kind"] != "bookmark" for r in rows) == 6
        found = [
            (r["document"], r["name"], int(r["start"])) for r in rows if r["kind"] == "bookmark"
        ]
        assert found == [
            (d.path.name, m.name, m.start)
            for d in order
            for m in sorted(marks, key=lambda m: m.start)
            if m.fingerprint == d.fingerprint
        ]
        assert all(r["orphaned"] == "no" for r in rows)
    else:
        items = annotations_in(json.loads(text))
        assert json.loads(text)["total"] == len(items) == 6 + len(marks)
        back = [annotation_to_bookmark(a) for a in items if is_bookmark(a)]
        assert {(b.fingerprint, b.name, b.anchor.start, b.anchor.exact) for b in back} == {
            (m.fingerprint, m.name, m.anchor.start, m.anchor.exact) for m in marks
        }
        # Each report's annotations in one run: its notes, then its bookmarks.
        sources = [a["target"]["source"] for a in items]
        assert sources == sorted(sources, key=sources.index)
        kinds = [(a["target"]["source"], is_bookmark(a)) for a in items]
        assert kinds == sorted(kinds, key=lambda k: (sources.index(k[0]), k[1]))


def test_filters_apply_to_bookmarks_as_documented(marked, tmp_path):
    library, store, documents, marks = marked
    everything = notebook_bookmarks(store)
    assert sum(len(v) for v in everything.values()) == 4
    # No tag, no colour: a tag or colour filter leaves every bookmark out.
    assert notebook_bookmarks(store, NoteFilter(tags=("policy",))) == {}
    assert notebook_bookmarks(store, NoteFilter(colours=("yellow",))) == {}
    assert "## Bookmarks" not in export_notebook(store, "md", NoteFilter(tags=("policy",)), library)
    one = notebook_bookmarks(store, NoteFilter(reports=(documents[1].fingerprint,)))
    assert [m.name for m in one[documents[1].fingerprint]] == ["脱贫"]
    assert notebook_bookmarks(store, NoteFilter(since="2999")) == {}
    assert sum(len(v) for v in notebook_bookmarks(store, NoteFilter(since="2020")).values()) == 4
    named = notebook_bookmarks(store, NoteFilter(text="辽宁"))
    assert [m.name for v in named.values() for m in v] == ["辽宁批复"]
    quoted = notebook_bookmarks(store, NoteFilter(text="脱贫攻坚"))
    assert [m.name for v in quoted.values() for m in v] == ["脱贫"]
    # The report whose file is gone: its bookmarks still export, as not placed.
    library.remove([documents[0].path])
    documents[0].path.unlink()
    rows = list(csv.DictReader(io.StringIO(export_notebook(store, "csv", library=library))))
    gone = [r for r in rows if r["kind"] == "bookmark" and r["orphaned"] == "yes"]
    assert sorted(r["name"] for r in gone) == ["医药一节", "开头"]
