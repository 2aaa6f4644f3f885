"""A committee or a working group named by its remit, with no place in its name, is one body
where its own head or its plenary is named right after it (科技基金行政委員會主席余雨生,
資訊月活動委員會主委劉瑞復, 工務委員會召集人, 集团公司教育产业招生工作领导小组第一次全体会议,
中南国家双边委员会第九次全体会议).

The suffix rules of :mod:`gui.core.entities.names` keep a committee only with a place or a level
word in front (区文物管理委员会): alone, 委员会 and 领导小组 are common nouns (成立专门委员会). A
chair, a convener or a plenary belong to one committee, so the remit before the head word names
it. The name reaches back to a stop word or a mark (:func:`name_starts.name_start`), past a verb
or a function word at its start (主持|中南国家…), and is no generic phrase (该委员会主席,
专门委员会主任委员, 各领导小组组长)."""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.name_starts import name_start
from gui.core.entities.names import Candidate, is_generic

_HEADED = re.compile(
    "(?:委员会|领导小组|工作小组|工作专班)"
    "(?=副?(?:主席|主任委员|召集人|主委|委员长)"
    "|第[一二三四五六七八九十]+次全体(?:会议|成员)|全体(?:会议|成员))"
)
#: Words of scope or reference that make the committee a kind, not one (该委员会, 各专门委员会).
_SCOPE = re.compile("^(?:各|该|本|这|那|其|此|每|有关|相关|所属|其他|其它|专门|下属|上述|有关专门)")
#: A parent body's head inside the stretch before a committee or a titled body: that body is
#: its organ, named from there (常委会|代表资格审查委员会, 常委会|法工委主任).
_PARENT = re.compile("常委会|委员会|人大|政协")
#: A body's head character opening the stretch: the name was cut inside a longer one.
_HEAD_CHARS = frozenset("局处会委部司署厅院所")


def organ_start(masked: str, start: int, end: int) -> int:
    """Where an organ's name starts in ``masked[start:end]``: right after the last parent body's
    head there (常委会, 委员会, 人大, 政协: 常委会|法工委), else at ``start``. Shared with
    :mod:`gui.core.entities.titled_bodies`."""
    parents = [p.end() for p in _PARENT.finditer(masked, start, end)]
    return parents[-1] if parents else start


def headed_committees(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for committees and working groups named right before their head's
    title or their plenary."""
    out: list[Candidate] = []
    for m in _HEADED.finditer(masked):
        s = m.start()
        start = name_start(masked, s, gaz)
        while (
            masked[start : start + 2] in gaz.verbs
            or masked[start : start + 2] in gaz.function_words
        ):
            start += 2
        start = organ_start(masked, start, s)
        part = masked[start:s]
        if not 3 <= len(part) <= 20 or _SCOPE.match(part) or "的" in part or is_generic(part):
            continue
        if part[0] in _HEAD_CHARS or gaz.place_re.search(part):
            continue  # cut inside another body's name (…促进|局行政管理委员会), or a place's
            # committee, which the suffix rules find with its place (塔利班政治委员会 after 天津)
        out.append((start, m.end(), "ORG", 2))
    return out
