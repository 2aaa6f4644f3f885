"""The outline model passes Qt's model tester and nests sections by level."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from gui.models.outline_model import COUNTS_ROLE, POSITION_ROLE, SECTION_ROLE, OutlineModel
from tests.conftest import DEFAULT_REPORT

NESTED = (
    "年度工作报告\n"
    "一、总体情况\n"
    "（一）经济运行\n"
    "经济运行稳中向好。\n"
    "（二）社会事业\n"
    "社会事业全面进步。\n"
    "二、主要任务\n"
    "推动高质量发展。\n"
)


def test_modeltester_on_the_default_report(qtmodeltester):
    model = OutlineModel()
    qtmodeltester.check(model)  # empty
    doc = read_document(DEFAULT_REPORT)
    model.set_document(doc, lambda i: doc.sections[i].heading or "lead")
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    model.set_counts("notes", {1: 2, 3: 1})
    qtmodeltester.check(model)
    assert model.index(1, 0).data(COUNTS_ROLE) == {"notes": 2}
    assert model.index(1, 1).data() == "2 notes"
    assert model.index(2, 1).data() is None


def test_nested_levels(qtmodeltester):
    doc = document_from_text(NESTED)
    model = OutlineModel()
    model.set_document(doc, lambda i: doc.sections[i].heading or "")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert first.data() == "一、总体情况"
    assert model.rowCount(first) == 2
    child = model.index(1, 0, first)
    assert child.data() == "（二）社会事业"
    assert child.parent() == first
    assert child.data(SECTION_ROLE) == 2
    assert child.data(POSITION_ROLE) == doc.sections[2].heading_start
    assert model.index_for_section(2) == child


def test_count_labels_are_singular_for_one(qapp):
    from gui.models.outline_model import OutlineModel

    model = OutlineModel()
    assert model._count_label("notes", 1) == "1 note"
    assert model._count_label("entities", 1) == "1 entity"
    assert model._count_label("entities", 7) == "7 entities"


def _many_chapters(n: int) -> str:
    lines = ["年度工作报告"]
    for c in range(1, n + 1):
        lines.append(f"第{c}章 推进第{c}项任务")
        for s in range(1, 3):
            lines.append(f"（{'一二'[s - 1]}）建设第{s}个平台")
            lines.append("这是正文段落，内容较长，用于检查标题识别。" * 3)
    return "\n".join(lines) + "\n"


def _record_changes(model):
    seen: list[tuple] = []
    model.dataChanged.connect(
        lambda a, b, roles: seen.append(
            (a.parent().data(SECTION_ROLE), a.row(), b.row(), a.column(), b.column())
        )
    )
    return seen


def test_heading_refresh_reaches_every_row_in_slices(qtbot, qtmodeltester):
    from gui.models import outline_model

    doc = document_from_text(_many_chapters(40))
    model = OutlineModel()
    model.set_document(doc, lambda i: doc.sections[i].heading or "")
    qtmodeltester.check(model)
    parents = 1 + sum(
        1 for s in range(len(doc.sections)) if model.rowCount(model.index_for_section(s))
    )
    assert parents > outline_model.NOTIFY_PARENTS  # more than one slice
    seen = _record_changes(model)
    model.refresh_headings(lambda i: f"H{i}")
    # The top level at once; data() is current at once too.
    assert len(seen) == outline_model.NOTIFY_PARENTS and seen[0][0] is None
    assert model.index(0, 0).data() == f"H{model.index(0, 0).data(SECTION_ROLE)}"
    qtbot.waitUntil(lambda: len(seen) == parents, timeout=10000)
    assert all(c0 == c1 == 0 for *_, c0, c1 in seen)  # the heading column only
    qtbot.wait(20)
    assert len(seen) == parents  # each parent once


def test_counts_repaint_only_changed_rows_and_a_reset_drops_queued_ones(qtbot):
    doc = document_from_text(_many_chapters(40))
    model = OutlineModel()
    model.set_document(doc, lambda i: "")
    seen = _record_changes(model)
    counted = {1: 1, 4: 2}
    model.set_counts("notes", counted)
    qtbot.wait(20)
    want = []
    for i in counted:
        index = model.index_for_section(i)
        want.append((index.parent().data(SECTION_ROLE), index.row(), index.row(), 1, 1))
    assert sorted(seen, key=str) == sorted(want, key=str)  # the count column of those rows
    seen.clear()
    model.set_counts("notes", counted)
    qtbot.wait(20)
    assert seen == []  # nothing changed, nothing repainted
    model.refresh_headings()
    model.set_document(doc, lambda i: "")  # a reset while slices are queued
    seen.clear()
    qtbot.wait(20)
    assert seen == []
