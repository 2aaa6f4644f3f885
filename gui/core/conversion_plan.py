"""Whole-text conversion for a chain whose phrase dictionaries are small (the Simplified pivot).

:meth:`gui.core.script.Converter.convert` walks a text chunk by chunk (OpenCC's split at
punctuation and spaces), and each group of dictionaries runs a Python matcher over each chunk
it may change. On a Traditional report nearly every chunk is changed, character by
character, so the pivot of a million characters took 2–3 s, most of the entity pass.

But a chunk in which no key of two or more characters occurs (nor a character converting to
something other than one character) comes out of a group exactly as ``str.translate`` with
the group's one-character table makes it: every character is looked up by the group's
dictionaries in order, the first that holds it wins, and each piece is one character for one.
So the whole text is translated group by group in C, and one regex per group (a trie of the
group's longer keys) finds the few chunks that hold a phrase; only those chunks are converted
by the chunk-by-chunk walk, from their original text, so the result is the walk's own.

This holds only when no translated character is a separator (the chunks and their bounds
stay what the split made them); :func:`plan` checks it and returns None otherwise. A chain
with large phrase dictionaries (s2t: ~50,000 phrases) gets no plan either: a regex over that
many keys scans more slowly than the walk, and a Simplified text meets its phrases in nearly
every chunk anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from gui.core.patterns import trie_pattern

#: Above this many longer keys in one group, a regex costs more than it saves.
MAX_PHRASES = 5_000
#: A table is applied block by block, only to the blocks that hold one of its keys.
BLOCK = 1 << 16
#: Regexes per group: keys are split among them by first character.
BUCKETS = 8

Table = dict[int, str]
Pieces = list[tuple[int, int]]


class Plan:
    """How to convert a whole text with one chain: per group, its one-to-one table and the
    regexes of what the table cannot do (none for a one-to-one group)."""

    def __init__(
        self, separator: re.Pattern[str], stages: list[tuple[list[re.Pattern[str]], Table]]
    ):
        self.separator = separator  # one separator character of OpenCC's split
        self.stages = stages
        # str.translate looks every character up in a dict (~70 ns each); a character class
        # scans ~10x faster, and most blocks of a text hold no key of most tables.
        self.keys = [_char_class(table) for _patterns, table in stages]

    def convert(self, text: str, convert_chunk: Callable[[str], tuple[str, Pieces]]):
        """``text`` converted, with its ``(in_len, out_len)`` pieces: as the chunk-by-chunk
        walk makes them, up to runs of equal-length pieces, which come merged."""
        n = len(text)
        current = text
        marks: list[int] = []
        for (patterns, table), keys in zip(self.stages, self.keys, strict=True):
            for pattern in patterns:
                # A chunk already marked may hold anything by now: it is converted afresh.
                marks += [m.start() for m in pattern.finditer(current)]
            current = _translate(current, table, keys)
        if not marks:
            return current, ([(n, n)] if text else [])
        backwards = text[::-1]  # re searches forwards only: the chunk's start, found reversed
        out: list[str] = []
        pieces: Pieces = []
        # A chunk that comes again (a report's recurring names and phrases between its marks)
        # is walked once: the walk depends on the chunk's text only.
        walked: dict[str, tuple[str, Pieces]] = {}
        pos = 0  # in text and in current alike, up to where the output has got
        for mark in sorted(marks):
            if mark < pos:
                continue  # in the chunk just converted
            after = self.separator.search(text, mark)
            end = after.start() if after else n
            before = self.separator.search(backwards, n - mark)
            start = n - before.start() if before else 0
            if start > pos:
                out.append(current[pos:start])
                pieces.append((start - pos, start - pos))
            chunk = text[start:end]
            done = walked.get(chunk)
            if done is None:
                done = walked[chunk] = convert_chunk(chunk)
            converted, chunk_pieces = done
            out.append(converted)
            pieces += chunk_pieces
            pos = end
        if pos < n:
            out.append(current[pos:])
            pieces.append((n - pos, n - pos))
        return "".join(out), pieces


def _char_class(table: Table) -> re.Pattern[str] | None:
    """A class that finds the keys of ``table`` (and maybe more: it only chooses what to
    translate). Every character beyond the BMP is in it: ``re`` tests a class of scattered
    astral characters one by one (1 s over a million characters), a range at once."""
    if not table:
        return None
    bmp = "".join(re.escape(chr(k)) for k in sorted(table) if k <= 0xFFFF)
    astral = "\\U00010000-\\U0010ffff" if max(table) > 0xFFFF else ""
    return re.compile(f"[{bmp}{astral}]")


def _translate(text: str, table: Table, keys: re.Pattern[str] | None) -> str:
    """``text.translate(table)``, skipping the blocks in which no key of ``table`` occurs."""
    if keys is None or keys.search(text) is None:
        return text
    if len(text) <= BLOCK:
        return text.translate(table)
    blocks = (text[i : i + BLOCK] for i in range(0, len(text), BLOCK))
    return "".join(b.translate(table) if keys.search(b) else b for b in blocks)


def separator_class(split: re.Pattern[str]) -> re.Pattern[str] | None:
    """One separator character of ``split``, when every alternative of it is one character or
    a run of spaces (OpenCC's is): then a chunk is a maximal run of other characters."""
    body = split.pattern
    if not (body.startswith("(") and body.endswith(")")):
        return None
    items = body[1:-1].split("|")
    if not all(i == r"\s+" or _one_character(i) for i in items):
        return None
    return re.compile(
        "[" + "".join(r"\s" if i == r"\s+" else re.escape(i[-1]) for i in items) + "]"
    )


def _one_character(item: str) -> bool:
    """Whether a regex alternative is one literal character (``,`` or an escaped ``\\.``)."""
    if len(item) == 1:
        return item not in ".^$*+?{}[]|()\\"
    return len(item) == 2 and item[0] == "\\" and not item[1].isalnum()


def _buckets(keys: set[str]) -> list[re.Pattern[str]]:
    """Trie regexes over ``keys``, split by first character: one alternation over a thousand
    keys makes re try each first-level branch at each position (4x slower). Within a bucket
    the matches do not overlap, but each chunk that holds a key holds a match of its bucket."""
    groups: dict[int, set[str]] = {}
    for key in keys:
        groups.setdefault(ord(key[0]) % BUCKETS, set()).add(key)
    return [re.compile(trie_pattern(group)) for _b, group in sorted(groups.items())]


def plan(
    chain: Sequence[Sequence[tuple[int, int, dict[str, str]]]],
    translations: Sequence[Table | None],
    split: re.Pattern[str],
    walk_groups: frozenset[int] = frozenset(),
) -> Plan | None:
    """The whole-text plan of a chain (its groups, and each group's one-to-one table when the
    whole group is one), or None when the chain does not allow one (see the module's doc).
    A chunk holding any key of a group in ``walk_groups`` is always walked: the walk decides
    per chunk whether such a group applies (the pivot's Traditional-only variants)."""
    separator = separator_class(split)
    if separator is None:
        return None
    stages: list[tuple[list[re.Pattern[str]], Table]] = []
    for gi, (group, translation) in enumerate(zip(chain, translations, strict=True)):
        if translation is not None:
            stages.append(([], translation))
            continue
        # Each character by the first dictionary that holds it, as the walk looks them up.
        first: dict[str, str] = {}
        longer: set[str] = set()
        for _max_len, min_len, mapping in group:
            for key, value in mapping.items():
                if len(key) >= 2:
                    longer.add(key)
                elif min_len <= 1:
                    first.setdefault(key, value.split(" ")[0])
        table = {ord(k): v for k, v in first.items() if len(v) == 1 and v != k}
        if gi in walk_groups:  # every chunk this group could change walks: no table
            longer |= set(first)
            table = {}
        # A character whose value is not one character changes the length: its chunks walk.
        longer |= {k for k, v in first.items() if len(v) != 1}
        # A key holding a separator never meets a chunk whole (chunks hold no separator).
        longer = {k for k in longer if not separator.search(k)}
        if len(longer) > MAX_PHRASES:
            return None
        stages.append((_buckets(longer), table))
    for _patterns, stage_table in stages:
        for code, value in stage_table.items():
            if separator.search(chr(code)) or separator.search(value):
                return None  # the translated text would not split where the text does
    return Plan(separator, stages)
