"""Countries and world regions written in English inside Chinese text (round 22 of #13): Taiwan
and Hong Kong news glosses a slogan or a name in English (阿富汗萬歲（Long Live Afghanistan）)
and lists its sources by their English headlines ("Taliban sweep through Afghanistan（Politico）",
"UK’s former hub in Afghanistan"). The names come from ISO 3166-1 and a hand list of cities
(world_latin.txt); the frame decides whether one stands alone: a country inside a longer Latin
name is that name's part, not a place (Bank of China, AmCham Taiwan, Hong Kong Baptist
University, China Times)."""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate
from gui.core.patterns import trie_pattern

#: The words that end the English name of a body, a paper or a company: a country right before
#: them (in their run of capitalised words) is part of that name.
_HEADS = frozenset(
    "Academy Agency Airlines Airways Army Association Bank Broadcasting Bureau Centre Center "
    "Chamber Club College Commission Committee Company Corp Corporation Council Daily "
    "Department Federation Forum Foundation Government Group Herald Holdings Inc Institute "
    "Journal League Limited Ltd Mail Ministry Museum Navy News Office Party Police Post Press "
    "Radio Railway Railways Review School Semiconductor Society Telecom Television Times TV "
    "Union University".split()
)
#: Small words that a run of capitalised words may hold (Bank of China, Ministry for the …).
_JOINERS = frozenset(("of", "and", "for", "the", "&"))
_WORD = re.compile(r" ([A-Za-z&][A-Za-z.&'’\-]*)")
_LATIN = re.compile(r"[A-Za-z0-9À-ÿ]")
#: The capitalised word right before a country, and "of" after it (AmCham Taiwan; Bank of China),
#: or the "of" of Portuguese, Spanish, French and Italian names (Universidade de Macau).
_BEFORE = re.compile(r"([A-ZÀ-Ý][A-Za-zÀ-ÿ.&'’\-]*) ((?:of|de|da|do|dos|das|du|des|di|del) )?$")
#: The Latin words right before a country, back to the last character that is no Latin word's.
_RUN_BEFORE = re.compile(r"(?:[A-Za-z][A-Za-z.&'’\-]* ){1,5}$")
#: The rest of a bracket around a country: before it and after it (Latin words only).
_OPENED = re.compile(r"[（(]((?:[A-Za-z0-9][A-Za-z0-9.&'’\-]* )*)$")
_CLOSED = re.compile(r"((?: [A-Za-z0-9][A-Za-z0-9.&'’\-]*)*)[）)]")
_WORD_AFTER = re.compile(r"(?:['’]s)? [A-Za-z0-9]")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&'’\-:,]* $")
#: Articles, prepositions and verbs that a title-case headline capitalises ("Taliban Storm
#: Kabul", "As The U.S.-Backed Government Collapses"): no part of a name after them.
_OPEN_WORDS = frozenset(
    "A An The In Into To As At On Of For From By With Through Across Over After Before And Or "
    "But Is Are Was Were Will Has Have Had Enter Enters Storm Storms Leave Leaves Left Says Say "
    "Said Hits Hit Visits Visit Back Backs Against Between Without Within Inside Outside "
    "Near".split()
)


@cache
def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    return re.compile(trie_pattern(names))


def _inside_a_name(masked: str, s: int, e: int) -> bool:
    """Whether the country at ``s:e`` is part of a longer Latin name: after a capitalised word
    (AmCham Taiwan) or after "X of" (Bank of China, Republic of China), or before a run of
    capitalised words that ends in a body's head (China Times, Hong Kong Baptist University)."""
    m = _BEFORE.search(masked, max(0, s - 40), s)
    if m and (m.group(2) or m.group(1) not in _OPEN_WORDS):
        return True
    # A body's name may hold a country after a preposition (American Institute in Taiwan).
    run = _RUN_BEFORE.search(masked, max(0, s - 60), s)
    if run and any(word in _HEADS for word in run.group().split()):
        return True
    # A bracket names one thing (a gloss, a source): a country is the whole of it or a part of
    # its name (（Japan Today）, （France 24）; not （Long Live Afghanistan）, a slogan).
    opened = _OPENED.search(masked, max(0, s - 60), s)
    closed = _CLOSED.match(masked, e)
    if opened and closed and (opened.group(1) or closed.group(1)):
        words = (opened.group(1) + closed.group(1)).split()
        if all(w[:1].isupper() or w[:1].isdigit() or w in _JOINERS for w in words):
            return True
    # A capitalised word after the country that no headline capitalises as a small word makes
    # one name with it (Taiwan Mobile, Hong Kong Disneyland; a headline's "Afghanistan Falls To
    # Taliban" is lost with them).
    m = _WORD.match(masked, e)
    if m and m.group(1)[:1].isupper() and m.group(1) not in _OPEN_WORDS:
        return True
    at = e
    for _ in range(5):
        m = _WORD.match(masked, at)
        if not m:
            break
        word = m.group(1)
        if word in _HEADS:
            return True
        if not word[:1].isupper() and word not in _JOINERS:
            break
        at = m.end()
    return False


def _in_english(masked: str, s: int, e: int) -> bool:
    """Whether the name stands in an English phrase (a Latin word before or after it, space
    between) or alone in brackets (阿富汗（Afghanistan）)."""
    if _WORD_BEFORE.search(masked, max(0, s - 30), s) or _WORD_AFTER.match(masked, e):
        return True
    return masked[s - 1 : s] in "（(" and masked[e : e + 1] in "）)" and s > 0


def latin_places(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The countries and regions of ``gaz.latin_places`` where no Latin letter or digit
    touches them and no longer Latin name holds them."""
    if not gaz.latin_places:
        return []
    out: list[Candidate] = []
    for m in _pattern(gaz.latin_places).finditer(masked):
        s, e = m.span()
        if (s and _LATIN.match(masked, s - 1)) or _LATIN.match(masked, e):
            continue  # inside a word (Asian, Americans) or a longer name (UKTI)
        if masked[s - 1 : s] == "." or _inside_a_name(masked, s, e):
            continue
        if not _in_english(masked, s, e):
            continue  # glued to Chinese words: a brand or a body's Latin name as often
        out.append((s, e, "LOC", 4))
    return out
