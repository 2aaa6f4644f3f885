"""Place rules: gazetteer places, named zones and venues (LOC), on the masked pivot.

Places come from the gazetteers (provinces, prefectures, world places in one trie regex;
county-level names looked up from their last character; bare district names and short Hong
Kong / Taiwan names only at a word boundary). Zones are anchored on their suffix like
organisations (兰州高新区, 天津滨海-中关村科技园); venues and infrastructure on theirs
(北京西站, 广州塔, 国家会议中心).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities import name_starts, names
from gui.core.entities.abbreviation_runs import bound_run
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.latin_places import latin_places
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compiled on first use, so importing this module stays cheap."""
    return {
        "zone_suffix": re.compile(trie_pattern(lx.ZONE_SUFFIXES)),
        "county_end": re.compile("[区县市旗]"),
        "place_false": re.compile(trie_pattern(lx.PLACE_FALSE_CONTEXTS)),
    }


# -- places and zones ----------------------------------------------------------------------


@cache
def _zone_generic() -> frozenset[str]:
    return lx.ZONE_GENERIC | frozenset(lx.LEVEL_CHARS)


_ZONE_PHASE = re.compile("[一二三四五六七八九十]期")
# The last characters of verbs of motion and visit (到访, 来访, 前往, 奔赴, 抵达): a place after
# one opens the zone's name; so after Hong Kong and Macau's 假 ("at", 假澳门科学馆举办).
_VISIT_ENDS = frozenset("访往赴抵达至假")


_COMPANY_CITY = re.compile("([^（(）)]{2,6})[（(]([^（(）)]{2,4})[）)]")


def zones(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Named development zones and parks: a name (a place, or a short proper name such as
    兰白 or 西咸) + designation words + a zone suffix."""
    out: list[Candidate] = []
    generic = _zone_generic()
    for m in _patterns()["zone_suffix"].finditer(masked):
        s, e = m.span()
        suffix = m.group()
        # A zone's phase is part of its name, as a venue's is (柳营科技工业区三期, 国家会议中心二期).
        e += 2 if _ZONE_PHASE.match(masked, e) else 0
        if suffix[-1] == "城" and masked[e : e + 1] == "市":
            continue  # 台湾健康城市, 科技城市: 城市 is the word, no zone
        if suffix == "新城" and masked[e : e + 1] == "区":
            continue  # 西安市新城区: a district's name, its level word after
        if suffix == "新城" and masked[name_starts.name_start(masked, s, gaz) : s] in gaz.places:
            continue  # 上海新城: the city's new towns, no name of one (松江新城 is left too)
        start = name_starts.name_start(masked, s, gaz)
        part = masked[start:s]
        if not part:
            continue
        if part[0] in "市省区县" and names.starts_with_place(part[1:], gaz):
            start, part = start + 1, part[1:]  # 位于本市|津南区八里台工业区: 本市 is "this city"
        if suffix == "园区" and _county_named(part, gaz):
            out.append((start, s, "LOC", 2))  # 洋县园区, 富平园区: the county's park, no name
            continue
        if names.starts_with_place(part, gaz):
            out.append((_joined_zone_start(masked, start, gaz), e, "LOC", 2))
            continue
        # A company's park named with its city in brackets (海尔（天津）市场创新产业园区).
        branch = _COMPANY_CITY.match(part)
        if branch and branch.group(2) in gaz.places and gaz.org_re.fullmatch(branch.group(1)):
            out.append((start, e, "LOC", 2))
            continue
        # A verb of motion or visit before the place ends the name (到访横琴粤澳深度合作区).
        visited = visited_place(part, gaz)
        if visited:
            out.append((start + visited, e, "LOC", 2))
            continue
        # No zone's name opens with a function word: one before a place ends the name on the
        # left, as a verb of motion does (进一步满足|海南自贸港建设).
        if part[:2] in gaz.function_words and names.starts_with_place(part[2:], gaz):
            out.append((start + 2, e, "LOC", 2))
            continue
        # The proper-name core is what comes before the designation words.
        for i in range(1, len(part) + 1):
            if names.is_generic(part[i:], generic):
                core = part[:i]
                break
        if not 2 <= len(core) <= 4 or names.is_generic(core, generic) or names.is_generic(core):
            continue
        if all(ch in "东西南北中内外上下" for ch in core):
            continue  # 东西合作发展先行区 is a designation, 东西 no place
        # A core that is not a place is a county's short name (碧江) or an abbreviation of
        # places (兰白, 郑洛新, 长株潭): each of its characters occurs in a province or
        # prefecture name (科普 does not).
        county_short = any(core + level in gaz.counties for level in "区县市")
        # A city's station by its direction names the district planned around it (北站国际
        # 商务区, 南站科技商务区, 西站新城): the station is the place the name stands on.
        station = len(core) == 2 and core[0] in "东西南北" and core[1] == "站"
        if not (county_short or station) and not all(ch in gaz.place_chars for ch in core):
            continue
        # After a weak suffix (园区, 片区) a bare word is as likely a verb as a name
        # (进驻园区): accept it only with designation words between (西安国际港务区).
        if core == part and suffix in lx.WEAK_ZONE_SUFFIXES:
            continue
        out.append((start, e, "LOC", 2))
    return out


def _county_named(part: str, gaz: Gazetteer) -> bool:
    """Whether ``part`` is a county named with its level word or bare (洋县, 富平)."""
    return part in gaz.counties or any(part + level in gaz.counties for level in "区县市旗")


_HYPHENS = "-—–－"


def visited_place(part: str, gaz: Gazetteer) -> int:
    """Where a place opens ``part`` after a verb of motion or visit (到访|横琴…, 抵达|金边…);
    0 if none."""
    return next(
        (
            i
            for i in range(1, len(part) - 1)
            if part[i - 1] in _VISIT_ENDS and names.starts_with_place(part[i:], gaz)
        ),
        0,
    )


def _joined_zone_start(masked: str, start: int, gaz: Gazetteer) -> int:
    """A zone named for two places joined by a hyphen is one span (天津滨海-中关村科技园)."""
    if start < 3 or masked[start - 1] not in _HYPHENS:
        return start
    left = name_starts.name_start(masked, start - 1, gaz)
    part = masked[left : start - 1]
    if 2 <= len(part) <= 8 and names.starts_with_place(part, gaz):
        return left
    # A local name no list knows joined to a place (笋岗-清水河片区), standing alone in a list.
    if 2 <= len(part) <= 4 and name_like(part, gaz) and left_boundary(masked, left):
        return left
    return start


def name_like(part: str, gaz: Gazetteer) -> bool:
    """A short proper name before a venue suffix (大兴, 虎门, 铁岗), not a phrase (现时, 估去,
    办法来管): no designation-only part, no function word in it."""
    words = gaz.function_words
    if names.is_generic(part) or part[:1] in words:
        return False
    return not any(part[i : i + 2] in words for i in range(len(part) - 1))


def _inside_false_context(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_left(spans, (s - 4, 0))
    for fs, fe in spans[i : i + 4]:
        if fs < e and s < fe and (fs, fe) != (s, e):
            return True
    return False


# Verb + abbreviation, matched from the verb (a leading lookbehind would make the engine try
# every position); the verb's own left neighbour is checked in code (现在京 is 现在 + 京).
# 外 after the place opens its word (京外 "outside Beijing", 港外), except the foreigners and the
# diplomats who are in the place (在华外国留学生, 驻华外交机构, 在京外籍人员).
_ABBREVIATION = re.compile(
    "[赴抵离来返回驻访留在对]([京津沪渝港澳川粤鄂湘闽浙皖冀豫鲁陕滇黔桂琼赣辽晋华台])"
    "(?![方商资企人股市区县中台上下内风阶]|外(?![国交籍]))"
)
_NOT_MOTION = {"在": set("现存正所实好自内"), "来": set("未以本从"), "对": set("面相针绝反")}
# 对 + abbreviation only for the regions that news pairs with it (对台投资, 对港政策).
_OBJECT_ONLY = set("台华港澳")
# Two one-character country or region names side by side before a relation word are two
# places (台美关系, 台澳双边, 美中贸易, 美日军事合作); so are the members of a 、-list of them (与美、英、日).
_ONE_CHAR_PLACES = "台美澳中日英法德俄韩港欧印加菲越泰朝伊以缅"
# Before such a word 巴 (Pakistan, Palestine), 墨 (Mexico), 意 (Italy) and 黎 (Lebanon) pair too
# (印巴两国, 巴以双方, 墨美两国, 意中两国, 黎以会谈), which alone are common characters.
_PAIR = re.compile(
    f"([{_ONE_CHAR_PLACES}巴墨意黎])([{_ONE_CHAR_PLACES}巴墨意黎])"
    "(?=关系|间|经贸|贸易|双边|两国|合作|伙伴|洽签|整体|双重|峰会|对话|交流|友谊|之间|元首|会谈|谈判"
    "|互动|双方|边境|边界|谅解|命运共同体|冲突|停火|文化|人文|军事|传统友谊)"
)
# Before 文化 or 人文 a pair that is itself a word keeps its sense (传统美德文化: 美德);
# a pair whose second character starts a word with 文 (中俄文化: 俄文) is still two places.
_CULTURE = ("文化", "人文")
# China and a country named by its one-character abbreviation before a word of relations
# (中塞关系 with Seychelles, 中沙全面战略伙伴关系, 中巴经济走廊, 中柬命运共同体): diplomatic news
# names every partner so, most of them by characters that alone are common words (塞, 沙, 巴),
# hence only after 中 and before such a word.
_PARTNERS = "塞沙巴哈吉塔乌土埃阿蒙老柬孟斯尼肯坦赞古秘智墨希匈捷波罗保芬挪丹冰比卢奥瑞哥"
# 黑 (Montenegro) pairs after 中 only (中黑建交); alone it is Heilongjiang or a colour. The pair
# as a subject that both countries are (中孟同为发展中国家, 中巴作为…) reads the same.
_CHINA_AND = re.compile(
    f"中(?:[{_PARTNERS}黑葡意荷新马菲泰越朝韩日美俄英法德加澳印欧非拉])"
    "(?=关系|建交|战略|全面|友好|友谊|经贸|贸易|双边|两国|合作|伙伴|元首|会谈|经济走廊|联合声明"
    "|高质量共建|命运共同体|同为|作为|铁杆)"
    # 南 is South Africa only before the words that name two countries (中南关系, 中南作为金砖国家;
    # 中南地区, 中南部 are the centre-south).
    "|中南(?=关系|建交|两国|同为|作为)"
)
# The partner's own leader names the pair the other way round (塞中关系, 沙中全面战略伙伴关系):
# after a clause mark or a verb of two characters (引领|哈中关系, 深化|柬中铁杆友谊), before the words
# of relations that open such a sentence; anywhere before 两国 or 建交, which name the two
# countries (奏孟中两国国歌).
_PARTNER_AND_CHINA = re.compile(
    f"([{_PARTNERS}])(中)(?=关系|建交|战略|全面|友好|友谊|双边|两国|伙伴|铁杆|传统友谊)"
)
_PAIR_OPENERS = frozenset("，。；：、\n")
_TWO_COUNTRIES = ("两国", "建交")
# Any two of them side by side (台美坚实情谊, 中葡经贸, 法荷市场, 中俄中小企业) are two places as
# well, unless a common word of the dictionary runs across either edge or the pair is one
# (集中|美国, 中|加强, 参加|中, 美德): in the People's Daily NER corpus 243 of the 252 such pairs
# outside longer names are two places. 以 is a preposition on either side (以美元, 其中以,
# 资产负债表日以: none of 60 pairs with it there is a place), so it pairs only before a
# relation word (_PAIR); a pair that is one place (台中) is left to the gazetteer.
_PAIR_CHARS = _ONE_CHAR_PLACES.replace("以", "") + "葡荷"
_ANY_PAIR = re.compile(f"(?=[{_PAIR_CHARS}][{_PAIR_CHARS}])")
# 琴澳 / 澳琴: Hengqin and Macau, paired in every release on the cooperation zone (琴澳融合,
# 琴澳居民, 澳琴协同); 横琴 and 澳门 themselves are whole names and are left to the gazetteer.
_HENGQIN_MACAU = re.compile("[琴澳](?<!横.)(?:(?<=琴)澳(?!门)|(?<=澳)琴)")
# A one-character country before a part of it or its head of government (黎南部, 以总理称):
# after a boundary or a word of place (在黎南部, 对黎南部).
# (Every scan opens with its first character consumed and what stands before it looked back
# on: re skips to the candidates at C speed only when a pattern opens with a character.)
_ONE_CHAR_COUNTRY_PART = re.compile(
    "([以黎叙伊朝韩日美俄乌])(?:(?<![\\u4e00-\\u9fff].)|(?<=[在对向从与和至].))"
    "(?=南部|北部|东部|西部|中部|境内|全境|总理|总统|外长|防长|首都)"
)
# A headline's one-character country before 称 'says' (俄称在顿涅茨克推进 乌称打击…): after a
# mark, a space or a line's start only (not 日 after a day's digits: 22日称).
_ONE_CHAR_COUNTRY_SAYS = re.compile(
    "([以黎叙伊朝韩美俄乌])(?:(?<=[：:，。；！？ \u3000\n].)|(?<![\\s\\S][\\s\\S]))(?=称)",
    re.MULTILINE,
)
# 抗美援朝 names the Korean War by its two countries.
_WAR_NAME = re.compile("抗(美)援(朝)")
# Asia and Europe named together by their first characters (亚欧陆海联运, 欧亚经济论坛, 亚欧会议):
# two places, as the dev batches' gold and People's Daily both write them; 欧亚大陆 is the
# landmass, one name of the gazetteer.
_ASIA_EUROPE = re.compile("[亚欧](?:(?<=亚)欧|(?<=欧)亚(?!大陆))")
# A 、-list of them opens after a conjunction, a mark or a preposition of direction (推向日、韩、
# 星、马; 来自中、美、法等20个国家), and may hold the abbreviations Taiwan and Singapore news use
# for Singapore, Malaysia, the Netherlands, Portugal, Italy and Spain (星, 马, 荷, 葡, 意, 西),
# which alone are common words and are taken only as members of such a list.
_LIST_PLACES = _ONE_CHAR_PLACES + "星马荷葡意西"
_ONE_CHAR_LIST = re.compile(
    f"[{_ONE_CHAR_PLACES}](?<=[与和及同，、向自至从对在于到往赴\\n][{_ONE_CHAR_PLACES}])(?:、[{_LIST_PLACES}])+"
    "(?![本报期元国语文心间央方式军])"
)
# 新 ends these words, so 新中国 after them is the word + 中国 (创新中国, 全新中国).
_NEW_AS_WORD_END = set("创革更全崭最清刷重维翻焕")
# 届 ends its word too (第34届|台北国际书展, 本届|香港…).
_COUNTY_LEFT_OK = set("省市州盟旗区县在与和及的于至到赴从往经去来回抵游访届")


# Conjunctions, prepositions and verbs of one character that stand before a clause's subject or
# object (但台南仍有, 盼臺南農業, 让台中): a place after one stands apart, unless the character and
# the place's first one are a word of the lists (由于|都: 于都 is a county).
_ONE_CHAR_WORDS = frozenset("但盼让使把被向给为由同跟或即若令助促与")


def _after_one_char_word(masked: str, s: int, gaz: Gazetteer) -> bool:
    pair = masked[s - 1 : s + 1]
    return (
        masked[s - 1 : s] in _ONE_CHAR_WORDS
        and pair not in gaz.function_words
        and pair not in gaz.verbs
        and pair not in gaz.abbreviation_words
    )


_AREA_WORDS = ("城市", "城区", "林区")


def _city_word(masked: str, s: int, gaz: Gazetteer) -> bool:
    """Whether a county named X城市 at ``s`` (海城市, 兴城市) is rather the word 城市 after a word
    that ends in X (上海|城市, 沿海|城市, 新兴|城市): glued to the word before, with no place
    ending there (辽宁|海城市 is a chain)."""
    if left_boundary(masked, s):
        return False
    return not any(masked[s - j : s] in gaz.places for j in range(2, 5))


def _pair_at(s: int) -> list[Candidate]:
    """Two one-character places side by side at ``s`` (中美, 琴澳, 亚欧)."""
    return [(s, s + 1, "LOC", 4), (s + 1, s + 2, "LOC", 4)]


def _abbreviation_pairs(masked: str, gaz: Gazetteer, bounds: set[int]) -> list[Candidate]:
    """Two one-character country or region names side by side, where no common word of the
    dictionary runs across the pair's edges (见证台美坚实情谊 → 台, 美; 集中美国 → none) and no
    gazetteer place starts or ends between them (以色列, 香港法: ``bounds``)."""
    words = gaz.abbreviation_words
    out: list[Candidate] = []
    for m in _ANY_PAIR.finditer(masked):
        s = m.start()
        pair = masked[s : s + 2]
        if pair[0] == pair[1] or pair in words or pair in gaz.places or s + 1 in bounds:
            continue
        if masked[s - 1 : s + 1] in words or masked[s + 1 : s + 3] in words:
            continue
        if bound_run(masked, s):
            continue  # 港澳台同胞, 港澳台商: the run is bound to the word after it
        out += _pair_at(s)
    return out


def with_own_level(masked: str, name: str, e: int, gaz: Gazetteer) -> bool:
    """Whether a bare district or township name runs on into its own level word (白河|区,
    七股|区, 吉安|乡): the full name is the place, found by the county or town rules."""
    level = masked[e : e + 1]
    return (
        bool(level)
        and level in "区镇乡市"
        and (name + level in gaz.counties or name + level in gaz.towns)
    )


def left_boundary(masked: str, s: int) -> bool:
    """Whether a word can start at ``s``: after punctuation, a place-linking character
    (在, 和, 省 …) or a verb or function word of the stop list (支持门头沟)."""
    before = masked[s - 1 : s]
    if not before or not is_cjk(before) or before in _COUNTY_LEFT_OK:
        return True
    lo = max(0, s - 4)
    return any(m.end() == s - lo for m in name_starts.stop_words(masked[lo : s + 1]))


def _names_a_village(name: str, gaz: Gazetteer) -> bool:
    """Whether a village or town may be named after ``name``: a natural feature or another
    site of three characters or more (马鬃山, 西柏坡), not a division or a country."""
    if name in gaz.natural_places:
        return True
    return len(name) >= 3 and name not in gaz.full_places and name not in gaz.countries


# A village or town named after a mountain or a river, as the level word follows (村民 is the
# villagers, 村委 the village committee: the village is named without them).
_LEVEL_AFTER_SITE = frozenset("村镇乡")
_NAMED_AFTER_FEATURE = re.compile("(?:村(?![民委级])|镇(?![长级])|乡(?![长级亲]))")


# A great river's basin, fairway or mouth is one place with it (长江流域, 长江航道, 珠江口; a basin
# stays whole as 黄河流域陕晋豫段 does); 口 opening a word (口岸, 口径) is no mouth.
_RIVER_PART = re.compile("流域|航道|口(?![岸径号罩头碑气语吻音味子])")


# What Taiwan's press says of its outlying islands as a kind (离岛航线, 离岛运送任务, 离岛医疗): Hong Kong's
# 离岛 district is named otherwise (离岛区, 新界西及离岛).
_ISLAND_ROUTES = frozenset(("航线", "运送", "地区", "居民", "医疗"))


def places(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """LOC candidates from the gazetteers: provinces, prefectures, world places (one regex) and
    county-level names (looked up from their last character)."""
    false_spans = [m.span() for m in _patterns()["place_false"].finditer(masked)]
    out: list[Candidate] = []
    weak = gaz.weak_places
    bounds: set[int] = set()  # where a gazetteer place of two or more characters starts or ends
    for m in gaz.place_re.finditer(masked):
        s, e = m.span()
        if e - s >= 2:
            bounds.update((s, e))
        if false_spans and _inside_false_context(s, e, false_spans):
            continue
        if m.group() in weak and with_own_level(masked, m.group(), e, gaz):
            continue  # 白河區: the district's full name, found from its level word
        if weak and m.group() in weak and not left_boundary(masked, s):
            verb = masked[s - 2 : s]  # 显示台南, 展现台南: after a verb the place stands apart
            pair = all(ch in _LIST_PLACES + "亚非" for ch in m.group())  # 打通亚欧: 亚 + 欧
            # 飞越维港: a rarer verb of motion sets the place apart as well as a common one.
            apart = verb in gaz.function_words or verb in gaz.verbs or verb in gaz.rare_verbs
            if pair or not apart:
                if not any(masked[s - k : s] in gaz.countries for k in range(2, 7)) and not (
                    _after_one_char_word(masked, s, gaz)
                ):
                    continue  # a bare district name glued to a word is that word's tail (平台中)
        if m.group() == "离岛" and (
            masked[e : e + 2] in _ISLAND_ROUTES or masked[s - 1 : s] in "等大"
        ):
            continue  # 离岛航线, 金门、马祖、澎湖等离岛, 三大离岛: Taiwan's outlying islands, a kind
        if m.group() == "新中国" and masked[s - 1 : s] in _NEW_AS_WORD_END:
            s += 1  # 创新中国 is 创新 + 中国
        if m.group().endswith("市") and masked[e : e + 1] == "场" and m.group()[:-1] in gaz.places:
            e -= 1  # 温州市场 is 温州 + 市场 (market), not 温州市 + 场
        if (
            masked[e : e + 1] in _LEVEL_AFTER_SITE
            and _NAMED_AFTER_FEATURE.match(masked, e)
            and _names_a_village(m.group(), gaz)
        ):
            e += 1  # 马鬃山村, 琉璃河镇, 西柏坡乡: a village or town named after a site
        elif masked[e - 1 : e] in "江河" and (part := _RIVER_PART.match(masked, e)):
            name = m.group()  # a river, not a province or city in 江 (浙江, 九江)
            if name not in gaz.provinces and name + "市" not in gaz.places:
                e = part.end()
        out.append((s, e, "LOC", 4))
    # One-character abbreviations stand as place words after a verb of motion or place
    # (赴港, 抵港, 在京, 来华); 港方, 本港 and 全港 are no place words and are not matched.
    for m in _ABBREVIATION.finditer(masked):
        verb = masked[m.start()]
        if verb in _NOT_MOTION and masked[m.start() - 1 : m.start()] in _NOT_MOTION[verb]:
            continue
        if verb == "对" and m.group(1) not in _OBJECT_ONLY:
            continue
        out.append((m.start(1), m.end(1), "LOC", 4))
    for m in _PAIR.finditer(masked):
        if masked.startswith(_CULTURE, m.end()) and m.group() in gaz.abbreviation_words:
            continue
        out.append((m.start(1), m.end(1), "LOC", 4))
        out.append((m.start(2), m.end(2), "LOC", 4))
    for m in _CHINA_AND.finditer(masked):
        s = m.start()
        # 其中|日 is a word across the edge; 构建|中哈 is not, a verb of two ending before 中.
        if masked[s - 1 : s + 1] not in gaz.abbreviation_words or masked[s - 2 : s] in gaz.verbs:
            out += _pair_at(s)
    for m in _PARTNER_AND_CHINA.finditer(masked):
        s = m.start()
        if masked[s : s + 2] in gaz.places:
            continue  # 巴中 is a prefecture
        verb = masked[s - 2 : s]
        if (
            masked[s - 1 : s] in _PAIR_OPENERS
            or masked.startswith(_TWO_COUNTRIES, m.end())
            or verb in gaz.verbs
            or verb in gaz.function_words
        ):
            out += _pair_at(s)
    out += _abbreviation_pairs(masked, gaz, bounds)
    for m in _HENGQIN_MACAU.finditer(masked):
        s = m.start()
        out += _pair_at(s)
    for m in _ONE_CHAR_COUNTRY_PART.finditer(masked):
        out.append((m.start(1), m.end(1), "LOC", 4))
    for m in _ONE_CHAR_COUNTRY_SAYS.finditer(masked):
        out.append((m.start(1), m.end(1), "LOC", 4))
    for m in _ASIA_EUROPE.finditer(masked):
        s = m.start()
        out += _pair_at(s)
    for m in _WAR_NAME.finditer(masked):
        out += [(m.start(1), m.end(1), "LOC", 4), (m.start(2), m.end(2), "LOC", 4)]
    for m in _ONE_CHAR_LIST.finditer(masked):
        out += [(m.start() + i, m.start() + i + 1, "LOC", 4) for i in range(0, len(m.group()), 2)]
    by_tail = gaz.counties_by_tail
    for m in _patterns()["county_end"].finditer(masked):
        end = m.end()
        names_here = by_tail.get(masked[end - 2 : end])
        if not names_here:
            continue
        for name in names_here:  # longest first
            k = len(name)
            if masked[end - k : end] != name:
                continue
            # A two-character name glued to a word is usually that word's tail
            # (示范县 is not 范县): it needs a boundary on its left.
            before = masked[end - k - 1 : end - k]
            if k == 2 and before and is_cjk(before) and before not in _COUNTY_LEFT_OK:
                break
            if false_spans and _inside_false_context(end - k, end, false_spans):
                break  # 相应城市 holds no 应城市
            if name.endswith(_AREA_WORDS) and k == 3 and _city_word(masked, end - k, gaz):
                break  # 沿海城市, 太平城区, 重新林区: the word 城市/城区/林区, no 海城市, 平城区, 新林区
            if name[-1] == "市" and masked[end : end + 1] == "场":
                out.append((end - k, end - 1, "LOC", 4))  # 义乌市场: 义乌 + 市场
                break
            # 巴东县城: the county's seat is one place with it
            town = name[-1] == "县" and bool(_COUNTY_TOWN.match(masked, end))
            out.append((end - k, end + town, "LOC", 4))
            break
    return out + latin_places(masked, gaz)


# 县城, the seat of a county, not where 城 opens a word (县城乡规划局, 县城市管理局, 县城区, 县城镇化).
_COUNTY_TOWN = re.compile("城(?![市乡区镇关中])")


def repeatable_places(pivot: str, found: list[tuple[int, int, str]]) -> set[str]:
    """The places found whose every occurrence the recogniser's repeat stage tags: names of
    three characters or more, not those written in Latin letters (round 22: an English country
    is a place only in its frame, an English phrase outside a longer name, which
    :mod:`gui.core.entities.latin_places` reads at each occurrence; Taiwan in 與Taiwan合作 or in
    a company's name is no repeat of the Taiwan of a headline)."""
    out = set()
    for s, e, t in found:
        if t == "LOC" and e - s >= 3 and not pivot[s:e].isascii():
            out.add(pivot[s:e])
    return out
