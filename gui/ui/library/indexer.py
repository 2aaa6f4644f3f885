"""Indexing for the window in a process of its own: ``report-reader-cli library add|refresh
--progress --workers 1``, read line by line by a pool thread.

Why a process: indexing is pure-Python work (conversion, recognition). On a pool thread it
shares the window's interpreter lock, and on a busy 2-core machine the indexing thread is
often descheduled while holding it, freezing the window for 100–250 ms at a time (measured:
longest gap 136 ms median with a thread, 64 ms with a process, same machine, same load; see
docs/library.md). The frozen build carries no ``multiprocessing``, so the window starts the
CLI itself (the bundle's ``report-reader-cli``; a source run's ``python -m gui.cli``), which
indexes with ``workers=1``. The thread here only waits on the child's output.

The protocol is the CLI's (:mod:`gui.cli.library`): a JSON line per report, a summary line at
the end; a line on stdin stops the child after the report it is reading, and what it committed
stays (each report is one transaction, so even a killed child loses nothing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from gui.core.library import IndexSummary
from gui.core.library.store import LIBRARY_FILE_NAME

CLI_NAME = "report-reader-cli"
# How often the child is told to stop once the user cancelled (seconds between checks).
STOP_POLL_S = 0.05


def index_command(
    library_path: Path, paths: list[str] | None, rebuild: bool = False
) -> list[str] | None:
    """The command that adds ``paths`` (None: brings the library up to date with its files
    and its folders; ``rebuild``: drops the index and reads every file again) and indexes
    what is pending; None when no CLI can be started for this library (the window then
    indexes on its own thread)."""
    library_path = Path(library_path)
    if library_path.name != LIBRARY_FILE_NAME:
        return None  # the CLI finds the library by its data folder
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        cli = executable.with_name(CLI_NAME + executable.suffix)
        if not cli.exists():
            return None
        command = [str(cli)]
    else:
        command = [sys.executable, "-m", "gui.cli"]
    command += ["--data-dir", str(library_path.parent), "library"]
    if rebuild:
        command.append("rebuild")
    else:
        command += ["add", *paths] if paths else ["refresh", "--add-folders"]
    return command + ["--workers", "1", "--progress"]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        # The child imports this very package, wherever it was started from.
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def index_in_child(
    command: list[str],
    progress: Callable[[int, int, str], None],
    should_stop: Callable[[], bool],
) -> IndexSummary:
    """Run ``command`` (from :func:`index_command`) and relay its progress; return its
    summary. Raises ``RuntimeError`` with the child's one-line reason when it fails."""
    env = _child_env()
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
    ) as child:
        finished = threading.Event()
        stopper = threading.Thread(target=_tell_to_stop, args=(child, should_stop, finished))
        stopper.start()
        try:
            summary = relay(child.stdout, progress)
            for _line in child.stdout:
                pass  # the child ends after its summary
            reason = child.stderr.read().strip()
        finally:
            finished.set()
            stopper.join()  # it writes to stdin: done before the pipes close
    status = child.returncode
    if status != 0 or summary is None:
        last = reason.splitlines()[-1] if reason else f"exit status {status}"
        raise RuntimeError(last.removeprefix(f"{CLI_NAME}: "))
    return summary


def relay(lines, progress: Callable[[int, int, str], None]) -> IndexSummary | None:
    """Read the progress protocol from ``lines`` until a job's end: ``progress`` for each
    report, the summary returned (None if the lines end first); an error line raises
    ``RuntimeError`` with its one line."""
    for line in lines:
        try:
            data = json.loads(line)
        except ValueError:
            continue  # not a protocol line
        if "done" in data:
            progress(data["done"], data["total"], data["path"])
        elif "indexed" in data:
            return IndexSummary(data["indexed"], data["failed"], data["cancelled"])
        elif "error" in data:
            raise RuntimeError(str(data["error"]))
    return None


def _tell_to_stop(child: subprocess.Popen, should_stop, finished: threading.Event) -> None:
    """Write the stop line once ``should_stop()`` turns true (the child stops after the
    report it is reading); end with the child."""
    while not finished.wait(STOP_POLL_S):
        if should_stop():
            try:
                child.stdin.write("stop\n")
                child.stdin.flush()
            except (OSError, ValueError):
                pass  # the child has ended already
            return
