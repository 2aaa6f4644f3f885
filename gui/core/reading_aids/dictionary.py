"""CC-CEDICT look-ups: the longest dictionary word at a position, in any script.

The data is ``resources/cedict/cedict.zip`` (built by ``resources/cedict/make_cedict.py``; its
README gives the source and licence). Every key that starts with one character sits in one
LZMA-compressed block, so a look-up at a position unpacks one block (~2 ms) and keeps it;
nothing is read before the first look-up, and the archive's directory is all that opening costs.
Keys are both the Simplified and the Traditional forms, so the same look-up serves the 原文, 简,
繁, 臺 and 港 views.
"""

from __future__ import annotations

import bisect
import json
import threading
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.reading_aids.tones import marked_syllables, word_pinyin

if TYPE_CHECKING:
    from collections.abc import Iterator

#: The longest CC-CEDICT headword has 19 characters.
_MAX_WORD = 24


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry."""

    simplified: str
    traditional: str
    numbered: str  # CC-CEDICT's pinyin with tone numbers: "yin2 hang2"
    senses: tuple[str, ...]

    @property
    def pinyin(self) -> str:
        """Tone-marked syllables, spaced as in CC-CEDICT: ``Cháng Jiāng``."""
        return " ".join(marked_syllables(self.numbered))

    @property
    def word_pinyin(self) -> str:
        """The pinyin written as one word: ``Chángjiāng``, ``Xī'ān``."""
        return word_pinyin(self.numbered)

    @property
    def is_minor(self) -> bool:
        """Surname-only and variant entries: shown last, never used to read a word aloud."""
        return all(
            s.startswith(("surname ", "variant of ", "old variant of ", "used in "))
            for s in self.senses
        )


@dataclass(frozen=True)
class Match:
    """The dictionary word found at a position of a text: ``text[start:end]``."""

    start: int
    end: int
    word: str
    entries: tuple[Entry, ...]

    @property
    def reading_entry(self) -> Entry:
        """The entry whose pinyin reads the word. Surname-only and variant entries, and names
        (capitalised pinyin) when a common word shares the characters, come last; among the
        rest the entry with the most senses is the word's main use (重点 zhòngdiǎn "key point",
        3 senses, over chóngdiǎn "to recount", 2; 空地 kòngdì "vacant land" over kōngdì
        "air-to-surface"); a tie goes to the entry that uses each character's common reading
        (所长 suǒzhǎng), then to CC-CEDICT's order. A single character takes the entry of its
        common reading first."""
        return min(
            enumerate(self.entries),
            key=lambda item: (
                item[1].is_minor,
                item[1].numbered[:1].isupper(),
                # A lone character reads as it most often does (了 le, 着 zhe, 重 zhòng, 没 méi):
                # its entries' sense counts measure meanings, not use.
                -_common_readings(self.word, item[1]) if len(self.word) == 1 else 0,
                -len(item[1].senses),
                -_common_readings(self.word, item[1]),
                item[0],
            ),
        )[1]


def _common_readings(word: str, entry: Entry) -> int:
    """How many syllables of ``entry`` are the common reading of their character."""
    from gui.core.cleaning import readings_of

    syllables = marked_syllables(entry.numbered)
    if len(syllables) != len(word):
        return 0
    return sum(
        1
        for char, syllable in zip(word, syllables, strict=True)
        if readings_of(char)[:1] == [syllable.lower()]
    )


class Dictionary:
    """A CC-CEDICT archive, read lazily and one block at a time; safe to share between threads."""

    def __init__(self, path: Path):
        self._path = path
        self._lock = threading.Lock()
        self._zip: zipfile.ZipFile | None = None
        self._firsts: list[str] = []
        self._blocks: dict[int, list[str]] = {}
        self._meta: dict[str, object] = {}
        self._folds: dict[str, str] = {}

    def _open(self) -> zipfile.ZipFile:
        if self._zip is None:
            archive = zipfile.ZipFile(self._path)
            self._firsts = archive.read("index.tsv").decode("utf-8").split("\n")[:-1]
            self._meta = json.loads(archive.read("meta.json"))
            self._zip = archive
        return self._zip

    @property
    def meta(self) -> dict[str, object]:
        """The source release: name, date, entries, licence (from the archive's meta.json)."""
        with self._lock:
            self._open()
            return dict(self._meta)

    def _block_for(self, char: str) -> list[str]:
        """The sorted lines of the block holding keys that start with ``char``. Lines are only
        split, not parsed: a look-up bisects them (``key<TAB>`` sorts before any longer key,
        since a tab is below every letter), which keeps a cold block at ~2 ms."""
        archive = self._open()
        n = bisect.bisect_right(self._firsts, char) - 1
        if n < 0:
            return []
        block = self._blocks.get(n)
        if block is None:
            block = archive.read(f"b/{n:04d}").decode("utf-8").split("\n")[:-1]
            self._blocks[n] = block
        return block

    def preload(self) -> None:
        """Unpack every block (~0.3 s of CPU, ~12 MB), one at a time under the lock, so
        that no later look-up meets a cold block. For a worker thread after the first
        look-up; never needed for correctness."""
        for _ in self.preload_steps():
            pass

    def preload_steps(self) -> Iterator[None]:
        """:meth:`preload`, one block per step (~2 ms each on a quiet machine): the UI thread
        can run it between events without holding them up, and without a worker thread
        that would contend with it for the GIL."""
        with self._lock:
            self._open()
            count = len(self._firsts)
        for n in range(count):
            with self._lock:
                if n not in self._blocks:
                    self._blocks[n] = (
                        self._open().read(f"b/{n:04d}").decode("utf-8").split("\n")[:-1]
                    )
            yield

    def _payloads(self, word: str) -> list[str]:
        if not word:
            return []
        lines = self._block_for(word[0])
        prefix = word + "\t"
        i = bisect.bisect_left(lines, prefix)
        found = []
        while i < len(lines) and lines[i].startswith(prefix):
            found.append(lines[i][len(prefix) :])
            i += 1
        return found

    def lookup(self, word: str) -> tuple[Entry, ...]:
        """Every entry whose Simplified or Traditional form is ``word`` (CC-CEDICT's order)."""
        with self._lock:
            return self._lookup(word)

    def _lookup(self, word: str) -> tuple[Entry, ...]:
        entries: list[Entry] = []
        for payload in self._payloads(word):
            if payload.startswith("="):  # a Traditional form: the entry is under its Simplified
                simp = payload[1:]
                for target in self._payloads(simp):
                    if not target.startswith("="):
                        entry = _entry(simp, target)
                        if entry.traditional == word and entry not in entries:
                            entries.append(entry)
            else:
                entries.append(_entry(word, payload))
        return tuple(entries)

    def longest_at(self, text: str, pos: int) -> Match | None:
        """The longest dictionary word that starts at ``text[pos]``, or None (not Chinese, or
        no entry). Positions are Python indices (code points).

        A word is looked up as written and, failing that, with each Traditional character
        that has exactly one Simplified form folded to it: OpenCC's Traditional views write
        the standard forms 爲, 衆, 羣 where CC-CEDICT's headwords have 為, 眾, 群, and 視爲
        must still find 视为."""
        if not 0 <= pos < len(text):
            return None
        with self._lock:
            window = text[pos : pos + _MAX_WORD]
            if not window[0].isalpha():
                return None
            # How far keys go as written, and with folded characters: only the characters a
            # key could still reach are folded (each fold may read another block).
            plain = self._reach(window)
            folded = ""
            for char in window:
                longer = folded + self._fold(char)
                if self._reach(longer) < len(longer):
                    break
                folded = longer
            for length in range(max(plain, len(folded)), 0, -1):
                word = window[:length]
                entries = self._lookup(word) if length <= plain else ()
                if not entries and length <= len(folded) and folded[:length] != word:
                    entries = self._lookup(folded[:length])
                if entries:
                    return Match(pos, pos + length, word, entries)
        return None

    def traditional_word_over(self, text: str, pos: int, *, reach: int = 4) -> str | None:
        """A word of ``text`` of two or more characters that covers ``text[pos]`` and is a
        CC-CEDICT headword whose Traditional form is spelled exactly so (``機制`` over the 制 of
        機制作出, ``泛濫``, ``了解``), or None. Variant-only entries do not count (關系 is
        listed only as a variant of 關係). Words starting less than ``reach`` characters before
        ``pos`` are tried (each start may unpack a block), the longest first at each start."""
        if not 0 <= pos < len(text):
            return None
        with self._lock:
            for start in range(max(0, pos - reach + 1), pos + 1):
                window = text[start : pos + _MAX_WORD]
                if not window[0].isalpha():
                    continue
                for length in range(self._reach(window), pos - start, -1):
                    word = window[:length]
                    if length < 2:
                        continue
                    for entry in self._lookup(word):
                        if (
                            entry.traditional == word
                            and not entry.is_minor
                            and self._agrees_inside(entry, pos - start)
                        ):
                            return word
        return None

    def _agrees_inside(self, entry: Entry, at: int) -> bool:
        """Whether every shorter word inside ``entry`` that covers its character ``at`` has an
        entry writing that character as ``entry`` does. CC-CEDICT has a few slips: it spells
        制藥業 with 制 although its own 製藥 writes 製; such an entry is not trusted."""
        simp, trad = entry.simplified, entry.traditional
        if len(simp) != len(trad):
            return False
        for a in range(at + 1):
            for b in range(max(a + 2, at + 1), len(simp) + 1):
                if b - a == len(simp):
                    continue
                inner = [e for e in self._lookup(simp[a:b]) if e.simplified == simp[a:b]]
                if inner and all(e.traditional[at - a] != trad[at] for e in inner):
                    return False
        return True

    def _reach(self, text: str) -> int:
        """The length of the longest start of ``text`` that starts some key."""
        lines = self._block_for(text[0]) if text else []
        length = 0
        while length < len(text):
            prefix = text[: length + 1]
            i = bisect.bisect_left(lines, prefix)
            if i == len(lines) or not lines[i].startswith(prefix):
                break
            length += 1
        return length

    def _fold(self, char: str) -> str:
        """``char``'s Simplified form when it has exactly one (麼 → 么, 爲 → 为); used only
        after the word as written was not found, so 乾坤 is still looked up as written."""
        folded = self._folds.get(char)
        if folded is None:
            payloads = self._payloads(char)
            targets = {p[1:] for p in payloads if p.startswith("=")}
            folded = next(iter(targets)) if len(targets) == 1 else char
            self._folds[char] = folded
        return folded

    def word_at(self, text: str, pos: int, *, reach: int = 12) -> Match | None:
        """The dictionary word that covers ``text[pos]`` — what a pointer over a character
        means. The run of letters around ``pos`` (back to punctuation, a space or a digit, at
        most ``reach`` characters) is segmented by longest match, as :func:`segment` does for a
        whole text, and the segment holding ``pos`` is returned: the pointer on 行 in 银行政策
        finds 银行, not 行政."""
        if not 0 <= pos < len(text):
            return None
        start = pos
        while start > 0 and pos - start < reach and text[start - 1].isalpha():
            start -= 1
        i = start
        while i <= pos:
            match = self.longest_at(text, i)
            end = match.end if match else i + 1
            if end > pos:
                return match
            i = end
        return None


def _entry(simplified: str, payload: str) -> Entry:
    traditional, numbered, senses = payload.split("\t")
    return Entry(simplified, traditional or simplified, numbered, tuple(senses.split("/")))


@cache
def default_dictionary() -> Dictionary:
    """The bundled CC-CEDICT (opened on its first look-up, not here)."""
    from gui.core.paths import resource

    return Dictionary(resource("cedict", "cedict.zip"))


def attribution() -> str:
    """The credit line for About: source, release and licence of the dictionary data. Reads
    only the archive's small meta.json."""
    meta = default_dictionary().meta
    date = str(meta.get("date", ""))[:10]
    return (
        f"Dictionary: {meta.get('name', 'CC-CEDICT')} ({date} release, "
        f"{meta.get('entries', 0):,} entries) by {meta.get('publisher', 'MDBG')} and contributors, "
        f"{meta.get('licence', 'CC BY-SA 4.0')} ({meta.get('licence_url', '')}); "
        "based on CEDICT © 1997, 1998 Paul Andrew Denisowski."
    )
