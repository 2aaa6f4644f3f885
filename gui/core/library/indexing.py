"""Reading one report for the library: what a worker process computes, apart from SQLite.

:func:`index_file` is the unit of work of the indexing pool. It runs in worker processes (so
it imports nothing of the store and returns plain picklable values): read and clean the file,
take the header's fields, convert to the Simplified pivot, build the search token streams,
recognise entities and sketch the text for near-duplicate detection.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from gui.core.document import Document
from gui.core.library.tokens import token_streams

#: Positions kept per entity and report (the count is always exact).
MAX_POSITIONS = 200
#: Estimated resemblance above which a new text is taken for a version of an indexed one.
VERSION_RESEMBLANCE = 0.75
#: Bottom-k sketch size and shingle length for near-identical texts (versions).
SKETCH_SIZE = 32
SHINGLE = 8

_ISO_DATE = re.compile(
    r"((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*([\d一二三四五六七八九十]{1,3})\s*日)?"
)
_DASHED_DATE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


@dataclass(frozen=True)
class ReportFields:
    """What the library lists about a report (from the document header)."""

    title: str | None
    issuer: str | None
    number: str | None
    date: str | None  # ISO: YYYY-MM-DD or YYYY-MM
    kind: str  # the header's genre, else "report"
    script: str  # gui.core.variants.Variant value


@dataclass(frozen=True)
class IndexedReport:
    """Everything the store writes for one report."""

    path: str
    size: int
    mtime_ns: int
    fingerprint: str
    fields: ReportFields
    text: str
    pivot: str
    pivot_pieces: list[tuple[int, int]]  # OffsetMap pieces, text → pivot
    uni: str
    bi: str
    #: (pivot key, type) → (count, [(start, end), ...] in text coordinates)
    mentions: dict[tuple[str, str], tuple[int, list[tuple[int, int]]]]
    sketch: list[int]
    #: Made here, in the worker, so the single writer only writes: the text's stored
    #: blocks (texts.text_blocks) and the pivot forms of the title and issuer (filters).
    blocks: list[bytes]
    title_key: str | None
    issuer_key: str | None


@dataclass(frozen=True)
class IndexFailure:
    """A file that could not be read; ``problem`` is one line for the user."""

    path: str
    problem: str
    missing: bool


def index_file(path: str, entities: bool = True) -> IndexedReport | IndexFailure:
    """Read ``path`` and compute its library record. Never raises for a bad file."""
    from gui.core.decoding import DocumentError
    from gui.core.reading import read_document

    try:
        stat = Path(path).stat()
        document = read_document(path)
    except FileNotFoundError:
        return IndexFailure(path, "the file is missing", True)
    except DocumentError as err:
        return IndexFailure(path, err.reason, False)
    except OSError as err:
        return IndexFailure(path, err.strerror or str(err), False)
    return index_document(document, path, stat.st_size, stat.st_mtime_ns, entities)


def index_document(
    document: Document, path: str, size: int, mtime_ns: int, entities: bool = True
) -> IndexedReport:
    """The library record of an already read ``document``."""
    from gui.core.library.texts import text_blocks
    from gui.core.script import to_pivot

    text = document.text
    fields = report_fields(document)
    pivot, pivot_map = to_pivot(text)
    uni, bi = token_streams(pivot)
    mentions = _mentions(text, pivot, pivot_map) if entities else {}
    return IndexedReport(
        path=path,
        size=size,
        mtime_ns=mtime_ns,
        fingerprint=document.fingerprint,
        fields=fields,
        text=text,
        pivot=pivot,
        pivot_pieces=pivot_map.pieces(),
        uni=uni,
        bi=bi,
        mentions=mentions,
        sketch=sketch(pivot),
        blocks=text_blocks(text, pivot),
        title_key=to_pivot(fields.title)[0] if fields.title else None,
        issuer_key=to_pivot(fields.issuer)[0] if fields.issuer else None,
    )


def report_fields(document: Document) -> ReportFields:
    """Title, 发文机关, 文号, date and kind from the header the reader recognised."""
    from gui.core.variants import detect_variant

    header = document.header
    get = header.get if header is not None else (lambda _name: None)
    date = None
    for name in ("date", "time", "occasion", "subtitle"):
        date = iso_date(get(name))
        if date:
            break
    return ReportFields(
        title=document.title,
        issuer=get("issuer") or get("source"),
        number=get("number"),
        date=date,
        kind=(header.genre if header is not None else None) or "report",
        script=str(detect_variant(document.text)),
    )


def iso_date(text: str | None) -> str | None:
    """``2021年3月5日`` / ``二〇二一年三月五日`` / ``2021-03-05`` as ``2021-03-05`` (or
    ``2021-03`` without a day); None when ``text`` holds no date."""
    if not text:
        return None
    m = _ISO_DATE.search(text) or _DASHED_DATE.search(text)
    if m is None:
        return None
    year, month, day = (_number(g) if g else None for g in m.groups())
    if year is None or month is None or not 1 <= month <= 12:
        return None
    if day is not None and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 4:  # a year written digit by digit: 二〇二一
        return int("".join(str(_CN_DIGITS.get(c, 0)) for c in text))
    # 十, 十二, 二十, 二十一, 三十一
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return _CN_DIGITS.get(text)
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _mentions(text: str, pivot: str, pivot_map) -> dict:
    """Entities by pivot form. The recogniser runs on the pivot already made for the index
    (``recognise`` would convert the text a second time: half the cost of indexing)."""
    from gui.core.entities.recogniser import recognise_pivot

    found: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    to_a, to_a_end = pivot_map.to_a, pivot_map.to_a_end
    for s, e, type_ in recognise_pivot(pivot):
        key = pivot[s:e].strip()
        start, end = to_a(s), to_a_end(e)
        if key and end > start:
            found[(key, type_)].append((start, end))
    return {k: (len(v), v[:MAX_POSITIONS]) for k, v in found.items()}


def sketch(pivot: str) -> list[int]:
    """A bottom-k sketch of the text's 8-character shingles (CRC-32, stable across
    processes): two sketches sharing most values come from near-identical texts."""
    compact = "".join(pivot.split())
    if len(compact) < SHINGLE:
        return [zlib.crc32(compact.encode("utf-32-le"))] if compact else []
    # UTF-32: every character is 4 bytes, so shingles are byte slices of one encoding.
    data = compact.encode("utf-32-le")
    width = 4 * SHINGLE
    crc32 = zlib.crc32
    hashes = {crc32(data[i : i + width]) for i in range(0, len(data) - width + 4, 4)}
    return sorted(hashes)[:SKETCH_SIZE]


def resemblance(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard resemblance of two texts from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    k = min(SKETCH_SIZE, len(set(a) | set(b)))
    union_bottom = sorted(set(a) | set(b))[:k]
    both = set(a) & set(b)
    return sum(h in both for h in union_bottom) / k


def link_similar(
    conn: sqlite3.Connection, report: int, fingerprint: str, sketch: list[int], now: str
) -> None:
    """Link the report to indexed texts it nearly equals (an edited copy elsewhere).
    Candidates share at least half of its sketch; the covering index ``(hash, report)``
    answers that from the index alone (where texts share much of their wording, a hash can
    belong to thousands of reports: a row lookup each made this most of a re-index)."""
    if not sketch:
        return
    marks = ",".join("?" * len(sketch))
    candidates = conn.execute(
        f"SELECT report FROM sketches WHERE hash IN ({marks}) AND report != ? "
        "GROUP BY report HAVING COUNT(*) >= ?",
        (*sketch, report, len(sketch) // 2),
    ).fetchall()
    for (other,) in candidates:
        (theirs,) = conn.execute(
            "SELECT fingerprint FROM reports WHERE id = ?", (other,)
        ).fetchone()
        if theirs is None or theirs == fingerprint:
            continue
        hashes = [
            h for (h,) in conn.execute("SELECT hash FROM sketches WHERE report = ?", (other,))
        ]
        if resemblance(sketch, hashes) >= VERSION_RESEMBLANCE:
            conn.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, 'similar', ?)",
                (fingerprint, theirs, now),
            )
