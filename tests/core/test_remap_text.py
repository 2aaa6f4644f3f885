"""tests/data/real/gold/remap_text.py, the tool that carries gold over to a reader's new text:
spans move through the difference between the texts, a repeated word keeps its occurrence, a
span whose text changed is reported, never guessed. Lines are from the dev regulation of batch
28 and the dev Sina release of batch 1, before and after session 21's Markdown reader."""

from __future__ import annotations

from tests.conftest import REPO
from tests.script_modules import load_script

REMAP = load_script(REPO / "tests" / "data" / "real" / "gold" / "remap_text.py")

OLD = (
    "突发环境事件信息报告办法\n（2011年4月18日环境保护部令第17号公布&emsp;自2011年5月1日起施行）\n"
    "&emsp;&emsp;第一条&emsp;为了规范突发环境事件信息报告工作，制定本办法。 &emsp;&emsp;第十六条&emsp;"
    '本办法由环境保护部解释。\n突发环境事件分级标准{align="center"}'
)
NEW = (
    "突发环境事件信息报告办法\n（2011年4月18日环境保护部令第17号公布 自2011年5月1日起施行）\n"
    "第一条 为了规范突发环境事件信息报告工作，制定本办法。\n第十六条 本办法由环境保护部解释。\n"
    "突发环境事件分级标准"
)


def _span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at, at + len(words)


def test_a_span_moves_to_its_words_in_the_new_text():
    at = REMAP.mapper(REMAP.opcodes(OLD, NEW))
    for words in ("环境保护部", "2011年5月1日", "突发环境事件分级标准", "第十六条"):
        start, end = _span(OLD, words, 1 if words == "环境保护部" else 0)
        moved = REMAP.move_span(OLD, NEW, at, start, end)
        assert moved is not None and NEW[moved[0] : moved[1]] == words


def test_a_span_whose_text_changed_is_not_moved():
    at = REMAP.mapper(REMAP.opcodes(OLD, NEW))
    start, end = _span(OLD, "公布&emsp;自")
    assert REMAP.move_span(OLD, NEW, at, start, end) is None
    assert REMAP.same_occurrence(OLD, NEW, start, end) is None


def test_a_repeated_word_keeps_its_occurrence():
    # A table's head run into one line, then one row a line (batch 1's NBS release).
    old = "分 组 营业收入 1-11月（亿元） 同比增长（%） 1-11月（亿元） 同比增长（%） 1-11月（亿元）"
    new = "分 组 | 营业收入\n1-11月（亿元） | 同比增长（%） | 1-11月（亿元） | 同比增长（%） | 1-11月（亿元）"
    for nth in range(3):
        start, end = _span(old, "1-11月", nth)
        assert REMAP.same_occurrence(old, new, start, end) == _span(new, "1-11月", nth)


def test_the_line_map_names_the_lines_a_join_hid():
    assert REMAP.line_map(OLD, NEW) == ["2-4 -> 2-5 (replace)"]
    assert REMAP.line_map(NEW, NEW) == []
