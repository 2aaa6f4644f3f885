"""Pinyin: tone marks from CC-CEDICT's tone numbers, and word-level readings of a text.

A text is read word by word: it is segmented by the longest dictionary match (forward maximum
matching over CC-CEDICT), each word takes the syllables of its reading entry, so 行 reads háng
in 银行 and xíng in 行政, 长 cháng in 长江 and zhǎng in 增长. A character that no word covers
takes its first reading in ``resources/pinyin/readings.tsv`` (pypinyin's table lists the
common reading first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.core.reading_aids.dictionary import Dictionary

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
    return _join(tuple(marked_syllables(numbered)))


@dataclass(frozen=True)
class Reading:
    """One segment of a text: ``text[start:end]`` and its syllables, one per character (empty
    for characters that are not Chinese)."""

    start: int
    end: int
    word: str
    syllables: tuple[str, ...]
    in_dictionary: bool

    @property
    def pinyin(self) -> str:
        """The segment's pinyin as one word, or the segment itself when it has none."""
        if not self.syllables:
            return self.word
        return _join(self.syllables)


def _join(syllables: tuple[str, ...]) -> str:
    out = ""
    for n, syllable in enumerate(syllables):
        if n:
            syllable = syllable.lower()
            if syllable[:1] in "aoeāáǎàōóǒòēéěè":
                out += "'"
        out += syllable
    return out


def char_reading(char: str) -> str | None:
    """The common reading of one character (first in readings.tsv), or None."""
    from gui.core.cleaning import readings_of

    readings = readings_of(char)
    return readings[0] if readings else None


def segment(text: str, dictionary: Dictionary | None = None) -> list[Reading]:
    """Read ``text`` word by word (longest dictionary match first). Segments cover the text
    without gaps; runs without Chinese come back as one segment with no syllables."""
    if dictionary is None:
        from gui.core.reading_aids.dictionary import default_dictionary

        dictionary = default_dictionary()
    out: list[Reading] = []
    i, n = 0, len(text)
    plain_from = 0  # start of the current run of characters without a reading

    def flush(until: int) -> None:
        if until > plain_from:
            out.append(Reading(plain_from, until, text[plain_from:until], (), False))

    while i < n:
        match = dictionary.longest_at(text, i) if _is_han(text[i]) else None
        if match is not None and all(_is_han(c) for c in match.word):
            syllables = tuple(marked_syllables(match.reading_entry.numbered))
            if len(syllables) == len(match.word):
                flush(i)
                out.append(Reading(i, match.end, match.word, syllables, True))
                i = plain_from = match.end
                continue
        reading = char_reading(text[i]) if _is_han(text[i]) else None
        if reading is not None:
            flush(i)
            out.append(Reading(i, i + 1, text[i], (reading,), False))
            plain_from = i + 1
        i += 1
    flush(n)
    return out


def text_pinyin(text: str, dictionary: Dictionary | None = None) -> str:
    """The pinyin of a whole text or selection, words separated by spaces, other characters
    (punctuation, Latin, digits) kept: ``银行的行政`` → ``yínháng de xíngzhèng``."""
    parts: list[str] = []
    for reading in segment(text, dictionary):
        if reading.syllables:
            parts.append(reading.pinyin)
        elif reading.word.strip():
            parts.append(reading.word.strip())
    return " ".join(parts)


def _is_han(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
        or code == 0x3007
    )
