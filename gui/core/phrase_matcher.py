"""OpenCC's matching over a whole text at once, for groups with tens of thousands of phrases.

opencc-python-reimplemented converts a chunk (a run between its separators) with one group of
dictionaries like this: in the first dictionary, find the longest key anywhere in the chunk
(for one length, the leftmost), keep it, and do the same again on the text to its left and to
its right; a piece in which that dictionary finds nothing goes to the next dictionary. A
Python loop over every position, for every match (gui/core/script.py re-walks it): ~3.7 s
of CPU per Traditional view of a million characters.

That rule is a greedy choice: take every key occurrence in the order "longest first, then
leftmost", and keep each one that overlaps none kept before. (The rule's first choice is the
first occurrence in that order; what it chooses next on each side is the first occurrence in
that order lying in that side, which is the first not overlapping what was kept.) Two facts
make the greedy cheap:

* every occurrence starting at position ``i`` lies inside the longest one starting there, so
  where those longest occurrences do not overlap each other (nine in ten, on report text)
  they are exactly the kept ones; where they overlap, the cluster they make is decided on its
  own, from every occurrence inside it (a few characters);
* a dictionary's keys never hold a separator (chunks hold none, so such a key never matches),
  so a key found in the whole text lies inside one chunk, and chunks are independent.

So one dictionary of a group is a few passes over the whole text: the longest key at each
position where two characters begin one (looked up in C through ``map``), the clusters, and
the characters it maps alone; the positions it took are masked out for the next dictionary.
What no dictionary took is translated by the group's character table in one ``str.translate``.
The result is the walk's own, text and pieces (tests compare them with the walk and with the
engine on real documents, generated and random text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from operator import add

#: Stands in for characters a dictionary may not match: positions an earlier dictionary of
#: the group took. A noncharacter; a key holding it is dropped (see :class:`GroupMatcher`).
MASK = "\uffff"

Pieces = list[tuple[int, int]]
Match = tuple[int, int, str]  # (start, end, value)


class _Dictionary:
    """One table of a group, indexed for the whole-text search."""

    def __init__(self, mapping: dict[str, str], separator: re.Pattern[str]):
        # The table itself, not a copy (~6 MB per view, in the UI process and each worker);
        # a kept value is cut to its first candidate then.
        self.phrases = mapping
        # A key holding a separator never meets a chunk whole; one holding the mask would
        # meet masked positions. Neither may match (3 keys of s2t's ~50,000: 伯克希尔-哈撒韦).
        self.excluded = frozenset(
            k for k in mapping if len(k) >= 2 and (MASK in k or separator.search(k))
        )
        self.singles: dict[str, str] = {
            k: v.split(" ")[0]
            for k, v in mapping.items()
            if len(k) == 1 and k != MASK and not separator.search(k)
        }
        # The first two characters of the phrases → the lengths of the phrases that begin
        # with them, longest first (only those lengths are worth a lookup).
        lengths: dict[str, set[int]] = {}
        for key in mapping:
            if len(key) >= 2 and key not in self.excluded:
                lengths.setdefault(key[:2], set()).add(len(key))
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # a few distinct tuples, shared
        self.starts = {
            k: shared.setdefault(t, t)
            for k, v in lengths.items()
            if (t := tuple(sorted(v, reverse=True)))
        }
        self.singles_class = _class(self.singles)

    def _is_key(self, key: str) -> bool:
        return key in self.phrases and key not in self.excluded

    def value(self, key: str) -> str:
        """The value written for ``key``: its first candidate."""
        return self.phrases[key].split(" ")[0]

    def phrase_matches(self, s: str) -> list[Match]:
        """The phrases the group's rule keeps in ``s`` (masked positions match nothing)."""
        if not self.starts or len(s) < 2:
            return []
        phrases, starts, excluded = self.phrases, self.starts, self.excluded
        longest: list[tuple[int, int]] = []  # (start, end) of the longest key at each start
        # Two-character prefixes at every position, looked up in C; a Python step only where
        # some key begins (a sixth of the positions on Simplified report text).
        found = map(starts.get, map(add, s, islice(s, 1, None)))
        n = len(s)
        for i, lens in enumerate(found):
            if lens is None:
                continue
            for length in lens:
                # (a slice past the end is shorter than asked, and may be a shorter key)
                key = s[i : i + length]
                if key in phrases and i + length <= n and key not in excluded:
                    longest.append((i, i + length))
                    break
        kept: list[Match] = []
        j, count = 0, len(longest)
        while j < count:
            start, end = longest[j]
            k = j + 1
            while k < count and longest[k][0] < end:
                end = max(end, longest[k][1])
                k += 1
            if k == j + 1:
                kept.append((start, end, self.value(s[start:end])))
            else:
                kept += self._cluster(s, start, end)
            j = k
        return kept

    def _cluster(self, s: str, start: int, end: int) -> list[Match]:
        """The greedy choice among every occurrence inside ``s[start:end]``."""
        occurrences: list[tuple[int, int]] = []
        for i in range(start, end - 1):
            for length in self.starts.get(s[i : i + 2], ()):
                if i + length <= end and self._is_key(s[i : i + length]):
                    occurrences.append((-length, i))
        occurrences.sort()
        taken = bytearray(end - start)
        kept: list[Match] = []
        for negative, i in occurrences:
            length = -negative
            if any(taken[i - start : i - start + length]):
                continue
            taken[i - start : i - start + length] = b"\x01" * length
            kept.append((i, i + length, self.value(s[i : i + length])))
        kept.sort()
        return kept

    def single_matches(self, s: str) -> list[Match]:
        """The one-character keys at positions no phrase took (after the phrases are masked)."""
        if self.singles_class is None:
            return []
        singles = self.singles
        return [(m.start(), m.end(), singles[m.group()]) for m in self.singles_class.finditer(s)]


def _class(keys: dict[str, str]) -> re.Pattern[str] | None:
    if not keys:
        return None
    return re.compile("[" + "".join(re.escape(k) for k in sorted(keys)) + "]")


def _masked(s: str, matches: list[Match]) -> str:
    """``s`` with the characters of ``matches`` (sorted, not overlapping) masked."""
    if not matches:
        return s
    parts: list[str] = []
    pos = 0
    for start, end, _value in matches:
        parts.append(s[pos:start])
        parts.append(MASK * (end - start))
        pos = end
    parts.append(s[pos:])
    return "".join(parts)


class GroupMatcher:
    """One dictionary group of a chain, applied to a whole text as the engine applies it to
    each chunk. ``separator`` matches one separator character of the engine's split."""

    def __init__(self, group, separator: re.Pattern[str]):
        tables = [mapping for _max, _min, mapping in group]
        last_is_characters = bool(tables) and all(len(k) == 1 for k in tables[-1])
        self.dictionaries = [
            _Dictionary(m, separator) for m in (tables[:-1] if last_is_characters else tables)
        ]
        # The group's last table, when it holds characters only, is applied to what is left
        # with one str.translate (its one-to-one part; the rest are matches of their own).
        self.translation: dict[int, str] = {}
        self.uneven: _Dictionary | None = None
        if last_is_characters:
            rest: dict[str, str] = {}
            for key, value in tables[-1].items():
                first = value.split(" ")[0]
                if separator.search(key) or key == MASK:
                    continue  # the engine never converts a separator
                if len(first) == 1:
                    self.translation[ord(key)] = first
                else:
                    rest[key] = value
            if rest:
                self.uneven = _Dictionary(rest, separator)

    def values(self):
        """Every value this group can write (to check that none holds a separator)."""
        for d in self.dictionaries:
            yield from (d.value(k) for k in d.phrases if len(k) >= 2 and k not in d.excluded)
            yield from d.singles.values()
        yield from self.translation.values()
        if self.uneven is not None:
            yield from self.uneven.singles.values()

    def convert(self, text: str) -> tuple[str, Pieces]:
        """``text`` through this group, with its ``(in_len, out_len)`` pieces."""
        matches: list[Match] = []
        s = text
        for d in self.dictionaries:
            found = d.phrase_matches(s)
            s = _masked(s, found)
            singles = d.single_matches(s)
            s = _masked(s, singles)
            matches += found
            matches += singles
        if self.uneven is not None:
            matches += self.uneven.single_matches(s)
        translated = text.translate(self.translation) if self.translation else text
        if not matches:
            return translated, [(len(text), len(text))]
        matches.sort()
        out: list[str] = []
        pieces: Pieces = []
        pos = 0
        for start, end, value in matches:
            if start > pos:
                out.append(translated[pos:start])
                pieces.append((start - pos, start - pos))
            out.append(value)
            pieces.append((end - start, len(value)))
            pos = end
        if pos < len(text):
            out.append(translated[pos:])
            pieces.append((len(text) - pos, len(text) - pos))
        return "".join(out), pieces


class ChainMatcher:
    """A whole chain (a list of groups, each a one-to-one ``str.translate`` table or a
    :class:`GroupMatcher`) applied to a whole text: the engine's chunk-by-chunk result."""

    def __init__(
        self,
        stages: list[dict[int, str] | GroupMatcher],
        separator: re.Pattern[str],
        label: Callable[[str, str], str] | None = None,
    ):
        self.stages = stages
        self.separator = separator
        self.label = label  # the walk's note labels (see :func:`relabel`)

    @classmethod
    def build(
        cls,
        chain,
        translations,
        separator: re.Pattern[str] | None,
        label: Callable[[str, str], str] | None = None,
    ) -> ChainMatcher | None:
        """The matcher of ``chain`` (with each group's one-to-one table or None), or None
        when a group could write a separator: then the text would not split, after that
        group, where the engine split it. ``label`` is the converter's note-label rule."""
        if separator is None:
            return None
        stages: list[dict[int, str] | GroupMatcher] = []
        for group, translation in zip(chain, translations, strict=True):
            if translation is not None:
                written = [chr(k) for k in translation] + list(translation.values())
                stages.append(translation)
            else:
                matcher = GroupMatcher(group, separator)
                written = list(matcher.values())
                stages.append(matcher)
            if any(separator.search(v) for v in written):
                return None
        return cls(stages, separator, label)

    def convert(self, text: str) -> tuple[str, Pieces]:
        """``text`` converted, with its ``(in_len, out_len)`` pieces."""
        from gui.core.offsets import compose_pieces

        pieces: Pieces = [(len(text), len(text))] if text else []
        current = text
        for stage in self.stages:
            if isinstance(stage, dict):
                current = current.translate(stage)
                continue
            current, stage_pieces = stage.convert(current)
            if any(a != b for a, b in stage_pieces):
                pieces = compose_pieces(pieces, stage_pieces)
        if self.label is not None:
            current = relabel(text, current, pieces, self.separator, self.label)
        return current, pieces


def relabel(
    text: str,
    converted: str,
    pieces: Pieces,
    separator: re.Pattern[str],
    label: Callable[[str, str], str],
) -> str:
    """``converted`` with the note labels the chunk-by-chunk walk writes: ``label(chunk,
    converted_chunk)`` for each chunk of ``text`` right before a colon that may be a label
    (:meth:`gui.core.script.Converter._label`; it keeps the chunk's length). Labels are rare:
    a chunk is looked at only if it holds a colon's neighbour that is not a separator."""
    from gui.core.offsets import OffsetMap

    spans: list[tuple[int, int]] = []
    for colon in _COLON.finditer(text):
        end = colon.start()
        if end == 0 or separator.match(text, end - 1):
            continue  # an empty chunk before the colon
        start = end - 1
        while start > 0 and not separator.match(text, start - 1):
            start -= 1
        spans.append((start, end))
    if not spans:
        return converted
    offsets = OffsetMap(pieces)
    out = list(converted)
    for start, end in spans:
        b_start, b_end = offsets.to_b(start), offsets.to_b(end)
        chunk_out = converted[b_start:b_end]
        fixed = label(text[start:end], chunk_out)
        if fixed != chunk_out and len(fixed) == len(chunk_out):
            out[b_start:b_end] = fixed
    return "".join(out)


#: The colons a label stands before (gui/core/script.py: _COLONS).
_COLON = re.compile("[：︰︓]")
