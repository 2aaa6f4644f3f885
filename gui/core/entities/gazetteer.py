"""Gazetteers: Chinese administrative divisions, world places and well-known bodies.

The data files live in ``resources/gazetteers/`` (sources and licences in its README). They are
read on the first call to :func:`gazetteer`, never at import, so app launch does not pay for
them. Names are matched in the Simplified pivot.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from gui.core.entities.lexicon import (
    GENERIC,
    GENERIC_COUNTY_NAMES,
    LEFT_STOPS,
    NAME_WORDS_WITH_HE,
    NEVER_SHORT_PLACES,
    REMIT_COMPOUNDS,
    ZONE_GENERIC,
)
from gui.core.patterns import trie_pattern

_lock = threading.Lock()
_cache: dict[Path, Gazetteer] = {}


@dataclass(frozen=True)
class Gazetteer:
    """Compiled name lists.

    ``place_re`` finds provinces, prefectures (full and short forms) and world places in one
    pass; county-level names (about 2,800) are looked up from their suffix character instead,
    because a single alternation over all of them is several times slower to scan."""

    place_re: BucketedPattern
    places: frozenset[str]  # every place name, any level, full or short
    full_places: frozenset[str]  # names written with their level suffix (兰州市, 城关区)
    counties: frozenset[str]
    counties_by_tail: dict[str, tuple[str, ...]]  # last two characters → names, longest first
    org_re: BucketedPattern
    orgs: frozenset[str]
    place_chars: frozenset[str]  # characters of province/prefecture names (for 兰白, 郑洛新)
    countries: frozenset[str]  # foreign countries (美国 in 美国哈佛大学 is a separate LOC)
    protect_re: re.Pattern[str]  # places, bodies and remits in which a stop word is no boundary
    # Bare district names (海淀) and short Hong Kong / Taiwan names (台中): matched by place_re,
    # but accepted only at a word boundary on the left (平台中 is not 台中).
    weak_places: frozenset[str] = frozenset()
    # How strongly a character marks a given name (given_name_chars.tsv): 轩 4.4, 明 1.8, 全 -0.6.
    given_name_chars: dict[str, float] = field(default_factory=dict)
    # Every bare county name and short prefecture form, common words included (朝阳, 和平):
    # a place only in a 、-list of places (海淀、朝阳、丰台).
    bare_in_lists: frozenset[str] = frozenset()
    # Verbs, adverbs, pronouns … that never begin a body's name (明白, 控制, 虽然; 有, 在).
    function_words: frozenset[str] = frozenset()
    # First characters of province and prefecture names and the provinces' one-character
    # abbreviations: rail lines are named by two of them (京广线, 大秦线, 陇海线).
    line_chars: frozenset[str] = frozenset()
    # Province-level names, full and short (甘肃省, 甘肃, 香港): a chain of places runs from
    # the larger to the smaller, so one of these never ends a chain (横琴澳门 is two places).
    provinces: frozenset[str] = frozenset()
    # A county's name without its level word → the names (full and short) of its province and
    # prefecture: 铜梁 → 重庆, 重庆市; news names a county bare after them (重庆铜梁, 四川巴中恩阳).
    county_parents: dict[str, frozenset[str]] = field(default_factory=dict)
    # Verbs that stand before a body's name but never inside one (标榜, 排挤, 辞去).
    verbs: frozenset[str] = frozenset()
    # Rarer verbs (jieba frequency 40-299: 承揽, 追查, 承建), read only before a place, a known
    # body or a level word inside a name's left extension (承揽|州医院).
    rare_verbs: frozenset[str] = frozenset()
    # Subdistricts with their level word (南京东路街道), looked up from 街道.
    towns: frozenset[str] = frozenset()
    # Common words that hold a one-character country name (集中, 加强, 美元, 加以): such a word
    # across the edge of a pair of them (集中|美国, 中|加强) makes the pair no two places.
    abbreviation_words: frozenset[str] = frozenset()
    # Listed companies' short names (黄河旋风) and the world's companies by their Chinese names
    # (巴斯夫): a name only where no word runs across its edges.
    listed_orgs: frozenset[str] = frozenset()
    # Nouns of a person's role (航天员, 领队, 摄影师; role_nouns.txt): a name may follow one.
    role_nouns: frozenset[str] = frozenset()
    # Characters of transliterated names from jieba's nrt words (翰, 弗; translit_chars.txt).
    translit_chars: frozenset[str] = frozenset()
    # Named mountains, rivers, lakes and islands (natural_places.txt): a village or town may
    # be named after one (马鬃山村), so they do not stop the name before 村 or 镇.
    natural_places: frozenset[str] = frozenset()
    # Countries and world regions by their English names (Afghanistan, UK; world_latin.txt).
    latin_places: frozenset[str] = frozenset()
    # Answers of the name tests that depend only on a string and these lists (names.py:
    # whether a stretch starts with or contains a place, whether it names a body before a
    # suffix), kept per gazetteer: a report asks about the same few thousand stretches again
    # and again (every 有限公司 re-tests the words before it).
    memo: dict = field(default_factory=dict, compare=False, repr=False)


#: Answers kept per gazetteer before the memo starts again (a bound for a long session).
MEMO_SIZE = 200_000


_Answer = TypeVar("_Answer")


def memoised(test: Callable[..., _Answer]) -> Callable[..., _Answer]:
    """``test(*strings, gaz)``, answered once per gazetteer for each set of strings (an answer
    is never None)."""
    name = test.__name__

    @functools.wraps(test)
    def remembered(*args):
        memo = args[-1].memo
        key = (name, *args[:-1])
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[key] = test(*args)
        return found

    return remembered


class BucketedPattern:
    """A trie regex over many names, split by first character into a few regexes.

    One alternation over a thousand names makes the regex engine try every first-level branch
    at every candidate position; split into buckets, each position is tried only against the
    names of its own bucket (about 5x faster on a long report). Offers the ``re.Pattern``
    methods the recogniser uses; ``finditer`` may yield overlapping matches from different
    buckets (the candidates are resolved by the longest-first selection anyway)."""

    def __init__(self, words: Iterable[str], buckets: int = 8) -> None:
        groups: dict[int, list[str]] = {}
        for word in words:
            groups.setdefault(ord(word[0]) % buckets, []).append(word)
        self._by_bucket = {k: re.compile(trie_pattern(v)) for k, v in groups.items()}
        self._buckets = buckets
        self.pattern = "|".join(r.pattern for r in self._by_bucket.values())

    def _for(self, ch: str) -> re.Pattern[str] | None:
        return self._by_bucket.get(ord(ch) % self._buckets) if ch else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        r = self._for(text[pos : pos + 1]) if pos < end else None
        return r.match(text, pos, end) if r else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        r = self._for(text[:1])
        return r.fullmatch(text) if r else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        found = [m for r in self._by_bucket.values() if (m := r.search(text, pos, end))]
        return min(found, key=lambda m: (m.start(), -m.end())) if found else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        matches = [m for r in self._by_bucket.values() for m in r.finditer(text, pos, end)]
        # No two start at one position (a bucket is its names' first character, and a bucket's
        # own matches do not overlap): the start alone orders them, read at C speed.
        matches.sort(key=re.Match.start)
        return iter(matches)


def _by_tail(names: set[str]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[-2:], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in groups.items()}


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


# Characters of the stop patterns that are not plain stop words (names.py: 经, 据, 报, 连, 原, 都 and
# numeral + classifier phrases).
_PATTERN_STOP_CHARS = re.compile("[经据报连原都间家个所条座位名项班批类种群]")


def _holding_stops(names: set[str]) -> set[str]:
    """The names that contain a stop word: only inside these can a stop word be no boundary
    (本 in 日本, 和 in 发展和改革), so only these need protecting (a smaller, faster regex)."""
    stops = re.compile(trie_pattern(LEFT_STOPS))
    return {n for n in names if stops.search(n) or _PATTERN_STOP_CHARS.search(n)}


def _given_name_chars(path: Path) -> dict[str, float]:
    table = {}
    for line in _optional_lines(path):
        ch, score = line.split("\t")
        table[ch] = float(score)
    return table


def _optional_lines(path: Path) -> set[str]:
    return set(_lines(path)) if path.is_file() else set()


def _optional_words(path: Path) -> set[str]:
    """Names written several to a line, separated by spaces (world_cities.txt)."""
    return {w for line in _optional_lines(path) for w in line.split()}


def _world_countries(path: Path) -> tuple[set[str], set[str]]:
    """Countries and subdivisions of world_countries.txt (two blocks; see its generator)."""
    countries: set[str] = set()
    subdivisions: set[str] = set()
    if not path.is_file():
        return countries, subdivisions
    block = countries
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("# subdivisions"):
            block = subdivisions
        elif line and not line.startswith("#"):
            block.add(line)
    return countries, subdivisions


def _default_dir() -> Path:
    from gui.core.paths import resource

    return resource("gazetteers")


_PROVINCE_ABBREVIATIONS = frozenset(
    "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕甘陇青宁新"
)


def load_gazetteer(folder: Path) -> Gazetteer:
    """Read and compile the gazetteer files in ``folder``."""
    regional: set[str] = set()  # provinces and prefectures: matched by the trie regex
    full: set[str] = set()
    counties: set[str] = set()
    in_lists: set[str] = set()
    provinces: set[str] = set()
    parents: dict[str, set[str]] = {}
    province_names: set[str] = set()
    prefecture_names: set[str] = set()
    for line in _lines(folder / "admin_divisions.tsv"):
        level, name, *rest = line.split("\t")
        shorts = [s for s in (rest[0].split(",") if rest else []) if s]
        if level == "province":
            province_names = {name, *shorts}
            prefecture_names = set()
        elif level == "prefecture":
            prefecture_names = {name, *shorts}
            # A prefecture whose short form is a word (三明, 金华, 吉安: NEVER_SHORT_PLACES) is
            # still a place bare right after its own province (福建三明, 江西吉安), as a county
            # is (重庆铜梁); 来宾 ("guests") is left out (广西来宾 is as often Guangxi's guests).
            for short in shorts:
                if short in NEVER_SHORT_PLACES and short != "来宾":
                    parents.setdefault(short, set()).update(province_names)
        if level == "county":
            if len(name) >= 3 and name[-1] in "区县市旗":
                parents.setdefault(name[:-1], set()).update(province_names | prefecture_names)
            if name not in GENERIC_COUNTY_NAMES:
                counties.add(name)
                if len(name) >= 3 and name[-1] in "区县市旗":
                    in_lists.add(name[:-1])
            continue
        in_lists.update(s for s in shorts if len(s) >= 2)
        if level == "province":
            provinces.add(name)
            provinces.update(shorts)
        regional.add(name)
        full.add(name)
        regional.update(s for s in shorts if len(s) >= 2 and s not in NEVER_SHORT_PLACES)
    # Taiwan's districts and county cities are county-level names (found from 区/市); its
    # townships (乡, 镇) are found with the mainland's.
    taiwan = _optional_lines(folder / "taiwan_districts.txt")
    counties |= {n for n in taiwan if n[-1] in "区县市旗" and n not in GENERIC_COUNTY_NAMES}
    towns = _optional_lines(folder / "towns.txt") | {n for n in taiwan if n[-1] in "乡镇"}
    # Like the mainland's counties, Taiwan's districts are named bare in lists of places
    # (后壁、白河、东山、盐水、新营及柳营): there, and only there, the bare name is a place.
    in_lists.update(n[:-1] for n in taiwan if len(n) >= 3 and n not in GENERIC_COUNTY_NAMES)
    world = set(_lines(folder / "world_places.txt"))
    # Optional files (a test gazetteer folder may hold only the three core lists).
    regional_extra = _optional_lines(folder / "places_hk_tw_macau.txt")
    bare = {n for n in _optional_lines(folder / "county_short_forms.txt") if n not in regional}
    orgs = set(_lines(folder / "known_orgs.txt"))
    for extra in sorted(folder.glob("orgs_*.txt")):
        orgs.update(_lines(extra))
    weak = {n for n in regional_extra if len(n) == 2 and n not in regional} | bare
    regional |= world | regional_extra | bare
    full |= counties
    # Characters of Chinese place names only: abbreviations of places (兰白, 京雄) are read
    # from these, and a world list would make almost any two characters an abbreviation.
    place_chars = frozenset("".join(full - counties)) | frozenset("".join(regional))
    # Taiwan's districts and townships named bare (安平, 马公, 六甲): at a word boundary only,
    # as the two-character names of the hand list are; their characters make no abbreviations.
    taiwan_bare = (
        _optional_lines(folder / "taiwan_short_forms.txt")
        - regional
        - counties
        - NEVER_SHORT_PLACES
    )
    weak |= {n for n in taiwan_bare if len(n) == 2}
    regional |= taiwan_bare
    # The world at large (ISO 3166 countries and subdivisions, capitals and large cities):
    # two-character names that are new here are matched only at a word boundary.
    world_countries, subdivisions = _world_countries(folder / "world_countries.txt")
    world_more = world_countries | subdivisions | _optional_words(folder / "world_cities.txt")
    # Named mountains, rivers, lakes, islands (武当山, 涑水河, 洪湖): three characters or more.
    natural = _optional_lines(folder / "natural_places.txt")
    world_more |= natural
    weak |= {n for n in world_more if len(n) == 2 and n not in regional}
    regional |= world_more
    return Gazetteer(
        place_re=BucketedPattern(regional),
        places=frozenset(regional | counties | full),
        full_places=frozenset(full),
        counties=frozenset(counties),
        counties_by_tail=_by_tail(counties),
        org_re=BucketedPattern(orgs),
        orgs=frozenset(orgs),
        place_chars=place_chars,
        countries=frozenset(_lines(folder / "countries.txt")) | world_countries,
        protect_re=re.compile(
            trie_pattern(
                # (a county's full name too: 三都水族自治县 holds the adverb 都)
                _holding_stops(
                    regional
                    | {n for n in counties if len(n) >= 4}
                    | orgs
                    | set(REMIT_COMPOUNDS)
                    | NAME_WORDS_WITH_HE
                )
            )
        ),
        weak_places=frozenset(weak),
        given_name_chars=_given_name_chars(folder / "given_name_chars.tsv"),
        bare_in_lists=frozenset(in_lists),
        # Designation words (高新, 国际) begin names however jieba tags them.
        function_words=frozenset(_optional_lines(folder / "function_words.txt"))
        - GENERIC
        - ZONE_GENERIC,
        line_chars=frozenset(n[0] for n in full - counties) | _PROVINCE_ABBREVIATIONS,
        verbs=frozenset(_optional_lines(folder / "verbs.txt")) - GENERIC - ZONE_GENERIC,
        rare_verbs=frozenset(_optional_lines(folder / "verbs_rare.txt")) - GENERIC - ZONE_GENERIC,
        towns=frozenset(towns),
        abbreviation_words=frozenset(_optional_lines(folder / "abbreviation_words.txt")),
        listed_orgs=frozenset(_optional_lines(folder / "orgs_listed_companies.txt"))
        | _optional_lines(folder / "orgs_world_companies.txt"),
        role_nouns=frozenset(_optional_lines(folder / "role_nouns.txt")),
        translit_chars=frozenset("".join(_optional_lines(folder / "translit_chars.txt"))),
        natural_places=frozenset(natural),
        latin_places=frozenset(_optional_lines(folder / "world_latin.txt")),
        provinces=frozenset(provinces),
        county_parents={k: frozenset(v) for k, v in parents.items()},
    )


def gazetteer(folder: Path | None = None) -> Gazetteer:
    """The gazetteer for ``folder`` (default ``resources/gazetteers``), loaded once."""
    folder = folder or _default_dir()
    with _lock:
        found = _cache.get(folder)
        if found is None:
            found = _cache[folder] = load_gazetteer(folder)
        return found
