"""The app's staged start-up (``MainWindow(staged=True)`` and ``open_initial(now=True)``) with
files other than the bundled report: a bad one, and one too large to read before the first
paint."""

from __future__ import annotations

import pytest

from tests.conftest import DEFAULT_REPORT


@pytest.fixture
def staged_window(qtbot):
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier
    from tests.ui.conftest import _CLOSED_WINDOWS

    window = MainWindow(Settings(), RecordingNotifier(), defer_features=True, staged=True)
    _CLOSED_WINDOWS.append(window)
    window.show()
    yield window
    window.close()


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
    while len(text.encode("utf-8")) <= NOW_LIMIT:
        text += "\n" + paragraph
    big.write_text(text, "utf-8")
    staged_window.session.open_initial(str(big), now=True)
    assert staged_window.session.current is None  # not read before the first paint
    # The rest of the window comes after the first (empty) paint, the report after its read.
    qtbot.waitUntil(lambda: hasattr(staged_window, "outline"), timeout=15000)
    qtbot.waitUntil(lambda: staged_window.session.current is not None, timeout=60000)
    assert staged_window.reader.document_model.path.name == "big.txt"
    qtbot.waitUntil(lambda: _finished(staged_window), timeout=15000)
    assert staged_window.outline.model.rowCount() > 100
