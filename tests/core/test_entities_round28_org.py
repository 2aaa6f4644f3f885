"""Round 28 of #13, ORG on the dev parts of batches 21 and 22: Hong Kong or Macau written before
one of the region's own bodies is part of that body's name (澳門海事及水務局, 香港政府飛行服務隊).
Lines of dev documents and what must stay as it is, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, press-mo-maritime-rescue-drill-2026
        (
            "兩艘船分別有一人墮海。澳門海事及水務局收到通報後，立即按應急機制啟動",
            ["澳門海事及水務局"],
        ),
        (
            "由香港飛行服務隊直升機把傷者吊運至外港客運碼頭直升機停機坪後送院。",
            ["香港飛行服務隊"],
        ),
        (
            "珠海市應急管理局、香港海事處、香港政府飛行服務隊、客船公司",
            ["珠海市應急管理局", "香港海事處", "香港政府飛行服務隊"],
        ),
    ],
)
def test_region_before_its_own_body(text, bodies):
    found = _of(text, "ORG")
    assert all(b in found for b in bodies), spans(text)
    same_in_every_view(text)


def test_region_apart_from_a_body_stays_a_place():
    # written: a comma between the region and the body
    text = "在香港，海事處今日發出警告。"
    assert "香港" in _of(text, "LOC") and "海事處" in _of(text, "ORG"), spans(text)
