"""Places that the state's plans and notices name by a fixed form of their own (LOC), each a scan
of one pattern on the masked pivot: a free-trade zone by its official name, China with the
province in brackets (中国（上海）自由贸易试验区, with its area; with its committee an ORG), and a
city's ring roads by their ring (内环高架, 外环西段, 三环路). Session 25 (e48); called by the
recogniser only where the text holds the pattern's anchor (贸, 环).
"""

from __future__ import annotations

import re

from gui.core.entities import names
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate

# A free-trade zone by its official name, China with the province in brackets before the zone's
# word (中国（上海）自由贸易试验区, 中国（福建）自由贸易试验区): the zone reader stops at the bracket.
# The zone's area (片区) named right after it is one place with it (…自由贸易试验区南沙片区,
# …临港新片区), and the zone's or the area's committee is one body with it (…临港新片区管理委员会).
_FREE_TRADE_ZONE = re.compile(
    "中国[（(]([\u4e00-\u9fff]{2,3})[）)](?:自由贸易试验区|自贸试验区|自由贸易区)"
    "(?:(?![各本该全两多每这那此其内]|相关|有关|所属|其他|其它)"
    "[^\\W\\d的和与及或等之、]{2,6}?新?片区)?(管理委员会|管委会)?"
)


def free_trade_zones(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """LOC candidates for a free-trade zone's official name (中国（上海）自由贸易试验区), with its
    area; ORG where the zone's committee follows."""
    return [
        (m.start(), m.end(), "ORG" if m.group(2) else "LOC", 2)
        for m in _FREE_TRADE_ZONE.finditer(masked)
        if names.starts_with_place(m.group(1), gaz)
    ]


# A city's ring roads by their ring (内环高架, 外环西段, 中环路, 三环路, 外环高速): the plans and
# notices of Shanghai and Beijing name them so. The ring word alone is no road (外环 "outer
# ring" of anything): a road word or a section must follow it, and no word may end in 环
# before it (循环, 闭环, 光环).
# (Hong Kong's 中环 is a district: 中环线, 中环站 are its own; 中环 takes a road word only.)
_RING_ROAD = re.compile(
    "[内外二三四五六七中](?<![循闭光花耳连门套圆环].)(?:"
    "(?<=[内外二三四五六七])环"
    "(?:(?:高架路?|高速公路|高速|快速路|路|线(?![上下内外])|隧道)(?:[东西南北]段)?|[东西南北]段)"
    "|(?<=中)环(?:高架路?|快速路|路|隧道))"
)


def ring_roads(masked: str) -> list[Candidate]:
    """A city's ring roads named by their ring and a road word (LOC)."""
    return [(m.start(), m.end(), "LOC", 3) for m in _RING_ROAD.finditer(masked)]
