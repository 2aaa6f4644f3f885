"""Departments named by their standard name alone (ORG): a government department's name is its
remit and a head (统计局, 生态环境局, 住房城乡建设厅, 人才发展和社会保障局), and reports name it
so without the place wherever the place is plain from the document (征询生态环境局书面意见, 由
观光旅游局…). :func:`department_begin` finds such a name in the words a suffix rule read before
a head: the longest tail made only of remit words (``lexicon.REMITS`` and the remits of Taiwan's,
Hong Kong's and Macau's departments), with the remits joined to it by 和 (城市规划和建设局; the
stop lists end names at 和); :func:`bare_department` keeps it only where it stands alone — no
place, level word or body right before it (市|农业农村委 is the level's, 直辖市的|知识产权局 is
every province's) and no alternative head after it (财政厅（局）).
"""

from __future__ import annotations

from functools import lru_cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer


def splits_into(part: str, words: frozenset[str], longest: int) -> bool:
    """Whether ``part`` splits into words of ``words`` of at most ``longest`` characters."""
    n = len(part)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for k in range(1, min(longest, i) + 1):
            if ok[i - k] and part[i - k : i] in words:
                ok[i] = True
                break
    return ok[n]


#: The heads a department's standard name ends in (统计局, 住房城乡建设厅, 政法委).
_DEPARTMENT_HEADS = frozenset("局 厅 委 委员会".split())
#: Words of a department's remit that name one alone (统计局, 环保局, 社会局); the remits of
#: ``lexicon.REMITS`` less the words of a list, and the remits of Taiwan's, Hong Kong's and
#: Macau's city and zone departments (社会局, 劳工局, 观光旅游局, 法务局).
_CORE_REMITS = (
    lx.REMITS - frozenset("和 及 与 等 各 有关 相关 部门 单位 组织".split())
) | frozenset(
    "环保 环境保护 社会 贸易 劳工 地政 工务 法务 法制 主计 观光旅游 观光 旅游 救援 绿化 市容 园林"
    " 水务 房屋 国土资源 国土 卫生 健康 人力资源 社会保障 城乡建设 住房 环境".split()
)
#: Remits that name a department only beside another (产业发展局, 民生事务局, 商事服务局,
#: 城市规划和建设局, 人才发展和社会保障局): 发展局 or 事务局 alone is no standard name.
_MODIFIER_REMITS = frozenset(
    "发展 改革 产业 经济 金融 民生 事务 商事 服务 城市 建设 人才 行政 管理 监督".split()
)
_DEPARTMENT_WORDS = _CORE_REMITS | _MODIFIER_REMITS | frozenset("和及与")


@lru_cache(maxsize=4096)
def department_start(part: str, suffix: str) -> int:
    """Where a department's standard name made only of remit words starts in the words before
    its head (征询|生态环境局, 、|产业发展局, 统计局), or -1: the longest tail of ``part`` that
    splits into remits, opens and ends on no conjunction and is no single modifier alone."""
    if suffix not in _DEPARTMENT_HEADS or not part or part[-1] in "和及与":
        return -1
    for i in range(len(part) - 1):
        tail = part[i:]
        if tail[0] in "和及与" or tail in _MODIFIER_REMITS:
            continue
        if splits_into(tail, _DEPARTMENT_WORDS, 9):
            return i
    return -1


def department_begin(masked: str, start: int, part: str, suffix: str) -> int:
    """Where a department's standard name of remits alone starts before its head, the remits
    joined by 和 included (城市规划和|建设局), or -1 (see :func:`department_start`)."""
    at = department_start(part, suffix)
    if at >= 0:
        return joined_remits_start(masked, start + at)
    if (
        suffix in _DEPARTMENT_HEADS
        and part in _MODIFIER_REMITS
        and masked[start - 1 : start] in ("和", "及", "与")
    ):
        begin = joined_remits_start(masked, start)
        return begin if begin < start else -1
    return -1


#: What before a department's bare name makes it part of another name or a kind (市|农业农村委:
#: the level's own; 直辖市的|知识产权局: every province's; 促进局|行政管理委员会: a body's board).
_NOT_BEFORE_BARE = frozenset("的省市区县州局署委会院部厅处办司")


def bare_department(masked: str, begin: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a department's bare name at ``[begin, end)`` stands alone: no place, level word
    or body right before it, no alternative head after it (财政厅（局）: every province's) and
    no title (环保局长)."""
    if begin > 0 and masked[begin - 1] in _NOT_BEFORE_BARE:
        return False
    if masked[end : end + 1] in ("（", "(") and masked[end + 1 : end + 2] in _DEPARTMENT_HEADS:
        return False
    if masked[end : end + 1] == "长":
        return False  # 要求环保局长到场: the head's title, the bureau left unnamed
    return not any(
        (m := gaz.place_re.match(masked, k)) and m.end() == begin
        for k in range(max(0, begin - 4), begin)
    )


def places_before(masked: str, begin: int, gaz: Gazetteer) -> int:
    """Where the chain of places that ends right before a department's standard name starts
    (重庆市|国土资源和房屋管理局, 上海市浦东新区|生态环境局), or ``begin`` when none does."""
    at = begin
    while at > 0:
        lead = next(
            (
                k
                for k in range(max(0, at - 10), at - 1)
                if (m := gaz.place_re.match(masked, k)) and m.end() == at
            ),
            -1,
        )
        if lead < 0:
            break
        at = lead
    return at


def joined_remits_start(masked: str, at: int) -> int:
    """Where a department's name of remits that starts at ``at`` starts once the remits joined
    to it by 和, 及 or 与 are read (城市规划和|建设局, 发展改革和|统计局; the stop lists end
    names at 和)."""
    while at >= 5 and masked[at - 1] in "和及与":
        lo = max(0, at - 11)
        run = masked[lo : at - 1]
        i = next(
            (
                i
                for i in range(len(run) - 3)
                if run[i] not in "和及与" and splits_into(run[i:], _DEPARTMENT_WORDS, 9)
            ),
            -1,
        )
        if i < 0:
            break
        at = lo + i
    return at
