"""Companies that open the items of a work report's list of projects (round 17 of #13).

Work reports and their news list projects as the company and what it builds, several to a
sentence, and close the list with 等…项目: 中芯国际12英寸线、华星光电T7二期等项目; 芯业时代8英寸
半导体、弗迪12吉瓦时动力电池扩产等项目; 中船二期、中远海运船舶修造等新项目. The company is often
no listed name and carries no suffix, but the item's grammar gives it away: an item that opens
with a short run of Chinese characters followed at once by a figure, a Latin model or line
name (T7, V8, DCU) or a phase (二期) names its builder in that run — a project itself reads
西安咸阳国际机场T5航站楼 (a place and its facility) or 润泽智算中心三期 (a facility's head before
the phase), which are left alone.

Read after the names pass, on what it left free: a run any name already touches is not read.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.name_starts import stop_words
from gui.core.entities.names import MASK, Candidate, is_generic

#: A 、-list closed by 等 and, within one phrase, a word for projects (等项目, 等一批重大项目,
#: 等20个央陕合作项目); found by its end, and read back to the clause's start (after a mark, ASCII
#: ones too) within a bounded window, so that a long line with no mark costs no more than a short
#: one.
_MARKS = "，。；：！？,;:!?\n"
_LIST_END = re.compile(f"等[^{_MARKS}、]{{0,12}}项目")
#: The longest list of projects read (characters from the clause's start to 等).
_WINDOW = 400
#: The builder and what follows it at once: a masked figure (12英寸, 150亿方), a model or line
#: in capitals and digits (T7, V8, DCU, ABS; not a Latin name: 龙华Costco星河) or a phase (二期).
_ITEM = re.compile(
    f"([\u4e00-\u9fff]{{2,6}}?)(?:[{MASK}0-9]|[A-Z0-9]{{1,5}}(?![A-Za-z])|[一二三四五六七八九]期)"
)
#: Heads of facilities and places: a run ending in one names what is built, not who builds it
#: (润泽智算中心三期, 西安咸阳国际机场T5航站楼, 第二产业园3号楼).
_FACILITY_TAIL = re.compile(
    "(中心|基地|机场|园|区|城|港|站|线|厂|馆|院|校|大学|楼|路|桥|镇|村|县|市|省|湖|山|河|江|库|工程|"
    "项目|片|号|期|场|所|田|矿|井|谷|岛|湾|街|道)$"
)
#: Characters that no company name opens with: ordinals, demonstratives and words of amount
#: (第11代…, 该项目, 多个…, 新一批…).
_NOT_FIRST = frozenset("第该本各每其此这那多新全总共约近超逾")


def project_companies(masked: str, gaz: Gazetteer, taken: bytearray) -> list[Candidate]:
    """ORG candidates for the builders that open the items of a list of projects."""
    out: list[Candidate] = []
    read = -1
    for m in _LIST_END.finditer(masked):
        window = max(0, m.start() - _WINDOW)
        mark = max(masked.rfind(c, window, m.start()) for c in _MARKS)
        if mark >= 0:
            window = mark + 1
        elif window:
            continue  # no clause's start in reach: no list of projects
        if window <= read:
            continue
        read = pos = window
        items = []
        for raw in masked[window : m.start()].split("、"):
            items.append((pos, pos + len(raw)))
            pos += len(raw) + 1
        found = [_builder(masked, s, e, gaz, len(items) > 1) for s, e in items]
        for s, e in filter(None, found):
            if not any(taken[s:e]):
                out.append((s, e, "ORG", 2))
        if any(found) or any(_known_builder(masked, s, e, gaz) for s, e in items):
            out += _named_items(masked, items, found, gaz, taken)
    return out


def _builder(masked: str, s: int, e: int, gaz: Gazetteer, listed: bool) -> tuple[int, int] | None:
    """The builder that opens the item ``masked[s:e]``: before a figure, a model or a phase
    (in a list of two items or more), or before what it builds (:func:`_before_product`)."""
    item = _ITEM.match(masked, s, e) if listed else None
    if item and _is_builder(item.group(1), gaz):
        return item.span(1)
    return _before_product(masked, s, e, gaz)


#: Words that open what a company builds: an industry or a kind of product (法士特|新能源汽车
#: 传动系统, 恒神|高性能碳纤维, 国能|煤炭综合利用, 人和集团|新能源材料, 绍兴中芯|数模混合集成电路),
#: with Taiwan's words for the same (积体电路, 晶片, 高效能).
_PRODUCT = re.compile(
    "新能源|高性能|高效能|煤炭|煤化工|数模|集成电路|积体电路|动力电池|碳纤维|新材料|储能|半导体|芯片|晶片|"
    "光伏|锂电|氢能|生物医药|显示面板|算力"
)
_PRODUCT_END = re.compile(f"(?:{_PRODUCT.pattern})$")
#: Heads that end a company's own name (国机智能装备): an item ending in one may be the
#: company whole, and is left alone.
_COMPANY_TAIL = re.compile("(装备|科技|电子|股份|集团|控股|实业|能源|重工|机械)$")


def _before_product(masked: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The company of an item read as a builder and a product phrase of four characters or
    more (a place before the builder is left to the place stages: 台州|弗迪|新能源动力电池)."""
    item = masked[s:e]
    facility = _FACILITY_TAIL.search(item) and not _PRODUCT_END.search(item)  # 集成电路: no 路
    if facility or _COMPANY_TAIL.search(item):
        return None
    place = gaz.place_re.match(item)
    first = place.end() if place and place.end() <= len(item) - 6 else 0
    product = _PRODUCT.search(item, first + 2, first + 7)
    if not product or len(item) - product.start() < 4:
        return None
    name = item[first : product.start()]
    return (s + first, s + product.start()) if _is_named(name, gaz) else None


def _is_named(name: str, gaz: Gazetteer) -> bool:
    """A builder read without a figure after it: opening with no stop word, and no rarer verb or
    designation words only either (建设一批|高性能…, 绿色金融 name no company; 人和集团 does)."""
    if not _is_builder(name, gaz) or is_generic(name):
        return False
    if any(m.start() == 0 for m in stop_words(name)):
        return False
    return not {name[i : i + 2] for i in range(len(name) - 1)} & gaz.rare_verbs


def _known_builder(masked: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """Whether the item opens with a known company (长江存储二期: a company and its phase)."""
    known = gaz.org_re.match(masked, s, e)
    return bool(known and known.end() < e and _PHASE.fullmatch(masked, known.end(), e))


_PHASE = re.compile("[一二三四五六七八九]期")


def _named_items(masked, items, found, gaz, taken) -> list[Candidate]:
    """In a list of projects with a builder found, an item of two to six characters that is no
    facility, place or phrase of verbs is a company named alone (长江存储二期、东风岚图、邦普时代)."""
    out: list[Candidate] = []
    for (s, e), builder in zip(items, found, strict=True):
        if builder or not 2 <= e - s <= 6 or any(taken[s:e]) or _PRODUCT.search(masked, s, e):
            continue
        if gaz.org_re.match(masked, s, e):
            continue
        if _is_named(masked[s:e], gaz):
            out.append((s, e, "ORG", 3))
    return out


def _is_builder(name: str, gaz: Gazetteer) -> bool:
    """Whether the run opening an item can be a company's name: no facility or place, no
    ordinal (重点推进第11代…), no list's 等 (邦普时代等1.1万个) and no verb or function word
    inside (重点推进)."""
    if name[0] in _NOT_FIRST or "第" in name or "等" in name or _FACILITY_TAIL.search(name):
        return False
    if name in gaz.places or name[:2] in gaz.places:
        return False
    pairs = {name[i : i + 2] for i in range(len(name) - 1)}
    return not (pairs & gaz.verbs or pairs & gaz.function_words)
