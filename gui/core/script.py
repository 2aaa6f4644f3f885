"""Script views of a text: original, Simplified, Traditional, Taiwan, Hong Kong.

Conversion uses OpenCC's dictionaries (the current data in resources/opencc, with the app's
wording overlays: gui/core/opencc_data.py, gui/core/wording.py) and the matching rules of
opencc-python-reimplemented, re-walked here so that each converted piece records how many characters it came from: phrase
conversion can change length (``U盘`` → ``隨身碟``), and highlights, notes and find results are
kept in text coordinates and mapped into the view through an :class:`OffsetMap`.

Traditional views go through the Simplified pivot (t2s, then s2t / s2twp / s2hk), which also
repairs naive character-by-character conversions such as ``關于`` → ``關於``; a Traditional
original keeps its own forms in the view of its variant (gui/core/variants.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from gui.core.offsets import OffsetMap, compose_pieces


class Script(StrEnum):
    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    HK = "hk"


#: The chain applied after the Simplified pivot, per script (gui/core/wording.py).
_FROM_PIVOT = {
    Script.HANS: None,
    Script.HANT: "hant",
    Script.TW: "tw",
    Script.HK: "hk",
}


@dataclass(frozen=True)
class ScriptView:
    """The text shown in one script, with the map from text positions to view positions."""

    script: Script
    text: str
    map: OffsetMap  # A = cleaned text, B = this view

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span_to_b(start, end)

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span_to_a(start, end)


class Converter:
    """One dictionary chain (``"pivot"``, ``"hant"``, ``"tw"``, ``"hk"``, or an upstream OpenCC
    config such as ``"s2t"``) that also reports piece lengths."""

    def __init__(self, config: str):
        # when a conversion is first needed, not when the reader starts
        from gui.core import opencc_data, wording

        if config == "pivot":
            chain = wording.pivot_chain()
        elif config in ("hant", "tw", "hk"):
            chain = wording.view_chain(config)
        else:
            chain = opencc_data.config_chain(config)
        self.engine = opencc_data.engine(chain)
        self._chain = self.engine._dict_chain_data  # noqa: SLF001 - the engine's own chain
        self._split = self.engine.split_chars_re
        # A group of one-character tables whose values are one character (the compatibility-
        # ideograph normalization) converts each character by the first table that has it:
        # str.translate does exactly that, in C, and its pieces are all one-to-one.
        self._translations = [_char_translation(group) for group in self._chain]
        self._triggers = [_triggers(group) for group in self._chain]
        self.config = config

    def convert(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """Return the converted string and its ``(in_len, out_len)`` pieces."""
        out: list[str] = []
        pieces: list[tuple[int, int]] = []
        for i, chunk in enumerate(self._split.split(text)):
            if not chunk:
                continue
            if i % 2:  # a separator, copied as it is
                out.append(chunk)
                pieces.append((len(chunk), len(chunk)))
                continue
            chunk_pieces: list[tuple[int, int]] = [(len(chunk), len(chunk))]
            current = chunk
            steps = zip(self._chain, self._translations, self._triggers, strict=True)
            for group, translation, triggers in steps:
                if translation is not None:
                    current = current.translate(translation)
                    continue
                if any(t.isdisjoint(current) for t in triggers):
                    continue  # nothing in the group can change this chunk
                converted, stage = _convert_group(current, group)
                chunk_pieces = compose_pieces(chunk_pieces, stage)
                current = converted
            out.append(current)
            pieces.extend(chunk_pieces)
        return "".join(out), pieces


def _char_translation(group) -> dict[int, str] | None:
    """A ``str.translate`` table equal to ``group`` when it maps single characters to single
    characters only; else None."""
    table: dict[int, str] = {}
    for max_len, min_len, mapping in group:
        if max_len != 1 or min_len != 1:
            return None
        for key, value in mapping.items():
            first = value.split(" ")[0]
            if len(first) != 1:
                return None
            table.setdefault(ord(key), first)
    return table


def _triggers(group) -> tuple[frozenset[str], ...]:
    """Sets of characters a chunk must meet for ``group`` to change it; a chunk disjoint from
    any of them comes out of the group unchanged (keys that map to themselves change nothing,
    whatever they match). Two exact sets: the first characters of the keys that change their
    text; and, when every such longer key contains a one-character key (the variant tables,
    where a phrase is an exception for a character the group converts; t2s, whose phrases all
    hold a Traditional character), the one-character keys."""
    changing = [k for _, _, mapping in group for k, v in mapping.items() if v.split(" ")[0] != k]
    sets = [frozenset(k[0] for k in changing)]
    singles = frozenset(k for _, _, mapping in group for k in mapping if len(k) == 1)
    if all(not singles.isdisjoint(k) for k in changing):
        sets.append(singles)
    return tuple(sets)


def _find_match(s: str, table: tuple[int, int, dict[str, str]], hint: int | None):
    """OpenCC's rule: the longest key first, and for one length the leftmost position."""
    max_len, min_len, mapping = table
    n = len(s)
    test_len = min(n, max_len)
    if hint:
        test_len = min(test_len, hint)
    while test_len >= min_len:
        for i in range(0, n - test_len + 1):
            value = mapping.get(s[i : i + test_len])
            if value is not None:
                return value.split(" ")[0], i, test_len
        test_len -= 1
    return None, 0, 0


def group_matches(s: str, group) -> list[tuple[str, str | None]]:
    """One dictionary group applied to ``s`` (tried in order; a match is final for the group),
    as ``(source piece, converted value or None)`` in reading order."""
    # Work items: (string, index of the dictionary to try, length hint). The result list keeps
    # reading order: each item expands in place into [left, match, right].
    result: list[tuple[str, str | None]] = []
    stack: list[tuple[str, int, int | None] | tuple[str, str]] = [(s, 0, None)]
    while stack:
        item = stack.pop()
        if len(item) == 2:
            result.append(item)  # a finished match
            continue
        piece, di, hint = item
        if not piece:
            continue
        if di >= len(group):
            result.append((piece, None))
            continue
        value, i, length = _find_match(piece, group[di], hint)
        if value is None:
            stack.append((piece, di + 1, None))
            continue
        # Push in reverse so that the left part is processed (and emitted) first.
        stack.append((piece[i + length :], di, length))
        stack.append((piece[i : i + length], value))
        stack.append((piece[:i], di, length))
    return result


def _convert_group(s: str, group) -> tuple[str, list[tuple[int, int]]]:
    """Apply one dictionary group; return the result and its ``(in_len, out_len)`` pieces."""
    out = []
    pieces = []
    for src, value in group_matches(s, group):
        if value is None:
            out.append(src)
            pieces.append((len(src), len(src)))
        else:
            out.append(value)
            pieces.append((len(src), len(value)))
    return "".join(out), pieces


@cache
def converter(config: str) -> Converter:
    return Converter(config)


#: The chains the views use (``converter(name)``), in the order a reader usually needs them.
VIEW_CHAINS = ("pivot", "hant", "tw", "hk")


def warm_up() -> None:
    """Load every view's dictionaries and overlays, and the variant detector's tables, so that
    the first switch to a script converts at once (run it off the UI thread)."""
    from gui.core import variants

    for name in VIEW_CHAINS:
        converter(name)
    variants.warm_up()


def to_pivot(text: str) -> tuple[str, OffsetMap]:
    """The Simplified pivot of ``text`` (HK and TW variants, then OpenCC t2s) and the map
    text → pivot."""
    pivot, pieces = converter("pivot").convert(text)
    return pivot, OffsetMap(pieces)


def make_view(text: str, script: Script | str, variant: str | None = None) -> ScriptView:
    """Build the whole view of ``text`` in ``script``.

    ``variant`` is the Traditional variant of the document ``text`` belongs to
    (:func:`gui.core.variants.detect_variant`; read from ``text`` itself when not given). The
    view matching it shows the original's own forms, repairing only naive-conversion errors."""
    from gui.core import variants

    script = Script(script)
    if script is Script.ORIGINAL:
        return ScriptView(script, text, OffsetMap.identity(len(text)))
    if script is not Script.HANS:
        if variant is None:
            variant = variants.detect_variant(text)
        if variants.MATCHING_SCRIPT.get(variants.Variant(variant)) == script:
            own = variants.own_view_text(text, script.value)
            return ScriptView(script, own, OffsetMap.identity(len(own)))
    pivot, to_pivot_map = to_pivot(text)
    config = _FROM_PIVOT[script]
    if config is None:
        return ScriptView(script, pivot, to_pivot_map)
    view, pieces = converter(config).convert(pivot)
    return ScriptView(script, view, to_pivot_map.then(OffsetMap(pieces)))


def convert_fragment(text: str, script: Script | str, variant: str | None = None) -> str:
    """Convert a short string (a quote, a search term) without building maps; pass the
    document's ``variant`` so that the string reads as it does in the document's views."""
    return make_view(text, script, variant).text
