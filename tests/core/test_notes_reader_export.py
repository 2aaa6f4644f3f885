"""The notes export for readers: title, the report's headings, bookmarks, labels as given, no
fingerprints/offsets/ids unless technical details are asked for; one font family in HTML.

Golden files in tests/data/notes/ (``REGENERATE_NOTES_GOLDEN=1`` rewrites them; review the
diff)."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from gui.core.notes.bookmarks import new_bookmark
from gui.core.notes.export import prepare
from gui.core.notes.reader_export import (
    FONT_STACK,
    LABELS,
    ReaderExport,
    export_for_readers,
    reader_title,
)
from gui.core.reading import document_from_text
from tests.core.test_notes_export import _check_golden, sample_notes

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _bookmarks(document):
    marks = [new_bookmark(document, document.sections[3].start + 4, "讀到這裡")]
    marks.append(new_bookmark(document, document.sections[5].start))
    return tuple(
        replace(m, id=f"b{i}", created="2026-01-02T03:04:05Z") for i, m in enumerate(marks)
    )


@pytest.mark.parametrize(
    ("fmt", "technical", "name"),
    [
        ("reader-md", False, "default-report.reader.md"),
        ("reader-md", True, "default-report.reader-technical.md"),
        ("reader-html", False, "default-report.reader.html"),
    ],
)
def test_reader_export_matches_golden_file(document, fmt, technical, name):
    options = ReaderExport(technical=technical, bookmarks=_bookmarks(document))
    _check_golden(
        name, export_for_readers(document, sample_notes(document), fmt, "original", options)
    )


@pytest.mark.parametrize("fmt", ["reader-md", "reader-html"])
def test_no_machinery_unless_technical_details_are_asked_for(document, fmt):
    notes = sample_notes(document)
    plain = export_for_readers(document, notes, fmt, "original", ReaderExport()).decode()
    assert not UUID.search(plain)
    assert document.fingerprint not in plain and "sha256" not in plain
    assert f"{notes[3].start}–{notes[3].end}" not in plain
    assert ".txt" not in plain  # the file name is no title
    technical = export_for_readers(
        document, notes, fmt, "original", ReaderExport(technical=True)
    ).decode()
    assert notes[3].id in technical and document.fingerprint in technical
    assert f"{notes[3].start}–{notes[3].end}" in technical


def test_labels_are_the_ones_given_and_the_title_is_the_reports(document):
    chinese = {
        "summary": "笔记 %1 条 · 书签 %2 个",
        "whole_section": "针对整节",
        "tags": "标签：%1",
        "bookmarks": "书签",
        "untitled": "开篇",
        "orphans": "原文中已找不到的笔记",
    }
    notes = sample_notes(document)
    options = ReaderExport(labels=chinese, bookmarks=_bookmarks(document))
    text = export_for_readers(document, notes, "reader-md", "hans", options).decode()
    assert "笔记 7 条 · 书签 2 个" in text
    assert "## 书签" in text and "- 读到这里" not in text and "- 讀到這裡" in text  # names as typed
    assert "标签：#policy" in text and "针对整节" in text and "## 开篇" in text
    assert "## 出台高质量发展的政策体系。" in text  # headings in the chosen script
    for english in ("Tags", "Bookmarks", "On the whole section", "notes ·"):
        assert english not in text
    titled = document_from_text("關於促進發展的若干意見\n\n一、總體要求\n堅持創新發展。\n")
    assert titled.title and reader_title(prepare(titled, [], "hans")) == "关于促进发展的若干意见"


def test_html_uses_one_font_family_for_latin_and_cjk(document):
    page = export_for_readers(
        document, sample_notes(document), "reader-html", "original", ReaderExport()
    ).decode()
    families = re.findall(r"font-family:([^;}]+)", page)
    assert families and set(families) <= {FONT_STACK, "inherit"}
    assert "monospace" not in page and "serif;" not in page.replace("sans-serif", "")

    class Check(HTMLParser):
        tags: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            assert tag not in ("script", "link", "img", "font")

    checker = Check()
    checker.feed(page)
    assert checker.tags.count("blockquote") == 5  # the section notes are no quotes
    assert "The guiding State Council opinion — see &lt;b&gt;also&lt;/b&gt;" in page


def test_every_label_has_an_english_default():
    options = ReaderExport(labels={})
    for key in LABELS:
        assert options.label(key)
