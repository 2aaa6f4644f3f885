"""The recogniser: pattern rules, then name rules, on the Simplified pivot of a text.

Stages, each blind to what an earlier stage took:
1. titles 《…》 (DOC), quoted terms “…” (TERM), postal addresses (LOC);
2. dates (DATE) and quantities (QUANT);
3. names on the pivot with stages 1–2 masked out: known bodies, suffix-anchored organisations,
   enumerations before 等企业, zones, gazetteer places, people; the longest candidate wins;
   then unknown members of 、-lists made mostly of organisations;
4. every further occurrence of an organisation or zone name found in stage 3;
5. the user's corrections.
Spans are then mapped back from the pivot to the text, so Simplified and Traditional inputs
give the same spans.
"""

from __future__ import annotations

import re
from operator import itemgetter
from pathlib import Path

from gui.core import collector
from gui.core.entities import (
    abbreviation_runs,
    bare_names,
    chains,
    company_names,
    company_sites,
    date_names,
    definitions,
    duty_bodies,
    foreign,
    headed_bodies,
    latin_glosses,
    latin_orgs,
    media,
    name_columns,
    names,
    nicknames,
    notice_sites,
    org_guards,
    org_lists,
    org_officers,
    org_repeats,
    org_shares,
    people,
    person_forms,
    person_marks,
    person_repeats,
    place_guards,
    place_kinds,
    place_levels,
    place_lists,
    place_repeats,
    place_words,
    places,
    plan_places,
    project_lists,
    quantities,
    regions,
    role_people,
    rules,
    schools,
    sites,
    spaced_bodies,
    subunits,
    table_columns,
    teams,
    titled_bodies,
    titled_names,
    venues,
)
from gui.core.entities.corrections import Corrections
from gui.core.entities.gazetteer import gazetteer, trie_pattern
from gui.core.entities.lexicon import COMMON_NOUN_SUFFIXES
from gui.core.entities.model import Entity
from gui.core.script import to_pivot

Span = tuple[int, int, str]

_CLASSIFIERS = frozenset("所家个间座条位名")
_START = itemgetter(0)
_PRIORITY = itemgetter(3)


def _length(candidate: tuple) -> int:
    return candidate[1] - candidate[0]  # (up to 256: Python's cached small ints, no new object)


def _select(candidates: list[tuple[int, int, str, int]], taken: bytearray) -> list[Span]:
    """Longest first (then by priority, then leftmost); a span that overlaps one already taken
    is dropped. ``taken`` is updated in place."""
    chosen: list[Span] = []
    free = taken.count  # (a free stretch is all zeros: counted in C, not by any() on a slice)
    # Longest first, then by priority, then leftmost, in three stable sorts: the same order as
    # one sort by the key (start - end, priority, start), without a key tuple (and a new int)
    # per candidate — ~100 bytes each, hundreds of thousands of candidates on a 10 MB report,
    # at the recogniser's child's peak — and about three times faster.
    order = sorted(candidates, key=_START)
    order.sort(key=_PRIORITY)
    order.sort(key=_length, reverse=True)  # (reverse keeps a stable sort stable)
    for s, e, t, _p in order:
        if e <= s or free(0, s, e) != e - s:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((s, e, t))
    return chosen


_QUOTED_ORG_ENDS = (
    "有限公司",
    "公司",
    "集团",
    "协会",
    "学会",
    "联合会",
    "基金会",
    "委员会",
    "研究院",
    "研究所",
    "大学",
    "学院",
    "银行",
    "分行",
    "支行",
    "总行",
    "联盟",
    "商会",
    "联会",
    "工会",
    "中心",
    "访问团",
    "代表团",
    # Commands, a movement's head office and branches, troupes, leagues, fronts and concern
    # groups named in quotes (“统合军司令部”, 「國際危機組織」; task e37, dev 1-12 and 17-31: 27
    # false TERMs, each the gold's ORG, and no gold TERM ends so).
    "司令部",
    "本部",
    "分部",
    "剧团",
    "同盟",
    "组织",
    "阵线",
    "关注组",
)


_COUNTED_SLOGAN = re.compile(
    "[一二两三四五六七八九十]+[个大项]?[\u4e00-\u9fff]{0,2}[一二两三四五六七八九十]?"
)
_QUOTED_PLACE_ENDS = ("农业区", "园区", "湿地", "公园", "渔港", "保护区", "风景区", "景区")
# Temples, named in quotes by Taiwan's press after their city (臺南「開基玉皇宮」, 屏東「南方代天府」).
_QUOTED_TEMPLE_ENDS = ("宫", "庙", "寺", "代天府")


def _quoted_body(pivot: str, span: Span, gaz) -> Span:
    """A quoted organisation name is an ORG without its quote marks (second edition):
    “全港社区抗疫连线” stays a term, “香港教育专业人员协会” is a body."""
    s, e, t = span
    inner = pivot[s + 1 : e - 1]
    # A quoted zone, park or facility is the place without its marks (batch-1 decision 1):
    # 「东山175休闲农业区」, 「玉井农产加工及冷链物流中心」 (a centre named for a facility).
    if t == "TERM" and len(inner) >= 4 and pivot[s] in "「“":
        facility = inner.endswith("中心") and names.is_facility_centre(inner[:-2])
        if facility or inner.endswith(_QUOTED_PLACE_ENDS) or inner.endswith(_QUOTED_TEMPLE_ENDS):
            return (s + 1, e - 1, "LOC")
    if t == "TERM" and (
        gaz.org_re.fullmatch(inner)
        or (
            len(inner) >= 4
            and inner.endswith(_QUOTED_ORG_ENDS)
            and not _COUNTED_SLOGAN.match(inner)  # “五个中心”, “两平台一中心”: a slogan
        )
    ):
        return (s + 1, e - 1, "ORG")
    # A paper or agency in title marks is the body, not a document (《众新闻》, 《经济学人资讯社》,
    # 《 人民日报 》 with the spaces of a web page). A journal (《科学》) is left a title: the
    # golds disagree on it (batch 2 ORG, the own gold DOC) and the guideline names papers only.
    if t == "DOC" and pivot[s] == "《":
        name = inner.strip()
        if media.is_paper(name, bool(gaz.org_re.fullmatch(name))):
            start = s + 1 + len(inner) - len(inner.lstrip())
            return (start, start + len(name), "ORG")
    return span


def _no_place_across_a_title(masked: str, candidates: list) -> list:
    """The last character of a body's title is no part of a place when a name follows it:
    教育厅厅长江涌 is the director 江涌, not the river 长江 (长 ends 厅长, which follows the
    body 教育厅; 城市长江段 has no body before 市长)."""
    starts = {c[0] for c in candidates if c[2] == "PER"}
    org_ends = {c[1] for c in candidates if c[2] == "ORG"}
    return [
        c
        for c in candidates
        if not (
            c[2] == "LOC"
            and c[0] + 1 in starts
            and titled_names.title_start(masked, c[0] + 1) in org_ends
        )
    ]


def _report_title_place(pivot: str, span: Span, gaz) -> Span:
    """A work report's title names the place, not the government (2026年天津市政府工作报告: the
    year's report of Tianjin; the dev batches' work reports mark the place): a year, a place
    and 政府 right before 工作报告 is that place. In running text the government reports
    (深圳市政府工作报告指出): a body."""
    s, e, t = span
    if (
        t == "ORG"
        and pivot.startswith("工作报告", e)
        and pivot.endswith("政府", s, e)
        and pivot[s - 1 : s] == "年"
    ):
        if pivot[s : e - 2] in gaz.places:
            return (s, e - 2, "LOC")
    return span


_MEDIA_TAIL = ("报", "网", "社", "台", "刊")


def _split_at_dot(pivot: str, spans: list[Span], gaz) -> list[Span]:
    """Two bodies joined by a middle dot are two names (山东商报·速豹新闻网, a paper and its site;
    新华·波罗的海…, two publishers of an index) where the first is a known body or a paper; a
    dot inside a person's or a foreign body's name stays."""
    out: list[Span] = []
    for span in spans:
        s, e, t = span
        dot = pivot.find("·", s, e) if t == "ORG" else -1
        left = pivot[s:dot] if dot > s + 1 else ""  # (pivot[s:-1] would copy the whole text)
        if left and e - dot > 2 and (left.endswith(_MEDIA_TAIL) or left in gaz.orgs):
            out += [(s, dot, t), (dot + 1, e, t)]
        else:
            out.append(span)
    return out


def _mask(pivot: str, spans: list[Span]) -> str:
    if not spans:
        return pivot
    parts = []
    pos = 0
    for s, e, _t in sorted(spans):
        parts.append(pivot[pos:s])
        parts.append(names.MASK * (e - s))
        pos = e
    parts.append(pivot[pos:])
    return "".join(parts)


def recognise_pivot(pivot: str, gazetteer_dir: Path | None = None) -> list[Span]:
    """Entity spans ``(start, end, type)`` in a Simplified text, sorted by position."""
    gaz = gazetteer(gazetteer_dir)
    # Variant forms that OpenCC's t2s keeps (衞 in Hong Kong's 食物环境衞生署) are matched as
    # their standard form; one character for one, so offsets do not move.
    if "衞" in pivot:  # str.replace is C-fast; translate with a table is not
        pivot = pivot.replace("衞", "卫")
    taken = bytearray(len(pivot))

    def is_place_start(s: str) -> bool:
        return names.starts_with_place(s, gaz)

    first = [_quoted_body(pivot, span, gaz) for span in rules.titles_and_terms(pivot)]
    first += rules.addresses(pivot, is_place_start)
    spans = _select([(s, e, t, 0) for s, e, t in first], taken)
    second = [(s, e, t, 0) for s, e, t in rules.dates(pivot)]
    second += [(s, e, t, 0) for s, e, t in date_names.named_dates(pivot)]
    second += [(s, e, t, 1) for s, e, t in quantities.quantities(pivot)]
    spans += _select(second, taken)
    # The pass's lists are let go as soon as they are used up: on a 10 MB report they are
    # hundreds of thousands of tuples each, and the recogniser's child holds all of them at
    # its peak, the moment the window also holds the whole report laid out.
    del first, second

    masked = _mask(pivot, spans)
    counts = frozenset(e for s, e, t in spans if t == "QUANT" and pivot[e - 1] in _CLASSIFIERS)
    candidates = names.organisations(masked, gaz, counts)
    candidates += org_lists.enumerations(masked, gaz)
    candidates += org_lists.category_lists(masked, gaz)
    candidates += org_lists.bureau_lists(masked) if "、" in masked else []
    candidates += table_columns.body_column(masked, gaz) if "公司" in masked else []
    candidates += places.zones(masked, gaz)
    candidates += plan_places.free_trade_zones(masked, gaz) if "贸" in masked else []
    candidates += plan_places.ring_roads(masked) if "环" in masked else []
    candidates += place_kinds.kind_places(masked, gaz)
    candidates += places.places(masked, gaz)
    candidates += venues.venues(masked, gaz) + company_sites.company_sites(masked, gaz)
    candidates += place_lists.counted_places(masked, gaz) + place_lists.bare_lists(masked, gaz)
    candidates += abbreviation_runs.abbreviation_runs(masked, gaz)
    candidates += abbreviation_runs.city_runs(masked, gaz)
    candidates += sites.sites(masked, gaz) + notice_sites.notice_sites(masked, gaz)
    candidates += place_words.place_words(masked, gaz)
    candidates += place_guards.councillor_districts(masked) if "区议员" in masked else []
    candidates += people.people(masked, gaz) + bare_names.closed_names(masked, gaz)
    candidates += bare_names.listed_names(masked, gaz) + bare_names.joined_names(masked, gaz)
    candidates += name_columns.column_names(masked, gaz)
    candidates += spaced_bodies.spaced_bodies(masked, gaz)
    candidates += role_people.role_people(masked, gaz) + nicknames.nicknamed_people(masked, gaz)
    candidates += person_marks.marked_people(masked, gaz)
    candidates += person_forms.person_forms(masked)
    candidates += definitions.defined_names(masked, gaz.orgs)
    candidates += definitions.listed_companies(masked) if "." in masked else []
    candidates += definitions.bare_bureaus(masked) + definitions.heads_bodies(masked, gaz)
    candidates += definitions.government_divisions(masked, gaz) if "政府" in masked else []
    candidates += definitions.expert_committees(masked, gaz) + org_officers.officers_bodies(
        masked, gaz
    )
    candidates += headed_bodies.headed_committees(masked, gaz)
    candidates += (
        titled_bodies.titled_bodies(masked, gaz) if "长" in masked or "主任" in masked else []
    )
    candidates += duty_bodies.duty_bodies(masked)
    candidates += definitions.level_bodies(masked, gaz) + definitions.term_bodies(masked)
    candidates += definitions.place_party_organs(masked, gaz) if "党" in masked else []
    candidates += foreign.foreign_bodies(masked, gaz) + latin_orgs.latin_orgs(masked)
    candidates += foreign.one_character_countries(masked, gaz)
    candidates += media.channels(masked, gaz) + media.credits(masked)
    candidates += media.datelines(masked, gaz) + media.rthk(masked) + media.sources(masked)
    candidates += media.cited_sites(masked)
    candidates += teams.teams(masked, gaz) if "队" in masked else []
    candidates += schools.schools(masked, gaz) if "国" in masked else []
    candidates += person_marks.members_of_bodies(masked, candidates, gaz)
    counted = abbreviation_runs.counted_runs(masked, gaz)  # 粤港澳三地: three places
    candidates = abbreviation_runs.split_counted(candidates, counted) if counted else candidates
    candidates = place_guards.drop_phrases(masked, _no_place_across_a_title(masked, candidates))
    candidates = org_guards.kept(masked, candidates, gaz, counts)  # 各超硬材料公司: a kind, no name
    candidates = org_shares.share_frames(masked, candidates)  # 减持X股份不超过…股: X's shares
    before_names = bytearray(taken)
    found = _select(candidates, taken)

    # A person named next to a title is the same person without it, wherever the name recurs
    # (任振鹤作报告 … 任振鹤在会上), even where a place name sits inside it (陈嘉兴 holds 嘉兴):
    # the names are chosen again with every occurrence of the people found as candidates.
    persons = {pivot[s:e] for s, e, t in found if t == "PER" and e - s >= 2}
    # 林郑月娥 is 林郑 in the next sentence: the two surnames of a married name are a short form.
    persons |= {p[:2] for p in persons if len(p) == 4 and person_repeats.is_married_name_form(p)}
    persons |= person_repeats.dotted_surnames(persons)  # 萨米娅·苏卢胡·哈桑 … 哈桑表示
    if persons:
        repeats = person_repeats.repeated_people(masked, persons, before_names)
        if any(any(taken[s:e]) for s, e, _t, _p in repeats if (s, e, "PER") not in found):
            # Some occurrence sits where another name was chosen: choose again, all together.
            candidates += repeats
            taken[:] = before_names
            found = _select(candidates, taken)
        else:
            found += _select(repeats, taken)
        found += _select(person_repeats.surnames_with_titles(masked, persons, gaz, taken), taken)
        found += _select(person_repeats.surnames_as_subjects(masked, persons, taken, gaz), taken)
        found = person_repeats.preposition_trims(pivot, found, persons, taken)  # 至于|赖斯
    del candidates, before_names
    orgs = {(s, e) for s, e, t in found if t == "ORG"}
    found += _select(org_lists.list_members(masked, orgs, gaz), taken)
    # A body's short name in brackets after its name (区交通委（建交委）).
    aliases = org_repeats.bracket_aliases(masked, [f for f in found if f[2] == "ORG"], taken)
    found += _select(aliases, taken)
    if "项目" in masked:
        found += _select(project_lists.project_companies(masked, gaz, taken), taken)

    # Lists hold like with like: the neighbours of a person or a place in a 、-list.
    per_spans = [(s, e) for s, e, t in found if t == "PER"]
    neighbours = person_marks.list_neighbours(masked, per_spans, gaz, taken)
    loc_spans = [(s, e) for s, e, t in found if t == "LOC"]
    neighbours += place_lists.list_neighbours(masked, loc_spans, gaz, taken)
    neighbours += place_kinds.neighbours(masked, loc_spans, gaz)  # G320 in a road list; borders
    chosen = _select(neighbours, taken)
    found += chosen
    # A person first met as a list neighbour (齐北松和李克东) is the same person later on.
    added = {pivot[s:e] for s, e, t in chosen if t == "PER" and e - s >= 2} - persons
    if added:
        found += _select(person_repeats.repeated_people(masked, added, taken), taken)
    found = [_report_title_place(pivot, span, gaz) for span in found]
    # A registered name cut at its own 和 where it fills its line (武汉吉和昌新材料股份有限公司).
    grown = company_names.whole_line_names(pivot, found, gaz)
    if grown is not found:
        found = grown
        for s, e, _t in found:
            taken[s:e] = b"\x01" * (e - s)
    # A bare kind word (学院 'the college' before 执行董事) names no body: whichever rule found
    # it, it is neither kept nor repeated at every mention of the kind.
    found = [
        f
        for f in found
        if f[2] != "ORG"
        or not (
            pivot[f[0] : f[1]] in COMMON_NOUN_SUFFIXES or org_guards.party_members(pivot, *f[:2])
        )
    ]
    # A kind of company (其他客船公司, 儲能公司ENGIE, 第四大汽車公司, 挪威公司) names no company, nor
    # does its brand later on; the country it is from stays a place.
    kinds = org_repeats.kinds_of_company(pivot, [f for f in found if f[2] == "ORG"], gaz.countries)
    if kinds:
        dropped = [f for f in found if f[2] == "ORG" and pivot[f[0] : f[1]] in kinds]
        found = [f for f in found if f[2] != "ORG" or pivot[f[0] : f[1]] not in kinds]
        for s, e, _t in dropped:
            k = org_repeats.country_before(pivot[s:e], gaz.countries)
            found += [(s, s + k, "LOC")] if k else []
    spans += found

    latin = _select(latin_glosses.glosses(pivot, spans, taken, gaz), taken)
    latin += _select(latin_glosses.sources(pivot, taken), taken)
    spans += latin
    spans += _select(latin_glosses.after_titles(pivot, taken), taken)
    # A transliterated name glossed once (希克（Uli Sigg）) is that person bare later on.
    glossed = latin_glosses.glossed_people(pivot, latin, gaz) - persons
    if glossed:
        spans += _select(person_repeats.repeated_people(masked, glossed, taken, True), taken)

    # Every occurrence is annotated: a company met in one list is the same company elsewhere.
    repeat = {pivot[s:e] for s, e, t in found if t == "ORG" and e - s >= 2}
    # A company named in full is named short later on (隆源农业服务有限公司 … 隆源农业).
    short = {f for name in repeat for f in company_names.company_short_forms(name, gaz)}
    universities = {f for f in short if f.endswith("大") and len(f) <= 3}  # 澳大, 澳旅大
    brands = {f for name in repeat for f in org_repeats.brand_forms(name, gaz)} - short
    short |= brands
    # A court named in full is named by its level and 院 later on (中级法院 … 中院).
    short |= {f for name in repeat for f in org_repeats.court_short_form(name)}
    short |= {f for name in repeat for f in org_repeats.unit_short_form(name)}  # 速龙小队 → 速龙
    short |= {f for name in repeat for f in org_repeats.council_short_form(name)}  # 台南市议会
    # A body met under its Latin name (…委员会（NTSB）) is that body where the name recurs.
    short |= {pivot[s:e] for s, e, t in latin if t == "ORG" and e - s >= 2}
    repeat |= places.repeatable_places(pivot, found)
    airports = place_repeats.airport_short_forms(pivot, found, gaz) - repeat  # 松山机场 … 松机
    if repeat or short or airports:
        types = {pivot[s:e]: t for s, e, t in found}
        types.update({f: "ORG" for f in short - repeat})
        types.update({f: "LOC" for f in airports})
        repeat |= short | airports
        pattern = re.compile(trie_pattern(repeat))
        extra = [
            (m.start(), m.end(), types[m.group()], 0)
            for m in pattern.finditer(masked)
            if not any(taken[m.start() : m.end()])
            and masked[m.start() - 1 : m.start()] != "各"  # 各|区规划资源局: a kind, as found
            and not names.word_continues(masked, m.end(), m.group())
            and org_repeats.latin_bounded(masked, m.start(), m.end())
            and not (m.group() in brands and org_repeats.brand_continues(masked, m.end()))
            and not (m.group() in airports and masked[m.end() : m.end() + 1] == "场")  # 桃机场
            and not (
                m.group() in universities and org_repeats.university_continues(masked, m.end())
            )
        ]
        spans += _select(place_guards.drop_tongues(masked, extra), taken)  # 葡萄牙|语 again
        del types, pattern, extra
    spans += _select(latin_orgs.paired_latin_orgs(masked, spans, taken), taken)
    del found, masked, taken, repeat, short, latin, brands, universities, airports
    # The joining stages keep each span that does not change as the same tuple, and each
    # stage's input is let go before the next one runs: the pass's spans were alive four
    # times over here (211,000 of them on a 10 MB report, ~15 MB a copy), the child's peak.
    spans.sort()
    spans = place_levels.town_words(pivot, spans)  # 左权县辽阳|镇: the town, then the chain
    spans = place_levels.village_groups(pivot, spans)  # 马鬃山村|水坪5组
    joined = chains.join_chains(pivot, spans, gaz)
    joined = chains.district_lists(pivot, joined)  # 嘉义市东区、西区: the city's districts
    del spans
    joined = chains.line_sections(pivot, joined)
    joined = chains.venue_halls(pivot, joined)
    joined = venues.venue_parts(pivot, joined)
    joined = venues.acting_museums(pivot, joined)  # 澳門藝術博物館|執行: the body
    joined = regions.area_words(pivot, joined, gaz)  # 浙江|地区: one place
    joined = _split_at_dot(pivot, joined, gaz)
    joined = subunits.join_units(pivot, joined)
    joined = foreign.country_organs(pivot, joined, gaz)  # 台湾|外交部: one body
    joined += chains.repeated_villages(pivot, joined)
    joined += place_repeats.bare_mentions(pivot, joined, gaz)
    joined.sort()
    return joined


def recognise_spans(
    text: str, corrections: Corrections | None = None, *, gazetteer_dir: Path | None = None
) -> list[Span]:
    """What :func:`recognise` finds, as ``(start, end, type)`` in the coordinates of ``text``,
    without an :class:`Entity` and a copy of its text per span: the recogniser's child keeps
    only a table of them, and a 10 MB report's 211,000 entities were its peak (~18 MB)."""
    with collector.paused():  # the pass's tuples hold no cycles: see gui.core.collector
        pivot, to_pivot_map = to_pivot(text)
        spans = recognise_pivot(pivot, gazetteer_dir)
    if corrections is not None and not corrections.is_empty():
        spans = corrections.apply(pivot, spans)
    if to_pivot_map.is_identity:  # already Simplified: pivot positions are text positions
        return spans
    out = []
    to_a, to_a_end = to_pivot_map.to_a, to_pivot_map.to_a_end
    for s, e, t in spans:
        a = to_a(s)  # same as OffsetMap.span_to_a, one lookup fewer
        b = max(a, to_a_end(e))
        if b > a:
            out.append((a, b, t))
    return out


def recognise(
    text: str, corrections: Corrections | None = None, *, gazetteer_dir: Path | None = None
) -> list[Entity]:
    """Recognise the entities of ``text`` (the cleaned text of a document, any script) on its
    Simplified pivot (OpenCC t2s); spans are mapped back to ``text``, and ``Entity.text`` is the
    original text of the span. ``corrections`` (the user's overrides) are applied last."""
    spans = recognise_spans(text, corrections, gazetteer_dir=gazetteer_dir)
    return [Entity(s, e, t, text[s:e]) for s, e, t in spans]
