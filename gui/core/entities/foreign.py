"""Foreign bodies named from a country: its missions abroad (中国驻委内瑞拉大使馆, 俄罗斯驻喀布尔
大使馆), and national bodies that world news names by the country and a head word rather than
a suffix the organisation grammar knows (委内瑞拉全国代表大会, 伊朗伊斯兰革命卫队, 意大利民防部门,
日本总务省). Each is one ORG with its country, as the guideline writes a place at the start of a
body's name (a university is not such a body: 美国 + 哈佛大学 stay two). And one-character
names of foreign countries where world news uses them alone: after a verb of place or motion
(在韩, 入朝) and before one of the country's known bodies (黎真主党).

Anchored on the head words (驻, 卫队, 部门 …), which are rare, so a report pays for a few
look-ups, not a scan per country."""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer

Candidate = tuple[int, int, str, int]

# A mission: country 驻 place + the mission's kind (驻华使馆: 华, 港, 澳, 台 stand for places).
_MISSION = re.compile(
    "(?:[华港澳台京沪]|(?P<place>[\u4e00-\u9fff]{2,8}?))"
    "(?:特命全权大使馆|大使馆|总领事馆|领事馆|使馆|代表处|办事处|代表团|联络处)"
)
# Troops stationed in a place are a body named by it (驻港英军, 驻港部队, 驻韩美军).
_GARRISON = re.compile("(?P<where>[\u4e00-\u9fff]{1,4}?)(?:部队|[英美日俄法德]?军(?![人官事区属]))")
_ABROAD_SHORT = frozenset("华港澳台京沪韩日德叙伊")
# National bodies after a foreign country: a head word and the name characters before it.
_HEAD = re.compile("全国代表大会|国民议会|国民大会|卫队|部门")
# Japan names its ministries 省 (总务省, 外务省, 经济产业省); elsewhere 省 is a province.
_JAPAN_MINISTRY = re.compile("日本(?P<name>[\u4e00-\u9fff]{2,4}?)省(?![\u4e00-\u9fff]?[长会份])")
# Characters that never stand inside such a name (function characters, marks).
_NOT_IN_NAME = frozenset("的地得了和与及或在是为对把被从向于等各每个这那其之以而也都就还又将已该")
# Words before 部门 that make it "the departments of …", not a body (有关部门, 相关部门).
_GENERIC_BEFORE_DEPARTMENT = frozenset(
    "有关 相关 主管 政府 职能 业务 执法 行政 各个 这些 其他".split()
)
_MAX_MIDDLE = 6


def _country_before(masked: str, at: int, gaz: Gazetteer, lo: int, hi: int) -> int:
    """Start of a foreign country that ends ``lo``..``hi`` characters before ``at`` with only
    name characters between (-1 if none): the longest such name wins."""
    for k in range(max(0, at - hi - 6), at - lo):
        m = gaz.place_re.match(masked, k, at)
        if not m or m.group() not in gaz.countries:
            continue
        middle = masked[m.end() : at]
        if (
            lo <= len(middle) <= hi
            and _NOT_IN_NAME.isdisjoint(middle)
            and not (middle and middle[0] in "驻")
        ):
            if all("\u4e00" <= ch <= "\u9fff" for ch in middle):
                return k
    return -1


def _missions(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    at = masked.find("驻")
    while at >= 0:
        m = _MISSION.match(masked, at + 1)
        if m:
            place = m.group("place")
            # the host is a place; 驻…大使馆 names one even where the list does not know it
            # (Taiwan's 喀布林 for 喀布尔)
            host = place is None or _NOT_IN_NAME.isdisjoint(place)
            # the sending side: a country, 中国, or a province or city that keeps offices
            start = -1
            for k in range(max(0, at - 8), at - 1):
                hit = gaz.place_re.match(masked, k, at)
                if hit and hit.end() == at and hit.group() in gaz.places:
                    start = k
                    break
            if host and start >= 0:
                out.append((start, m.end(), "ORG", 0))
        elif masked[at + 2 : at + 3] == "办" and masked[at + 1] in "京沪港澳":
            out.append((at, at + 3, "ORG", 0))  # 驻京办: a province's office in the capital
        else:
            troops = _GARRISON.match(masked, at + 1)
            where = troops.group("where") if troops else ""
            # 驻京部队, 驻沪部队: the troops stationed in a mainland city, many units, none
            # named so (the garrisons of Hong Kong and Macau are: 驻港部队, 驻澳部队).
            local = where in ("京", "沪") and troops is not None and troops.group().endswith("部队")
            if troops and not local and (where in _ABROAD_SHORT or gaz.place_re.fullmatch(where)):
                out.append((at, troops.end(), "ORG", 0))  # 驻港英军, 驻港部队, 驻韩美军
        at = masked.find("驻", at + 1)
    return out


# A country's embassy or consulate named by the country alone, the host left to the sentence
# (位於仰光的中國大使館, 聖國大使館): the country right before the mission's kind.
_COUNTRY_MISSION = re.compile("大使馆|总领事馆|领事馆")


def _country_missions(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _COUNTRY_MISSION.finditer(masked):
        s = m.start()
        for k in range(max(0, s - 8), s - 1):
            hit = gaz.place_re.match(masked, k, s)
            if hit and hit.end() == s and (hit.group() in gaz.countries or hit.group() == "中国"):
                out.append((k, m.end(), "ORG", 0))
                break
    return out


# A country's regulator is named by its remits joined with 及 or 和 (葡萄牙保险及退休基金监管局,
# 安哥拉保险规范及监察局): the country, up to ten characters of remit, the regulator's head.
_REGULATOR = re.compile("监管局|监察局|监督局|管理局")
_REMIT_JOIN = frozenset("及和")


def _regulators(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _REGULATOR.finditer(masked):
        for k in range(max(0, m.start() - 14), m.start() - 1):
            hit = gaz.place_re.match(masked, k, m.start())
            if not hit or hit.group() not in gaz.countries:
                continue
            middle = masked[hit.end() : m.start()]
            if (
                2 <= len(middle) <= 10
                and all("\u4e00" <= ch <= "\u9fff" for ch in middle)
                and _NOT_IN_NAME.isdisjoint(set(middle) - _REMIT_JOIN)
                and middle[0] not in _REMIT_JOIN
                # 保险规范及|监察局: the join may stand right before the head's own remit
                and (middle[-1] not in _REMIT_JOIN or len(middle) >= 3)
                and sum(middle[1:].count(c) for c in _REMIT_JOIN) <= 1
            ):
                out.append((k, m.end(), "ORG", 0))
                break
    return out


def _national_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = _regulators(masked, gaz)
    for m in _HEAD.finditer(masked):
        head = m.group()
        lo = 2 if head == "部门" else 0
        start = _country_before(masked, m.start(), gaz, lo, _MAX_MIDDLE)
        if start < 0:
            continue
        middle = masked[start : m.start()]
        if head == "部门" and any(middle.endswith(w) for w in _GENERIC_BEFORE_DEPARTMENT):
            continue
        out.append((start, m.end(), "ORG", 0))
    at = masked.find("日本")
    while at >= 0:
        ministry = _JAPAN_MINISTRY.match(masked, at)
        if ministry and _NOT_IN_NAME.isdisjoint(ministry.group("name")):
            if not gaz.place_re.fullmatch(ministry.group("name")):
                out.append((at, ministry.end(), "ORG", 0))
        at = masked.find("日本", at + 2)
    return out


# A verb of place or motion before a one-character country (在韩志愿军, 入朝作战), unless the
# character begins a common word (在美好, 在日常, 在法律上: jieba's words holding such a
# character, gaz.abbreviation_words) or a word of its own kind (美方, 日内, 美元).
_AFTER_VERB = re.compile(
    "([在赴抵访入驻离返])([韩朝俄美日英法德泰印])(?![方商资企人股市区县中台上下内外风阶元国语文])"
)
# Countries that world news names by one character before their known bodies (黎真主党);
# the others' characters (日, 美, 中, 以) are too often words of their own there.
_BEFORE_BODY = re.compile("[黎叙伊朝韩俄乌]")


def one_character_countries(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """LOC candidates for one-character foreign countries after a verb or before a body."""
    words = gaz.abbreviation_words
    out: list[Candidate] = []
    for m in _AFTER_VERB.finditer(masked):
        at = m.start(2)
        if masked[at - 2 : at] in gaz.function_words or masked[at - 2 : at] in words:
            continue  # 现在日本: 现在 is the word, not 在
        if masked[at - 1 : at + 1] in words or masked[at : at + 2] in words:
            continue
        out.append((at, at + 1, "LOC", 4))
    for m in _BEFORE_BODY.finditer(masked):
        at = m.start()
        body = gaz.org_re.match(masked, at + 1)
        if body is None or masked[at : at + 2] in words or masked[at - 1 : at + 1] in words:
            continue
        out.append((at, at + 1, "LOC", 4))
    return out


# A foreign country's party: the country, two to eight characters of its name and 党
# (朝鲜劳动党, 新加坡人民行动党, 土耳其正义与发展党, 马尔代夫人民国家大会党), as world news and the
# Party's greetings name them; later mentions drop the country (人民国家大会党珍视…). Not a
# party's kind (美国执政党, 日本在野党) and not 党 opening a word (党员, 党委, 党派).
_PARTY = re.compile("党(?![派员委组内外校建性史务政])")
_PARTY_KIND = (
    *("执政", "在野", "反对", "主要", "第一大", "最大", "两大", "各", "左翼", "右翼", "极右翼"),
    *("少数", "多数", "政", "该", "其", "这个", "一个"),
)
_PARTY_JOIN = frozenset("与和")
_NOT_IN_PARTY = frozenset("第上下位里时")


def _parties(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    names: set[str] = set()
    for m in _PARTY.finditer(masked):
        at = m.start()
        for k in range(max(0, at - 14), at - 2):
            hit = gaz.place_re.match(masked, k, at)
            if not hit or hit.group() not in gaz.countries:
                continue
            middle = masked[hit.end() : at]
            inner = set(middle[1:-1]) - _PARTY_JOIN if len(middle) >= 4 else set(middle)
            if (
                2 <= len(middle) <= 8
                and all("\u4e00" <= ch <= "\u9fff" for ch in middle)
                and _NOT_IN_NAME.isdisjoint(inner | {middle[0], middle[-1]})
                and not middle.endswith(_PARTY_KIND)
                and middle not in gaz.countries
                and "党" not in middle  # 信统党|党首: the party's own word, not a second name
                and _NOT_IN_PARTY.isdisjoint(middle)  # 英国历史上第五位工党: a clause
                # a verb is no part of a party's name (以色列撤军与解除|真主党: a clause)
                and not any(middle[i : i + 2] in gaz.verbs for i in range(len(middle) - 1))
            ):
                out.append((k, m.end(), "ORG", 0))
                names.add(masked[hit.end() : m.end()])
            break
    for name in names:
        if len(name) >= 4:
            at = masked.find(name)
            while at >= 0:
                out.append((at, at + len(name), "ORG", 1))
                at = masked.find(name, at + len(name))
    return out


def foreign_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for missions, garrisons and 驻京办, and for national bodies named from
    their country."""
    if (
        "驻" not in masked
        and _HEAD.search(masked) is None
        and "日本" not in masked
        and _REGULATOR.search(masked) is None
        and "党" not in masked
        and "馆" not in masked
    ):
        return []
    parties = _parties(masked, gaz) if "党" in masked else []
    missions = _country_missions(masked, gaz) if "使馆" in masked or "领事馆" in masked else []
    return _missions(masked, gaz) + _national_bodies(masked, gaz) + parties + missions


# The heads of a state's own organs: ministries, agencies, courts, houses, its government and
# forces (美国|联邦最高法院, 刚果（金）|卫生部, 台湾|外交部). Not a university (美国 + 哈佛大学 stay
# two), a company, a paper or a party (英国 + 保守党 in the gold where the text writes it so).
_STATE_ORGAN = re.compile(
    "(?:部|局|署|厅|法院|议院|国会|议会|政府|委员会|司令部|部队|央行|国务院)$"
)
_COUNTRY_BRACKET = re.compile("[（(][\u4e00-\u9fff]{1,3}[）)]$")


def country_organs(pivot: str, spans: list[tuple[int, int, str]], gaz: Gazetteer) -> list:
    """``spans`` (sorted, not overlapping) with a country written right before one of its state's
    organs joined to it (the guideline: a place at the start of a body's name is part of it;
    臺灣外交部, 美國聯邦最高法院 whole in the gold of every dev batch). Not where the organ's name
    begins with a place of its own (加拿大 + 温哥华法院: the city's court)."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        s, e, t = span
        if t == "ORG" and out and out[-1][1] == s and out[-1][2] == "LOC":
            ps, _, _ = out[-1]
            country = _COUNTRY_BRACKET.sub("", pivot[ps:s])  # 刚果（金）
            if (
                (country in gaz.countries or country == "台湾")
                and _STATE_ORGAN.search(pivot, s, e)
                and not gaz.place_re.match(pivot, s, e)
                and "党" not in pivot[s:e]  # 美国|共和党参议院: a party's, not the state's
            ):
                out[-1] = (ps, e, "ORG")
                continue
        out.append(span)
    return out
