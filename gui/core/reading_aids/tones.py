"""Tone marks: CC-CEDICT's numbered pinyin (``hang2``) written with marks (``háng``), and
syllables joined into one word as pinyin orthography writes it (``Chángjiāng``, ``Xī'ān``)."""

from __future__ import annotations

import re

_MARKS = {
    "a": "āáǎàa",
    "e": "ēéěèe",
    "i": "īíǐìi",
    "o": "ōóǒòo",
    "u": "ūúǔùu",
    "ü": "ǖǘǚǜü",
}
_SYLLABLE = re.compile(r"^([A-Za-zü:]+?)([1-5])?$")


def mark_syllable(syllable: str) -> str:
    """``hang2`` → ``háng``, ``lu:4`` → ``lǜ``, ``Jiang1`` → ``Jiāng``; anything that is not a
    numbered syllable (a letter, a punctuation sign in CC-CEDICT's pinyin) is returned as is."""
    match = _SYLLABLE.match(syllable)
    if match is None:
        return syllable
    letters, tone = match.group(1), int(match.group(2) or 5)
    letters = letters.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü")
    if tone == 5:
        return letters
    lower = letters.lower()
    # The standard rule: a or e takes the mark; in "ou" the o does; otherwise the last vowel.
    if "a" in lower:
        at = lower.index("a")
    elif "e" in lower:
        at = lower.index("e")
    elif "ou" in lower:
        at = lower.index("o")
    else:
        vowels = [i for i, c in enumerate(lower) if c in _MARKS]
        if not vowels:  # m2, n2, ng2: syllabic nasals keep their number-free letters
            return letters
        at = vowels[-1]
    marked = _MARKS[lower[at]][tone - 1]
    if letters[at].isupper():
        marked = marked.upper()
    return letters[:at] + marked + letters[at + 1 :]


def marked_syllables(numbered: str) -> list[str]:
    """Each syllable of CC-CEDICT pinyin (space-separated, tone numbers) with its tone mark."""
    return [mark_syllable(s) for s in numbered.split()]


def word_pinyin(numbered: str) -> str:
    """Syllables written as one word, as pinyin orthography does: ``Chángjiāng``,
    ``yínháng``, with an apostrophe before a, o, e inside a word (``Xī'ān``)."""
    return join_syllables(tuple(marked_syllables(numbered)))


def join_syllables(syllables: tuple[str, ...]) -> str:
    """Marked syllables as one word, with an apostrophe before a, o, e inside it."""
    out = ""
    for n, syllable in enumerate(syllables):
        if n:
            syllable = syllable.lower()
            if syllable[:1] in "aoeāáǎàōóǒòēéěè":
                out += "'"
        out += syllable
    return out
