"""Benchmark: ``analyze --json`` of the hostile 10 MB single line, against issue #17's 10 s goal (session 27).

    .venv/bin/python benchmarks/bench_hostile_line.py [--base REV] [--runs 11]

The case is the one ``tests/hostile/test_hostile_cli.py`` builds: the bundled report with its
newlines removed, repeated to 10 MB on one line (2.66 M characters, ~115,000 entities). The goal
(issue #17: a hostile case ends within 10 s) is judged here, not by the test, because one run's
CPU time is not a verdict on this machine: the same code measured 9.9 to 13.2 s of CPU in 13 runs
within ten minutes on 2026-12-06 at a load under 1 (the host's other guests). The test keeps a
guard with headroom for that (a hang or a superlinear stage still fails it); this benchmark
runs each tree ``--runs`` times, **interleaved** with the baseline ``--base`` (default: the
commit before this session's speed work, ``c69f4262``; its ``gui/`` and ``resources/`` are
exported with ``git archive``), and reports the **median** CPU (user + system of the process)
and wall time of each, the median of the paired differences, and the load average. Both trees
are byte-compiled first, as an installed package is. Nothing runs inside the measured process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests" / "hostile"))

from analyze_identity import export  # noqa: E402
from make_corpus import ten_mb_line  # noqa: E402

#: Issue #17: a hostile case ends within 10 s.
GOAL_SECONDS = 10.0
#: The last commit before session 27's speed work (the regex scans, sp27).
DEFAULT_BASE = "c69f4262"


def line_file(folder: Path) -> Path:
    """The test's 10 MB single line."""
    path = folder / "line.txt"
    path.write_bytes(ten_mb_line())
    return path


def run_once(tree: Path, path: Path, data_dir: Path) -> tuple[float, float]:
    """CPU (user + system) and wall seconds of one ``analyze --json`` of ``path`` with ``tree``'s
    gui/ (run from the tree, so its package is the one imported)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "gui.cli",
            "--data-dir",
            str(data_dir),
            "analyze",
            str(path),
            "--json",
        ],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=DEFAULT_BASE, help="the baseline revision")
    parser.add_argument("--runs", type=int, default=11, help="runs of each tree (at least 11)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        folder = Path(tmp)
        base = export(args.base, folder)
        path = line_file(folder)
        trees = {"this tree": REPO, f"base {args.base}": base}
        for tree in trees.values():
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(tree / "gui")],
                env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                stdout=subprocess.DEVNULL,
                check=True,
            )
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        loads = []
        for i in range(args.runs):
            order = list(trees.items()) if i % 2 == 0 else list(reversed(trees.items()))
            for name, tree in order:
                data_dir = folder / f"data-{len(times[name])}-{name[:4]}"
                times[name].append(run_once(tree, path, data_dir))
            loads.append(os.getloadavg()[0])
    print(f"analyze --json of the 10 MB single line, {args.runs} interleaved runs each")
    print(f"load average (1 min) during the runs: median {statistics.median(loads):.2f}")
    for name, runs in times.items():
        cpu = [c for c, _w in runs]
        wall = [w for _c, w in runs]
        verdict = "meets" if statistics.median(cpu) < GOAL_SECONDS else "misses"
        print(
            f"  {name:<16} CPU median {statistics.median(cpu):5.2f} s "
            f"(min {min(cpu):.2f}, max {max(cpu):.2f}); wall median {statistics.median(wall):5.2f} s"
            f"  -> {verdict} the {GOAL_SECONDS:.0f} s goal"
        )
    ours, theirs = times.values()
    paired = [a[0] - b[0] for a, b in zip(ours, theirs, strict=True)]
    print(f"  paired CPU difference, this tree - base: median {statistics.median(paired):+.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
