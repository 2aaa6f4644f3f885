"""The header card for header elements read in round 6, in a real window: a news report's
source and time from the dateline that opens its lead (the batch-6 dev report), and a 公文's
one addressee (「各相关单位」, the batch-6 dev notice). Screenshots in light and dark, English
and 简体中文."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import i18n

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
STORY = REAL / "news-cn-aerospace-selldown-2026.txt"
NOTICE = REAL / "gw-sh-taxi-fare-float-rules-2021.md"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_dateline_card_screenshots(
    make_window, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    i18n.install_translator(qapp, language)
    window = make_window(STORY)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    values = window.header_card.values_label.text()
    source = "来源：中国经济网" if language == "zh_CN" else "Source: 中国经济网"
    assert values.startswith(source)
    assert "6月12日" in values
    screenshot(window, f"header-card-dateline-{theme}-{language}")


def test_a_notices_card_shows_its_one_addressee(make_window, qtbot):
    window = make_window(NOTICE)
    qtbot.wait(50)
    assert window.header_card.genre_label.text() == "Official document"
    values = window.header_card.values_label.text()
    assert "各相关单位" in values
    assert "具体通知如下" not in values
