"""The UI stays responsive while a large report is recognised, the recogniser is not imported
at launch, and a long report's entities are exactly what ``recognise`` (and so ``analyze``)
finds. Real figures come from ``benchmarks/bench_entities_gui.py``; here only a generous
sanity bound."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer

from gui.core import entity_pass
from gui.ui.entities import recognition
from tests.conftest import REPO
from tests.ui.test_entities_highlights import wait_entities

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_entities import build_report  # noqa: E402


def _open_watching_timer(make_window, qtbot, path):
    window = make_window(None)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    with qtbot.waitSignal(window.signals.document_opened, timeout=60000):
        window.session.open(path)
    last[0] = time.perf_counter()
    timer.start()
    feature = wait_entities(window, qtbot, timeout=120000)
    timer.stop()
    return window, feature, gaps


@pytest.mark.timed
@pytest.mark.slow
@pytest.mark.parametrize("in_process", [True, False], ids=["child-process", "thread-chunks"])
def test_ui_stays_responsive_while_a_large_report_is_recognised(
    make_window, qtbot, tmp_path, monkeypatch, in_process
):
    text = build_report(300_000, seed=11)
    path = tmp_path / "large.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(entity_pass, "USE_PROCESS", in_process)
    window, feature, gaps = _open_watching_timer(make_window, qtbot, str(path))
    assert len(gaps) >= 10  # the timer kept firing during the pass
    assert max(gaps) < 1.0, f"longest UI stall {max(gaps):.2f} s"
    assert len(feature.spans) > 10_000

    from gui.core.entities import recognise

    whole = {(e.start, e.end, e.type) for e in recognise(window.reader.document_model.text)}
    got = {(s.start, s.end, s.type) for s in feature.spans}
    if in_process:
        assert got == whole  # one call over the whole text, as analyze does
        assert feature.result.chunks == 1
    else:  # chunks lose only repeats of names found in another chunk
        assert feature.result.chunks > 1
        assert len(got & whole) >= 0.98 * len(whole)


def test_the_recogniser_is_not_imported_at_launch(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.core import paths\n"
        f"paths.set_data_dir({str(tmp_path)!r})\n"
        "from gui.settings import Settings\n"
        "from gui.ui.main_window import MainWindow\n"
        "from gui.ui.notifier import RecordingNotifier\n"
        "w = MainWindow(Settings(), RecordingNotifier())\n"
        "w.show()\n"
        "app.processEvents()\n"
        "assert w.entities.dock.objectName() == 'entity_dock'\n"
        "print('gui.core.entities' in sys.modules, 'gui.core.entities.recogniser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["False", "False"]


def test_results_are_cached_per_document_and_corrections(make_window, qtbot):
    window = make_window()
    feature = wait_entities(window, qtbot)
    first = feature.result
    with qtbot.waitSignal(feature.entities_changed, timeout=30000):
        feature.mark("生物醫藥", "TERM")
    assert feature.result is not first
    with qtbot.waitSignal(feature.entities_changed, timeout=30000):
        feature.forget("生物醫藥")
    assert feature.result is first  # the same corrections as before: from the cache


def test_recognition_starts_once_its_modules_are_imported_step_by_step(
    make_window, qtbot, monkeypatch
):
    """Importing the recogniser (and the child-process machinery) all at once froze the UI
    for 30-40 ms after a large report opened: the imports run one per event-loop turn first."""
    from gui.ui.entities import install as feature_module
    from tests.conftest import DEFAULT_REPORT

    done: list[int] = []
    monkeypatch.setattr(
        feature_module,
        "preload_steps",
        lambda long_text: [lambda n=n: done.append(n) for n in range(3)],
    )
    window = make_window(None)
    recognition = window.entities.recognition
    requested: list[list[int]] = []
    request = recognition.request

    def recording_request(*args, **kwargs):
        requested.append(list(done))
        return request(*args, **kwargs)

    monkeypatch.setattr(recognition, "request", recording_request)
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(DEFAULT_REPORT)
    assert window.entities.busy  # from the document on, not only once recognition runs
    qtbot.waitUntil(lambda: bool(requested), timeout=5000)
    assert requested == [[0, 1, 2]]
    wait_entities(window, qtbot)


def test_preload_steps_skip_what_is_imported():
    import gui.core.entities  # noqa: F401

    assert recognition.preload_steps(long_text=False) == []
    steps = recognition.preload_steps(long_text=True)
    for step in steps:
        step()
    assert recognition.preload_steps(long_text=True) == []
