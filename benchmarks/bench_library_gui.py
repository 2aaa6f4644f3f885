"""Library benchmark in the window (issue 18): does the UI stall while the library indexes?

Run: ``.venv/bin/python benchmarks/bench_library_gui.py [--runs 11]`` (offscreen; no X
server needed).

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
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
