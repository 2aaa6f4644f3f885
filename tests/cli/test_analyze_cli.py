"""``report-reader-cli analyze`` as a user runs it: a real subprocess, real files."""

import json

import pytest

from tests.cli.cli_process import run_cli as cli
from tests.conftest import DEFAULT_REPORT

KEYS = {"text", "title", "sections", "entities", "damaged", "footer", "furniture", "document"}


def test_analyze_default_report_matches_gold(seed_gold, tmp_path):
    result = cli("analyze", str(DEFAULT_REPORT), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == KEYS
    assert out["text"] == seed_gold["text"]
    assert out["footer"] == seed_gold["footer"]
    assert [(s["start"], s["heading"]) for s in out["sections"]] == [
        (s["start"], s["heading"]) for s in seed_gold["sections"]
    ]
    for s in out["sections"]:
        assert set(s) == {"start", "end", "level", "heading", "heading_start", "heading_end"}
    assert out["damaged"] == [{"start": 342, "end": 345}]
    # The seed is neither a 公文 nor a work report nor news, and carries no page furniture.
    assert out["furniture"] == []
    assert out["document"] == {"genre": None, "title": None}


def test_analyze_with_script_adds_the_view(tmp_path):
    result = cli("analyze", str(DEFAULT_REPORT), "--script", "hant", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert "關於促進" in out["view"]["text"]
    assert sum(a for a, _ in out["view"]["map"]) == len(out["text"])
    assert sum(b for _, b in out["view"]["map"]) == len(out["view"]["text"])


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.txt", b""), ("nul.bin", b"\x00\x01\x02" * 100), ("ctl.txt", bytes(range(1, 9)) * 99)],
)
def test_bad_input_gives_one_line_and_nonzero_exit(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = cli("analyze", str(path), "--json")
    assert result.returncode == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in result.stderr


def test_missing_file_and_bad_usage(tmp_path):
    result = cli("analyze", str(tmp_path / "missing.txt"), "--json")
    assert result.returncode == 3 and "no such file" in result.stderr
    result = cli("analyze")
    assert result.returncode == 2


def test_malformed_corrections_file_is_one_line(tmp_path):
    (tmp_path / "corrections.json").write_text("{not json", encoding="utf-8")
    result = cli("analyze", str(DEFAULT_REPORT), "--json", data_dir=tmp_path)
    assert result.returncode == 3
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
