"""Sites named for the company or body that runs them: one place, no organisation.

A park, a theme park or a resort that opens with a known company's name (比亚迪汽车工业园,
联想创新园, 特变电工智慧产业园, 香港迪士尼乐园) is a place by the guideline (named zones and
parks are LOC; the dev golds of batches 1, 5 and 10 mark all four so): the company's name inside
it is no ORG of its own. The place before the company (香港) and a bracket of place names after
the site (（深汕）) belong to the site.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.name_starts import stop_words
from gui.core.entities.names import Candidate

# The site words that follow a company's name; a zone's own suffixes (高新区, 开发区) are the
# zone rules' (places.zones).
_SITE_END = re.compile("工业园|产业园|创新园|科技园|乐园|度假区|主题公园")
# A bracket of one or two places after the site: 比亚迪汽车工业园（深汕）.
_PLACE_BRACKET = re.compile("[（(]([\u4e00-\u9fff]{2,4})[）)]")
_DESIGNATION = 4  # words between the name and the site word (汽车, 智慧): four characters at most


def company_sites(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """LOC candidates ``(start, end, "LOC", 1)`` for sites named for a known body."""
    out: list[Candidate] = []
    for m in _SITE_END.finditer(masked):
        name = _body_before(masked, m.start(), gaz)
        if name is None:
            continue
        start = name
        for n in range(6, 1, -1):  # 香港|迪士尼乐园: the place the site is in opens its name
            if masked[start - n : start] in gaz.places:
                start -= n
                break
        end = m.end()
        bracket = _PLACE_BRACKET.match(masked, end)
        if bracket and all(ch in gaz.place_chars for ch in bracket.group(1)):
            end = bracket.end()
        out.append((start, end, "LOC", 1))
    return out


def _body_before(masked: str, site: int, gaz: Gazetteer) -> int | None:
    """Where a known body's name starts that ends at most ``_DESIGNATION`` characters of
    ideographs without a stop word before ``site`` (None if there is none)."""
    for k in range(_DESIGNATION + 1):
        at = site - k
        between = masked[at:site]
        if at <= 0 or not all(is_cjk(ch) for ch in between) or stop_words(between):
            return None
        for n in range(min(8, at), 1, -1):
            if masked[at - n : at] in gaz.orgs:
                return at - n
    return None
