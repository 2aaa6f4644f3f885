"""Search across the library: script-insensitive, one character and up, with AND/OR/NOT.

The query is converted to the Simplified pivot exactly as the reports were, so a Simplified
query finds Traditional text and the reverse. FTS5 finds the reports (see
:mod:`gui.core.library.tokens`); the hits inside each report are then found in its stored
pivot and mapped back to its cleaned text, the coordinates the reader opens a report in.
Boolean operators combine terms over a whole report ("reports that mention A and not B").
"""

from __future__ import annotations

import json
import os
import sqlite3
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from gui.core.library.schema import REPORT_COLUMNS
from gui.core.library.store import Library, LibraryError, LibraryReport
from gui.core.library.texts import TextSource, pivot_of, source_for
from gui.core.library.tokens import QueryError, parse_query, term_pattern

_COLUMNS = ", ".join(f"r.{c.strip()}" for c in REPORT_COLUMNS.split(","))
#: Characters of context on each side of a hit.
CONTEXT_CHARS = 30


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search by report fields (substrings, script-insensitive, except ``kind`` and
    the dates, which are exact / ISO bounds) and by an entity the report mentions."""

    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    kind: str | None = None
    date_from: str | None = None  # inclusive, ISO prefix: "2021" or "2021-03"
    date_to: str | None = None
    folder: str | None = None
    entity: str | None = None
    entity_type: str | None = None


@dataclass(frozen=True)
class Hit:
    """One place a term occurs: ``[start, end)`` in the report's cleaned text."""

    start: int
    end: int
    before: str
    match: str
    after: str


@dataclass(frozen=True)
class ReportHits:
    report: LibraryReport
    count: int  # occurrences of the query's terms in the report
    hits: tuple[Hit, ...]  # the first ones, in text order


@dataclass(frozen=True)
class Mention:
    """How often (and where, in text coordinates) a report mentions an entity."""

    report: LibraryReport
    key: str
    type: str
    count: int
    positions: tuple[tuple[int, int], ...]


def _pivot(text: str) -> str:
    from gui.core.script import to_pivot

    return to_pivot(text)[0]


def _filter_sql(filters: SearchFilters) -> tuple[str, list]:
    """SQL conditions on ``reports`` (aliased ``r``) for ``filters``."""
    conditions: list[str] = []
    params: list[object] = []
    if filters.title:
        conditions.append("instr(r.title_key, ?) > 0")
        params.append(_pivot(filters.title))
    if filters.issuer:
        conditions.append("instr(r.issuer_key, ?) > 0")
        params.append(_pivot(filters.issuer))
    if filters.number:
        conditions.append("instr(r.number, ?) > 0")
        params.append(filters.number)
    if filters.kind:
        conditions.append("r.kind = ?")
        params.append(filters.kind)
    if filters.date_from:
        conditions.append("r.date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        conditions.append("substr(r.date, 1, ?) <= ?")
        params += [len(filters.date_to), filters.date_to]
    if filters.folder:
        from gui.core.library.store import path_key

        folder = path_key(filters.folder).rstrip(os.sep)
        conditions.append("substr(r.path, 1, ?) = ?")
        params += [len(folder) + 1, folder + os.sep]
    if filters.entity:
        sub = "SELECT report FROM mentions WHERE key = ?"
        params.append(_pivot(filters.entity).strip())
        if filters.entity_type:
            sub += " AND type = ?"
            params.append(filters.entity_type)
        conditions.append(f"r.id IN ({sub})")
    return " AND ".join(conditions), params


def search(
    library: Library,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
    hits_per_report: int = 5,
) -> list[ReportHits]:
    """Reports matching ``query`` (and ``filters``), ``limit`` at a time from ``offset``, in
    the order they were added, each with its first hits and their context.

    Raises :class:`~gui.core.library.tokens.QueryError` for a query that cannot be searched
    (one line for the user)."""
    parsed = parse_query(_pivot(query))
    where, params = _filter_sql(filters or SearchFilters())
    # The FTS5 table drives: a JOIN lets SQLite walk every report and probe the index for
    # each (time growing with the library); filters become a set of allowed rowids.
    sql = (
        "SELECT rowid FROM search WHERE search MATCH ?"
        + (f" AND rowid IN (SELECT r.id FROM reports r WHERE {where})" if where else "")
        + " LIMIT ? OFFSET ?"
    )
    ids = [row[0] for row in _run(library, sql, [parsed.expression, *params, limit, offset])]
    if not ids:
        return []
    patterns = [term_pattern(list(t)) for t in parsed.terms]
    marks = ",".join("?" * len(ids))
    rows = library.query(
        f"SELECT {_COLUMNS}, t.form, t.text, t.pivot, t.pivot_map FROM reports r "
        f"JOIN texts t ON t.report = r.id WHERE r.id IN ({marks})",
        ids,
    )
    by_id = {row[0]: row for row in rows}
    out = []
    try:
        for report_id in ids:  # the index's order
            row = by_id.get(report_id)
            if row is not None:
                form, text_blob, pivot_blob, pieces = row[-4:]
                pivot = pivot_of(form, text_blob, pivot_blob)
                source = TextSource(library._conn, report_id, form, text_blob, pivot)
                count, hits = _hits(pivot, source, pieces, patterns, hits_per_report)
                out.append(ReportHits(LibraryReport(*row[:-4]), count, hits))
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"Cannot search the library: {err}.") from None
    return out


#: Past this many matching reports :func:`count_matches` may stop counting: the window says
#: "more than 1,000". An exact count reads the position list of every matching report (a
#: common character's list holds every place in every report, growing with the library);
#: stopping after the 1,001st report keeps it under a millisecond at 10,000 reports.
COUNT_BOUND = 1000


def count_matches(
    library: Library, query: str, filters: SearchFilters | None = None, *, bound: int | None = None
) -> int:
    """How many reports match. Without ``bound`` an exact count (a full pass over the
    matches: call it apart); with it, counting stops at ``bound + 1``, so a result above
    ``bound`` means "more than ``bound``" and anything up to it is exact."""
    parsed = parse_query(_pivot(query))
    where, params = _filter_sql(filters or SearchFilters())
    sql = "SELECT rowid FROM search WHERE search MATCH ?" + (
        f" AND rowid IN (SELECT r.id FROM reports r WHERE {where})" if where else ""
    )
    if bound is None:
        return _run(library, f"SELECT COUNT(*) FROM ({sql})", [parsed.expression, *params])[0][0]
    sql = f"SELECT COUNT(*) FROM ({sql} LIMIT ?)"
    return _run(library, sql, [parsed.expression, *params, bound + 1])[0][0]


def _run(library: Library, sql: str, params: list) -> list[tuple]:
    try:
        return library._conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as err:  # FTS5 refusing an expression
        raise QueryError(f"the query cannot be searched: {err}") from None
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"Cannot search the library: {err}.") from None


def _hits(
    pivot: str, source: TextSource, pieces: str, patterns, wanted: int
) -> tuple[int, tuple[Hit, ...]]:
    """Hits of ``patterns`` in one stored report: found in its pivot, mapped to its text,
    whose context is read from ``source`` around the hits shown only.

    The pivot map is read as cumulative piece lengths (bisect) rather than as an
    :class:`~gui.core.offsets.OffsetMap`, whose construction walks every piece in Python
    and cost more than the whole search."""
    spans = sorted({m.span() for p in patterns for m in p.finditer(pivot) if m.end() > m.start()})
    if not spans:
        return 0, ()
    to_text = _PivotToText(json.loads(pieces))
    hits = []
    for s, e in spans[:wanted]:
        start, end = to_text.start(s), to_text.end(e)
        hits.append(_hit(source, start, end))
    return len(spans), tuple(hits)


def _hit(source: TextSource, start: int, end: int) -> Hit:
    """The hit ``[start, end)`` of the cleaned text with its context on either side."""
    around = source.window(start - CONTEXT_CHARS, end + CONTEXT_CHARS)
    before = min(start, CONTEXT_CHARS)
    return Hit(start, end, around[:before], around[before : before + end - start],
               around[before + end - start :])  # fmt: skip


class _PivotToText:
    """Pivot positions to text positions from OffsetMap pieces ``(text_len, pivot_len)``,
    snapping inside a converted phrase as OffsetMap does (a start to the phrase's start, an
    end to its end)."""

    def __init__(self, pieces: list[list[int]]):
        self.a_len = [a for a, _ in pieces]
        self.b_len = [b for _, b in pieces]
        self.a_starts = [0, *accumulate(self.a_len)]
        self.b_starts = [0, *accumulate(self.b_len)]

    def start(self, pos: int) -> int:
        i = max(0, bisect_right(self.b_starts, pos) - 1)
        if i >= len(self.a_len):
            return self.a_starts[-1]
        if self.a_len[i] == self.b_len[i]:
            return self.a_starts[i] + pos - self.b_starts[i]
        return self.a_starts[i]

    def end(self, pos: int) -> int:
        i = max(0, bisect_left(self.b_starts, pos) - 1)
        if i >= len(self.a_len):
            return self.a_starts[-1]
        if self.a_len[i] == self.b_len[i]:
            return self.a_starts[i] + pos - self.b_starts[i]
        return self.a_starts[i + 1]


# -- the entity index --------------------------------------------------------------------


def reports_mentioning(
    library: Library, name: str, entity_type: str | None = None, limit: int = 200
) -> list[Mention]:
    """Reports that mention the entity ``name`` (in any script), most mentions first."""
    sql = "SELECT report, key, type, count, positions FROM mentions WHERE key = ?"
    params: list = [_pivot(name).strip()]
    if entity_type:
        sql += " AND type = ?"
        params.append(entity_type)
    rows = library.query(sql + " ORDER BY count DESC, report LIMIT ?", [*params, limit])
    out = []
    for report_id, key, type_, count, positions in rows:
        report = library.report(report_id)
        if report is not None:
            spans = tuple((int(a), int(b)) for a, b in json.loads(positions))
            out.append(Mention(report, key, type_, count, spans))
    return out


def mentions_in_context(
    library: Library,
    name: str,
    entity_type: str | None = None,
    *,
    limit: int = 50,
    hits_per_report: int = 5,
) -> list[ReportHits]:
    """Reports that mention the entity ``name``, most mentions first, each with its first
    places and their context, as :func:`search` gives them (the entity panel's "In Other
    Reports…": the same list, the same click)."""
    out = []
    for mention in reports_mentioning(library, name, entity_type, limit):
        try:
            found = source_for(library._conn, mention.report.id)
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"Cannot read the library: {err}.") from None
        hits = (
            tuple(_hit(found[1], s, e) for s, e in sorted(mention.positions)[:hits_per_report])
            if found is not None
            else ()
        )
        out.append(ReportHits(mention.report, mention.count, hits))
    return out


def reports_matching(library: Library, filters: SearchFilters) -> list[LibraryReport]:
    """The reports that pass ``filters`` (the library view's filters; the same rules as a
    filtered search), by path as :meth:`Library.reports` lists them."""
    where, params = _filter_sql(filters)
    rows = library.query(
        f"SELECT {_COLUMNS} FROM reports r"
        + (f" WHERE {where}" if where else "")
        + " ORDER BY r.path",
        params,
    )
    return [LibraryReport(*row) for row in rows]


#: The library view's columns, as :func:`view_rows` gives them.
VIEW_COLUMNS = (
    "COALESCE(r.title, ''), COALESCE(r.issuer, ''), COALESCE(r.date, ''), r.state, "
    "COALESCE(r.kind, ''), r.fingerprint, COALESCE(r.last_opened, ''), r.path, "
    "COALESCE(r.number, ''), COALESCE(r.script, ''), COALESCE(r.size, -1)"
)


def view_rows(library: Library, filters: SearchFilters | None = None) -> list[tuple]:
    """The library view's rows, in no order: ``(title, issuer, date, state, kind,
    fingerprint, last_opened, path, number, script, size)``, size -1 when unknown, text fields ``''`` when unknown, for the reports that
    pass ``filters``. Plain tuples from one query: at 6,000 reports, building an object per
    report cost more than the query itself on a loaded machine."""
    where, params = _filter_sql(filters or SearchFilters())
    sql = f"SELECT {VIEW_COLUMNS} FROM reports r" + (f" WHERE {where}" if where else "")
    return library.query(sql, params)


def top_entities(
    library: Library, entity_type: str | None = None, limit: int = 50
) -> list[tuple[str, str, int, int]]:
    """The entities mentioned most across the library: ``(key, type, mentions, reports)``."""
    sql = "SELECT key, type, SUM(count), COUNT(*) FROM mentions"
    params: list = []
    if entity_type:
        sql += " WHERE type = ?"
        params.append(entity_type)
    sql += " GROUP BY key, type ORDER BY 3 DESC, 1 LIMIT ?"
    return [tuple(row) for row in library.query(sql, [*params, limit])]
