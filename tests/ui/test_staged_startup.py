"""The app's staged start-up (``MainWindow(staged=True)`` and ``open_initial(now=True)``) with
files other than the bundled report: a bad one, and one too large to read before the first
paint."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import DEFAULT_REPORT, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402


def _finished(window) -> bool:
    return hasattr(window, "outline") and hasattr(window, "notes") and hasattr(window, "entities")


def test_a_bad_file_is_reported_and_the_bundled_report_shown_before_the_first_paint(
    staged_window, qtbot, tmp_path
):
    bad = tmp_path / "garbage.txt"
    bad.write_bytes(b"\x00\x01\x02 not a report \xff\xfe" * 20)
    staged_window.session.open_initial(str(bad), now=True)
    # Read on this thread: the document is there before the event loop runs.
    current = staged_window.session.current
    assert current is not None and current.document.path.name == DEFAULT_REPORT.name
    assert staged_window.notifier.messages[0][1].startswith("Cannot open garbage.txt")
    assert not hasattr(staged_window, "outline")
    qtbot.waitUntil(lambda: _finished(staged_window), timeout=15000)
    assert staged_window.outline.model.rowCount() == 8  # 7 sections and the footer


def test_a_large_file_loads_in_the_background_after_the_window_is_up(
    staged_window, qtbot, tmp_path
):
    from gui.ui.session import NOW_LIMIT

    paragraph = DEFAULT_REPORT.read_text("utf-8").split("\n")[1]
    big = tmp_path / "big.txt"
    lines = ["大型报告"] + [f"第{i}章 测试\n{paragraph}" for i in range(1, 2000)]
    text = "\n".join(lines)
    while len(text.encode("utf-8")) <= 4 * NOW_LIMIT:  # a read long enough to be seen
        text += "\n" + paragraph
    big.write_text(text, "utf-8")
    staged_window.session.open_initial(str(big), now=True)
    assert staged_window.session.current is None  # not read whole before the first paint
    # ... but its first lines are in the reader already (gui/core/first_part.py).
    reader = staged_window.reader
    first = reader.document_model
    assert first is not None and text.startswith(first.source)
    assert first.text.count("\n") < 1000 and first.sections[0].heading == "第1章 测试"
    assert reader.document().toPlainText() == first.text
    assert not reader.switcher.busy  # (no pivot warm-up of the part on this thread)
    # The rest of the window comes after the first (empty) paint, the report after its read.
    qtbot.waitUntil(lambda: hasattr(staged_window, "outline"), timeout=15000)
    # The load began before the status bar existed: it still shows the indicator.
    assert staged_window.session.loading == (not staged_window.status.busy.isHidden())
    qtbot.waitUntil(lambda: staged_window.session.current is not None, timeout=60000)
    whole = staged_window.session.current.document
    assert reader.document_model is whole and whole.text.startswith(first.text)
    qtbot.waitUntil(lambda: _finished(staged_window), timeout=15000)
    assert staged_window.outline.model.rowCount() > 100
    # Nothing but the reader saw the first part.
    qtbot.waitUntil(lambda: staged_window.entities.doc is whole, timeout=15000)
    # (A long report's notes are read on the next turn: see gui/ui/notes/install.py.)
    qtbot.waitUntil(lambda: staged_window.notes.controller.document is whole, timeout=15000)


@pytest.mark.slow
def test_a_long_reports_entity_pass_starts_as_soon_as_its_text_is_read(
    staged_window, qtbot, tmp_path, monkeypatch
):
    """Not after the features are installed and the report replayed to them (seconds later
    on a 1 M-character report): the read starts the child's pass, the request takes it."""
    from gui.core import entity_pass, reading

    started: list[tuple[str, bool]] = []
    outlines: list[str] = []  # the texts whose outline the read had built when it started
    real = entity_pass.start_ahead
    real_outline = reading.build_outline

    def start_ahead(text: str, fingerprint: str) -> bool:
        started.append((text, hasattr(staged_window, "entities")))
        # The child recognises while the read finds the outline (the first part's own
        # outline, of its first lines only, is built before).
        assert not any(seen is text for seen in outlines)
        return real(text, fingerprint)

    def build_outline(text: str, **kwargs):
        outlines.append(text)
        return real_outline(text, **kwargs)

    monkeypatch.setattr(entity_pass, "start_ahead", start_ahead)
    monkeypatch.setattr(reading, "build_outline", build_outline)
    paragraph = DEFAULT_REPORT.read_text("utf-8").split("\n")[1]
    big = tmp_path / "big.txt"
    big.write_text("\n".join(["大型报告"] + [paragraph] * 2000), "utf-8")
    staged_window.session.open_initial(str(big), now=True)
    qtbot.waitUntil(lambda: staged_window.session.current is not None, timeout=60000)
    whole = staged_window.session.current.document
    assert len(started) == 1 and started[0][0] is whole.text
    assert outlines and outlines[-1] is whole.text
    assert not started[0][1]  # before the entity feature existed
    qtbot.waitUntil(lambda: _finished(staged_window), timeout=15000)
    qtbot.waitUntil(lambda: staged_window.entities.result is not None, timeout=60000)
    assert entity_pass._ahead is None  # noqa: SLF001 - the request took it
    assert len(staged_window.entities.spans) > 2000
    # Once the features are in, they hear of every report: no pass ahead for the next.
    staged_window.session.open(DEFAULT_REPORT)
    qtbot.waitUntil(lambda: staged_window.entities.doc.path == DEFAULT_REPORT, timeout=15000)
    assert len(started) == 1


def test_a_long_report_shows_its_first_part_at_the_saved_position_in_the_saved_script(
    staged_window, qtbot, tmp_path
):
    from gui.core.reading import read_document
    from gui.core.script import Script
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from gui.ui.session import NOW_LIMIT
    from tests.conftest import _CLOSED_WINDOWS

    big = tmp_path / "long.txt"
    paragraph = DEFAULT_REPORT.read_text("utf-8").split("\n")[1]
    lines = ["长篇报告"] + [f"{i}. 第{i}项\n{paragraph}" for i in range(1, 3000)]
    big.write_text("\n".join(lines), "utf-8")
    assert big.stat().st_size > 2 * NOW_LIMIT
    whole = read_document(big)
    settings = Settings()
    target = whole.sections[40].heading_start
    settings.set_position(whole.fingerprint, target)
    settings.set_script(whole.fingerprint, str(Script.HANT))
    settings.set_last_document(str(big))
    settings.sync()
    staged_window.close()

    window = MainWindow(Settings(), RecordingNotifier(), defer_features=True, staged=True)
    _CLOSED_WINDOWS.append(window)
    window.show()
    window.session.open_initial(None, now=True)
    first = window.reader.document_model
    assert first is not None and first is not window.session.current
    assert whole.text.startswith(first.text) and len(first.text) < len(whole.text) // 4
    assert window.reader.script is Script.HANT
    qtbot.waitUntil(lambda: window.reader.top_text_pos() == target, timeout=3000)
    qtbot.waitUntil(lambda: _finished(window) and window.session.current is not None, timeout=60000)
    assert window.reader.document_model is window.session.current.document
    assert window.reader.top_text_pos() == target
    window.close()


@pytest.mark.parametrize(
    "turn_seconds",
    # Each start-up turn stretched as on a busy machine (a load of 10-20): the wait is for
    # the stages, whatever they take.
    [0.0, pytest.param(0.5, marks=pytest.mark.slow)],
)
def test_a_staged_start_reopens_the_last_document_in_its_script_at_its_position(
    make_window, qtbot, tmp_path, monkeypatch, turn_seconds
):
    import shutil
    import time

    from PySide6.QtCore import QSize

    from gui.core.script import Script
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from tests.conftest import _CLOSED_WINDOWS

    report = tmp_path / "copy-of-report.txt"
    shutil.copy(DEFAULT_REPORT, report)
    first = make_window(report)
    first.resize(QSize(720, 420))
    first.scripts.actions[Script.TW].trigger()
    target = first.session.current.document.sections[4].heading_start
    first.signals.jump_requested.emit(target)
    qtbot.waitUntil(lambda: first.session.current.position == target)
    first.close()

    if turn_seconds:
        from gui.ui.ui_turns import TURNS

        take = TURNS.take

        def slow_turn(ticker, work):
            return take(ticker, lambda: (work(), time.sleep(turn_seconds)))

        monkeypatch.setattr(TURNS, "take", slow_turn)
    second = MainWindow(Settings(), RecordingNotifier(), defer_features=True, staged=True)
    _CLOSED_WINDOWS.append(second)
    second.show()
    second.session.open_initial(None, now=True)
    assert second.session.current.document.path.resolve() == report.resolve()
    hold = second._hold  # noqa: SLF001
    # Until the last stage is in: the docks' features are installed turns before it (the
    # library, its imports), and on a busy machine those turns outlasted a wall-clock wait
    # for the size (session 13).
    qtbot.waitUntil(lambda: hold._finishing, timeout=60_000)  # noqa: SLF001
    # Stacked while they arrive, the docks grow a window this small (720×508); once the
    # saved layout is restored the window is given back the size it was saved at (in the
    # turn after the last stage: the wait is for that turn, not for a stretch of time) ...
    qtbot.waitUntil(lambda: second.size() == QSize(720, 420), timeout=15_000)
    # ... and keeps it once the hold lets go (at once or after its timeout) and the layout
    # has been through a turn without it.
    qtbot.waitUntil(lambda: not hold.holding, timeout=15_000)
    qtbot.wait(50)
    assert second.size() == QSize(720, 420)
    assert second.reader.script is Script.TW
    assert second.scripts.actions[Script.TW].isChecked()
    qtbot.waitUntil(lambda: second.reader.top_text_pos() == target, timeout=3000)
    second.close()


def test_the_features_go_in_one_step_per_event_loop_turn(staged_window, qtbot):
    """Installed at once, the features were the longest stall of a 1 M-character report's
    start-up: they now go in a step per turn, and the open report reaches each of them."""
    from PySide6.QtCore import QTimer

    names = ("notes", "entities", "reading_aids", "essentials", "library")
    installed: list[tuple[str, ...]] = []
    ticker = QTimer(staged_window, interval=0)
    ticker.timeout.connect(
        lambda: installed.append(tuple(n for n in names if hasattr(staged_window, n)))
    )
    ticker.start()  # before anything is built: it sees every turn of the start-up
    staged_window.session.open_initial(None, now=True)
    qtbot.waitUntil(lambda: _finished(staged_window) and hasattr(staged_window, "library"))
    qtbot.waitUntil(lambda: staged_window.entities.result is not None, timeout=30000)
    ticker.stop()
    # Some turn saw the notes without the library: not everything went in at once.
    assert any("notes" in seen and "library" not in seen for seen in installed), installed
    # The report was replayed to the features once they were all in.
    doc = staged_window.session.current.document
    assert staged_window.entities.doc is doc
    assert staged_window.notes.controller.document is doc


def test_a_report_read_in_the_background_has_its_variant_read_there_too():
    # The reader's first highlighted line asks for it, in the turn the report goes in.
    from gui.core.variants import detect_variant
    from gui.ui.session import _read

    doc, views = _read(str(DEFAULT_REPORT))
    assert views._variant == str(detect_variant(doc.text))  # noqa: SLF001 - read already


def test_a_report_is_read_with_a_short_switch_interval(monkeypatch, qtbot):
    # The UI thread builds the chrome and paints while a long report is read: each time it
    # takes the GIL back it waited up to Python's 5 ms for the reading thread.
    import sys

    from gui.core import reading, switch_interval
    from gui.core.switch_interval import SHORT_INTERVAL
    from gui.ui.session import _read

    # (An earlier test's entity pass may still hold a short interval.)
    qtbot.waitUntil(lambda: switch_interval._holders == 0, timeout=60000)  # noqa: SLF001

    seen: list[float] = []
    read = reading.document_from_source

    def observed(*args, **kwargs):
        seen.append(sys.getswitchinterval())
        return read(*args, **kwargs)

    monkeypatch.setattr(reading, "document_from_source", observed)
    before = sys.getswitchinterval()
    _read(str(DEFAULT_REPORT))
    assert seen and seen[0] <= SHORT_INTERVAL < before
    assert sys.getswitchinterval() == before


def test_a_long_reports_read_waits_for_the_windows_first_paint(monkeypatch, qtbot, tmp_path):
    """As the app starts (gui.app.main holds the switch interval until the reader's first
    paint): the whole report's read (~1 s of Python on a million characters) begins its long
    part once the first paint is done, not beside it, where the UI thread slept on the GIL
    for most of the first paint's gap."""
    import threading
    import time

    from gui.core import reading, switch_interval
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from gui.ui.reader_view import ReaderView
    from gui.ui.session import NOW_LIMIT
    from tests.conftest import _CLOSED_WINDOWS

    events: list[str] = []
    read = reading.document_from_source

    def observed(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():  # (not the first part)
            events.append("read")
        return read(*args, **kwargs)

    monkeypatch.setattr(reading, "document_from_source", observed)
    paint = ReaderView.paintEvent

    def painted(self, event):
        paint(self, event)
        events.append("paint")

    monkeypatch.setattr(ReaderView, "paintEvent", painted)
    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(120_000, seed=6), encoding="utf-8")
    assert path.stat().st_size > NOW_LIMIT
    switch_interval.hold()
    try:
        window = MainWindow(Settings(), RecordingNotifier(), defer_features=True, staged=True)
        _CLOSED_WINDOWS.append(window)
        window.reader.call_after_painted(switch_interval.release, with_text=False)
        window.show()
        window.session.open_initial(str(path), now=True)
        time.sleep(0.3)  # the reading thread runs meanwhile; the first paint is still to come
        qtbot.waitUntil(
            lambda: window.session.current is not None and not window.session.loading,
            timeout=60_000,
        )
        window.close()
    finally:
        switch_interval.release()
    assert "paint" in events and "read" in events
    assert events.index("paint") < events.index("read"), events[:5]


def test_the_converters_warm_up_with_a_short_switch_interval(monkeypatch, qtbot):
    # ~0.6 s of Python on the session's pool thread, started once the start-up's slices are
    # quiet: the entity highlights' hand-over or a paint then waited for it 5 ms at a time.
    import sys

    from gui.core import script, switch_interval
    from gui.core.switch_interval import SHORT_INTERVAL
    from gui.ui.session import _WarmConverters

    qtbot.waitUntil(lambda: switch_interval._holders == 0, timeout=60000)  # noqa: SLF001
    seen: list[float] = []
    monkeypatch.setattr(script, "warm_up", lambda: seen.append(sys.getswitchinterval()))
    before = sys.getswitchinterval()
    _WarmConverters().run()
    assert seen and seen[0] <= SHORT_INTERVAL < before
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_first_part_screenshots(qapp, qtbot, tmp_path, screenshot, theme, language):
    """The window as a long report's first part shows it, before the rest of the window."""
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from gui.ui.theme import apply_theme
    from tests.conftest import _CLOSED_WINDOWS
    from tests.ui.ui_language import ui_language

    paragraph = DEFAULT_REPORT.read_text("utf-8").split("\n")[1]
    big = tmp_path / "big.txt"
    big.write_text("\n".join(["大型报告"] + [f"第{i}章 测试\n{paragraph}" for i in range(1, 900)]))
    with ui_language(qapp, language):
        apply_theme(qapp, theme)
        try:
            window = MainWindow(Settings(), RecordingNotifier(), defer_features=True, staged=True)
            _CLOSED_WINDOWS.append(window)
            window.resize(1100, 620)
            window.show()
            window.session.open_initial(str(big), now=True)
            assert window.session.current is None and window.reader.document_model is not None
            screenshot(window, f"first-part-{theme}-{language}")
            first = window.reader.document()
            qtbot.waitUntil(lambda: window.session.current is not None, timeout=60000)
            # The whole report continued the part in the same document, the window built.
            # (Every feature in and the docks fitted: the picture does not depend on how
            # far the features' steps got while the text streamed in.)
            qtbot.waitUntil(
                lambda: (
                    _finished(window)
                    and not window.reader.filling()
                    and not window.session.recognise_ahead  # the features' last step ran
                ),
                timeout=60000,
            )
            qtbot.wait(50)  # the docks' fit, queued by that step
            assert window.reader.document() is first
            assert window.reader.document_model is window.session.current.document
            screenshot(window, f"whole-after-part-{theme}-{language}")
            window.close()
        finally:
            apply_theme(qapp, "system")


def test_the_largest_feature_imports_are_steps_of_their_own():
    """In a fresh interpreter (here every module is imported already): the packages that
    took most of the notes' and the library's install turns are imported a turn earlier."""
    import subprocess
    import sys

    code = (
        "import gui.ui.main_window\n"
        "from gui.ui.feature_install import feature_steps\n"
        "from gui.ui.feature_install import chrome_steps\n"
        "print([s.args[0] if hasattr(s, 'args') else s.__name__ for s in feature_steps(None)])\n"
        "from types import SimpleNamespace as N\n"
        "def finish_setup(): pass\n"
        "def build_chrome(): pass\n"
        "window = N(reader=N(finish_setup=finish_setup), build_chrome=build_chrome)\n"
        "print([s.args[0] if hasattr(s, 'args') else s.__name__ for s in chrome_steps(window)])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    names = eval(out[0])  # noqa: S307 - a list literal printed by the child above
    # The chrome: the find bar, outline dock and the rest imported a turn each, then built.
    chrome = eval(out[1])  # noqa: S307
    assert chrome[-2:] == ["finish_setup", "build_chrome"]  # the reader's setup a turn before
    assert {"gui.ui.find_bar", "gui.ui.outline_dock"} <= set(chrome)
    assert names.index("gui.core.notes") < names.index("notes")
    assert names.index("gui.core.library") < names.index("library")
    # The library last, then the sources PySide's import hook put in linecache are let go.
    assert names[-2:] == ["library", "clearcache"]
