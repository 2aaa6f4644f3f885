"""Where a name starts: organisation and zone names are anchored on their suffix and read
back from it to a boundary — punctuation, a mask, or a closed-class word (与, 在, 设立, 支持 …)
from :data:`~gui.core.entities.lexicon.LEFT_STOPS` and the stops of :func:`stops_pattern`,
unless the word lies inside a place, a known body or a department's remit (本 in 日本, 和 in
发展和改革). :func:`name_start` caches the answer per window of text. Used by the name rules of
:mod:`gui.core.entities.names` and its families.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.name_context import (
    next_cell,
    past_dateline_and_byline,
    transliterated_de,
)

_WINDOW = 24  # longest name part considered before a suffix (名称 rarely exceed this)
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff（）()A-Za-z·]+\Z")
_LATIN_GLOSS = re.compile("[（(][A-Za-z]+[）)]")
_ITEM_NUMBER = re.compile("[（(][一二三四五六七八九十]{1,3}[）)]")
_BEFORE_AT = frozenset("\x00时分点")
# The sender's head before 驻 (…政府驻, 外交部驻, 解放军驻, 部队驻, …国驻).
_SENDS_MISSION = re.compile("(?:政府|部|军|国|院|会|办|局|署|室|处|司|厅|队)$")


@cache
def stops_pattern() -> re.Pattern[str]:
    """The closed-class words a name cannot contain, compiled on first use."""
    # 经 ("through", 经国家…认证) is a stop, but not in 经济 / 经开区 / 经信 inside names.
    # Every alternative starts with a character (no leading lookbehind), so the engine can
    # skip to candidate characters at C speed; the conditions come after.
    return re.compile(
        trie_pattern(lx.LEFT_STOPS)
        # 经 ("through", 经国家…认证), but not in 经济 / 经开区 / 经信 / 经纪 inside names.
        + "|经(?![济开信贸营管纬委纪])|据(?<![数依根证占单票字论凭]据)"
        # 报 "submit" (报甘肃省委批准, 及时报市委), not the 报 of a paper (日报, 周报).
        + "|报(?<![日晚周商时早晨都画学导快情简公通汇电]报)(?![社刊])|报(?<=及时报)"
        # 连 "even" (会员连保险公司), not 连锁, 大连.
        + "|连(?![锁续接云江城山平南州])"
        # 都 "all" (and 首都 "the capital of"), not the 都 of 都市 (葡语都市联盟) nor of
        # Taiwan's short names of urban bureaus (台北市都发局, 都委会; 都委托 stays a stop).
        + "|都(?![市会城]|发局|委会)"
        # 贵 "your" right before the suffix of the body written to (贵公司, 贵行): no name.
        + "|贵(?=.$)"
        # 原 "former" before a body's full name (原中华人民共和国国家发展计划委员会).
        + "|原(?=中华人民共和国|中国|国家|全国|中央|中共|[省市区县])"
        # A numeral or demonstrative with a classifier (一间大学, 有一条大学, 呢间公司), and
        # a classifier after a masked count (6所半导体学院).
        + "|[一二两三四五六七八九十几数每某这那该呢嗰多][间家个所条座位名项班批类种群]"
        + "|[间家个所条座位名项班批类种群](?<=\x00.)"
        # A demonstrative's or an ordinal's 次 (本次|金叶集团与…, 此次, 首次), and the aspect
        # marker 着 after a verb (标志着|金叶集团与…, 意味着, 随着): no name runs across them.
        + "|次(?<=[本此这该首再每]次)|着"
        # A dateline's 讯 (本报讯); 联合 "jointly with" after a body's head (…局联合|区…).
        + "|讯(?<=[报社]讯)|联合(?<=[局厅委办署处院所司]联合)(?![会国体办])"
        # 率 "lead" between a person and the body led (主任薛良率临港新城管委会), not the
        # 率 of a rate (效率, 汇率) nor 率领 / 率先 (a bare body after them stays generic).
        + "|率(?![领先])(?<![效汇概比频税利速费功坦直产])"
        # 假 "at" after a day or a clock time (9月3日假新营区公所举行, 下午2时假…): Taiwan's,
        # Hong Kong's and Macau's notices name the venue so; no name runs across it.
        + "|假(?<=[\x00时分点]假)"
    )


def _protected(window: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Places, known bodies and department remits inside a window: a stop word inside them
    (本 in 日本, 和 in 发展和改革) is not a boundary."""
    return [m.span() for m in gaz.protect_re.finditer(window)] + transliterated_de(window, gaz)


def stop_words(text: str) -> list[re.Match[str]]:
    """The closed-class words in ``text`` that a name cannot contain (与, 支持, 在 …)."""
    return list(stops_pattern().finditer(text))


def stop_ends_at(text: str, pos: int) -> bool:
    """Whether a stop word (恭喜, 在, 与 …) ends right at ``pos``."""
    return any(m.end() == pos for m in stops_pattern().finditer(text, max(0, pos - 4), pos))


def _stop_spans(window: str, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in stops_pattern().finditer(window) if m.end() <= end]


#: Per gazetteer and keep_remits: name_start's answer for a window of text, cached.
_START_CACHE: dict[tuple[int, bool], tuple[Gazetteer, Callable[[str, int], int]]] = {}


def name_start(masked: str, end: int, gaz: Gazetteer, keep_remits: bool = False) -> int:
    """Where a name that ends at ``end`` (exclusive, before its suffix) starts (see
    :func:`name_start_in_window`).

    The answer depends only on the ``_WINDOW`` characters before ``end``, and a report names
    the same bodies again and again: the answer is cached per window (the stop-word scan of
    a window costs ~20 µs, a third of the name stage on a long report)."""
    lo = max(0, end - _WINDOW)
    entry = _START_CACHE.get((id(gaz), keep_remits))
    if entry is None or entry[0] is not gaz:  # the gazetteer kept: ids are reused

        def in_window(window: str, n: int) -> int:
            return name_start_in_window(window, n, gaz, keep_remits)

        entry = _START_CACHE[(id(gaz), keep_remits)] = (gaz, lru_cache(maxsize=1 << 15)(in_window))
    # The suffix's first character goes with the window: a stop's lookahead reads it (区经|委 is
    # no 经 "through").
    return lo + entry[1](masked[lo : end + 1], end - lo)


# A body of a province or a city is named from the place with its level word (山东省医疗保险事业中心,
# 山东省扶贫开发领导小组): where a flattened page runs a form's words into it (…明细表|山东省…中心,
# 报名回执|山东省…, 鲁机发号|山东省人民政府办公厅), the name starts at the place. A body, a party or
# the state before the place keeps it (国家税务总局山东省税务局, 中共山东省委, 国网山东省电力公司).
_BODY_BEFORE_PLACE = tuple("局委部院厅署办会司室处所队社组团行党盟")
_STATE_BEFORE_PLACE = ("中共", "中华人民共和国", "国家", "中国", "中央", "民革", "民建", "民进")


def _at_province_or_city(masked: str, start: int, end: int, gaz: Gazetteer) -> int:
    for p in range(end - 3, start + 1, -1):
        if masked[p - 1] == "\n":
            break
        level = next(
            (
                k
                for k in (3, 4, 5, 6)
                if masked[p + k - 1 : p + k] in "省市区" and masked[p : p + k] in gaz.full_places
            ),
            0,
        )
        if (
            not level
            or masked[p + level - 1] == "区"
            and not masked.startswith("自治区", p + level - 3)
        ):
            continue
        before = masked[start:p]
        if (
            len(before) < 3  # a company's or a party's short name (国网|山东省电力公司, 民盟)
            or before.endswith(_BODY_BEFORE_PLACE)
            or before.endswith(_STATE_BEFORE_PLACE)
            or before in gaz.orgs
            or gaz.place_re.fullmatch(before)
        ):
            return start
        return p
    return start


def name_start_in_window(masked: str, end: int, gaz: Gazetteer, keep_remits: bool = False) -> int:
    """Where a name that ends at ``end`` (exclusive, before its suffix) starts, found in the
    ``_WINDOW`` characters before ``end`` only.

    With ``keep_remits`` the remit words (投资, 建设, 服务 …) never cut, wherever they are:
    used for a second try when the name then starts with a place
    (河南省铁路建设投资集团有限公司)."""
    lo = max(0, end - _WINDOW)
    m = _NAME_CHARS.search(masked, lo, end)
    if not m:
        return end
    start = m.start()
    window = masked[start:end]
    protected: list[tuple[int, int]] | None = None  # computed only if a stop word is found
    cut = 0
    # The rightmost stop that counts is the boundary: look at the stops from the right.
    for stop in reversed(_stop_spans(masked[start : end + 1], len(window))):
        s, e = stop
        if (e == len(window) or keep_remits) and window[s:e] in lx.REMIT_WORDS:
            continue  # right before the suffix it names the remit: 服务局, 投资促进中心
        if s == 0 and window[:1] == "和" and m.start() > lo and masked[m.start() - 1] in "：:\n":
            continue  # 受处分人：和泰…公司: a conjunction joins nothing at a field's start
        if window[s:e] == "全国" and masked[max(0, start + s - 2) : start + s] in lx.CENSUS_ORDINAL:
            continue  # 国务院第二次|全国污染源普查领导小组: a national census's own name
        if protected is None:
            protected = _protected(window, gaz)
        if any(ps <= s and e <= pe for ps, pe in protected):
            continue
        cut = e
        break
    start = past_dateline_and_byline(masked, start + cut, end)
    # An item's number opens a clause of a regulation, not a name: （三）委指挥中心; a Latin
    # gloss glosses the name before it: 「美国在台协会」（AIT）台北办事处.
    item = _ITEM_NUMBER.match(masked, start, end) or _LATIN_GLOSS.match(masked, start, end)
    if item:
        start = item.end()
    elif masked[start : start + 1] == "假" and start > 0 and masked[start - 1] in _BEFORE_AT:
        start += 1  # 9月3日|假|新营区公所: "at" after a masked date (see stops_pattern)
    start += next_cell(masked[start:end], gaz, masked[end : end + 1] == "分")
    # A mission's name opens with 驻 unless its country, place or sending body stands before it
    # (中国驻法国大使馆, 外交部驻港特派员公署; 主办人|驻多伦多台北经济文化办事处).
    at = masked.rfind("驻", start, end)
    if at > start and not _SENDS_MISSION.search(masked, start, at):
        before = masked[start:at]
        if not gaz.place_re.match(before) and before not in gaz.orgs:
            start = at
    start = _at_province_or_city(masked, start, end, gaz)
    name = masked[start:end]
    if name.count("(") + name.count("（") > name.count(")") + name.count("）"):
        for i, ch in enumerate(name):
            if ch in "(（":
                return start + i + 1
    return start
