"""Reader window benchmarks (issue 3), offscreen.

Run from the repository root:

    .venv/bin/python benchmarks/bench_window.py [--runs 5] [--chars 1000000]

(a) launch → default report painted, against a bare PySide6 window, each in fresh
    subprocesses started alternately in the same run (median of ``--runs``); goal ≤ 2.0×.
(b) a generated report of ``--chars`` characters with hundreds of numbered sections, in a fresh
    subprocess: open → first paint (goal ≤ 1.0 s), script toggle → visible text updated
    (goal ≤ 150 ms), longest UI stall while the rest converts in the background (a 10 ms QTimer,
    largest gap; goal ≤ 100 ms), find on the whole text, and peak RSS.

Every figure is printed with its goal and the ratio figure/goal (≤ 1.00 meets the goal).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHINESE_NUMERALS = "零一二三四五六七八九"

# -- children ---------------------------------------------------------------------------
# Each child prints ``painted <wall clock time>`` at the first paint event of the report (or of
# the bare window) and exits at once; the parent subtracts the time it started the process.
# The probe watches the paint events of the top-level windows and of the text views only, in
# both children (as gui/startup_probe.py and benchmarks/bare_window.py do): an application-wide
# filter would convert every object that gets an event to Python, and the first of a type
# PySide does not wrap makes it create every class of QtCore, QtGui and QtWidgets (~13 ms), a
# cost of the measurement, not of the app. A text view's viewport is such an object, so the
# reader (a Python class) is watched through its paintEvent, which paints the viewport.

_PROBE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTextEdit

def painted():
    print(f"painted {time.time():.6f}", flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            painted()
        return False

def install(app, want_text):
    global _probe
    _probe = FirstPaint()
    for window in app.topLevelWidgets():
        if not want_text:
            window.installEventFilter(_probe)
        for view in window.findChildren(QTextEdit):
            cls = type(view)
            def paint_event(self, event, _original=cls.paintEvent):
                _original(self, event)
                if not self.document().isEmpty():
                    painted()
            cls.paintEvent = paint_event

original_exec = QApplication.exec
def exec_with_probe(*args):
    install(QApplication.instance(), want_text=WANT_TEXT)
    return original_exec()
QApplication.exec = exec_with_probe
"""

_BARE = (
    "WANT_TEXT = False\n"
    + _PROBE
    + r"""
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 760)
window.show()
app.exec()
"""
)

_APP = (
    "WANT_TEXT = True\n"
    + _PROBE
    + r"""
from gui import app as app_module
app_module.main(["report-reader", "--data-dir", sys.argv[1]])
"""
)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("REPORT_READER_FIRST_PAINT", None)
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it); a shell
    # with PYTHONDONTWRITEBYTECODE would make every launch recompile the app's own modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_child(args: list[str], timeout: float) -> str:
    """Run a child in its own session, its output in a file, and end the whole session after.

    Not a pipe: the entity feature starts worker processes that outlive a child ending with
    ``os._exit``, and they would hold a pipe open; the process group is ended instead."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [sys.executable, *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=_child_env(),
            cwd=REPO,
            start_new_session=True,
        )
        try:
            proc.wait(timeout=timeout)
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()
        out.seek(0)
        return out.read()


def _time_child(code: str, *args: str) -> float:
    start = time.time()
    output = _run_child(["-c", code, *args], timeout=120)
    for line in output.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"child did not paint: {output[-2000:]}")


def bench_launch(runs: int) -> dict[str, float]:
    bare: list[float] = []
    ours: list[float] = []
    _time_child(_BARE)  # warm the file cache for both
    with tempfile.TemporaryDirectory() as tmp:
        _time_child(_APP, str(Path(tmp) / "warm"))
        for n in range(runs):
            bare.append(_time_child(_BARE))
            ours.append(_time_child(_APP, str(Path(tmp) / f"run{n}")))  # fresh settings
    return {"bare": statistics.median(bare), "app": statistics.median(ours)}


# -- the large report -------------------------------------------------------------------


def _numeral(n: int) -> str:
    if n < 10:
        return CHINESE_NUMERALS[n]
    if n < 20:
        return "十" + (CHINESE_NUMERALS[n - 10] if n > 10 else "")
    tens, units = divmod(n, 10)
    return CHINESE_NUMERALS[tens] + "十" + (CHINESE_NUMERALS[units] if units else "")


def _sample_paragraphs() -> list[str]:
    """Real report paragraphs (the bundled report and the test corpus) that are body text,
    not headings, in Traditional and Simplified."""
    from gui.core.paths import default_report
    from gui.core.reading import document_from_text, read_document

    candidates: list[str] = []
    doc = read_document(default_report())
    for para in doc.text[: doc.body_end].split("\n"):
        candidates.append(para)
    for path in sorted((REPO / "tests" / "data" / "gold" / "src").glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            if not line.startswith("#"):
                candidates.append(re.sub(r"⟦[A-Z]+:([^⟧]*)⟧", r"\1", line))
    filler = "这是正文段落，内容较长，用于检查标题识别。" * 3
    body: list[str] = []
    for para in candidates:
        lead = para.find("。")
        if len(para) < 60 or 0 <= lead < 30:
            continue  # too short, or opens with a short lead sentence (reads as a heading)
        probe = document_from_text(f"标题\n一、章节\n{filler}\n{para}\n{filler}")
        if len(probe.sections) == 1:  # the paragraph did not read as a heading
            body.append(para)
    return body


def generate_report(chars: int, seed: int = 7) -> str:
    """About ``chars`` characters: chapters 第N章 with twelve （N） sections of real paragraphs."""
    paragraphs = _sample_paragraphs()
    rng = random.Random(seed)
    lines = ["高新技术产业发展年度报告（合成基准文本）"]
    size = len(lines[0])
    chapter = 0
    while size < chars:
        chapter += 1
        lines.append(f"第{_numeral(chapter % 100 or 100)}章 推进第{chapter}项重点任务")
        for sub in range(1, 13):
            lines.append(f"（{_numeral(sub)}）加快建设第{sub}个创新平台")
            for _ in range(rng.randint(6, 12)):
                lines.append(paragraphs[rng.randrange(len(paragraphs))])
        size = sum(len(line) + 1 for line in lines)
    return "\n".join(lines)


def big_child(path: str, features: bool = True) -> None:
    """Runs in its own process: opens ``path`` in a real window and prints JSON figures.
    ``features=False`` leaves out the entity and notes features (the reader alone)."""
    import resource

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.core.paths import set_data_dir
    from gui.core.script import Script

    set_data_dir(tempfile.mkdtemp(prefix="bench-window-"))
    app = QApplication(["bench"])
    from gui.settings import Settings
    from gui.ui import main_window
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier

    if not features:
        main_window.MainWindow.install_features = lambda self: None

    window = MainWindow(Settings(), RecordingNotifier())
    window.resize(1100, 760)
    window.show()
    for _ in range(5):
        app.processEvents()
    reader = window.reader

    class Paints(QObject):
        last = 0.0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not reader.document().isEmpty():
                self.last = time.perf_counter()
            return False

    paints = Paints()
    reader.viewport().installEventFilter(paints)

    def wait_for_paint(since: float, timeout: float = 30.0) -> float:
        end = time.perf_counter() + timeout
        while paints.last < since and time.perf_counter() < end:
            app.processEvents()
        return paints.last - since

    # Ticks every 10 ms; the largest gap between ticks is the longest UI stall.
    gaps: list[float] = []
    last_tick = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last_tick[0])
        last_tick[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)

    def stall_while_busy() -> float:
        gaps.clear()
        last_tick[0] = time.perf_counter()
        ticker.start()
        while reader.switcher.busy:
            app.processEvents()
        ticker.stop()
        return max(gaps, default=0.0)

    figures: dict[str, float] = {}
    t0 = time.perf_counter()
    window.signals.open_requested.emit(path)
    figures["open_first_paint"] = wait_for_paint(t0)
    figures["chars"] = len(reader.document_model.text)
    figures["sections"] = len(reader.document_model.sections)
    figures["stall_after_open"] = stall_while_busy()  # the pivot warms up for find

    reader.scroll_to_text_pos(len(reader.document_model.text) // 2)
    for _ in range(3):
        app.processEvents()
    toggles: dict[str, float] = {}
    stalls: dict[str, float] = {}
    for script in (Script.HANT, Script.TW, Script.HANS, Script.HK, Script.ORIGINAL):
        t1 = time.perf_counter()
        window.scripts.actions[script].trigger()
        toggles[script.value] = wait_for_paint(t1)
        stalls[script.value] = stall_while_busy()
    figures["toggle_max"] = max(toggles.values())
    figures["stall_max"] = max(stalls.values())
    figures["toggles"] = toggles  # type: ignore[assignment]
    figures["stalls"] = stalls  # type: ignore[assignment]

    t2 = time.perf_counter()
    window.find_bar.open_bar("发展")
    window.find_bar.search()
    figures["find_all"] = time.perf_counter() - t2
    figures["find_hits"] = len(window.find_bar.hits)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("FIGURES " + json.dumps(figures), flush=True)
    os._exit(0)  # skip teardown of a million-character document


def bench_big(chars: int, features: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large-report.txt"
        path.write_text(generate_report(chars), encoding="utf-8")
        extra = [] if features else ["--no-features"]
        output = _run_child([__file__, "--big-child", str(path), *extra], timeout=600)
    for line in output.splitlines():
        if line.startswith("FIGURES "):
            return json.loads(line[len("FIGURES ") :])
    raise RuntimeError(f"large-report child failed: {output[-3000:]}")


def _row(name: str, value: float, unit: str, goal: float | None) -> str:
    shown = f"{value * 1000:8.0f} ms" if unit == "s" else f"{value:8.1f} {unit}"
    if goal is None:
        return f"  {name:<46}{shown}"
    goal_shown = f"{goal * 1000:.0f} ms" if unit == "s" else f"{goal:g}{unit}"
    ratio = value / goal
    verdict = "ok" if ratio <= 1.0 else "MISSED"
    return f"  {name:<46}{shown}   goal ≤ {goal_shown:<8} ratio {ratio:5.2f}  {verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="launch runs (median)")
    parser.add_argument("--chars", type=int, default=1_000_000, help="large report size")
    parser.add_argument("--only", choices=("launch", "large"), help="run one part")
    parser.add_argument("--big-child", help=argparse.SUPPRESS)
    parser.add_argument("--no-features", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    if args.big_child:
        big_child(args.big_child, features=not args.no_features)
        return 0

    print(f"Reader window benchmarks (offscreen, Python {sys.version.split()[0]})")
    if args.only != "large":
        print_launch(args.runs)
    if args.only != "launch":
        print_large(args.chars)
    return 0


def print_launch(runs: int) -> None:
    launch = bench_launch(runs)
    ratio = launch["app"] / launch["bare"]
    print(f"(a) launch → first paint, median of {runs}")
    print(_row("bare PySide6 window", launch["bare"], "s", None))
    print(_row("report-reader, default report painted", launch["app"], "s", None))
    verdict = "ok" if ratio <= 2.0 else "MISSED"
    print(
        f"  {'ratio app / bare':<46}{ratio:8.2f} ×   goal ≤ 2.0×    ratio {ratio / 2:5.2f}  {verdict}"
    )


def print_large(chars: int) -> None:
    for features in (False, True):
        big = bench_big(chars, features)
        who = "reader with entities and notes" if features else "reader window alone"
        print(
            f"(b) {who}: generated report, {big['chars']:,} characters, {big['sections']} sections"
        )
        print(_row("open → first paint", big["open_first_paint"], "s", 1.0))
        print(_row("script toggle → visible text updated (worst)", big["toggle_max"], "s", 0.150))
        for script, value in big["toggles"].items():
            print(_row(f"    toggle to {script}", value, "s", None))
        print(_row("longest UI stall, background conversion", big["stall_max"], "s", 0.100))
        for script, value in big["stalls"].items():
            print(_row(f"    after the toggle to {script}", value, "s", None))
        print(_row("longest UI stall, after open", big["stall_after_open"], "s", 0.100))
        hits = big["find_hits"]
        print(_row(f"find 发展 in the whole text ({hits} hits)", big["find_all"], "s", None))
        print(_row("peak RSS", big["peak_rss_mb"], "MB", None))


if __name__ == "__main__":
    raise SystemExit(main())
