"""Bookmarks in the Markdown, HTML and CSV exports for tools (#16): each format is parsed back
and every bookmark found with its name, quote, place and id; the notes' part of each format
is as it was without bookmarks."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest

from gui.core.notes import export_notes
from gui.core.script import convert_fragment
from tests.core.test_notes_export import sample_bookmarks, sample_notes

#: The CSV columns before bookmarks, which must not move.
NOTE_COLUMNS = [
    "note_id", "kind", "section", "paragraph", "start", "end", "quote", "note", "tags",
    "colour", "created", "modified", "orphaned", "document",
]  # fmt: skip
REFERENCE = re.compile(
    r"^(?:(?P<path>.+) · paragraph (?P<paragraph>\d+)|not placed) · "
    r"characters (?P<start>\d+)–(?P<end>\d+) · bookmark (?P<id>[0-9a-f-]{36})$"
)


def _paragraph(text: str, position: int) -> int:
    """1-based number of the non-empty line holding ``position`` (the exports' count)."""
    before = text[:position].split("\n")
    return sum(1 for line in before[:-1] if line.strip()) + 1


def _expected(document, script: str = "original") -> list[dict]:
    """What every format must say about the sample bookmarks, worked out from the text."""
    text = document.text
    rows = []
    for mark in sorted(sample_bookmarks(document), key=lambda m: (m.orphaned, m.start)):
        a = mark.anchor
        quote = a.exact if mark.orphaned else text[a.start : a.end]
        if script != "original":
            quote = convert_fragment(quote, script)
        section = document.section_path(a.start)[-1].heading if not mark.orphaned else None
        if section and script != "original":
            section = convert_fragment(section, script)
        rows.append(
            {
                "id": mark.id,
                "name": mark.name,
                "quote": quote,
                "start": a.start,
                "end": a.end,
                "paragraph": None if mark.orphaned else _paragraph(text, a.start),
                "section": section,
            }
        )
    return rows


def _parse_reference(line: str) -> dict:
    found = REFERENCE.match(line)
    assert found, line
    paragraph = found["paragraph"]
    return {
        "id": found["id"],
        "start": int(found["start"]),
        "end": int(found["end"]),
        "paragraph": int(paragraph) if paragraph else None,
        "section": found["path"],
    }


# -- Markdown ------------------------------------------------------------------------------


def _markdown_bookmarks(out: str) -> list[dict]:
    """Read the ``## Bookmarks`` part back: bold name, block quote, optional orphan line,
    reference."""
    part = out[out.index("\n## Bookmarks\n") + len("\n## Bookmarks\n") :]
    found = []
    for block in re.split(r"\n(?=\*\*)", part.strip("\n")):
        lines = [line for line in block.split("\n") if line]
        assert lines[0].startswith("**") and lines[0].endswith("**"), block
        quote = "\n".join(line.removeprefix("> ") for line in lines if line.startswith(">"))
        reference = next(line for line in lines if line.startswith("- Reference: "))
        entry = _parse_reference(reference.removeprefix("- Reference: "))
        entry.update(name=lines[0][2:-2], quote=quote)
        entry["orphan_line"] = any(line.startswith("- Orphaned:") for line in lines)
        found.append(entry)
    return found


@pytest.mark.parametrize("script", ["original", "hans", "tw"])
def test_markdown_lists_every_bookmark_after_the_notes(document, script):
    notes, marks = sample_notes(document), sample_bookmarks(document)
    out = export_notes(document, notes, "md", script, marks)
    assert "- Notes: 7\n- Bookmarks: 3\n" in out
    # The part comes after the last note (the orphaned notes' group).
    assert out.index("## Bookmarks") > out.index("## Orphaned notes")
    parsed = _markdown_bookmarks(out)
    expected = _expected(document, script)
    assert [p["id"] for p in parsed] == [e["id"] for e in expected]
    for got, want in zip(parsed, expected, strict=True):
        assert (got["name"], got["quote"]) == (want["name"], want["quote"])
        assert (got["start"], got["end"], got["paragraph"]) == (
            want["start"],
            want["end"],
            want["paragraph"],
        )
        assert got["section"] == want["section"]
        assert got["orphan_line"] == (want["paragraph"] is None)


def test_without_bookmarks_markdown_and_html_are_as_they_were(document):
    notes, marks = sample_notes(document), sample_bookmarks(document)
    for fmt in ("md", "html"):
        plain = export_notes(document, notes, fmt)
        assert "Bookmarks" not in plain and "bookmark" not in plain
        marked = export_notes(document, notes, fmt, "original", marks)
        # The bookmarks add the count line and their part; the rest is unchanged.
        head, _, _ = marked.partition('<h2 id="bookmarks">' if fmt == "html" else "## Bookmarks")
        count = "<li>Bookmarks: 3</li>\n" if fmt == "html" else "- Bookmarks: 3\n"
        assert plain.startswith(head.replace(count, "", 1).rstrip("\n"))


# -- HTML ----------------------------------------------------------------------------------


class _BookmarkParser(HTMLParser):
    """Collects each ``div.bookmark``: its id attribute, name, quote and reference text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[dict] = []
        self._field: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "div" and "bookmark" in classes:
            self.found.append(
                {"element_id": attrs["id"], "orphaned": "orphaned" in classes, "lang": None}
            )
        elif self.found and tag == "p" and classes in (["name"], ["ref"]):
            self._field = classes[0]
        elif self.found and tag == "blockquote":
            self._field = "quote"
            self.found[-1]["lang"] = attrs.get("lang")

    def handle_endtag(self, tag):
        if tag in ("p", "blockquote"):
            self._field = None

    def handle_data(self, data):
        if self._field and self.found:
            entry = self.found[-1]
            entry[self._field] = entry.get(self._field, "") + data


def test_html_carries_every_bookmark_escaped(document):
    marks = sample_bookmarks(document)
    out = export_notes(document, sample_notes(document), "html", "hans", marks)
    assert "<li>Bookmarks: 3</li>" in out
    assert out.index('<h2 id="bookmarks">Bookmarks</h2>') > out.rindex('<div class="note"')
    # The name with markup is text, never markup.
    assert "<重點>" not in out and "&lt;重點&gt; &amp; &quot;產值&quot;" in out
    parser = _BookmarkParser()
    parser.feed(out)
    expected = _expected(document, "hans")
    assert len(parser.found) == len(expected)
    for got, want in zip(parser.found, expected, strict=True):
        assert got["element_id"] == f"bookmark-{want['id']}"
        assert (got["name"], got["quote"], got["lang"]) == (want["name"], want["quote"], "zh-Hans")
        reference = _parse_reference(got["ref"])
        assert reference == {k: want[k] for k in ("id", "start", "end", "paragraph", "section")}
        assert got["orphaned"] == (want["paragraph"] is None)


# -- CSV -----------------------------------------------------------------------------------


def test_csv_adds_a_row_per_bookmark_and_a_last_column(document):
    notes, marks = sample_notes(document), sample_bookmarks(document)
    out = export_notes(document, notes, "csv", "original", marks)
    rows = list(csv.DictReader(io.StringIO(out)))
    header = next(csv.reader(io.StringIO(out)))
    assert header == [*NOTE_COLUMNS, "name"]
    note_rows = [r for r in rows if r["kind"] != "bookmark"]
    mark_rows = [r for r in rows if r["kind"] == "bookmark"]
    assert len(note_rows) == len(notes) and rows[: len(notes)] == note_rows  # notes first
    # The notes' cells are those of an export without bookmarks, column for column.
    plain = list(csv.DictReader(io.StringIO(export_notes(document, notes, "csv"))))
    assert [{c: r[c] for c in NOTE_COLUMNS} for r in note_rows] == [
        {c: r[c] for c in NOTE_COLUMNS} for r in plain
    ]
    assert all(r["name"] == "" for r in note_rows)
    expected = _expected(document)
    assert [r["note_id"] for r in mark_rows] == [e["id"] for e in expected]
    for row, want in zip(mark_rows, expected, strict=True):
        name = want["name"]
        assert row["name"] == ("'" + name if name.startswith("=") else name)  # no formula
        assert row["quote"] == want["quote"]
        assert (int(row["start"]), int(row["end"])) == (want["start"], want["end"])
        assert row["paragraph"] == ("" if want["paragraph"] is None else str(want["paragraph"]))
        assert row["section"] == (want["section"] or "")
        assert row["orphaned"] == ("yes" if want["paragraph"] is None else "no")
        assert row["created"] == "2026-01-02T03:04:05Z"
        assert (row["note"], row["tags"], row["colour"], row["modified"]) == ("", "", "", "")
        assert row["document"] == document.path.name
