"""A report with a few undecodable bytes opens, and the window says so (issue #17, case 11):
the bytes are U+FFFD in the text, flagged as damaged, and the status bar names their count.
Screenshots in light and dark, English and Simplified Chinese."""

from __future__ import annotations

import pytest

from gui import i18n
from tests.conftest import DEFAULT_REPORT


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_undecodable_bytes_are_flagged_and_announced(
    make_window, screenshot, english_afterwards, qtbot, tmp_path, language, theme
):
    data = DEFAULT_REPORT.read_bytes()
    middle = data.index("。".encode(), len(data) // 2) + 3
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:middle] + b"\xff" * 8 + data[middle:])
    assert i18n.install_translator(english_afterwards, language) == language
    window = make_window(path)
    window.resize(1000, 600)
    window.set_theme(theme)
    qtbot.wait(100)
    doc = window.reader.document_model
    assert doc.replaced == 8
    assert any(doc.text[s.start : s.end] == "\ufffd" * 8 for s in doc.damaged)
    message = window.status.currentMessage()
    expected = "8 个字节无法解码" if language == "zh_CN" else "8 bytes of this file could not"
    assert expected in message
    assert not window.notifier.messages  # opened, not refused
    screenshot(window, f"damaged-bytes-{language}-{theme}")
    window.set_theme("light")
