"""How the window indexes: in one long-lived CLI process when one can be started (the
command it builds), on its own pool thread otherwise (the fallback gives the same library),
and a child that fails gives one line in the dock, not a traceback."""

from __future__ import annotations

import os
import sys

from gui.core.library import Library
from gui.core.paths import data_dir
from gui.core.reading import read_document
from gui.ui.library import index_server
from gui.ui.library.indexer import index_command
from tests.ui.test_library_window import REPORTS, _index, make_folder


def test_the_command_is_the_cli_on_the_windows_data_folder(tmp_path):
    library = tmp_path / "library.sqlite3"
    command = index_command(library, ["/a", "/b"])
    assert command[:3] == [sys.executable, "-m", "gui.cli"]
    assert command[3:] == [
        "--data-dir", str(tmp_path), "library", "add", "/a", "/b", "--workers", "1", "--progress",
    ]  # fmt: skip
    assert index_command(library, None)[6:8] == ["refresh", "--add-folders"]
    # A library file the CLI cannot find by its data folder: the window's own thread.
    assert index_command(tmp_path / "other.sqlite3", ["/a"]) is None


def test_the_thread_fallback_indexes_the_same_library(make_window, qtbot, tmp_path):
    folder = make_folder(tmp_path)
    window = make_window(None)
    feature = window.library
    feature.in_process = False
    _index(feature, qtbot, [folder])
    assert (feature.last_summary.indexed, feature.last_summary.failed) == (len(REPORTS), 1)
    with Library(feature.path) as library:
        states = sorted(r.state for r in library.reports())
    assert states == ["ok"] * len(REPORTS) + ["unreadable"]


def test_a_child_that_fails_says_why_in_one_line(make_window, qtbot, tmp_path):
    folder = make_folder(tmp_path)
    window = make_window(None)
    feature = window.library
    (data_dir() / "library.sqlite3").write_bytes(b"this is not a database" * 100)
    _index(feature, qtbot, [folder])
    message = feature.dock.progress_label.text()
    assert message and "\n" not in message and "Traceback" not in message
    assert "library" in message.lower()
    assert feature.last_summary is None and not feature.indexing


def test_jobs_from_the_window_share_one_indexing_process_that_ends_at_quit(
    make_window, qtbot, tmp_path
):
    folder = make_folder(tmp_path)
    window = make_window(None)
    feature = window.library
    _index(feature, qtbot, [folder])
    server = index_server.server_for(feature.path)
    assert server.command[-2:] == ["library", "serve"]
    pid = server.pid
    assert pid is not None and pid != os.getpid()
    # A changed file, then what the folder watcher runs: the same process re-indexes it.
    changed = folder / REPORTS[1]
    changed.write_text("修订稿。\n\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
    feature.update_from_files()
    qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    assert feature.last_summary.indexed == 1
    assert index_server.server_for(feature.path).pid == pid
    with Library(feature.path) as library:
        report = library.report(changed)
        assert report.state == "ok"
        assert report.fingerprint == read_document(changed).fingerprint
    child = server._child
    index_server.shutdown()  # what quitting the app does
    assert child.poll() is not None
