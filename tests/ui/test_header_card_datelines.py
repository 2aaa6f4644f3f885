"""The header card for a 公文's one addressee (「各相关单位」, the batch-6 dev notice), in a real
window. (Its dateline-read news source and time: test_header_card_sources.py.)"""

from __future__ import annotations

from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
NOTICE = REAL / "gw-sh-taxi-fare-float-rules-2021.md"


def test_a_notices_card_shows_its_one_addressee(make_window, qtbot):
    window = make_window(NOTICE)
    qtbot.wait(50)
    assert window.header_card.genre_label.text() == "Official document"
    values = window.header_card.values_label.text()
    assert "各相关单位" in values
    assert "具体通知如下" not in values
