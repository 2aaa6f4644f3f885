"""Regions named by provinces' one-character abbreviations (LOC): an abbreviation and a
direction (苏南, 皖北, 豫东, 鲁西南), the great regions 东北, 西北, 西南, 东南 where they stand as
names, and runs of abbreviations before a word that counts or relates places (苏浙皖三省 → 苏,
浙, 皖). Part of the sites below the county (:func:`gui.core.entities.sites.sites`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.places import left_boundary

# 苏南, 皖北, 豫东, 皖南, 陕北, 鲁西南: provinces whose one-character abbreviations are not
# common characters (新, 宁, 青, 云, 贵, 吉 … open too many words: 新南向, 云南 is a province).
_REGION = re.compile(
    "[津沪冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕陇蒙藏东西]"
    "(?:(?<=[津沪冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕陇蒙藏])(?:东南|东北|西南|西北|中南|[东西南北中])"
    "|(?<=东)北|(?<=西)北|(?<=西)南|(?<=东)南)"
    "(?:地区)?(?=[、，。；和与及的等地]|[两三四五六七八九]省|(?:全面)?振兴|老工业基地|经济|沿海|范围|$)"
)
# A region by abbreviation may also open a clause before its verb (赣东北扩大开放, 赣西转型升级)
# or stand before the nouns that history and planning attach to regions (闽西青年, 皖东抗日根据地).
_REGION_OPEN = re.compile(
    "[津沪冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕陇蒙藏](?:东南|东北|西南|西北|中南|[东西南北])"
    "(?=青年|人民|儿女|大地|革命|抗日|根据地|老区|苏区|山区|平原|腹地|一带)"
)


_GREAT_REGIONS = ("东北", "西北", "西南", "东南")
# After a count of provinces or 振兴 a great region is named whatever stands before it: no
# direction is counted in provinces or revitalised (联合东北三省, 新时代东北全面振兴).
_REGION_NAMED = re.compile("[两三四五六七八九]省|(?:全面)?振兴|老工业基地")
_REGION_ABBREVIATION = re.compile(_REGION_OPEN.pattern.split("(?=")[0])
_CLAUSE_MARKS = set("，、。；：:\n")
_DIRECTION_WORDS = frozenset(
    "东方 西方 南方 北方 东部 西部 南部 北部 东西 南北 北上 南下 西进 东进".split()
)
# 苏东 is the Soviet Union and Eastern Europe (苏东剧变), no region of Jiangsu.
_NOT_REGIONS = frozenset({"苏东"})


def _region_left(masked: str, s: int, gaz: Gazetteer) -> bool:
    """A region's left edge: a word boundary, a count (3000多|闽西青年) or a verb (了解|皖东)."""
    before = masked[s - 2 : s]
    return (
        left_boundary(masked, s)
        or masked[s - 1 : s] in "多名位"
        or before in gaz.verbs
        or before in gaz.function_words
    )


def regions(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Regions named by a province's abbreviation and a direction (苏南, 皖北, 豫东, 陕北,
    with 地区 one span) and the great regions 东北, 西北, 西南, 东南 where they stand as names
    (东北振兴, 东北三省, 东南五省, 从东北范围来看, 东北、华北) — not 东北部, 东北方向."""
    out: list[Candidate] = []
    for m in _REGION_OPEN.finditer(masked):  # 闽西青年, 了解皖东抗日根据地
        region = m.group()
        if region in _NOT_REGIONS or (region in gaz.places and region not in gaz.weak_places):
            continue  # a weak place (闽西) needs the left edge that this context gives it
        if _region_left(masked, m.start(), gaz):
            out.append((m.start(), m.end(), "LOC", 4))
    for m in _REGION_ABBREVIATION.finditer(masked):  # ，赣东北扩大开放、赣西转型升级
        s, e = m.span()
        tail = masked[e - 1 : e + 1]
        if masked[s - 1 : s] not in _CLAUSE_MARKS or m.group() in _NOT_REGIONS:
            continue
        if m.group() in gaz.places:
            continue
        if not is_cjk(masked[e : e + 1]) or tail in gaz.places or tail in _DIRECTION_WORDS:
            continue  # (the plain cases are _REGION's); 粤西部, 苏北京: another word goes on
        out.append((s, e, "LOC", 4))
    for m in _REGION.finditer(masked):
        if m.group() in gaz.places and m.group() not in _GREAT_REGIONS:
            continue  # a prefecture or county with that name is found as one (晋中, 湘西)
        great = m.group()[:2] in _GREAT_REGIONS
        if great and _REGION_NAMED.match(masked, m.end()):
            out.append((m.start(), m.end(), "LOC", 4))  # 联合|东北三省, 新时代|东北全面振兴
            continue
        if not (
            left_boundary(masked, m.start()) or (not great and _region_left(masked, m.start(), gaz))
        ):
            continue  # 城市东北 is a direction in a phrase; 融入|苏南 is the region after a verb
        before = masked[m.start() - 1 : m.start()]
        if m.group()[:2] in _GREAT_REGIONS and before and before not in _REGION_BEFORE:
            verb = masked[m.start() - 2 : m.start()]
            if before in "向往朝偏" or (verb not in gaz.verbs and verb not in gaz.function_words):
                continue  # 位于城区西南, 向东北: a direction; the region follows a mark or a verb
        out.append((m.start(), m.end(), "LOC", 4))
    return out


# 苏浙皖三省, 京津冀协同, 湘赣交界, 川渝两地: a run of provinces' one-character abbreviations
# before a word that counts or relates places names each of them.
_ABBREVIATION_RUN = re.compile(
    "[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘青宁新蒙藏][京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘青宁新蒙藏]{1,3}"
    "(?=[两三四五六七八九]省|[两三四]地|[两三四]市|交界|边界|边境|接壤|协同|协作|一体化|合作|经济|地区|等地|等省)"
)


def abbreviation_runs(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Each province of a run of one-character abbreviations (苏浙皖三省 → 苏, 浙, 皖),
    where the run starts a word and is not itself a place name (京津冀 is one region)."""
    out: list[Candidate] = []
    for m in _ABBREVIATION_RUN.finditer(masked):
        run = m.group()
        if run in gaz.places or not _region_left(masked, m.start(), gaz):
            continue  # (沟通|湘鄂两省, 总结运用|闽宁协作: after a verb the run opens a word too)
        if any(run + level in gaz.counties for level in "县市区旗"):
            continue  # 新宁地区: the county 新宁, not 新 + 宁
        out += [(m.start() + i, m.start() + i + 1, "LOC", 4) for i in range(len(run))]
    return out


_REGION_BEFORE = set("、，。；：:和与及\n（“\u3000 从在")


# 地区 after a place makes the area around it one place with it (浙江地区, 苏梅地区, 东北地区);
# before 生产总值 it opens the statistics' term "regional GDP" (深圳|地区生产总值).
_AREA = re.compile("地区(?!生产总值)")
# After a state, and in the official designation (中国)大陆地区, 地区 is a word of the political
# formula, which the gold keeps out of the place (中國|地區, 中国大陆|地区). 台湾地区 is one place,
# as a province's area is (guideline: region + 地区 written together is one LOC): the gold of
# batches 34, 45 and 47 writes it whole six times in four documents of four sources (赴香港、澳门、
# 台湾地区; 在臺灣地區停留; 台湾地区医师; 中国台湾地区), batch 25's Macau release once bare.
_STATES = frozenset(("中国", "中国大陆", "大陆"))


def area_words(
    pivot: str, spans: list[tuple[int, int, str]], gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """``spans`` (sorted) with each place of two characters or more that 地区 follows grown over
    it; one look-up per 地区 of the text, no pass over the spans."""
    if "地区" not in pivot:
        return spans
    for m in _AREA.finditer(pivot):
        i = bisect_left(spans, (m.start(),))
        if i == 0 or (i < len(spans) and spans[i][0] < m.end()):
            continue  # nothing ends here, or a span begins inside the word
        s, e, t = spans[i - 1]
        # After a level word 地区 is the district's own word (湾仔区|地区), no area around it.
        if t != "LOC" or e != m.start() or e - s < 2 or pivot[e - 1] in "区市省县":
            continue
        name = pivot[s:e]
        # A district's bare name (湾仔, as 湾仔区 is a place) before 地区 names the district itself,
        # Hong Kong's usage (灣仔地區層面: "at the Wan Chai District's level"): the place stays bare.
        if name not in _STATES and name not in gaz.countries and name + "区" not in gaz.places:
            spans[i - 1] = (s, m.end(), t)
    return spans


# Taiwan's press and government name its regions by runs of their cities' and counties' first
# characters, a closed set of conventions (北北基 Taipei, New Taipei and Keelung; 桃竹苗; 中彰投;
# 云嘉南; 高屏; 花东; 澎金马): each character is one place, as the gold writes the runs of every
# batch (中彰投地區 → 中, 彰, 投; 桃竹苗廟宇 → 桃, 竹, 苗). A run of three is taken wherever a word
# may start; a pair (高屏, 花东) only before a word of region (地区, 等地, 一带) or in a 、-list, since
# 嘉南 opens 嘉南平原 and 花东 花东纵谷, one place each.
_TAIWAN_RUN = re.compile(
    "(?:北北基桃|北北基|北北桃|桃竹竹苗|桃竹苗|竹竹苗|中彰投|云嘉嘉南|云嘉南|高高屏"
    "|宜花东|澎金马"
    "|高屏(?=地区|等地|一带|[两二三]县|[两二三]地|、)|花东(?=地区|等地|一带|[两二三]县|[两二三]地|、)"
    "|嘉南(?=地区|等地|一带|[两二三]县|[两二三]地|、)|云嘉(?=地区|等地|一带|[两二三]县|[两二三]地|、)"
    "|竹苗(?=地区|等地|一带|[两二三]县|[两二三]地|、))"
)
# A run bound to the word after it names people or a prize, not places (北北基人, 澎金马奖).
_TAIWAN_RUN_BOUND = re.compile("人|奖|籍|乡亲")


def taiwan_runs(masked: str) -> list[Candidate]:
    """One LOC per character of each of Taiwan's conventional regional runs (中彰投 → 中, 彰, 投)
    that starts a word and is not bound to the word after it."""
    out: list[Candidate] = []
    for m in _TAIWAN_RUN.finditer(masked):
        s, e = m.span()
        if _TAIWAN_RUN_BOUND.match(masked, e) or not left_boundary(masked, s):
            continue
        out += [(i, i + 1, "LOC", 4) for i in range(s, e)]
    return out
