"""The GUI under hostile arguments and hostile endings (issue #17's cases 1, 2 and 9), each in
a child process under the time and memory limits of ``run_limits``."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as corpus  # noqa: E402
from run_limits import APP_ROOT, MEGABYTES, run_limited  # noqa: E402

from tests.processes import alive  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses /proc and FIFOs")

#: Seconds the window is given to start, open the report and record it in the notes store.
SETTLE = 6.0


def _app(*args: str | bytes, data_dir: Path | bytes, seconds: float = SETTLE):
    argv: list[str | bytes] = [sys.executable, "-m", "gui.app", *args, "--data-dir", data_dir]
    return run_limited(argv, seconds=seconds)


def _start_app(path: str | bytes, data_dir: Path) -> subprocess.Popen:
    """The app on ``path``, offscreen, in a process of its own with no limits (the test ends it)."""
    env = dict(os.environ, PYTHONPATH=str(APP_ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "gui.app", path, "--data-dir", str(data_dir)],
        env=env,
        cwd=APP_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _documents(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "notes.sqlite3") as db:
        return [row[0] for row in db.execute("SELECT path FROM documents")]


def test_qt_gets_no_argument_it_cannot_take():
    from gui.app import qt_arguments

    bad = os.fsdecode(b"/tmp/bad-\xff.txt")
    argv = ["report-reader", bad, "--data-dir", os.fsdecode(b"/tmp/d\xfe"), "-style", "Fusion"]
    assert qt_arguments(argv) == ["report-reader", "-style", "Fusion"]
    assert qt_arguments([os.fsdecode(b"/opt/\xff/report-reader")]) == ["report-reader"]


def test_a_file_name_that_is_not_utf8_opens(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"bad-\xff.txt")
    with open(path, "wb") as out:
        out.write(corpus.report_bytes())
    data_dir = tmp_path / "data"
    app = _start_app(path, data_dir)
    try:
        # The notes store records the document once the window has opened it (a loaded
        # machine may take a while; before the fix the app died of SIGSEGV in 0.4 s).
        deadline = time.monotonic() + 30
        opened = False
        while not opened and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.2)
            try:
                opened = any(p.endswith("bad-\\xff.txt") for p in _documents(data_dir))
            except sqlite3.Error:
                pass
        assert app.poll() is None, f"the app ended with {app.returncode}"
        assert opened, "the report was never opened"
        peak_kb = next(
            int(line.split()[1])
            for line in Path(f"/proc/{app.pid}/status").read_text().splitlines()
            if line.startswith("VmHWM:")
        )
        assert peak_kb / 1024 <= MEGABYTES
    finally:
        app.kill()
        app.wait()
    assert not (data_dir / "report-reader.log").exists()  # no error was logged


def test_a_data_dir_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    data_dir = os.path.join(os.fsencode(tmp_path), b"data-\xfe")
    outcome = _app(data_dir=data_dir)
    assert outcome.returncode == 2, outcome.describe()
    assert len(outcome.stderr.decode().strip().splitlines()) == 1
    assert b"not valid UTF-8" in outcome.stderr


#: Where a thread sleeps while it waits for a FIFO's other end (open, then read).
_FIFO_WAITS = {"wait_for_partner", "pipe_read", "pipe_wait", "fifo_open"}


def _main_thread_wait_after(argv: list[str], seconds: float) -> str:
    """Start the app, give it ``seconds``, and return where its UI thread waits (its
    ``wchan``); the app must still be running."""
    env = dict(os.environ, PYTHONPATH=str(APP_ROOT), QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, "-m", "gui.app", *argv],
        env=env,
        cwd=APP_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(seconds)
        assert app.poll() is None, f"the app ended: {app.returncode}"
        return Path(f"/proc/{app.pid}/wchan").read_text().strip()
    finally:
        app.kill()
        app.wait()


@pytest.mark.parametrize("fifo_as", ["report", "corrections.json", "settings.ini"])
def test_a_fifo_never_blocks_the_window(tmp_path, fifo_as):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    report = tmp_path / "report.txt"
    if fifo_as == "report":
        corpus.make_fifo(report)
    else:
        report.write_bytes(corpus.report_bytes())
        corpus.make_fifo(data_dir / fifo_as)
    wait = _main_thread_wait_after([str(report), "--data-dir", str(data_dir)], SETTLE)
    assert wait not in _FIFO_WAITS, f"the UI thread waits on the FIFO ({wait})"
    assert not (data_dir / "report-reader.log").exists()  # refused with a message, no error


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_worker_processes_end_with_the_app(tmp_path, how):
    report = tmp_path / "long.txt"
    text = corpus.report_bytes()
    report.write_bytes(text * (200_000 // len(text.decode()) + 1))  # > 60,000 characters
    app = _start_app(str(report), tmp_path / "data")
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(app.pid)  # the recogniser's child and the resource tracker
        assert len(workers) >= 2, "the app started no worker process"
        app.send_signal(how)
        app.wait(10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(alive(pid) for pid in workers):
            time.sleep(0.1)
        left = [pid for pid in workers if alive(pid)]
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        assert not left, f"worker processes outlived the app: {left}"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
