"""A body named at the head of a duty clause (公文's division of labour: 市交通建管中心负责…,
由区建管委会同市质监局…, 委轨道交通处负责城市轨道交通车辆事故的统计工作, 省总工会负责推动…).

Notices, plans and rules assign each task to a body: the clause opens (at a line, after 。 ；
or an item's number, or after 由 "by") with the body's name and goes on with a verb of duty
(负责, 会同, 牵头, 督促, 统筹, 指导, 配合; not 负责同志, 负责人: the officials). Where the name
ends in a body's head word (局, 处, 委, 中心, 小组 …) that frame says it is one, though no list
holds it and no place opens it. The name is the whole stretch from the clause's start, two
characters or more before its head, with no scope or reference word (各区, 该中心, 本单位, 有关;
no 各 or 请 inside: 社会处函请各乡镇市公所 is a letter's sender and its addressees), no generic
phrase (服务中心), no 的, and no 团队 (体检团队: a team of people, not a body).

A body named before its own head's title (X局局长) is :mod:`gui.core.entities.titled_bodies`'s;
one in a list of bodies of one kind is :func:`gui.core.entities.org_lists.list_members`'s.
"""

from __future__ import annotations

import re

from gui.core.entities.names import Candidate, is_generic

# The clause's start (a line's start, or after 。 ； ： a closing bracket or 由), then the name
# (group 1): two to eighteen characters, none a function word (由, 的, 了, 在 …), 各 or 请, the
# shortest that ends in a head word; then a verb of duty, looked ahead (负责 not of 负责同志, 负责人).
_DUTY = re.compile(
    r"(?:^|(?<=[\n。；;：:）)]|由))((?:(?![由的了在是和与及或并对把被将从向为以等各请])[\u3400-\u9fff]){2,18}?"
    r"(?:[局处署厅委办部院所站队]|中心|小组|分局|总站|协会|工会))"
    r"(?=负责(?!同志|人)|会同|牵头|督促|统筹|指导|配合)",
    re.M,
)
# Scope, reference and counting words that open the name and make the body a kind, not one
# (该中心, 本单位, 上述单位, 两局; 各 never stands in a name ``_DUTY`` reads, and 有关, 相关 are
# refused anywhere in it by ``duty_bodies``).
_SCOPE = re.compile(
    "^(?:该|本|这|那|其|此|每|原|前|现|全|所属|下属|上述|主管|其他|其它|[一二三四五六七八九十两])"
)


def duty_bodies(masked: str) -> list[Candidate]:
    """ORG candidates for the body that opens a duty clause."""
    out: list[Candidate] = []
    for m in _DUTY.finditer(masked):
        start, name = m.start(1), m.group(1)
        if name.endswith("团队") or "有关" in name or "相关" in name:
            continue  # 体检团队 is a team of people; 科技部有关司局|负责同志 the officials
        k = 2 if name.endswith(("中心", "小组", "分局", "总站", "协会", "工会")) else 1
        proper = name[:-k]
        if len(proper) < 2 or _SCOPE.match(name):
            continue
        if is_generic(proper):
            continue
        out.append((start, m.end(1), "ORG", 4))
    return out
