"""Script-view conversion throughput, as the reader's workers convert a long report (issue 11).

Every line of a generated report (``large_report.py``, real section density) is converted to
each view by ``gui.core.script_workers.convert_lines`` in chunks of ``CHUNK_CHARS``, exactly
what a worker process does with the chunks the switcher hands out (for a Traditional view it
makes the Simplified pivot first, as a worker does). The figure is characters per second of
the process's own CPU time, which another process on the machine hardly changes (the wall
clock on a shared 2-core machine does).

Run from the repository root:

    .venv/bin/python benchmarks/bench_view_speed.py [--chars 1000000] [--runs 11]
        [--base /path/to/a/worktree/of/the/base/commit]

With ``--base``, each run is one fresh process per tree, alternating (base, this tree, …),
each importing its own ``gui`` (``PYTHONPATH``); medians of ``--runs`` are compared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
VIEWS = ("hans", "hant", "tw", "hk")


def one_run(chars: int, tree: Path) -> dict:
    """CPU seconds of each view's whole pass in this process (and of the warm-up), with the
    ``gui`` package and the report generator of ``tree``."""
    sys.path[:0] = [str(tree), str(tree / "benchmarks")]
    from large_report import build_large_report

    from gui.core import script, script_workers
    from gui.core.script_views import DocumentViews

    text = build_large_report(chars)
    views = DocumentViews(text)
    variant = views.variant
    lines = text.split("\n")
    chunks: list[list[str]] = [[]]
    size = 0
    for line in lines:  # cut as ConversionJobs cuts: whole lines, ~CHUNK_CHARS each
        chunks[-1].append(line)
        size += len(line) + 1
        if size >= script_workers.CHUNK_CHARS:
            chunks.append([])
            size = 0
    began = time.process_time()
    script.warm_up()  # a worker loads its dictionaries before its first chunk
    out: dict = {"warm_up": time.process_time() - began, "chars": float(len(text))}
    out["gui"] = script.__file__
    for view in VIEWS:
        began = time.process_time()
        for chunk in chunks:
            script_workers.convert_lines(chunk, view, variant)
        out[view] = time.process_time() - began
    return out


def _child(tree: Path, chars: int) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    cmd = [sys.executable, str(HERE / "bench_view_speed.py"), "--one", "--chars", str(chars)]
    cmd += ["--tree", str(tree)]
    done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--base", type=Path, help="a worktree of the commit to compare with")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_run(args.chars, args.tree)))
        return 0
    trees = {"this": REPO} if args.base is None else {"base": args.base, "this": REPO}
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, tree in trees.items():
            runs[name].append(_child(tree, args.chars))
    load = os.getloadavg()
    chars = runs["this"][0]["chars"]
    print(f"View conversion as the workers do it: {chars:,.0f} characters, {args.runs} runs per")
    print("tree, alternating; CPU seconds of the converting process, min / median / max;")
    print(f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
    for key in ("warm_up", *VIEWS):
        cells = []
        for name in trees:
            values = sorted(r[key] for r in runs[name])
            median = statistics.median(values)
            rate = "" if key == "warm_up" else f" = {chars / median / 1000:,.0f} K chars/s"
            cells.append(f"{name} {values[0]:.2f} / {median:.2f} / {values[-1]:.2f} s{rate}")
        print(f"  {key:8} " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
