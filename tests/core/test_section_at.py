"""``Document.section_at`` bisects the outline; it must name the same section as a scan of
every section (the innermost that contains the position) on a report of real density."""

from __future__ import annotations

import random
import sys

from tests.conftest import DEFAULT_REPORT, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402


def _scanned(document, pos):
    found = None
    for section in document.sections:
        if section.start <= pos < section.end:
            found = section
    return found


def test_section_at_names_the_innermost_section_as_a_full_scan_does(tmp_path):
    from gui.core.reading import read_document

    path = tmp_path / "report.txt"
    path.write_text(build_large_report(120_000), encoding="utf-8")
    nested = 0
    for document in (read_document(path), read_document(DEFAULT_REPORT)):
        assert len(document.sections) > 5
        rng = random.Random(7)
        text = document.text
        edges = [p for s in document.sections for p in (s.start - 1, s.start, s.end - 1, s.end)]
        positions = edges + [rng.randrange(len(text) + 1) for _ in range(2000)] + [0, len(text)]
        for pos in positions:
            expected = _scanned(document, pos)
            assert document.section_at(pos) == expected, pos
            nested += expected is not None and expected.level > 1
    assert nested > 100  # the positions reach into subsections, not only chapters
