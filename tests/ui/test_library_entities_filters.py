"""The Library dock, continued: the entity panel's "In Other Reports…" (the library's entity
index, listed in the dock and opened at a mention) and the dock's kind / issuer / date filters
(the reports listed and the search), with real reports in a real library file."""

from __future__ import annotations

from pathlib import Path

from gui.core.library import Library, SearchFilters, reports_matching, reports_mentioning, search
from gui.core.script import to_pivot
from gui.ui.library.dock import FILTER_DELAY_MS, PATH_ROLE
from tests.conftest import DEFAULT_REPORT
from tests.core.library_fixtures import copy_sample
from tests.ui.test_entities_highlights import wait_entities
from tests.ui.test_library_window import REPORTS, _index, click_hit, make_folder


def _entity_rows(model):
    """Every entity row of the entity dock: (index, group)."""
    for t in range(model.rowCount()):
        parent = model.index(t, 0)
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            yield index, model.group(index)


def test_in_other_reports_from_the_entity_panel_lists_the_library_mentions(
    make_window, qtbot, tmp_path
):
    # The default report and reports that share organisations with it (国务院, …).
    sample = copy_sample(tmp_path / "sample")
    opened = sample / DEFAULT_REPORT.name
    window = make_window(opened)
    feature = window.library
    _index(feature, qtbot, [sample])
    entities = wait_entities(window, qtbot)
    open_path = str(opened.resolve())
    with Library(feature.path) as library:
        # An entity of the open report that other reports of the library mention too.
        candidates = []
        for index, group in _entity_rows(entities.dock.model):
            found = reports_mentioning(library, group.key, group.type)
            if len({m.report.path for m in found} - {open_path}) >= 1:
                candidates.append((len(found), index, group, found))
        assert candidates, "no entity of the open report is in another report"
        _, index, group, expected = max(candidates, key=lambda c: c[0])
    menu = entities.dock.entity_menu(index)
    action = next(a for a in menu.actions() if a.objectName() == "entity_in_other_reports")
    action.trigger()
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    assert feature.dock.isVisible()
    model = feature.dock.results
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data(PATH_ROLE) for i in rows] == [m.report.path for m in expected]
    assert [r.count for r in feature.search_results] == [m.count for m in expected]
    label = feature.dock.search_label.text()
    # as the reader writes it
    assert label == f"Reports that mention {entities.shown_text(group)}: {len(expected)}"
    # No entity row (a type row): no menu.
    assert entities.dock.entity_menu(entities.dock.model.index(0, 0)) is None
    # A click on a mention in another report opens that report at the mention.
    other = next(i for i in rows if i.data(PATH_ROLE) != open_path)
    hit_index = model.index(0, 0, other)
    doc, start, end = click_hit(qtbot, window, hit_index, other.data(PATH_ROLE))
    assert to_pivot(doc.text[start:end])[0].strip() == group.key


def _listed(dock) -> set[str]:
    m = dock.reports
    return {Path(m.index(r, 0).data(PATH_ROLE)).name for r in range(m.rowCount())}


def test_filters_narrow_the_reports_listed_and_the_search(make_window, qtbot, tmp_path):
    folder = make_folder(tmp_path)
    window = make_window()
    feature = window.library
    feature.open_dock()
    _index(feature, qtbot, [folder])
    dock = feature.dock
    everything = _listed(dock)
    assert len(everything) == len(REPORTS) + 1
    with Library(feature.path) as library:
        kinds = {r.kind for r in library.reports() if r.kind}
        # A kind some reports have and others do not.
        kind = next(
            k
            for k in sorted(kinds)
            if 0 < len(reports_matching(library, SearchFilters(kind=k))) < 5
        )
        expected = {Path(r.path).name for r in reports_matching(library, SearchFilters(kind=kind))}
    dock.kind_filter.setCurrentIndex(dock.kind_filter.findData(kind))
    assert _listed(dock) == expected != everything
    # The search follows the filter: what a filtered search finds.
    feature.search("的")
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    with Library(feature.path) as library:
        wanted = {r.report.path for r in search(library, "的", SearchFilters(kind=kind), limit=50)}
    assert {r.report.path for r in feature.search_results} == wanted
    dock.kind_filter.setCurrentIndex(0)
    assert _listed(dock) == everything
    # An issuer typed in Traditional finds a Simplified issuer; the list follows after typing.
    with Library(feature.path) as library:
        issuer = next(r.issuer for r in library.reports() if r.issuer and len(r.issuer) >= 3)
        traditional = _to_traditional(issuer[:3])
        expected = {
            Path(r.path).name for r in reports_matching(library, SearchFilters(issuer=issuer[:3]))
        }
    dock.issuer_filter.setText(traditional)
    qtbot.waitUntil(lambda: _listed(dock) == expected, timeout=5 * FILTER_DELAY_MS)
    dock.issuer_filter.clear()
    # A date the filter cannot read says how to write one and narrows nothing.
    dock.date_filter.setText("20xx")
    qtbot.waitUntil(lambda: "2019–2021" in dock.search_label.text(), timeout=5 * FILTER_DELAY_MS)
    assert _listed(dock) == everything
    with Library(feature.path) as library:
        year = min(r.date[:4] for r in library.reports() if r.date)
        expected = {
            Path(r.path).name
            for r in reports_matching(library, SearchFilters(date_from=year, date_to=year))
        }
    dock.date_filter.setText(year)
    qtbot.waitUntil(lambda: _listed(dock) == expected, timeout=5 * FILTER_DELAY_MS)
    assert 0 < len(expected) < len(everything)


def _to_traditional(text: str) -> str:
    from gui.core.script import convert_fragment

    return convert_fragment(text, "hant")
