"""Latin names beside the Chinese text: a Latin gloss in brackets after a name is the same
entity (孙晓雅（Sandra Oudkirk）, 美国在台协会（AIT）), and makes a transliterated run before it a
person (执行长银丹（Dan Silver）); a Latin personal name right after a title is a person
(ASF行政委员会主席Gabriel Bernardino); the source in brackets after an English headline is a body
("… Government Collapses（NPR）"). The recogniser runs these after the names on the pivot.
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon, name_context, name_starts, titled_names

Span = tuple[int, int, str]

# The gloss may run on into a note (川普（Donald Trump，港译「特朗普」）).
# Latin letters with the accents of Portuguese, Spanish and French names (José, Luís, Julião).
_GLOSS_WORD = "[A-ZÀ-Ý][A-Za-zÀ-ÿ.&'\\-]*"
# A body's gloss may hold the particles of Portuguese, English and French names between its
# capitalised words (澳門衛生局（Serviços de Saúde）, 治安警察局（Corpo de Polícia de Segurança
# Pública）): Macau's public services are glossed so in their own releases; a person's is not.
_GLOSS_PARTICLE = "(?:de|da|do|dos|das|e|para|of|and|for|the|du|des|la|le|del|en|in|on)"
_LATIN_GLOSS = re.compile(
    f"[（(]({_GLOSS_WORD}(?:(?: {_GLOSS_PARTICLE})* [A-Z&À-Ý][A-Za-zÀ-ÿ.&'\\-]*){{0,8}})[）)，,]"
)
# A personal name: two to six capitalised words (Mullah Abdul Ghani Baradar, Luís Miguel Roque
# Tarouca Duarte Gavinhos), an initial allowed after the first.
_PERSON_LATIN = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'\-]+(?: [A-Z]\.)?(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'\-]+){1,5}")
# No leading lookbehind (it would be tried at every position of a long text): the character
# before the name is checked in code.
_LATIN_NAME = re.compile(f"{_PERSON_LATIN.pattern}(?![A-Za-zÀ-ÿ])")


def after_titles(pivot: str, taken: bytearray) -> list[tuple]:
    """A Latin personal name right after a title is a person (ASF行政委员会主席Gabriel
    Bernardino, 莫桑比克保险监察局行政委员会主席Ester José)."""
    out = []
    for m in _LATIN_NAME.finditer(pivot):
        s = m.start()
        if pivot[s - 1 : s].isascii() and pivot[s - 1 : s].isalpha():
            continue  # McDonald: the match starts inside a word
        at = s - 1 if pivot[s - 1 : s] == " " else s
        if any(taken[s : m.end()]):
            continue
        if titled_names.after_title(pivot, at) or _LATIN_HONORIFIC.search(
            pivot, max(0, at - 5), at
        ):
            out.append((s, m.end(), "PER", 1))
    return out


# An English honorific before a Latin name (總監Mr. Kenny Siu, Ms. Ho Iat Seng).
_LATIN_HONORIFIC = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof)\.?$")


def _transliterated(run: str, gaz) -> bool:
    return all(ch in lexicon.TRANSLIT_CHARS or ch in gaz.translit_chars for ch in run)


_PAPER_BEFORE = re.compile("[\u4e00-\u9fff]{2,6}(?:快报|日报|晚报|时报|邮报|周刊|周报|杂志|期刊)$")


def glosses(pivot: str, found: list[Span], taken: bytearray, gaz) -> list[tuple]:
    """A Latin name in brackets after a name is the same entity (孙晓雅（Sandra Oudkirk）,
    美国在台协会（AIT））; after a run of ideographs that follows a title, a Latin personal
    name makes that run a transliterated name too (执行长银丹（Dan Silver）)."""
    ends = {e: t for s, e, t in found if t in ("PER", "ORG")}
    org_ends = {e for e, t in ends.items() if t == "ORG"}
    out = []
    for m in _LATIN_GLOSS.finditer(pivot):
        s, e = m.span(1)
        if any(taken[s:e]):
            continue
        before = ends.get(m.start())
        if before is None and pivot[m.start() - 1 : m.start()] == "」":
            before = ends.get(m.start() - 1)  # 「美国在台协会」（AIT）
        if before:
            if before == "ORG" or _PERSON_LATIN.fullmatch(m.group(1)):
                out.append((s, e, before, 1))
            continue
        if not _PERSON_LATIN.fullmatch(m.group(1)):
            continue
        paper = _PAPER_BEFORE.search(pivot, max(0, m.start() - 8), m.start())
        if paper:
            # 英国每日快报（Daily Express）: a paper and its own name, not a person.
            start = paper.start() + name_context.foreign_country_prefix(paper.group(), gaz)
            if not any(taken[start : m.start()]):
                out += [(start, m.start(), "ORG", 1), (s, e, "ORG", 1)]
                continue
        run = m.start()
        while run > 0 and m.start() - run < 6 and "\u4e00" <= pivot[run - 1] <= "\u9fff":
            run -= 1
        for k in range(run, m.start() - 1):  # the name follows a title, a body, a list mark
            # 主委巴拉达尔（Mullah …）: longer than a Chinese name, a transliteration's run.
            if m.start() - k > 3 and not _transliterated(pivot[k : m.start()], gaz):
                continue
            if any(taken[k : m.start()]):
                continue
            before = pivot[k - 1 : k]
            if (
                titled_names.after_title(pivot, k)
                or k in org_ends
                or (before and not "\u4e00" <= before <= "\u9fff")
                or name_starts.stop_ends_at(pivot, k)
            ):
                out.append((k, m.start(), "PER", 1))
                out.append((s, e, "PER", 1))
                break
    return out


def glossed_people(pivot: str, latin: list[Span], gaz) -> set[str]:
    """The transliterated names of people given a Latin gloss (希克 of 希克（Uli Sigg））: the
    run right before a bracketed Latin personal name that the glosses took as a person, of
    transliteration characters only (a Chinese-style name, 孫曉雅（Sandra Oudkirk）, may sit
    inside other words)."""
    starts = {s for s, _e, t in latin if t == "PER"}
    return {
        pivot[s:e]
        for s, e, t in latin
        if t == "PER" and e + 1 in starts and e - s >= 2 and _transliterated(pivot[s:e], gaz)
    }


# Reference lists of Taiwan and Hong Kong news give an English headline and its source in
# brackets: "… Government Collapses（NPR）", "… Taliban storm Kabul（NBC）".
_LATIN_SOURCE = re.compile(
    r"[（(](?<=[A-Za-z0-9?!.'’”\"][（(])([A-Z][A-Za-z.&'’ ]{0,40}[A-Za-z])[）)]"
)


def sources(pivot: str, taken: bytearray) -> list[tuple]:
    """The source (ORG) in brackets after an English headline."""
    return [
        (m.start(1), m.end(1), "ORG", 1)
        for m in _LATIN_SOURCE.finditer(pivot)
        if not any(taken[m.start(1) : m.end(1)])
    ]
