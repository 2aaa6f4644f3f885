"""Round 36 of #13, all types (session 20): generic words of place before a rail line's word
name a kind of line, not one line (地方铁路, 城市市区高速铁路); real lines of dev documents
(batches 25 and 28), written phrases, and phrases the rules must leave alone, in every script
view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text",
    [
        # dev b28, Shanghai's rules on the protection zones of local railways
        "（一）城市市区高速铁路为十米，其他铁路为八米；",
        # dev b25, Shanghai's rules on credit in transport construction
        "是指在本市从事公路、水运、轨道交通、地方铁路、城市道路和其他交通基础设施建设活动的",
    ],
)
def test_a_kind_of_rail_line_is_no_place(text):
    assert of_type(text, "LOC") == [], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, lines",
    [
        # written: lines named by the places they join stay places
        ("成渝高铁和沪杭铁路的客流继续增长", ["成渝高铁", "沪杭铁路"]),
    ],
)
def test_lines_named_by_their_places_stay_places(text, lines):
    assert of_type(text, "LOC") == lines, spans(text)
