"""Reading a report (cleaning, outline, title, header, furniture) takes time in proportion to
the text, not to its square. Session 22 found a quadratic stage in the recogniser only when the
lead opened a 10 MB report (tests/core/test_entities_scaling.py guards that one); these guard the
stages ``document_from_text`` runs, on a generated report and on the real dev corpus run
together, whose pages bring the shapes a generated report lacks (captions, bylines, lists, 公文
headers, site chrome) to every stage that looks at them.
"""

from __future__ import annotations

import json

import pytest

from gui.core.reading import document_from_text
from tests.benchmark_modules import load_benchmark
from tests.conftest import DATA, dev_documents
from tests.scaling import least_seconds

CHARS = 1_200_000


def _ratio(text: str) -> tuple[float, float]:
    document_from_text(text[:10_000])  # patterns and tables load once, outside the timing
    cut = text.rfind("\n", 0, len(text) // 4) + 1  # a quarter, at a line end
    return least_seconds(document_from_text, text[:cut]), least_seconds(document_from_text, text)


def _dev_corpus() -> str:
    """The app's text of every scored dev document (gold files' ``text``), in order."""
    gold = DATA / "real" / "gold"
    texts = []
    for path in dev_documents():
        entry = gold / f"{path.stem}.json"
        if entry.exists():
            texts.append(json.loads(entry.read_text("utf-8"))["text"])
    return "\n\n".join(texts)


@pytest.mark.timed
def test_reading_a_generated_report_is_linear_in_its_length():
    report = load_benchmark("large_report").build_large_report(CHARS, seed=17)
    quarter, whole = _ratio(report)
    # Linear time gives about 4 (a little more: the quarter warms caches the whole reuses).
    assert whole / quarter < 7, (round(quarter, 2), round(whole, 2))


@pytest.mark.timed
def test_reading_the_dev_corpus_as_one_text_is_linear_in_its_length():
    corpus = _dev_corpus()
    assert len(corpus) > 500_000, len(corpus)  # enough text that a quadratic stage shows
    quarter, whole = _ratio(corpus)
    assert whole / quarter < 7, (round(quarter, 2), round(whole, 2))
