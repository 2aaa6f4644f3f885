"""The outside start-up measurement (``benchmarks/screen.py``): a private Xvfb, the window's
pixels, the memory of the process tree. The app carries no probe of its own any more."""

from __future__ import annotations

import json
import shutil
import sys

import pytest
from frozen_helpers import REPO, child_env, run

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed")
SCREEN = str(REPO / "benchmarks" / "screen.py")
BARE = str(REPO / "benchmarks" / "bare_window.py")


def _watch(tmp_path, *cmd: str, settle: float = 0.8, timeout: float = 60) -> tuple[int, dict]:
    env = child_env(tmp_path / "data")
    result = run(
        [sys.executable, SCREEN, "--settle", str(settle), "--timeout", str(timeout), "--", *cmd],
        env,
        timeout=timeout + 60,
    )
    lines = result.stdout.decode().strip().splitlines()
    assert lines, result.stderr.decode(errors="replace")[-3000:]
    return result.returncode, json.loads(lines[-1])


def test_a_browser_showing_the_report_is_seen_with_its_memory(tmp_path):
    status, summary = _watch(tmp_path, sys.executable, BARE)
    assert status == 0
    assert 0 < summary["text_on_screen"] < 60
    assert summary["ink"] > 0.02  # a screen of CJK text
    assert 20 < summary["peak_pss_mb"] < 2000


def test_a_window_without_text_is_never_taken_for_text(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    status, summary = _watch(tmp_path, sys.executable, BARE, str(empty), timeout=6)
    assert status == 1
    assert summary["text_on_screen"] is None


def test_the_app_from_source_is_seen_showing_its_report(tmp_path):
    data = tmp_path / "app-data"
    status, summary = _watch(
        tmp_path, sys.executable, "-m", "gui.app", "--data-dir", str(data), settle=1.0
    )
    assert status == 0
    assert 0 < summary["text_on_screen"] < 60


def test_nothing_in_the_app_package_refers_to_a_start_up_probe():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "gui").rglob("*.py"))
    assert "FIRST_PAINT" not in sources and "startup_probe" not in sources
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert "FIRST_PAINT" not in spec and "probe" not in spec


def test_the_session_watcher_reports_a_whole_session(tmp_path):
    """``benchmarks/app_session.py`` runs the app's own main and reports every phase."""
    env = child_env(tmp_path / "data")
    report = str(REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt")
    session = str(REPO / "benchmarks" / "app_session.py")
    cmd = [sys.executable, session, report, "--data-dir", str(tmp_path / "data")]
    result = run([*cmd, "--toggles", "--switch-to", report], env, timeout=240)
    lines = [ln for ln in result.stdout.decode().splitlines() if ln.startswith("SESSION")]
    assert result.returncode == 0 and lines, result.stdout.decode(errors="replace")[-3000:]
    figures = json.loads(lines[0].split(" ", 1)[1])
    assert figures["event_loop"] < figures["everything_shown"] < figures["ended"]
    assert set(figures["converted"]) == {"hant", "tw", "hans", "hk", "original"}
    assert all(figures["toggles"][s] <= figures["converted"][s] for s in figures["toggles"])
    assert figures["entities"] > 20 and figures["sections"] == 7
    assert {"start", "toggle tw", "switch"} <= set(figures["stalls"])
