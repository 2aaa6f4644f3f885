"""Context checks for names on the masked pivot that need only the gazetteer and the word
lists: where a name runs on into a longer word, a country before a body, one known body before
another, a place that ends inside a short name, where a name starts past the verbs, adverbs
and words of a headline before it. Used by :mod:`gui.core.entities.names`. Companies' short
names are read in :mod:`gui.core.entities.company_names`."""

from __future__ import annotations

import re
from collections.abc import Callable

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, memoised

# A place or zone directly followed by one of these is a clause (无锡高新区建设…), not a name.
PLACE_THEN_VERB = re.compile(r"[省市区县州](?:建设|推广|引进|合作|交流)")
_CLAUSE_VERB = re.compile("(?:建设|推广|引进|合作|交流|打造|加快|推进|建成|创建|争创|培育)")


def place_then_verb(part: str, gaz: Gazetteer) -> bool:
    """深圳建设国际科技产业创新中心: a place, then a verb — a clause, not a name."""
    m = gaz.place_re.match(part)
    return bool(m and _CLAUSE_VERB.match(part, m.end()))


def past_dateline_and_byline(masked: str, start: int, end: int) -> int:
    """Where a name that would start at ``start`` (and end at ``end``) starts past a news
    dateline's 电 or 讯 right after its masked date (3月5日电|中国…委员会, 6月12日讯|北京…) and
    past a closing bracket without its opening one, at the left edge or further in (a byline's:
    （记者陈雁）|中共中央…)."""
    if masked[start : start + 1] in ("电", "讯") and masked[start - 1 : start] == "\x00":
        start += 1
    depth = 0
    for i in range(start, end):
        if masked[i] in "(（":
            depth += 1
        elif masked[i] in ")）":
            depth -= 1
            if depth < 0:
                start, depth = i + 1, 0
    return start


def word_continues(masked: str, end: int, name: str) -> bool:
    """Whether ``name`` ending at ``end`` is really the start of a longer common word:
    科技部门 (departments in general), 兰州大学生 (students), 建设部署 (a verb)."""
    nxt = masked[end : end + 1]
    if not nxt:
        return False
    if name.endswith("部") and nxt in "门署":
        return True  # 科技部门 (departments), 建设部署 (建设 + 部署, "to deploy")
    # The name's own endings looked up (not each of the table's suffixes tried on the name).
    for k in _BLOCKED_LENGTHS:
        blocked = lx.SUFFIX_BLOCKED_AFTER.get(name[-k:])
        if blocked and nxt in blocked:
            return True
    return False


_BLOCKED_LENGTHS = sorted({len(suffix) for suffix in lx.SUFFIX_BLOCKED_AFTER})


def foreign_country_prefix(part: str, gaz: Gazetteer, suffix: str = "") -> int:
    """Length of a place at the start of ``part`` that is no part of the body's name (0 if
    none): a foreign country (美国哈佛大学), or a city before a university known by a name of
    its own (上海复旦大学 → 上海 + 复旦大学; the gold of batches 2 and 6)."""
    return _country_prefix(part, suffix, gaz)


# The name tests of a suffix's left extension below are answered once per text (a report
# names the same bodies again and again; ~0.4 s of a 10 MB report's CPU).
@memoised
def _country_prefix(part: str, suffix: str, gaz: Gazetteer) -> int:
    m = gaz.place_re.match(part)
    if m and m.group() in gaz.countries and len(part) - m.end() >= 2:
        return m.end()
    if m and suffix == "大学" and part[m.end() :] in gaz.orgs and m.group() in gaz.places:
        return m.end()
    return 0


@memoised
def words_before_country(part: str, gaz: Gazetteer) -> int:
    """Where a foreign body's name starts when words that are no name run into it from the left
    (a headline without punctuation: 地铁再度停运|委内瑞拉地震学研究基金会): at the first place
    of ``part`` if that is a foreign country of three characters or more (two-character ones
    run into words: 古埃及, 泛希腊) after two characters or more holding no place, no known body
    and no level word (0 otherwise)."""
    m = gaz.place_re.search(part)
    if not m or m.start() < 2 or len(m.group()) < 3 or m.group() not in gaz.countries:
        return 0
    if len(part) - m.end() < 2:
        return 0
    before = part[: m.start()]
    if gaz.place_re.search(before) or gaz.org_re.search(before) or before[0] in lx.LEVEL_CHARS:
        return 0
    return m.start()


def second_known_body(masked: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Where a name really starts when it reads known body + other words + known body
    (每日经济新闻综合中央纪委国家监委: a source and then the body): at the second body. Two
    known names side by side (中央纪委国家监委) are one body with two names and stay whole."""
    first = gaz.org_re.match(masked, start)
    if not first or first.end() >= end:
        return start
    for m in gaz.org_re.finditer(masked, first.end() + 1, end):
        pos = m.end()
        while pos < end:  # the rest must be known names side by side
            nxt = gaz.org_re.match(masked, pos, end)
            if not nxt or nxt.end() == pos:
                break
            pos = nxt.end()
        if pos == end:
            return m.start()
    return start


def starts_inside_place(masked: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """Whether a place name that starts before ``s`` ends inside ``[s, e)``."""
    for k in (1, 2, 3):
        if s - k < 0:
            break
        m = gaz.place_re.match(masked, s - k)
        if m and s < m.end() < e + 1 and m.end() - m.start() >= 2:
            return True
    return False


_VERB_CHARS = frozenset("有是看用做教令读去入到在给让把被跟同与及而但")


#: Verbs of a body's remit that follow their object inside its name (文物保护, 疾病预防控制,
#: 水环境治理): after a noun they are no boundary, after an adverb they are (依法保护); so is
#: 控制 after 预防 (疾病预防控制中心; a 控制中心 alone is a facility).
_REMIT_AFTER_OBJECT = frozenset("保护 治理 预防".split())


def _object_before(part: str, i: int, gaz: Gazetteer) -> bool:
    """Whether the two characters before ``part[i]`` are a noun, the object of a remit verb,
    or another remit verb of a chain (疾病预防|控制)."""
    pair = part[i - 2 : i]
    if i >= 4 and pair in _REMIT_AFTER_OBJECT:
        return _object_before(part, i - 2, gaz)
    return (
        i >= 2
        and all(lx.is_cjk(c) for c in pair)
        and pair not in gaz.function_words
        and pair not in gaz.verbs
        and pair[-1] not in "的地得了着过"
    )


def past_function_words(masked: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Where a name before a common-noun suffix (…大学, …公司, …医院) starts once the verbs,
    adverbs and pronouns before it are dropped: after the last such word in it (院长处理学院,
    区议员投诉西九龙中心 → 西九龙中心), or nowhere (-1) when nothing is left or the name reads
    place + verb (英国读大学)."""
    cut = _function_words_cut(masked[start:end], gaz)
    return -1 if cut < 0 else start + cut


@memoised
def _function_words_cut(part: str, gaz: Gazetteer) -> int:
    words = gaz.function_words
    if not words:
        return 0
    place = gaz.place_re.match(part)
    if place and place.end() < len(part):
        rest = part[place.end() :]
        if rest[:2] in words or rest[:1] in _VERB_CHARS:
            return -1
    protected = [m.span() for m in gaz.protect_re.finditer(part)]
    cut = 0
    for i in range(len(part) - 1, -1, -1):
        word = part[i : i + 2]
        if len(word) == 2 and word in words and not any(ps <= i < pe for ps, pe in protected):
            remit = word in _REMIT_AFTER_OBJECT or (word == "控制" and part[i - 2 : i] == "预防")
            if remit and _object_before(part, i, gaz):
                continue  # 县疾病预防控制中心, 市历史建筑保护事务中心: the remit's verb
            cut = i + 2
            break
    if cut == 0 and part[:1] in words and not place and not gaz.org_re.match(part):
        cut = 1  # 有清华大学, but not 太原钢铁 (太 "too" opens the place 太原)
    if cut and cut >= len(part):
        return -1
    return cut


@memoised
def after_verb(part: str, suffix: str, gaz: Gazetteer) -> int:
    """Where a name starts when a verb stands right before a place, a known body or a level
    word inside its left extension (标榜|香港大学, 批转|区文化局; a rarer verb of
    ``rare_verbs`` too: 承揽|州医院): the offset after the
    rightmost such verb; else after a national body's term number (二十届|中共中央政治局,
    :func:`past_national_term`); or 0. The known body may end in the name's ``suffix``
    (遏制|最高人民法院)."""
    verbs, words = gaz.verbs, gaz.function_words
    if not verbs:
        return past_national_term(part)
    whole = part + suffix
    for i in range(len(part) - 1, 1, -1):
        before = part[i - 2 : i]
        if before == "自治" and part[i] in "区州县旗":
            continue  # 自治区体育局: 自治区 is the level word, 自治 no verb before it
        verb = before in verbs or before in gaz.rare_verbs
        if (
            (verb or before in words or before in lx.CONSENT_VERBS or before in lx.ADDRESS_VERBS)
            and (
                gaz.place_re.match(part, i)
                or gaz.org_re.match(whole, i)
                or (part[i] in lx.LEVEL_CHARS and len(part) - i >= 3)  # 批转|区文化局
                or (verb and part[i:] in lx.LEVEL_CHARS)  # 承揽|州医院: the level word is the place
            )
        ):
            if not any(ps < i < pe for ps, pe in (m.span() for m in gaz.protect_re.finditer(part))):
                return i
    one = _after_one_character_verb(part, suffix, gaz)
    return one or past_national_term(part)


#: Verbs, adverbs and prepositions of one character that stand before the body or the place they
#: govern in a sentence (送|内政部警政署刑事警察局, 请上|台南市政府…局, 依|行政院大陆委员会组织条例,
#: 另|经济部水利署, 率团访|珠海市人大常委会, 内容指|入境处): no name opens with them there.
_ONE_CHARACTER_VERBS = frozenset("送上依另访指往致呈交派")


def _after_one_character_verb(part: str, suffix: str, gaz: Gazetteer) -> int:
    """The offset after the rightmost verb of ``_ONE_CHARACTER_VERBS`` right before a place or a
    known body inside the name's left extension, or 0."""
    whole = part + suffix
    protected = None
    for i in range(len(part) - 1, 0, -1):
        if part[i - 1] not in _ONE_CHARACTER_VERBS:
            continue
        if not (gaz.place_re.match(part, i) or gaz.org_re.match(whole, i)):
            continue
        if protected is None:
            protected = [m.span() for m in gaz.protect_re.finditer(part)]
        if not any(ps < i < pe for ps, pe in protected):
            return i
    return 0


# A term number before the Party's Central Committee or the short names of the national
# legislature and the CPPCC: the term is the committee's or the session's (二十届|中共中央政治局,
# 十四届|全国人大一次会议; the guideline), not part of the body's name; a province's or city's
# congress keeps its own (市十六届人大, 第十四届全国人民代表大会 in full).
_NATIONAL_TERM = re.compile("第?[一二三四五六七八九十]+届(?=中共中央|全国人大|全国政协)")


def past_national_term(part: str) -> int:
    """Where a name starts after a term number before a national body (二十届|中共中央…), or 0."""
    term = _NATIONAL_TERM.match(part)
    return term.end() if term else 0


# 本市 / 该市 / 全区 …: "this city", "the whole district" — the level character is the
# determiner's word, not a level word of the body's name.
_DETERMINERS = frozenset("本该全此")


def past_determined_level(masked: str, start: int, gaz: Gazetteer) -> int:
    """Where a body's name starts when it opens with a level character after 本/该/全/此 and a
    place follows (本市|海淀区民政局, 本市|永康区公所: the place's body, not 市海淀区…):
    one character later; else ``start``."""
    if (
        masked[start : start + 1] in lx.LEVEL_CHARS
        and masked[start - 1 : start] in _DETERMINERS
        and gaz.place_re.match(masked, start + 1)
    ):
        return start + 1
    return start


def mine_start(part: str, gaz: Gazetteer) -> int:
    """Where a mine's own name starts in the words before 煤矿: after the places that locate it
    (大同市|杏儿沟煤矿, 山西左权县|河南村煤矿, 安徽|芦岭煤矿), on a stem of two or three
    characters; 0 when no place stands before it (部分煤矿, 所有煤矿: the common noun)."""
    at = 0
    while len(part) - at > 3:
        m = gaz.place_re.match(part, at)
        end = m.end() if m else 0
        end = max([end, *(at + k for k in range(2, 7) if part[at : at + k] in gaz.full_places)])
        if end <= at or len(part) - end < 2:
            break
        at = end
    return at if at and len(part) - at <= 3 else 0


_TITLES = tuple(lx.PERSON_TITLES_AFTER)


def next_cell(part: str, gaz: Gazetteer, branch: bool = False) -> int:
    """Where a new name starts inside ``part`` after a whole body's head (…有限公司, …区政府),
    or 0: a table flattened by cleaning runs its cells together (百度智行科技（上海）有限公司/
    嘉定区政府上海淞泓智能汽车科技有限公司), and a name opening with a place or a known body
    right after a whole name is the next cell's, not a unit of the one before; after
    有限公司 any name is (a company's unit is its 分公司, ``branch``: 某某有限公司北京分公司)."""
    if len(part) < 5:
        return 0
    for m in reversed(list(_HEAD_THEN_NAME.finditer(part))):
        rest = part[m.end() :]
        if m.group() == "有限公司" and not branch:
            return m.end()
        opening = gaz.place_re.match(rest) or gaz.org_re.match(rest)
        if opening and opening.end() < len(rest):
            return m.end()
    return 0


_HEAD_THEN_NAME = re.compile("(?<=.)(?:有限公司|政府|委员会|管委会)(?=..)")


_MASK = "\x00"  # names.MASK: what the pivot holds where stage 1 found a date or a figure


def _cell_after_figure(masked: str, at: int) -> bool:
    """Whether the line that holds ``at`` opens there after a line of a figure or a date alone
    (masked whole): a flattened table's cell (…\n2026/5/28\n长江保荐\n宇树科技股份有限公司), not
    the first half of a title's broken name."""
    if at < 2 or masked[at - 1] != "\n":
        return False
    prev = masked.rfind("\n", 0, at - 1) + 1
    cell = masked[prev : at - 1]
    return bool(cell) and cell.count(_MASK) == len(cell)


def name_across_lines(
    masked: str,
    start: int,
    suffix_start: int,
    end: int,
    suffix: str,
    gaz: Gazetteer,
    name_start: Callable[[str, int, Gazetteer], int],
    name_ok: Callable[[str, str, Gazetteer], bool],
) -> list[tuple[int, int, str, int]]:
    """A body's name broken over two lines (a 公文 title or an occasion line set in short lines:
    国务院关于同意建立国务院职业教育工作\n部际联席会议制度的批复, 在广东省第十四届\n人民代表大会):
    the name's part on the line before, which must open with a place, a known body or a national
    level word, and its part up to the suffix on this line are one ORG (the span holds the line
    break). ``start`` is the start of the line the suffix stands on."""
    newline = start - 1
    if newline < 2 or not lx.is_cjk(masked[newline - 1]) or suffix == "煤矿":
        return []  # (a mine is named only after its places: mine_start)
    line = masked[start:end]
    if gaz.org_re.match(line) or (line[0] in lx.LEVEL_CHARS and not gaz.place_re.match(line)):
        return []  # the line opens with a body of its own: 中联办, 旅游局, 奉贤区\n区交通委
    before = name_start(masked, newline, gaz)
    if masked[before:newline].endswith(_TITLES):
        return []  # a member list's line: 申通地铁集团副总裁\n指挥部下设办公室
    # The name opens with a place, a known body or a national level word, at the start or after
    # a two-character verb no list knows (调整|国务院第二次\n全国污染源普查领导小组).
    for at in (before, before + 2):
        first = masked[at:newline]
        if len(first) >= 2 and (
            gaz.place_re.match(first)
            or gaz.org_re.match(first)
            or first.startswith(lx.NATIONAL_LEVEL)
        ):
            before = at
            break
    else:
        return []
    if (
        first.endswith(_WHOLE_HEADS)
        or gaz.org_re.fullmatch(first)
        or _cell_after_figure(masked, before)
    ):
        return []  # a line that ends a whole body names it (区委宣传部\n区人力资源…局: two)
    if not name_ok(first + masked[start:suffix_start], suffix, gaz):
        return []
    return [(before, end, "ORG", 2)]


# Heads that close a body's name: a title broken over lines breaks inside the name, and a line
# ending in one of these is a whole name (a list of bodies or a table's cells set one a line).
_WHOLE_HEADS = tuple(
    "公司 政府 委员会 管委会 大学 学院 研究院 研究所 集团 银行 协会 中心 医院 法院 局 厅".split()
)


def transliterated_de(window: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of 的 between two characters of foreign names (奥的斯, 亚的斯亚贝巴): a syllable
    of the transliteration there, not "of", so no edge of a name (奥的斯|电梯…有限公司)."""
    t = gaz.translit_chars
    return [
        (i - 1, i + 2)
        for i in range(1, len(window) - 1)
        if window[i] == "的" and window[i - 1] in t and window[i + 1] in t
    ]
