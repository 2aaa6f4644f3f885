"""People named in forms of the genre that no title marks (PER): the founders in the names of
the doctrines Party text cites (马克思列宁主义, 毛泽东思想: the guideline annotates the person inside
an ideology's name), a transliterated name elected or addressed in diplomatic news (致电德拉埃斯普列亚,
德拉埃斯普列亚当选哥伦比亚总统), and a name with a middle dot in a 、-list of people
(授予…李连成、吾哈斯·苏来曼、吴亚琴: lists hold like with like); and the head who signs a gazette's
order on a line of its own, the title's characters spaced out (部　　長　江宜樺, round 31).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import SURNAMES, TRANSLIT_CHARS, is_cjk
from gui.core.entities.names import Candidate

# The doctrines of the Party's statutes and reports are named for these six (马克思主义,
# 列宁主义, 毛泽东思想, 邓小平理论); the names are people wherever they stand, except in the
# cities named after two of them (列宁格勒, 斯大林格勒).
# (A plain alternation: the engine skips to its first characters three times as fast as it
# tries a leading lookahead at every position.)
_FOUNDERS = re.compile("(?:马克思|恩格斯|列宁|斯大林|毛泽东|邓小平)(?!格勒)")

_TRANSLIT = "".join(sorted(TRANSLIT_CHARS))
# A foreign head of state is addressed (致电X，祝贺他当选…) or elected (X当选哥伦比亚总统):
# a run of four to eight transliteration characters (no Chinese name is so long) after a verb
# of address, or before 当选 after a boundary or a preposition (愿同X当选总统一道努力).
_ADDRESSED = re.compile(f"(?:致电|致函|致信|致贺电|祝贺)([{_TRANSLIT}]{{4,8}})(?=[，。、；,])")
_ELECTED = re.compile(f"([{_TRANSLIT}][{_TRANSLIT}]{{3,7}})当选")
_ELECTED_BEFORE = set("同与和向对贺电祝，。、；：（ \n")


def founders(masked: str) -> list[Candidate]:
    """The founders named in the doctrines (马克思 of 马克思主义)."""
    return [(m.start(), m.end(), "PER", 3) for m in _FOUNDERS.finditer(masked)]


def addressed_or_elected(masked: str) -> list[Candidate]:
    """Transliterated names addressed by a message or elected to an office."""
    out: list[Candidate] = [(m.start(1), m.end(1), "PER", 5) for m in _ADDRESSED.finditer(masked)]
    if "当选" in masked:
        for m in _ELECTED.finditer(masked):
            before = masked[m.start() - 1 : m.start()]
            if not before or before in _ELECTED_BEFORE:
                out.append((m.start(1), m.end(1), "PER", 5))
    return out


# A name with middle dots: its parts are one to eight ideographs (吾哈斯·苏来曼, 买买提·艾力).
_DOTTED_LEFT = re.compile("(?<![\u4e00-\u9fff·])[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+$")
_DOTTED_RIGHT = re.compile(
    "[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+(?=[、，。；）)]|等|和|及)"
)


def dotted_neighbour(masked: str, s: int, e: int) -> list[tuple[int, int]]:
    """A dotted name right before (``…、``) or after (``、…``) the listed name ``s:e``."""
    out = []
    if s > 1 and masked[s - 1] == "、":
        m = _DOTTED_LEFT.search(masked, max(0, s - 17), s - 1)
        if m and (m.start() == 0 or not is_cjk(masked[m.start() - 1])):
            out.append(m.span())
    if masked[e : e + 1] == "、":
        m = _DOTTED_RIGHT.match(masked, e + 1)
        if m:
            out.append(m.span())
    return out


_DOTS = "·．•‧・"


def transliterated_name_end(
    masked: str,
    pos: int,
    chars: Collection[str],
    gaz: Gazetteer,
    after_ok: Callable[[str, int], bool],
) -> int:
    """Where a transliterated name that starts at ``pos``, after a head of state's title, ends
    (-1 if none): the run of transliteration characters, its dotted parts with it (秘书长科菲·安南),
    ended by what may follow a name (``after_ok``: a mark, 表示, 会见 …) or by a verb or function
    word (国王西哈莫尼|邀请, 总理科尔|进行磋商). The run is greedy, so its last characters may be the
    start of that word (科菲·安南|希望: 希 is a transliteration character too)."""
    e = pos
    while e < len(masked) and e - pos < 6 and masked[e] in chars:
        e += 1
    if e - pos < 2:
        return -1
    first, lo = e, pos + 2
    while masked[e : e + 1] and masked[e] in _DOTS and masked[e + 1 : e + 2] in chars:
        lo = e + 2
        e += 1
        while e < len(masked) and e - lo < 7 and masked[e] in chars:
            e += 1
    for end in range(e, lo - 1, -1):
        pair = masked[end : end + 2]
        if after_ok(masked, end) or pair in gaz.verbs or pair in gaz.function_words:
            return end
    return first if first < e else -1  # 罗伯特·马尔登有幸: the dot still ends the first name


# A gazette's signature: the head's one-character body and 长 spaced out to the width of a
# longer title (or not, 市長 then a run of spaces), then the name, alone on a line (部　　長　江宜樺,
# 局　　长　王强, 市長         黃偉哲); a two-character name is padded to three as the title is
# (院　　長　關　中: the padding inside the name is part of it); a head of two characters and 长
# spaced out alike (主 計 長　石素梅, 秘 書 長).
_SIGNATURE = re.compile(
    "(?m)^(?:[部院局署处厅市县]|[主秘检审][\u3000 ]*[计书察])[\u3000 ]*长[\u3000 ]+"
    f"([{''.join(sorted(SURNAMES))}](?:[\u4e00-\u9fff]{{1,2}}|[\u3000 ]{{1,2}}[\u4e00-\u9fff]))"
    "[\u3000 ]*$"
)


def signatures(masked: str) -> list[Candidate]:
    """The name on a gazette's signature line (部　　長　江宜樺)."""
    return [(m.start(1), m.end(1), "PER", 3) for m in _SIGNATURE.finditer(masked)]


def person_forms(masked: str) -> list[Candidate]:
    """All the candidates of this module."""
    out = founders(masked)
    if "长\u3000" in masked or "长 " in masked:
        out += signatures(masked)
    if "致" in masked or "祝贺" in masked or "当选" in masked:
        out += addressed_or_elected(masked)
    return out
