"""The recogniser's whole-text scans open with a character re can skip to (speed, #17).

Python's ``re`` searches fast only when a compiled pattern *starts* with a literal, a character
class or a branch of literals (its INFO prefix or charset): a pattern that opens with a
lookaround, a repeat or a group of mixed alternatives is tried at every position by the
interpreter, 10-90 ms per million characters instead of 1-5 (docs/entities.md, "Scanning").
Session 27 rewrote such scans with the same matches: a lookbehind moved after the first
character (``(?<=向)港台`` → ``港台(?<=向港台)``), a leading lookahead folded into a class.
These tests hold the rewrites to the very spans and groups of the patterns they replaced (kept
in tests/data/scan_rewrites_before.json) on every dev document and on invented lines, and keep
the next scans from opening with a lookaround again."""

import importlib
import json
import re
from pathlib import Path

import pytest

from gui.core.reading import read_document
from gui.core.script import to_pivot
from tests.conftest import DATA, dev_documents

BEFORE = json.loads((DATA / "scan_rewrites_before.json").read_text(encoding="utf-8"))
ENTITIES = Path(__file__).resolve().parents[2] / "gui" / "core" / "entities"


def _current(name: str) -> re.Pattern:
    module, _, attr = name.partition(".")
    mod = importlib.import_module(f"gui.core.entities.{module}")
    if attr.startswith("_patterns."):
        return mod._patterns()[attr.removeprefix("_patterns.")]
    return getattr(mod, attr)


#: Rewrites whose groups went with them: the code reads only the match's span there.
SPAN_ONLY = {
    "definitions._HEAD_TITLE",
    "places._ASIA_EUROPE",
    "places._CHINA_AND",
    "places._HENGQIN_MACAU",
}
PAIRS = {
    name: (re.compile(pattern, flags), _current(name)) for name, (pattern, flags) in BEFORE.items()
}


def _found(pattern: re.Pattern, text: str, span_only: bool = False) -> list:
    if span_only:
        return [m.span() for m in pattern.finditer(text)]
    return [
        (m.span(), m.groups(), tuple(m.span(g) for g in range(1, (pattern.groups or 0) + 1)))
        for m in pattern.finditer(text)
    ]


def _variants(text: str) -> list[str]:
    """The text, its pivot (what the recogniser scans) and the pivot with its digits masked as
    the quantity stage masks them (``names.MASK``)."""
    pivot = to_pivot(text)[0]
    return [text, pivot, re.sub(r"\d", "\x00", pivot)]


def test_every_rewritten_scan_is_still_a_module_pattern():
    assert len(PAIRS) >= 40
    for name, (old, new) in PAIRS.items():
        assert old.pattern != new.pattern, name
        if name in SPAN_ONLY:
            assert new.groups == 0, name
        else:
            assert old.groups == new.groups and old.groupindex == new.groupindex, name


def test_the_rewritten_scans_find_what_they_found_on_every_dev_document():
    """Counts only: no line of a document is printed (a failure names the pattern)."""
    differing: dict[str, int] = {}
    found = 0
    documents = dev_documents(".txt", ".md", ".html")
    assert len(documents) > 400
    for path in documents:
        for text in _variants(read_document(path).text):
            for name, (old, new) in PAIRS.items():
                span_only = name in SPAN_ONLY
                before = _found(old, text, span_only)
                found += len(before)
                if _found(new, text, span_only) != before:
                    differing[name] = differing.get(name, 0) + 1
    assert not differing, f"rewrites that find otherwise (documents): {differing}"
    assert found > 10_000


# Invented lines for each lookaround moved or class folded: where it holds and where it fails.
LINES = [
    "向港台查询。联络港台的人，尊重港台有权决定，促港台交代；港台表示不会。港台明星、港台地区",
    "第一台、电视台第二台、台第十台、电台第三台。",
    "记者\x00\x00电 新华社\x00电 \x00讯",
    "纪念孙中山先生诞辰150周年，毛泽东同志逝世，女士逝世，逝世、诞辰",
    "姓李男子，百姓李男，一名姓陈男子；死者姓梁，59岁；事主姓陈（40岁）；同姓王女",
    "张、王、李三名，陈张、王二人，李、赵两位，刘、孙三人",
    "中共当局、中共中央、召开中共第二十次大会，中共党员，反中共、中共",
    "侵华日军，日军侵华，美军基地，日军队，以军，俄军舰，苏军",
    "1234基地、567基地、12基地、\x00\x00基地、\x00\x00\x00\x00\x00基地、8基地",
    "等3条高速公路、二十条铁路、\x00\x00\x00高铁、等\x00城际、等四条高铁，五条城际铁路",
    "东至黄河，西起兰州；南到\n北临草原，东北至，南临",
    "东路、西街、中路、北站、路口、街道、南北路",
    "G30国道、S2高速、AG30、G3015高速公路、S123省道、GS12公路",
    "内环高架路、外环线上、二环路东段、中环隧道、闭环路、环路、中环快速路、七环",
    "公司（600519.SH）、平安(000001.SZ)、x（00700.HK）、某集团（股票代码：600000）",
    "东区区议员、中西区区议员、港东区区议员、北区议员",
    "2021上半年，2022第三季度，12019前三季度，1.2020首季，20201前两个月",
    "110年3月，民国109年度，1110年，108年至109年，11.110年底，1,100年",
    "5号楼，123号，号码12号，第2号",
    "增长30%，2.5万元，18 900宗，1,234.5亿元，第3万，PM2.5，12,345人，3,5个，10%~15%，a12人，8千",
    "2021 年 3 月 5 日，2021年12月，12021年1月，1.2021年3月",
    "3大类，第3大类，12大学，a5大，4.5大类",
    "兰州新区、港澳、，城市，一体化；双城、两地三地、四地、等各大城市、等城市",
    "市府社会局、本会检查局、县府各局、本府相关局处、本会农业处",
    "村党委、镇党支部、社区党总支、乡党委、区党总支、党委书记",
    "20211203，x20211203，2021120，1999-12-31，20201301，/20211203/",
    "在韩国，赴美访问，访日人，离英，返法国，抵德",
    "Reuters（Reuters Agency），text（NPR），，（BBC）",
    "北北基桃，高屏地区，花东纵谷，嘉南平原，云嘉、竹苗等地，宜花东，澎金马奖",
    "苏浙皖三省，京津冀协同，湘赣交界，川渝两地，新疆",
    "苏南、皖北地区，东北振兴，西南地区的，鲁西南经济，陕北",
    "张三，男，汉族；李四（现任；王五同志简历；简历；，女，",
    "文/刘书沛 图／王明 撰文：陈 报导．摄影╱韩旭 博客 | 罗金义 部落格｜某 文字/ 图文/",
    "记者 杨 洁 市长  李  辉 主任 王 明摄 队长 张 强",
    "致电拜登当选，祝贺马克龙连任，致贺电泽连斯基，",
    "塞中关系，巴中友好，中巴关系，孟中两国",
    "在黎南部，黎南部，对以总理，访以总统，日本南部",
    "：俄称，乌称，\n美称，日称，22日称",
    "推向日、韩、星、马，来自中、美、法等，与英、法两国，日、韩",
    "国　务　院　办公厅 行 政 院 公 告 兰州　新区",
    "本市北区、南区，本市中西区，本市中区，本市东门",
    "台北市政府、新北市议会、台北市府社会局、高雄市府、北市府、在竹县府、屏县议会、与彰县府、台中市民政局、嘉义市长",
    "由市发展改革委负责，市财政局会同；\n县应急管理局牵头。区住建局配合，各区教育局负责同志，由的局负责",
    "局副局长、办公室主任、委员会副主任、委主任委员、司长、厅副厅长、办主任、处处长",
    "中美关系、中南关系、中南地区、中俄两国、中日友好、中南作为",
    "琴澳融合、横琴澳门、澳琴协同、琴澳门、横澳琴",
    "亚欧会议、欧亚大陆、欧亚经济论坛、亚欧",
    "六四事件、九一八纪念、二二八纪念馆、第六四、五四运动、七一前夕、一二三四集会",
    "农历正月初一、大年初八、农历腊月二十三、农历十一月十五、正月十五、十一月十五",
    "任命张三为局长，以李四为组长的，聘请王五担任，推荐刘六同志，委派陈七出任，以为",
    "，陈先生说。\n李太表示，在蔡前总统任内，王女士；吴总统府",
    "维吾尔族乡、回族乡、蒙古族维吾尔族镇、苗族瑶族乡、彝族镇长、回族乡政府",
]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_a_rewritten_scan_finds_what_it_found_on_invented_lines(name):
    old, new = PAIRS[name]
    for line in [*LINES, "".join(LINES), "\n".join(LINES)]:
        for text in _variants(line):
            span_only = name in SPAN_ONLY
            assert _found(new, text, span_only) == _found(old, text, span_only), (name, line)


def test_the_invented_lines_hold_matches_for_most_rewrites():
    text = "\n".join(LINES)
    matched = [
        name for name, (old, _new) in PAIRS.items() if any(old.search(t) for t in _variants(text))
    ]
    assert len(matched) >= len(PAIRS) - 3, sorted(set(PAIRS) - set(matched))


# -- the rule: a scan over the whole text opens with what re can skip to ------------------

_SCAN = re.compile(
    r"(?:\b(_?[A-Za-z_][A-Za-z0-9_]*)|_patterns\(\)\[\"(\w+)\"\]|pats\[\"(\w+)\"\])"
    r"\.finditer\((?:masked|pivot|text)\)"
)

#: Scans still tried at every position, and why (docs/entities.md, "Scanning").
SLOW_LEFT = {
    "duty_bodies._DUTY",  # would open with any ideograph: slower so (17 against 7 ms)
    "rules._DATE",  # dozens of alternatives, each opening otherwise after the lookbehinds
    "rules._OTHER_DATE",  # the same
    "places._ANY_PAIR",  # zero-width: a pattern that may match empty gets no first characters
    "person_marks._MEMBER_LINE",  # a line's start, then optional spaces and a label
    "person_forms._SIGNATURE",  # a line's start
    "doc_numbers._DOC_NUMBER",  # its first alternative opens with a group the code reads
}


def _opens_with_a_character(pattern: re.Pattern) -> bool:
    """Whether re's compiler gives the pattern a literal prefix or a first-character set
    (re._compiler._compile_info, CPython 3.11-3.13)."""
    compiler, parser = re._compiler, re._parser  # type: ignore[attr-defined]
    tree = parser.parse(pattern.pattern, pattern.flags)
    if tree.getwidth()[0] == 0:
        return False
    flags = tree.state.flags
    prefix = compiler._get_literal_prefix(tree, flags)[0]
    return bool(prefix) or bool(compiler._get_charset_prefix(tree, flags))


def _whole_text_scans() -> dict[str, re.Pattern]:
    scans = {}
    for path in sorted(ENTITIES.glob("*.py")):
        mod = None
        for m in _SCAN.finditer(path.read_text(encoding="utf-8")):
            mod = mod or importlib.import_module(f"gui.core.entities.{path.stem}")
            if m.group(1):
                name, pattern = f"{path.stem}.{m.group(1)}", getattr(mod, m.group(1), None)
            else:
                key = m.group(2) or m.group(3)
                patterns = getattr(mod, "_patterns", None)
                if patterns is None or key not in patterns():
                    continue
                name, pattern = f"{path.stem}._patterns.{key}", patterns()[key]
            if isinstance(pattern, re.Pattern):
                scans[name] = pattern
    return scans


@pytest.mark.skipif(not hasattr(re, "_compiler"), reason="re's compiler module (Python 3.11+)")
def test_every_whole_text_scan_opens_with_a_literal_or_a_class():
    scans = _whole_text_scans()
    assert len(scans) > 150
    slow = {name for name, pattern in scans.items() if not _opens_with_a_character(pattern)}
    assert slow <= SLOW_LEFT, (
        f"scans that open with a lookaround or a repeat: {sorted(slow - SLOW_LEFT)}"
    )
    assert _opens_with_a_character(re.compile("港台(?<=向港台)"))
    assert not _opens_with_a_character(re.compile("(?<=向)港台"))
