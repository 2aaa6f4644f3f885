"""Names that no title marks, closed on both sides by what stands around names (PER).

A name opens a clause after a mark and is followed by a word that follows names (表示, 是, 在,
曾, 等, 今天 …: ``lexicon.PERSON_RIGHT``): ``，樊禹还展开了``, ``。\n叶钊颖对韩国女队``,
``，高敏是经受考验的``. Neither side alone says "person" — clauses open with nouns of every
kind, and every noun is followed by 的 — but a surname and given-name characters that the
statistics call a name (``given_name_chars.tsv``, a score ≥ 3 over the given characters: 樊禹,
高敏, 叶钊颖; 欧元, 文明, 白银 score far lower) between the two are one. On People's Daily 1998
and MSRA (not in the repository) the rule added 76 names its gold holds and 1 it does not
(李鹏来|到); on the dev parts 5, all right (docs/history/entities-log.md, "Fifteenth round").

The members of a list of names are closed the same way (焦裕禄、孔繁森那样, 肖维平、徐行刚，):
two or more members that all read as names, the list closed on both sides (``listed_names``,
``joined_names``).
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import plausible_name
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate

FLOOR_CLOSED = 3.0


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    surnames = "".join(sorted(lx.SURNAMES))
    # From the mark (a character class the engine finds fast), not from the name.
    opening = re.compile(f"[、，,。；;：:（(“「”」\\n\\x00]([{surnames}])")
    return opening, re.compile(trie_pattern(lx.PERSON_RIGHT))


def closed_names(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Names between a clause's opening mark and a word that follows names."""
    opening, right = _patterns()
    out: list[Candidate] = []
    for m in opening.finditer(masked):
        s = m.start(1)
        for k in (3, 2):
            e = s + k
            name = masked[s:e]
            if len(name) != k or not right.match(masked, e):
                continue
            # 温馨的, 华丽的: a surname and one name-like character before 的 is as often an
            # adjective; a full name is not.
            if k == 2 and masked[e] == "的":
                continue
            # 李鹏来|到, 应澄清|对: a name does not end inside a verb (来到, 澄清).
            if masked[e - 1 : e + 1] in gaz.verbs or name[1:] in gaz.verbs:
                continue
            # 向阳镇和圣水镇: a town's or a site's type word ends no name here (as in a list).
            if k == 3 and name[2] in _SITE_ENDS:
                continue
            if plausible_name(name, gaz, FLOOR_CLOSED) and not gaz.org_re.match(name):
                out.append((s, e, "PER", 7))
                break
    return out


_LIST_FLOOR = 0.0
# Type words of sites that end a place's name (农家乐、龙泉乡, 景福宫、文昌宫): no name's end in a list.
_SITE_ENDS = frozenset("乡镇村街路宫寺庙馆站楼厂")
_JOINS = "和与及"
_LEFT_ONE = frozenset("的是在对从把被将给向由让跟同请为像以")


def _closed_left(masked: str, s: int, gaz: Gazetteer) -> bool:
    """A mark, a one-character preposition or a verb or function word ends right before ``s``."""
    before = masked[s - 1 : s]
    if not before or not is_cjk(before):
        return before not in "·．•‧・"  # 吾哈斯·苏来曼: part of a dotted name
    pair = masked[s - 2 : s]
    return before in _LEFT_ONE or pair in gaz.verbs or pair in gaz.function_words


def _closed_right(masked: str, e: int, gaz: Gazetteer) -> bool:
    after = masked[e : e + 1]
    if not after or not is_cjk(after):
        return True
    pair = masked[e : e + 2]
    return bool(_patterns()[1].match(masked, e)) or pair in gaz.verbs or pair in gaz.function_words


def _name(masked: str, s: int, e: int, gaz: Gazetteer) -> bool:
    name = masked[s:e]
    return (
        plausible_name(name, gaz, _LIST_FLOOR)
        and name[-1] not in _SITE_ENDS
        and not gaz.org_re.match(name)
    )


def listed_names(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The members of a list of names that no title marks (焦裕禄、孔繁森那样; 严良和李培智等人):
    two or more members joined by 、 (or two by 和, 与, 及), each a surname and given-name
    characters that the statistics lean to (a score ≥ 1), at least one a full name, the list
    closed on both sides — by a mark, a preposition, a verb or function word on the left, and on
    the right by a mark or a word that follows names. A member that is no name (商圈、景福宫、
    文昌宫、晴光市场: a list of sites) leaves the whole list alone: lists hold like with like."""
    out: list[Candidate] = []
    pos, n = 0, len(masked)
    while True:
        i = masked.find("、", pos)
        if i < 0:
            return out
        # The middle members of a chain are exact; the first and last take what reads best.
        seps = [i]
        while True:
            j = i + 1
            while j < n and j - i <= 5 and is_cjk(masked[j]):
                j += 1
            if masked[j : j + 1] == "、" and 2 <= j - i - 1 <= 4:
                seps.append(j)
                i = j
                continue
            break
        pos = seps[-1] + 1
        out += _chain(masked, seps, gaz)
        del seps


def _chain(masked: str, seps: list[int], gaz: Gazetteer) -> list[Candidate]:
    members: list[tuple[int, int]] = []
    first = next(
        (
            (seps[0] - k, seps[0])
            for k in (3, 2)
            if _name(masked, seps[0] - k, seps[0], gaz) and _closed_left(masked, seps[0] - k, gaz)
        ),
        None,
    )
    # A list goes on past a member too long for a name (北京市、…、王明): no list of names.
    if first is not None and masked[first[0] - 1 : first[0]] == "、":
        return []
    if first is not None:
        members.append(first)
    elif len(seps) < 3:
        return []
    # Without a clear first member (邱国辉朱志超、胡毅、…: a 、 lost between two names) a list
    # of three members or more between its marks still reads as one: the members are exact.
    for a, b in zip(seps, seps[1:], strict=False):
        if not _name(masked, a + 1, b, gaz):
            return []
        members.append((a + 1, b))
    last_start = seps[-1] + 1
    last = next(
        (
            (last_start, last_start + k)
            for k in (3, 2)
            if _name(masked, last_start, last_start + k, gaz)
            and _closed_right(masked, last_start + k, gaz)
        ),
        None,
    )
    if last is None or masked[last[1] : last[1] + 1] == "、":
        return []
    members.append(last)
    if all(e - s == 2 for s, e in members) and not _PEOPLE_COUNTED.match(masked, members[-1][1]):
        return []  # 安康、石泉: two-character members alone are as often places or words
    return [(s, e, "PER", 7) for s, e in members]


# A list closed by a count of people (蔡立、杨洁等四名同志, 等5人): its members are people, two
# characters each or not.
_PEOPLE_COUNTED = re.compile("等[\\d一二两三四五六七八九十]{1,3}(?:名|位|人)")

_JOINED = re.compile("[和与及]")


def joined_names(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Two names joined by 和, 与 or 及 (严良和李培智等人, 许银川与吴贵临恰好相遇), each read
    as a list's member is read by :func:`listed_names`."""
    out: list[Candidate] = []
    for m in _JOINED.finditer(masked):
        j = m.start()
        if masked[j + 1 : j + 2] not in lx.SURNAMES:
            continue
        first = next(
            (
                (j - k, j)
                for k in (3, 2)
                if _name(masked, j - k, j, gaz) and _closed_left(masked, j - k, gaz)
            ),
            None,
        )
        if first is None or masked[first[0] - 1 : first[0]] == "、":
            continue
        last = next(
            (
                (j + 1, j + 1 + k)
                for k in (3, 2)
                if _name(masked, j + 1, j + 1 + k, gaz) and _closed_right(masked, j + 1 + k, gaz)
            ),
            None,
        )
        if last is None or masked[last[1] : last[1] + 1] == "、":
            continue
        if last[1] - last[0] == 3 or first[1] - first[0] == 3:
            out += [(*first, "PER", 7), (*last, "PER", 7)]
    return out
