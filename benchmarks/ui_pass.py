"""UI-thread cost of whole-document script passes without worker processes (as the frozen
app converts), in a bare ``ReaderView`` offscreen.

    .venv/bin/python benchmarks/ui_pass.py [hant,original,tw,original,hk,original]

The 1,003,355-character benchmark report (``large_report.py``) opened at its middle, every
line's Simplified pivot made beforehand (as after the opening warm-up), then each pass in
turn until the switcher is idle. Prints one ``UIPASS {json}`` line: per pass the UI thread's
CPU and the wall clock, the edit blocks Qt saw, the longest gap of a 5 ms timer (wall and the
UI thread's CPU in it), whether the text shown is the whole view. Interleave runs of two
trees (``git worktree add``) to compare them; ``RUN_CHARS=N`` overrides the switcher's
characters per conversion call.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from large_report import build_large_report
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.core import script, script_workers
    from gui.core.reading import document_from_text
    from gui.core.script import Script
    from gui.core.script_views import DocumentViews
    from gui.ui import lazy_conversion
    from gui.ui.reader_view import ReaderView

    script_workers.USE_PROCESSES = False
    if os.environ.get("RUN_CHARS"):
        lazy_conversion.RUN_CHARS = int(os.environ["RUN_CHARS"])
    app = QApplication([])
    script.warm_up()
    doc = document_from_text(build_large_report(1_000_000))
    reader = ReaderView()
    reader.resize(900, 700)
    reader.show()
    views = DocumentViews(doc.text)
    i = 0
    while i < views.line_count:
        views.convert_run(i, Script.HANS, 20_000)
        while i < views.line_count and views.is_converted(i, Script.HANS):
            i += 1
    middle = doc.text.index("\n", len(doc.text) // 2) + 1
    reader.set_document(doc, views, Script.ORIGINAL, middle)

    def spin(done) -> None:
        end = time.monotonic() + 600
        while not done() and time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    spin(lambda: not reader.filler.busy)
    passes = sys.argv[1] if len(sys.argv) > 1 else "hant,original,tw,original,hk,original"
    out = {}
    for name in passes.split(","):
        target = Script(name)
        edits: list[int] = []
        reader.document().contentsChange.connect(lambda *_, edits=edits: edits.append(1))
        gaps: list[tuple[float, float]] = []
        last = [time.perf_counter(), time.thread_time()]

        def tick(gaps=gaps, last=last) -> None:
            now, cpu = time.perf_counter(), time.thread_time()
            gaps.append((now - last[0], cpu - last[1]))
            last[:] = [now, cpu]

        timer = QTimer(interval=5)
        timer.timeout.connect(tick)
        cpu0, wall0 = time.thread_time(), time.perf_counter()
        last[:] = [wall0, cpu0]
        timer.start()
        reader.set_script(target)
        spin(lambda: not reader.switcher.busy)
        cpu, wall = time.thread_time() - cpu0, time.perf_counter() - wall0
        timer.stop()
        reader.document().contentsChange.disconnect()
        out[name if name not in out else f"{name}#{len(out)}"] = {
            "cpu_s": round(cpu, 3),
            "wall_s": round(wall, 3),
            "edits": len(edits),
            "gap_ms": round(max((g[0] for g in gaps), default=0) * 1000),
            "gap_cpu_ms": round(max((g[1] for g in gaps), default=0) * 1000),
            "gaps_cpu_over_50ms": sum(g[1] > 0.05 for g in gaps),
            "whole_view": reader.document().toPlainText() == views.view(target).text,
        }
    print("UIPASS", json.dumps(out), flush=True)
    os._exit(0)  # the QApplication's teardown of a 1 M document takes seconds


if __name__ == "__main__":
    main()
