"""The names right after a title word (记者 王晓明 李华, 教授郭全中、李明, 副局长肖远企、): one
name or a byline's or list's run of them, the longest reading whose right edge is a boundary
or a word that follows names; and where a title word ends or starts in a text
(:func:`after_title`, :func:`title_start`), which the ORG, LOC and Latin-gloss stages ask too.

Apart from :mod:`gui.core.entities.people` because a title's name is read by several scans
(titles before a name, bylines) and the title words are asked by stages that find no people.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import (
    FLOOR_AFTER_TITLE,
    FLOOR_TITLED,
    NOT_IN_GIVEN_NAME,
    given_score,
    married_name,
    name_may_end,
    plausible_name,
    right_words,
)
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate

# Characters of ``NOT_IN_GIVEN_NAME`` that stand in the middle of given names (钱其琛, 李长春, 王体轩):
# after a title and before a closing mark they are read as a name's.
GIVEN_MIDDLE = frozenset("其体品长常")


def names_after_title(masked: str, e: int, gaz: Gazetteer) -> list[Candidate]:
    """The name right after a title, and those that follow it in a byline or list
    (记者 王晓明 李华, 教授郭全中、李明)."""
    out: list[Candidate] = []
    while True:
        # Of the readings whose right edge is a boundary, one that ends right before a verb or
        # time word (白明|介绍, 俞敏洪|表示) beats a longer one ending at punctuation (白明介绍|，).
        valid = []
        # 林郑月娥 is a married name; 潘孟安也 is 潘孟安 and an adverb (秘书长潘孟安|也在座).
        if (
            married_name(masked[e : e + 4], gaz)
            and name_may_end(masked, e + 4)
            and masked[e + 3] not in _ADVERBS
        ):
            valid.append(4)
        for k in (3, 2):
            name = masked[e : e + k]
            if len(name) != k or not (
                plausible_name(name, gaz) or _closed_full_name(masked, e, name, gaz)
            ):
                continue
            if k == 2 and (
                name in gaz.verbs or name in gaz.rare_verbs or name in gaz.function_words
            ):
                continue  # 专家解读, 记者了解, 国王任命, 主任查问: a verb after a role, not a name
            if _WEEKDAY.match(name):
                continue  # 参选人周四被DQ: a day of the week after a role, not 周 + a given name
            if k == 3 and name[:2] in _ADVERB_WORDS and name[2] in _PREPOSITIONS:
                continue  # 蔡英文总统|曾经于2011年: an adverb and a preposition, no name (曾经纬 is)
            # A three-character name of clear name characters needs no boundary word after it
            # (省委书记郑栅洁直指 …); a shorter or weaker one does.
            if (
                name_may_end(masked, e + k)
                or (k == 3 and plausible_name(name, gaz, FLOOR_AFTER_TITLE))
                or (k == 2 and _word_after(masked, e, gaz))
                or _titles_after().match(masked, e + k)  # 主任王长希|教授: titles on both sides
            ):
                valid.append(k)
        if not valid:
            return out
        # … and the longer word after it wins (邵文|受到, not 邵文受|到); an adverb after two (李强|将).
        words = {k: w.end() - e - k for k in valid if (w := right_words().match(masked, e + k))}
        found = max(words, key=lambda k: (words[k], k)) if words else valid[0]
        found = 2 if 2 in valid and masked[e + 2 : e + 3] in _ADVERBS else found
        if found == 2 and 3 in valid and masked[e + 3 : e + 4] == "、":
            found = 3  # 主委邱垂正、次长…: a list mark closes the full name (正 is no verb here)
        out.append((e, e + found, "PER", 5))
        e += found
        sep = masked[e : e + 1]
        if sep not in ("、", " ", "\u3000"):
            return out
        e += 1
        # 人民日报 pages set a byline's names two spaces apart (本报记者  刘鑫焱  付明丽).
        if sep != "、" and masked[e : e + 1] in (" ", "\u3000"):
            e += 1


def _word_after(masked: str, e: int, gaz: Gazetteer) -> bool:
    """Whether a verb or function word follows a two-character name at ``e`` and none reads
    across its end (研究员陈洋|展开解读; not 书记王强|调研, where 强调 is the word)."""
    words = (gaz.verbs, gaz.function_words)
    after = masked[e + 2 : e + 4]
    across = masked[e + 1 : e + 3]
    if not any(after in w for w in words) or any(across in w for w in words):
        return False
    # A role's word before a verb reads so too (专员全权|处理, 总统祝福|今年): the name must
    # open a clause elsewhere in the document and end at a word that follows names (陈洋认为).
    name = masked[e : e + 2]
    at = masked.find(name)
    for _ in range(_LOOK_AGAIN):
        if at < 0:
            return False
        if at != e and not is_cjk(masked[at - 1 : at] or "\n") and name_may_end(masked, at + 2):
            return True
        at = masked.find(name, at + 2)
    return False


# How many occurrences of a name are tried for one that opens a clause (cheap on long texts).
_LOOK_AGAIN = 40


# Adverbs of time that open a clause after a title and begin with a surname's character.
_ADVERB_WORDS = frozenset("曾经 将要 还是 向来 时常 从来 早已".split())
_PREPOSITIONS = frozenset("于在是从以对把被为与和及向到")
# Adverbs that follow a name as the next word (李强|将, 潘孟安|也在座).
_ADVERBS = frozenset("将已曾还也亦则更就")


# A day of the week (周四, 周日, 周末) opens no name after a title: 周 is a surname too.
_WEEKDAY = re.compile("周[一二三四五六日天末]")


# A full name closed by a mark right after a title (司长戴建业、, 副局长肖远企、) may end in a
# character more often part of a word (企业, 建业): the title and the mark leave no other reading.
_CLOSING_MARKS = frozenset("、，,。；;：:（(\n")


def _closed_full_name(masked: str, e: int, name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` (after a title at ``e``) is a three-character name whose last character
    alone keeps it from reading as a name, with a closing mark right after it; or whose middle
    character alone does (市长陈其迈。, 总经理王体轩、: 其 and 体 are given-name characters too)."""
    # A title on both sides closes it as well as a mark (主任王长希教授), and so does a line's end
    # after a label's title (主席：陳其邁).
    closed = masked[e + 3 : e + 4] in _CLOSING_MARKS or bool(_titles_after().match(masked, e + 3))
    if len(name) == 3 and name[1] in GIVEN_MIDDLE and name[2] not in NOT_IN_GIVEN_NAME:
        rest = name[1:]
        return (
            closed
            and rest not in gaz.verbs
            and rest not in gaz.function_words
            and not _TITLE_WORDS().fullmatch(rest)
            and given_score(name, 1, gaz) >= FLOOR_TITLED
        )
    return (
        len(name) == 3
        and closed
        and name[2] in NOT_IN_GIVEN_NAME
        and name[1] not in NOT_IN_GIVEN_NAME
        and plausible_name(name[:2], gaz)
        and name[:2] not in gaz.verbs
        and not _TITLE_WORDS().fullmatch(name[:2])  # 建筑师顾问费: 顾问 is a title
        and not _TITLE_WORDS().fullmatch(name[1:])  # 领袖党主席、: 主席 is the next title
        and given_score(name, 1, gaz) >= FLOOR_TITLED
    )


def after_title(text: str, pos: int) -> bool:
    """Whether a title word (记者, 执行长, 会长 …) ends right at ``pos``."""
    return title_start(text, pos) >= 0


def title_start(text: str, pos: int) -> int:
    """Where the longest title word ending right at ``pos`` starts (-1 if none)."""
    lo = max(0, pos - 6)
    starts = [lo + m.start() for m in _TITLE_WORDS().finditer(text[lo:pos]) if m.end() == pos - lo]
    for k in range(lo + 1, pos - 1):  # titles inside a longer one (教育厅|厅长) are not found
        m = _TITLE_WORDS().fullmatch(text, k, pos)
        if m:
            starts.append(k)
    return min(starts, default=-1)


@cache
def _titles_after() -> re.Pattern[str]:
    return re.compile(trie_pattern(lx.PERSON_TITLES_AFTER))


@cache
def _TITLE_WORDS() -> re.Pattern[str]:
    return re.compile(trie_pattern(set(lx.PERSON_TITLES_BEFORE) | set(lx.FOREIGN_TITLES_AFTER)))
