"""Place candidates that are a phrase of the language, not a place (LOC), dropped before the
candidates are chosen. Each is a form, not a word list of one document:

- **a count of a kind** — a numeral and a measure word before a venue's kind (一处隧道, 千座公园,
  两个广场): the venue stages read the numeral as the name, but a counted noun names no place;
- **a level word after a verb of reporting** — 报告镇文物行政管理部门, 及时报送镇规建办: the
  verb's object is "the town's office", and the verb is no town's name; so is a verb before 本市
  (提高本市建筑技术水平: 本市 "this city" is no name either);
- **a language** — a country written before 语 (葡萄牙语和西班牙语): the language, not the land,
  also where the country is tagged again at each mention (round 24);
- **a currency** — a region's name before 元 at a clause's end (（澳门元，下同）);
- **an area word** — a character and a level word before 域 (服务“三农”和|县域经济: 县域, not 和县; round 36);
- **a storm** — a name before or after 台风 / 飓风 (桦加沙台风): the typhoon, not the place;
- **a kind of town or village** — a word of planning before the level word (4个试点镇, 示范村,
  重点镇: a pilot town, a model village), with the measure word a count leaves before it: the
  town stages read the word as the name, but it names a class of towns (round 26).

And a city before 市民 is the city without its level word (臺北市民的憤怒: the residents, 市民, are
a word of their own; not 市民政局, 市民族宗教局); a Hong Kong district before 區議員 is the district
without the 區 that the councillor's title holds (深水埗區議員 → 深水埗, round 31), and the districts
whose name is a direction and 區 (東區區議員 → 東區: the generic 东区 is no place elsewhere) are found
there by :func:`councillor_districts`.

The recogniser calls :func:`drop_phrases` on the candidates of every stage, after the title rule.
"""

from __future__ import annotations

import re

from gui.core.entities.names import Candidate

# A numeral (digits are masked as QUANT already) and a measure word of places and things.
_COUNTED = re.compile("[一二两三四五六七八九十百千万几数多]+[处座个条家所片块项]")
# Verbs of reporting and sending whose object is an office of the level after them.
_REPORT_VERBS = "报告 报送 上报 报请 报批 报备 提交 提请 抄送 抄报 告知 通知 移交 移送 送交 交由 函告 呈报 转报".split()
_LEVEL_AFTER_VERB = re.compile(
    "(?:" + "|".join(_REPORT_VERBS) + ")[镇乡街市区县省]$|.{2}本[市区县镇省]$"
)


_STORMS = frozenset(("台风", "飓风", "风暴"))
# Planning words that class towns and villages (试点镇 pilot town, 示范村 model village).
_KIND_OF_TOWN = re.compile("[个座]?(?:试点|示范|重点|中心|特色)[镇乡村]$")
_TOWN_LEVELS = frozenset("镇乡村")


def _is_phrase(masked: str, s: int, e: int) -> bool:
    text = masked[s:e]
    if _COUNTED.match(text):
        return True
    if _LEVEL_AFTER_VERB.search(text):
        return True
    if text[-1:] in _TOWN_LEVELS and _KIND_OF_TOWN.match(text):
        return True
    # A storm's name is no place (桦加沙台风, 台风海葵): the name list of typhoons holds
    # places and words alike, and the gold keeps the storm out of LOC.
    if masked[e : e + 2] in _STORMS or masked[s - 2 : s] in _STORMS:
        return True
    # A region's currency ends a clause or a bracket after its name ((澳门元，下同), 以港元计).
    if masked[e : e + 1] == "元" and masked[e + 1 : e + 2] in _CLAUSE_END:
        return True
    # A one-character name and its level word before 域 are a word and 县域 (城市和|县域经济):
    # the level word belongs to the area's word, the character before it is no name.
    if e - s == 2 and masked[e : e + 1] == "域" and text[-1] in "县区市省":
        return True
    # A country before 语 is its language (葡萄牙语); 语境, 语录 are other words.
    return e - s >= 2 and masked[e : e + 1] == "语" and masked[e + 1 : e + 2] not in ("境", "录")


_CLAUSE_END = frozenset("，。；、）)")


# 市民 "residents of the city", not 市|民政局, 市|民族宗教局, 市|民营经济.
_RESIDENTS = re.compile("民(?![政族营生用间航主办警兵防宗俗事])")


def _level_owned_after(masked: str, e: int) -> bool:
    """Whether the level word ending a place at ``e`` belongs to the word after it: 市 before
    市民 (臺北|市民), 区 before 区议员 (深水埗|區議員)."""
    level = masked[e - 1]
    if level == "市":
        return _RESIDENTS.match(masked, e) is not None
    return level == "区" and masked.startswith("议员", e)


# The districts of Hong Kong named by a direction (東區, 南區, 北區, 中西區) before 區議員.
_DIRECTION_DISTRICT = re.compile(
    "[东南北中](?<![\u4e00-\u9fff].)(?:(?<=[东南北])|(?<=中)西)区(?=区议员)"
)


def councillor_districts(masked: str) -> list[Candidate]:
    """Hong Kong's districts named by a direction before a district councillor's title
    (東區區議員 → 東區), after no other character of a word."""
    return [(m.start(), m.end(), "LOC", 0) for m in _DIRECTION_DISTRICT.finditer(masked)]


def drop_phrases(masked: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the places that are phrases of the forms above, a city before
    市民 and a district before 区议员 without their level word."""
    return [
        (c[0], c[1] - 1, *c[2:])
        if c[2] == "LOC" and c[1] - c[0] >= 3 and _level_owned_after(masked, c[1])
        else c
        for c in candidates
        if c[2] != "LOC" or not _is_phrase(masked, c[0], c[1])
    ]


def drop_tongues(masked: str, candidates: list[Candidate]) -> list[Candidate]:
    """The repeat stage's candidates without a country before its language or a region before
    its currency (葡萄牙|语, 澳门|元，): only these forms, read from the character after."""
    return [
        c
        for c in candidates
        if c[2] != "LOC" or masked[c[1] : c[1] + 1] not in "语元" or not _is_phrase(masked, *c[:2])
    ]
