"""Library benchmark in the window (issue 18): does the UI stall while the library indexes?

Run: ``.venv/bin/python benchmarks/bench_library_gui.py [--runs 11]`` (offscreen; no X
server needed). ``--view DATA_DIR``: the library view's opening instead (below).

Each run is a fresh app process (``app_session.py``, the real ``gui.app.main``) with a fresh
data folder, watched from its start to its end by a 5 ms timer on the UI thread: the bundled
report opens and is shown in full; then View → Library opens and the real reports of
tests/data/real (every .txt, .md and .html, copied to a temporary folder) are added as Add
Folder… adds them, and the session ends when the last one is indexed. The figure is the
longest gap between two ticks while indexing runs (the UI could not react for that long;
goal ≤ 100 ms), with the whole session's longest gap beside it.

The window indexes in a CLI process; each round also runs the same session indexing on the
window's own pool thread (what it did before, and still does when no CLI can be started), so
the two are compared under the same load. The baseline, run in the same rounds, is the same
session doing the same visible work without indexing: the report shown, the dock opened, and
the app left running for as long as the round's first run took to index. Its longest gap is
what this machine's load alone costs the UI thread. Figures are min / median / max of
``--runs``; the goal is judged on the median.

``--view DATA_DIR`` (a data folder holding a built library, e.g. the ``data`` folder of
``bench_library.py --keep DIR``): each run is a fresh app session on that folder that shows
the bundled report, then triggers View → Library and times it until the rows are in the dock
and the event loop has turned (goal ≤ 300 ms), with the longest UI gap meanwhile. The
baseline in the same rounds is the same session on an empty library (the dock's own cost).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import row

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
REPORT = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
REAL = REPO / "tests" / "data" / "real"
STALL_GOAL = 0.100


def corpus(folder: Path) -> tuple[int, int]:
    """Copy the real reports into ``folder``; return (files, bytes)."""
    folder.mkdir(parents=True)
    files = [p for p in sorted(REAL.iterdir()) if p.suffix in {".txt", ".md", ".html"}]
    files = [p for p in files if p.name != "MANIFEST.md"]
    for path in files:
        shutil.copy(path, folder / path.name)
    return len(files), sum(p.stat().st_size for p in files)


def session(data: Path, *extra: str) -> tuple[dict, float]:
    """One app session; its SESSION figures and its wall time seen from here."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["XDG_CONFIG_HOME"] = str(data / "config")
    began = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(HERE / "app_session.py"), str(REPORT), "--data-dir", str(data),
         *extra],
        capture_output=True, text=True, timeout=600, env=env, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - began
    for line in out.stdout.splitlines():
        if line.startswith("SESSION "):
            return json.loads(line[len("SESSION ") :]), wall
    raise RuntimeError(f"the session did not finish:\n{out.stdout[-2000:]}{out.stderr[-2000:]}")


def view(data: Path, runs: int) -> int:
    """The library view's opening on the library in ``data`` (module docstring)."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-library-view-"))
    try:
        print(f"Library view: View → Library on {data}, {runs} interleaved runs; load average "
              f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())}")  # fmt: skip
        shown, stall, empty, empty_stall = [], [], [], []
        rows = 0
        for n in range(runs + 1):  # run 0 warms the disk cache, not counted
            full, _ = session(data, "--library-view")
            base, _ = session(tmp / f"empty-{n}", "--library-view")
            rows = full["library_view_rows"]
            print(f"    run {n}: {rows:,} rows shown in {full['library_view_shown'] * 1000:.0f} ms "
                  f"(empty library {base['library_view_shown'] * 1000:.0f} ms); load "
                  f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
            if n == 0:
                continue
            shown.append(full["library_view_shown"])
            stall.append(full["stalls"]["library view"])
            empty.append(base["library_view_shown"])
            empty_stall.append(base["stalls"]["library view"])
        print(row(f"View → Library to {rows:,} rows shown", shown, goal=0.300))
        print(row("baseline: the same on an empty library", empty))
        print(row("longest UI gap meanwhile", stall))
        print(row("baseline: longest UI gap meanwhile", empty_stall))
        print(f"  load average at the end {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--view", metavar="DATA_DIR", help="time the library view's opening")
    args = parser.parse_args()
    if args.view:
        return view(Path(args.view), args.runs)
    tmp = Path(tempfile.mkdtemp(prefix="bench-library-gui-"))
    try:
        files, size = corpus(tmp / "reports")
        print(f"Library in the window: {files} real reports ({size / 1e6:.1f} MB) added from "
              f"the dock, {args.runs} interleaved runs; load average "
              f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())}")  # fmt: skip
        figures: dict[str, list[float]] = {k: [] for k in (
            "stall", "whole", "seconds", "done_at", "wall", "base_stall", "base_whole",
            "thread_stall", "thread_seconds")}  # fmt: skip
        for n in range(args.runs + 1):  # run 0 warms the disk cache and bytecode, not counted
            indexed, wall = session(tmp / f"run-{n}", "--library", str(tmp / "reports"))
            idle = indexed["library_seconds"]
            base, _ = session(tmp / f"base-{n}", "--idle", f"{idle:.2f}")
            threaded, _ = session(
                tmp / f"thread-{n}", "--library", str(tmp / "reports"), "--library-thread"
            )
            if indexed.get("library_indexed") != files:
                raise RuntimeError(f"indexed {indexed.get('library_indexed')} of {files}")
            print(f"    run {n}: indexing {idle:.1f} s, longest gap while indexing "
                  f"{indexed['stalls']['library'] * 1000:.0f} ms (on a thread "
                  f"{threaded['stalls']['library'] * 1000:.0f} ms, baseline "
                  f"{base['stalls']['library'] * 1000:.0f} ms); load "
                  f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
            if n == 0:
                continue
            figures["stall"].append(indexed["stalls"]["library"])
            figures["whole"].append(max(indexed["stalls"].values()))
            figures["seconds"].append(idle)
            figures["done_at"].append(indexed["library_done_at"])
            figures["wall"].append(wall)
            figures["base_stall"].append(base["stalls"]["library"])
            figures["base_whole"].append(max(base["stalls"].values()))
            figures["thread_stall"].append(threaded["stalls"]["library"])
            figures["thread_seconds"].append(threaded["library_seconds"])
        print(row("longest UI gap while indexing", figures["stall"], goal=STALL_GOAL))
        print(row("the same, indexing on the window's own thread", figures["thread_stall"]))
        print(row("baseline: same session, dock open, no indexing", figures["base_stall"]))
        print(row("longest UI gap, whole session (start-up too)", figures["whole"]))
        print(row("baseline, whole session", figures["base_whole"]))
        print(row("indexing, dock's Add to last report indexed", figures["seconds"]))
        print(row("the same on the window's own thread", figures["thread_seconds"]))
        print(row("process start to last report indexed", figures["done_at"]))
        print(row("process start to exit, seen from outside", figures["wall"]))
        print(f"  load average at the end {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
