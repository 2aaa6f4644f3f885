"""The header card for header elements read this round, in a real window: a 人民日报 story's
source and time from its print edition line (the batch-5 dev story), and a 令's issuer and
number from its banner. Screenshots in light and dark, English and 简体中文."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import i18n
from tests.core.test_order_form import order_text

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
STORY = REAL / "news-cn-blackland-fertiliser-2026.txt"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_print_edition_card_screenshots(
    make_window, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    i18n.install_translator(qapp, language)
    window = make_window(STORY)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    values = window.header_card.values_label.text()
    source = "来源：人民日报" if language == "zh_CN" else "Source: 人民日报"
    assert values.startswith(source)
    assert "2026年06月12日" in values
    screenshot(window, f"header-card-print-edition-{theme}-{language}")


def test_an_orders_card_shows_its_banner_issuer_and_number(make_window, tmp_path, qtbot):
    path = tmp_path / "order.txt"
    path.write_text(order_text("国家市场监督管理总局令", "第56号"), encoding="utf-8")
    window = make_window(path)
    qtbot.wait(50)
    assert window.header_card.genre_label.text() == "Official document"
    values = window.header_card.values_label.text()
    assert values.startswith("国家市场监督管理总局 · 第56号 · 2022年4月14日")
