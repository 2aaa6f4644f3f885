"""People named again later in a document (PER): a person found once in context is the same
person bare (任振鹤作报告 … 任振鹤在会上) and by surname and title (周立新 … 周院长 → 周).

The recogniser runs these after the names are chosen, with the names it found as a dictionary of
the document's own people.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import surname_len
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate

_NAME_END = set("在说是的和与及等表称指认也亦则还曾已将对向就于介透坦告")


def repeated_people(
    masked: str, names: set[str], taken: bytearray, foreign: bool = False
) -> list[Candidate]:
    """Every further occurrence of a name found in context (任振鹤作报告 … 任振鹤在会上): a
    person named once is the same person later in the document. ``foreign`` names are
    transliterations (希克 of 希克（Uli Sigg）): no given-name character runs on from them."""
    if not names:
        return []
    out: list[Candidate] = []
    pattern = re.compile(trie_pattern(names))
    for m in pattern.finditer(masked):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        nxt = masked[e : e + 1]
        # 王强国 is not 王强: a name glued to a following given-name-like character is another name.
        name = m.group()
        married = name[0] in lx.SURNAMES and name[1] in lx.SURNAMES  # 林郑 stands alone
        # 拜登政府, 拜登总统, 赖斯出任: a transliteration stands alone
        chinese = name[0] in lx.SURNAMES and not foreign and not _translit(name)
        if nxt and is_cjk(nxt) and len(name) == 2 and chinese and not married:
            # 张工作政府工作报告: a speech or report verb after the name ends it too, and so
            # does a title (张进局长, 银丹会长) or a linking word (刘鹤以及, 罗侠为记者).
            if nxt not in _NAME_END and not _speech().match(masked, e):
                if not _after_name().match(masked, e):
                    continue
        out.append((s, e, "PER", 5))
    return out


def _translit(name: str) -> bool:
    return all(ch in lx.TRANSLIT_CHARS for ch in name)


@cache
def _speech() -> re.Pattern[str]:
    return re.compile(trie_pattern(lx.SPEECH_VERBS))


@cache
def _after_name() -> re.Pattern[str]:
    return re.compile(trie_pattern(_SHORT_TITLES | _LINKS))


# Words that follow a person's name and open no longer name (以 and 为 are given-name
# characters too, so only in these words or before a speech's listener).
_LINKS = frozenset("以及 为记者 为大家 并表示 并指出 并强调".split())


_SURNAME_BEFORE = set("的和与及向对由请是为、，。；：在跟同让给被（“ \n\x00")


def surnames_with_titles(
    masked: str, persons: set[str], gaz: Gazetteer, taken: bytearray
) -> list[Candidate]:
    """A person named in full is later named by surname and title (周立新 … 周院长, 王晓明 …
    王局长): the surname is the name (second edition: no titles in PER spans)."""
    surnames = {p[: surname_len(p)] for p in persons if len(p) >= 2 and surname_len(p)}
    # A Japanese name is two characters of family name and two given (高市早苗 … 高市首相,
    # 岸田文雄): a four-character name that is no married name keeps its first two.
    surnames |= {
        p[:2] for p in persons if len(p) == 4 and is_cjk(p[3]) and not is_married_name_form(p)
    }
    surnames.discard("")
    if not surnames:
        return []
    # After a title, or alone before a speech verb (陈天柱表示 … 陈表示): Hong Kong news.
    after = trie_pattern(_SHORT_TITLES | _SURNAME_SPEECH)
    pattern = re.compile("(" + trie_pattern(surnames) + ")(?=" + after + ")")
    out: list[Candidate] = []
    for m in pattern.finditer(masked):
        s, e = m.span(1)
        if any(taken[s:e]):
            continue
        before = masked[s - 1 : s]
        # After a chosen name the word boundary is known (农业部陈部长: the ministry, then 陈).
        if before and is_cjk(before) and before not in _SURNAME_BEFORE and not taken[s - 1]:
            verb = masked[s - 2 : s]
            if verb not in gaz.verbs and verb not in gaz.function_words:
                continue  # 国王院长: the character ends another word
        out.append((s, e, "PER", 5))
    return out


def surnames_as_subjects(
    masked: str, persons: set[str], taken: bytearray, gaz: Gazetteer | None = None
) -> list[Candidate]:
    """Hong Kong's news names a person in full once and by the bare surname after that, as the
    subject of a clause (謝銘基 … 。謝被控…，謝是家中經濟支柱; 鄭威濤 … 但鄭仍身穿, 鄭的精神, 鄭謂：)
    and a magistrate by the surname and 官 (黃國輝 … 黃官指): the surname of a three-character
    name found, at a clause's start, before a word that opens a predicate; and as the object of
    a verb (控告鄭，鄭被判敗訴, 下令鄭要, 認為鄭雖不能投票) before a clause mark or the same words."""
    surnames = {
        p[0]
        for p in persons
        if len(p) == 3 and surname_len(p) == 1 and p[1] not in lx.SURNAMES and is_cjk(p[2])
    }
    if not surnames:
        return []
    # (led by the surnames' class, the left edge read in code: no whole-text scan opens with a
    # look-around)
    pattern = re.compile("[" + "".join(sorted(surnames)) + "](?=" + _EITHER_NEXT + ")")
    out: list[Candidate] = []
    for m in pattern.finditer(masked):
        s = m.start()
        if taken[s]:
            continue
        before = masked[s - 1 : s]
        if not before or before in _CLAUSE_OPEN:
            if not _next_words()[0].match(masked, s + 1):
                continue
        elif gaz is None or not _a_verb(masked[s - 2 : s], gaz):
            continue
        elif not _next_words()[1].match(masked, s + 1):
            continue  # 认为高|质量: the verb's object is a word, not the person
        out.append((s, s + 1, "PER", 5))
    return out


# What follows a bare surname that is a clause's subject: a copula, a passive, 获, an adverb, or
# a magistrate's 官 before a verb of ruling or saying; the possessive and 谓 "says" of the
# court reports (鄭的精神越來越差, 鄭謂：), adverbs of going on and at last (鄭仍, 鄭終), and 雖.
_SUBJECT = "[是被获遂亦曾将仍终谓虽的]|不同意|上诉|否认|承认|官[指称判说认表裁]"
_CLAUSE_OPEN = frozenset("，。；：\n「但而")
# After a two-character verb, a clause mark or what opens the object's own predicate (控告鄭，,
# 下令鄭要, 認為鄭雖, 接受鄭提出, 質疑鄭擅自).
_OBJECT = "[，。；：被要虽仍]|提出|上诉|否认|承认|擅自"
_EITHER_NEXT = _SUBJECT + "|" + _OBJECT


@cache
def _next_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The subject's and the object's words after the surname, compiled where a person is found."""
    return re.compile(_SUBJECT), re.compile(_OBJECT)


# Titles after a surname in later mentions (周院长, 王局长, 李教授, 陈主委).
_SHORT_TITLES = frozenset(
    """院长 副院长 部长 副部长 局长 副局长 主席 副主席 主任 书记 市长 省长 区长 县长 署长 处长 司长
    委员 主委 总统 总理 议员 立委 教授 博士 医生 律师 老师 校长 董事长 总经理 总裁 会长 理事长
    秘书长 行长 先生 女士 小姐 太太 议长 大使 部长们 特首 司令 将军 同志 首相 知事 外长 建筑师
    氏""".split()
)
# 氏 after the surname of a person named in full is that person (朴钟哲 … 朴氏被拷问致死).


_SURNAME_SPEECH = frozenset(
    """表示 指出 回应 直言 坦言 强调 认为 批评 质疑 承认 否认 透露 补充 解释 续指 续称 续说 又指
    又称 亦指 亦称 亦表示 也表示 再指 并指 忆述 供称""".split()
)


def is_married_name_form(name: str) -> bool:
    """Whether a four-character name starts with two surnames (林郑月娥, 范徐丽泰)."""
    return len(name) == 4 and name[0] in lx.SURNAMES and name[1] in lx.SURNAMES


_DOT = re.compile("[·．•‧・]")


def dotted_surnames(persons: set[str]) -> set[str]:
    """The last parts of transliterated names written with dots (萨米娅·苏卢胡·哈桑 → 哈桑): news
    names a foreign person in full once and by the surname, the last part, after that."""
    out = set()
    for p in persons:
        if "·" in p or _DOT.search(p):
            last = _DOT.split(p)[-1]
            if len(last) >= 2 and all(is_cjk(ch) for ch in last):
                out.add(last)
    return out


# Prepositions and verbs of one character that stand before a person's name and are surnames
# too (至于|赖斯, 应|李部长的邀请, 向|王局长).
_BEFORE_NAME = frozenset("于应向对与和同跟给")


def preposition_trims(
    pivot: str, found: list[tuple[int, int, str]], persons: set[str], taken: bytearray
) -> list[tuple[int, int, str]]:
    """A name read with the preposition before it (于赖斯, 应李) where the document names the
    person without it (赖斯; 李肇星 … 李部长): the name starts after the preposition."""
    surnames = {p[0] for p in persons if len(p) == 3}
    out = found
    for i, (s, e, t) in enumerate(found):
        if t != "PER" or pivot[s] not in _BEFORE_NAME or e - s not in (2, 3):
            continue
        rest = pivot[s + 1 : e]
        if rest in persons or (
            len(rest) == 1 and rest in surnames and _after_name().match(pivot, e)
        ):
            if out is found:
                out = list(found)
            out[i] = (s + 1, e, t)
            taken[s] = 0
    return out


def _a_verb(word: str, gaz: Gazetteer) -> bool:
    """A verb of the word lists, or one the function-word list holds (认为, 下令, 接受, 答应)."""
    return word in gaz.verbs or word in gaz.function_words
