"""The recogniser's time grows with the text, not with its square: a stage that does whole-document
work once per clause or per name shows as a ratio far above 4 between a quarter of a report and the
whole of it. Session 22's ``org_lists.list_members`` rebuilt a map of every known body for each
、-clause and made a 10 MB report's entities appear after 194 s instead of 11 s; no other test saw it.
"""

from __future__ import annotations

from gui.core.entities.recogniser import recognise
from tests.benchmark_modules import load_benchmark
from tests.scaling import least_seconds

CHARS = 1_200_000


def test_recognition_time_is_linear_in_the_text():
    report = load_benchmark("large_report").build_large_report(CHARS, seed=13)
    recognise(report[:10_000])  # the gazetteer and patterns load once, outside the timing
    quarter = least_seconds(recognise, report[: CHARS // 4])
    whole = least_seconds(recognise, report)
    # Linear time gives about 4; the quadratic stage above gave about 10 at these sizes.
    assert whole / quarter < 7, (round(quarter, 2), round(whole, 2))
