"""The Library dock's lower half: search across the library (with the dock's filters) and the
entity panel's "In Other Reports…", both listed the same way — a report per row with its
number of places, its first places as children with their context in the reader's script — and
opened at a place by a click.

A mix-in of :class:`~gui.ui.library.feature.LibraryFeature` (one job of it, kept apart): it uses
the feature's ``window``, ``dock``, ``path``, ``_search_jobs`` and ``open_at``. Strings are
translated in the feature's context."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QStandardItem

from gui.core.library import (
    Library,
    ReportHits,
    SearchFilters,
    count_matches,
    mentions_in_context,
    search,
)
from gui.core.library.search import COUNT_BOUND
from gui.core.script import convert_fragment
from gui.models.find_results_model import CONTEXT_ROLE, HIT_ROLE
from gui.ui.library.dock import PATH_ROLE

# Reports listed per search (each with its first hits).
RESULT_REPORTS = 50
# Hits listed per report.
HITS_PER_REPORT = 5
# "2021", "2021-03", or a range of them: "2019-2021", "2019–2021", "2019~2021", "2019至2021".
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_RANGE = re.compile(rf"^({_DATE})?\s*(?:–|—|~|～|至|到|\.\.|\s-\s|-(?=\d{{4}}))\s*({_DATE})?$")
_SINGLE = re.compile(rf"^{_DATE}$")


def date_bounds(text: str) -> tuple[str | None, str | None] | None:
    """``(from, to)`` ISO prefixes for the dock's date filter: one year or month is both
    bounds; a range may leave either side open (``2019-`` or ``-2021``). None: not a date."""
    text = text.strip()
    if not text:
        return None, None
    if _SINGLE.match(text):
        return text, text
    found = _RANGE.match(text)
    if found and (found.group(1) or found.group(2)):
        return found.group(1), found.group(2)
    return None


def contexts(found: list[ReportHits], script: str) -> list[list[tuple[str, str, str]]]:
    """Each hit's ``(before, match, after)`` in ``script`` (converted with the report's own
    variant), one line per hit: a line break in the context reads as a space. Off the UI
    thread: conversion of 250 fragments is not free."""
    return [
        [
            tuple(
                convert_fragment(part, script, r.report.script).replace("\n", " ") if part else ""
                for part in (h.before, h.match, h.after)
            )
            for h in r.hits
        ]
        for r in found
    ]


class LibrarySearching:
    """Search and entity look-ups for the Library feature (see the module docstring)."""

    def filters(self) -> SearchFilters | None:
        """The dock's filters (kind, issuer, date), or None when the date cannot be read
        (the dock says so under the field)."""
        dock = self.dock
        bounds = date_bounds(dock.date_filter.text())
        if bounds is None:
            return None
        return SearchFilters(
            kind=dock.kind_filter.currentData() or None,
            issuer=dock.issuer_filter.text().strip() or None,
            date_from=bounds[0],
            date_to=bounds[1],
        )

    def search(self, query: str) -> None:
        """Search the library for ``query`` within the dock's filters (in the background);
        hits' context is shown in the reader's current script."""
        self.dock.search_edit.setText(query)
        filters = self.filters()
        if not query.strip() or filters is None:
            self.dock.results.clear()
            self.dock.search_label.setText(
                ""
                if filters is not None
                else QCoreApplication.translate(
                    "LibraryFeature", "Dates: 2021, 2021-03 or 2019–2021"
                )
            )
            return
        self.searching = True
        self.dock.search_label.setText(QCoreApplication.translate("LibraryFeature", "Searching…"))
        path, script = self.path, str(self.window.reader.script)

        def work(cancelled):
            with Library(path) as library:
                found = search(
                    library, query, filters, limit=RESULT_REPORTS, hits_per_report=HITS_PER_REPORT
                )
                # Bounded: past 1,000 reports the exact number costs a pass over every
                # place of the query in the library and tells the user nothing more.
                total = (
                    count_matches(library, query, filters, bound=COUNT_BOUND)
                    if len(found) == RESULT_REPORTS
                    else len(found)
                )
            if not found:
                label = QCoreApplication.translate("LibraryFeature", "Not found in the library")
            elif total > COUNT_BOUND:
                label = QCoreApplication.translate("LibraryFeature", "Reports: more than %1")
                label = label.replace("%1", QLocale().toString(COUNT_BOUND))
            else:
                label = QCoreApplication.translate("LibraryFeature", "Reports: %n", "", total)
            return found, contexts(found, script), label

        self._search_jobs.start(work, describe=str)

    def show_mentions(self, name: str, entity_type: str, shown: str = "") -> None:
        """Open the dock listing the reports of the library that mention the entity ``name``
        (of ``entity_type``; ``shown``: the name as the reader writes it), most mentions
        first, each with its first places."""
        self.open_dock()
        self.dock.search_edit.clear()
        self.searching = True
        self.dock.search_label.setText(QCoreApplication.translate("LibraryFeature", "Searching…"))
        path, script = self.path, str(self.window.reader.script)
        shown = shown or name

        def work(cancelled):
            with Library(path) as library:
                found = mentions_in_context(
                    library,
                    name,
                    entity_type,
                    limit=RESULT_REPORTS,
                    hits_per_report=HITS_PER_REPORT,
                )
            n = len(found)
            label = QCoreApplication.translate(
                "LibraryFeature", "Reports that mention %1: %n", "", n
            )
            return found, contexts(found, script), label.replace("%1", shown)

        self._search_jobs.start(work, describe=str)

    def _searched(self, result) -> None:
        self.searching = False
        found, shown, label = result
        self.search_results = found
        model = self.dock.results
        model.clear()
        for r, context_rows in zip(found, shown, strict=True):
            name = r.report.title or Path(r.report.path).name
            n = r.count
            text = QCoreApplication.translate("LibraryFeature", "%1 — places: %n", "", n)
            row = QStandardItem(text.replace("%1", name))
            row.setData(r.report.path, PATH_ROLE)
            row.setToolTip(r.report.path)
            for hit, context in zip(r.hits, context_rows, strict=True):
                item = QStandardItem("".join(context))
                item.setData(context, CONTEXT_ROLE)
                item.setData((hit.start, hit.end), HIT_ROLE)
                item.setData(r.report.path, PATH_ROLE)
                row.appendRow(item)
            model.appendRow(row)
        self.dock.results_view.expandAll()
        self.dock.search_label.setText(label)

    def _search_failed(self, message: str) -> None:
        self.searching = False
        self.dock.results.clear()
        self.dock.search_label.setText(message)
