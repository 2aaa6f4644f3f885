"""How the library stores texts (schema 3): blocks read only around the hits shown, a library
written by the schema-2 code opened, searched and upgraded without a change in any answer."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from library_fixtures import REAL

from gui.core.library import Library, mentions_in_context, search
from gui.core.library.schema import SCHEMA_VERSION
from gui.core.library.texts import FORM_BLOCKS, FORM_SAME, FORM_WHOLE, TEXT_BLOCK, source_for
from gui.core.reading import read_document
from tests.conftest import DATA, DEFAULT_REPORT

#: Made by the schema-2 code (commit 5536bed) from the four files below: tests/data/library/.
OLD_LIBRARY = DATA / "library" / "library-schema2.sqlite3"
OLD_FILES = (
    DEFAULT_REPORT,
    REAL / "gw-sh-jiading-renewal-2023.md",
    REAL / "press-tw-228-memorial-2024.txt",
    REAL / "news-hk-palace-museum-funding-2017.md",
)
QUERIES = ("区", "的", "國", "发展", "臺灣", "故宫", "高質量發展", "GDP", "城市更新 OR 二二八")


def _answers(library: Library) -> dict:
    """Every query's results, by file name: counts, hits and their contexts."""
    return {
        q: sorted(
            (Path(r.report.path).name, r.count, r.hits)
            for r in search(library, q, limit=100, hits_per_report=50)
        )
        for q in QUERIES
    }


def _texts(library: Library) -> dict:
    out = {}
    for r in library.reports():
        text, pivot, to_pivot = library.texts(r.id)
        out[Path(r.path).name] = (text, pivot, to_pivot.pieces())
    return out


@pytest.fixture()
def fresh(tmp_path):
    """The same four files indexed by the current code."""
    folder = tmp_path / "fresh"
    folder.mkdir()
    for path in OLD_FILES:
        shutil.copy(path, folder / path.name)
    library = Library(tmp_path / "fresh.sqlite3")
    library.add([folder])
    library.index()
    yield library
    library.close()


def _forms(library: Library) -> list[int]:
    return sorted(f for (f,) in library.query("SELECT form FROM texts"))


def test_a_library_of_schema_2_is_searched_as_before_and_then_upgraded(tmp_path, fresh):
    old = tmp_path / "old.sqlite3"
    shutil.copy(OLD_LIBRARY, old)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 2
    with Library(old) as library:
        # Migrated in place: the rows keep their old form and are read as they are.
        assert library.query("PRAGMA user_version") == [(SCHEMA_VERSION,)]
        # Schema 4: version candidates come from a covering index of the sketches.
        plan = library.query(
            "EXPLAIN QUERY PLAN SELECT report FROM sketches WHERE hash IN (1, 2) "
            "GROUP BY report HAVING COUNT(*) >= 1"
        )
        assert any("COVERING INDEX sketches_by_hash_report" in row[-1] for row in plan)
        assert _forms(library) == [FORM_WHOLE] * 4
        expected = _answers(fresh)
        assert sum(len(v) for v in expected.values()) > 10  # the queries find something
        assert _answers(library) == expected
        assert _texts(library) == _texts(fresh)
        # index() has nothing pending, and rewrites the old rows in the current form.
        assert library.pending() == []
        library.index()
        assert _forms(library) == _forms(fresh) == [FORM_SAME, FORM_BLOCKS, FORM_BLOCKS,
                                                    FORM_BLOCKS]  # fmt: skip
        assert _answers(library) == expected
        assert _texts(library) == _texts(fresh)
        assert library.query("PRAGMA integrity_check") == [("ok",)]
        assert library.query("INSERT INTO search (search) VALUES ('integrity-check')") == []


def test_an_upgrade_stopped_half_way_leaves_both_forms_readable(tmp_path, fresh):
    old = tmp_path / "old.sqlite3"
    shutil.copy(OLD_LIBRARY, old)
    with Library(old) as library:
        polls = iter([False, False, True])
        assert library.upgrade_texts(lambda: next(polls)) == 2
        assert _forms(library).count(FORM_WHOLE) == 2
        assert _answers(library) == _answers(fresh)
        assert library.upgrade_texts() == 2 and FORM_WHOLE not in _forms(library)


LONG_TRADITIONAL = REAL / "news-tw-afghanistan-withdrawal-2021.txt"


@pytest.fixture()
def long_traditional(tmp_path):
    """A library of one Traditional report three blocks long: (library, report id, text)."""
    with Library(tmp_path / "library.sqlite3") as library:
        library.add([LONG_TRADITIONAL])
        library.index()
        yield library, library.reports()[0].id, read_document(LONG_TRADITIONAL).text


def test_text_windows_read_from_blocks_equal_slices_of_the_text(long_traditional):
    """A Traditional report several blocks long: any window equals the text's own slice."""
    library, report, text = long_traditional
    assert len(text) > 2 * TEXT_BLOCK  # three blocks
    pivot, source, _ = source_for(library._conn, report)
    assert pivot != text
    blocks = library.query("SELECT COUNT(*) FROM text_blocks WHERE report = ?", (report,))
    assert blocks == [(-(-len(text) // TEXT_BLOCK),)]
    rng = random.Random(3)
    edges = [TEXT_BLOCK * k + d for k in range(1, 4) for d in (-1, 0, 1)]
    for _ in range(200):
        start = rng.choice([*edges, rng.randrange(-40, len(text) + 40)])
        end = start + rng.randrange(0, 2 * TEXT_BLOCK + 80)
        assert source.window(start, end) == text[max(0, start) : max(0, end)]
    assert source.whole() == text == library.texts(report)[0]


def test_a_search_page_inflates_only_the_blocks_around_its_hits(long_traditional):
    library, report, text = long_traditional
    inflated: list[int] = []

    def read(sql: str) -> None:  # the block numbers each query of text_blocks asks for
        if "FROM text_blocks" in sql:
            inflated.append(len(re.search(r"n IN \(([^)]*)\)", sql)[1].split(",")))

    library._conn.set_trace_callback(read)
    (found,) = search(library, "美軍", hits_per_report=1)
    library._conn.set_trace_callback(None)
    assert found.count > 1
    hit = found.hits[0]
    assert text[hit.start - len(hit.before) : hit.end + len(hit.after)] == (
        hit.before + hit.match + hit.after
    )
    total = library.query("SELECT COUNT(*) FROM text_blocks WHERE report = ?", (report,))
    assert sum(inflated) <= 2 < total[0][0]


def test_entity_places_read_their_context_from_the_blocks(long_traditional):
    library, _, text = long_traditional
    (key, entity_type), *_ = library.query("SELECT key, type FROM mentions ORDER BY count DESC")
    (found,) = mentions_in_context(library, key, entity_type, hits_per_report=50)
    assert found.hits
    for hit in found.hits:
        assert hit.match == text[hit.start : hit.end]
        assert hit.before == text[max(0, hit.start - 30) : hit.start]
        assert hit.after == text[hit.end : hit.end + 30]
