"""The entity model on its own: qtmodeltester, and change notifications kept to what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.models.entity_model import COUNT_ROLE, TYPE_ROLE, EntityGroup, EntityModel
from gui.ui.entities.style import TYPES, type_name


def test_model_alone_passes_qtmodeltester(qtmodeltester):
    model = EntityModel()
    model.set_types(list(TYPES), type_name)
    model.set_groups(
        [
            EntityGroup("ORG", "兰州大学", [(3, 7), (20, 24)], "蘭州大學"),
            EntityGroup("LOC", "甘肃省", [(0, 3)], "甘肅省"),
            EntityGroup("ORG", "科技部", [(30, 33)], "科技部"),
        ]
    )
    qtmodeltester.check(model, force_py=True)  # keeps watching the changes below
    assert model.index(0, 0).data() == "Organisation"
    assert model.index(0, 0, model.index(0, 0)).data() == "蘭州大學"  # most occurrences first
    model.set_filter("科技")
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 1
    model.set_groups([])
    assert model.rowCount() == 0


def test_model_tells_views_only_what_changed(qapp):
    """A change that spans the count column makes the dock's tree re-measure every row (it
    sizes that column to its contents): a script switch repaints entity names only, and an
    unchanged set of greyed-out types repaints nothing."""
    model = EntityModel()
    model.set_types(list(TYPES), type_name)
    model.set_groups(
        [
            EntityGroup("ORG", "兰州大学", [(3, 7), (20, 24)], "蘭州大學"),
            EntityGroup("LOC", "甘肃省", [(0, 3)], "甘肅省"),
        ]
    )
    seen: list[tuple] = []
    model.dataChanged.connect(
        lambda a, b, roles: seen.append(
            (a.parent().isValid(), a.column(), b.column(), roles, a.data(TYPE_ROLE))
        )
    )
    model.set_shown_text(lambda g: g.key)
    assert seen and all(child and (c0, c1) == (0, 0) for child, c0, c1, *_ in seen)
    assert model.index(0, 0, model.index_for_type("ORG")).data() == "兰州大学"
    seen.clear()
    model.set_disabled_types(set())
    assert seen == []
    model.set_disabled_types({"LOC"})
    assert seen and all(roles == [Qt.ItemDataRole.ForegroundRole] for *_, roles, _ in seen)
    assert {t for *_, t in seen} == {"LOC"}  # the type turned off, not the others


class _CountedSpans(list):
    """A group's occurrences that count how often their length is asked."""

    asked = 0

    def __len__(self) -> int:
        _CountedSpans.asked += 1
        return super().__len__()


def test_a_type_rows_count_is_counted_once_not_on_every_paint(qapp):
    """The tree asks a type row for its count on every paint: on a 10 MB report (20,000
    groups of one type) summing the groups each time froze the dock's paint for ~50 ms."""
    model = EntityModel()
    model.set_types(list(TYPES), type_name)
    groups = [
        EntityGroup("ORG", f"机构{i}", _CountedSpans([(i, i + 2)] * (1 + i % 3)), f"机构{i}")
        for i in range(300)
    ]
    groups.append(EntityGroup("LOC", "甘肃省", _CountedSpans([(0, 3)]), "甘肅省"))
    model.set_groups(groups)
    org = model.index_for_type("ORG")
    expected = sum(1 + i % 3 for i in range(300))
    _CountedSpans.asked = 0
    for _ in range(50):
        assert model.index(org.row(), 1).data() == str(expected)
        assert model.data(org, COUNT_ROLE) == expected
    assert _CountedSpans.asked == 0
    model.set_filter("机构1")  # the count follows the rows shown
    org = model.index_for_type("ORG")
    shown = [i for i in range(300) if "机构1" in f"机构{i}"]
    assert model.data(org, COUNT_ROLE) == sum(1 + i % 3 for i in shown)
