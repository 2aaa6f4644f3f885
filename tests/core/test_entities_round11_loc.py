"""Round 11 of #13, places and people: fixes for LOC and PER error classes of the dev batches
1–9 (batch 9's dev part joined the classes this round; benchmarks/entity_error_classes.py,
table in docs/entities.md), each on real phrases of the corpus' genres and checked in every
script view, with the phrases each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


# -- China and a partner named by one character (LOC; b8, b9 news digests) ---------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        ("战略伙伴。建交46年来，中哥关系历经国际风云变幻考验", ["中", "哥"]),
        ("引领中哥战略伙伴关系迈上新台阶", ["中", "哥"]),
        ("连接阿联酋7个酋长国的11个城市和地区，是中阿高质量共建“一带一路”的标志性项目", ["中", "阿"]),
        # The partner's leader names the pair the other way round, after a clause mark.
        ("尼耶表示，建交50年来，塞中关系在相互尊重、相互信任和共同发展的基础上", ["塞", "中"]),
        ("费萨尔表示，沙中全面战略伙伴关系发展达到前所未有的高度", ["沙", "中"]),
    ],
)
def test_china_and_a_partner_by_one_character(text, pair):
    assert [s for s in _of(text, "LOC") if len(s) == 1] == pair, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "研究表明，巴中关系网络复杂",  # 巴中 is a prefecture
        "其中关系最密切的是",  # 中 ends 其中; no partner before it
        "这是一场大哥关系的考验",
    ],
)
def test_pairs_left_alone(text):
    assert not [s for s in _of(text, "LOC") if len(s) == 1], spans(text)
