"""Round 21 (docs/history/outline-log.md): headings in the layouts real text arrives in.

- A hard wrap is the text's widest line, not its commonest width: a news digest wrapped at 80
  columns holds as many lines of one shorter width that nothing wrapped (each item's link,
  all one length), and its paragraphs are still joined (``line_layout.wrap_width``).

The documents are the corpus's dev documents, read in the stress benchmark's forms
(``benchmarks/stress_outline.py``).
"""

from __future__ import annotations

import pytest

from gui.core.line_layout import columns, wrap_width
from gui.core.reading import document_from_text, read_document
from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
stress = load_benchmark("stress_outline")

DIGESTS = [
    "news-hk-rthk-local-digest-2025.md",
    "news-hk-rthk-greater-china-digest-2025.md",
    "news-hk-rthk-digest-2025.md",
]


def _keys(doc) -> set[str]:
    return {"".join(s.heading.split()) for s in doc.sections if s.heading}


def _as_text(name: str, form=lambda text: text):
    path = REAL / name
    return document_from_text(form(read_document(path).text), path.with_suffix(".txt"))


@pytest.mark.parametrize("name", DIGESTS)
def test_a_digest_wrapped_at_80_columns_is_read_as_wrapped_at_80(name):
    # Its links (「原始網址：https://news.rthk.hk/rthk/ch/component/k2/1800742-20250417.htm」)
    # are 72 columns each, more of them than full lines: the commonest width was 72 (or 76),
    # every full line "wider" than the wrap, and the text was read as not wrapped at all.
    text = stress.wrap(read_document(REAL / name).text, 80)
    widths = [columns(line) for line in text.split("\n")]
    assert widths.count(72) >= 12  # (the premise: a spike of one width under the wrap)
    assert wrap_width(widths) in (80, 81)  # (81: a character a font sets one column wide)


@pytest.mark.parametrize("name", DIGESTS)
def test_a_digest_wrapped_at_80_columns_heads_as_its_plain_text(name):
    # On main the first line of a story's wrapped paragraph headed a section (「今年6月30日是
    # 香港國安法實施五周年，民政及青年事務局局長麥美娟表示，18區民政事務」: 5 in the local digest).
    plain = _as_text(name)
    wrapped = _as_text(name, lambda text: stress.wrap(text, 80))
    assert _keys(wrapped) == _keys(plain)
    assert len(_keys(plain)) >= 5


def test_lines_of_one_width_with_wider_lines_over_them_are_no_wrap():
    # A text whose long lines are paragraphs of their own: its commonest width is no wrap when
    # more than a few lines are wider (the widest width first, none with enough full lines).
    text = read_document(REAL / "wr-guizhou-2026.txt").text
    assert wrap_width([columns(line) for line in text.split("\n")]) is None
