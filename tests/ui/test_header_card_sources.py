"""The header card for header elements in a real window: a news story's source and time from
its print edition line (the batch-5 dev 人民日报 story) or from the dateline opening its lead
(the batch-6 dev report), and a 令's issuer and number from its banner. Screenshots in light
and dark, English and 简体中文."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import i18n
from tests.core.test_order_form import order_text

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
STORY = REAL / "news-cn-blackland-fertiliser-2026.txt"
# News stories whose source and time the card shows, by where the header read them: the print
# edition line (batch-5 dev 人民日报 story) and the dateline opening the lead (batch-6 dev).
CARDS = [
    ("print-edition", STORY, "人民日报", "2026年06月12日"),
    ("dateline", REAL / "news-cn-aerospace-selldown-2026.txt", "中国经济网", "6月12日"),
]


@pytest.mark.parametrize(("name", "story", "source", "time"), CARDS, ids=[c[0] for c in CARDS])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_news_card_screenshots(
    make_window,
    qapp,
    qtbot,
    screenshot,
    theme,
    language,
    english_afterwards,
    name,
    story,
    source,
    time,
):
    i18n.install_translator(qapp, language)
    window = make_window(story)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    values = window.header_card.values_label.text()
    label = "来源：" if language == "zh_CN" else "Source: "
    assert values.startswith(label + source)
    assert time in values
    screenshot(window, f"header-card-{name}-{theme}-{language}")


def test_an_orders_card_shows_its_banner_issuer_and_number(make_window, tmp_path, qtbot):
    path = tmp_path / "order.txt"
    path.write_text(order_text("国家市场监督管理总局令", "第56号"), encoding="utf-8")
    window = make_window(path)
    qtbot.wait(50)
    assert window.header_card.genre_label.text() == "Official document"
    values = window.header_card.values_label.text()
    assert values.startswith("国家市场监督管理总局 · 第56号 · 2022年4月14日")


# (Round t28) A media group's run-in byline opening the lead, 「南方财经全媒体见习记者程浩 东莞报道」
# (batch-55 dev page): furniture, and the card's source and reporter, the name alone.
BYLINE_STORY = REAL / "news-cn-sina-southern-finance-dongguan-doubling-plan-firms-2022.html"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_run_in_bylines_card_screenshots(
    make_window, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    i18n.install_translator(qapp, language)
    window = make_window(BYLINE_STORY)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    values = window.header_card.values_label.text()
    label = "来源：" if language == "zh_CN" else "Source: "
    assert values.startswith(label + "南方财经全媒体") and values.endswith("程浩")
    assert "记者" not in values  # the rank stays in the text, not in the card
    screenshot(window, f"header-card-run-in-byline-{theme}-{language}")
