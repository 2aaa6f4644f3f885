"""Script views of a text: original, Simplified, Traditional, Taiwan, Hong Kong.

Conversion uses OpenCC's dictionaries (the current data in resources/opencc, with the app's
wording overlays: gui/core/opencc_data.py, gui/core/wording.py) and the matching rules of
opencc-python-reimplemented, re-walked (gui/core/dictionary_match.py) so that each converted
piece records how many characters it came from: phrase conversion can change length (``U盘`` →
``隨身碟``), and highlights, notes and find results are kept in text coordinates and mapped
into the view through an :class:`OffsetMap`.

Traditional views go through the Simplified pivot (t2s, then s2t / s2twp / s2hk), which also
repairs naive character-by-character conversions such as ``關于`` → ``關於``; a Traditional
original keeps its own forms in the view of its variant (gui/core/variants.py).
"""

from __future__ import annotations

import re
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
        from gui.core import conversion_plan, dictionary_match, opencc_data, phrase_matcher, wording

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
        self._translations = [dictionary_match.char_translation(group) for group in self._chain]
        self._triggers = [dictionary_match.group_triggers(group) for group in self._chain]
        # The pivot's regional variant group (衞 → 衛, 著 as the particle → 着) is keyed in
        # Traditional, exceptions included (顯著 keeps 著): a chunk that reads Simplified skips
        # it, or Simplified 显著 would lose its 著 (显着, 顯着).
        self._traditional_only: frozenset[int] = frozenset()
        self._simplified_only: frozenset[str] = frozenset()
        self._trad_chars: frozenset[str] = frozenset()
        if config == "pivot":
            from gui.core import variants

            self._traditional_only = frozenset({wording.PIVOT_VARIANT_GROUP})
            self._trad_chars, self._simplified_only = variants._script_only_sets()  # noqa: SLF001
        # Note labels (注： → 註：): OpenCC splits at the colon, so no phrase can see them.
        self._labels = wording.labels(config) if config in ("hant", "tw", "hk") else {}
        self.config = config
        self._convert_group = dictionary_match.convert_group
        # The matcher's index too, here: converters are made on a worker thread before the
        # first switch (STPhrases' index alone takes ~0.1 s, a stall on the UI thread).
        for group in self._chain:
            for table in group:
                dictionary_match.key_starts(table[2])
        # The Simplified pivot's phrases are few: it converts the whole text at once.
        # Note labels are decided by the separator after a chunk, which the plan does not see.
        self._plan = (
            None
            if self._labels
            else conversion_plan.plan(
                self._chain, self._translations, self._split, walk_groups=self._traditional_only
            )
        )
        # The views' ~50,000 phrases: the whole text at once by the greedy form of the same
        # rule (gui/core/phrase_matcher.py), ~4x less CPU than the walk.
        self._matcher = None
        if self._plan is None and not self._traditional_only:
            separator = conversion_plan.separator_class(self._split)
            label = self._label if self._labels else None
            self._matcher = phrase_matcher.ChainMatcher.build(
                self._chain, self._translations, separator, label
            )

    def convert(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """Return the converted string and its ``(in_len, out_len)`` pieces (runs of equal-length
        pieces may come merged, which maps the same)."""
        if self._plan is not None:
            return self._plan.convert(text, self._convert_chunk)
        if self._matcher is not None:
            return self._matcher.convert(text)
        return self.convert_by_chunk(text)

    def convert_by_chunk(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """:meth:`convert` by the chunk-by-chunk walk (chains without a whole-text plan)."""
        out: list[str] = []
        pieces: list[tuple[int, int]] = []
        parts = self._split.split(text)
        for i, chunk in enumerate(parts):
            if not chunk:
                continue
            if i % 2:  # a separator, copied as it is
                out.append(chunk)
                pieces.append((len(chunk), len(chunk)))
                continue
            converted, chunk_pieces = self._convert_chunk(chunk)
            if self._labels and i + 1 < len(parts) and parts[i + 1][:1] in _COLONS:
                converted = self._label(chunk, converted)
            out.append(converted)
            pieces.extend(chunk_pieces)
        return "".join(out), pieces

    def _convert_chunk(self, chunk: str) -> tuple[str, list[tuple[int, int]]]:
        """One chunk (no separator in it) through the whole chain, with its pieces."""
        chunk_pieces: list[tuple[int, int]] = [(len(chunk), len(chunk))]
        current = chunk
        steps = zip(self._chain, self._translations, self._triggers, strict=True)
        for gi, (group, translation, triggers) in enumerate(steps):
            if translation is not None:
                current = current.translate(translation)
                continue
            if any(t.isdisjoint(current) for t in triggers):
                continue  # nothing in the group can change this chunk
            if gi in self._traditional_only and self._reads_simplified(current):
                continue
            converted, stage = self._convert_group(current, group)
            chunk_pieces = compose_pieces(chunk_pieces, stage)
            current = converted
        return current, chunk_pieces

    def _label(self, chunk: str, converted: str) -> str:
        """``converted`` with its note label in this view's form when ``chunk`` is a label
        (注, 注1, 注一, after a bracket: (注) right before a colon; the label keeps its
        length, so do the pieces."""
        number = chunk.lstrip(_BEFORE_LABEL)
        for label, form in self._labels.items():
            if number.startswith(label) and _NOTE_NUMBER.fullmatch(number[len(label) :]):
                start = len(chunk) - len(number)
                if len(converted) == len(chunk) and len(form) == len(label):
                    return converted[:start] + form + converted[start + len(label) :]
        return converted

    def _reads_simplified(self, chunk: str) -> bool:
        """Whether ``chunk`` is Simplified text: a Simplified-only character (显, 论) and no
        Traditional-only one. A chunk of characters both scripts share (著名, 看著) may be
        Traditional and keeps the variant tables; their exceptions are keyed in those shared
        characters."""
        return not self._simplified_only.isdisjoint(chunk) and self._trad_chars.isdisjoint(chunk)


#: Colons that end a label, and a note number after it (注1：, 注一：, 注①：, 注(1)：).
_COLONS = "：︰︓"
#: What may stand before a label inside its chunk: spaces and the ASCII brackets OpenCC does
#: not split at (its separators hold the full-width ones): (注：, [注：.
_BEFORE_LABEL = " \t([)]"
_NOTE_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十①-⑳()（）\s]*")


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
    text → pivot.

    A text that is already Simplified is its own pivot: the same string is returned, not the
    equal one the conversion joined (on a 10 MB report, 7 MB that the recogniser's child held
    beside the text for its whole pass)."""
    pivot, pieces = converter("pivot").convert(text)
    if pivot == text:
        pivot = text
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
        if shows_own_forms(script, variant):
            own = own_view_text(text, script.value)
            return ScriptView(script, own, OffsetMap.identity(len(own)))
    pivot, to_pivot_map = to_pivot(text)
    if script is Script.HANS:
        return ScriptView(script, pivot, to_pivot_map)
    converted = from_pivot(pivot, script)
    return ScriptView(script, converted.text, to_pivot_map.then(converted.map))


def own_view_text(text: str, view: str = "hant") -> str:
    """``text`` (a Traditional original) with only its naive-conversion errors repaired.

    ``view`` is the matching view (``hant``, ``hk`` or ``tw``): a character that view itself
    writes for the word is the region's own wording (簽注, 搜集 in Hong Kong), never an error,
    even where OpenCC's standard s2t writes otherwise (簽註, 蒐集)."""
    from gui.core.dictionary_match import group_matches
    from gui.core.variants import (
        REGIONAL_PAIRS,
        REGIONAL_WRITERS_PAIRS,
        _valid_traditional,
        _variant_forms,
        repairs_into_a_word,
        spells_a_word,
        starts_inside_a_word,
    )

    pivot_converter = converter("pivot")
    hant = converter("hant")
    standard = hant._chain[-1]  # noqa: SLF001 - s2t's conversion group (+ 吃)
    accepted = REGIONAL_PAIRS if view == "hant" else REGIONAL_PAIRS | REGIONAL_WRITERS_PAIRS
    triggers = hant._triggers[-1]  # noqa: SLF001 - characters without which it changes nothing
    out: list[str] = []
    split = pivot_converter._split  # noqa: SLF001 - OpenCC's separators
    for i, chunk in enumerate(split.split(text)):
        if i % 2 or not chunk:
            out.append(chunk)
            continue
        pivot, _ = pivot_converter.convert(chunk)
        if len(pivot) != len(chunk) or any(t.isdisjoint(pivot) for t in triggers):
            # a length-changing phrase (nothing to align), or nothing s2t would change
            out.append(chunk)
            continue
        repaired = list(chunk)
        regional: str | None = None  # the matching view of the pivot, made on first need
        pos = 0
        for src, value in group_matches(pivot, standard):
            if value is not None and len(value) == len(src):
                phrase = len(src) >= 2
                for k, (s, r) in enumerate(zip(src, value, strict=True)):
                    o = chunk[pos + k]
                    # Only a Simplified form left in place (o == s) that OpenCC writes
                    # otherwise, not as a mere variant form of the same character: in a
                    # phrase it knows, unless both forms are regional standards (in a Hong
                    # Kong or Taiwan original, also 注 / 註, a choice of its writers); alone, only
                    # if it is no Traditional character at all, and only in a generic text:
                    # Hong Kong and Taiwan writers use some such forms as their own (a name's
                    # 琼, 耻, 删), where a converting tool would have left none. Never in a
                    # word the dictionary spells as the original does, nor after a phrase
                    # begun inside a longer word (機制|作出, 之一|只), nor in an accepted
                    # spelling (泛濫, 了解) where OpenCC writes the other; and a valid
                    # Traditional character (杰, 托) only into a dictionary word (委託, not
                    # the name fragment 子傑 of 岑子杰).
                    if o != s or r == o or (o, r) in _variant_forms():
                        continue
                    lone = view == "hant" and not _valid_traditional(o)
                    if (phrase and (o, r) not in accepted) or lone:
                        if view != "hant":
                            if regional is None:
                                regional = converter(view).convert(pivot)[0]
                            if len(regional) == len(chunk) and regional[pos + k] == o:
                                continue
                        # Last: they may read a block of the dictionary.
                        word = spells_a_word(chunk, pos + k)
                        if not word and not (k and starts_inside_a_word(chunk, pos, k)):
                            if lone or repairs_into_a_word(chunk, pos, k, value):
                                repaired[pos + k] = r
            pos += len(src)
        fixed = "".join(repaired)
        # A repair must not change what the chunk says: a chunk that read Simplified (并著,
        # its 著 read zhù) may read Traditional once repaired (並著, 著 the particle).
        if fixed != chunk and pivot_converter.convert(fixed)[0] != pivot:
            fixed = chunk
        out.append(fixed)
    return "".join(out)


def shows_own_forms(script: Script | str, variant: str) -> bool:
    """Whether ``script`` is the view that matches a Traditional original of ``variant``: that
    view keeps the original's own forms instead of going through the Simplified pivot."""
    from gui.core import variants

    return variants.MATCHING_SCRIPT.get(variants.Variant(variant)) == Script(script)


def from_pivot(pivot: str, script: Script | str) -> ScriptView:
    """``pivot`` (Simplified, from :func:`to_pivot`) in a Simplified or Traditional script,
    with the map pivot → view."""
    script = Script(script)
    config = _FROM_PIVOT[script]
    if config is None:
        return ScriptView(script, pivot, OffsetMap.identity(len(pivot)))
    view, pieces = converter(config).convert(pivot)
    return ScriptView(script, view, OffsetMap(pieces))


def convert_fragment(text: str, script: Script | str, variant: str | None = None) -> str:
    """Convert a short string (a quote, a search term) without building maps; pass the
    document's ``variant`` so that the string reads as it does in the document's views."""
    return make_view(text, script, variant).text
