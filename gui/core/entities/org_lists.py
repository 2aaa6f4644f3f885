"""Lists of organisations: enumerations before 等企业/等单位 and the members of 、-lists and
pairs of bodies (``A和B分别…``), found on the masked pivot after the single names of
:mod:`gui.core.entities.names`, whose boundary rules they reuse."""

from __future__ import annotations

import re
from collections import Counter

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.name_starts import _NAME_CHARS, name_start
from gui.core.entities.names import Candidate, _patterns, is_generic, is_remit

_CONJUNCTION = re.compile("以及|[和及与]")  # 市场主体以及燃气: 以及 is one word


def _split_on_conjunction(masked: str, item: tuple[int, int]) -> list[tuple[int, int]]:
    """``item`` split at a 和/及/与 that is not part of a department's remit (发展和改革)."""
    s, e = item
    text = masked[s:e]
    if _patterns()["remit_compounds"].search(text):
        return [item]
    m = _CONJUNCTION.search(text, 2)
    if not m or m.start() > len(text) - 2:
        return [item]
    return [(s, s + m.start()), (s + m.end(), e)]


#: The parties to a building project, named by their work (建设、施工、监理、监测等单位): a
#: role each project fills, not a body's name.
_PROJECT_ROLES = frozenset("建设 施工 监理 监测 勘察 设计 检测 代建 审图 咨询 总包 分包".split())

_ENUM_COUNT = re.compile(r"^(?:一批|多家|\x00+|[一二三四五六七八九十]+家)")
#: 等 is the second half of a word here, not "and so on": 高等院校, 中等学校, 同等机构.
_EQUAL_WORD_BEFORE = frozenset("高中初同平对均相上下次特优")


def _ends_with_head(between: str) -> bool:
    for head in sorted(lx.ENUM_HEADS, key=len, reverse=True):
        if between.endswith(head):
            return not _patterns()["stops"].search(between[: -len(head)])
    return False


def enumerations(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Items of a 、-list right before 等企业 / 等单位 / 等高校 … are organisations."""
    out: list[Candidate] = []
    hard = re.compile(r"[，。；：,;:！？!?\n\s\x00“”《》]")
    for m in _patterns()["enum"].finditer(masked):
        if masked[m.start() - 1 : m.start()] in _EQUAL_WORD_BEFORE:
            continue  # 在澳就读高等院校 lists nothing
        # Between 等 and the head only a count or designation words may stand (等8家高新技术
        # 企业); anything else (等方式委托相关机构) is a clause, not a list's head.
        between = _ENUM_COUNT.sub("", masked[m.start() + 1 : m.end()])
        if not _ends_with_head(between):
            continue
        pos = m.start()
        lo = max(0, pos - 80)
        seg_start = lo
        for b in hard.finditer(masked, lo, pos):
            seg_start = b.end()
        segment = masked[seg_start:pos]
        # An earlier enumeration in the same clause ends at its own 等 (A、B等高校和C等机构).
        previous = segment.rfind("等")
        if previous >= 0:
            seg_start += previous + 1
            segment = segment[previous + 1 :]
        if not segment:
            continue
        items: list[tuple[int, int]] = []
        offset = seg_start
        for raw in segment.split("、"):
            items.append((offset, offset + len(raw)))
            offset += len(raw) + 1
        # Items may be joined by 和/及/与 as well: "A、B和C等企业", "A、B与C、D等企业".
        if len(items) > 1:
            items = [piece for item in items for piece in _split_on_conjunction(masked, item)]
        # The first item starts after the last stop word (集聚中牧股份 → 中牧股份).
        first_s, first_e = items[0]
        first_s = name_start(masked, first_e, gaz)
        others = [e - s for s, e in items[1:]]
        whole_first = first_s
        if others and first_e - first_s > max(others) + 2:
            first_s = first_e - max(others)
        if is_generic(masked[whole_first:first_e]) or is_generic(masked[first_s:first_e]):
            items = items[1:]  # 完善文物保护单位、博物馆等机构: the first item is a common noun
        else:
            items[0] = (first_s, first_e)
        if not items or (len(items) == 1 and items[0][1] - items[0][0] > 8):
            continue
        for s, e in items:
            text = masked[s:e]
            if not 2 <= len(text) <= 14 or not _NAME_CHARS.fullmatch(text):
                continue
            if is_generic(text) or text in gaz.places or "的" in text or is_remit(text):
                continue
            if text in _PROJECT_ROLES:
                continue
            out.append((s, e, "ORG", 3))
    return out


_CLAUSE = re.compile(
    r"[^\s，。；：,;:！？!?\x00“”《》（）()][^\s，。；：,;:！？!?\x00“”《》（）()]*"
)
_LAST_ITEM_END = re.compile(r"[等和及与]")


def _run_on_end(text: str, gaz: Gazetteer) -> int:
    """Where a name at the start of ``text`` ends: before the first place name or stop word
    after its second character (0 if neither occurs)."""
    ends = []
    place = gaz.place_re.search(text, 2)
    if place:
        ends.append(place.start())
    stop = _patterns()["stops"].search(text, 2)
    if stop:
        ends.append(stop.start())
    return min(ends) if ends else 0


_PEOPLE_OF = ("代表", "人员", "官员", "成员", "议员")


def _sublists(start: int, clause: str) -> list[tuple[int, int]]:
    """The spans of a clause's 、-lists: an item's 等 ("and so on") closes its list, and a later
    、 opens another (区房管局等在…就运营要求、功能业态、设计方案等: bodies, then matters)."""
    out: list[tuple[int, int]] = []
    begin = 0
    for i, ch in enumerate(clause):
        if ch != "等" or i < 2 or clause[i - 1] in _EQUAL_WORD_BEFORE:
            continue
        if "、" in clause[begin:i] and "、" in clause[i:]:
            out.append((start + begin, start + i))
            begin = i + 1
    return [*out, (start + begin, start + len(clause))]


def list_members(masked: str, orgs: set[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """Unknown names in a 、-list whose other members are organisations are organisations
    too (比亚迪、广汽埃安、上汽大众): reports list like with like."""
    out: list[Candidate] = []
    starts = dict(orgs)  # where each known body starts → where it ends (built once: orgs is fixed)
    for m in _CLAUSE.finditer(masked):
        clause = m.group()
        if "、" not in clause:
            continue
        items: list[tuple[int, int]] = []
        pos = m.start()
        raws = clause.split("、")
        # The last item ends at 等/和/及/与 or at the end of the clause.
        tail = _LAST_ITEM_END.search(raws[-1], 2)
        if tail:
            raws[-1] = raws[-1][: tail.start()]
        for raw in raws:
            items.append((pos, pos + len(raw)))
            pos += len(raw) + 1
        if any(e - s < 2 for s, e in items[1:]):
            continue
        first_s, first_e = items[0]
        items[0] = (name_start(masked, first_e, gaz), first_e)
        last_s, last_e = items[-1]
        cut = _run_on_end(masked[last_s:last_e], gaz) if (last_s, last_e) not in orgs else 0
        if cut and (last_s, last_s + cut) in orgs:
            items[-1] = (last_s, last_s + cut)  # 工生所、天大前沿院、华熙生物|入选国家…
        # A middle member that is a body and words after it (党中央、国务院|坚强领导、关怀支持):
        # the list of bodies ends inside it, and what follows lists something else.
        run_on = next(
            (i for i, (s, e) in enumerate(items[1:-1], 1) if s in starts and starts[s] < e), 0
        )
        if run_on:
            items = items[:run_on]
        known = sum(1 for it in items if it in orgs)
        if not known or len(items) < 2:
            continue
        longest = max(e - s for s, e in items if (s, e) in orgs)
        heads = Counter(masked[e - 1] for s, e in items if (s, e) in orgs)  # known members' heads
        # A last item that runs on into the sentence (上汽大众长沙基地一季度…) ends where a
        # place name or a stop word starts; if it still is too long it is not counted.
        last_s, last_e = items[-1]
        if last_e - last_s > longest + 2 and (last_s, last_e) not in orgs:
            cut = _run_on_end(masked[last_s:last_e], gaz)
            if cut and 2 <= cut <= longest + 2:
                items[-1] = (last_s, last_s + cut)
            else:
                items.pop()
        if known * 3 < len(items):  # at least a third of the list is known organisations
            continue
        # A list closed by 等 with no known body in it lists something else (运营要求、功能业态).
        dead = [
            (ls, le)
            for ls, le in _sublists(m.start(), clause)
            if not any(ls <= s < le for s, e in items if (s, e) in orgs)
        ]
        for i, (s, e) in enumerate(items):
            if any(ls <= s < le for ls, le in dead):
                continue
            if masked[s - 1 : s] == "各" and (s, e) not in orgs:
                continue  # 各民主党派中央: "each of", a kind of body
            if masked[s : s + 1] in lx.LEVEL_CHARS and masked[s + 1 : e] in _OWN_LEADERSHIP:
                continue  # 市委、市政府: the guideline leaves the generic leadership untagged
            if (s, e) not in orgs and (phase := _PHASE.search(masked, s, e)):
                e = phase.start()  # 埃克森美孚一期: a company's project by its phase
            if _PROJECT.search(masked, s, e):
                continue  # 巴斯夫核心装置: a project or a plant, named by the company
            text = masked[s:e]
            # A member of a list of bodies of one kind (省公安厅、省民政厅、X厅、商务厅): two known
            # members or more end in its head character, so its length and its inner words
            # (及, 推广, 规范) do not make it a phrase — between two members only, where both of
            # its edges are the list's marks.
            of_one_kind = 0 < i < len(items) - 1 and 3 <= e - s <= 20 and text[-1] in _KIND_HEADS
            of_one_kind = of_one_kind and heads[text[-1]] >= 2
            if (s, e) in orgs or not (2 <= e - s <= longest + 2 or of_one_kind):
                continue
            if not _NAME_CHARS.fullmatch(text) or is_generic(text) or text in gaz.places:
                continue
            if is_remit(text) or (of_one_kind and "的" in text):
                continue
            if (_patterns()["stops"].search(text) and not of_one_kind) or text.endswith(_BELONGING):
                continue
            if text.startswith(_MASS) or text[:2] in gaz.verbs or text[:2] in gaz.function_words:
                continue  # 广大校友 "the many alumni" are people; 率领秘书处 is a verb and its object
            if text.endswith(_PEOPLE_OF):
                continue  # 警方代表 are people
            out.append((s, e, "ORG", 3))
    out += _pair_members(masked, orgs, gaz)
    return out


# A project named by its company and its phase, in a list of projects (巴斯夫核心装置、
# 埃克森美孚一期、华润微电子…产线): the company is the body.
_PHASE = re.compile("[一二三四五六七八九十]期$")
#: Head characters of bodies that a list of one kind shares (厅, 局, 委 …).
_KIND_HEADS = frozenset("局处署厅委办部院会社队站所")
_MASS = ("广大", "全体", "众多", "各位", "诸位")
_OWN_LEADERSHIP = frozenset(("委", "政府", "府", "委员会"))
_PROJECT = re.compile("(?:装置|项目|产线|基地)$")

# A member that ends in "belonging to" is a phrase that describes units, not a name
# (委局所属|相关单位: the units of the commission and its bureaux).
_BELONGING = ("所属", "下属", "直属", "隶属")
_PAIR = re.compile(r"[和与及]([\u4e00-\u9fff]{2,4}?)(?=分别|共同|联合|等|[，。、,;；])")


def _pair_members(masked: str, orgs: set[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """``A和B分别…`` where A is an organisation: a short unknown B is one too (星云股份和时代星云)."""
    ends = {e for _s, e in orgs}
    out: list[Candidate] = []
    for m in _PAIR.finditer(masked):
        if m.start() not in ends:
            continue
        s, e = m.span(1)
        text = m.group(1)
        if is_generic(text) or text in gaz.places or _patterns()["stops"].search(text):
            continue
        if is_remit(text) or text.endswith(_PEOPLE_OF):
            continue  # 康文署及警方代表: people, not a body
        out.append((s, e, "ORG", 3))
    return out


# A category of companies followed by their names, closed by 等 and a mark (龙头企业四方达、力量钻石
# 等，): the names are companies, as the items before 等企业 are (企业产值、利润等指标 lists
# no names: 等 runs on into a noun).
_CATEGORY_LIST = re.compile(
    "(?:龙头|骨干|领军|头部|链主|上市|知名)(?:企业|公司)[：:－]?"
    "((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})等(?=[，。；）)])"
)


_MEASURE_ENDS = frozenset("值额率润量数费险本收入出价")


def category_lists(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for the names listed right after a category of companies."""
    out: list[Candidate] = []
    for m in _CATEGORY_LIST.finditer(masked):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            measure = item[-1] in _MEASURE_ENDS  # 上市公司营收、利润等: measures, not names
            if not (measure or is_generic(item) or item in gaz.places or is_remit(item)):
                out.append((pos, pos + len(item), "ORG", 3))
            pos += len(item) + 1
    return out


# A bureau named bare by a remit of two characters (环保局, 商业处, 警察局): in a 、-list of such
# bureaus (卫生局、环保局、商业处、警察局、观传局及相关局处 — a city government's departments
# named together) each item is a body. Words that end in 局 or 处 without being bureaus (格局,
# 布局, 好处, 到处) are left out by the character before the head, as for the suffix rule.
_BARE_BUREAU = "(?![各本该全两多每这那此某其])[\u4e00-\u9fff]{2}[局处署]"
_BUREAU_LIST = re.compile(
    f"(?<![\u4e00-\u9fff])(?:{_BARE_BUREAU}、)+{_BARE_BUREAU}(?=[、，。；：及和与等\n]|$)"
    f"|(?<=[由与和及同经向对在])(?:{_BARE_BUREAU}、)+{_BARE_BUREAU}(?=[、，。；：及和与等\n]|$)"
)
NOT_BUREAU_BEFORE = {
    "局": frozenset(lx.SUFFIX_BLOCKED_BEFORE["局"]),
    "处": frozenset("好到用长出住之难益各深远近别此彼某两相共去来何"),
    "署": frozenset(lx.SUFFIX_BLOCKED_BEFORE["署"]),
}


def bureau_lists(masked: str) -> list[Candidate]:
    """ORG candidates for the bare bureaus of a 、-list of bureaus (环保局、商业处、警察局)."""
    out: list[Candidate] = []
    done = -1
    # Anchored on a bureau's head before 、 (rare): the list starts at most three items before.
    for hit in _HEAD_THEN_MARK.finditer(masked):
        if hit.start() < done:
            continue
        for start in range(max(0, hit.start() - 2 - 4 * 3), hit.start() - 1):
            m = _BUREAU_LIST.match(masked, start)
            if m is None or m.end() <= hit.start():
                continue
            done = m.end()
            items = m.group().split("、")
            if len(items) >= 3 and all(it[1] not in NOT_BUREAU_BEFORE[it[2]] for it in items):
                out += [(start + 4 * i, start + 4 * i + 3, "ORG", 3) for i in range(len(items))]
            break
    return out


_HEAD_THEN_MARK = re.compile("[局处署]、")
