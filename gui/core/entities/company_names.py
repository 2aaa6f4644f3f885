"""Company names by their short forms: a listed company's short name from the gazetteer, where
it is part of the words around it, where it runs on (华润微 + 电子) or a joint venture opens
before it (一汽 + 丰田); and the short names a text uses for a company it has named in full
(河南天璇半导体科技有限责任公司 → 天璇半导体科技, 天璇半导体; 奥的斯电梯(中国)投资有限公司 → 奥的斯;
香港城市大学 → 城大), with the legal forms of a registered name (:data:`LEGAL_FORMS`).

Apart from :mod:`gui.core.entities.name_context` because these rules read one kind of body's
names (companies' registered and listed names), where the context checks there read any name's
edges; used by :mod:`~gui.core.entities.names`, the repeat stage of
:mod:`~gui.core.entities.recogniser` and :mod:`~gui.core.entities.org_repeats`.
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer


def listed_in_word(masked: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a listed company's short name at ``start:end`` is part of the words around it:
    a verb or function word runs across its edge (the name's first character ending a word
    before it, or its last beginning a word after it)."""
    if masked[start:end] not in gaz.listed_orgs:
        return False
    for pair in (masked[max(0, start - 1) : start + 1], masked[end - 1 : end + 1]):
        if len(pair) < 2:
            continue  # at the text's edge no word runs across (比亚迪 opening a text is no 比)
        if pair in gaz.verbs or pair in gaz.function_words or pair in gaz.abbreviation_words:
            return True
    return False


# A listed company's short name is often shorter than the name the press uses (华润微 of
# 华润微电子): an industry word right after it belongs to the name.
_INDUSTRY_WORDS = frozenset(
    "电子 科技 股份 集团 控股 药业 医药 制药 电气 电器 能源 化工 材料 实业".split()
)
# The Chinese carmakers whose short names open their joint ventures' names (一汽丰田, 广汽本田,
# 华晨宝马): the partner and the foreign brand are one company.
_VENTURE_PARTNERS = frozenset("一汽 二汽 上汽 广汽 北汽 东风 长安 华晨 江铃 南汽".split())


def listed_name_start(masked: str, start: int, name: str, gaz: Gazetteer) -> int:
    """Where a listed or world company's short name ``name`` starting at ``start`` really
    starts: a Chinese carmaker's short name before a foreign brand is a joint venture."""
    if name in gaz.listed_orgs and masked[start - 2 : start] in _VENTURE_PARTNERS:
        return start - 2
    return start


# A company's brand before 汽车 names its carmaking company (小米汽车, 赛力斯汽车, 丰田汽车), not
# where 汽车 opens a word of the trade (小米汽车工厂, 比亚迪汽车工业园, 汽车产业); nor after a
# public body's name (…部, …局, …委, …会: 工信部汽车 is the ministry on cars).
_CAR_WORD_GOES_ON = frozenset("工产业城站厂园零配行市用品展")
_BODY_HEADS = frozenset("部局委会办院厅署司处所社党军队校报台盟协联")


def listed_name_end(masked: str, end: int, name: str, gaz: Gazetteer) -> int:
    """Where a listed company's short name ``name`` ending at ``end`` really ends."""
    if name in gaz.listed_orgs and masked[end : end + 2] in _INDUSTRY_WORDS:
        return end + 2
    if (
        masked.startswith("汽车", end)
        and masked[end + 2 : end + 3] not in _CAR_WORD_GOES_ON
        and name[-1] not in _BODY_HEADS
        and not name.endswith("汽车")
        and not name.isascii()
    ):
        return end + 2
    return end


# The legal form of a company's registered name, and the business words before it that its
# short name drops (隆源农业服务有限公司 → 隆源农业).
LEGAL_FORMS = (
    "集团股份有限公司",
    "集团有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
)
_BUSINESS_WORDS = ("服务", "科技", "发展", "实业", "投资", "控股", "技术", "管理", "贸易", "咨询")
#: Industry words after a brand in a registered name (奥的斯电梯 → 奥的斯, 海尔集团 → 海尔):
#: the brand alone is the short name news uses after the full name.
_BRAND_INDUSTRY = tuple("集团 电梯 电器 电气 汽车 重工 机械 药业 制药 食品 化工".split())
#: A region in brackets inside a registered name: 奥的斯电梯(中国)投资有限公司.
_BRACKET_REGION = re.compile(r"[（(]([^（）()]{1,4})[)）]")


def company_short_forms(name: str, gaz: Gazetteer) -> set[str]:
    """The short names a text uses for a company it has named in full: the registered name
    without its legal form, without a business word before it, and without the place it opens
    with (河南天璇半导体科技有限责任公司 → 天璇半导体科技, 天璇半导体). Four characters at least:
    a shorter remainder is as often a common word. The brand before an industry word and a
    region in brackets (奥的斯电梯(中国)投资有限公司 → 奥的斯, 海尔集团公司 → 海尔) may be shorter
    when it is no word or place of the lexicons. A Hong Kong university's short form is its
    word's first character and 大 (香港城市大学 → 城大)."""
    if len(name) == 6 and name.startswith("香港") and name.endswith("大学"):
        # 香港城市大学 → 城大, 香港理工大学 → 理大: Hong Kong's universities go by the first
        # character of their own word and 大, once the text has named them in full (round 26);
        # also by the place's first character before them (香港科技大学 → 港科大).
        return {name[2] + "大", "港" + name[2] + "大"}
    if name.endswith("大学"):
        return university_short_forms(name, gaz)
    form = next((f for f in LEGAL_FORMS if name.endswith(f)), "")
    if not form:
        return set()
    rest = name[: -len(form)]
    forms = {rest}
    if rest.endswith(_BUSINESS_WORDS):
        forms.add(rest[:-2])
    place = gaz.place_re.match(rest)
    if place:
        forms |= {f[place.end() :] for f in forms}
    out = {f for f in forms if len(f) >= 4 and f not in gaz.places}
    region = _BRACKET_REGION.search(rest)
    head = rest
    if region and region.group(1) in gaz.places:
        head = rest[: region.start()]
    elif region:
        return out
    if place and place.end() < len(head):
        head = head[place.end() :]
    if head.endswith(_BRAND_INDUSTRY):
        head = head[:-2]
    # 中国船舶集团 → 船舶: two characters after a place are the industry, not a brand.
    if head not in out and brand_alone(head, gaz) and not (place and len(head) < 3):
        out.add(head)
    return out


#: What a university's full name may open with before its place (国立台湾大学 → 台大).
_UNIVERSITY_PREFIXES = ("国立", "私立")


def university_short_forms(name: str, gaz: Gazetteer) -> set[str]:
    """The short names the press uses for a university it has named in full: the first
    character of its place and 大 (澳门大学 → 澳大, 台湾大学 → 台大, 南京大学 → 南大), and of its
    place and its own word of two characters and 大 (澳门旅游大学 → 澳旅大, 澳门科技大学 → 澳科大,
    台湾科技大学 → 台科大). The place is one of two characters; nothing else stands in the name."""
    stem = name[:-2]
    for prefix in _UNIVERSITY_PREFIXES:
        if stem.startswith(prefix):
            stem = stem[len(prefix) :]
    if len(stem) == 2 and stem in gaz.places:
        return {stem[0] + "大"}
    if len(stem) == 4 and stem[:2] in gaz.places and all(lx.is_cjk(c) for c in stem):
        return {stem[0] + stem[2] + "大"}
    return set()


def brand_alone(brand: str, gaz: Gazetteer) -> bool:
    """Whether a brand of two or three characters can stand alone as a company's name: Chinese
    characters that are no place, no common word of the lexicons (two characters) and no role."""
    if len(brand) >= 4:
        return brand not in gaz.places
    if len(brand) < 2 or not all(lx.is_cjk(c) for c in brand):
        return False
    words = (gaz.places, gaz.bare_in_lists, gaz.verbs, gaz.function_words, gaz.abbreviation_words)
    if any(brand in w for w in (*words, gaz.role_nouns, gaz.countries)):
        return False
    return len(brand) == 3 or brand not in gaz.rare_verbs


def whole_line_names(pivot: str, found: list, gaz: Gazetteer) -> list:
    """A company by its legal form whose name was cut at 和 or 与, the conjunction's character
    being the name's own, where the name fills its line (a table's cell, a heading's subject):
    武汉吉和昌新材料股份有限公司 on a line of its own, 和泰產物保險股份有限公司 opening a line. The
    name reaches back to the line's start when what stands there is a place (武汉吉|和) or
    nothing (|和泰); spans inside the stretch it takes back are dropped."""
    grown: dict[tuple[int, int, str], int] = {}
    for s, e, t in found:
        if (
            t != "ORG"
            or not s
            or pivot[s - 1] not in "和与"
            or not pivot.endswith(LEGAL_FORMS, s, e)
        ):
            continue
        start = pivot.rfind("\n", 0, s) + 1
        head = pivot[start : s - 1]
        if len(head) > 6 or not all(lx.is_cjk(c) for c in head):
            continue
        if head and not gaz.place_re.match(head):
            continue
        if e < len(pivot) and pivot[e] != "\n" and head:
            continue  # (a cell fills its line; a name opening a line may go on in a sentence)
        grown[(s, e, t)] = start
    if not grown:
        return found
    taken_back = [(start, s) for (s, _e, _t), start in grown.items()]
    return [
        (grown[f], f[1], f[2]) if f in grown else f
        for f in found
        if f in grown or not any(a <= f[0] and f[1] <= b for a, b in taken_back)
    ]
