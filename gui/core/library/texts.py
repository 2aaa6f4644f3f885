"""How the library keeps each report's texts, so that a page of search results reads only
what it shows.

A search counts and places a query's occurrences in a report's Simplified pivot, then shows a
few lines of context from the cleaned text. Until schema 3 both were stored whole and
zlib-compressed, and decompressing the 20 reports of a page was 79 % of a search's time at
6,000 reports (docs/library.md). Now:

* the **pivot** is stored as plain UTF-8 (``texts.pivot``): counting needs all of it, and
  reading a page of plain blobs costs far less than inflating them;
* the **cleaned text**, when it differs from the pivot (a Traditional report), is stored in
  zlib blocks of :data:`TEXT_BLOCK` characters (``text_blocks``): a hit's context inflates
  the block or two around it, not the whole report;
* a Simplified report's text *is* its pivot: stored once (form :data:`FORM_SAME`).

``texts.form`` says which of these a row uses; rows written before schema 3 keep form
:data:`FORM_WHOLE` (both whole and compressed) and are still read, and
:func:`upgrade_rows` rewrites them one transaction per report.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable

#: Characters of cleaned text per stored block (a 30-character context needs one or two).
TEXT_BLOCK = 2048
#: ``texts.form``: both texts whole and zlib-compressed (written before schema 3).
FORM_WHOLE = 0
#: Plain UTF-8 pivot, and the cleaned text is that same string.
FORM_SAME = 1
#: Plain UTF-8 pivot, the cleaned text in zlib blocks of ``TEXT_BLOCK`` characters.
FORM_BLOCKS = 2


def write_texts(
    conn: sqlite3.Connection,
    report: int,
    text: str,
    pivot: str,
    pieces: list,
    blocks: list[bytes] | None = None,
) -> None:
    """Store a report's cleaned text, its pivot and the pivot map (the caller's transaction);
    ``blocks``: :func:`text_blocks` already made (by an indexing worker, off the writer)."""
    form = FORM_SAME if text == pivot else FORM_BLOCKS
    conn.execute(
        "INSERT INTO texts (report, text, pivot, pivot_map, form) VALUES (?, x'', ?, ?, ?)",
        (report, pivot.encode("utf-8"), json.dumps(pieces), form),
    )
    if form == FORM_BLOCKS:
        conn.executemany(
            "INSERT INTO text_blocks (report, n, data) VALUES (?, ?, ?)",
            [
                (report, n, data)
                for n, data in enumerate(text_blocks(text, pivot) if blocks is None else blocks)
            ],
        )


def text_blocks(text: str, pivot: str) -> list[bytes]:
    """The cleaned text as stored beside its pivot: zlib blocks of ``TEXT_BLOCK``
    characters, none when the text is its own pivot."""
    if text == pivot:
        return []
    return [
        zlib.compress(text[at : at + TEXT_BLOCK].encode("utf-8"), 1)
        for at in range(0, len(text), TEXT_BLOCK)
    ]


def drop_texts(conn: sqlite3.Connection, report: int) -> None:
    """Delete a report's stored texts (the caller's transaction)."""
    conn.execute("DELETE FROM texts WHERE report = ?", (report,))
    conn.execute("DELETE FROM text_blocks WHERE report = ?", (report,))


def pivot_of(form: int, text_blob: bytes, pivot_blob: bytes) -> str:
    """The pivot from a ``texts`` row's ``form``, ``text`` and ``pivot`` columns."""
    if form == FORM_WHOLE:
        return zlib.decompress(pivot_blob or text_blob).decode("utf-8")
    return bytes(pivot_blob).decode("utf-8")


class TextSource:
    """A report's cleaned text, read only as far as it is asked for.

    ``window(start, end)`` gives ``text[start:end]`` (clipped to the text); a form-2 row
    inflates only the blocks it touches, once each."""

    def __init__(
        self, conn: sqlite3.Connection, report: int, form: int, text_blob: bytes, pivot: str
    ):
        self._conn, self._report, self._form = conn, report, form
        self._whole: str | None = pivot if form == FORM_SAME else None
        if form == FORM_WHOLE:
            # An old row: the text is the pivot when no text of its own was stored.
            self._whole = zlib.decompress(text_blob).decode("utf-8") if text_blob else pivot
        self._blocks: dict[int, str] = {}

    def window(self, start: int, end: int) -> str:
        """``text[start:end]`` with negative or too-large bounds clipped."""
        start = max(0, start)
        if end <= start:
            return ""
        if self._whole is not None:
            return self._whole[start:end]
        first, last = start // TEXT_BLOCK, (end - 1) // TEXT_BLOCK
        self._load(n for n in range(first, last + 1) if n not in self._blocks)
        joined = "".join(self._blocks.get(n, "") for n in range(first, last + 1))
        offset = start - first * TEXT_BLOCK
        return joined[offset : offset + end - start]

    def whole(self) -> str:
        """The whole cleaned text."""
        if self._whole is None:
            rows = self._conn.execute(
                "SELECT data FROM text_blocks WHERE report = ? ORDER BY n", (self._report,)
            ).fetchall()
            self._whole = "".join(zlib.decompress(d).decode("utf-8") for (d,) in rows)
        return self._whole

    def _load(self, wanted: Iterable[int]) -> None:
        wanted = list(wanted)
        if not wanted:
            return
        marks = ",".join("?" * len(wanted))
        for n, data in self._conn.execute(
            f"SELECT n, data FROM text_blocks WHERE report = ? AND n IN ({marks})",
            (self._report, *wanted),
        ):
            self._blocks[n] = zlib.decompress(data).decode("utf-8")
        for n in wanted:  # past the end of the text: nothing to read next time either
            self._blocks.setdefault(n, "")


def source_for(conn: sqlite3.Connection, report: int) -> tuple[str, TextSource, list] | None:
    """A report's pivot, its :class:`TextSource` and its pivot-map pieces, or ``None``."""
    row = conn.execute(
        "SELECT form, text, pivot, pivot_map FROM texts WHERE report = ?", (report,)
    ).fetchone()
    if row is None:
        return None
    form, text_blob, pivot_blob, pieces = row
    pivot = pivot_of(form, text_blob, pivot_blob)
    return pivot, TextSource(conn, report, form, text_blob, pivot), json.loads(pieces)


def old_rows(conn: sqlite3.Connection) -> list[int]:
    """Reports whose texts are still stored the pre-schema-3 way."""
    # ``form = 0`` as a literal (FORM_WHOLE): only then can SQLite use the partial index.
    return [r for (r,) in conn.execute("SELECT report FROM texts WHERE form = 0")]


def upgrade_row(conn: sqlite3.Connection, report: int) -> None:
    """Rewrite one pre-schema-3 row in the current form (the caller's transaction)."""
    found = source_for(conn, report)
    if found is None:
        return
    pivot, source, pieces = found
    text = source.whole()
    drop_texts(conn, report)
    write_texts(conn, report, text, pivot, pieces)
