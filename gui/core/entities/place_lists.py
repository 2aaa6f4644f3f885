"""Places named by the lists they stand in (LOC), on the masked pivot: a bare district name
that is also a common word beside a place in a 、-list (海淀、朝阳), the members of a list closed by
等地 / 等区域 or counted as counties (宜川、平利等5个县区). Split from
:mod:`gui.core.entities.places`, whose boundary tests it uses.
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities import name_starts, names
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate
from gui.core.entities.places import left_boundary, name_like

_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def list_neighbours(
    masked: str, spans: list[tuple[int, int]], gaz: Gazetteer, taken: bytearray
) -> list[Candidate]:
    """A bare place name that is also a common word (朝阳, 和平) is a place in a 、-list of
    places (海淀、朝阳、丰台), and a site beside a site of its kind (外港码头、内港码头; 东区崇贤公园、
    南区S34公园): lists hold like with like."""
    out: list[Candidate] = []
    todo = list(spans)
    seen = set(spans)
    while todo:
        s, e = todo.pop()
        for cs, ce in _neighbours(masked, s, e):
            name = masked[cs:ce]
            if (cs, ce) in seen or any(taken[cs:ce]) or name not in gaz.bare_in_lists:
                continue
            seen.add((cs, ce))
            todo.append((cs, ce))
            out.append((cs, ce, "LOC", 4))
        kind = ""
        if masked[e - 1 : e] in _KIND_ENDS:
            kind = next((k for k in _SITE_KINDS if masked.endswith(k, s, e) and e - s > len(k)), "")
        for cs, ce in _kin(masked, s, e, kind, gaz) if kind else ():
            if (cs, ce) not in seen and not any(taken[cs:ce]):
                seen.add((cs, ce))
                todo.append((cs, ce))
                out.append((cs, ce, "LOC", 4))
    return out


# Kinds of site whose members a list names by their own names (内港码头, 南区S34公园, 安平海岸).
_SITE_KINDS = (
    "公园",
    "码头",
    "广场",
    "海岸",
    "沙洲",
    "湿地",
    "公墓",
    "渔港",
    "水库",
    "口岸",
    "商圈",
    # Towns and townships: a town whose name a pattern cannot tell from a word (奉城镇: 城镇 is
    # "towns") beside towns found (南桥镇、庄行镇、奉城镇、金汇镇).
    "镇",
    "乡",
)
_KIND_ENDS = frozenset(k[-1] for k in _SITE_KINDS)
_ITEM_STOP = frozenset("、，。；：！？（）()「」“”《》及和与等\n " + names.MASK)


def _kin(masked: str, s: int, e: int, kind: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The members of the list around ``s:e`` on either side that end in the same ``kind``
    and whose name before it reads as one (two to twelve characters, letters and digits too)."""
    found = []
    if masked[e : e + 1] in ("、", "及", "和"):
        j = e + 1
        while j < len(masked) and j - e <= 16 and masked[j] not in _ITEM_STOP:
            j += 1
        if masked.endswith(kind, e + 1, j):
            found.append((e + 1, j))
    if s > 1 and masked[s - 1] in ("、", "及", "和"):
        i = s - 1
        while i > 0 and s - i <= 16 and masked[i - 1] not in _ITEM_STOP:
            i -= 1
        if masked.endswith(kind, i, s - 1):
            if masked[i - 1 : i] not in _ITEM_STOP:
                i = max(i, name_starts.name_start(masked, s - 1 - len(kind), gaz))
            found.append((i, s - 1))
    out = []
    for cs, ce in found:
        core = masked[cs : ce - len(kind)]
        if 2 <= len(core) <= 12 and name_like(core, gaz) and not names.is_generic(core):
            out.append((cs, ce))
    return out


# A 、-list counted as counties or districts (宜川、平利等5个县区) is a list of places.
# Found from its count, then read backwards (the count is masked as a quantity by now: 5个 is
# two mask characters).
_COUNT_OF_PLACES = re.compile(
    f"等[\\d一二三四五六七八九十{names.MASK}]{{1,4}}个?(?:县区|区县|县市|市县|县|区|地市|城市|市)"
)
_COUNTED_LIST = re.compile("(?:[\\u4e00-\\u9fff]{2,3}、)+[\\u4e00-\\u9fff]{2,3}$")


# A 、-list closed by "and other places" (东山、六甲、楠西等地, 北门、将军及安平等重要渔港,
# 北门、将军、七股等区) names places: its members are read as districts by their bare names.
_PLACES_AFTER = re.compile("等(?:地|地区|区|乡镇|(?:重要|主要)?(?:渔港|港口))")
_NAMED_LIST = re.compile(
    "(?:[\\u4e00-\\u9fff]{2,3}、)+[\\u4e00-\\u9fff]{2,3}(?:[及和][\\u4e00-\\u9fff]{2,3})?$"
)


def _bare_district(item: str, gaz: Gazetteer) -> bool:
    return item in gaz.bare_in_lists or any(item + k in gaz.counties for k in "区县市")


def listed_places(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The members of a 、-list closed by 等地 / 等区 / 等渔港 are places when most of them are
    districts named bare; the others are then places too (lists hold like with like). The
    first member may hold the word before the list (造成|东山): it is cut to its known name."""
    out: list[Candidate] = []
    for after in _PLACES_AFTER.finditer(masked):
        m = _NAMED_LIST.search(masked, max(0, after.start() - 40), after.start())
        if not m:
            continue
        items, pos = [], m.start()
        parts = m.group().split("、")
        last = re.fullmatch("(.{2,3})[及和](.{2,3})", parts[-1])
        if last:
            parts[-1:] = [last.group(1), last.group(2)]
        for part in parts:
            items.append((pos, part))
            pos += len(part) + 1
        first_pos, first = items[0]
        if not _bare_district(first, gaz) and _bare_district(first[1:], gaz):
            items[0] = (first_pos + 1, first[1:])
        elif not _bare_district(first, gaz):
            items = items[1:]  # 学甲湿地、七股: the first member is something else
        known = sum(_bare_district(item, gaz) for _p, item in items)
        if not items or known * 2 < len(items):
            continue
        out += [(p, p + len(item), "LOC", 4) for p, item in items]
    return out + _listed_areas(masked, gaz)


# A 、-list closed by 等区域 / 等片区 names areas (推进吴淞、南大、桃浦等区域转型): its members are
# places when each reads as a short name, not a direction or a common word (东部、中部等地区).
_AREAS_AFTER = re.compile("等(?:重点)?(?:区域|片区)")
_DIRECTION_WORDS = re.compile("[东西南北中]部|沿海|内陆|城区|郊区|农村|城市|周边")


def _list_items(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[tuple[int, str]]:
    """The members of the 、-list ``m`` with their offsets; the first starts where a name can."""
    parts = m.group().split("、")
    first_end = m.start() + len(parts[0])
    start = max(m.start(), name_starts.name_start(masked, first_end, gaz))
    items, pos = [], start
    for part in [masked[start:first_end]] + parts[1:]:
        items.append((pos, part))
        pos += len(part) + 1
    return items


def _listed_areas(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for after in _AREAS_AFTER.finditer(masked):
        m = _NAMED_LIST.search(masked, max(0, after.start() - 40), after.start())
        if not m or "和" in m.group() or "及" in m.group():
            continue
        items = _list_items(masked, m, gaz)
        if all(
            len(item) >= 2
            and name_like(item, gaz)
            and not _DIRECTION_WORDS.search(item)
            and item not in gaz.function_words
            for _p, item in items
        ):
            out += [(p, p + len(item), "LOC", 4) for p, item in items]
    return out


# A 、-list closed by a count of zones (宝安燕罗、龙岗宝龙、…、深汕智造城等20个先进制造业园区;
# 深圳湾超级总部基地、…、坝光国际生物谷等20个重点片区) names zones and sites, the way a work
# report lists what a plan builds: its members are places when most of them read as one — a
# place or a district named bare at the start, or a zone's suffix at the end.
_COUNTED_ZONES = re.compile(f"等{names.MASK}+[\\u4e00-\\u9fff]{{0,6}}?(?:片区|园区)")
_ZONE_LIST = re.compile("(?:[\\u4e00-\\u9fff-]{2,9}、)+[\\u4e00-\\u9fff-]{2,9}$")
_ZONE_END = re.compile(f"(?:{'|'.join(sorted(lx.ZONE_SUFFIXES, key=len, reverse=True))})$")


def _reads_as_zone(item: str, gaz: Gazetteer) -> bool:
    return bool(
        names.starts_with_place(item, gaz)
        or any(item[:k] + level in gaz.counties for k in (2, 3) for level in "区县市")
        or _ZONE_END.search(item)
    )


def counted_zones(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The members of a 、-list closed by a count of zones (…、坪山燕子湖、坝光国际生物谷等20个重点
    片区) are places where most of them read as places or zones and each as a name."""
    out: list[Candidate] = []
    for count in _COUNTED_ZONES.finditer(masked):
        m = _ZONE_LIST.search(masked, max(0, count.start() - 100), count.start())
        if not m:
            continue
        items = _list_items(masked, m, gaz)
        if not all(len(item) >= 2 and name_like(item, gaz) for _p, item in items):
            continue
        if sum(_reads_as_zone(item, gaz) for _p, item in items) * 2 > len(items):
            out += [(p, p + len(item), "LOC", 4) for p, item in items]
    return out


def counted_places(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The members of a 、-list that a count calls counties or cities (宜川、平利等5个县区)
    are places where the gazetteer knows them by that bare name."""
    out: list[Candidate] = listed_places(masked, gaz) + counted_zones(masked, gaz)
    for count in _COUNT_OF_PLACES.finditer(masked):
        m = _COUNTED_LIST.search(masked, max(0, count.start() - 40), count.start())
        if not m:
            continue
        pos = m.start()
        for item in m.group().split("、"):
            if item in gaz.bare_in_lists or item in gaz.places:
                out.append((pos, pos + len(item), "LOC", 4))
            pos += len(item) + 1
    return out


def _neighbours(masked: str, s: int, e: int) -> list[tuple[int, int]]:
    # Every reading of an item (新增仙桃, 仙桃; 大冶 before its count): the caller keeps places.
    found = []
    if masked[e : e + 1] == "、":
        for k in (4, 3, 2):
            end = e + 1 + k
            if _LIST_ITEM.fullmatch(masked, e + 1, end) and masked[end : end + 1] in _ITEM_END:
                found.append((e + 1, end))
    if masked[e : e + 1] in "及和":
        # …、新营及柳营: the list's end; a pair of two (永康及安定均已设置) ends in a mark or in
        # the adverb that takes both as its subject.
        ends = "）)，。；等" if masked[s - 1 : s] == "、" else _PAIR_END
        for k in (3, 2):
            end = e + 1 + k
            if _LIST_ITEM.fullmatch(masked, e + 1, end) and masked[end : end + 1] in ends:
                found.append((e + 1, end))
                break
    if s > 1 and masked[s - 1] == "、":
        for k in (4, 3, 2):
            begin = s - 1 - k
            if begin < 0 or not _LIST_ITEM.fullmatch(masked, begin, s - 1):
                continue
            if left_boundary(masked, begin):
                found.append((begin, s - 1))
    return found


_ITEM_END = "、等和及，。" + names.MASK
# After a pair of places joined by 及 or 和: a mark, or an adverb whose subject the pair is
# (均, 都, 分别, 两地, 各, 共同).
_PAIR_END = "）)，。；等均都分两各共"


# What may follow the last member of a list of bare names: a mark, 等, or an adverb whose
# subject the list is (安康、石泉分别入选, 曾都、下陆均…).
_BARE_LIST_END = "、，。；：）)等和及均都分两各共先相" + names.MASK


def bare_lists(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A 、-list whose every member is a county or prefecture named bare (安康、石泉分别入选)
    names places, though no member was found alone (安康 is also "wellbeing"): lists hold like
    with like, and a list of values (和平、安定、团结) has a member that is no place."""
    if "、" not in masked:
        return []
    bare = gaz.bare_in_lists
    out: list[Candidate] = []
    i = masked.find("、")
    while i != -1:
        seps = [i]
        while True:  # the run of 、 whose members between them are two or three characters
            k = masked.find("、", seps[-1] + 3, seps[-1] + 5)
            if k == -1 or not _LIST_ITEM.fullmatch(masked, seps[-1] + 1, k):
                break
            seps.append(k)
        i = masked.find("、", seps[-1] + 1)
        first = next((k for k in (3, 2) if masked[seps[0] - k : seps[0]] in bare), 0)
        if not first or not left_boundary(masked, seps[0] - first):
            continue
        items = [(seps[0] - first, seps[0])]
        items += [(a + 1, b) for a, b in zip(seps, seps[1:], strict=False)]
        tail = seps[-1] + 1
        last = next(
            (
                k
                for k in (3, 2)
                if masked[tail : tail + k] in bare
                and masked[tail + k : tail + k + 1] in _BARE_LIST_END
            ),
            0,
        )
        if not last:
            continue
        items.append((tail, tail + last))
        if all(masked[a:b] in bare for a, b in items):
            out += [(a, b, "LOC", 4) for a, b in items]
    return out
