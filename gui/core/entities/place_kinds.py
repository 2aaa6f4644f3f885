"""Places named by a kind word or a frame the level readers do not read (LOC), each a scan
anchored on its word, on the masked pivot. Session 26 (e49), written on the LOC misses of the
tuning dev 公文 and releases:

- a city's **special economic zone** (珠海经济特区, 深圳经济特区): the zone is one place with its city,
  as a named zone is (兰州高新区); the city alone was read;
- a **world region and 区域** (亚太区域, 东南亚区域): one place, as 印太区域 (world_places.txt);
  not before 合作 or 一体化, the fixed terms "regional cooperation, integration" (推进亚太|区域合作);
  a province's or a delta's 区域 is not taken (长三角区域统一地方标准: the gold keeps 长三角);
- a **Taiwan village (里)** by the frames it stands in — before its head's title (公园里长林志雅,
  长兴里里长) and in a list of villages (六安里与安西里交界处). 里 alone is a word of every text
  (这里, 公里, 万里), so the name is two characters, no pronoun or particle, after a mark, a
  conjunction or its district;
- a **list of sites of one kind** (双春海岸、北门海埔地海岸、北门潟湖沙洲…及黄金海岸; 复兴河、月牙河):
  where two or more members of a list end in a kind word (the coast, river mouths, wetlands, old
  streets, parks, squares, markets, scenic and planning areas, communities, rivers, lakes,
  streams, streets), every member that does is a place;
- a **road by its network code** (G320国道, 外环西段、G320);
- the **other side of a border** (马鬃山村与培石交界处: the name after a place and 与 before 交界 or
  接壤).
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities import names
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate

_HAN = "\u4e00-\u9fff"

# -- special economic zones ------------------------------------------------------------------

_ZONE_WORD = "经济特区"


def special_zones(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A city (or Hainan) before 经济特区: one LOC with the zone word (珠海经济特区)."""
    out: list[Candidate] = []
    at = masked.find(_ZONE_WORD)
    while at >= 0:
        end = at + len(_ZONE_WORD)
        city = at - 1 if masked[at - 1 : at] == "市" else at  # 深圳市经济特区
        for k in (2, 3, 4):  # the shortest stretch before it that is a place
            name = masked[max(0, city - k) : city]
            if len(name) == k and name in gaz.places:
                out.append((city - k, end, "LOC", 2))
                break
        at = masked.find(_ZONE_WORD, end)
    return out


# -- world regions and 区域 -------------------------------------------------------------------

_WORLD_REGIONS = (
    *("亚太", "东南亚", "东北亚", "东亚", "南亚", "中亚", "西亚", "欧亚"),
    *("拉美", "中东", "北美", "南美", "北非", "西非", "东非"),
)
_AREA = re.compile("区域(?!合作|一体化)")


def region_areas(masked: str) -> list[Candidate]:
    """A region of the world before 区域 (亚太区域): one LOC."""
    out: list[Candidate] = []
    for m in _AREA.finditer(masked):
        at = m.start()
        region = next((r for r in _WORLD_REGIONS if masked.endswith(r, 0, at)), "")
        if region and masked[at - len(region) - 1 : at - len(region)] not in ("内", "外"):
            out.append((at - len(region), m.end(), "LOC", 2))
    return out


# -- Taiwan villages (里) ----------------------------------------------------------------------

# Characters no village's two-character name holds (pronouns, particles, prepositions), and the
# characters that make a word with 里 before it ("inside", "mile": 这里, 心里, 夜里, 公里, 千里,
# 城里, 村里, 家里).
_NOT_IN_VILLAGE = frozenset("这那哪些里的了在是和与及或等到从向于对把被也都就")
_NOT_BEFORE_LI = frozenset("边面内外心家子头城村乡镇夜公千万百十几")
# What stands right before a village's name: a mark, a line, a conjunction, or its district.
_VILLAGE_LEFT = frozenset("，、。；：（(\n 与及和暨区")
# A village named before its head's title, or in a list of villages: matched at 里, the two
# characters of the name read before it.
_VILLAGE = re.compile(
    f"里(?=里?长(?!城|江|征|跑|期|久|远|途|短|度|大)[{_HAN}\\s])"
    f"|里(?=[与及和、](?P<c>[{_HAN}]{{2}})里(?![长程面边外内]))"
)
_HAN_CHAR = re.compile(f"[{_HAN}]")


def _village_name(name: str, before: str, gaz: Gazetteer) -> bool:
    return (
        len(name) == 2
        and all(_HAN_CHAR.match(ch) for ch in name)
        and not (set(name) & _NOT_IN_VILLAGE)
        and name[-1] not in _NOT_BEFORE_LI
        and (before == "" or before in _VILLAGE_LEFT)
        and name not in gaz.function_words
        and name not in gaz.verbs
    )


def villages(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Taiwan villages (里) by their frames: 公园里长, 六安里与安西里."""
    out: list[Candidate] = []
    for m in _VILLAGE.finditer(masked):
        start = m.start() - 2
        if start < 0 or not _village_name(
            masked[start : m.start()], masked[start - 1 : start], gaz
        ):
            continue
        out.append((start, start + 3, "LOC", 3))
        if m.group("c") and _village_name(m.group("c"), "与", gaz):
            second = m.end() + 1
            out.append((second, second + 3, "LOC", 3))
    return out


# -- lists of sites of one kind ---------------------------------------------------------------

# Kind words of sites a notice lists by their own names: the coast's sections, sand bars, river
# mouths, wetlands, old streets, parks, squares, markets, scenic and planning areas, communities,
# rivers, lakes, streams and streets (roads and avenues have readers of their own). None alone
# makes a member a place: two members of one list must end in one, each with a name of two or
# more characters before it.
_SITE_KINDS = (
    "海岸 沙洲 溪口 河口 湿地 老街 公园 广场 市场 码头 水库 公墓 商圈 景区 片区 社区 河 江 湖 溪 街"
).split()
_KIND_END = re.compile("(?:" + "|".join(sorted(_SITE_KINDS, key=len, reverse=True)) + ")$")
# A list: members of two to ten characters joined by 、 (the last one may hold 及, 和, 与 before
# a member of its own), or two members joined by 及, 和, 与.
_KIND_LIST = re.compile(
    f"[{_HAN}0-9]{{2,10}}(?:、[{_HAN}0-9]{{2,10}})+|[{_HAN}0-9]{{2,10}}[及和与][{_HAN}0-9]{{2,10}}"
)
_JOINS = re.compile("及|和|与")
_SITE_LEFT = frozenset("在至到于及和与自从的")
_NOT_IN_SITE = frozenset("的了在是等到从向于对把被也都就各本该这那此其个条座处及和与")
# A count or an age opens no site's name (百年市场 "the century-old market"); 七股, 三江 do.
_NUMERALS = frozenset("百千万两几多")
# Where a list of sites can be: a kind word right before a joiner (two members end in one, so one
# of them stands before the next member); the list is read around it.
_SEED = re.compile("(?:" + "|".join(sorted(_SITE_KINDS, key=len, reverse=True)) + ")(?=[、及和与])")


def _words(gaz: Gazetteer) -> tuple[frozenset[str], ...]:
    return (gaz.verbs, gaz.rare_verbs, gaz.function_words)


def _is_word(pair: str, gaz: Gazetteer) -> bool:
    return any(pair in words for words in _words(gaz))


def _site_member(piece: str, gaz: Gazetteer) -> bool:
    """Whether ``piece`` reads as a site of a listed kind named by a name of its own — not a
    district with its shopping area (中西区商圈: the gold keeps the district alone)."""
    kind = _KIND_END.search(piece)
    if not kind:
        return False
    body = piece[: kind.start()]
    return (
        len(body) >= 2
        and not (set(body) & _NOT_IN_SITE)
        and body[0] not in _NUMERALS
        and body not in lx.GENERIC
        and not _is_word(body[:2], gaz)
        and not (kind.group() == "商圈" and body in gaz.places)
        and not body.isdigit()
    )


def _first_member_start(masked: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Where the first member of a list starts (包含|双春海岸, 改造|机场大道): a name of two to
    four characters after a mark or a line, or of two to five after a particle, a verb or a
    function word that ends right there (改造|机场, not 改|造机场); -1 where no start is so
    bounded."""
    kind = _KIND_END.search(masked, start, end)
    body_end = kind.start() if kind else end
    for k in range(min(5, body_end - start), 1, -1):
        at = body_end - k
        before = masked[max(0, at - 2) : at]
        if (
            masked[at] in _SITE_LEFT
            or set(masked[at:body_end]) & _NOT_IN_SITE
            or _is_word(masked[at : at + 2], gaz)
            or _is_word(masked[at - 1 : at + 1], gaz)
        ):
            continue
        if ((not before or not re.match(f"[{_HAN}]", before[-1])) and k <= 4) or (
            before[-1:] in _SITE_LEFT or _is_word(before, gaz)
        ):
            return at
    return -1


def _last_member(piece: str) -> str:
    """The last member of a list without what follows it (白沙河|等河道, 西城片区|改造): up to
    the first particle, then the longest stretch ending in a kind word that no word runs across
    (祐汉街市 is no 街, 河道 no 河)."""
    cut = next((i for i, ch in enumerate(piece) if ch in _NOT_IN_SITE), len(piece))
    piece = piece[:cut]
    for end in range(len(piece), 2, -1):
        if _KIND_END.search(piece, 0, end) and (end == len(piece) or piece[end] in _AFTER_SITE):
            return piece[:end]
    return ""


# What may follow a listed site in its sentence: the first character of a verb of what is done
# there or to it (改造, 设立, 建设, 举行, 开展, 评为, 实施, 整治, 周边, 沿线, 一带).
_AFTER_SITE = frozenset("改设建举开评实整周沿一为成进作已将获被全")


def _pieces(m: re.Match[str]) -> list[tuple[int, str]]:
    """The members of the list ``m`` with their offsets: split at 、, the last one also at a
    及, 和 or 与 that stands between two members (和平路 keeps its 和)."""
    out, pos = [], m.start()
    for piece in m.group().split("、"):
        out.append((pos, piece))
        pos += len(piece) + 1
    lp, last = out[-1]
    for j in _JOINS.finditer(last):
        i = j.start()
        if i >= 3 and _KIND_END.search(last, 0, i):
            out[-1] = (lp, last[:i])
            out.append((lp + i + 1, last[i + 1 :]))
            break
    lp, last = out[-1]
    out[-1] = (lp, _last_member(last))
    return out


def site_lists(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The members of a list of sites of one kind (双春海岸、北门海埔地海岸…及黄金海岸;
    复兴河、月牙河; 实践街、西门路): LOC each, where two or more of them end in a kind word."""
    out: list[Candidate] = []
    done = 0
    for seed in _SEED.finditer(masked):
        if seed.end() <= done:
            continue
        m = _KIND_LIST.search(masked, max(done, seed.end() - 12), seed.end() + 120)
        if not m or m.start() > seed.end():
            continue
        done = m.end()
        parts = _pieces(m)
        if len(parts) < 2:
            continue
        first_pos, first = parts[0]
        at = _first_member_start(masked, first_pos, first_pos + len(first), gaz)
        parts[0] = (at, masked[at : first_pos + len(first)]) if at >= 0 else (first_pos, "")
        good = [(p, piece) for p, piece in parts if _site_member(piece, gaz)]
        if len(good) >= 2:
            out += [(p, p + len(piece), "LOC", 4) for p, piece in good]
    return out


# -- roads by their network code ----------------------------------------------------------------

# A national or provincial road by its code (G320, S226, G1501): a road's code before 国道, 省道,
# 高速 or 公路 (one place with it), or as a member of a 、-list of roads (外环西段、G320、北横通道).
# Not a summit (G20, G7: two digits at most, no road beside them) nor a train (G1234次).
_ROAD_CODE = re.compile(
    "[GS](?<![A-Za-z0-9][GS])[0-9]{2,4}(?![A-Za-z0-9])(国道|省道|高速公路|高速|公路)?"
)
_ROAD_END = re.compile("(?:路|道|段|线|高速|高架|通道|隧道|桥)$")


def road_codes(masked: str, spans: list[tuple[int, int]]) -> list[Candidate]:
    """Roads named by their code (LOC): before a road word, or between roads of a 、-list
    (``spans``: the places found, by their offsets)."""
    out: list[Candidate] = []
    ends = {e: s for s, e in spans}
    starts = {s: e for s, e in spans}
    for m in _ROAD_CODE.finditer(masked):
        s, e = m.span()
        if m.group(1):
            out.append((s, e, "LOC", 3))
            continue
        if len(m.group()) < 4 or masked[e : e + 1] == "次":
            continue  # G20, G7 summits; G1234次 trains
        before = ends.get(s - 1) if masked[s - 1 : s] == "、" else None
        after = starts.get(e + 1) if masked[e : e + 1] == "、" else None
        if (before is not None and _ROAD_END.search(masked, before, s - 1)) or (
            after is not None and _ROAD_END.search(masked, e + 1, after)
        ):
            out.append((s, e, "LOC", 3))
    return out


# -- the other side of a border ---------------------------------------------------------------

# Two places at their common border (马鬃山村与培石交界处, 甲县和乙县接壤): where one is a place
# found, the other — a name of two or three characters, no particle, verb or function word — is
# one too.
_BORDER_AFTER = re.compile(f"[与和及]([{_HAN}]{{2,3}}?)(?=交界|接壤)")
_NOT_IN_BORDER_NAME = frozenset("的了在是和与及或等到从向于对把被也都就各本该这那此其个年月日两")


def _border_name(name: str, gaz: Gazetteer) -> bool:
    return (
        not (set(name) & _NOT_IN_BORDER_NAME)
        and not _is_word(name[:2], gaz)
        and not _is_word(name[-2:], gaz)
        and name not in lx.GENERIC
    )


def border_partners(masked: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """The unnamed side of two places at their border (LOC): 马鬃山村与|培石|交界处."""
    out: list[Candidate] = []
    for _s, e in spans:
        m = _BORDER_AFTER.match(masked, e)
        if m and _border_name(m.group(1), gaz):
            out.append((m.start(1), m.end(1), "LOC", 4))
    return out


# -- sites in a frame of place ---------------------------------------------------------------

# A site named by a proper name and a word of its kind, where the sentence puts it as the place of
# an act: after 在/于/至/到/自 or a verb of going (前往, 进入, 抵达, 参观, 走进, 来到, 靠泊) and before
# the act or a clause's mark (在九澳油庫舉行, 自安平商港啟航, 在水交社文化園區規劃…, 前往南郊宾馆北门,
# 於將軍漁港建置, 在安平漁光島森林，, 參觀紫東國際創意園和…, 进入南郊宾馆). The frame gives the
# name its left edge, which a kind word alone does not (开发园区, 写字大楼 are kinds); the kinds are
# those no body is named by (an oil depot, a port, a park of industry or culture, a forest, an old
# street, a building, a guesthouse, a hall): 中心, 馆 and 市场 are bodies as often. A gate is one
# place with its site (南郊宾馆北门) (round e51).
_FRAMED_KIND = re.compile(
    "(油库|商港|渔港|文化园区|园区|创意园|产业园|科技园|森林|老街|大楼|宾馆|会堂|礼堂"
    "|航道|旧址|公园|度假村|渡假村|名人堂)(?:[东南西北正]门)?"
)
_AFTER_FRAMED = frozenset("举召开出参进推规设建展办启，。、；及和与的内前外旁")
# Led by a known place, a site of the kinds no body is named by is one place with it, the place
# giving the left edge (路环九澳油库, 澳门外港航道, 安平商港, 上海船厂旧址, 安南区东和里宠物友善公园, 后壁
# 菁寮老街, 柳营尖山埤渡假村, 台湾棒球名人堂), unless the kind word goes on into a road's or a
# body's name (公园路, 公园管理处).
_PLACE_LED = frozenset("油库 商港 渔港 航道 旧址 公园 老街 森林 度假村 渡假村 名人堂".split())
_GOES_ON = frozenset("路街道站区管处局所委会中")
_FRAMES = (
    "在",
    "于",
    "至",
    "到",
    "自",
    "赴",
    "前往",
    "进入",
    "抵达",
    "参观",
    "走进",
    "来到",
    "靠泊",
)
_NOT_IN_FRAMED = frozenset("的了在是和与及或等到从向于对把被也都就各本该这那此其个些条座家所新")


def framed_sites(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A site of one of the kinds above after a frame of place: two to eight characters of name
    between the frame and the kind word, none of them a function word."""
    out: list[Candidate] = []
    for m in _FRAMED_KIND.finditer(masked):
        s = m.start()
        gate = m.end() > m.end(1)
        after = masked[m.end() : m.end() + 1]
        if m.group(1) in _PLACE_LED and after not in _GOES_ON:
            led = _place_led(masked, s, gaz)
            if led is not None:
                out.append((led, m.end(), "LOC", 3))
                continue
        if not (gate or not after or after in _AFTER_FRAMED):
            continue
        for k in range(2, min(s, 8) + 1):
            name = masked[s - k : s]
            if name[0] in _NOT_IN_FRAMED or not _HAN_CHAR.match(name[0]):
                break
            if masked[s - k - 2 : s - k] in _FRAMES or masked[s - k - 1 : s - k] in _FRAMES:
                # A generic word before the kind word makes it a kind (进入市场|工业园区: the
                # industrial parks), unless it is 国际, a word of names (紫东国际创意园).
                last = name[-2:]
                kind = last != "国际" and names.is_generic(last)
                if not any(name[i : i + 2] in gaz.function_words for i in range(k - 1)) and not (
                    kind or names.is_generic(name) or name in gaz.verbs
                ):
                    out.append((s - k, m.end(), "LOC", 3))
                break
    return out


def _place_led(masked: str, s: int, gaz: Gazetteer) -> int | None:
    """The start of a site's name that opens with a known place at a word's start: the place
    and at most eight characters of name before the kind word at ``s``, no function word in them."""
    from gui.core.entities.places import left_boundary

    for k in range(min(s, 12), 1, -1):
        part = masked[s - k : s]
        if not _HAN_CHAR.match(part[0]):
            continue
        if not (left_boundary(masked, s - k) or masked[s - k - 2 : s - k] in gaz.verbs):
            continue  # (a verb before it ends a word too: 模拟|路环九澳油库)
        place = gaz.place_re.match(part)
        if not place or len(part) - place.end() > 8:
            continue
        rest = part[place.end() :]
        if not all(_HAN_CHAR.match(ch) and ch not in _NOT_IN_FRAMED for ch in rest):
            continue
        if any(rest[i : i + 2] in gaz.function_words for i in range(len(rest) - 1)):
            continue
        return s - k
    return None


def kind_places(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The places this module reads by their kind word, each scan only where its word occurs."""
    found = special_zones(masked, gaz) if "经济特区" in masked else []
    found += region_areas(masked) if "区域" in masked else []
    found += villages(masked, gaz) if "里" in masked else []
    found += framed_sites(masked, gaz)
    return found + site_lists(masked, gaz)


def neighbours(masked: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """Places read beside places already found: a road by its code in a list of roads (外环西段、G320、
    北横通道) and the other side of a border (马鬃山村与培石交界处)."""
    found = road_codes(masked, spans) if "G" in masked or "S" in masked else []
    if "交界" in masked or "接壤" in masked:
        found += border_partners(masked, spans, gaz)
    return found
