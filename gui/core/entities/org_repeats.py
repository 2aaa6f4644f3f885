"""More of a document's own names, for the pass that tags every further occurrence of an
organisation (stage 4 of :mod:`gui.core.entities.recogniser`): a company named with its bare
head 集团 or 公司 is named by its brand alone later on (奥丁丁集团 … 奥丁丁, 远传公司 … 远传), as
a registered name is by its short forms (:func:`company_names.company_short_forms`); and a
body met under a Latin name (in brackets after its Chinese name, or as a headline's source)
is the same body wherever that Latin name recurs (国家运输安全委员会（NTSB）… 送交NTSB分析)."""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities.company_names import LEGAL_FORMS, brand_alone
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.names import is_generic

#: A company's bare head: what follows its brand when the text names it in full without the
#: legal form (奥丁丁集团, 远传公司). 集团公司 and the legal forms are company_short_forms' case.
_BARE_HEADS = ("集团", "公司")
#: Words before a bare head that make the name a kind of company, not one company
#: (子公司, 母公司, 总公司, 分公司, 该公司 …): no brand stands before them.
_KIND_ENDS = frozenset("子母总分该本各其此同两全原新老")


def brand_forms(name: str, gaz: Gazetteer) -> set[str]:
    """The brand of a company named with a bare head (奥丁丁集团 → 奥丁丁; 中国平安集团 → 平安
    after its place): two to four Chinese characters that are no place, no common word and
    no role (:func:`company_names.brand_alone`)."""
    if name.endswith(LEGAL_FORMS):
        return set()
    head = next((h for h in _BARE_HEADS if name.endswith(h)), "")
    if not head:
        return set()
    brand = name[: -len(head)]
    place = gaz.place_re.match(brand)
    if place and place.end() < len(brand):
        brand = brand[place.end() :]
    if not 2 <= len(brand) <= 4 or brand[-1] in _KIND_ENDS or brand[0] in _KIND_ENDS:
        return set()
    if not all(lx.is_cjk(c) for c in brand) or not brand_alone(brand, gaz):
        return set()
    return {brand}


#: Courts whose level the short name keeps (Macau's and Hong Kong's 中级法院 → 中院, 初级法院 →
#: 初院, 终审法院 → 终院, 高等法院 → 高院).
_COURT = re.compile("(中级|初级|终审|高等)法院$")


def court_short_form(name: str) -> set[str]:
    """The short name of a court named in full (…中级法院 → 中院), or nothing."""
    m = _COURT.search(name)
    return {m.group(1)[0] + "院"} if m else set()


#: A police or army unit named in full is named by its own name later on (速龍小隊 … 速龍隊員,
#: 速龍警員: Hong Kong's press).
_UNIT = re.compile("([\u4e00-\u9fff]{2})小队$")


def unit_short_form(name: str) -> set[str]:
    """The short name of a unit named in full (速龙小队 → 速龙), or nothing."""
    m = _UNIT.search(name)
    return {m.group(1)} if m else set()


#: A city's or county's council named in full is "the city council" later on (臺南市議會 …
#: 市議會定期會24日起, 於市議會質詢: Taiwan's council releases).
_COUNCIL = "[\u4e00-\u9fff]{2}([市县]议会)$"


def council_short_form(name: str) -> set[str]:
    """The bare level and 议会 of a council named in full (台南市议会 → 市议会), or nothing."""
    m = re.search(_COUNCIL, name) if name.endswith("议会") else None
    return {m.group(1)} if m else set()


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def latin_bounded(masked: str, s: int, e: int) -> bool:
    """Whether a Latin name matched at ``masked[s:e]`` stands as a word of its own (NTSB, not
    the NTSB of NTSBX; AIT, not the AIT of WAIT; OneWeb, not the last word of Eutelsat OneWeb)."""
    if _latin(masked[s]) and s and _latin(masked[s - 1]):
        return False
    if _latin(masked[s]) and s >= 2 and masked[s - 2].isascii() and masked[s - 2].isalpha():
        return masked[s - 1] != " "  # the last word of a longer name (Eutelsat OneWeb)
    return not (_latin(masked[e - 1]) and e < len(masked) and _latin(masked[e]))


#: Words after a brand that make it part of a longer name: the company's own full name with an
#: industry or business word (远传电信, 台湾大哥大电信 beside 台湾大哥大公司) or one of its sites
#: (汉翔园区, a place beside 汉翔公司).
_LONGER_NAME = frozenset(
    "电信 电讯 银行 集团 公司 股份 控股 科技 实业 投资 园区 厂区 基地 厂房 工厂".split()
)


def brand_continues(masked: str, e: int) -> bool:
    """Whether the brand that ends at ``e`` goes on into a longer name (远传|电信)."""
    return masked[e : e + 2] in _LONGER_NAME


#: Characters after a university's short name (南大, 澳大, 台科大) with which its 大 makes a word of
#: its own (南大门, 台大型, 北大家): no short name there. 大师 is left out: 澳大师生 is the university's
#: teachers and students.
_BIG_WORDS = frozenset("门型量家会力多幅桥道街厦楼众陆战赛奖概约致批都事于气地同庆使规局熊猫")


def university_continues(masked: str, e: int) -> bool:
    """Whether a university's short name that ends at ``e`` reads as 大 + a word (南大|门)."""
    return masked[e : e + 1] in _BIG_WORDS


#: Words before a company's bare head that say which kind of company, not which one: other
#: companies of the kind (其他客船公司), one of them (一家储能公司).
_KIND_BEFORE = "(?:其他|其它|一家|多家|各家|这类|此类|该类|同类)"
#: A ranking inside the name (世界第四大汽车公司, 全国第二大银行): a description.
_RANKING = re.compile("第[一二三四五六七八九十两\\d]+大")


#: Where a kind of company is from, standing for a brand before its bare head (挪威公司 "a
#: Norwegian company", 西方公司, 當地合作公司, 泰國當地電訊公司): a foreign country (the
#: gazetteer's), a part of the world, or a word of origin or number.
_ORIGINS = re.compile(
    "(?:西方|东方|亚洲|欧洲|非洲|美洲|拉美|中东|欧美|当地|本地|外国|外地|海外|境外|外资|中资|日资"
    "|韩资|港资|台资|跨国|很多|许多|不少|一些|部分)+"
)


def country_before(name: str, countries: frozenset[str]) -> int:
    """The length of the country ``name`` opens with (挪威 in 挪威公司), or 0."""
    return next((k for k in range(min(len(name), 6), 1, -1) if name[:k] in countries), 0)


def _of_origin(name: str, countries: frozenset[str]) -> bool:
    """Whether ``name`` (a bare head's company) names a company only by where it is from: a
    country alone (挪威公司; 英國鋼鐵公司 is British Steel), or a word of origin after it or
    without it and then nothing but generic words (泰國當地電訊公司, 很多亞洲公司)."""
    brand = name[: -len(next(h for h in _BARE_HEADS if name.endswith(h)))]
    cut = country_before(brand, countries)
    if cut and cut == len(brand):
        return True
    m = _ORIGINS.match(brand, cut)
    if m is None:
        return False
    return m.end() == len(brand) or is_generic(brand[m.end() :])


def kinds_of_company(
    pivot: str, orgs: list[tuple[int, int, str]], countries: frozenset[str] = frozenset()
) -> set[str]:
    """The ORG names of ``orgs`` that are a kind of company, not a company: a name in 公司 or
    集团 written right before a Latin name (義大利儲能公司ENGIE EPS SA: the kind, then the
    company), one that ranks (世界第四大汽車公司), one named only by where it is from (挪威公司,
    西方公司, 當地合作公司; ``countries`` are the gazetteer's), and one the text also writes after
    a word of kind anywhere (其他客船公司, 一家储能公司). Their brands are not repeated either."""
    kinds: set[str] = set()
    rest: set[str] = set()
    for s, e, _t in orgs:
        name = pivot[s:e]
        if not name.endswith(_BARE_HEADS) or name.endswith(LEGAL_FORMS):
            continue
        if (
            _RANKING.search(name)
            or (e < len(pivot) and pivot[e].isascii() and pivot[e].isalpha())
            or _of_origin(name, countries)
        ):
            kinds.add(name)
        else:
            rest.add(name)
    rest -= kinds
    if rest:  # one pass over the text for every name left, not one per name
        after_kind = re.compile(f"{_KIND_BEFORE}({trie_pattern(rest)})")
        kinds |= {m.group(1) for m in after_kind.finditer(pivot)}
    return kinds


#: A body's short name in brackets right after its name: Chinese characters only, ending with the
#: body's own last character (崇明区交通委（建交委）, …办公室（区历保办）).
_BRACKET_ALIAS = re.compile("[（(]([\u4e00-\u9fff]{2,6})[）)]")


def bracket_aliases(masked: str, orgs: list[tuple[int, int, str]], taken: bytearray) -> list:
    """ORG candidates for the short names in brackets right after a body found (区交通委（建交
    委）): the short name ends like the body (委, 局, 办, 会 …) and is no place."""
    out = []
    for s, e, _t in orgs:
        m = _BRACKET_ALIAS.match(masked, e)
        if m is None or e - s < 3 or not m.group(1).endswith(masked[e - 1]):
            continue
        if "称" in m.group(1) or m.group(1)[:1] == "本":
            continue  # （以下簡稱本會）: a definition of the body's word for itself, no alias
        a, b = m.span(1)
        if not any(taken[a:b]):
            out.append((a, b, "ORG", 2))
    return out
