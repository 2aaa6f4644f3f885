"""``report-reader-cli notes export --format reader-md|reader-html [--technical]``: the export
for readers from the CLI, with the report's bookmarks, as a real process."""

from __future__ import annotations

import re

from gui.core.notes import NoteStore
from gui.core.notes.bookmarks import new_bookmark, save_bookmark
from gui.core.reading import read_document
from tests.cli.test_notes_cli import cli, data_dir, imported  # noqa: F401 - fixtures
from tests.conftest import DEFAULT_REPORT

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_reader_export_carries_bookmarks_and_no_ids_unless_asked(imported):  # noqa: F811
    document = read_document(DEFAULT_REPORT)
    with NoteStore(imported / "notes.sqlite3") as store:
        save_bookmark(store, new_bookmark(document, document.sections[4].start, "回頭再讀"))
    result = cli("notes", "export", str(DEFAULT_REPORT), "-f", "reader-md", data_dir=imported)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert text.startswith("# lanzhou-hi-tech-zone-2021\n")
    # The golden file's two placed bookmarks (its orphan is not listed for reading) and ours.
    assert "*7 notes · 3 bookmarks*" in text and "- 回頭再讀 — " in text
    assert not UUID.search(text) and "sha256" not in text
    result = cli(
        "notes", "export", str(DEFAULT_REPORT), "-f", "reader-html", "--technical",
        data_dir=imported,
    )  # fmt: skip
    page = result.stdout.decode()
    assert result.returncode == 0 and page.startswith("<!DOCTYPE html>")
    assert UUID.search(page) and f"sha256:{document.fingerprint}" in page


def test_all_reports_are_not_exported_for_reading(imported):  # noqa: F811
    result = cli("notes", "export", "--all", "-f", "reader-md", data_dir=imported)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "--all exports" in result.stderr.decode()
