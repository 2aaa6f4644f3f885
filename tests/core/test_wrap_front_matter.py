"""Round 21, headings and titles together (docs/history/outline-log.md): a hard-wrapped text's
furniture read by its joined paragraphs (``line_layout.join_wrapped_lines``) and its title.

- A line repeated word for word under itself is never joined with it: a page's title over
  the document's own, each filling the width, stays two lines, and the title is read once.
- Front matter kept as text, hard-wrapped, is read as one run of ``meta`` (its list of
  categories with it): a title found under it yields to the title the front matter names, as
  the plain text's does — not a piece of the wrapped lead, nor a 原标题 joined to it.

The documents are the corpus's dev documents, wrapped as ``benchmarks/stress_outline.py``
wraps them (80 columns).
"""

from __future__ import annotations

import json

import pytest

from gui.core.furniture import find_furniture
from gui.core.line_layout import join_wrapped_lines
from gui.core.patterns import paragraphs
from gui.core.reading import document_from_text, read_document
from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
stress = load_benchmark("stress_outline")

TWICE = ["gw-sh-fire-inspection-2025.md", "gw-sh-construction-methods-list-2024.md"]
FRONT_MATTER = [
    "news-cn-energy-saving-plan-2022.md",
    "news-cn-shenzhen-work-report-2022.md",
    "news-cn-nuclear-veteran-obituary-2021.md",
    "stats-cn-industrial-profits-2021.md",
]


def _wrapped(name: str) -> str:
    return stress.wrap(read_document(REAL / name).text, 80)


def _gold_title(name: str) -> str:
    gold = REAL / "gold" / (name.rsplit(".", 1)[0] + ".json")
    return json.loads(gold.read_text(encoding="utf-8"))["title"]


@pytest.mark.parametrize("name", TWICE)
def test_a_title_printed_twice_stays_two_paragraphs_when_wrapped(name):
    text = _wrapped(name)
    title = _gold_title(name)
    joined = join_wrapped_lines(text, paragraphs(text, len(text)))
    pieces = ["".join(s.split()) for _, _, _, s in joined]
    # The first copy is a paragraph of its own (the second may run on into the 文号 under it).
    assert title in pieces and sum(p.startswith(title) for p in pieces) == 2
    doc = document_from_text(text, (REAL / name).with_suffix(".txt"))
    assert "".join(doc.title.split()) == title  # (on main: the two copies, one title)


def test_a_line_repeated_under_itself_is_joined_where_it_is_not_full():
    # (the rule is about equal lines only: the wrap still joins the lines of a paragraph)
    text = _wrapped("gw-sh-fire-inspection-2025.md")
    lines = paragraphs(text, len(text))
    assert len(join_wrapped_lines(text, lines)) < len(lines)


@pytest.mark.parametrize("name", FRONT_MATTER)
def test_a_wrapped_text_under_front_matter_takes_the_front_matters_title(name):
    text = _wrapped(name)
    assert find_furniture(text)[0].kind == "meta" and find_furniture(text)[0].start == 0
    doc = document_from_text(text, (REAL / name).with_suffix(".txt"))
    assert "".join(doc.title.split()) == "".join(_gold_title(name).split())
