"""``report-reader-cli notes export|import``, run as a real process against real files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.cli_process import run_cli
from tests.conftest import DEFAULT_REPORT, NOTES_GOLDEN

GOLDEN = NOTES_GOLDEN


def cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return run_cli(*args, data_dir=data_dir, text=False)  # exports compared byte for byte


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def imported(data_dir) -> Path:
    """A data dir holding the golden sample notes, imported through the CLI."""
    result = cli(
        "notes",
        "import",
        str(DEFAULT_REPORT),
        str(GOLDEN / "default-report.jsonld"),
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == (
        "imported 7 note(s), skipped 0 duplicate(s), 1 not placed (orphaned), and 3 bookmark(s)"
    )  # the bookmarks come back with the notes: the exports below carry them again
    return data_dir


@pytest.mark.parametrize(
    ("fmt", "script", "golden"),
    [
        ("md", "original", "default-report.md"),
        ("md", "hans", "default-report.hans.md"),
        ("html", "original", "default-report.html"),
        ("csv", "original", "default-report.csv"),
        ("json", "original", "default-report.jsonld"),
    ],
)
def test_export_to_stdout_matches_golden(imported, fmt, script, golden):
    result = cli(
        "notes",
        "export",
        str(DEFAULT_REPORT),
        "--format",
        fmt,
        "--script",
        script,
        data_dir=imported,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / golden).read_bytes()


def test_export_to_a_file_is_atomic_and_replaces_the_old_one(imported, tmp_path):
    out = tmp_path / "out" / "notes.csv"
    out.parent.mkdir()
    out.write_text("old content")
    result = cli(
        "notes", "export", str(DEFAULT_REPORT), "-f", "csv", "-o", str(out), data_dir=imported
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == (GOLDEN / "default-report.csv").read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["notes.csv"]  # no temp file left


def test_import_twice_adds_nothing(imported):
    result = cli(
        "notes",
        "import",
        str(DEFAULT_REPORT),
        str(GOLDEN / "default-report.jsonld"),
        data_dir=imported,
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("imported 0 note(s), skipped 7 duplicate(s)")


def test_round_trip_through_the_cli(imported, tmp_path):
    exported = tmp_path / "round.jsonld"
    assert (
        cli(
            "notes",
            "export",
            str(DEFAULT_REPORT),
            "-f",
            "json",
            "-o",
            str(exported),
            data_dir=imported,
        ).returncode
        == 0
    )
    fresh = tmp_path / "fresh"
    assert (
        cli("notes", "import", str(DEFAULT_REPORT), str(exported), data_dir=fresh).returncode == 0
    )
    again = cli("notes", "export", str(DEFAULT_REPORT), "-f", "json", data_dir=fresh)
    assert again.stdout == exported.read_bytes()


def test_renamed_report_keeps_its_notes(imported, tmp_path):
    renamed = tmp_path / "elsewhere" / "報告.txt"
    renamed.parent.mkdir()
    shutil.copy(DEFAULT_REPORT, renamed)
    result = cli("notes", "export", str(renamed), "-f", "json", data_dir=imported)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    motivations = [item["motivation"] for item in data["first"]["items"]]
    assert len(motivations) == data["total"] == 10
    assert motivations.count("bookmarking") == 3  # the bookmarks follow the report too


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    err = result.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("report-reader-cli: "), err
    assert "Traceback" not in err
    return err


def test_errors_are_one_line_and_non_zero(imported, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    err = _one_line_error(cli("notes", "import", str(DEFAULT_REPORT), str(bad), data_dir=imported))
    assert "nothing was imported" in err and "not valid JSON" in err
    err = _one_line_error(
        cli("notes", "export", str(tmp_path / "missing.txt"), "-f", "md", data_dir=imported)
    )
    assert "missing.txt" in err
    missing_dir = tmp_path / "no" / "such" / "dir" / "out.md"
    err = _one_line_error(
        cli(
            "notes",
            "export",
            str(DEFAULT_REPORT),
            "-f",
            "md",
            "-o",
            str(missing_dir),
            data_dir=imported,
        )
    )
    assert "cannot write" in err
    broken = json.loads((GOLDEN / "default-report.jsonld").read_text(encoding="utf-8"))
    broken["first"]["items"][2]["target"] = 7
    bad.write_text(json.dumps(broken), encoding="utf-8")
    fresh = tmp_path / "fresh"
    err = _one_line_error(cli("notes", "import", str(DEFAULT_REPORT), str(bad), data_dir=fresh))
    assert "annotation 3" in err
    empty = cli("notes", "export", str(DEFAULT_REPORT), "-f", "csv", data_dir=fresh)
    assert empty.stdout.decode("utf-8-sig").count("\n") == 1  # header only: nothing imported


def test_unknown_format_is_a_usage_error(data_dir):
    result = cli("notes", "export", str(DEFAULT_REPORT), "-f", "pdf", data_dir=data_dir)
    assert result.returncode == 2 and b"invalid choice" in result.stderr


def test_corrupt_store_is_reported_as_a_warning_and_export_still_works(imported):
    store = imported / "notes.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    store.write_bytes(b"garbage" * 1000)
    result = cli("notes", "export", str(DEFAULT_REPORT), "-f", "md", data_dir=imported)
    assert result.returncode == 0
    assert "warning" in result.stderr.decode() and "damaged" in result.stderr.decode()
    assert any(".corrupt-" in p.name for p in imported.iterdir())
