"""Venues and infrastructure (LOC), found from their suffix on the masked pivot: stations,
airports, bridges, ports of entry, parks, halls and museums, towers, islands, complexes, rail
lines and expressways (北京西站, 广州塔, 国家会议中心, 机荷高速公路, 长兴岛), and the venue an
event is held in. Split from :mod:`gui.core.entities.places`, whose boundary tests it uses.
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities import name_starts, names
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.places import left_boundary, name_like, visited_place

# Venues and infrastructure are places (second edition): 北京西站, 广州塔, 首都国际机场,
# 国家会议中心. A station needs a place and at most a direction before it (北京西站; not
# 服务站, 加油站); other venues a place name at the start of their name.
_VENUE = re.compile(
    "(?:火车站|高铁站|转运站|客运站|空间站|卫星发射中心|航天发射场|站|国际机场|机场|长江大桥|大桥|隧道|码头|公园|广场|体育场|体育馆|大剧院|歌剧院|"
    "水利枢纽|水库|口岸|博物馆|博物院|纪念馆|美术馆|科技馆|科学馆|展览馆|版本馆|体验馆|精品馆|展示馆|艺术馆|酒店|"
    "遗址|旧址|自然保护区|湿地|渔港|温泉|乐园|关城|巨蛋|"
    "国际会展中心|会展中心|国际会议中心|会议展览中心|会议中心|博览中心|电视塔|塔|清真寺|禅院|教堂|天主堂|街市|地铁|"
    "高速公路|公路|高速铁路|高速|城际铁路|铁路|高铁|城际|综合体|群岛|岛)"
    "(?:[一二三四五六七八九十]期|新馆)?"  # 国家会议中心二期, 西安碑林博物馆新馆
)
_VENUE_OVER_ORG = ("会展中心", "会议中心", "会议展览中心", "博览中心")
# Sites of history and nature are named by a short proper name (周原遗址, 将军渔港).
_SITES = ("遗址", "旧址", "自然保护区", "湿地", "渔港")
# Suffixes strong enough to make a short proper name a venue without a place name in front
# (大兴国际机场, 虎门大桥), and national venues (国家会议中心, 国家体育场).
_STRONG_VENUE = (
    "机场",
    "大桥",
    "隧道",
    "大剧院",
    "歌剧院",
    "体育场",
    "会议中心",
    "会展中心",
    "博览中心",
    "水库",
    "水利枢纽",
    "口岸",
    # Places of worship and Hong Kong / Macau markets are named by short proper names
    # (普济禅院, 祐汉街市); a metro by its city (西安地铁, found with the place).
    "清真寺",
    "禅院",
    "教堂",
    "天主堂",
    "街市",
    # Islands by their short names (长兴岛, 湖心岛), not kinds of island (人工岛, 海岛), and
    # archipelagos (宫古群岛, 八重山群岛).
    "群岛",
    "岛",
    *_SITES,
)
# Museums and halls are venues named by their place (上海博物馆, 香港故宫文化博物馆) or the
# nation (国家博物馆); alone (调动博物馆) or after a verb (西九兴建…博物馆) they are not named.
# Hotels too, by their place and name (澳门丽景湾艺术酒店).
_HALLS: tuple[str, ...] = tuple(
    "博物馆 博物院 纪念馆 美术馆 科技馆 科学馆 展览馆 版本馆 体验馆 精品馆 展示馆 艺术馆 酒店".split()
)
# Kinds of island, not names (建设人工岛, 无人岛, 信息孤岛).
# A suffix that opens another word with the character after it (湿地块 is 湿 + 地块, 岛链 the chain,
# 港口岸线 a port's 港口 + 岸线, its shoreline).
_WORD_GOES_ON = {"湿地": "块", "岛": "链", "口岸": "线"}
# Kinds of site, not names (枣园等革命旧址, 红色遗址).
_SITE_KINDS = frozenset("革命 红色 历史 文化 考古 古代 重要 主要".split())
# Words of quality before a venue's word name a kind of it (推进智慧口岸建设, 智能机场), no venue.
_QUALITY_WORDS = frozenset("智慧 智能 数字 绿色 平安 文明 生态 现代 无障碍 新型".split())
_ISLAND_KINDS = frozenset("人工 无人 生态 海上 浮动 近海 远海 珊瑚 岛礁".split())
# Rail lines and expressways are named for the places they join, by one-character
# abbreviations: 京雄高速, 京唐城际铁路, 京沪高铁.
_LINE_SUFFIXES = ("高速公路", "高速铁路", "高速", "城际铁路", "铁路", "高铁", "城际")
_STAND = set("在出起稳队上好着住")
_GROWTH = ("增长", "发展", "运转", "运行", "推进", "成长")
_WAY = set("沿经往至到近入")
_PHASE = re.compile("(?:[一二三四五六七八九十]期|新馆)$")
# 北京西至雄安, 广州南—深圳北: a station named without 站 in a route.
_ROUTE_END = re.compile("[东西南北](?=[至到—–\\-~～、])")
_METRO_LINE = re.compile(r"(?:地铁|轨道交通)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线$")
_LINE_TAIL = re.compile("号线")


# Provinces' one-character abbreviations that no province or prefecture name holds (沪杭高铁).
_ABBREVIATIONS = frozenset("沪皖闽豫渝冀晋辽苏浙赣鲁鄂湘粤桂琼川黔滇陕甘蒙藏")


def _line_char(ch: str, gaz: Gazetteer) -> bool:
    return ch in gaz.place_chars or ch in _ABBREVIATIONS


# A 、-list closed by a count of lines (眉太、岚皋至陕渝界等4条高速公路, 西十、康渝等4条高铁,
# 侯月、新焦、太焦四条铁路线) names the lines by the initials of the places they join, or by their
# two ends (岚皋至陕渝界: a county and a provincial border, two places). The count is masked by
# now (4条 is a quantity).
_COUNTED_LINES = re.compile(  # (its first character taken first: re skips to it)
    f"[等\\d一二三四五六七八九十{names.MASK}]"  # 等?(?:[\d一…十]+条|MASK+), its first character taken
    f"(?:(?<=等)(?:[\\d一二三四五六七八九十]+条|{names.MASK}+)|(?<=[\\d一二三四五六七八九十])[\\d一二三四五六七八九十]*条"
    f"|(?<={names.MASK}){names.MASK}*)"
    "(?:高速公路|高速|高铁|城际铁路|铁路线|铁路|城际)"
)
_LIST_OPENERS = "，,。；;：:和及与\n（("
_BORDER = re.compile(f"[{''.join(sorted(_ABBREVIATIONS))}京津]{{2}}界")


def _used_place(part: str, gaz: Gazetteer) -> int:
    """Where a place opens ``part`` after a verb of two characters that takes the venue as
    its object (可使用|横琴口岸, 推进|…): the verb is no part of the name; 0 if none."""
    return next(
        (
            i
            for i in range(2, min(len(part) - 1, 5))
            if (part[i - 2 : i] in gaz.verbs or part[i - 2 : i] in gaz.function_words)
            and names.starts_with_place(part[i:], gaz)
        ),
        0,
    )


def counted_lines(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The lines of a list closed by a count of expressways or railways (LOC)."""
    out: list[Candidate] = []
    for m in _COUNTED_LINES.finditer(masked):
        lo = max(0, m.start() - 40)
        opener = max(masked.rfind(ch, lo, m.start()) for ch in _LIST_OPENERS)
        start = max(opener + 1, lo)
        items = masked[start : m.start()].split("、")
        if not 1 <= len(items) <= 6 or any(not 2 <= len(item) <= 8 for item in items):
            continue
        found, pos = [], start
        for item in items:
            ends = item.split("至")
            if len(ends) == 2:  # a line by its two ends: each end that is a place
                x, y = ends
                if x in gaz.places or any(x + k in gaz.counties for k in "县区市"):
                    found.append((pos, pos + len(x)))
                if y in gaz.places or _BORDER.fullmatch(y):
                    found.append((pos + len(x) + 1, pos + len(item)))
            elif len(item) == 2 and all(_line_char(ch, gaz) for ch in item):
                found.append((pos, pos + 2))
            pos += len(item) + 1
        out += [(s, e, "LOC", 3) for s, e in found]
    return out


_EVENT_CENTRE = re.compile("中心(?=举行|举办|落下帷幕|落幕|开幕|闭幕|召开|上演|揭幕)")


# The former site or the memorial of a body is a place named by the body (红九军政治部旧址,
# 广东广州农民运动讲习所旧址纪念馆, 中国共产党历史展览馆): the name before the site's word ends in
# a body's head; a verb of visit before it is no part of it (探访|红九军政治部旧址), nor one of
# the works a heritage plan does on a site (修缮|日商上海纺织株式会社旧址).
_MEMORIAL = re.compile("旧址纪念馆|旧址|历史展览馆|纪念馆")
_BODY_HEAD = frozenset("部军所党会社团院处局厂校委报")
_VISIT_VERBS = ("探访", "走进", "参观", "来到", "瞻仰", "前往", "走访", "抵达")
_WORKS_VERBS = ("修缮", "修复", "改造", "活化")


def memorials(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A body's former site or memorial (红九军政治部旧址), one place with the body's name."""
    out: list[Candidate] = []
    for m in _MEMORIAL.finditer(masked):
        s = m.start()
        start = name_starts.name_start(masked, s, gaz)
        part = masked[start:s]
        cut = max((part.rfind(v) + 2 for v in _VISIT_VERBS + _WORKS_VERBS if v in part), default=0)
        start, part = start + cut, part[cut:]
        if 3 <= len(part) <= 14 and part[-1] in _BODY_HEAD and not names.is_generic(part):
            out.append((start, m.end(), "LOC", 3))
    return out


def _town_in_name(masked: str, start: int, part: str, gaz: Gazetteer) -> int:
    """Where a town opens the venue's name in ``part`` (at ``start``), before a short name of
    two to four characters (中童镇|界牌, 安口镇|大迫子), its left edge clear; -1 if none."""
    i = max(part.rfind("镇"), part.rfind("乡"))
    rest = part[i + 1 :]
    if i < 2 or not 2 <= len(rest) <= 4 or not name_like(rest, gaz):
        return -1
    for k in (3, 2):
        at = start + i - k
        if i - k >= 0 and names.is_town(part[i - k : i + 1], gaz):
            if left_boundary(masked, at) or masked[at - 2 : at] in _BANKS:
                return at  # (信江左岸|中童镇界牌大桥: a river's bank before the town)
    return -1


_BANKS = frozenset(("左岸", "右岸", "南岸", "北岸", "东岸", "西岸", "沿岸"))


def venues(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """LOC candidates for stations, airports, bridges, parks, halls, towers, rail lines and
    expressways."""
    out: list[Candidate] = memorials(masked, gaz)
    for m in _VENUE.finditer(masked):
        s, e = m.span()
        suffix = _PHASE.sub("", m.group())
        if (
            suffix in _WORD_GOES_ON
            and masked[e : e + 1] == _WORD_GOES_ON[suffix]
            and masked[e : e + 2] != "线路"  # 横琴口岸|线路: the port's bus lines
        ):
            continue  # 低温高湿|地块, 第一岛链: the suffix opens another word
        start = name_starts.name_start(masked, s, gaz)
        part = masked[start:s]
        if not part:
            continue
        # A description that ends in the venue's own kind names it in apposition (亚洲最大专业
        # 货运机场花湖国际机场, 首条客运铁路——阿提哈德客运铁路): the name is what follows.
        named_after = _named_after_kind(masked, start, s, suffix, gaz)
        if named_after:
            out.append((named_after, e, "LOC", 3))
            continue
        if "最" in part:
            continue  # 亚洲最大专业货运机场: a superlative describes, it does not name
        if part.endswith("内地"):
            continue  # 内地口岸, 内地机场: Hong Kong's "a Mainland port", a kind, no venue named
        visited = 0 if names.starts_with_place(part, gaz) else visited_place(part, gaz)
        if not visited and suffix.endswith(_STRONG_VENUE) and suffix not in _SITES:
            visited = _used_place(part, gaz)
        if visited:  # 抵达金边国际机场, 抵达上海浦东国际机场: the verb of motion is no part of it
            start, part = start + visited, part[visited:]
        if suffix == "公路":
            # A road named for the district or town it leaves (粉岭公路, 屯门公路, Hong Kong's
            # trunk roads): a bare district's name alone before it; after a city or a province
            # (湖南公路建设) the word is the kind, "the roads of".
            # After a preposition of way (沿粉岭公路, 经屯门公路) the district opens the name.
            k = next((k for k in (2, 3) if part[-k:] in gaz.weak_places), 0)
            if k == len(part) and left_boundary(masked, start):
                out.append((start, e, "LOC", 3))
            elif k and part[-k - 1] in _WAY:
                out.append((s - k, e, "LOC", 3))
            continue
        if suffix.endswith(_LINE_SUFFIXES):
            # An expressway's full name may join places by other initials too (机荷高速公路).
            named = (
                suffix == "高速公路"
                and name_like(part, gaz)
                and part not in gaz.verbs  # 变更高速公路…计划: a plan's verb and its object
                and left_boundary(masked, start)
            )
            if suffix == "高速" and masked.startswith(_GROWTH, e):
                continue  # 地方投资高速增长: 高速 is "rapidly", no expressway
            # Generic words of place name a kind of line, not one line (地方铁路 "local railways",
            # 城市市区高速铁路, 地区高速铁路), though their characters are places' characters.
            if (
                2 <= len(part) <= 4
                and (named or all(_line_char(ch, gaz) for ch in part))
                and not names.is_generic(part)
            ):
                out.append((start, e, "LOC", 3))
            continue
        town = _town_in_name(masked, start, part, gaz) if suffix.endswith(_STRONG_VENUE) else -1
        if town >= 0:
            # A town and the short name of its bridge or reservoir are one place (中童镇界牌大桥,
            # 安口镇大迫子水库), as a district and its park are (黄浦区外滩公园).
            out.append((town, e, "LOC", 3))
            continue
        if not names.starts_with_place(part, gaz):
            strong = suffix.endswith(_STRONG_VENUE)
            national = part.startswith("国家") and 2 <= len(part) <= 6
            # A bare 机场 after a short word is usually "the airport" (现时机场); 国际机场 is named.
            # A site of history or nature has a name of two or three characters (周原遗址);
            # longer, it is a phrase (渔民进出渔港).
            longest = 3 if suffix in _SITES or suffix in ("岛", "群岛") else 4
            # A foreign name joined by a middle dot (迈克蒂亚西蒙·玻利瓦尔国际机场) is one name,
            # written in the characters of transliteration.
            dotted = (
                strong
                and any(dot in part for dot in _DOTS)
                and len(part) <= 14
                and all(ch in gaz.translit_chars or ch in _DOTS for ch in part)
            )
            short_name = (
                strong
                and suffix != "机场"
                and (2 <= len(part) <= longest or dotted)
                and name_like(part, gaz)
                and not (suffix == "岛" and (part in _ISLAND_KINDS or part[-1] in "孤荒小半群列宝"))
                and not (suffix in _SITES and part in _SITE_KINDS)
                and part not in _QUALITY_WORDS
            )
            if not (national or (short_name and left_boundary(masked, start))):
                continue  # 现时机场, 办法来管机场 are phrases: a short name needs a clear left edge
        elif suffix.endswith("站") and suffix != "空间站":
            if masked[e : e + 1] and masked[e] in _STAND:
                continue  # 与台湾站在一起: 站 "stand"
            place = gaz.place_re.match(part)
            if not place or len(part) - place.end() > 1 or part[place.end() :] not in "东西南北":
                continue
        elif len(part) > (10 if suffix.endswith(_HALLS) else 8):
            continue  # (a hall may carry a long name: 澳门格兰披治大赛车博物馆)
        elif suffix == "塔":
            # A bare tower is named by its place and at most a short name (广州塔, 天津津塔),
            # not by a phrase that ends in a transliteration (以色列总理内塔尼亚胡).
            place = gaz.place_re.match(part)
            rest = part[place.end() :] if place else part
            if len(rest) > 2 or rest in gaz.function_words or rest[:1] in gaz.function_words:
                continue  # 澳门旅游塔 is named; 以色列总理内塔 is not
            # 塔 opening a transliterated name or a known body (孟加拉国总理塔里克, 阿富汗陷落
            # 塔利班) is no tower.
            if (
                rest in lx.PERSON_TITLES_AFTER
                or all(ch in gaz.translit_chars for ch in masked[e : e + 2] or "。")
                or gaz.org_re.match(masked, e - 1)
            ):
                continue
            if any(
                (p := gaz.place_re.match(masked, k)) and p.end() > e
                for k in range(s - len(rest), s)
            ):
                continue  # 美国肯塔基州: the tower's name is the start of a place
        elif suffix.endswith(_HALLS):
            place = gaz.place_re.match(part)
            rest = part[place.end() :] if place else part
            # A city's branch of a national hall keeps the word (西安国家版本馆, 杭州国家版本馆).
            if masked[e : e + 1] == "城" or not name_like(rest, gaz) and rest and rest != "国家":
                continue  # 静安博物馆城区; 西九兴建故宫文化博物馆
            if suffix == "酒店" and len(rest) < 2:
                continue  # 澳门酒店 (the city's hotels) names none
        out.append((start, e, "LOC", 1 if suffix.endswith(_VENUE_OVER_ORG) else 3))
    # A centre where an event is held is the venue (在澳门南湾湖水上活动中心举行, 在横琴文化艺术
    # 中心落下帷幕), not the body that runs it.
    for m in _EVENT_CENTRE.finditer(masked):
        start = name_starts.name_start(masked, m.start(), gaz)
        if masked[start - 1 : start] == "在" and 2 <= m.start() - start <= 14:
            out.append((start, m.end(), "LOC", 1))
    # Both patterns below are rare: find their tail first, then look back (scanning the whole
    # text with the place regex or a metro pattern costs a tenth of the recogniser's time).
    for m in _ROUTE_END.finditer(masked):
        d = m.start()
        for k in range(min(d, 8), 1, -1):
            if masked[d - k : d] in gaz.places:
                out.append((d - k, d + 1, "LOC", 3))
                break
    if "条" in masked or names.MASK in masked:
        out += counted_lines(masked, gaz)
    for m in _LINE_TAIL.finditer(masked):
        head = _METRO_LINE.search(masked, max(0, m.start() - 7), m.end())
        if head and head.end() == m.end():
            out.append((head.start(), head.end(), "LOC", 3))
    for m in _CODED_BASE.finditer(masked) if "基地" in masked else ():
        for k in (3, 2):
            if masked[m.start() - k : m.start()] in gaz.places:
                out.append((m.start() - k, m.end(), "LOC", 3))
                break
    return out


# A base named by its province and a code number (青海221基地, 四川902基地): the nuclear and space
# industries' sites, one place with the province.
_CODED_BASE = re.compile(
    f"[\\d{names.MASK}](?:(?<=\\d)\\d{{1,3}}|(?<={names.MASK}){names.MASK}{{1,3}})基地"
)


# A venue goes on into its gate, hall or runway, which is one place with it (人民大会堂北门,
# 人民大会堂大礼堂, 深圳宝安机场第三跑道): the part names a spot of that venue, not another place.
_HOST_ENDS = (
    "大会堂",
    "机场",
    "体育场",
    "体育馆",
    "会展中心",
    "会议中心",
    "国宾馆",
    "广场",
    "公园",
)
_PART = re.compile(
    "(?:[东南西北]门|正门|大礼堂|礼堂|宴会厅|金色大厅|(?:第[一二三四五六七八九十]|[东西南北])跑道)"
    "(?![\u4e00-\u9fff]{0,1}(?:路|街|站|桥|区|市|县))"
)


# A park goes on into its named area too (花博公园圆山园区), and into its gates and halls.
_PARK_PART = re.compile(f"[\u4e00-\u9fff]{{2,3}}园区|{_PART.pattern}")


def venue_parts(pivot: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Venues (LOC) extended over the gate, hall or runway named right after them; ``spans`` is
    sorted."""
    out = list(spans)
    for i, (s, e, t) in enumerate(out):
        if t != "LOC" or not pivot.endswith(_HOST_ENDS, s, e):
            continue
        m = (_PARK_PART if pivot.endswith("公园", s, e) else _PART).match(pivot, e)
        if m and (i + 1 == len(out) or out[i + 1][0] >= m.end()):
            out[i] = (s, m.end(), t)
    return out


_DOTS = "·．•‧・"
_DASHES = "—–"
# The kind word a venue's suffix ends in, as a description before the name would end in it.
_KINDS = ("机场", "铁路", "大桥", "港口", "码头", "隧道")
_FREIGHT = ("客运", "货运")


def _named_after_kind(masked: str, start: int, s: int, suffix: str, gaz: Gazetteer) -> int:
    """Where the name of a venue starts after a description that ends in the venue's kind
    (货运机场|花湖国际机场; 客运铁路——|阿提哈德客运铁路); 0 if the part holds none."""
    kind = next((k for k in _KINDS if suffix.endswith(k)), "")
    if not kind:
        return 0
    part = masked[start:s]
    cut = part.rfind(kind)
    if cut >= 0:
        begin = start + cut + len(kind)
    elif masked[start - 1 : start] in _DASHES and masked[start - 2 : start - 1] in _DASHES:
        begin = start  # …客运铁路——阿提哈德客运铁路: the dash opens the apposition
        if not masked[start - 2 - len(kind) : start - 2] == kind:
            return 0
    else:
        return 0
    name = masked[begin:s]
    for word in _FREIGHT:
        name = name.removesuffix(word)
    if 2 <= len(name) <= 6 and all(is_cjk(ch) for ch in name) and name_like(name, gaz):
        return begin
    return 0


# A museum is a venue (LOC) where one goes and a body (ORG) where it acts (the guideline): before
# a verb of organising, supporting or saying (澳門藝術博物館執行, 河南博物院支持, 上海博物馆推进),
# and where it is founded (正式成立國家人權博物館, 國家人權博物館的成立).
_MUSEUM = re.compile("(?:博物馆|博物院|美术馆|艺术馆)$")
_MUSEUM_ACTS = re.compile(
    "(?:执行|主办|承办|协办|合办|举办|支持|推进|推出|策划|表示|指出|回应|发布|宣布|的成立)"
)
_FOUNDED = ("成立", "设立", "创立")


def acting_museums(pivot: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The museums among ``spans`` that act, typed ORG; the rest as they are."""
    out = spans
    for i, (s, e, t) in enumerate(spans):
        if t != "LOC" or not _MUSEUM.search(pivot, max(s, e - 3), e):
            continue
        if _MUSEUM_ACTS.match(pivot, e) or pivot[max(0, s - 2) : s] in _FOUNDED:
            if out is spans:
                out = list(spans)
            out[i] = (s, e, "ORG")
    return out
