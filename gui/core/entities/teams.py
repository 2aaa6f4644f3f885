"""Teams named by their country, province or city: 巴西队, 中国女队, 印尼男队, 阿根廷足球队,
德国男子网球队 — one organisation with the place that names it, not the place and a word.

A team is the place, an optional sex (男 / 女, 男子 / 女子), an optional sport and 队; the
place must end right before them. Not a team: a delegation (代表队: 澳门武术代表队 is the place
and a common noun), troops and formations (军队, 部队, 舰队, 编队, 梯队: only a sex or a sport may
stand between the place and 队), and 队 that begins a word of members or ranks (中国队员 "Chinese
team members", 队伍, 队列). Taiwan's national teams are 中华队, a name of their own.

Anchored on 队, and read back to a place of the gazetteer (``Gazetteer.place_re``).
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate

_SPORTS = (
    "足球 篮球 排球 乒乓球 羽毛球 网球 手球 水球 冰球 曲棍球 棒球 垒球 橄榄球 沙滩排球 藤球 围棋 国际象棋"
    " 象棋 游泳 跳水 体操 田径 举重 射击 击剑 柔道 摔跤 拳击 跆拳道 花样滑冰 速度滑冰 滑雪 自行车 赛艇"
).split()
# The part between the place and 队, read from 队 backwards: a sport, then a sex.
_BEFORE_TEAM = re.compile(
    "(?:(?:男|女)子?|男女)?(?:" + "|".join(sorted(_SPORTS, key=len, reverse=True)) + ")?队\\Z"
)
_REACH = 10  # sex and sport before 队 (女子沙滩排球队)
#: Words that 队 begins: members, ranks and formations (中国队员, 队伍, 队列, 队长).
_NOT_AFTER = frozenset("员伍列形长友")
#: Taiwan's national teams (中华队, 中华女足… in its press), a name that is no place.
_OWN_NAMES = ("中华",)
#: Hong Kong's and Macau's teams by their one-character names, as their press writes them (港队,
#: 港女队, 女子港队; 澳队, which the mainland press also writes for Australia's): a team either way.
_ONE_CHARACTER = frozenset("港澳")
#: A sex written before the one-character name (女子港队, 男子港队): part of the team's name.
_SEX_BEFORE = re.compile("(?:男|女)子?\\Z")


def teams(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for teams named by a place (巴西队, 中国女队, 阿根廷足球队)."""
    out: list[Candidate] = []
    at = masked.find("队")
    while at >= 0:
        end = at + 1
        if masked[end : end + 1] not in _NOT_AFTER:
            lo = max(0, at - _REACH)
            between = _BEFORE_TEAM.search(masked, lo, end)
            start = _place_before(masked, between.start(), gaz) if between else -1
            if (
                start < 0
                and between
                and masked[between.start() - 1 : between.start()] in _ONE_CHARACTER
            ):
                start = between.start() - 1
                if sex := _SEX_BEFORE.search(masked, max(0, start - 2), start):
                    start = sex.start()
            if start >= 0:
                wider = _place_before(masked, start, gaz)  # 中国香港队: a chain of places
                out.append((wider if wider >= 0 else start, end, "ORG", 2))
        at = masked.find("队", end)
    return out


def _place_before(masked: str, end: int, gaz: Gazetteer) -> int:
    """Where the longest place (or 中华) that ends at ``end`` starts, or -1."""
    for k in range(min(end, 8), 1, -1):
        name = masked[end - k : end]
        if name in gaz.places or name in _OWN_NAMES:
            return end - k
    return -1
