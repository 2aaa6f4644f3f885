"""Property-based fuzzing of the readers and of notes import (hypothesis): whatever the bytes,
a reader returns a document or raises its one-line error — never anything else — and a failed
import changes nothing. Kept small (a few hundred examples of a few KB) so CI stays fast."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as corpus  # noqa: E402

from gui.core.bounded_read import JsonDepthError, json_depth, loads_json  # noqa: E402
from gui.core.decoding import DocumentError, decode_text_counted  # noqa: E402
from gui.core.formats import html_depth  # noqa: E402
from gui.core.loading import read_source  # noqa: E402
from gui.core.notes.importing import NoteImportError, import_annotations  # noqa: E402
from gui.core.notes.store import NoteStore  # noqa: E402
from gui.core.reading import document_from_text  # noqa: E402

FUZZ = settings(
    max_examples=int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SUFFIXES = [".txt", ".html", ".md", ".docx", ".pdf", ""]


def _read_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            source = read_source(path)
        except DocumentError as err:
            assert "\n" not in str(err)
            return
        source.text.encode("utf-8")  # no lone surrogates reach the text


@FUZZ
@given(st.binary(max_size=4096))
def test_decoding_any_bytes_gives_text_or_one_line(data):
    try:
        text, encoding, replaced = decode_text_counted(data)
    except DocumentError as err:
        assert "\n" not in str(err)
        return
    text.encode("utf-8")
    assert replaced >= 0 and encoding


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(SUFFIXES))
def test_reading_any_bytes_under_any_name(data, suffix):
    _read_bytes(data, suffix)


def _mutations(seed: bytes):
    """A real file, then damaged: bytes overwritten, a piece cut out, or cut short."""
    size = len(seed)
    edit = st.tuples(st.integers(0, size - 1), st.binary(min_size=1, max_size=16))
    return st.one_of(
        st.lists(edit, min_size=1, max_size=8).map(
            lambda edits: _overwrite(seed, edits),
        ),
        st.integers(1, size - 1).map(lambda cut: seed[:cut]),
        st.tuples(st.integers(0, size - 1), st.integers(1, 4096)).map(
            lambda c: seed[: c[0]] + seed[c[0] + c[1] :]
        ),
    )


def _overwrite(seed: bytes, edits) -> bytes:
    data = bytearray(seed)
    for at, chunk in edits:
        data[at : at + len(chunk)] = chunk
    return bytes(data)


_DOCX = corpus.docx_bytes()
_PDF = corpus.pdf_rotate_cycle()
_HTML = corpus.deep_html(20)


@FUZZ
@given(_mutations(_DOCX))
def test_damaged_docx(data):
    _read_bytes(data, ".docx")


@FUZZ
@given(_mutations(_PDF))
def test_damaged_pdf(data):
    _read_bytes(data, ".pdf")


@FUZZ
@given(_mutations(_HTML))
def test_damaged_html(data):
    _read_bytes(data, ".html")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=40,
)


def _depth(value) -> int:
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


@FUZZ
@given(_JSON)
def test_json_depth_is_the_nesting_depth(value):
    raw = json.dumps(value).encode()
    assert json_depth(raw) == _depth(value)
    assert loads_json(raw) == value


@FUZZ
@given(st.binary(max_size=2048))
def test_loading_any_json_bytes_fails_only_as_json_does(raw):
    try:
        loads_json(raw, max_depth=8)
    except (JsonDepthError, UnicodeDecodeError, json.JSONDecodeError):
        pass


_TAGS = st.sampled_from(["div", "p", "span", "b", "li", "table", "td", "br", "img"])


@FUZZ
@given(
    st.lists(
        st.tuples(st.sampled_from(["open", "close", "text"]), _TAGS, st.text("中文ab", max_size=3)),
        max_size=300,
    ),
    st.integers(1, 20),
)
def test_flattening_keeps_every_character_of_text(events, depth):
    pieces = []
    for kind, tag, text in events:
        pieces.append({"open": f"<{tag}>", "close": f"</{tag}>", "text": text}[kind])
    markup = "".join(pieces)
    flat = html_depth.flatten(markup, max_depth=depth)
    strip = re.compile(r"<[^>]*>")
    assert strip.sub("", flat) == strip.sub("", markup)


_DOCUMENT = document_from_text(corpus.report_bytes().decode())
_TEXTS = st.text(max_size=12) | st.sampled_from(["兰州高新区", "\ud800", "", "国务院"])
_ANNOTATION = st.fixed_dictionaries(
    {
        "id": st.one_of(st.uuids().map(lambda u: f"urn:uuid:{u}"), _TEXTS),
        "type": st.just("Annotation"),
        "body": st.one_of(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "type": st.just("TextualBody"),
                        "value": _TEXTS,
                        "purpose": st.sampled_from(["commenting", "tagging", "x"]),
                    }
                ),
                max_size=3,
            ),
            _JSON,
        ),
        "target": st.one_of(
            st.fixed_dictionaries(
                {
                    "selector": st.lists(
                        st.one_of(
                            st.fixed_dictionaries(
                                {"type": st.just("TextQuoteSelector"), "exact": _TEXTS}
                            ),
                            st.fixed_dictionaries(
                                {
                                    "type": st.just("TextPositionSelector"),
                                    "start": st.integers(-5, 9000),
                                    "end": st.integers(-5, 9000),
                                }
                            ),
                        ),
                        max_size=3,
                    )
                }
            ),
            _JSON,
        ),
    },
    optional={"urn:report-reader:ns:colour": _TEXTS, "urn:report-reader:ns:kind": _TEXTS},
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with NoteStore(tmp_path_factory.mktemp("fuzz") / "notes.sqlite3") as opened:
        yield opened


@FUZZ
@given(st.one_of(st.lists(_ANNOTATION, max_size=5), _ANNOTATION, _JSON))
@example({"id": "urn:uuid:1", "type": "Annotation", "body": [], "target": []})  # IndexError
@example([{"id": "urn:uuid:2", "type": "Annotation", "target": {"selector": ["x"]}}])
def test_import_adds_all_or_nothing_and_fails_in_one_line(store, data):
    before = store.count()
    try:
        result = import_annotations(store, _DOCUMENT, data)
    except NoteImportError as err:
        assert "\n" not in str(err)
        assert store.count() == before
        return
    assert store.count() == before + result.added
