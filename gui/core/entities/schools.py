"""Taiwan's schools by their short names: 永康國小, 東原國中 — a place or a proper name of two
characters and 國小 (國民小學, primary) or 國中 (國民中學, junior high), one organisation.

The name stands at a word's edge: after a mark, a function word or a word for schools
(學校東原國中, 供應的後甲國中); 國中 and 國小 that begin a longer word are no school (國中小學校
"junior high and primary schools", 國中生 "a pupil", 國中時 "in junior high"). A country's 国 is
no school's (访美国中西部). Anchored on the two head words in the Simplified pivot (国小, 国中).
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate

_SCHOOL = re.compile("(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2})(?:国小|国中)")
_SCHOOL_AFTER_WORD = re.compile("(?<=[的由在与和及到至为是即、校])[\u4e00-\u9fff]{2}(?:国小|国中)")
#: Characters that continue 国中 / 国小 into a longer word (国中小, 国中生, 国中时, 国中部) or
#: name a station or a street after the school (中山国小站).
_NOT_AFTER = frozenset("小生时部毕阶学教老会站路街")


def schools(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for Taiwan's primary and junior high schools named short (永康国小)."""
    out: list[Candidate] = []
    for pattern in (_SCHOOL, _SCHOOL_AFTER_WORD):
        for m in pattern.finditer(masked):
            s, e = m.span()
            if masked[e : e + 1] in _NOT_AFTER or masked[s : s + 1] in "的在与和及各该本":
                continue
            if masked[e - 3 : e - 1] in gaz.places or masked[s : e - 1] in gaz.places:
                continue  # 访美国中西部, 在中国中部: a country's 国, not a school's
            out.append((s, e, "ORG", 2))
    return out
