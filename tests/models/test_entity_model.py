"""The entity model on its own: qtmodeltester, and change notifications kept to what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.models.entity_model import TYPE_ROLE, EntityGroup, EntityModel
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
