"""benchmarks/stress_outline.py: the forms it reads documents in, and how it names a spurious
heading's shape (docs/history/outline-log.md, round 16)."""

from __future__ import annotations

import pytest

from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

stress = load_benchmark("stress_outline")


@pytest.fixture(scope="module")
def text() -> str:
    return (REPO / "tests" / "data" / "real" / "wr-guizhou-2026.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [60, 80])
def test_wrap_breaks_lines_at_the_width_and_keeps_every_character(text, width):
    wrapped = stress.wrap(text, width)
    assert wrapped.replace("\n", "") == text.replace("\n", "")
    widths = [stress._columns(line) for line in wrapped.split("\n")]
    assert max(widths) <= width
    assert sum(1 for w in widths if w >= width - 1) > 20  # (the report's paragraphs fill lines)


def test_one_sentence_per_line_breaks_after_each_stop_but_not_inside_a_quotation(text):
    split = stress.one_sentence_per_line("他说：“要稳。要快。”随后离开。再见！")
    assert split.split("\n") == ["他说：“要稳。", "要快。”", "随后离开。", "再见！"]
    assert stress.one_sentence_per_line(text).replace("\n", "") == text.replace("\n", "")


def test_one_sentence_per_line_keeps_a_markdown_comment_whole():
    # reg-zj-river-chief-2017.md (batch 2): the app's text keeps the file's comment line.
    line = "2017年7月28日 浙江省第十二届人民代表大会常务委员会第四十三次会议通过\n<!-- INFO END -->\n第一条"
    assert stress.one_sentence_per_line(line) == line
    assert stress.one_sentence_per_line("好!再见") == "好!\n再见"


def test_shapes_of_spurious_headings():
    gold = ["一、2025年工作回顾"]
    assert stress.shape_of("一、2025年", gold, "wrapped", 80) == "a gold heading cut by the wrap"
    assert stress.shape_of("二、主要任务", gold, "text", 80) == "a list item"
    assert stress.shape_of("市长 张建国 记者 王五", gold, "text", 80) == "a byline or credit"
    assert stress.shape_of("推动产业链供应链优化升级。", gold, "text", 80) == "a sentence"
    assert stress.shape_of("活动现场", gold, "text", 80) == "a caption"
    assert stress.shape_of("稳住制造业基本盘", gold, "text", 80) == "a short line"


def test_fuse_runs_every_line_into_one_and_keeps_every_character(text):
    fused = stress.fuse(text)
    assert "\n" not in fused
    assert fused.replace(" ", "") == "".join(ln.strip() for ln in text.split("\n")).replace(" ", "")
    assert stress.fuse("Hong Kong\nPost 香港\n政府") == "Hong Kong Post 香港政府"


def test_fuse_sections_breaks_a_line_only_where_a_gold_section_starts():
    text = "标题\n一、总体要求\n坚持稳中求进。\n二、主要任务\n加快发展。"
    gold = {
        "text": text,
        "title_span": [0, 2],
        "sections": [
            {"start": 3, "heading": "一、总体要求"},
            {"start": text.index("二、"), "heading": "二、主要任务"},
        ],
    }
    assert stress.fuse_sections(gold).split("\n") == [
        "标题",
        "一、总体要求坚持稳中求进。",
        "二、主要任务加快发展。",
    ]
