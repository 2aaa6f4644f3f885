"""Chains of names, joined after selection: a chain of places from the larger to the smaller
is one place (广东佛山, 河北省平山县, 重庆铜梁), it may go on into a named site (福建福州三溪村,
甘肃积石山), and a foreign country before one of its national bodies is that body (瑞士外交部).
One-character abbreviations side by side (台美) stay apart."""

from __future__ import annotations

import re

from gui.core.entities import names
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.places import name_like

Span = tuple[int, int, str]


# A foreign country before one of its national bodies is part of the body's name (瑞士外交部,
# 俄罗斯外交部, 美国中央司令部, 巴西国家旅行社协会, 美国商会, 黎巴嫩真主党): the country's ministry,
# command, government, national association or party (a university is not: 美国 + 哈佛大学),
# a chamber of its legislature with the chamber's committees (美国众议院外交委员会), and a service
# of its armed forces (沙特空军, 美國太空軍).
_NATIONAL_BODY = re.compile(
    "(?:(?:太空|空|海|陆)军|..?部|央行|中央银行|国家.+|国务院|国会|议会|政府|内阁|中央.+|全国人大.*|.*司令部|.+协会|.+商会|.+联合会|.+党"
    "|(?:参议院|众议院|上议院|下议院|联邦议院|联邦参议院|国民议会|国家杜马).*)"
)


# Hong Kong and Macau before their own legislature, executive council, government or the
# central government's liaison office there name that body (香港立法會, 澳門特區政府, 香港中聯辦),
# as a country before its parliament does.
_SARS = frozenset(("香港", "澳门"))
_SAR_BODY = re.compile("立法会|行政会议|行政会|政府|特区政府|中联办")


def _sar_body(pivot: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """Whether the ORG at ``pivot[s:e]``, right after Hong Kong or Macau, is that region's own
    body: its legislature or government, or a body of the region's list of bodies (澳門|海事及
    水務局, 香港|政府飛行服務隊, 香港|海事處): a place at the start of a body's name is part of it."""
    return bool(_SAR_BODY.fullmatch(pivot, s, e)) or pivot[s:e] in gaz.orgs


# A chain of places goes on into a named site below the county with its type word (福建福州
# 三溪村, 河北省平山县西柏坡纪念馆, 湖南岳阳汨罗江, 甘肃积石山): up to six name characters,
# none of them a function character, then the type word.
_SITE_AFTER_CHAIN = re.compile(
    "[^\\W\\d的地得了和与及或在是为对把被从向于等各每个这那其之以而也都就还又将已、，。]{2,6}?"
    "(?:街道|社区|村|镇|乡|纪念馆|博物馆|遗址|江|河|湖畔|湖|山)"
    "(?![\\u4e00-\\u9fff]?[区县市省])"
)


_SITE_END_CHARS = frozenset("道区村镇乡馆址江河畔湖山")
_NATURAL = frozenset("江河湖山")
# A town or township written with its county (巴东县官渡口镇) is a chain that may go on into
# one of its villages (湖北省巴东县官渡口镇马鬃山村), as a pair of places does.
_TOWN_WITH_COUNTY = re.compile(".+[县市区旗].+[镇乡]")


def _site_after(pivot: str, e: int, spans: list, i: int, gaz: Gazetteer) -> int:
    """Where a named site after the place chain ending at ``e`` ends (0 if none): the site
    may hold places found on their own (刘渡镇) but no other entity, and its name is a name,
    not a phrase (上海市|历史文化名镇)."""
    if _SITE_END_CHARS.isdisjoint(pivot[e + 2 : e + 10]):
        return 0  # no type word within reach: skip the regex (most chains end in a word)
    m = _SITE_AFTER_CHAIN.match(pivot, e)
    if not m or not name_like(pivot[e : m.end() - 1], gaz) or pivot[m.end() - 2] == "名":
        return 0  # 名镇, 名村 are designations (历史文化名镇), not names
    end = m.end()
    if pivot[end - 1] in _NATURAL and pivot[end : end + 1] == "村":
        end += 1  # 马鬃山村: a village named after its hill is the village
    for s2, e2, t2 in spans[i:]:
        if s2 >= end:
            break
        if t2 != "LOC" or e2 > end or (e2 == end and _is_top_level(pivot[s2:e2], gaz)):
            return 0  # 山东领先浙江: a province ends no site (浙江 is no river there)
    return end


# A park, cemetery, wetland, detention pond or fishing port written after its district is one
# place with it (關廟區大潭埤旺萊寵物友善公園, 南區S34公園): the name may hold letters and digits.
_PARK_AFTER = re.compile(
    "[^\\W的地得了和与及或在是为对把被从向于等各每个这那其之以而也都就还又将已]{1,12}?"
    "(?:公园|公墓|滞洪池|湿地|渔港)(?![\\u4e00-\\u9fff]?[区县市省])"
)


def _park_after(pivot: str, e: int, spans: list, i: int) -> int:
    """Where a park named after the district ending at ``e`` ends (0 if none): it may hold
    places found on their own but no other entity."""
    m = _PARK_AFTER.match(pivot, e)
    if not m:
        return 0
    for s2, e2, t2 in spans[i:]:
        if s2 >= m.end():
            break
        if t2 != "LOC" or e2 > m.end():
            return 0
    return m.end()


# A national administration that runs its own local bureaus names each of them after itself:
# 国家税务总局广东省税务局, 国家税务总局深圳市税务局 are the bureaus' official names, one body
# (the place between is found by no pass of its own there: the level word is the bureau's).
def _local_bureau(pivot: str, s0: int, e0: int, s: int, e: int, gaz: Gazetteer) -> bool:
    if not pivot.endswith("总局", s0, e0) or not 2 <= s - e0 <= 4 or pivot[e - 1] != "局":
        return False
    return pivot[s] in "省市" and pivot[e0 : s + 1] in gaz.places


# A ministry's own agency written right after it is one body with it (交通部中央气象署,
# 经济部投资审议委员会, 商务部外资司): the agency's name is found alone (a known name), the
# ministry's too, and nothing stands between them.
_AGENCY_ENDS = ("署", "局", "司", "委员会", "总处", "处", "中心", "研究所")


def _ministry_agency(pivot: str, s0: int, e0: int, s: int, e: int) -> bool:
    return e0 == s and e0 - s0 >= 2 and pivot[e0 - 1] == "部" and pivot.endswith(_AGENCY_ENDS, s, e)


def join_chains(pivot: str, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Adjacent names that make one name: a chain of places from the larger to the smaller
    (广东佛山, 河北省平山县, 重庆铜梁) is one place, and a foreign country before its
    national body (瑞士外交部) is that body. One-character abbreviations side by side (台美)
    are separate places and stay apart. ``spans`` is sorted."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out:
            s0, e0, t0 = out[-1]
            s, e, t = span
            if e0 == s and t0 == "LOC" and e0 - s0 >= 2 and e - s >= 2:
                second = pivot[s:e]
                # (中国 is no entry of the country list: 仰光|中国大使馆 is two places.)
                if (
                    t == "LOC"
                    and second not in gaz.provinces
                    and second not in gaz.countries
                    and second != "中国"
                ):
                    out[-1] = (s0, e, "LOC")
                    continue
                if t == "ORG" and (
                    (
                        (pivot[s0:e0] in gaz.countries or pivot[s0:e0] == "中国")
                        and _NATIONAL_BODY.fullmatch(pivot, s, e)
                    )
                    or (pivot[s0:e0] in _SARS and _sar_body(pivot, s, e, gaz))
                ):
                    out[-1] = (s0, e, "ORG")
                    continue
            if t0 == t == "ORG" and (
                _local_bureau(pivot, s0, e0, s, e, gaz) or _ministry_agency(pivot, s0, e0, s, e)
            ):
                out[-1] = (s0, e, "ORG")
                continue
        out.append(span)
    # A chain (two places or more, or a province or country alone) goes on into a site
    # (福建福州三溪村, 湖南岳阳汨罗江); failing that, into a county named bare after its own
    # province or prefecture (重庆铜梁, 安徽无为市 + 刘渡镇).
    joined: list[tuple[int, int, str]] = []
    i = 0
    while i < len(out):
        span = out[i]
        s, e, t = span
        i += 1
        if t != "LOC" or e - s < 2:
            joined.append(span)  # the same tuple: a copy of each would double the pass's peak
            continue
        # A city's district named by its direction (台南市南区, 嘉义市东区) belongs to the chain:
        # the direction alone is no name, after its city it is one.
        if pivot[e - 1] == "市":
            d = _DIRECTIONAL_DISTRICT.match(pivot, e)
            if d and (i == len(out) or out[i][0] >= d.end()):
                e = d.end()
        name = pivot[s:e]
        end = 0
        if _is_chain(name, gaz) or _is_top_level(name, gaz) or _TOWN_WITH_COUNTY.fullmatch(name):
            end = _site_after(pivot, e, out, i, gaz)
        if not end and name[-1] in "区县镇乡":
            end = _park_after(pivot, e, out, i)
        if not end and (i == len(out) or out[i][0] > e):
            end = _foreign_local_after(pivot, s, e, gaz)
        if not end:
            end = _bare_county_after(pivot, s, e, out[i : i + 1], gaz)
            while end > e and i < len(out) and out[i][0] == end and out[i][2] == "LOC":
                end = out[i][1]  # 安徽无为市 + 刘渡镇
                i += 1
        while i < len(out) and out[i][0] < end:
            i += 1
        e = max(e, end)
        # A stretch of a river named by the provinces it runs through is one place (黄河干流
        # 陕西段, 黄河流域陕晋豫段): the river, its reach, a place or a run of abbreviations, 段.
        m = _REACH.match(pivot, e) if "段" in pivot[e : e + 7] else None
        if m:
            if m.group("run") and pivot[m.end() : m.end() + 1] == "段":
                e = m.end() + 1
            elif i < len(out) and out[i][0] == m.end() and out[i][2] == "LOC":
                if pivot[out[i][1] : out[i][1] + 1] == "段":
                    e = out[i][1] + 1
                    i += 1
        joined.append(span if e == span[1] else (s, e, t))
    return joined


_DIRECTIONAL_DISTRICT = re.compile("(?:中西|[东西南北中])区")
_REACH = re.compile(
    "(?:干流|支流|流域|干线)?(?P<run>[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘青宁新蒙藏]{2,4}(?=段))?"
)


def _bare_county_after(pivot: str, s: int, e: int, following: list, gaz: Gazetteer) -> int:
    """The end of a chain that names a county bare after its own province or prefecture
    (重庆铜梁, 四川巴中恩阳, 安徽无为): the county must belong to the place before it, which keeps
    common words out (北京和平解放: 和平区 is in Tianjin)."""
    for k in (3, 2):
        bare = pivot[e : e + k]
        parents = gaz.county_parents.get(bare, ()) if len(bare) == k else ()
        if parents and any(pivot[j:e] in parents for j in range(s, e - 1)):
            if pivot[e + k : e + k + 1] in ("区", "县", "市", "旗"):
                k += 1  # 无为市 (a county become a city since the list's edition)
            if following and following[0][0] < e + k:
                return e  # something else was found there
            return e + k
    return e


# A city or county abroad that no list holds, right after its country (or the country's chain):
# a name with its level word (葡萄牙豐當市, 日本青森弘前市, 韓國務安郡), or a transliteration
# of three characters or more after 在, 赴 or 到 (在保加利亞布爾加斯舉行). The chain is
# one place, as 泰国曼谷 is.
_FOREIGN_LEVEL = re.compile("[\\u4e00-\\u9fff]{2,4}?[市郡州县](?![长民场政区委府议级值])")
_AFTER_TRANSLIT = frozenset("的等、，。；和及与在举将于")
# The word 城市 (南部城市, 港口城市) and a part of the country (南部, 东北部) name no city.
_NOT_LOCAL = re.compile("的|城市|[东西南北中]部")
_LOCATIVE = frozenset("在于赴到抵往至从自")


def _foreign_local_after(pivot: str, s: int, e: int, gaz: Gazetteer) -> int:
    if not any(pivot[s : s + k] in gaz.countries for k in range(2, min(7, e - s + 1))):
        return 0
    m = _FOREIGN_LEVEL.match(pivot, e)
    if m and name_like(pivot[e : m.end() - 1], gaz) and not _NOT_LOCAL.search(m.group()):
        return m.end()
    if pivot[s - 1 : s] not in _LOCATIVE:
        return 0  # a transliteration after a country is as often a person (尼日利亚奥利塞赫)
    for k in (5, 4, 3):
        name = pivot[e : e + k]
        if len(name) == k and all(ch in gaz.translit_chars for ch in name):
            nxt = pivot[e + k : e + k + 1]
            if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in _AFTER_TRANSLIT:
                return e + k
    return 0


def _is_top_level(name: str, gaz: Gazetteer) -> bool:
    """A province or a foreign country: the one place that may open a chain alone (甘肃积石山,
    瑞士比尔根山); a city alone before a site is more often a phrase (黄河东线马镇)."""
    return name in gaz.provinces or name in gaz.countries


def _is_chain(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is two places or more (广东佛山, 河北省平山县)."""
    return name not in gaz.places and names.is_generic_places(name, gaz)


# ... and so is a cemetery or park met after its district (台南市南区南山公墓 … 南山公墓).
_VILLAGE_AT_END = re.compile("(?<=[县市区镇乡旗])[^县市区镇乡旗省]{2,4}(?:村|公墓|公园)$")


def repeated_villages(pivot: str, spans: list[Span]) -> list[Span]:
    """A village met at the end of a chain (湖北省巴东县官渡口镇|马鬃山村) is the same village
    when the text names it alone (马鬃山村房屋开裂): LOC spans for those occurrences that no
    span covers. ``spans`` is sorted and does not overlap."""
    villages = set()
    for s, e, t in spans:
        if t == "LOC" and pivot[e - 1 : e] in ("村", "墓", "园"):
            m = _VILLAGE_AT_END.search(pivot, s, e)
            if m:
                villages.add(m.group())
    if not villages:
        return []
    taken = bytearray(len(pivot))
    for s, e, _t in spans:
        taken[s:e] = b"\x01" * (e - s)
    out = []
    pattern = "|".join(re.escape(v) for v in sorted(villages, key=len, reverse=True))
    for m in re.finditer(pattern, pivot):
        if not any(taken[m.start() : m.end()]):
            out.append((m.start(), m.end(), "LOC"))
    return out


# A stretch of a rail or road line is one place with the line (京滨城际南段, 地铁4号线北段,
# 7号线一期南段, 沿江高铁武宜段: the phase, a direction or the initials of the two cities it joins,
# then 段), as a river's reach is (above).
_LINE_END = ("高铁", "城际", "铁路", "号线", "高速", "公路", "线")
_SECTION = re.compile(
    "(?:[一二三四五六七八九十]期)?(?:[东西南北中]|(?![全该此本路线])[\u4e00-\u9fff]{2})段"
)


def line_sections(pivot: str, spans: list[Span]) -> list[Span]:
    """Lines (LOC) extended over the section named right after them; ``spans`` is sorted."""
    out = list(spans)
    for i, (s, e, t) in enumerate(out):
        if t != "LOC" or not pivot.endswith(_LINE_END, s, e) or "段" not in pivot[e : e + 6]:
            continue
        m = _SECTION.match(pivot, e)
        if m and (i + 1 == len(out) or out[i + 1][0] >= m.end()):
            out[i] = (s, m.end(), t)
    return out


# A port of entry, bridge, airport or station goes on into its hall or terminal, which is one
# place with it (港珠澳大桥口岸港澳旅检大厅, 新皇岗口岸联检大楼, 西安咸阳国际机场T5航站楼): the
# stretch between may hold the places the hall serves (港澳), nothing else.
_HOST_END = ("口岸", "大桥", "机场", "车站", "码头")
_HALL = re.compile(
    "(?:口岸)?(?:[A-Z]?[0-9]{1,2}|[^\\W\\d的和与及在、]{0,6}?)(?:旅检大厅|联检大楼|航站楼|候机楼|大厅|大楼)"
)


def _only_places_within(spans: list[Span], i: int, end: int) -> bool:
    """Whether the spans from ``spans[i]`` that start before ``end`` are places inside it."""
    for x in spans[i:]:
        if x[0] >= end:
            return True
        if x[2] != "LOC" or x[1] > end:
            return False
    return True


def venue_halls(pivot: str, spans: list[Span]) -> list[Span]:
    """Venues (LOC) extended over the hall named right after them; ``spans`` is sorted."""
    out: list[Span] = []
    skip_to = -1
    for i, span in enumerate(spans):
        s, e, t = span
        if s < skip_to:
            continue
        m = _HALL.match(pivot, e) if t == "LOC" and pivot.endswith(_HOST_END, s, e) else None
        if m and _only_places_within(spans, i + 1, m.end()):
            out.append((s, m.end(), t))
            skip_to = m.end()
            continue
        out.append(span)
    return out


# A city's districts named by their direction, listed after the first one (嘉义市东区、西区;
# 台中市中区、西区、南区): the direction alone is no name, but the list goes on with the city's
# districts; so after 本市 "this city" (本市北区、南区: Taiwan's city releases and notices).
_CITY_DIRECTIONAL_END = re.compile(f"市{_DIRECTIONAL_DISTRICT.pattern}$")  # …嘉义市东区
_OWN_CITY_DISTRICT = re.compile(
    "[东西南北中](?<=本市.)(?:(?<=中)西区|区)"
)  # 本市|北区, 本市|中西区
_DISTRICT_LIST_JOIN = frozenset("、及和与")
# (not where 区 opens a word: 区域, 区块, 区间, 区位)
_NOT_AFTER_DISTRICT = frozenset("域块间位")


def district_lists(pivot: str, spans: list[Span]) -> list[Span]:
    """The directional districts listed after a city's district named by its direction, and
    one named after 本市 (LOC); ``spans`` is sorted, and so is the answer."""
    if "区" not in pivot:
        return spans
    # Where a list may go on: (start, end, own) — after a city's directional district found
    # (start = end: nothing to add), or a district after 本市 (own: added where no name holds it).
    heads = [
        (e, e, False)
        for s, e, t in spans
        if t == "LOC" and e - s >= 4 and _CITY_DIRECTIONAL_END.search(pivot, s, e)
    ]
    heads += [(m.start(), m.end(), True) for m in _OWN_CITY_DISTRICT.finditer(pivot)]
    if not heads:
        return spans
    taken = bytearray(len(pivot))
    for s, e, _t in spans:
        taken[s:e] = b"\x01" * (e - s)
    added: list[Span] = []
    for s, e, own in heads:
        if own and pivot[e : e + 1] in _NOT_AFTER_DISTRICT:
            continue
        if own and not any(taken[s:e]):
            added.append((s, e, "LOC"))
        elif own and (s, e, "LOC") not in spans:
            continue  # inside another name: no list of the city's districts
        while pivot[e : e + 1] in _DISTRICT_LIST_JOIN:
            d = _DIRECTIONAL_DISTRICT.match(pivot, e + 1)
            if (
                not d
                or pivot[d.end() : d.end() + 1] in _NOT_AFTER_DISTRICT
                or any(taken[d.start() : d.end()])
            ):
                break
            added.append((d.start(), d.end(), "LOC"))
            e = d.end()
    return sorted(spans + added) if added else spans
