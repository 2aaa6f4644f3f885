"""The dictionary chain of each script view: OpenCC's configs plus the app's wording overlays.

``resources/opencc/overlay/senses.tsv`` holds the sense-aware rows: a word whose Taiwan or
Hong Kong wording depends on its sense (程序 procedure / program) keeps its default wording, and
only the collocations that select the other sense (应用程序, 程序员) get the regional word.
``words.tsv`` holds single-sense regional wording (計劃 → 計畫 in Taiwan) and ``forms.tsv``
character-form choices (吃, not OpenCC's archaic 喫). All are read once, when a view is first
converted.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from gui.core import opencc_data
from gui.core.opencc_data import Chain, Table


@dataclass(frozen=True)
class SenseRow:
    """One sense-dependent word of one view (a row of ``senses.tsv``).

    ``view`` is ``tw`` or ``hk`` (keys as they read after s2t, in the regional step) or ``s2t``
    (Simplified keys, in the s2t step that 繁, 臺 and 港 share)."""

    view: str
    word: str
    default: str
    kept_sense: str
    other_sense: str
    other_wording: str
    cues: tuple[str, ...]

    def entries(self) -> dict[str, str]:
        """Dictionary entries: the word itself, then each cue collocation."""
        out = {self.word: self.default}
        for cue in self.cues:
            if cue.startswith("-"):
                continue
            key, _, wording = cue.partition("=")
            if not wording:
                parts = key.split(self.word)
                if self.view == "s2t":  # the rest of a Simplified cue in Traditional
                    parts = [_s2t_chars(p) for p in parts]
                wording = self.other_wording.join(parts)
            out[key] = wording
        return out

    def removed(self) -> tuple[str, ...]:
        """OpenCC keys that take the word's characters away from its default sense in common
        collocations (``-有采``: 原有采购 must read 原有採購), removed from the table."""
        return tuple(cue[1:] for cue in self.cues if cue.startswith("-"))


def _s2t_chars(text: str) -> str:
    table = opencc_data.load_dictionary("STCharacters.txt")[2]
    return "".join(table.get(c, c).split(" ")[0] for c in text)


@dataclass(frozen=True)
class FormRow:
    """One character-form choice of one view (a row of ``forms.tsv``)."""

    view: str
    tables: tuple[str, ...]
    source: str
    target: str  # "-" deletes the key ``source`` instead
    usage: str


@dataclass(frozen=True)
class WordRow:
    """One regional wording of a single-sense word (a row of ``words.tsv``): 計劃 → 計畫 in
    Taiwan. Keys read as in :class:`SenseRow` (``s2t`` rows: Simplified keys)."""

    view: str
    key: str
    wording: str
    usage: str

    def is_label(self) -> bool:
        """A label row (``注：``): the key and its wording end with a colon."""
        return self.key[-1:] in LABEL_COLONS and self.wording[-1:] in LABEL_COLONS


#: Colons a label stands before (OpenCC splits its input at each of them).
LABEL_COLONS = "：︰︓:"


@cache
def labels(view: str) -> dict[str, str]:
    """The note labels of ``view`` (``hant``, ``tw``, ``hk``): rows of ``words.tsv`` whose key
    ends with a colon (注： → 註：). OpenCC splits its input at a colon, so no phrase can see
    ``注：``; :class:`gui.core.script.Converter` applies these to a chunk that is the label
    alone, or the label and a note number, right before a colon."""
    return {
        r.key[:-1]: r.wording[:-1] for r in word_rows() if r.view in (view, "s2t") and r.is_label()
    }


def _rows(name: str) -> list[list[str]]:
    path = opencc_data.data_dir() / "overlay" / name
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]


@cache
def sense_rows() -> tuple[SenseRow, ...]:
    """Every row of ``senses.tsv``."""
    return tuple(
        SenseRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6].split()) if len(r) > 6 else ())
        for r in _rows("senses.tsv")
    )


@cache
def word_rows() -> tuple[WordRow, ...]:
    """Every row of ``words.tsv``."""
    return tuple(WordRow(r[0], r[1], r[2], r[3]) for r in _rows("words.tsv"))


@cache
def form_rows() -> tuple[FormRow, ...]:
    """Every row of ``forms.tsv``."""
    return tuple(FormRow(r[0], tuple(r[1].split()), r[2], r[3], r[4]) for r in _rows("forms.tsv"))


def _with_forms(mapping: dict[str, str], rows: list[FormRow]) -> dict[str, str]:
    out = dict(mapping)
    for row in rows:
        if row.target == "-":
            out.pop(row.source, None)
        else:
            for key, value in out.items():
                if row.source in value:
                    out[key] = value.replace(row.source, row.target)
    return out


def _table(mapping: dict[str, str]) -> Table:
    lengths = [len(k) for k in mapping] or [1]
    return (max(lengths), min(lengths), mapping)


#: Where each view's sense rows go: the table of the regional step that matches phrases; the
#: ``s2t`` rows go to the s2t step's phrase table in every Traditional view.
_SENSE_TABLE = {"tw": "TWPhrases.txt", "hk": "HKVariantsPhrases.txt", "s2t": "STPhrases.txt"}
_CONFIG = {"hant": "s2t", "tw": "s2twp", "hk": "s2hk"}


@cache
def view_chain(view: str) -> Chain:
    """The chain that turns the Simplified pivot into ``view`` (``hant``, ``tw`` or ``hk``)."""
    names = opencc_data.named_chain(_CONFIG[view])
    forms = [r for r in form_rows() if r.view == view]
    senses = [r for r in sense_rows() if r.view in (view, "s2t")]
    words = [r for r in word_rows() if r.view in (view, "s2t") and not r.is_label()]
    chain: Chain = []
    for group in names:
        new_group: list[Table] = []
        for name, table in group:
            mapping = table[2]
            parts = set(name.split("+"))
            row_forms = [r for r in forms if parts & {t + ".txt" for t in r.tables}]
            if row_forms:
                mapping = _with_forms(mapping, row_forms)
            rows = [r for r in senses if _SENSE_TABLE[r.view] in parts]
            word_entries = {r.key: r.wording for r in words if _SENSE_TABLE[r.view] in parts}
            dropped = {k for k, w in word_entries.items() if w == "-"}
            if rows or word_entries:
                mapping = dict(mapping)
                for row in rows:
                    for key in row.removed():
                        mapping.pop(key, None)
                    mapping.update(row.entries())
                mapping.update({k: w for k, w in word_entries.items() if k not in dropped})
                for key in dropped:
                    mapping.pop(key, None)
            new_group.append(_table(mapping) if mapping is not table[2] else table)
        chain.append(new_group)
    return chain


#: The index of the pivot chain's regional variant group (after normalization, before t2s).
PIVOT_VARIANT_GROUP = 1


@cache
def pivot_chain() -> Chain:
    """Traditional → Simplified for any Traditional text (the pivot of every view).

    Hong Kong and Taiwan variant forms are first mapped to OpenCC's standard ones (HK and TW
    reverse-variant tables, as hk2s and tw2s do: 衞 → 衛, 著 as the particle → 着, with the
    tables' phrase exceptions such as 著名), then t2s. Both regions' tables apply to every
    text: each maps only a variant form, never a standard one, so one can run on the other's
    text unchanged, and a text that mixes them (衞生署 beside 看著) converts whole. A chunk that
    reads Simplified skips them (:class:`gui.core.script.Converter`), and the ``pivot`` rows of
    ``words.tsv`` add exceptions the tables lack (著 read zhù in 原著, 卓著, 土著)."""
    chain = opencc_data.config_chain("t2s")
    phrases = opencc_data.union("HKVariantsRevPhrases.txt", "TWVariantsRevPhrases.txt")
    rows = {r.key: r.wording for r in word_rows() if r.view == "pivot"}
    if rows:  # the app's exceptions (著 read zhù: 原著, 卓著), on a copy of the shared union
        phrases = _table({**phrases[2], **rows})
    variants = [phrases, opencc_data.union("HKVariantsRev.txt", "TWVariantsRev.txt")]
    # normalization (compatibility ideographs) stays first; the variants go before t2s proper
    return [chain[0], variants, *chain[1:]]
