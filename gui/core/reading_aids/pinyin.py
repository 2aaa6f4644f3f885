"""Pinyin: tone marks from CC-CEDICT's tone numbers, and word-level readings of a text.

A text is read word by word: it is segmented by the longest dictionary match (forward maximum
matching over CC-CEDICT), each word takes the syllables of its reading entry, so 行 reads háng
in 银行 and xíng in 行政, 长 cháng in 长江 and zhǎng in 增长. A character that no word covers
takes its first reading in ``resources/pinyin/readings.tsv`` (pypinyin's table lists the
common reading first).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from gui.core.reading_aids.tones import join_syllables, marked_syllables

if TYPE_CHECKING:
    from collections.abc import Iterator

    from gui.core.reading_aids.dictionary import Dictionary


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
        return join_syllables(self.syllables)


def char_reading(char: str) -> str | None:
    """The common reading of one character (first in readings.tsv), or None."""
    from gui.core.cleaning import readings_of

    readings = readings_of(char)
    return readings[0] if readings else None


def segment(text: str, dictionary: Dictionary | None = None) -> list[Reading]:
    """Read ``text`` word by word (longest dictionary match first). Segments cover the text
    without gaps; runs without Chinese come back as one segment with no syllables."""
    return list(iter_segments(text, dictionary))


def iter_segments(text: str, dictionary: Dictionary | None = None) -> Iterator[Reading]:
    """:func:`segment`, one segment at a time: a caller on the UI thread can stop between
    any two (each costs a few microseconds, or ~2 ms when it unpacks a dictionary block)."""
    if dictionary is None:
        from gui.core.reading_aids.dictionary import default_dictionary

        dictionary = default_dictionary()
    i, n = 0, len(text)
    plain_from = 0  # start of the current run of characters without a reading
    while i < n:
        match = dictionary.longest_at(text, i) if _is_han(text[i]) else None
        if match is not None and all(_is_han(c) for c in match.word):
            syllables = tuple(marked_syllables(match.reading_entry.numbered))
            if len(syllables) == len(match.word):
                if i > plain_from:
                    yield Reading(plain_from, i, text[plain_from:i], (), False)
                yield Reading(i, match.end, match.word, syllables, True)
                i = plain_from = match.end
                continue
        reading = char_reading(text[i]) if _is_han(text[i]) else None
        if reading is not None:
            if i > plain_from:
                yield Reading(plain_from, i, text[plain_from:i], (), False)
            yield Reading(i, i + 1, text[i], (reading,), False)
            plain_from = i + 1
        i += 1
    if n > plain_from:
        yield Reading(plain_from, n, text[plain_from:n], (), False)


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
