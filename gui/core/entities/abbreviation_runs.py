"""Runs of one-character region abbreviations that pair a province with Hong Kong, Macau or
Taiwan, or those three with each other (港澳, 港澳台, 浙澳, 澳浙, 闽澳, 京港): each character is
one place (LOC), as the corpus' gold writes them in every batch (港澳两地 → 港 + 澳; 港澳台等工作
→ 港 + 澳 + 台; 浙澳合作 → 浙 + 澳).

Left alone:
- a run that is itself a region's name in the gazetteer (粤港澳, 京津冀: one LOC, found there)
  or opens a zone's name (横琴粤澳深度合作区);
- a run bound to the word after it, as 港 in 港人 and 臺 in 臺商 are: 港澳台同胞, 港澳台商投资企业
  (the gold marks nothing in them), and a run with a common word across its edges (集中 in
  集中港澳: jieba's word list, ``gaz.abbreviation_words``);
- pairs of provinces without any of 港, 澳, 台 (京津, 川渝): they are the pair rules' work in
  ``places.py``; three or four provinces in a run are one place each (粤苏鲁浙四强, 粤苏鲁差距:
  no region is named so), and runs of city initials (北上广深, 汉襄宜) are open-ended, except
  before a word that links cities (武黄同城, 沪苏同城化, 北上广深等各大城市:
  ``city_runs``).
Ambiguous one-character forms are not taken at all (新, 青, 宁, 吉, 黑, 甘, 蒙: 天津新港 is a port).
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer

Candidate = tuple[int, int, str, int]

_SAR = "港澳台"
_PROVINCES = "京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤琼川黔滇陕桂藏"
_RUN = re.compile(f"[{_SAR}{_PROVINCES}][{_SAR}{_PROVINCES}]{{1,3}}")
# The run is bound to these words (compatriots, businesspeople, capital, citizens' origin):
# 港澳台同胞, 港澳台商, 港澳资 — the run then names a group of people or money, not places.
# 人 binds (港人, 港澳人) but not in 人员, a word of its own (港澳人员 as 港澳居民).
_BOUND_AFTER = re.compile("同胞|商|侨|胞|籍|资|企|人(?!员)|方|币|股|独|剧|片|星|式|味|段")


# A run that opens a zone's name is part of it (横琴粤澳深度合作区, 粤港澳大湾区).
_ZONE_AFTER = re.compile("深度合作区|合作区|大湾区")
_RUN_CHARS = frozenset(_SAR + _PROVINCES + "美中日英法德俄韩欧印加菲越泰朝伊缅葡荷")


def bound_run(masked: str, s: int) -> bool:
    """Whether the run of one-character abbreviations through ``s`` is bound to the word after
    it (港澳台同胞, 港澳台商投资企业), so that none of its characters is a place."""
    e = s
    while e < len(masked) and masked[e] in _RUN_CHARS:
        e += 1
    return e > s and bool(_BOUND_AFTER.match(masked, e))


def abbreviation_runs(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """One LOC per character of each run of two to four one-character abbreviations that
    holds 港, 澳 or 台 or three provinces or more (港澳 → 港, 澳; 浙澳 → 浙, 澳), where the run is neither a region's name
    nor bound to the word after it."""
    words = gaz.abbreviation_words
    out: list[Candidate] = []
    for m in _RUN.finditer(masked):
        s, e = m.span()
        run = m.group()
        if len(set(run)) < len(run) or not (any(c in _SAR for c in run) or len(run) >= 3):
            continue  # provinces alone: three or more make the run (粤苏鲁浙四强)
        if run in gaz.places or _BOUND_AFTER.match(masked, e) or _ZONE_AFTER.match(masked, e):
            continue
        if masked[s - 1 : s + 1] in words or masked[e - 1 : e + 1] in words:
            continue  # 集中港澳: a word runs across the edge
        if s and masked[s - 1] in _PROVINCES + _SAR:
            continue  # part of a longer run the regex did not take (粤港澳 … in 琼粤港澳)
        out += [(i, i + 1, "LOC", 4) for i in range(s, e)]
    return out


# A count of places or parties right after a run (粤港澳三地, 粤港澳深四方): the run names that many
# places, one a character, even where it is also a region's name (粤港澳, 京津冀); one city
# initial may end it (深). Decided in batch 22's second pass (D-8), as 澳琴韩三地 in batch 16's.
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_COUNTED = re.compile("[两二三四五六][地方]")


def counted_runs(masked: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The runs of one-character places that a count right after them numbers (粤港澳|三地,
    粤港澳深|四方), as ``(start, end)``."""
    out = []
    regions = _SAR + _PROVINCES
    for m in _COUNTED.finditer(masked):
        e = m.start()
        s = e - _COUNT[masked[e]]
        run = masked[max(s, 0) : e]
        if s < 0 or len(set(run)) < len(run) or (s and masked[s - 1] in regions):
            continue
        if all(c in regions for c in run[:-1]) and (
            run[-1] in regions or run[-1] in gaz.line_chars
        ):
            out.append((s, e))
    return out


def split_counted(candidates: list[Candidate], counted: list[tuple[int, int]]) -> list[Candidate]:
    """``candidates`` with every place across a counted run replaced by one place a character."""

    def across(c: Candidate) -> bool:
        return c[2] == "LOC" and any(c[0] < e and s < c[1] for s, e in counted)

    kept = [c for c in candidates if not across(c)]
    return kept + [(i, i + 1, "LOC", 4) for s, e in counted for i in range(s, e)]


# Words that link the cities a run of initials names: one city with another (同城, 一体化,
# 双城) or the cities counted (两地, 等各大城市).
_CITY_LINK = re.compile("同城|一体化|双城|两地|三地|四地|等(?:各大|主要|重点)?城市")
_LINK_WORDS = ("同城", "一体化", "双城", "两地", "三地", "四地", "城市")
# 汉 names Wuhan in such runs (汉襄宜, 汉孝随襄十); it opens no prefecture's name.
_CITY_INITIALS_MORE = frozenset("汉")


def city_runs(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """One LOC per character of a run of two to six city or province initials right before a
    word that links them (武黄同城 → 武, 黄; 北上广深 before 等各大城市): each character opens the
    name of a province or a prefecture, no character repeats, and the run starts after a mark,
    a preposition, a verb or a place (湖北|武黄同城)."""
    if not any(word in masked for word in _LINK_WORDS):
        return []  # (一 and 等 are everywhere: the scan alone costs 1 % of the recogniser)
    out: list[Candidate] = []
    initials = gaz.line_chars | _CITY_INITIALS_MORE
    for m in _CITY_LINK.finditer(masked):
        e = m.start()
        s = e
        while s > e - 6 and s > 0 and masked[s - 1] in initials:
            s -= 1
        # A place's whole name at the run's start is that place, not initials (湖北|武黄).
        while e - s > 2:
            k = next(
                (k for k in (4, 3, 2) if e - s - k >= 2 and masked[s : s + k] in gaz.places), 0
            )
            if not k:
                break
            s += k
        run = masked[s:e]
        if len(run) < 2 or len(set(run)) < len(run) or run in gaz.places:
            continue
        if not _run_may_start(masked, s, gaz):
            continue  # 城乡一体化, 产城一体化: the tail of a word
        out += [(i, i + 1, "LOC", 4) for i in range(s, e)]
    return out


def _run_may_start(masked: str, s: int, gaz: Gazetteer) -> bool:
    before = masked[s - 1 : s]
    if not before or not "\u4e00" <= before <= "\u9fff" or before in "在与和及的于":
        return True
    words = (gaz.places, gaz.verbs, gaz.function_words)
    return any(masked[s - k : s] in w for k in (2, 3, 4) for w in words)
