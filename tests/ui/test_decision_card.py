"""A Taiwan administrative decision (裁處書) in a real window: the header card shows the
issuer from its letterhead, its 發文字號 and its 發文日期, in the original and the Simplified
view; the title is the authority's summary sentence. Screenshots in light and dark, English and
简体中文 (test-artifacts/screenshots/decision-card-*.png)."""

from __future__ import annotations

import json

import pytest

from gui import i18n
from gui.core.script import Script
from tests.conftest import REPO

RECORD = json.loads(
    (REPO / "tests" / "data" / "decision_forms" / "fsc-202102030001.json").read_text("utf-8")
)


@pytest.fixture
def decision(tmp_path):
    path = tmp_path / "fsc-decision.txt"
    path.write_text(RECORD["title"] + "\n" + RECORD["description"], encoding="utf-8")
    return path


def test_the_card_shows_the_decisions_issuer_number_and_date(make_window, decision):
    window = make_window(decision)
    card = window.header_card
    assert card.isVisible()
    assert card.values_label.text().split(" · ")[:3] == [
        "金融監督管理委員會",
        "金管銀外字第11002702842號",
        "中華民國110年2月2日",
    ]
    window.signals.script_change_requested.emit(Script.HANS.value)
    assert card.values_label.text().startswith("金融监督管理委员会 · 金管银外字第11002702842号")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_decision_card_screenshots(
    make_window, decision, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    i18n.install_translator(qapp, language)
    window = make_window(decision)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    expected = "公文" if language == "zh_CN" else "Official document"
    assert window.header_card.genre_label.text() == expected
    screenshot(window, f"decision-card-{theme}-{language}")
