"""The first-paint probe used by benchmarks/bench_frozen.py."""

from __future__ import annotations

import os

from frozen_helpers import PYTHON, REPO, child_env, run

from gui import startup_probe


def test_the_probe_does_nothing_when_not_asked(monkeypatch):
    monkeypatch.delenv(startup_probe.ENV, raising=False)
    assert not startup_probe.enabled()
    startup_probe.install()  # no QApplication needed: it returns at once
    startup_probe.install_at_exec()
    assert startup_probe._probe is None


def test_seconds_since_start_is_the_process_age():
    age = startup_probe.seconds_since_start()
    assert 0 < age < 24 * 3600


def test_bare_window_reports_its_first_paint_and_exits(tmp_path):
    env = child_env(tmp_path, REPORT_READER_FIRST_PAINT="exit")
    result = run([PYTHON, str(REPO / "benchmarks" / "bare_window.py")], env, timeout=60)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert result.stdout.decode().startswith("first-paint")


def test_the_app_reports_the_first_paint_of_the_report_and_exits(tmp_path):
    log = tmp_path / "paint.txt"
    env = child_env(
        tmp_path / "data", REPORT_READER_FIRST_PAINT="exit", REPORT_READER_FIRST_PAINT_FILE=str(log)
    )
    code = (
        "import sys\n"
        "from gui import startup_probe\n"
        "startup_probe.install_at_exec()\n"
        "from gui.app import main\n"
        "sys.exit(main(['report-reader']))\n"
    )
    result = run([PYTHON, "-c", code], env, timeout=90)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    line = log.read_text(encoding="utf-8").strip()
    assert line.startswith("first-paint ")
    assert 0 < float(line.split()[1]) < 60
    assert os.environ.get(startup_probe.ENV) is None
