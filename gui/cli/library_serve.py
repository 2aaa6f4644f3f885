"""``report-reader-cli library serve``: one long-lived indexing process for the window.

Started once by the window (``gui/ui/library/indexer.py``), so that re-indexing a changed
report does not pay a process start and the imports of OpenCC's dictionaries and the entity
recogniser each time (2–3 s on a loaded machine: more than the work itself). It reads the
library's jobs from stdin, one JSON object per line, and runs them one at a time:

* ``{"job": "add", "paths": [...]}``, ``{"job": "refresh"}`` (changed and vanished files, the
  added folders' new files; with ``"paths"``: only the files and folders a watcher named),
  ``{"job": "rebuild"}``: then indexes what is pending, writing the
  progress protocol of :mod:`gui.cli.library` (``{"done", "total", "path"}`` per report,
  ``{"indexed", "failed", "cancelled"}`` at the end) or ``{"error": "one line"}``;
* ``{"job": "stop"}`` stops the running job after the report being read (what is committed
  stays: each report is one transaction, so even a killed server loses nothing).

stdin closing (the window gone, however it ended) stops the running job and ends the server.
It runs at ``nice`` 10, as the window's other worker processes do.
Before the first job it indexes a few lines of text of its own (not a library's), so that
the first real job finds every dictionary loaded; ``{"ready": true}`` says when.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import tempfile
import threading

#: A line of a report, to load what indexing needs before the first job (both scripts).
WARM_UP_TEXT = (
    "国务院办公厅关于促进高新技术产业开发区高质量发展的意见\n臺灣省政府：二〇二一年工作報告。\n"
)


def add_parser(actions) -> None:
    """Register ``library serve`` (for the window; not in the help)."""
    import argparse

    serve = actions.add_parser("serve", help=argparse.SUPPRESS)
    serve.set_defaults(run=run_serve)


def run_serve(args) -> int:
    from gui.core.worker_lifeline import child_started, nice_below

    # At a lower priority, as the window's conversion workers: on a busy machine the
    # window's UI thread should win the CPU (this process holds no lock of the window's, so
    # waiting costs the window nothing); and it ends with a window killed with its pipe
    # still held elsewhere.
    child_started(os.getppid(), nice_below(10))
    jobs: queue.Queue = queue.Queue()
    stop = threading.Event()
    threading.Thread(target=_read_jobs, args=(jobs, stop), daemon=True).start()
    _warm_up()
    _say({"ready": True})
    while True:
        job = jobs.get()
        if job is None:
            return 0
        stop.clear()
        try:
            _say(_run(job, stop))
        except Exception as err:  # noqa: BLE001 - one line for the window, then the next job
            _say({"error": " ".join(str(err).split())[:300] or type(err).__name__})


def _read_jobs(jobs: queue.Queue, stop: threading.Event) -> None:
    """Queue each job line; a stop line (or stdin closing) sets ``stop`` for the running
    job; closing also ends the server after it."""
    for line in sys.stdin:
        try:
            job = json.loads(line)
        except ValueError:
            continue
        if not isinstance(job, dict):
            continue
        if job.get("job") == "stop":
            stop.set()
        else:
            jobs.put(job)
    stop.set()
    jobs.put(None)


def _run(job: dict, stop: threading.Event) -> dict:
    from gui.core.library import Library, LibraryError

    kind = job.get("job")
    if kind not in ("add", "refresh", "rebuild"):
        return {"error": f"unknown job {kind!r}"}
    try:
        with Library() as library:
            if kind == "add":
                try:
                    library.add(job.get("paths") or [])
                except LibraryError as err:
                    return {"error": f"nothing was added: {err}"}
            elif kind == "refresh":
                named = job.get("paths")
                library.update_from_files([str(p) for p in named] if named else None)
            else:
                library.rebuild()

            def progress(done: int, total: int, path: str) -> None:
                _say({"done": done, "total": total, "path": path})

            # One commit per report here: the window's progress and list follow each report,
            # and one process at nice 10 beside a reading session gains little from batches
            # (they serve the CLI's first indexing on every core).
            summary = library.index(
                workers=1, progress=progress, cancelled=stop.is_set, commit_seconds=0
            )
    except LibraryError as err:
        return {"error": str(err)}
    return {"indexed": summary.indexed, "failed": summary.failed, "cancelled": summary.cancelled}


def _warm_up() -> None:
    """Index a few lines of text outside any library (the imports and dictionaries)."""
    from gui.core.library.indexing import index_file

    with tempfile.TemporaryDirectory(prefix="report-reader-warm-") as folder:
        path = os.path.join(folder, "warm-up.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(WARM_UP_TEXT)
        index_file(path)


def _say(message: dict) -> None:
    print(json.dumps(message, ensure_ascii=False), flush=True)
