"""Search across the library and the entity index, checked against a scan of the files."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_fixtures import copy_sample

from gui.core.entities.recogniser import recognise
from gui.core.library import (
    Library,
    QueryError,
    SearchFilters,
    count_matches,
    mentions_in_context,
    reports_matching,
    reports_mentioning,
    search,
    top_entities,
)
from gui.core.library.tokens import parse_query, units
from gui.core.reading import read_document
from gui.core.script import to_pivot


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """The sample library indexed once, with every report read again from its file."""
    folder = copy_sample(tmp_path_factory.mktemp("library") / "reports")
    library = Library(folder.parent / "library.sqlite3")
    library.add([folder])
    library.index()
    documents = {r.path: read_document(r.path) for r in library.reports()}
    yield library, documents
    library.close()


def _scan(documents, query: str) -> set[str]:
    """Reports whose text holds the query's units in a row: the brute-force answer."""
    wanted = " " + " ".join(units(to_pivot(query)[0])) + " "
    return {
        path
        for path, doc in documents.items()
        if wanted in " " + " ".join(units(to_pivot(doc.text)[0])) + " "
    }


def _found(library, query: str, filters=None) -> set[str]:
    return {r.report.path for r in search(library, query, filters, limit=1000)}


@pytest.mark.parametrize(
    "query",
    ["区", "的", "國", "发展", "臺灣", "总统", "国务院办公厅", "高质量发展", "GDP", "2021年"],
)
def test_results_equal_a_scan_of_the_texts_for_one_to_eight_characters(indexed, query):
    library, documents = indexed
    expected = _scan(documents, query)
    assert _found(library, query) == expected
    assert count_matches(library, query) == len(expected)
    # A bounded count is exact up to its bound and says "more" (bound + 1) past it.
    for bound in {1, max(1, len(expected) - 1), len(expected), len(expected) + 5}:
        assert count_matches(library, query, bound=bound) == min(len(expected), bound + 1)


def test_simplified_finds_traditional_and_back(indexed):
    library, _ = indexed
    zone = {Path(p).name for p in _found(library, "兰州高新区")}
    assert zone == {"lanzhou-hi-tech-zone-2021.txt"}  # the text says 蘭州高新區
    assert _found(library, "蘭州高新區") == _found(library, "兰州高新区")
    # 國務院辦公廳 (Traditional) finds the Simplified 公文.
    offices = {Path(p).name for p in _found(library, "國務院辦公廳")}
    assert {"gw-cn-gov-new-media-2018.html", "gw-cn-badong-geohazard-reply-2004.html"} <= offices
    assert _found(library, "總統") == _found(library, "总统") != set()


def test_hits_are_offsets_in_each_documents_cleaned_text(indexed):
    library, documents = indexed
    for query in ("兰州高新区", "国务院", "臺灣", "的"):
        wanted = "".join(units(to_pivot(query)[0]))
        for result in search(library, query, limit=100, hits_per_report=50):
            text = documents[result.report.path].text
            assert result.hits and result.count >= len(result.hits)
            for hit in result.hits:
                assert text[hit.start : hit.end] == hit.match
                assert "".join(units(to_pivot(hit.match)[0])) == wanted
                assert text[: hit.start].endswith(hit.before)
                assert text[hit.end :].startswith(hit.after)


def test_boolean_operators_and_phrases_are_set_algebra(indexed):
    library, _ = indexed
    a, b = _found(library, "国务院"), _found(library, "总统")
    assert a and b
    assert _found(library, "国务院 OR 总统") == a | b
    assert _found(library, "国务院 AND 发展") == a & _found(library, "发展")
    assert _found(library, "国务院 发展") == _found(library, "国务院 AND 发展")
    assert _found(library, "发展 NOT 国务院") == _found(library, "发展") - a
    assert _found(library, "发展 -国务院") == _found(library, "发展") - a
    assert _found(library, "(国务院 OR 总统) 臺灣") == (a | b) & _found(library, "臺灣")
    # A phrase is its characters in a row; punctuation and line breaks between them still match.
    assert _found(library, '"高质量 发展"') == _found(library, "高质量发展")
    assert _found(library, "高质量，发展") == _found(library, "高质量发展")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "no word"),
        ("，。！", "no word"),
        ("NOT 国务院", "NOT needs a term"),
        ("-国务院", "needs a term"),
        ("(国务院", "parentheses"),
        ("国务院)", "parentheses"),
        ("国务院 OR", "ends with an operator"),
        ("国务院 NOT", "ends with an operator"),
    ],
)
def test_a_query_that_cannot_be_searched_is_one_clear_error(indexed, query, message):
    library, _ = indexed
    with pytest.raises(QueryError, match=message):
        search(library, query)


def test_filters_by_fields_and_by_entity(indexed):
    library, documents = indexed
    kinds = {r.path: r.kind for r in library.reports()}
    official = _found(library, "的", SearchFilters(kind="official"))
    assert official == {p for p in _found(library, "的") if kinds[p] == "official"} != set()
    # A Traditional filter matches a Simplified issuer.
    by_issuer = {Path(p).name for p in _found(library, "的", SearchFilters(issuer="辦公廳"))}
    assert by_issuer == {"gw-cn-gov-new-media-2018.html", "gw-cn-badong-geohazard-reply-2004.html"}
    dated = _found(library, "的", SearchFilters(date_from="2018", date_to="2018-12"))
    assert {Path(p).name for p in dated} == {"gw-cn-gov-new-media-2018.html"}
    named = _found(library, "的", SearchFilters(entity="國務院", entity_type="ORG"))
    assert named == {p for p, d in documents.items() if _mentions(d, "国务院", "ORG")}
    gov = next(Path(p).parent for p in documents if Path(p).parent.name == "gov")
    inside = _found(library, "的", SearchFilters(folder=str(gov)))
    assert {Path(p).parent.name for p in inside} == {"gov"}
    assert _found(library, "的", SearchFilters(title="新媒体", number="123号")) == {
        p for p in documents if p.endswith("gov-new-media-2018.html")
    }


def _mentions(document, key: str, type_: str) -> int:
    pivot, pmap = to_pivot(document.text)
    return sum(
        1
        for e in recognise(document.text)
        if e.type == type_ and pivot[pmap.to_b(e.start) : pmap.to_b_end(e.end)].strip() == key
    )


def test_entity_index_counts_and_places_mentions_in_each_report(indexed):
    library, documents = indexed
    mentions = reports_mentioning(library, "國務院", "ORG")
    assert mentions
    counts = [m.count for m in mentions]
    assert counts == sorted(counts, reverse=True)
    for m in mentions:
        document = documents[m.report.path]
        assert m.count == _mentions(document, "国务院", "ORG")
        for start, end in m.positions:
            assert to_pivot(document.text[start:end])[0] == "国务院"
    top = top_entities(library, "ORG", limit=5)
    assert ("国务院", "ORG") in [(k, t) for k, t, _, _ in top]
    total = dict(((k, t), n) for k, t, n, _ in top_entities(library, limit=1000))
    assert total[("国务院", "ORG")] == sum(counts)


def test_mentions_in_context_are_the_entity_index_with_each_places_text(indexed):
    library, documents = indexed
    mentions = reports_mentioning(library, "國務院", "ORG")
    shown = mentions_in_context(library, "國務院", "ORG", hits_per_report=3)
    assert [r.report.path for r in shown] == [m.report.path for m in mentions]
    for result, mention in zip(shown, mentions, strict=True):
        text = documents[result.report.path].text
        assert result.count == mention.count
        assert [(h.start, h.end) for h in result.hits] == sorted(mention.positions)[:3]
        for hit in result.hits:
            assert to_pivot(hit.match)[0] == "国务院"
            assert text[hit.start - len(hit.before) : hit.end + len(hit.after)] == (
                hit.before + hit.match + hit.after
            )
    assert mentions_in_context(library, "不存在的机关名称", "ORG") == []


def test_reports_matching_the_views_filters_are_those_a_filtered_search_finds(indexed):
    library, documents = indexed
    everything = reports_matching(library, SearchFilters())
    assert [r.path for r in everything] == [r.path for r in library.reports()]
    for filters in (
        SearchFilters(kind="official"),
        SearchFilters(issuer="辦公廳"),
        SearchFilters(date_from="2018", date_to="2018-12"),
        SearchFilters(entity="國務院", entity_type="ORG"),
    ):
        listed = {r.path for r in reports_matching(library, filters)}
        # Every report holds 的: the filtered search of it lists exactly the filtered view.
        assert listed == _found(library, "的", filters)
        assert 0 < len(listed) < len(everything)


def test_parse_query_shows_only_terms_outside_not():
    parsed = parse_query("兰州 -北京 OR 上海")
    assert parsed.terms == (("兰", "州"), ("上", "海"))
    assert parsed.expression == 'bi : "兰州" NOT bi : "北京" OR bi : "上海"'
