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
