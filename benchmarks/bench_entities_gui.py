"""Benchmark: entity highlighting in the real window, offscreen.

1. The longest UI stall while entities are recognised in the background over a generated
   ~1,000,000-character report (a 10 ms QTimer on the UI thread; the gap between two ticks is
   how long the UI could not react), and the time from ``document_opened`` until the
   highlights are painted. Goal: no stall above 100 ms.
2. App launch with and without entity support installed (fresh interpreters, median of
   ``--runs``): importing the window, building it and showing it, and whether the recogniser
   was imported (it must not be).

Run: ``.venv/bin/python benchmarks/bench_entities_gui.py [--chars N] [--runs N]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STALL_GOAL_MS = 100

LAUNCH_SNIPPET = r"""
import os, sys, time, json
t0 = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.core import paths
paths.set_data_dir({data!r})
import gui.ui.main_window as mw
if {without}:
    mw.install_entities = lambda window: None
from gui.settings import Settings
from gui.ui.notifier import RecordingNotifier
window = mw.MainWindow(Settings(), RecordingNotifier())
window.show()
app.processEvents()
print(json.dumps({{"seconds": time.perf_counter() - t0,
                  "recogniser_imported": "gui.core.entities" in sys.modules}}))
"""


def launch(without: bool, runs: int) -> tuple[float, bool]:
    times, imported = [], False
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data:
            code = LAUNCH_SNIPPET.format(root=str(ROOT), data=data, without=without)
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            times.append(result["seconds"])
            imported |= result["recogniser_imported"]
    return statistics.median(times), imported


def stall(chars: int, without: bool = False, duration: float = 0.0) -> dict:
    """Open a generated report and watch a 10 ms timer from ``document_opened`` until the
    entity highlights are painted (or, ``without`` entity support, for ``duration`` s)."""
    from bench_entities import build_report
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # alive for the whole run
    from gui.core import paths

    data = Path(tempfile.mkdtemp())
    paths.set_data_dir(data)
    import gui.ui.main_window as mw
    from gui.settings import Settings
    from gui.ui.entities import install_entities
    from gui.ui.notifier import RecordingNotifier

    mw.install_entities = (lambda window: None) if without else install_entities
    report = data / "big-report.txt"
    report.write_text(build_report(chars), encoding="utf-8")
    window = mw.MainWindow(Settings(), RecordingNotifier())
    window.resize(1200, 800)
    window.show()
    feature = getattr(window, "entities", None) if not without else None
    gaps: list[float] = []
    state: dict[str, float | None] = {"opened": None, "painted": None, "last": None}
    loop = QEventLoop()

    def tick() -> None:
        now = time.perf_counter()
        if state["last"] is not None and state["opened"] is not None:
            gaps.append(now - state["last"])
        state["last"] = now

    def opened(_doc) -> None:
        state["opened"] = state["last"] = time.perf_counter()
        if without:
            QTimer.singleShot(round(duration * 1000), painted)

    def painted() -> None:
        if feature is not None and feature.busy:
            return
        state["painted"] = time.perf_counter()
        QTimer.singleShot(300, loop.quit)  # the first repaint with the highlights counts too

    window.signals.document_opened.connect(opened)
    if feature is not None:
        feature.entities_changed.connect(painted)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(600_000, loop.quit)
    window.session.open(str(report))
    loop.exec()
    timer.stop()
    result = feature.result if feature is not None else None
    window.close()
    window.deleteLater()
    return {
        "chars": chars,
        "entities": len(feature.spans) if feature is not None else 0,
        "chunks": result.chunks if result else 0,
        "recognition_s": result.seconds if result else float("nan"),
        "to_highlights_s": (state["painted"] or 0) - (state["opened"] or 0),
        "max_stall_ms": max(gaps) * 1000 if gaps else 0.0,
        "p99_stall_ms": sorted(gaps)[int(len(gaps) * 0.99)] * 1000 if gaps else 0.0,
        "ticks": len(gaps),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5, help="launches per variant")
    ap.add_argument("--repeat", type=int, default=3, help="background passes")
    ap.add_argument("--skip-launch", action="store_true")
    args = ap.parse_args(argv)

    runs = [stall(args.chars) for _ in range(args.repeat)]
    for r in runs:
        print(
            f"background pass: {r['chars']:,} chars, {r['entities']:,} entities in "
            f"{r['chunks']} chunk(s) | recognition {r['recognition_s']:.2f} s | document shown → "
            f"highlights {r['to_highlights_s']:.2f} s | longest UI stall "
            f"{r['max_stall_ms']:.0f} ms (p99 {r['p99_stall_ms']:.0f} ms over {r['ticks']} ticks)"
        )
    worst = statistics.median(r["max_stall_ms"] for r in runs)
    span = statistics.median(r["to_highlights_s"] for r in runs)
    base = stall(args.chars, without=True, duration=span)
    verdict = "OK" if worst <= STALL_GOAL_MS else "ABOVE GOAL"
    print(
        f"median longest stall {worst:.0f} ms (goal ≤ {STALL_GOAL_MS} ms: {verdict}); median time "
        f"to highlights {span:.2f} s | baseline: the same window without entity support over "
        f"the same {span:.1f} s after the document is shown: longest stall "
        f"{base['max_stall_ms']:.0f} ms (p99 {base['p99_stall_ms']:.0f} ms)"
    )
    if not args.skip_launch:
        with_s, imported = launch(False, args.runs)
        without_s, _ = launch(True, args.runs)
        print(
            f"launch (import + build + show, median of {args.runs}): with entities "
            f"{with_s * 1000:.0f} ms, without {without_s * 1000:.0f} ms, difference "
            f"{(with_s - without_s) * 1000:+.0f} ms | recogniser imported at launch: {imported}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
