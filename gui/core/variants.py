"""Which Traditional a document is written in, and its own view that keeps its forms.

A Hong Kong text writes 衞生署, 着重, 裏; a Taiwan text 臺灣, 看著, 裡; a mainland page converted by
a naive character-for-character tool writes 關于, 示范 (``generic``). Converting such a text
through the Simplified pivot and back rewrites its own forms (發布 → 發佈, 說 → 説, 周 → 週). So the
view that matches the document's variant (臺 for Taiwan, 港 for Hong Kong, 繁 for generic
Traditional) is the original itself, changed only where a naive conversion left a Simplified form
that OpenCC writes otherwise in that word (關于 → 關於, 示范 → 示範, 關系 → 關係, 制藥 → 製藥). It has
the original's length, so its offset map is the identity.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from gui.core import opencc_data


class Variant(StrEnum):
    SIMPLIFIED = "simplified"  # not a Traditional text (or no Han characters to tell)
    GENERIC = "generic"
    HK = "hk"
    TW = "tw"


#: Forms and words of Hong Kong government and press writing. Characters count in a
#: Traditional text only (着 and 裏 are also Simplified / OpenCC-standard forms).
_HK_MARKERS = (
    "衞",
    "綫",
    "裏",
    "着",
    "香港",
    "特區",
    "本港",
    "港元",
    "港幣",
    "立法會",
    "區議會",
    "九龍",
    "新界",
    "嘅",
    "咗",
    "喺",
    "冇",
)
#: Macau's own names (澳門, 氹仔, 路環): Macau writing is neither region's (its forms are
#: s2t's standard 著, 線, 衛, 說; it shares words with both, 資訊 and 民眾 with Taiwan, 特區 and
#: 立法會 with Hong Kong), so they count against both.
_MO_MARKERS = ("澳門", "氹仔", "路環")
#: Forms, words and institutions of Taiwan writing (裡, 臺灣, 資訊, 計畫, 蒐集, 直轄市), none of
#: which a conversion from mainland Simplified produces.
_TW_MARKERS = (
    "裡",
    "臺灣",
    "台灣",
    "行政院",
    "立法院",
    "新臺幣",
    "新台幣",
    "中華民國",
    "臺北",
    "台北",
    "縣市",
    "鄉鎮",
    "直轄市",
    "資訊",
    "軟體",
    "網路",
    "計畫",
    "蒐集",
    "民眾",
    "程式",
    "品質",
    "專案",
)

#: Both forms are standard Traditional for this word in Taiwan and Hong Kong (發布 / 發佈,
#: 周末 / 週末, 台灣 / 臺灣, 受雇 / 受僱, 占有 / 佔有, 巨額 / 鉅額, 游說 / 遊說): a Traditional
#: original's choice is kept, not "repaired". 游 stands for 遊 in Traditional writing (to
#: lobby: 游說 is Hong Kong's usual form; OpenCC itself keeps 游擊, 游資, Taiwan's 游標), so
#: OpenCC's 游 → 遊 phrases (游说 → 遊說) are one accepted spelling, not a repair.
#: Checked on the round-trip corpora (benchmarks/bench_conversion.py).
REGIONAL_PAIRS = frozenset(
    {
        ("布", "佈"),
        ("周", "週"),
        ("台", "臺"),
        ("雇", "僱"),
        ("占", "佔"),
        ("巨", "鉅"),
        ("背", "揹"),
        ("台", "檯"),
        ("游", "遊"),
    }
)

#: Pairs that a Hong Kong or Taiwan writer chooses between, both in the regions' own
#: character sets (Big5, HKSCS): kept in a Hong Kong or Taiwan original's own view only. 注 /
#: 註 (注定 / 註定, 注明 / 註明, 注解 / 註解): 注 stands for 註 in Traditional writing — the
#: Taiwan Ministry of Education's dictionary lists 注定 beside 註定, CC-CEDICT records 注 as a
#: variant of 註 and spells 注釋 beside 註釋, OpenCC itself writes 天緣注定 and offers 加註 /
#: 加注 — so where one of OpenCC's 注 → 註 phrases (注定, 注冊, 備注, 附注…) meets a regional
#: writer's 注, the writer chose it. In a generic text the same 注 is most often a naive
#: conversion's leftover (a mainland 注册 made 注冊), which the 繁 own view still repairs.
#: (托 / 託 is no such pair: the regions' originals write 託 in every word where OpenCC does,
#: 委託, 受託; docs/conversion.md.)
REGIONAL_WRITERS_PAIRS = frozenset({("注", "註")})

#: The matching view of each variant.
MATCHING_SCRIPT = {Variant.GENERIC: "hant", Variant.HK: "hk", Variant.TW: "tw"}

_SAMPLE = 20_000  # characters read from each of the start, middle and end of a long text
_WORD_SPAN = 24  # characters either side of a repair that a dictionary word may reach


def _sample(text: str) -> str:
    if len(text) <= 3 * _SAMPLE:
        return text
    mid = len(text) // 2
    return text[:_SAMPLE] + text[mid : mid + _SAMPLE] + text[-_SAMPLE:]


@cache
def _script_only_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only characters, Simplified-only characters) from OpenCC's tables: a key
    none of whose conversions is itself."""
    trad = {
        k
        for k, v in opencc_data.load_dictionary("TSCharacters.txt")[2].items()
        if k not in v.split()
    }
    simp = {
        k
        for k, v in opencc_data.load_dictionary("STCharacters.txt")[2].items()
        if k not in v.split()
    }
    return frozenset(trad), frozenset(simp)


def detect_variant(text: str) -> Variant:
    """The variant ``text`` is written in, read from at most 60,000 of its characters."""
    sample = _sample(text)
    trad_only, simp_only = _script_only_sets()
    trad = sum(1 for c in sample if c in trad_only)
    simp = sum(1 for c in sample if c in simp_only)
    # A Traditional text has many Traditional-only characters and few Simplified-only ones
    # (a naive conversion leaves some behind); a short quote needs a few to tell at all.
    if trad < 3 or trad <= 2 * simp:
        return Variant.SIMPLIFIED
    hk = sum(sample.count(m) for m in _HK_MARKERS)
    tw = sum(sample.count(m) for m in _TW_MARKERS)
    mo = sum(sample.count(m) for m in _MO_MARKERS)
    if hk >= 3 and hk > 2 * (tw + mo):
        return Variant.HK
    if tw >= 3 and tw > 2 * (hk + mo):
        return Variant.TW
    return Variant.GENERIC


@cache
def _variant_forms() -> frozenset[tuple[str, str]]:
    """Pairs of forms of one character that OpenCC's regional tables map between (爲 / 為,
    羣 / 群, 裏 / 裡, 衛 / 衞, …), both ways: a choice between them is a variant, not an error."""
    pairs = set()
    for name in ("TWVariants.txt", "HKVariants.txt"):
        for key, value in opencc_data.load_dictionary(name)[2].items():
            for form in value.split():
                pairs.add((key, form))
                pairs.add((form, key))
    return frozenset(pairs)


@cache
def _valid_traditional(char: str) -> bool:
    """Whether ``char`` is itself one of OpenCC's Traditional forms (范 is, 发 is not)."""
    mapping = opencc_data.load_dictionary("STCharacters.txt")[2]
    value = mapping.get(char)
    return value is None or char in value.split()


def spells_a_word(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` lies in a word that the dictionary (CC-CEDICT) spells in
    Traditional exactly as ``text`` does: then the character is the writer's own, not a
    naive-conversion error, whatever an OpenCC phrase matched over another segmentation says
    (機制|作出, not 機|制作出) and whichever of two accepted spellings the writer chose (泛濫 /
    氾濫, 了解 / 瞭解)."""
    from gui.core.reading_aids.dictionary import default_dictionary

    return default_dictionary().traditional_word_over(text, pos) is not None


def repairs_into_a_word(text: str, pos: int, k: int, phrase: str) -> bool:
    """Whether ``text`` with OpenCC's Traditional ``phrase`` written over it at ``pos`` has a
    word over the phrase's character ``k`` that the dictionary (CC-CEDICT) spells in
    Traditional exactly so (委托 → 委託, 仿佛 → 彷彿): the evidence that a valid Traditional
    character (托, 仿) is a naive conversion's leftover and not the writer's own, as in a
    name (岑子杰: OpenCC's phrase 子杰 → 子傑 is a given name's fragment, no word)."""
    from gui.core.reading_aids.dictionary import default_dictionary

    start = max(0, pos - _WORD_SPAN)
    end = pos + len(phrase)
    window = text[start:pos] + phrase + text[end : end + _WORD_SPAN]
    return default_dictionary().traditional_word_over(window, pos - start + k) is not None


def starts_inside_a_word(text: str, pos: int, k: int) -> bool:
    """Whether the phrase at ``text[pos]`` begins inside a longer word: a word the dictionary
    spells as ``text`` does (:func:`spells_a_word`) ends on the phrase's character ``k - 1``
    and starts before it (之一 in 之一只餘, 統一 in 統一只能). The text then reads across the
    phrase (之一|只, "only"), not as it (一只, the measure word), and a Traditional original's
    character after the word is the writer's own."""
    from gui.core.reading_aids.dictionary import default_dictionary

    word = default_dictionary().traditional_word_over(text[: pos + k], pos + k - 1)
    return word is not None and len(word) > k


def warm_up() -> None:
    """Build the detector's and the own view's character tables ahead of first use."""
    _script_only_sets()
    _variant_forms()
