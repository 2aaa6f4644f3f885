"""Name rules: organisations (ORG) and places and zones (LOC); people are in ``people.py``.

All functions work on the *masked* pivot: the Simplified pivot with the spans already taken by
the pattern rules (titles, terms, dates, quantities, addresses) blanked out with ``MASK``, so
that a name never reaches into them and nothing inside a title is annotated.

Organisation and zone names are anchored on their suffix (…大学, …研究院, …高新区) and extended
to the left until a boundary: punctuation, a mask, or a closed-class word (与, 在, 设立, 支持 …)
from :data:`~gui.core.entities.lexicon.LEFT_STOPS`. A name whose part before the suffix is
made only of generic modifiers (研发中心, 国家级经开区) is a designation and is dropped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from gui.core.entities import lexicon as lx
from gui.core.entities.company_names import listed_in_word, listed_name_end, listed_name_start
from gui.core.entities.departments import (
    bare_department,
    department_begin,
    places_before,
    splits_into,
)
from gui.core.entities.gazetteer import Gazetteer, memoised, trie_pattern
from gui.core.entities.name_context import (
    PLACE_THEN_VERB,
    after_verb,
    foreign_country_prefix,
    mine_start,
    name_across_lines,
    past_function_words,
    place_then_verb,
    second_known_body,
    starts_inside_place,
    word_continues,
    words_before_country,
)
from gui.core.entities.name_starts import name_start, stops_pattern

MASK = "\x00"
#: Candidate: (start, end, type, priority); lower priority wins between equal lengths.
Candidate = tuple[int, int, str, int]

_LATIN = re.compile("[A-Za-z]")


def _in_caps_phrase(masked: str, s: int, e: int) -> bool:
    """Whether the capitals at ``[s, e)`` stand in a line of English capitals, a word of it on
    either side across one space (I DON'T KNOW WHO IS …): an English word, no acronym there."""
    before = re.search("[A-Z']{2,} $", masked[max(0, s - 12) : s])
    after = re.match(" [A-Z']{2,}", masked[e : e + 12])
    return bool(before or after)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compiled on first use, so importing this module stays cheap."""
    return {
        "org_suffix": re.compile(trie_pattern(lx.ORG_SUFFIXES)),
        "stops": stops_pattern(),
        "remit_compounds": re.compile(trie_pattern(lx.REMIT_COMPOUNDS)),
        "enum": re.compile(
            # 等 + an optional count (masked when it has digits) + a few modifiers + the head:
            # 等企业, 等多家行业内龙头企业, 等8家高新技术企业.
            r"等(?:一批|多家|\x00+|[一二三四五六七八九十]+家)?(?:(?![的和与及])[\u4e00-\u9fff]){0,6}?(?:"
            + trie_pattern(lx.ENUM_HEADS)
            + ")"
        ),
    }


# -- shared helpers ------------------------------------------------------------------------


@cache
def _generic_words() -> tuple[frozenset[str], int]:
    words = lx.GENERIC | frozenset(lx.LEVEL_CHARS) | frozenset(lx.ZONE_SUFFIXES)
    return words, max(map(len, words))


def is_generic(part: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``part`` splits entirely into generic modifiers (or is empty)."""
    if words is None:
        return _is_generic_default(part)
    return splits_into(part, words, max(map(len, words)))


@lru_cache(maxsize=8192)
def _is_generic_default(part: str) -> bool:
    # Reports repeat the same few phrases before their suffixes (技术创新, 研发): cache them.
    words, longest = _generic_words()
    return splits_into(part, words, longest)


@lru_cache(maxsize=4096)
def is_remit(part: str) -> bool:
    """Whether ``part`` is only a department's remit (发展改革, 工业和信息化): in a list before
    等部门 it names a department without naming it."""
    return splits_into(part, lx.REMITS, 9)


@memoised
def _contains_place(part: str, gaz: Gazetteer) -> bool:
    if gaz.place_re.search(part) or gaz.org_re.search(part):
        return True
    # Townships are named with their level word (虹桥街道办事处, 安亭镇政府).
    for m in _TOWN_END.finditer(part):
        end = m.end()
        if any(is_town(part[end - k : end], gaz) for k in range(3, min(end, 8) + 1)):
            return True
    # County-level names end in 区/县/市/旗: look only where one of those is.
    for m in _COUNTY_END.finditer(part):
        end = m.end()
        for name in gaz.counties_by_tail.get(part[end - 2 : end], ()):
            if part[end - len(name) : end] == name:
                return True
    return False


_COUNTY_END = re.compile("[区县市旗]")
_TOWN_END = re.compile("街道|镇|乡")


def is_town(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is a subdistrict of the list (南京东路街道) or reads as a town or township:
    a two- or three-character proper name and 镇/乡 (安亭镇; not 城镇, 特色小镇, 各乡)."""
    if name in gaz.towns:
        return True
    core = name[:-1]
    if name[-1:] not in ("镇", "乡") or not 2 <= len(core) <= 3 or core[-1] in _NOT_TOWN_END:
        return False
    words = gaz.function_words
    return not is_generic(core) and core[:1] not in words and core[:2] not in words


_NOT_TOWN_END = set("城乡村集市小古名重强大色街坐军家下返老思水异他故同本外各全该每")


@memoised
def starts_with_place(part: str, gaz: Gazetteer) -> bool:
    """Whether ``part`` begins with a place name (any level, full or short form)."""
    if gaz.place_re.match(part):
        return True
    return any(part[:k] in gaz.full_places for k in range(2, min(len(part), 8) + 1))


# -- organisations -------------------------------------------------------------------------


@memoised
def _org_name_ok(part: str, suffix: str, gaz: Gazetteer) -> bool:
    if not part:
        return False
    if part in gaz.verbs or part in gaz.rare_verbs or part.endswith(lx.BELONGING + lx.LEVEL_OWNED):
        return False  # 持有公司, 跨进法院 (a verb and its object), 所属公司, 镇属公司 (kinds)
    if part.endswith(lx.SUFFIX_BLOCKED_BEFORE.get(suffix, ())):
        return False
    if part.endswith(_QUALITY_WORDS):
        return False  # 美國頂尖大學, 淡化頂尖大學: top universities, a kind, not one of them
    if suffix in lx.PLACE_ONLY_SUFFIXES:
        # 上海市奉贤区柘林镇人民政府, 重庆市巫山县培石乡政府: a chain of places may end in a town.
        town = next((k for k in (3, 4) if is_town(part[-k:], gaz)), 0) if len(part) > 4 else 0
        chain = part[:-town] if town else part
        return (
            part in gaz.places
            or is_town(part, gaz)
            or (starts_with_place(chain, gaz) and is_generic_places(chain, gaz))
        )
    if suffix in lx.ZONE_BODY_SUFFIXES:  # and the heads that need a place (澳门武术总会)
        return _contains_place(part, gaz) or part.endswith(tuple(lx.ZONE_SUFFIXES))
    if suffix in lx.CONGRESS_SUFFIXES:
        # 市政协, 区人大常委会, 市十六届人大, 北京市第十六届人民代表大会.
        core = _TERM_NUMBER.sub("", part)
        return (
            _contains_place(core, gaz)
            or core in lx.LEVEL_CHARS
            or core in _AUTONOMOUS
            or (len(core) >= 2 and core[-1] in lx.LEVEL_CHARS and _contains_place(core[:-1], gaz))
        )
    if suffix in lx.DEPARTMENT_SUFFIXES:
        # 国立台湾大学法律系: a department of a named university, not 体系, 关系, 联系.
        i = max(part.rfind("大学"), part.rfind("学院"))
        return i > 0 and 1 <= len(part) - i - 2 <= 6 and _org_name_ok(part[: i + 2], "大学", gaz)
    if suffix in lx.BUREAU_SUFFIXES:
        if _contains_place(part, gaz):
            return True
        # A zone's committee's office (平潭综合实验区管委会办公室): the office of a body found.
        committee = next((c for c in _ZONE_COMMITTEES if part.endswith(c)), "")
        if suffix == "办公室" and committee and len(part) > len(committee):
            return _org_name_ok(part[: -len(committee)], committee, gaz)
        if suffix == "分局" and any(part + level in gaz.counties for level in "区市县"):
            return True  # police precincts by the district's bare name (三重分局, 海淀分局)
        if part.startswith(_ZONE_LEVEL) and len(part) - len(part.split("区", 1)[0]) >= 3:
            return True  # 合作区民生事务局, 新区规划局: the zone stands for the place
        national = next((w for w in lx.NATIONAL_LEVEL if part.startswith(w)), "")
        if national:
            # 国家疾病预防控制局: a national level word stands for the place; the remit after it
            # must be a remit, not a verb (国家有关部委 stops at 有关).
            rest = part[len(national) :]
            return len(rest) >= 2 and rest[:2] not in gaz.function_words and "的" not in rest
        # 市商务局, 省科技厅: a level word stands in for the place; the stem is the remit
        # (区经委: two characters will do before 委 and 办).
        need = 2 if suffix in ("委", "办") else 3
        if part.startswith(_AUTONOMOUS):  # 自治区体育局: the autonomous region's level word
            return len(part) >= need + 2
        return part[0] in lx.LEVEL_CHARS and len(part) >= need
    if suffix in _LEVEL_LED and part[0] in lx.LEVEL_CHARS and len(part) >= 3:
        # 区大数据中心, 市政务服务办: a level word stands for the place; the rest may be generic.
        if part[:2] not in lx.GENERIC and part[:2] not in gaz.function_words:
            return True
    if suffix == "中心" and (_FACILITY_CENTRE.search(part) or lx.DESIGNATED_CENTRE.search(part)):
        return False
    if _contains_place(part, gaz):
        return True
    # 第七届跨国公司领导人峰会: an event's ordinal before a generic noun makes no name.
    return len(part) >= 2 and not is_generic(_EVENT_ORDINAL.sub("", part))


#: A zone's committee, whose office is named on after it (平潭综合实验区管委会办公室).
_ZONE_COMMITTEES = ("管委会", "管理委员会")


#: Words of quality or kind right before a body's head make a kind of body (頂尖大學, 一流企业
#: 公司, 知名医院, 其他客船公司), whatever stands before them.
_QUALITY_WORDS = ("顶尖", "一流", "知名", "著名", "名牌", "顶级", "优秀", "其他", "其它", "各类")


# Zones whose own bureaus name them by the zone word alone, as 市 stands for the city
# (Hengqin's 合作区经济发展局, a new area's 新区管委会办公室).
_ZONE_LEVEL = ("合作区", "新区", "高新区", "自贸区")
_EVENT_ORDINAL = re.compile("^第[一二三四五六七八九十]+届")
_TERM_NUMBER = re.compile("第?[一二三四五六七八九十]+届$")
#: The level words of the autonomous divisions (自治区体育局, 自治县人大常委会).
_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
_MODALS = frozenset("要能会应须得便就才没未已都也")
_LEVEL_LED = frozenset("中心 办公室 办 委".split())
_TERM_BEFORE = re.compile("第?[一二三四五六七八九十]+届$")
# Armies named by a one-character country (以军, 日军, 侵华日军).
_ARMY = re.compile(
    "[侵以日美俄英法德韩朝乌苏缅](?:(?<=侵)华日军|(?<=[以日美俄英法德韩朝乌苏缅])军(?![队事人团区工用官民舰机港]))"
)
# The Party by its short name 中共 where nothing longer is named (中共中央, 中共北京市委 are found
# whole): at a clause's or quotation's edge (打倒中共。, 。中共喉舌) or before a congress's or a
# plenum's number (中共二十届四中全会, 中共十八大以来) — not 中|共 across two words (烽火中共赴),
# nor the first congress's site (中共一大会址, a place).
_PARTY_SHORT = re.compile(
    "中共(?<![\u4e00-\u9fff]中共)(?![\u4e00-\u9fff])"
    "|中共(?=第?[一二三四五六七八九十]+(?:届|大(?!会址)))"
    "|中共(?<![\u4e00-\u9fff]中共)(?=喉舌|政权|当局|党员)"
)

# The Party as 中共 in a sentence of the Hong Kong and Taiwan press, where nothing longer is named:
# the subject or object of a verb or a particle (面对中共对台军事野心, 中共却用大规模军演, 庆祝中共成立,
# 讲述中共如何…, 中共嘅生存之道). Not 中|共 across two words: a word in 中 before it (其中共有, 集中
# 共享, 心中共鸣) or in 共 after it (共同, 共赴, 共享: a word of the lists).
_PARTY_BARE = re.compile("中共(?=[\u4e00-\u9fff「『“])")
_PARTY_NEXT = frozenset("对的却将已也是为把被向从在与和及嘅係就都还又会要能不如所以并因仍常")
_IN_ZHONG = frozenset("其集心当之从手高初期空暗正途家城命看居个眼口胸水火意空")


def party_bare(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """中共 standing alone before a particle, a function word or a verb (中共对, 中共成立; see
    ``_PARTY_BARE``): the Party, where :data:`_PARTY_SHORT` reads only its clause edges."""
    out: list[Candidate] = []
    for m in _PARTY_BARE.finditer(masked):
        s, e = m.span()
        if masked[s - 1 : s] in _IN_ZHONG:
            continue
        pair = masked[e - 1 : e + 1]  # 共 + the next character: 共同, 共享, 共有 are words
        if pair in gaz.verbs or pair in gaz.function_words or pair in gaz.rare_verbs:
            continue
        nxt = masked[e : e + 2]
        if (
            masked[e] in _PARTY_NEXT
            or masked[e] in "「『“"
            or nxt in gaz.verbs
            or nxt in gaz.function_words
        ):
            out.append((s, e, "ORG", 2))
    return out


# A 中心 after a place + 国家 (合肥综合性国家科学中心) is a national designation, and one named for
# an infrastructure (贵安新区数据中心) is a facility: neither is a named organisation.
_FACILITY_CENTRE = re.compile(
    r"(?<=.)国家|(?:数据|资料|大数据|算力|云计算|超算|物流|会展|体育|文化|商务)$"
)


def is_facility_centre(part: str) -> bool:
    """Whether a 中心 named ``part`` is a facility, not a body (冷链物流中心, 数据中心)."""
    return bool(_FACILITY_CENTRE.search(part))


def is_generic_places(part: str, gaz: Gazetteer) -> bool:
    """Whether ``part`` is a chain of place names (甘肃省兰州市)."""
    i = 0
    while i < len(part):
        for k in range(min(len(part) - i, 10), 1, -1):
            if part[i : i + k] in gaz.places:
                i += k
                break
        else:
            return False
    return True


def organisations(
    masked: str, gaz: Gazetteer, count_ends: frozenset[int] = frozenset()
) -> list[Candidate]:
    """ORG candidates: suffix-anchored names with the left-boundary rule, and known bodies.

    ``count_ends`` are the ends of counts (6所, 20家): a name right after one is a common
    noun being counted (成立6所半导体学院), unless it holds a place."""
    out: list[Candidate] = []
    for m in _patterns()["org_suffix"].finditer(masked):
        s, e = m.span()
        suffix = m.group()
        if suffix == "管理委员会" and not _org_name_ok(
            masked[name_start(masked, s, gaz) : s], suffix, gaz
        ):
            suffix, s = "委员会", s + 2  # 区文物管理委员会: a committee, not a zone's board
        if suffix == "委会" and masked[e : e + 1] in ("同", "商", "签"):
            # 委会 is a committee (帐委会), but 市交通委会同… is 市交通委 + 会同 "jointly with".
            suffix, e = "委", e - 1
        if masked[e : e + 1] == "长" and (
            (len(suffix) <= 2 and suffix in masked[max(0, s - 9) : s]) or masked[s - 1 : s] == "副"
        ):
            continue  # 审计署署长, 水上分局曾文勇分局长, 税务司（…）副司长: …长 is a title
        if suffix == "学会" and masked[s - 1 : s] in _MODALS:
            continue  # 便要学会, 能学会: the verb "learn" after a modal, no society
        blocked = lx.SUFFIX_BLOCKED_AFTER.get(suffix)
        if blocked and masked[e : e + 1] and masked[e] in blocked:
            if not (
                (suffix == "委" and masked[e : e + 2] in ("会同", "会商", "会签"))
                or masked[e : e + 2] in ("教授", "教师")  # 台湾大学教授 is no 大学教育
                or (suffix == "局" and masked[e : e + 2] == "部门")  # 市财政局|部门预算: no 局部
                # 科学技术局|面向全社会发布: the verbs 面向, 面对, 面临, no 局面 "situation".
                or (suffix == "局" and masked[e : e + 2] in ("面向", "面对", "面临"))
            ):
                continue
        start = name_start(masked, s, gaz)
        start = _past_split_verb(masked, start, s, gaz)
        if masked[start - 1 : start] == "\n":  # 国务院职业教育工作\n部际联席会议: a title's lines
            out += name_across_lines(masked, start, s, e, suffix, gaz, name_start, _org_name_ok)
        if start in count_ends and not _contains_place(masked[start:s], gaz):
            continue
        if suffix in lx.COMMON_NOUN_SUFFIXES:
            start = past_function_words(masked, start, s, gaz)
            if start < 0:
                continue
        # Try the full left extension first, then shorter ones starting at a place name, so a
        # stray word that no stop list knows does not sink a good name.
        part = masked[start:s]
        cut = words_before_country(part, gaz)
        if cut and not is_generic(part[:cut]) and _org_name_ok(part[cut:], suffix, gaz):
            # 停运|委内瑞拉地震学研究基金会: the country opens the body's own name here
            out.append((start + cut, e, "ORG", 2))
            continue
        country = foreign_country_prefix(part, gaz, suffix)
        if country and _org_name_ok(part[country:], suffix, gaz):
            # 美国哈佛大学: the country is where the body is, not part of its name.
            out.append((start, start + country, "LOC", 2))
            out.append((start + country, e, "ORG", 2))
            continue
        if suffix == "议会":
            # A council is named by its district (葵青区议会): words before the place are not
            # part of the name (去信葵青区议会).
            place = gaz.place_re.search(part)
            if place:
                start += place.start()
                part = part[place.start() :]
        if masked[start - 1 : start] in _PLACE_VERBS and _one_place_before_body(part, gaz):
            out.append((start, start + 1, "LOC", 4))  # 在京|中共中央政治局委员: where they are
            start, part = start + 1, part[1:]
        cut = after_verb(part, suffix, gaz)
        if cut:
            # 标榜香港大学, 排挤台湾商会: a verb before a place or a known body ends the name's
            # left side there, whatever the stop lists know.
            start += cut
            part = part[cut:]
        if suffix == "煤矿":  # 大同市|杏儿沟煤矿; 部分煤矿 is no name (name_context.mine_start)
            at = mine_start(part, gaz)
            out += [(start + at, e, "ORG", 2)] if at else []
            continue
        if _org_name_ok(part, suffix, gaz):
            out.append((second_known_body(masked, start, e, gaz), e, "ORG", 2))
            continue
        for i in range(1, len(part) - 1):
            if starts_with_place(part[i:], gaz) and _org_name_ok(part[i:], suffix, gaz):
                out.append((start + i, e, "ORG", 2))
                break
        else:
            begin = department_begin(masked, start, part, suffix)
            lead = places_before(masked, begin, gaz) if begin >= 0 else begin
            if lead < begin:
                # 重庆市|国土资源和房屋管理局: a place and a department's standard name
                out.append((lead, e, "ORG", 2))
                continue
            if (
                begin >= 0
                and not gaz.org_re.match(masked, begin, e)
                and bare_department(masked, begin, e, gaz)
            ):
                # 征询|生态环境局, 、|产业发展局: a department's standard name of remits alone
                out.append((begin, e, "ORG", 2))
                continue
            wide = name_start(masked, s, gaz, keep_remits=True)
            if wide < start:
                part = masked[wide:s]
                # 区建设管理委: a level word may stand for the place here too.
                level_led = part[:1] in lx.LEVEL_CHARS and suffix in lx.BUREAU_SUFFIXES
                if (
                    (starts_with_place(part, gaz) or level_led)
                    and not PLACE_THEN_VERB.search(part, 1 if level_led else 0)
                    and not place_then_verb(part, gaz)
                    and _org_name_ok(part, suffix, gaz)
                ):
                    out.append((wide, e, "ORG", 2))
    out += [(m.start(), m.end(), "ORG", 2) for m in _ARMY.finditer(masked)]
    out += [(m.start(), m.end(), "ORG", 2) for m in _PARTY_SHORT.finditer(masked)]
    out += party_bare(masked, gaz)
    for m in gaz.org_re.finditer(masked):
        s, e = m.span()
        if word_continues(masked, e, m.group()) or listed_in_word(masked, s, e, gaz):
            continue
        if masked[s].isascii() and (_LATIN.match(masked, e) or _LATIN.match(masked[s - 1 : s])):
            continue  # an acronym inside a longer Latin word (APECS, NATOs)
        if m.group().isupper() and _in_caps_phrase(masked, s, e):
            continue  # an acronym that is an English word in a line of capitals (KNOW WHO IS)
        term = _TERM_BEFORE.search(masked, max(0, s - 6), s)
        if term and m.group().startswith(("全国人民", "中国人民政治协商")):
            s = term.start()  # 第十四届全国人民代表大会
        if e - s <= 3 and starts_inside_place(masked, s, e, gaz):
            continue  # 湖北大力 holds no 北大, 上海信息 no 海信
        if masked[s - 1 : s] in lx.LEVEL_CHARS and m.group()[-1] in "局署处厅委办":
            s -= 3 if masked[s - 3 : s] in _AUTONOMOUS else 1  # 区文化局, 自治区体育局: its level
        s = listed_name_start(masked, s, m.group(), gaz)  # 一汽|丰田: a joint venture
        out.append((s, listed_name_end(masked, e, m.group(), gaz), "ORG", 1))
    return out


def _past_split_verb(masked: str, start: int, s: int, gaz: Gazetteer) -> int:
    """A one-character stop that opens a two-character verb or function word (报|送, 要|求: 报 and
    要 end names on the left) leaves the word's second character at the name's start; the name
    starts after it where a level word, a place or only generic words follow (报送|市道路运输管理局,
    要求|投标公司), not inside a word (任职业…)."""
    pair = masked[start - 1 : start + 1]
    if start + 1 < s and (
        pair in gaz.verbs or pair in gaz.rare_verbs or pair in gaz.function_words
    ):
        rest = masked[start + 1 : s]
        if rest[:1] in lx.LEVEL_CHARS or starts_with_place(rest, gaz) or is_generic(rest):
            return start + 1  # (a generic rest, 要|求|投标公司, is then no name at all)
    return start


# A one-character place right after one of these is where someone is or goes (在京, 赴港).
_PLACE_VERBS = frozenset("在赴驻抵来回返")
_ONE_CHAR_PLACES = frozenset("京津沪渝港澳川粤鄂湘闽浙皖冀豫鲁陕滇黔桂琼赣辽晋台")


def _one_place_before_body(part: str, gaz: Gazetteer) -> bool:
    """Whether ``part`` opens with a one-character place and a known body (京|中共中央…)."""
    return part[:1] in _ONE_CHAR_PLACES and bool(gaz.org_re.match(part, 1))
