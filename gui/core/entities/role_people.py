"""People named right after a noun of their role (PER), from data.

The posts of :mod:`~gui.core.entities.lexicon` (省长, 记者, 教练) are a hand list; news names a
person just as often after an occupation or a place in a team that no such list holds
(航天员王亚平, 领队李明, 摄影师陈文, 队员张三、李四). ``role_nouns.txt`` holds the nouns of a
person's role that jieba's word list gives (``make_role_nouns.py``); a longer role ends in one
(总领队 in 领队). After such a noun a surname and one or two given-name characters are a name
when

- the given-name statistics do not speak against it (a score ≥ 1 for two given characters,
  ≥ 0 for one; stricter than after a post: a role noun is weaker evidence than a title), and
- the name ends where a boundary is: a mark, a word that follows names (表示, 等, 在), a verb
  or a function word (航天员王亚平|在轨, 队员王强|获得), or the next name of a list (、) — or
  it is a full name of clear name characters (a score ≥ 3: 职工潘维军|抱着) whose last
  character opens no place with the next.

The repeat stage of the recogniser then finds the name again without its role.
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import FLOOR_SHORT_TITLED, plausible_name
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate

_DOTS = frozenset("·．•‧・")
# One-character words that end a name (作者曹火星|为这里题词, 学者丁东|所言, 学生王松林|和).
_ONE_CHARACTER_ENDS = frozenset("在说是的和与及等称指也亦则还曾已将对向就于为所被把从")
# Per list of role nouns (a frozenset keeps its hash): a test gazetteer may hold another list.
_nouns: dict[frozenset[str], tuple[frozenset[str], re.Pattern[str] | None]] = {}
_RIGHT = re.compile(trie_pattern(lx.PERSON_RIGHT))
# Score floors by the name's length: a full name needs given-name characters that lean to names
# (工人文化宫: 化 -0.7 + 宫 +0.9 is no name), a surname and one character only a boundary after it.
_FLOOR = {3: 1.0, 2: FLOOR_SHORT_TITLED}
_FLOOR_FREE = 3.0
# After a role of a court case a full name may hold common characters (林定国 -0.6, 郑纪航 -0.9).
_FLOOR_CASE = -1.5
# Rules and notices name the parties of a case generically before a verb (当事人|陈述 0.0): a
# short name after such a role needs a given-name character that leans to names.
_FLOOR_CASE_SHORT = 0.5
_TITLES = frozenset(lx.PERSON_TITLES_AFTER) | frozenset(lx.PERSON_TITLES_BEFORE)
# Roles of a court case and of the police that jieba's list lacks (Hong Kong and Taiwan court and
# police news name the parties after them: 被告陈大文, 裁判官林定国, 总督察陈伟雄), and the parties
# of an administrative case that a notice of service names (納稅義務人吳東翰, 應受送達人). A longer
# role ends in one of these (高级督察, 主任裁判官, 资深大律师, 纳税义务人).
CASE_ROLES = frozenset(
    """
    被告 被告人 原告 原告人 上诉人 申请人 答辩人 证人 受害人 事主 疑犯 嫌犯 当事人 辩护人
    裁判官 大律师 检控官 督察 警长 警员 探员 员警
    义务人 受送达人 受处分人 相对人 纳税人 行为人 债务人 债权人
    """.split()
)
# People a news story names by what they are to the story or to another person (司机李国华,
# 其妻子李美玲): nouns of persons that are no occupation, read like jieba's roles. Not 男子 and
# 女子: sports events follow them (女子马拉松, 男子单打).
PERSON_NOUNS = frozenset(
    """
    司机 途人 妻子 丈夫 儿子 女儿 母亲 父亲 胞兄 胞弟 胞姐 胞妹 女友 男友 村民
    """.split()
)
# Workers of care whom charity and welfare news quotes by name (社工楊純惠表示, 志工, 義工): jieba's
# list of roles lacks them.
CARE_ROLES = frozenset("社工 志工 义工".split())


def _role_nouns(gaz: Gazetteer) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The role nouns that are no post of the lexicon's lists (those are read by people.py),
    and a pattern of their last character before a surname: the scan starts from the tail (a
    character class the engine finds fast; a trie of 375 words is tried at every position)."""
    key = gaz.role_nouns
    if key not in _nouns:
        nouns = frozenset(
            (gaz.role_nouns | CASE_ROLES | PERSON_NOUNS | CARE_ROLES) - set(lx.PERSON_TITLES_BEFORE)
        )
        tails = "".join(sorted({n[-1] for n in nouns}))
        surnames = "".join(sorted(lx.SURNAMES))
        _nouns[key] = (nouns, re.compile(f"[{tails}](?=[{surnames}])") if nouns else None)
    return _nouns[key]


def _boundary(masked: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a name may end at ``end``: a mark, a word that follows names, a verb or a
    function word."""
    nxt = masked[end : end + 1]
    if not nxt or not is_cjk(nxt):
        return True
    pair = masked[end : end + 2]
    return (
        nxt in _ONE_CHARACTER_ENDS
        or bool(_RIGHT.match(masked, end))
        or pair in gaz.verbs
        or pair in gaz.function_words
    )


def _free_full_name(masked: str, e: int, gaz: Gazetteer) -> bool:
    """Whether the three characters at ``e`` are a name of clear name characters whose last
    character opens no place with the next (学生刘启|香港 is 刘启 in 香港)."""
    return (
        plausible_name(masked[e : e + 3], gaz, _FLOOR_FREE)
        and masked[e + 2 : e + 4] not in gaz.places
    )


_CLAUSE_MARKS = frozenset("，。；：、！？”」\n")


def _named_again(masked: str, name: str, e: int) -> bool:
    """Whether ``name`` (found at ``e``) stands elsewhere in the text right after a clause mark:
    the document's own repetition says where the name ends."""
    at = masked.find(name)
    while at >= 0:
        if at != e and at and masked[at - 1] in _CLAUSE_MARKS:
            return True
        at = masked.find(name, at + 1)
    return False


def _case_full_name(masked: str, e: int, gaz: Gazetteer) -> bool:
    """After a role of a court case or of the police a surname and two characters are the full
    name unless the third character opens the clause's next word (被告黄明|承认): Hong Kong
    names are of three characters, and the role leaves no other reading (裁判官林定国审理)."""
    if masked[e] in _ONE_CHARACTER_ENDS or _title_at(masked, e + 1, gaz):
        return False  # 疑犯|向东逃去, 原告|方律师: a preposition, a surname before a title
    return plausible_name(masked[e : e + 3], gaz, _FLOOR_CASE) and not _boundary(masked, e + 2, gaz)


def _title_at(masked: str, at: int, gaz: Gazetteer) -> bool:
    """Whether a post or a role noun starts at ``at``."""
    return any(
        masked[at : at + k] in _TITLES or masked[at : at + k] in gaz.role_nouns for k in (2, 3)
    )


def _name_at(masked: str, e: int, gaz: Gazetteer, case: bool = False, full: bool = False) -> int:
    """The length of the name that starts at ``e`` (0 if none): of the readings that end at a
    boundary, the one before the longer word that follows names (王芳|说, not 王芳说)."""
    valid: dict[int, int] = {}
    if case and len(masked) >= e + 3 and _case_full_name(masked, e, gaz):
        return 3
    for k in (3,) if full else (3, 2):  # after a kinship noun, 妻子|高兴 is no name
        name = masked[e : e + k]
        floor = _FLOOR_CASE_SHORT if case and k == 2 else _FLOOR[k]
        if len(name) != k or not plausible_name(name, gaz, floor):
            continue
        if masked[e + k : e + k + 1] in _DOTS:
            continue  # 宇航员汤姆士|·史达福: a part of a transliterated name
        if name[-2:] in gaz.verbs or name[-2:] in gaz.function_words:
            continue  # 队员们, 学员张开展: a verb or function word, no given name
        # A full name of clear name characters needs no boundary after it (as after a post),
        # nor one that the document names again at a clause's start (航天员黎家盈搭乘… 。黎家盈的).
        if (
            _boundary(masked, e + k, gaz)
            or (k == 3 and _free_full_name(masked, e, gaz))
            or (k == 3 and _named_again(masked, name, e))
        ):
            word = _RIGHT.match(masked, e + k)
            valid[k] = word.end() - e - k if word else 0
    return max(valid, key=lambda k: (valid[k], k)) if valid else 0


# Hong Kong court reports name a police witness by rank and badge number (警員5854李煒杰供稱).
_BADGE = re.compile("(?:警[员长]|探员)[0-9]{3,6}(?=[\u4e00-\u9fff])")


def role_people(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """PER candidates right after a role noun, and the names listed after the first."""
    nouns, tails = _role_nouns(gaz)
    if tails is None:
        return []
    out: list[Candidate] = []
    for m in _BADGE.finditer(masked):
        if masked[m.end()] in lx.SURNAMES and (found := _name_at(masked, m.end(), gaz, True)):
            out.append((m.end(), m.end() + found, "PER", 5))
    for m in tails.finditer(masked):
        e = m.end()
        roles = [masked[e - k : e] for k in (2, 3, 4) if e >= k]
        if not any(r in nouns for r in roles):
            continue
        case = any(r in CASE_ROLES for r in roles)
        full = any(r in PERSON_NOUNS for r in roles)
        while e < len(masked) and masked[e] in lx.SURNAMES:
            if masked[e : e + 2] in lx.GREETING_VERBS:
                break  # 现场人员|祝贺新年: the verb, not a name
            found = _name_at(masked, e, gaz, case, full)
            if not found:
                break
            out.append((e, e + found, "PER", 5))
            e += found
            if masked[e : e + 1] != "、":
                break
            e += 1
    return out
