"""Fixtures for window tests: a real MainWindow on the offscreen platform, errors recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEFAULT_REPORT, REPO

SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
_CLOSED_WINDOWS: list = []


@pytest.fixture
def make_window(qtbot):
    """``make_window(path=DEFAULT_REPORT, initial=False)`` → a shown, loaded MainWindow.

    ``path=None`` opens nothing; ``initial=True`` goes through startup (last document or the
    bundled report). Errors go to ``window.notifier.messages``."""
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier

    windows = []

    def make(path: Path | str | None = DEFAULT_REPORT, initial: bool = False):
        window = MainWindow(Settings(), RecordingNotifier())
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        if initial or path is not None:
            with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
                if initial:
                    window.session.open_initial(str(path) if path else None)
                else:
                    window.session.open(path)
            qtbot.wait(10)
        return window

    yield make
    # Closed but not deleted: background work that features started (entity recognition,
    # painting queued on zero-delay timers) may still call into a window after its test.
    for window in windows:
        window.close()
    _CLOSED_WINDOWS.extend(windows)


@pytest.fixture
def screenshot():
    """``screenshot(widget, name)`` saves ``test-artifacts/screenshots/<name>.png``."""

    def save(widget, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save
