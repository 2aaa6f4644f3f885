"""Organisation candidates that name a kind of body, or a word that only looks like a body.

Each guard is a frame of the language around the candidate, read on the Simplified pivot:

- a body after 各 is a kind (各超硬材料公司), and so is a district's body after 各 or a count of
  districts (各区民政事务处, 18区民政事务处: every district's office);
- a level-led body after the kind of city it belongs to (直辖市公安厅, 计划单列市税务局: the
  bureau of every such city, as 县级以上地方人民政府);
- a body led by a level word (区级审批审查中心, 市级平台) is the body of each unit of that level;
- a body counted at the end of a clause is a kind being counted (新增陕西实验室5家，);
- a school's name before 生 is the word for its pupils (澳门中学生, 小学生), and a school's kind
  by its funding is no school (油麻地津贴中学|基督教香港信义会信义中学);
- 时报 before a figure is "reported at" in market news (恒指较早时报21397点), no newspaper;
- a word that ends in 办 as a verb (交办, 承办, 督办) is no office (国务院交办的事项);
- a key laboratory's designation after a verb is the kind (牵头建设全国重点实验室), after a field
  of research the lab's name (陆相页岩油全国重点实验室);
- 应 before a place-led body that 邀请 follows is "at the invitation of" (代表团应巴西国家卫生
  监督局和…政府邀请, 应巴西联邦药事委员会官方邀请): the body starts after it (round 26);
- a firm named by its profession alone (律师事务所, 会计师事务所) is the kind of firm, and a
  centre before 组 (党委中心组, not 中心组织) is a Party committee's study group (round 34);
- bare 共产党人 is the word for the Party's members (新时代共产党人, like 共产党员), no party; with
  its country (中国共产党人) the party is named (round 28);
- the exchanges' mark of risk before a generic word (ST/*ST公司) names a kind of company (round 36).
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities import name_context
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import MASK, Candidate, is_generic, starts_with_place

#: A level word before a body (区级审批审查中心 "every district's review centre", 市级平台): the
#: body of each unit of that level, a kind (no gold body of the tuning or check set starts so).
_LEVEL_KINDS = ("国家级", "省级", "市级", "区级", "县级", "乡级", "镇级", "村级", "部级", "校级")
#: The kinds of city whose bodies a national rule names all at once (直辖市公安厅).
_CITY_KINDS = ("直辖", "单列", "副省级", "地级", "县级")
#: A count (masked) right after a body, and the clause ends: the body is the kind counted.
_COUNTED = re.compile(f"{MASK}+(?=[，。；、）)\n]|$)")
#: Verbs that end in 办 (交办 "hand over", 承办 "undertake"): no office.
_BAN_VERBS = frozenset(
    "交办 承办 主办 协办 督办 举办 开办 创办 兴办 代办 包办 查办 申办 经办 筹办 转办 领办 试办".split()
)
#: After 中学生 / 大学生 the word goes on into a compound that is no pupil (大学生命科学学院).
_NOT_PUPIL = frozenset("命物态产活效")


#: Hong Kong's kinds of school by their funding (官立, 津贴, 直资 …), written before a school's name.
_SCHOOL_KINDS = tuple(k + s for k in ("官立", "津贴", "直资", "资助") for s in ("中学", "小学"))
#: A firm named by its profession alone (律师事务所, 会计师事务所) is the kind of firm.
_PROFESSION_BODIES = ("事务所",)
#: An exchange named by what it trades alone (证券交易所, 产权交易所) is the kind of exchange.
_KIND_OF_EXCHANGE = re.compile(
    "(?:证券|期货|产权|股权|商品|金属|黄金|技术|数据|资产|金融资产|碳排放权|排放权|文化产权|农村产权"
    "|知识产权)*交易所$"
)
#: A key laboratory's national designation: the lab is named by the research field before it.
_KEY_LAB = re.compile("(?:全国|国家)重点实验室$")


# A count of bodies written in words (超百家, 近千家, 数十家) before their kind.
_COUNT_IN_WORDS = re.compile("(?:超|近|逾|约|上|数)?[一二两三四五六七八九十百千万]*[十百千万]家")


#: The heads a body calls itself by after 本 "this" (本会, 本部, 本局, 本院; 本公司 is the
#: definitions' own word already): the gold of every batch marks none of them.
_OWN_HEADS = frozenset("会 部 局 院 署 府 处 委 所 厅 中心 公司 集团 银行 行".split())


#: Words for all the places of a level or for "the local one" (县市 "the counties and cities", 各地,
#: 当地, 地方, 各级): a bureau named after them is every such place's bureau, a kind (14县市卫生局,
#: 地方卫生局皆依法裁罰). 地方 opens real names too (地方金融监督管理局), so only a bare bureau of
#: four characters or fewer after it is a kind.
_PLURAL_PLACES = ("各县市", "县市", "各地", "当地", "各级")
_LOCAL = ("地方", *_PLURAL_PLACES)


#: Every word above holds one of these within the two characters before a name or its first three
#: (各县市, 地方 … end at the name; 县|市 straddles it): a name with none of them near is no kind,
#: decided without the word-by-word look, which ran for every ORG candidate.
_PLURAL_MARKS = frozenset("县各当级地")


def _kind_after_plural_places(masked: str, s: int, e: int, gaz: Gazetteer) -> bool:
    if _PLURAL_MARKS.isdisjoint(masked[max(0, s - 2) : s + 3]):
        return False
    name = masked[s:e]
    if name.startswith(_PLURAL_PLACES):
        return True
    if any(masked.startswith(w, s - k) for w in _PLURAL_PLACES for k in range(1, len(w))):
        return True  # 县|市卫生局: the plural's last character read as the body's level
    return (
        e - s <= 4
        and any(masked.endswith(w, 0, s) for w in _LOCAL)
        and not gaz.place_re.match(name)
    )


def _kind_of_body(masked: str, s: int, e: int, counts: frozenset[int], gaz: Gazetteer) -> bool:
    before = masked[s - 1 : s] if s else ""
    if _kind_after_plural_places(masked, s, e, gaz):
        return True
    if before == "各" or masked.startswith(_LEVEL_KINDS, s):
        return True
    if masked[s : s + 1] in lx.LEVEL_CHARS:
        if masked[s : s + 1] == "区" and before and (before.isdigit() or before in "各全"):
            return True
        if s and masked.endswith(_CITY_KINDS, 0, s):
            return True
    count = _COUNTED.match(masked, e)
    if count and count.end() in counts:
        return True
    name = masked[s:e]
    if name[:1] == "各" or (name[:1] == "本" and name[1:] in _OWN_HEADS):
        return True  # 各國駐華使領館: each of a kind; 本會 (以下簡稱本會): a body's word for itself
    if _COUNT_IN_WORDS.match(name):
        return True  # 已有超百家村镇银行: a count of bodies in words, as 20家 in figures
    if name.startswith("ST") and is_generic(name[2:]):
        return True  # ST/*ST公司: the exchanges' mark of risk names a kind of company
    if masked[e : e + 1] == "生" and name.endswith(("中学", "小学", "大学")):
        return masked[e + 1 : e + 2] not in _NOT_PUPIL
    if name.startswith(("候选", "候任")):
        return True  # 候选|大学事务秘书: a candidate's post, no body
    if name.endswith(_PROFESSION_BODIES) and name[: name.rindex("事务所")] in gaz.role_nouns:
        return True  # 所在律师事务所, 确认人为会计师事务所: a profession's kind of firm, no name
    if _KIND_OF_EXCHANGE.match(name):
        return True  # 通过产权交易所挂牌, 在证券交易所上市: the kind of exchange, no name
    if name.endswith("中心") and masked[e : e + 1] == "组" and masked[e + 1 : e + 2] != "织":
        return True  # 党委中心组, 理论学习中心组: a Party committee's study group, no centre
    if name.endswith(_SCHOOL_KINDS):
        return True  # 油麻地|津贴中学|基督教…中学: a district's kind of school before the name
    if name.endswith("时报") and masked[e : e + 1] in (MASK, *"0123456789"):
        return True  # 恒指较早时报21397点: 时 "at the time" + 报 "stood at" a figure, no paper
    if _generic_court(name, gaz) or (name in ("法院", "检察院") and masked.endswith("人民", 0, s)):
        return True  # 是指|人民法院, 人民|检察院: the kind of court the law means, no court
    lab = _KEY_LAB.search(name)
    if lab:  # 牵头建设|全国重点实验室: a verb, no field (陆相页岩油全国重点实验室 is one)
        field = name[: lab.start()]
        return len(field) < 2 or field in lx.REMIT_WORDS or field in gaz.verbs
    return name[-2:] in _BAN_VERBS


#: The people's courts and procuratorates of the law (人民法院, 人民检察院) are named by their place or
#: level (巩义市人民法院, 市人民检察院, 最高人民法院); with a verb's character before them (是指|人民法院,
#: 妨碍|人民法院, 确保|人民法院) or alone they are the kind of court the law means, no court.
_PEOPLES_COURT = re.compile("(.{0,2})人民(?:法院|检察院)")


def _generic_court(name: str, gaz: Gazetteer) -> bool:
    m = _PEOPLES_COURT.fullmatch(name)
    if not m:
        return False
    before = m.group(1)
    return not before or not (
        before[-1] in lx.LEVEL_CHARS
        or before in ("最高", "高级", "中级", "基层", "军事", "专门")
        or before in gaz.places
        or gaz.place_re.search(before)
    )


#: 邀请 closing the clause that 应 opens (应…官方邀请, 应…和…邀请).
_INVITATION = re.compile("[^，。；！？\n]{0,24}?邀请")
#: Words that end in 应 and are no "at the invitation of" (供应, 响应, 适应, 对应 …).
_NOT_INVITED_AFTER = frozenset("供响适反效对相呼顺答感回")


def _past_invitation(masked: str, s: int, e: int, gaz: Gazetteer) -> int:
    """Where a body whose candidate holds "应 + place …" and is followed by 邀请 starts."""
    i = masked.find("应", s, e - 2)
    if i < 0 or masked[i - 1 : i] in _NOT_INVITED_AFTER or not _INVITATION.match(masked, e):
        return s
    return i + 1 if starts_with_place(masked[i + 1 : e], gaz) else s


def kept(
    masked: str, candidates: list[Candidate], gaz: Gazetteer, counts: frozenset[int]
) -> list[Candidate]:
    """``candidates`` less the ORG candidates that name a kind or a verb (``counts``: the ends of
    the counts with a measure word, 5家); a level-led body after
    本/该/全 loses the level character (本市|海淀区民政局), one after 应 of an invitation the
    words before it."""
    invited = "邀请" in masked
    return [
        (
            name_context.past_determined_level(
                masked, _past_invitation(masked, c[0], c[1], gaz) if invited else c[0], gaz
            ),
            *c[1:],
        )
        if c[2] == "ORG"
        else c
        for c in candidates
        if not (c[2] == "ORG" and _kind_of_body(masked, c[0], c[1], counts, gaz))
    ]


def party_members(pivot: str, s: int, e: int) -> bool:
    """Whether the ORG ``pivot[s:e]`` is the bare 共产党 of 共产党人, the word for the Party's
    members (like 共产党员), not the Party. The gold keeps a foreign party before 人 (共和黨人 →
    共和黨, batch 10), so the rule is this one word's."""
    return e - s == 3 and pivot.startswith("共产党人", s)
