"""The window's chrome, built after the reader's first paint, in turns (gui.ui.feature_install):
the reader's deferred setup (PySide's ``Qt`` namespace, ~10 ms the first time) is a turn of its
own, not a third of the build's, and the first step comes after the paint's pass."""

from __future__ import annotations

import sys

from tests.conftest import REPO
from tests.ui.event_passes import passes as loop_passes

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402


def test_the_readers_setup_and_the_chrome_are_built_in_turns_of_their_own(
    qtbot, monkeypatch, tmp_path
):
    """A long report, read in the background (on a 1 M-character one, ~1 s, while the
    chrome's steps run)."""
    import threading

    from gui.settings import Settings
    from gui.ui import feature_install
    from gui.ui import session as session_module
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from gui.ui.reader_view import ReaderView
    from gui.ui.session import NOW_LIMIT
    from tests.conftest import _CLOSED_WINDOWS

    count, done = loop_passes()
    stamps: list[tuple[int, str]] = []

    def stamped(owner, name: str) -> None:
        original = getattr(owner, name)

        def call(*args, **kwargs):
            stamps.append((count[0], name))
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, call)

    for name in ("finish_setup", "paintEvent"):
        stamped(ReaderView, name)
    stamped(MainWindow, "build_chrome")
    steps_of = feature_install.chrome_steps

    def chrome_steps(window):
        def stamp(step):
            def run():
                stamps.append((count[0], "step"))
                return step()

            return run

        return [stamp(step) for step in steps_of(window)]

    monkeypatch.setattr(feature_install, "chrome_steps", chrome_steps)
    # The whole report arrives once the chrome is built, as a 1 M-character one does.
    built = threading.Event()
    build_chrome = MainWindow.build_chrome

    def build(self):
        build_chrome(self)
        built.set()

    monkeypatch.setattr(MainWindow, "build_chrome", build)
    read = session_module._read

    def read_later(*args, **kwargs):
        built.wait(30)
        return read(*args, **kwargs)

    monkeypatch.setattr(session_module, "_read", read_later)
    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(120_000, seed=3), encoding="utf-8")
    assert path.stat().st_size > NOW_LIMIT
    # As the app starts (gui.app.main): the window, shown, then the report read.
    window = MainWindow(Settings(), RecordingNotifier(), defer_features=True, staged=True)
    _CLOSED_WINDOWS.append(window)
    window.show()
    window.session.open_initial(str(path), now=True)
    qtbot.waitUntil(lambda: hasattr(window, "entities"), timeout=30_000)
    window.close()
    done()
    first_paint = next(p for p, name in stamps if name == "paintEvent")
    steps = [p for p, name in stamps if name == "step"]
    setup = next(p for p, name in stamps if name == "finish_setup")
    build = next(p for p, name in stamps if name == "build_chrome")
    assert steps and steps[0] > first_paint + 1, stamps  # not in the paint's pass, nor the next
    assert setup in steps and build in steps, stamps
    assert build - setup >= 2, stamps  # the setup's turn, a free pass, then the build's
    assert all(b - a >= 2 for a, b in zip(steps, steps[1:], strict=False)), stamps
