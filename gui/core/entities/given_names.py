"""Whether a run of characters reads as a Chinese person's name: a surname (the table in
:mod:`~gui.core.entities.lexicon`, compound surnames first) and one or two given-name characters
scored with given-name statistics (``given_name_chars.tsv``), against a floor that the name's
context sets (:data:`FLOOR_TITLED` next to a title, :data:`FLOOR_ALONE` between clause marks);
a Hong Kong married name (林郑月娥); and whether a name may end at a position (a boundary or a
word that follows names: 说, 等, 表示).

Apart from :mod:`gui.core.entities.people` because every PER family reads a name with these
tests (names after titles, role nouns, marks, repeats, definitions, bare names), and the scans
of ``people.py`` are the contexts, not the name.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.lexicon import is_cjk

# Characters that never stand in a given name in this genre: function words, units, and the
# words of titles and bodies (局, 院, 长). A name with one of them is a phrase (王府井的).
NOT_IN_GIVEN_NAME = set(
    "级副总首常务名位个省市区县部局厅委会院所校企业司员长席的了和与及在是对为等各该本其这那此"
    "目体品量产场地门料件制度策法规单表类型性率额费税款价值数点线期批次项们向外内上下前后间边"
)
_MIDDLE_OK = set("和后")
# 氏 ends no name: after a surname it is the form of address (朴氏 is Park, 朴 the PER); in the
# middle of a three-character name it is a given name's (阮氏秋, 陳氏美: Vietnamese names and
# Taiwan's older women's).

# Score floors (sum over the given-name characters; unknown characters count as -2).
FLOOR_TITLED = -4.0  # next to a title the context is the evidence
FLOOR_SPEECH = 0.0
FLOOR_SHORT_TITLED = 0.0
FLOOR_SPEECH_SHORT = 1.5
FLOOR_AFTER_TITLE = 2.0
FLOOR_ALONE = 4.5
_UNKNOWN = -2.0


@cache
def right_words() -> re.Pattern[str]:
    """The words that follow a name (说, 等, 表示: ``lexicon.PERSON_RIGHT``)."""
    return re.compile(trie_pattern(lx.PERSON_RIGHT))


def surname_len(name: str) -> int:
    if name[:2] in lx.COMPOUND_SURNAMES:
        return 2
    return 1 if name[:1] in lx.SURNAMES else 0


def given_score(name: str, k: int, gaz: Gazetteer) -> float:
    table = gaz.given_name_chars
    if not table:  # a gazetteer folder without statistics: stay with the context rules
        return 0.0
    return sum(table.get(ch, _UNKNOWN) for ch in name[k:])


def plausible_name(name: str, gaz: Gazetteer, floor: float = FLOOR_TITLED) -> bool:
    """Whether ``name`` reads as surname + one or two given-name characters scoring ≥ ``floor``."""
    k = surname_len(name)
    if not k or len(name) - k not in (1, 2) or not all(is_cjk(ch) for ch in name):
        return False
    given = set(name[k:])
    if len(name) - k == 2 and name[k] in _MIDDLE_OK:
        given.discard(name[k])  # 阴和俊: 和 inside a given name, not a conjunction
    if given & NOT_IN_GIVEN_NAME or name[-1] == "氏":
        return False
    if _NOT_A_NAME.fullmatch(name):
        return False
    return given_score(name, k, gaz) >= floor and name not in gaz.places


# Surname-initial words that are no names: weekdays (周三), kinship and address terms, and
# 文章 (评论员文章, an editorial), 师傅 (司机王师傅: the surname alone is the person), and the
# names courts and court news anonymise (王某, 陈某江: guideline, no PER).
_NOT_A_NAME = re.compile(
    r"周[一二三四五六日末]|星期.|简[介历]|文章|.?师傅.?|[老小]?[王李张刘陈]某某?|.某.?|.(?:先生|女士|小姐|太太|伯|婆|姐|哥|叔|生)"
    r"|.(?:伯伯|叔叔|婆婆|公公|爷爷|奶奶|阿姨)"
)


# Surnames that are prepositions too (向, 于): before a surname and a full name they are the
# preposition (向|杜志军、陈阳…颁发), not a husband's surname.
_PREPOSITION_SURNAMES = frozenset("向于")


def married_name(name: str, gaz: Gazetteer) -> bool:
    """林郑月娥: the husband's surname, her own surname, two given-name characters — not a
    word of two surname characters before a verb (的安全承诺: 安, 全 are surnames, 承诺 a verb)."""
    return (
        len(name) == 4
        and name[0] in lx.SURNAMES
        and name[0] not in _PREPOSITION_SURNAMES
        and name[1] in lx.SURNAMES
        and plausible_name(name[1:], gaz)
        and name[2:] not in gaz.verbs
        and name[2:] not in _ADDRESS_WORDS
    )


# A form of address after a two-character name is no given name of a married one (党委副书记
# 牛钟|同志: 牛 and 钟 are both surnames).
_ADDRESS_WORDS = frozenset("同志 先生 女士 小姐 太太 老师 师傅 伯伯 叔叔 阿姨".split())


def name_may_end(masked: str, end: int) -> bool:
    after = masked[end : end + 1]
    return not after or not is_cjk(after) or bool(right_words().match(masked, end))
