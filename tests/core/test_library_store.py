"""The library store: real files, real SQLite, re-indexing, faults and resuming after kill -9."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from library_fixtures import SAMPLE, copy_sample

from gui.core.library import Library, LibraryError, search
from gui.core.notes import NoteStore, new_passage_note
from gui.core.reading import read_document
from tests.conftest import REPO


@pytest.fixture
def folder(tmp_path) -> Path:
    return copy_sample(tmp_path / "reports")


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "data" / "library.sqlite3") as library:
        yield library


def _states(library) -> dict[str, str]:
    return {Path(r.path).name: r.state for r in library.reports()}


def test_adding_a_folder_recurses_and_takes_only_report_files(library, folder):
    (folder / "gov" / "notes.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "secret.txt").write_text("不要", encoding="utf-8")
    added = library.add([folder])
    assert sorted(Path(p).name for p in added) == sorted([*SAMPLE, "lanzhou-hi-tech-zone-2021.txt"])
    assert library.add([folder]) == []  # already there
    assert set(_states(library).values()) == {"pending"}


def test_a_path_that_does_not_exist_adds_nothing(library, folder):
    with pytest.raises(LibraryError, match="neither a file nor a folder"):
        library.add([folder, folder / "nope.txt"])
    assert library.reports() == []


def test_indexing_records_the_header_fields_and_the_notes_count(library, folder, tmp_path):
    library.add([folder])
    summary = library.index()
    assert (summary.indexed, summary.failed, summary.cancelled) == (7, 0, False)
    default = read_document(folder / "lanzhou-hi-tech-zone-2021.txt")
    with NoteStore(tmp_path / "data" / "notes.sqlite3") as notes:
        start = default.text.index("蘭州高新區")
        notes.add(new_passage_note(default, start, start + 5, body="zone"))
        reports = {Path(r.path).name: r for r in library.reports(notes)}
    official = reports["gw-cn-gov-new-media-2018.html"]
    assert (official.kind, official.issuer, official.number, official.date) == (
        "official",
        "国务院办公厅",
        "国办发〔2018〕123号",
        "2018-12-07",
    )
    assert reports["press-tw-228-memorial-2024.txt"].script == "tw"
    assert reports["lanzhou-hi-tech-zone-2021.txt"].notes == 1
    assert reports["lanzhou-hi-tech-zone-2021.txt"].fingerprint == default.fingerprint
    assert all(r.state == "ok" and r.chars and r.indexed for r in reports.values())
    assert sum(r.notes for r in reports.values()) == 1


def test_two_worker_processes_index_the_same_as_one(tmp_path, folder):
    with Library(tmp_path / "one.sqlite3") as one, Library(tmp_path / "two.sqlite3") as two:
        for library, workers in ((one, 1), (two, 2)):
            library.add([folder])
            seen = []
            library.index(workers=workers, progress=lambda d, t, p, seen=seen: seen.append((d, t)))
            assert seen[-1] == (7, 7)
        fields = [
            [(r.path, r.fingerprint, r.title, r.issuer, r.date, r.kind) for r in lib.reports()]
            for lib in (one, two)
        ]
        assert fields[0] == fields[1]
        for query in ("国务院", "臺灣", "的"):
            assert {r.report.path for r in search(one, query, limit=100)} == {
                r.report.path for r in search(two, query, limit=100)
            }


def test_a_changed_file_is_reindexed_and_linked_to_its_earlier_text(library, folder):
    library.add([folder])
    library.index()
    path = folder / "press" / "wr-cn-2024.txt"
    before = library.report(path)
    text = path.read_text(encoding="utf-8").replace("政府", "政府XY", 1)
    path.write_text(text + "\n新增的一段：鄂尔多斯盆地。\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a new mtime even on a coarse clock
    assert library.refresh() == {"changed": 1, "missing": 0}
    assert _states(library)[path.name] == "pending"
    assert library.index().indexed == 1
    after = library.report(path)
    assert after.fingerprint != before.fingerprint and after.state == "ok"
    assert [r.report.path for r in search(library, "鄂尔多斯盆地")] == [after.path]
    rows = library.query("SELECT newer, older, how FROM versions")
    assert rows == [(after.fingerprint, before.fingerprint, "same-path")]
    # The old tokens left the index with the old text.
    assert library.query("SELECT COUNT(*) FROM search WHERE search MATCH 'uni : \"xy\"'")[0][0] == 1


def test_vanished_and_unreadable_files_are_marked_never_dropped(library, folder):
    library.add([folder])
    library.index()
    gone = folder / "press" / "wr-cn-2024.txt"
    broken = folder / "gov" / "gw-sh-jiading-renewal-2023.md"
    gone.unlink()
    broken.write_bytes(bytes(range(256)) * 64)
    assert library.refresh() == {"changed": 1, "missing": 1}
    library.index()
    states = {Path(r.path).name: (r.state, r.problem) for r in library.reports()}
    assert states[gone.name] == ("missing", "the file is missing")
    assert states[broken.name][0] == "unreadable" and "binary" in states[broken.name][1]
    # Their last index stays searchable until the user removes them.
    assert any(Path(r.report.path).name == gone.name for r in search(library, "全国政协委员"))
    gone.write_text("政府工作报告\n回来了：鄂尔多斯盆地。\n", encoding="utf-8")
    library.refresh()
    library.index()
    assert _states(library)[gone.name] == "ok"
    assert [Path(r.report.path).name for r in search(library, "鄂尔多斯盆地")] == [gone.name]


def test_removing_a_folder_removes_its_reports_from_the_index(library, folder):
    library.add([folder])
    library.index()
    assert library.remove([folder / "gov"]) == 3
    assert sorted(_states(library)) == sorted(
        ["lanzhou-hi-tech-zone-2021.txt", *(n for n in SAMPLE if not n.startswith("gw"))]
    )
    assert search(library, "国办发", limit=100) == []
    assert (
        library.query("SELECT COUNT(*) FROM mentions WHERE report NOT IN (SELECT id FROM reports)")[
            0
        ][0]
        == 0
    )
    assert (folder / "gov" / SAMPLE[0]).is_file()  # the files themselves are left alone


def test_cancelled_indexing_keeps_what_was_done_and_resumes(library, folder):
    """Committing each report (``commit_seconds=0``): cancelled after the second."""
    library.add([folder])
    done = []
    summary = library.index(
        progress=lambda d, t, p: done.append(d),
        cancelled=lambda: len(done) >= 2,
        commit_seconds=0,
    )
    assert summary.cancelled and summary.indexed == 2
    assert sorted(_states(library).values()).count("pending") == 5
    assert library.index().indexed == 5


@pytest.mark.parametrize("workers", [1, 2])
def test_reports_read_together_are_committed_together(library, folder, tmp_path, workers):
    """A batch is one transaction: another connection sees none of its reports until every
    one of them is ``ok``; progress comes after that commit, and a cancel commits what was
    read (the three reports read before it) and leaves the rest pending."""
    library.add([folder])
    seen = []

    def progress(done, total, path):
        with Library(tmp_path / "data" / "library.sqlite3") as other:
            states = [r.state for r in other.reports()]
        seen.append((done, states.count("ok")))

    polls = []
    summary = library.index(
        workers=workers,
        progress=progress,
        cancelled=lambda: polls.append(1) or len(polls) > 3,
        commit_seconds=60,
    )
    assert summary.cancelled
    read = summary.indexed
    # One commit: every progress call already sees all the reports of the batch.
    assert [d for d, _ok in seen] == list(range(1, read + 1))
    assert {ok for _d, ok in seen} == {read}
    assert read == 3 if workers == 1 else 1 <= read <= 7
    assert sorted(_states(library).values()).count("pending") == 7 - read
    assert library.index().indexed == 7 - read


def test_rebuild_loses_no_note(library, folder, tmp_path):
    library.add([folder])
    library.index()
    default = read_document(folder / "lanzhou-hi-tech-zone-2021.txt")
    with NoteStore(tmp_path / "data" / "notes.sqlite3") as notes:
        for quote in ("蘭州高新區", "生物醫藥"):
            start = default.text.index(quote)
            notes.add(new_passage_note(default, start, start + len(quote)))
        before = [r.report.path for r in search(library, "生物医药", limit=100)]
        assert library.rebuild() == 7
        assert search(library, "生物医药") == []
        library.index()
        assert [r.report.path for r in search(library, "生物医药", limit=100)] == before
        assert notes.count(default.fingerprint) == 2
        assert {
            r.notes for r in library.reports(notes) if r.fingerprint == default.fingerprint
        } == {2}


_KILLER = """
import multiprocessing, os, signal, sys
from gui.core.library import Library
library = Library(sys.argv[1])
workers, kill_at, batched = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[5])
def kill():
    with open(sys.argv[4], "w") as out:
        out.write(" ".join(str(p.pid) for p in multiprocessing.active_children()))
    os.kill(os.getpid(), signal.SIGKILL)
def progress(done, total, path):
    if done == kill_at:
        kill()
polled = []
def cancelled():
    # Batched: killed once three reports are read (two workers: once the first is, after
    # 7 polls while queueing and one after the first wait), before they are committed.
    polled.append(1)
    if batched and len(polled) == (4 if workers == 1 else 7 + 1):
        kill()
    return False
library.index(
    workers=workers, progress=progress, cancelled=cancelled, commit_seconds=batched
)
"""


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("commit_seconds", [0, 60])
def test_indexing_killed_with_sigkill_resumes_where_it_stopped(
    library, folder, tmp_path, workers, commit_seconds
):
    """Committing each report: killed after the third report written in this process, or
    after the first one written from two worker processes (others may be read already).
    Batched: killed after three reports are read in this process, or the first from the
    workers, before their batch is committed: none is indexed. Either way each report is either indexed or still pending, never half
    written."""
    library.add([folder])
    library.close()
    db = tmp_path / "data" / "library.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    kill_at = 3 if workers == 1 else 1
    pids = tmp_path / "workers.txt"
    killed = subprocess.run(
        [
            sys.executable, "-c", _KILLER,
            str(db), str(workers), str(kill_at), str(pids), str(commit_seconds),
        ],
        env=env, cwd=REPO, check=False,
    )  # fmt: skip
    assert killed.returncode == -9
    # Its worker processes end with it (they would wait on their task queue for ever).
    workers_left = [int(p) for p in pids.read_text().split()]
    assert len(workers_left) == (2 if workers == 2 else 0)
    deadline = time.monotonic() + 10
    while any(_running(p) for p in workers_left) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(p) for p in workers_left)
    with Library(db) as again:
        states = [r.state for r in again.reports()]
        indexed = states.count("ok")
        assert sorted(states) == ["ok"] * indexed + ["pending"] * (7 - indexed)
        if commit_seconds:
            assert indexed == 0
        else:
            assert indexed == 3 if workers == 1 else 1 <= indexed <= 7
        assert again.index().indexed == 7 - indexed
        assert again.query("PRAGMA integrity_check") == [("ok",)]
        assert again.query("INSERT INTO search (search) VALUES ('integrity-check')") == []
        matched = again.query("SELECT COUNT(*) FROM search WHERE search MATCH 'uni : \"的\"'")
        assert matched[0][0] == 7


def _running(pid: int) -> bool:
    """Whether process ``pid`` is alive (an exited one not yet reaped is not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_library_file_that_is_not_sqlite_is_one_clear_error(tmp_path):
    bad = tmp_path / "library.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(LibraryError, match="Cannot open the library"):
        Library(bad)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(LibraryError, match="newer Report Reader"):
        Library(path)


def test_mark_opened_and_lookup_by_id(library, folder):
    library.add([folder / "lanzhou-hi-tech-zone-2021.txt"])
    report = library.reports()[0]
    assert report.last_opened is None
    library.mark_opened(folder / "lanzhou-hi-tech-zone-2021.txt")
    assert library.report(report.id).last_opened is not None
    assert library.report(999) is None and library.texts(report.id) is None


def test_added_folders_are_remembered_for_watching_and_forgotten_on_removal(library, folder):
    single = folder / "gov" / SAMPLE[0]
    library.add([single])
    assert library.folders() == []  # a file's own folder is not watched for new files
    library.add([folder, folder / "gov"])
    assert library.folders() == sorted(str(p.resolve()) for p in (folder, folder / "gov"))
    library.remove(p for p in [folder / "gov"])  # an iterator: read twice inside
    assert library.folders() == [str(folder.resolve())]
    assert all("/gov/" not in r.path for r in library.reports())


def test_a_library_of_the_first_schema_gains_the_folders_table(tmp_path):
    from gui.core.library.schema import MIGRATIONS

    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Library(path) as library:
        assert library.folders() == []


def test_a_folders_keys_are_its_files_resolved_links_included(tmp_path, folder):
    from gui.core.library.report_files import folder_keys, path_key, supported_files

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "linked.txt"
    target.write_text("链接的报告。\n", encoding="utf-8")
    (folder / "gov" / "link.txt").symlink_to(target)
    (folder / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    (folder / "folder-link.txt").symlink_to(elsewhere, target_is_directory=True)
    (folder / "gov" / "gone.md").symlink_to(tmp_path / "no-such-file.md")  # a broken link
    # The folder given through a link of its own, too.
    (tmp_path / "via").symlink_to(folder, target_is_directory=True)
    for given in (folder, tmp_path / "via"):
        keys = folder_keys(given)
        assert keys == [path_key(p) for p in supported_files(given)]
        assert path_key(target) in keys and not any("linked-folder" in k for k in keys)
        outside = {path_key(target), path_key(tmp_path / "no-such-file.md")}
        assert all(k.startswith(str(folder.resolve())) or k in outside for k in keys)


def test_refresh_of_named_paths_looks_only_at_those_files_and_folders(library, folder):
    """What a folder watcher names is all a refresh looks at: a file changed elsewhere
    stays ``ok`` until it is named (or a full refresh runs)."""
    library.add([folder])
    library.index()
    named, other, vanished = (
        folder / "press" / "wr-cn-2024.txt",
        folder / "lanzhou-hi-tech-zone-2021.txt",
        folder / "gov" / "gw-sh-jiading-renewal-2023.md",
    )
    for path in (named, other):
        path.write_text(path.read_text(encoding="utf-8") + "\n修订。\n", encoding="utf-8")
        os.utime(path, ns=(1, 1))
    vanished.unlink()
    assert library.refresh([str(named)]) == {"changed": 1, "missing": 0}
    states = _states(library)
    assert (states[named.name], states[other.name], states[vanished.name]) == (
        "pending",
        "ok",
        "ok",
    )
    # A named folder covers what is under it (its subfolders too), and nothing beside it.
    assert library.refresh([str(folder / "gov")]) == {"changed": 0, "missing": 1}
    assert _states(library)[other.name] == "ok"
    assert library.refresh() == {"changed": 1, "missing": 0}  # the full one finds the rest
    assert _states(library)[other.name] == "pending"


def test_update_from_named_folders_adds_their_new_files_only_inside_added_folders(
    library, folder, tmp_path
):
    library.add([folder])
    library.index()
    new = folder / "gov" / "copy.txt"
    new.write_text("政府工作报告\n新的一份：鄂尔多斯盆地。\n", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "stray.txt").write_text("不在文库里。\n", encoding="utf-8")
    library.update_from_files([str(folder / "gov"), str(outside)])
    assert _states(library)[new.name] == "pending" and "stray.txt" not in _states(library)
    # The subfolder was not made an added folder of its own.
    assert library.folders() == [str(folder.resolve())]
    assert library.index().indexed == 1
    assert [Path(r.report.path).name for r in search(library, "鄂尔多斯盆地")] == [new.name]
