"""``report-reader-cli library …`` and ``notes export --all``, run as real processes."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.notes.bookmark_annotations import is_bookmark
from gui.core.notes.export import csv_cell
from tests.cli.cli_process import run_cli
from tests.conftest import DEFAULT_REPORT, NOTES_GOLDEN, REPO
from tests.core.library_fixtures import SAMPLE, copy_sample


def cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return run_cli(*args, data_dir=data_dir)


@pytest.fixture(scope="module")
def added(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-library")
    folder = copy_sample(root / "reports")
    data = root / "data"
    result = cli("library", "add", str(folder), "--workers", "2", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["added 7 report(s)", "indexed 7 report(s)"]
    return folder, data


def test_list_shows_every_report_with_its_fields(added):
    folder, data = added
    result = cli("library", "list", "--json", data_dir=data)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 7 and {r["state"] for r in rows} == {"ok"}
    new_media = next(r for r in rows if r["path"].endswith("gov-new-media-2018.html"))
    assert (new_media["number"], new_media["kind"]) == ("国办发〔2018〕123号", "official")
    plain = cli("library", "list", data_dir=data).stdout.splitlines()
    assert len(plain) == 7 and all(line.startswith("ok\t") for line in plain)


def test_search_prints_reports_and_hits_in_text_coordinates(added):
    folder, data = added
    result = cli("library", "search", "兰州高新区", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["path"].endswith(DEFAULT_REPORT.name) and row["count"] >= 5
    from gui.core.reading import read_document

    text = read_document(row["path"]).text
    assert all(text[h["start"] : h["end"]] == h["match"] == "蘭州高新區" for h in row["hits"])
    plain = cli("library", "search", "国务院", "--kind", "official", data_dir=data)
    assert plain.returncode == 0 and "[国务院]" in plain.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("library", "search", "NOT 兰州"), "NOT needs a term before it"),
        (("library", "add", "/no/such/folder"), "nothing was added"),
        (("library", "search", "兰州", "--limit", "0"), "--limit must be at least 1"),
        (("notes", "export", "--format", "md"), "give either FILE or --all"),
        (("notes", "export", str(DEFAULT_REPORT), "--all", "--format", "md"), "give either"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(added, args, message):
    _, data = added
    result = cli(*args, data_dir=data)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_notes_export_all_and_remove(added, tmp_path):
    folder, data = added
    imported = cli(
        "notes", "import", str(folder / DEFAULT_REPORT.name),
        str(NOTES_GOLDEN / "default-report.jsonld"), data_dir=data,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "all.jsonld"
    result = cli("notes", "export", "--all", "--format", "json", "-o", str(out), data_dir=data)
    assert result.returncode == 0, result.stderr
    # The 7 notes and the 3 bookmarks of the imported file (bookmarks were left out before).
    golden = json.loads((NOTES_GOLDEN / "default-report.jsonld").read_text(encoding="utf-8"))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["total"] == 10 == golden["total"]
    names = sorted(
        b["body"][0]["value"] for b in exported["first"]["items"] if is_bookmark(b)
    )  # fmt: skip
    assert names == sorted(
        b["body"][0]["value"] for b in golden["first"]["items"] if is_bookmark(b)
    )
    assert len(names) == 3
    table = tmp_path / "all.csv"
    result = cli("notes", "export", "--all", "--format", "csv", "-o", str(table), data_dir=data)
    with table.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    # A name a spreadsheet would run as a formula is written quoted, as in a one-report CSV.
    assert sorted(r["name"] for r in rows if r["kind"] == "bookmark") == sorted(
        csv_cell(n) for n in names
    )
    listed = cli("library", "list", "--json", data_dir=data).stdout.splitlines()
    assert sum(json.loads(line)["notes"] for line in listed) == 7
    removed = cli("library", "remove", str(folder / "gov"), data_dir=data)
    assert removed.stdout.strip() == "removed 3 report(s)"
    assert len(cli("library", "list", data_dir=data).stdout.splitlines()) == 4
    refreshed = cli("library", "refresh", data_dir=data)
    assert refreshed.stdout.splitlines() == ["0 changed, 0 missing", "indexed 0 report(s)"]
    rebuilt = cli("library", "rebuild", "--workers", "1", data_dir=data)
    assert rebuilt.stdout.strip() == "indexed 4 report(s)"


def test_the_windows_progress_protocol_and_its_stop_line(tmp_path):
    """``--progress``: a JSON line per report and a summary; a line on stdin stops indexing
    after the report being read, and ``refresh --add-folders`` carries on from there."""
    folder = copy_sample(tmp_path / "reports")
    data = tmp_path / "data"
    command = [sys.executable, "-m", "gui.cli", "--data-dir", str(data), "library"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with subprocess.Popen(
        [*command, "add", str(folder), "--workers", "1", "--progress"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO,
    ) as child:  # fmt: skip
        first = json.loads(child.stdout.readline())
        assert first["done"] == 1 and first["total"] == 7 and Path(first["path"]).exists()
        child.stdin.write("stop\n")
        child.stdin.flush()
        rest = [json.loads(line) for line in child.stdout]
    assert child.returncode == 0
    summary = rest[-1]
    assert summary["cancelled"] and 1 <= summary["indexed"] < 7 and summary["failed"] == 0
    assert [r["done"] for r in rest[:-1]] == list(range(2, summary["indexed"] + 1))
    # A new file in the added folder, then the window's refresh: the rest and the new one.
    shutil.copy(DEFAULT_REPORT, folder / "gov" / "copy-of-default.txt")
    with subprocess.Popen(
        [*command, "refresh", "--add-folders", "--workers", "1", "--progress"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO,
    ) as child:  # fmt: skip
        lines = [json.loads(line) for line in child.stdout]  # stdin stays open: no stop
    assert child.returncode == 0
    assert lines[-1] == {"indexed": 7 - summary["indexed"] + 1, "failed": 0, "cancelled": False}
    assert lines[0]["total"] == 7 - summary["indexed"] + 1


def test_the_windows_indexing_server_takes_jobs_until_its_stdin_closes(tmp_path):
    """``library serve``: ready once warm, then add (with a stop after the first report),
    refresh (a changed file, a new one), a bad path and an unknown job as one error line
    each — all in one process — and it ends when its stdin closes."""
    folder = copy_sample(tmp_path / "reports")
    data = tmp_path / "data"
    command = [sys.executable, "-m", "gui.cli", "--data-dir", str(data), "library", "serve"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO,
    ) as child:  # fmt: skip

        def send(job: dict) -> None:
            child.stdin.write(json.dumps(job) + "\n")
            child.stdin.flush()

        def until_end() -> list[dict]:
            lines = []
            while not lines or not ({"indexed", "error"} & lines[-1].keys()):
                lines.append(json.loads(child.stdout.readline()))
            return lines

        assert json.loads(child.stdout.readline()) == {"ready": True}
        # It yields the CPU to the window, as the window's other workers do.
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, ours + 10)
        # Nothing of the warm-up text is in the library.
        assert not (data / "library.sqlite3").exists()
        send({"job": "add", "paths": [str(folder)]})
        first = json.loads(child.stdout.readline())
        assert (first["done"], first["total"]) == (1, 7)
        send({"job": "stop"})
        lines = until_end()
        summary = lines[-1]
        assert summary["cancelled"] and 1 <= summary["indexed"] < 7
        # A changed report and a new file: the refresh job indexes them and the rest.
        changed = folder / DEFAULT_REPORT.name
        changed.write_text("修订稿。\n\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
        shutil.copy(DEFAULT_REPORT, folder / "gov" / "copy-of-default.txt")
        send({"job": "refresh"})
        lines = until_end()
        assert lines[-1]["cancelled"] is False and lines[-1]["failed"] == 0
        assert lines[-1]["indexed"] >= 7 - summary["indexed"] + 1
        # What the window's folder watcher sends: the changed files it named, looked at alone
        # (a file changed and not named stays as it was indexed).
        named, unnamed = folder / "press" / "wr-cn-2024.txt", folder / "gov" / SAMPLE[2]
        for path in (named, unnamed):
            path.write_text(path.read_text(encoding="utf-8") + "\n补记。\n", encoding="utf-8")
            os.utime(path, ns=(1, 1))
        send({"job": "refresh", "paths": [str(named)]})
        lines = until_end()
        assert [Path(line["path"]).name for line in lines[:-1]] == [named.name]
        assert lines[-1]["indexed"] == 1
        send({"job": "add", "paths": [str(tmp_path / "no-such-folder")]})
        (error,) = until_end()
        assert error["error"].startswith("nothing was added") and "\n" not in error["error"]
        send({"job": "format the disk"})
        assert "unknown job" in until_end()[0]["error"]
        child.stdin.close()
        assert child.wait(30) == 0
    listed = cli("library", "list", "--json", data_dir=data)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 8 and {r["state"] for r in rows} == {"ok"}
    search = cli("library", "search", "修订稿", "--json", data_dir=data)
    assert [Path(json.loads(line)["path"]).name for line in search.stdout.splitlines()] == [
        DEFAULT_REPORT.name
    ]
