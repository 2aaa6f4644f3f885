"""Named sites below the county (LOC): towns and townships, roads and streets, power plants,
seaports and rail lines — and factories (ORG), which are companies.

The second edition of the guideline makes venues and infrastructure places, and towns are named
places like districts. Each pattern is anchored on its suffix (镇, 路, 电厂, 港, 线) and read
backwards, like the zones of :mod:`gui.core.entities.places`, with guards against the common
nouns built on the same suffixes (城镇, 乡镇, 名镇; 道路, 思路; 工厂; 本港; 一线, 底线).
"""

from __future__ import annotations

import re

from gui.core.entities import name_starts, names, regions
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.places import with_own_level

# -- towns and townships -------------------------------------------------------------------

# 镇区 and 镇域 are the town's built-up area and its land (words, as 乡亲 is), but 区域 after the
# level word is a region that the town names (安口镇至向阳镇区域, 选址于向阳镇区域).
_TOWN = re.compile("(?:街道|镇|乡)(?![村镇长级里域政企民土亲情间下江海远压守定静痛]|区(?!域))")
# The character before 镇/乡 in common nouns: 城镇, 乡镇, 村镇, 集镇, 市镇, 小镇, 古镇, 名镇,
# 重镇, 强镇, 大镇, 特色镇, 家乡, 城乡, 下乡, 返乡, 老乡, 思乡, 水乡, 异乡, 他乡.
_TOWN_NOT_AFTER = set("城乡村集市小古名重强大色街坐军家下返老思水异他故同本外")
# (水乡 is the common noun, but 水镇 a town's name: 凉水镇, 圣水镇, 流水镇, every 水镇 of dev.)
# A function character before 镇 joins "the town" to a phrase (相关部门和镇人民政府, 通报给镇);
# a determiner makes it a kind (其余各镇, 该镇, 每镇, 全镇: every, that, each, the whole town).
_TOWN_NOT_AFTER_WORD = set("和与及或给向对在从由把被将为于各该每全")


def _name_like(part: str, gaz: Gazetteer) -> bool:
    """A short proper name (朱家角, 陈家, 枫泾), not a phrase: nothing generic, no function
    word in it, no common-noun character at its end."""
    words = gaz.function_words
    if not part or names.is_generic(part) or part[:1] in words or part in words:
        return False
    if any(part[i : i + 2] in words for i in range(len(part) - 1)):
        return False
    return all(is_cjk(ch) for ch in part)


def _left_boundary(masked: str, s: int) -> bool:
    from gui.core.entities.places import left_boundary as boundary

    return boundary(masked, s)


def towns(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """X镇, X乡, X街道: a township-level name of the official list (towns.txt: 安亭镇,
    南京东路街道, 城关镇), or a two- or three-character proper name before 镇/乡 at a word
    boundary or right after its county or district (崇明区陈家镇)."""
    out: list[Candidate] = []
    known = gaz.towns
    for m in _TOWN.finditer(masked):
        s, e = m.span()
        listed = next(
            (
                k
                for k in range(min(6, s), 1, -1)
                if masked[s - k : e] in known and not names.is_generic(masked[s - k : s])
            ),
            0,
        )
        if listed and (
            listed > 2
            or _after_place(masked, s - listed, gaz)
            or _left_boundary(masked, s - listed)
        ):
            out.append((s - listed, e, "LOC", 3))
            continue
        before = masked[s - 1 : s]
        if m.group() == "街道" or before in _TOWN_NOT_AFTER and before + m.group() != "水镇":
            continue  # an unlisted 街道 is the common noun "street"
        out += _named_before(masked, s, e, gaz)
    out += [v for c in out for v in _village_after(masked, c[1], gaz)]
    for m in _VILLAGE.finditer(masked):
        s, e = m.span()
        if masked[s - 1 : s] not in _VILLAGE_NOT_AFTER and masked[s - 1 : s] not in _TOWN_NOT_AFTER:
            out += [
                c
                for c in _named_before(masked, s, e, gaz)
                if not set(masked[c[0] : s]) & _NOT_IN_VILLAGE
            ]
    return out


# Ethnic townships (民族乡, 民族镇: a township level of the constitution) are named by a proper
# name, one or two of China's 55 minority nationalities and the level word (姜家店朝鲜族乡,
# 三源浦朝鲜族镇, 大河回族彝族乡); the nationalities are the State Ethnic Affairs Commission's
# public list (facts).
_NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 "
    "德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_NATIONALITY = "(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + ")族"
# (one nationality, then perhaps a second: ``(?:…族){1,2}`` would open with a repeat, and
# re scans for a pattern's first characters only when it opens with them)
_ETHNIC_TOWN = re.compile(f"{_NATIONALITY}(?:{_NATIONALITY})?[乡镇](?![长级政企民亲情间下])")


def ethnic_towns(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """An ethnic township with the proper name before it (姜家店|朝鲜族乡): the name read as a
    town's is (two or three characters at a word boundary or after its county)."""
    out: list[Candidate] = []
    for m in _ETHNIC_TOWN.finditer(masked):
        named = _named_before(masked, m.start(), m.end(), gaz)
        out += [(s, e, "LOC", 2) for s, e, _t, _p in named]
    return out


def _named_before(masked: str, s: int, e: int, gaz: Gazetteer) -> list[Candidate]:
    """A two- or three-character proper name before the level word at ``s:e`` (陈家|镇,
    沙矶头|村), at a word boundary or right after its county, district or town."""
    for k in (3, 2):
        part = masked[s - k : s]
        if len(part) != k or part[0] in _LEVEL or part in gaz.places:
            continue
        if not _name_like(part, gaz) or part[-1] in _TOWN_NOT_AFTER_WORD:
            continue
        if k == 3 and part[0] in "的地得了着过之":
            continue  # 的|安口镇: a particle opens no name
        if part[-2:] in gaz.verbs or part[-2:] in gaz.function_words:
            continue  # 报告镇文物部门, 通报给镇人民政府: "the town", after a verb
        if _after_place(masked, s - k, gaz) or _left_boundary(masked, s - k):
            return [(s - k, e, "LOC", 3)]
    return []


# Villages are named like towns (沙矶头村, 南市屯村, 书房村), but 村 ends more common nouns:
# 农村, 山村, 渔村, 行政村, 贫困村, 示范村, 薄弱村, 文明村, 小康村, 度假村, 奥运村, 地球村, 全村,
# 该村, 各村, 一村, and verbs take it as their object (驻村, 进村, 治村).
_VILLAGE = re.compile("村(?![民委庄镇级里落组干规务集办史头口道子妇])")
_VILLAGE_NOT_AFTER = set(
    "农山渔政困范假运球全该各每此这那一两三四五本邻新旧原近远中弱心点色统美富穷小大古名童护联"
    "驻入治贫明态星康业"
)
# A village's name holds no function character (一个穷村子, 帮乔庄村, 办班到村, 以村妇代会).
_NOT_IN_VILLAGE = set("的了个以为到进帮是在和与及有把被给向对从")


_LEVEL = set("省市区县旗州乡镇村")
# A village or a residents' community right after its town or subdistrict (朱家角镇张马村,
# 边临镇东于架村, 湖滨街道曾坑社区): the town the stage found vouches for the name after it, which
# the chain joins into one place; a class of villages after a town is no name (镇贫困村, 镇新农村).
# A word of scope opens no village's name (镇所辖村, 镇各村, 镇其他社区).
_NOT_VILLAGE_START = set("所各该本全每其此这那有无已未另")
_UNDER_TOWN = re.compile(
    "([\u4e00-\u9fff]{2,3}?)(?:村(?![民委庄镇级里落组干规务集办史头口道子妇])|社区)"
)


def _village_after(masked: str, e: int, gaz: Gazetteer) -> list[Candidate]:
    """The village or community named right after the town ending at ``e``, if any."""
    if masked[e - 1 : e] not in ("镇", "乡", "道"):
        return []
    m = _UNDER_TOWN.match(masked, e)
    if not m:
        return []
    part = m.group(1)
    if part[-1] in _VILLAGE_NOT_AFTER or part[-1] in _LEVEL or set(part) & _NOT_IN_VILLAGE:
        return []
    if not _name_like(part, gaz) or part[:2] in gaz.verbs or part[0] in _NOT_VILLAGE_START:
        return []
    return [(e, m.end(), "LOC", 3)]


def _after_place(masked: str, s: int, gaz: Gazetteer) -> bool:
    """Whether a county-level or larger name with its level word ends at ``s`` (崇明区|陈家镇),
    or a town (网市镇|沙矶头村)."""
    if masked[s - 1 : s] in ("镇", "乡") and any(masked[s - k : s] in gaz.towns for k in (3, 4)):
        return True
    return masked[s - 1 : s] in ("区", "县", "市", "旗") and any(
        masked[s - k : s] in gaz.full_places for k in range(2, 8)
    )


# -- roads and streets ---------------------------------------------------------------------

# A city's road works named by their road (银都路越江隧道, 漕宝路快速路, 延安路高架: Shanghai's
# plans name its river tunnels, expressways and viaducts so) are one place with the road.
_WORKS = "越江隧道|越江大桥|快速路|高架路|高架|隧道"
_ROAD_WORKS = re.compile(_WORKS)
_ROAD = re.compile(
    "(?:大道|路|街)(?=[\\d０-９一二三四五六七八九十]|[、与和及至到]|(?:[东西南北中]|路)?段|口[（(、，]"
    # Traffic notices: a road before its bracket, its side, a direction or its junction
    # (管制酉阳街(含…), 中华路西侧, 往中华路方向, 临近成都路口).
    "|[（(]|[东西南北]侧|方向|口(?![岸径号])"
    # and where a thing is by the road (广宏街近屋苑牌, 广宏街对出的回旋处, 中山路一带, 沿…路两侧)
    "|近(?![期年日月来况似代些乎])|对出|一带|附近|沿线|两侧|两旁"
    # and the bounds of a planning area by its roads (民治路以东、复兴路以北地区: plan notices)
    "|以[东西南北](?![部面])"
    f"|{_WORKS})"
)
_PLACE_ROAD = re.compile(
    "[东西南北中路街](?:(?<=[东西南北中])[路街]|(?<=[路街]))"
)  # [东西南北中]?(?:路|街)
# 十字路口, 三岔路口, 交叉路口: the junction, not a road.
ROAD_NOT = set("道公铁思出线网电马一新老套门丝销水陆航去来走绕开过之的小这那此该本字岔叉跑")


def roads(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Roads named in addresses, sections and lists (衡山路88号, 康定路与江宁路, 延安路段) and
    roads named after places (江苏路, 北京西路, 南京东路): postal and planning usage."""
    out: list[Candidate] = []
    for m in _ROAD.finditer(masked):
        s = m.start()
        if masked[s : s + 2] == "路段" and masked[s - 3 : s - 2] == "至":
            # 开封至长沙路段, 武昌至酉阳路段: the section between two cross streets, named bare.
            if _name_like(masked[s - 2 : s], gaz):
                out.append((s - 2, s, "LOC", 3))
            continue
        for k in (4, 3, 2):
            part = masked[s - k : s]
            lead = max(part.rfind(ch) for ch in "至到在临往于")
            if 0 <= lead <= k - 3:
                k, part = k - lead - 1, part[lead + 1 :]  # 设在中华路一段: after the verb
            elif lead >= 0:
                continue
            # 内江街路段: the street and the noun 路段, not a road 内江街路.
            if len(part) != k or (part[-1] in ROAD_NOT and not _gate(part)) or part[-1] in "路街":
                continue
            if part[-1] == "区" and masked[m.end() : m.end() + 1] == "口":
                continue  # 工区路口, 园区路口: a zone's junction, no road
            if not _name_like(part, gaz) or _verb_opens(part, gaz):
                continue  # 封闭|汉中街, 管制|酉阳街: the verb is no part of the road's name
            if _left_boundary(masked, s - k) or names.starts_with_place(part, gaz):
                # A house number belongs to the address (衡山路88号, 昌平路1088弄).
                works = _ROAD_WORKS.match(masked, m.end())
                end = works.end() if works else road_end(masked, m.end())
                out.append((s - k, end, "LOC", 3))
                break
    for m in _PLACE_ROAD.finditer(masked):
        e = m.end()
        # The direction may be the place's own last character (汉中街, 辽中路): try it both ways.
        for s in range(m.start(), e):
            direction = masked[s : e - 1]
            k = next((k for k in (4, 3, 2) if masked[s - k : s] in gaz.places and s >= k), 0)
            part = masked[s - k : s]
            if not k or _is_generic_name(part):
                continue
            if not direction and masked[e : e + 1] == "段" and masked[s - k - 1 : s - k] == "至":
                break  # 开封至长沙路段: the section's cross street is named bare (长沙)
            if direction or masked[e : e + 1] not in ROAD_AFTER_NOT:
                if part not in gaz.weak_places or _left_boundary(masked, s - k):
                    out.append((s - k, road_end(masked, e), "LOC", 3))
            break
    # The road after a road in a list or a junction (康定路与江宁路, A路、B路): like with like.
    for _s, e, _t, _p in list(out):
        if masked[e : e + 1] not in _ROAD_JOIN:
            continue
        nxt = _NEXT_ROAD.match(masked, e + 1)
        if not nxt:
            continue
        # A direction and a verb may lead the next road in a list of bounds (西临西宁南路、东至延平南路,
        # 设在中华路): the road's name starts after them.
        led = _ROAD_LEAD.match(nxt.group(1))
        start = nxt.start() + (led.end() if led else 0)
        name = masked[start : nxt.start(1) + len(nxt.group(1))]
        # 新 ends a street's own name after a road (非利喇街及通商新街), not a bare 新路.
        if 2 <= len(name) <= 4 and _name_like(name, gaz) and _road_name_end(name):
            out.append((start, road_end(masked, nxt.end()), "LOC", 3))
    return out


# A road's section belongs to its name (中山北路3段, 中华路一段: Taiwan's street addresses), and so
# does a house number after the road or its section (衡山路88号, 中华路1段15号).
_SECTION = re.compile("(?:[一二三四五六七八九十]|\\d{1,2})段(?![落时期位子])")
_ROAD_LEAD = re.compile("[东西南北]?(?:侧|边|面)?(?:至|到|临|接|在|往)")


# Verbs of traffic notices that the word lists lack (管制酉阳街, 禁行中华路).
_NOTICE_VERBS = frozenset("管制 禁行 改道 行经 途经 封路".split())


def _verb_opens(part: str, gaz: Gazetteer) -> bool:
    """Whether a four-character part before 路/街 opens with a verb (封闭|汉中街, 管制|酉阳街)."""
    head = part[:2]
    words = (gaz.verbs, gaz.rare_verbs, gaz.function_words, _NOTICE_VERBS)
    return len(part) == 4 and any(head in w for w in words)


def road_end(masked: str, e: int) -> int:
    section = _SECTION.match(masked, e)
    if section:
        e = section.end()
    house = _HOUSE_NUMBER.match(masked, e)
    return house.end() if house else e


_ROAD_JOIN = set("、与和及至到")


def _road_name_end(name: str) -> bool:
    return name[-1] not in ROAD_NOT or (name[-1] == "新" and len(name) >= 3) or _gate(name)


def _gate(name: str) -> bool:
    """Whether ``name`` ends in a city gate's name, a direction and 门 (西门路, 东门路: a gate, not
    the word 门路 'connections')."""
    return name[-2:-1] in ("东", "西", "南", "北") and name[-1] == "门"


_HOUSE_NUMBER = re.compile("\\d{1,5}(?:[-－]\\d{1,5})?(?:号|弄)(?:\\d{1,4}号)?")
# A street may hold 路 in its name (卑度路街): the name runs on to the last 路 or 街.
# 内江街路段 is 内江街 and the noun 路段 "road section".
_NEXT_ROAD = re.compile("([\u4e00-\u9fff]{2,6}?)[东西南北中]?(?:大道|路|街)(?!路(?!段)|街)")


# 北京路演 is no road; neither are 四川路径 or 中国路线.
ROAD_AFTER_NOT = set("演径线费况数面程口上过人子头道区坊巷市景网")


def _is_generic_name(part: str) -> bool:
    return part in ("中国", "全国", "本市", "全市", "各地")


# -- metro stations and their exits -------------------------------------------------------

# A metro station is named after the system's word (捷运圆山站, 地铁西单站, 港铁金钟站); an exit
# numbered after it belongs to it (捷运圆山站1号出口), unless exits are listed (西门站1号、6号出口:
# the station alone). Not 车站, 站在 "stand", nor a station's name with a function word in it.
_METRO = re.compile(
    "(?:捷运|地铁|港铁)([\u4e00-\u9fff]{2,5}?)站(?![在着台长点务])"
    "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})号出口|[A-H]\\d?出口)?"
)


# The system's word holds for a station it leads to (搭乘捷运至|圆山站) and for the stations
# listed after one (捷运圆山站及|中山国小站).
_METRO_TO = re.compile("(?:捷运|地铁|港铁)(?:至|到)([\u4e00-\u9fff]{2,5}?)站(?![在着台长点务])")
_NEXT_STATION = re.compile("[及、和与]([\u4e00-\u9fff]{2,5}?)站(?![在着台长点务])")


def metro_stations(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Metro stations with the system's word, and a numbered exit of one."""
    out: list[Candidate] = []
    for m in [*_METRO.finditer(masked), *_METRO_TO.finditer(masked)]:
        name = m.group(1)
        if not _name_like(name, gaz) or name.endswith(("车", "的", "线")):
            continue
        start = m.start(1) if m.re is _METRO_TO else m.start()
        out.append((start, m.end(), "LOC", 3))
        nxt = _NEXT_STATION.match(masked, m.end())
        if nxt and _name_like(nxt.group(1), gaz):
            out.append((nxt.start(1), nxt.end(), "LOC", 3))
    return out


# -- power plants, seaports, rail lines; factories -----------------------------------------

# Waterworks, desalination plants and Taiwan's sugar refineries (杨树浦水厂, 将军海水淡化厂, 新营
# 糖厂: sites of heritage and of planning) are named for their place as power plants are.
_PLANT = re.compile(
    "(?:核电站|水电站|发电厂|热电厂|电厂|核电厂|风电场|海水淡化厂|海淡厂|水厂|糖厂)(?:[一二三四五六七八九十]期)?"
    "(?!社区)"  # 旗山糖厂社区: the community named after the refinery is the place
)
# Where a wind farm stands is no name of it (建设海上风电场; 青峰风电场 is one).
_SITING = frozenset("海上 陆上 近海 远海 深远海 山地 沿海".split())
_PORT = re.compile("港(?![澳台人币元股资商口区务城湾铁府方企人片龙深岛])")
_LINE = re.compile("线(?![上下路索条性图框段外内])")

# Common words that two place initials also spell (中长线 "medium and long term").
_NOT_LINES = frozenset("中长 南北 东西 上下 长短 一二".split())
_FACTORY = re.compile("厂(?![长区房商家址矿])")
_FACTORY_NOT_AFTER = set("工电药酒车水本该分总老设建办开关迁")


def plants_ports_lines(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Power plants, waterworks and sugar refineries named for their place (石洞口电厂, 大亚湾
    核电站, 杨树浦水厂, 新营糖厂) are infrastructure (LOC);
    so are seaports named by a place (大连港, 宁波舟山港) and rail lines named by two place
    abbreviations (京广线, 大秦线). A factory named for its place is a company (ORG)."""
    out: list[Candidate] = []
    for m in _PLANT.finditer(masked):
        s = m.start()
        start = name_starts.name_start(masked, s, gaz)
        part = masked[start:s]
        # The name starts at the first place in it (审批|石洞口电厂), else it is a short proper
        # name at a word boundary.
        at = next((i for i in range(len(part) - 1) if names.starts_with_place(part[i:], gaz)), -1)
        if at >= 0 and len(part) - at <= 6:
            out.append((start + at, m.end(), "LOC", 1))
        else:
            # A verb before a plant's own name ends it (审批|石洞口电厂).
            after_verb = False
            while part[:2] in gaz.verbs or part[:2] in gaz.function_words:
                start, part, after_verb = start + 2, part[2:], True
            edge = after_verb or _left_boundary(masked, start)
            if 2 <= len(part) <= 4 and _name_like(part, gaz) and edge and part not in _SITING:
                out.append((start, m.end(), "LOC", 1))
    for m in _PORT.finditer(masked):
        s = m.start()
        for k in (6, 5, 4, 3, 2):
            part = masked[s - k : s]
            if (
                len(part) == k
                and part in gaz.places
                or (len(part) == k and names.is_generic_places(part, gaz) and k >= 4)
            ):
                if _left_boundary(masked, s - k) and part not in ("香", "本"):
                    out.append((s - k, m.end(), "LOC", 3))
                break
    chars = gaz.line_chars
    for m in _LINE.finditer(masked):
        s = m.start()
        part = masked[s - 2 : s]
        if len(part) == 2 and part[0] in chars and part[1] in chars and part not in _NOT_LINES:
            if part not in gaz.function_words and _left_boundary(masked, s - 2):
                out.append((s - 2, m.end(), "LOC", 3))
    for m in _FACTORY.finditer(masked):
        s = m.start()
        if masked[s - 1 : s] in _FACTORY_NOT_AFTER:
            continue
        start = name_starts.name_start(masked, s, gaz)
        part = masked[start:s]
        place = gaz.place_re.match(part)
        if place and with_own_level(part, place.group(), place.end(), gaz):
            place = None  # 白河|区制油厂: a district's bare form is no place before its level word
        rest = part[place.end() :] if place else ""
        # A place and what the factory makes (洛阳|拖拉机厂), not a place and a verb.
        if len(rest) >= 2 and len(part) <= 12 and _name_like(rest, gaz):
            out.append((start, m.end(), "ORG", 2))
    return out


# Parks and squares named by a short proper name (柳林公园, 新梅江公园, 津湾广场, 崇贤公园): the
# name must read as a name and stand at a word's start, and must not be a kind of park
# (口袋公园, 主题体育公园, 宠物友善公园, 城市公园, 森林公园 — round 7 found these pass a name check).
_PARK = re.compile("(?:公园|广场)(?![路街站道])")
_PARK_KINDS = (
    "口袋 主题 森林 郊野 湿地 城市 社区 体育 儿童 宠物 友善 生态 滨水 滨河 滨江 街心 遗址 文化 休闲"
    " 健身 综合 功能 中心 市民 湖滨 江滩 海滨 沿河 线性 公共 小型 大型 新建 各类 一批 该 本 这"
).split()


_DIRECTION_DISTRICT = re.compile("[东西南北中]区")


def parks(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Parks and squares named by a proper name of two or three characters (LOC)."""
    out: list[Candidate] = []
    for m in _PARK.finditer(masked):
        e = m.start()
        for k in (3, 2):
            name = masked[e - k : e] if e >= k else ""
            if not _name_like(name, gaz) or any(w in name for w in _PARK_KINDS):
                continue
            if name[:2] in gaz.verbs or name_starts.stop_words(name):
                continue  # 透过公园化设计: a verb, not a name
            if _left_boundary(masked, e - k) or any(
                b.end() == e - k for b in gaz.org_re.finditer(masked, max(0, e - k - 12), e - k)
            ):  # … or right after a known body, its own square (港大|中山广场)
                # A Taiwan city's directional district names the park with it (东区崇贤公园).
                s = e - k - 2 if _DIRECTION_DISTRICT.fullmatch(masked, e - k - 2, e - k) else e - k
                out.append((s, m.end(), "LOC", 3))
                break
    return out


# A centre that is a facility is a place (LOC, infrastructure; the gold of batches 1 and 3-6):
# 润泽智算中心, 永华市政中心, 佳里区第三联合活动中心, 中欧班列华中区域集结中心 — named by a place
# or a proper name before its remit. An ordinal alone (第四活动中心) names none.
_FACILITY_CENTRE = re.compile("(?:智算|算力|超算|集结|市政|活动|运筹)中心")
_CENTRE_COUNT = re.compile("(?:第[一二三四五六七八九十]+)?(?:联合)?$")


def facility_centres(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Facility centres named by a place or a proper name (LOC)."""
    out: list[Candidate] = []
    for m in _FACILITY_CENTRE.finditer(masked):
        s = name_starts.name_start(masked, m.start(), gaz)
        part = masked[s : m.start()]
        count = _CENTRE_COUNT.search(part)  # always matches (every part is optional)
        core = part[: count.start()] if count else part
        if len(core) < 2 or names.is_generic(core) or core[:2] in gaz.function_words:
            continue
        out.append((s, m.end(), "LOC", 1))
    return out


def sites(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """All the candidates of this module."""
    return (
        towns(masked, gaz)
        + (ethnic_towns(masked, gaz) if "族" in masked else [])
        + roads(masked, gaz)
        + (metro_stations(masked, gaz) if "站" in masked else [])
        + plants_ports_lines(masked, gaz)
        + regions.regions(masked, gaz)
        + regions.abbreviation_runs(masked, gaz)
        + regions.taiwan_runs(masked)
        + (parks(masked, gaz) if "公园" in masked or "广场" in masked else [])
        + (facility_centres(masked, gaz) if "中心" in masked else [])
    )
