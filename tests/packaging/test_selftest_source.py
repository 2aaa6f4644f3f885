"""The self-test itself, run from source: its verdict logic, its JSON, its entry points."""

from __future__ import annotations

import argparse
import json

import pytest
from frozen_helpers import PYTHON, child_env, failed_checks, run, selftest_summary

from gui import selftest


def _fail() -> str:
    raise AssertionError("broken on purpose")


def _require_fails() -> str:
    selftest.require(False, "a requirement failed")
    return "unreachable"


def _skip() -> str:
    raise selftest.Skipped("not built yet")


def test_a_failing_check_fails_the_selftest_and_others_still_run():
    test = selftest.SelfTest()
    test.run("outline", lambda: "ok")
    test.run("script:hans", _fail)
    test.run("entities", lambda: 1 / 0)
    test.run("notes-roundtrip", lambda: "fine")
    test.run("format:pdf", _require_fails)
    assert not test.passed
    names = [c.name for c in test.checks]
    assert names == ["outline", "script:hans", "entities", "notes-roundtrip", "format:pdf"]
    assert [c.ok for c in test.checks] == [True, False, False, True, False]
    assert test.checks[4].detail == "a requirement failed"
    assert test.checks[1].detail == "broken on purpose"
    assert test.checks[2].detail.startswith("ZeroDivisionError")


def test_skipped_checks_pass_but_required_ones_must_run():
    test = selftest.SelfTest()
    test.run("outline", lambda: "ok")
    test.run("script:tw", lambda: "ok")
    test.run("entities", _skip)
    assert test.passed
    entry = test.summary()["checks"][2]
    assert entry["ok"] and entry["skipped"] and entry["detail"].startswith("skipped: not available")

    only_skips = selftest.SelfTest()
    only_skips.run("outline", _skip)
    only_skips.run("script:tw", lambda: "ok")
    assert not only_skips.passed  # the outline check is required to have run


def test_main_reads_its_options_from_argv_when_given_the_gui_namespace(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr(selftest, "run", lambda output, **_: seen.update(o=output) or 0)
    monkeypatch.setattr(
        "sys.argv", ["report-reader", "--selftest", "--selftest-output", str(tmp_path / "x")]
    )
    assert selftest.main(argparse.Namespace(selftest=True, file=None)) == 0
    assert seen["o"] == str(tmp_path / "x")
    assert selftest.main(["--selftest-output", "y", "--unrelated"]) == 0
    assert seen["o"] == "y"


@pytest.mark.slow
def test_cli_selftest_from_source_passes_and_prints_json(tmp_path):
    output = tmp_path / "summary.json"
    result = run(
        [PYTHON, "-m", "gui.cli", "selftest", "--selftest-output", str(output)],
        child_env(tmp_path / "data"),
    )
    summary = selftest_summary(result, output)
    assert json.loads(result.stdout.decode("utf-8")) == summary, "stdout must be the JSON only"
    names = [c["name"] for c in summary["checks"]]
    for name in ("outline", "main-window", "entities", "notes-roundtrip", "print-pdf"):
        assert name in names
    assert {n for n in names if n.startswith("script:")} == {
        f"script:{s}" for s in ("original", "hans", "hant", "tw", "hk")
    }
    for check in summary["checks"]:
        assert set(check) >= {"name", "ok", "detail", "seconds"}
    assert summary["passed"], failed_checks(summary)
    assert result.returncode == 0
    assert not (tmp_path / "data" / "notes.sqlite3").exists(), "must use a temp data dir"
