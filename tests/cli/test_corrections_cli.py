"""Corrections saved in a data dir reach ``report-reader-cli --data-dir D analyze FILE --json``:
the same file the GUI writes (``<data dir>/corrections.json``), read by a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from gui.core.entities import Corrections, save_corrections
from tests.conftest import DEFAULT_REPORT


def cli(*args: str) -> subprocess.CompletedProcess:
    """The installed ``report-reader-cli`` if there is one, else ``python -m gui.cli``."""
    exe = shutil.which("report-reader-cli", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "gui.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, check=False)


def analyze(path: Path, data_dir: Path) -> list[dict]:
    result = cli("--data-dir", str(data_dir), "analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["entities"]


def test_a_saved_correction_changes_analyze_output(tmp_path):
    plain, marked = tmp_path / "plain", tmp_path / "marked"
    before = analyze(DEFAULT_REPORT, plain)
    assert any(e["text"] == "中牧股份" and e["type"] == "ORG" for e in before)
    assert not any(e["text"] == "生物醫藥" and e["type"] == "TERM" for e in before)

    corrections = Corrections()
    corrections.reject("中牧股份")  # Simplified key: applies to the Traditional report too
    corrections.mark("生物医药", "TERM")
    save_corrections(corrections, marked / "corrections.json")
    after = analyze(DEFAULT_REPORT, marked)

    assert before != after
    assert not any(e["text"] == "中牧股份" for e in after)
    terms = [e for e in after if e["text"] == "生物醫藥"]
    text = json.loads(cli("analyze", str(DEFAULT_REPORT), "--json").stdout)["text"]
    # Every occurrence, except one inside a 《title》, which stays one DOC entity.
    inside_titles = [e for e in after if e["type"] == "DOC" and "生物醫藥" in e["text"]]
    assert len(terms) + len(inside_titles) == text.count("生物醫藥") >= 4
    assert all(e["type"] == "TERM" for e in terms)
    for e in terms:
        assert text[e["start"] : e["end"]] == "生物醫藥"
    # The rest is untouched.
    kept = [e for e in before if e["text"] != "中牧股份" and "生物醫藥" not in e["text"]]
    assert all(e in after for e in kept)


def test_a_malformed_corrections_file_is_one_clear_line(tmp_path):
    (tmp_path / "corrections.json").write_text("{not json", encoding="utf-8")
    result = cli("--data-dir", str(tmp_path), "analyze", str(DEFAULT_REPORT), "--json")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "not valid JSON" in result.stderr


def test_a_correction_of_one_report_applies_to_that_report_only(tmp_path):
    from gui.core.reading import read_document

    other = tmp_path / "other.txt"
    other.write_text(DEFAULT_REPORT.read_text(encoding="utf-8") + "\n附：另一份。\n", "utf-8")
    corrections = Corrections()
    corrections.of_report(read_document(DEFAULT_REPORT).fingerprint).reject("中牧股份")
    save_corrections(corrections, tmp_path / "data" / "corrections.json")
    here = analyze(DEFAULT_REPORT, tmp_path / "data")
    elsewhere = analyze(other, tmp_path / "data")
    assert not any(e["text"] == "中牧股份" for e in here)
    assert any(e["text"] == "中牧股份" and e["type"] == "ORG" for e in elsewhere)
