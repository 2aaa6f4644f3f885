"""People a story names by a nickname or by the given name alone (PER).

Taiwan's and Hong Kong's human-interest news (charity appeals, court and family stories) names
its people by what they are to the story or to one another, then a nickname — 阿 or 小 and one
given-name character (單親媽媽阿蕎, 同居人阿柱, 長女小婷, 么女小容) — or the given name without the
surname (兒子佳民), and calls them so throughout. No surname opens these names, so the rules
that read a surname after a role (``role_people``) never see them.

A nickname is a name here when a noun of kinship or of a person's place in the story stands
right before it and the document uses it again; a bare given name needs more: given-name
characters that lean to names and the document opening clauses with it (…，佳民卻…。佳民車禍…).
The repeat stage then finds every later mention (阿蕎表示, 小容說).
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import given_score
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.role_people import PERSON_NOUNS

# Kinship and household nouns a story introduces its people with (a longer one ends in one of
# these: 单亲妈妈, 重度残障儿子).
_KIN = (
    frozenset(
        """
    长女 次女 三女 么女 幺女 长子 次子 三子 么儿 幺儿 养女 养子 孙女 孙子 外孙 外孙女
    妈妈 爸爸 母亲 父亲 老公 老婆 太太 丈夫 妻子 儿子 女儿 哥哥 弟弟 姐姐 妹妹 同居人 前妻 前夫
    """.split()
    )
    | PERSON_NOUNS
)
# 阿 and 小 before these are forms of address or words, no nickname (阿姨, 小姐, 小学, 小孩).
_NOT_NICKNAME = frozenset("姨伯婆公嬷妈爸叔舅嫂爷奶哥姐弟妹儿女子孩朋学时组区型心说们伙")
_CLAUSE_START = frozenset("，。；：、！？「“」”（\n")
# A bare given name: its two characters lean to names (佳 1.9 + 民 -0.3), neither is common
# outside names, and the document opens at least this many clauses with it.
_GIVEN_FLOOR = 1.0
_GIVEN_CHAR_FLOOR = -1.0
_CLAUSES = 3
_STRETCH = 4000  # characters after the introduction in which the name must recur


@cache
def _kin_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + trie_pattern(_KIN) + ")(?=[\u4e00-\u9fff]{2})")


def nicknamed_people(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """PER candidates for a nickname (阿蕎, 小婷) or a bare given name (佳民) right after a
    noun of kinship, where the document names the person so again."""
    out: list[Candidate] = []
    seen: dict[str, bool] = {}  # each name is judged once (a long report repeats its 儿子)
    for m in _kin_pattern().finditer(masked):
        e = m.end()
        name = masked[e : e + 2]
        if name not in seen:
            # A story uses the name again soon: reading on a stretch keeps a long report cheap.
            seen[name] = _is_name(masked[e : e + _STRETCH], name, gaz)
        if seen[name]:
            out.append((e, e + 2, "PER", 5))
    return out


def _is_name(masked: str, name: str, gaz: Gazetteer) -> bool:
    if name in gaz.verbs or name in gaz.function_words or name in gaz.places:
        return False
    if name[0] in "阿小":
        return is_cjk(name[1]) and name[1] not in _NOT_NICKNAME and masked.find(name, 2) >= 0
    return _given_name(masked, name, gaz)


def _given_name(masked: str, name: str, gaz: Gazetteer) -> bool:
    """Whether two characters after a kinship noun (``masked`` starts with them) are a given
    name the document goes on using at the start of its clauses."""
    table = gaz.given_name_chars
    if not all(table.get(ch, -2.0) >= _GIVEN_CHAR_FLOOR for ch in name):
        return False
    if given_score(name, 0, gaz) < _GIVEN_FLOOR:
        return False
    clauses = 0
    at = masked.find(name)
    while at >= 0 and clauses < _CLAUSES:
        if at > 0 and masked[at - 1] in _CLAUSE_START:
            clauses += 1
        at = masked.find(name, at + 1)
    return clauses >= _CLAUSES
