"""Names of the lists that reached one dev document only, and falsely there
(benchmarks/entity_reach.py, session 24): a name's last character that begins a common word
with the next one (联合报|装 → 报装, 太空军|事 → 军事), and a common noun listed as a station
(有线电视 "cable television"). Real lines of dev documents."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise


def orgs(text: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == "ORG"]


@pytest.mark.parametrize(
    "line, word",
    [
        # gw-sh-construction-business-environment-plan-2026 (batch 24)
        ("“高效办成一件事”集成服务。深化水电气网联合报装“一件事”，推", "联合报"),
        # news-tw-pts-us-space-force-korea-drill-explainer-2023 (batch 45)
        ("也是為了控管印太地區的太空軍事行動，也是為了", "太空軍"),
        # stats-cn-pingtan-2012-statistical-bulletin (batch 38)
        ("末互联网宽带接入用户数总计54782户。有线电视入户率达49%。", "有线电视"),
    ],
)
def test_a_listed_name_that_runs_into_a_word_or_is_one_is_no_body(line, word):
    assert word not in orgs(line)


def test_the_names_still_stand_where_they_end_a_word():
    # news-tw-pts-us-space-force-korea-drill-explainer-2023's headline
    assert "太空軍" in orgs("美韓軍演首納太空軍 一文了解太空軍是什麼")
