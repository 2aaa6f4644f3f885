"""Which lines of page furniture the reader may fold (``Document.fold_runs``): whole lines
only, the title's line never, blank lines between furniture lines taken along; on real lines
and documents of the corpus (tests/data/real)."""

from __future__ import annotations

from gui.core.document import fold_runs
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _span(text: str, line: str) -> tuple[int, int]:
    start = text.index(line)
    return start, start + len(line)


def test_whole_lines_of_furniture_fold_with_the_blank_lines_between():
    # An RTHK item's link block, then the next item's headline.
    block = [
        "原始網址：https://news.rthk.hk/rthk/ch/component/k2/1799088-20250408.htm",
        "© rthk.hk",
        "",
        "電子郵件: cnews@rthk.hk",
    ]
    text = "私隱專員鍾麗玲表示，留意到生成式AI越來越普及。\n" + "\n".join(block) + "\n下一則"
    spans = [_span(text, line) for line in block if line]
    (run,) = fold_runs(text, spans)
    assert (run.first, run.last, run.lines) == (1, 4, 3)
    assert text[run.start : run.end] == "\n".join(block)


def test_a_line_only_partly_furniture_is_not_folded():
    # A caption run into the paragraph above it on one line: the paragraph must stay readable.
    line = "鍾麗玲期望制定內部政策，讓員工能更安全使用。 （商台片段截圖）"
    caption = _span(line, "（商台片段截圖）")
    assert fold_runs(line, [caption]) == []
    # The same caption alone on its line folds.
    text = "鍾麗玲期望制定內部政策。\n（商台片段截圖）"
    assert [(r.first, r.last) for r in fold_runs(text, [_span(text, "（商台片段截圖）")])] == [
        (1, 1)
    ]


def test_spans_separated_only_by_space_cover_one_line():
    # A byline and a dateline as two furniture spans on one line.
    text = "正文第一段。\n本报记者 包兴安 　2026-01-25 10:30\n正文第二段。"
    spans = [_span(text, "本报记者 包兴安"), _span(text, "2026-01-25 10:30")]
    assert [(r.first, r.lines) for r in fold_runs(text, spans)] == [(1, 1)]


def test_the_title_inside_a_feeds_front_matter_line_stays_shown():
    doc = read_document(REAL / "news-cn-q3-gdp-nbs-2021.md")
    assert doc.title_span is not None
    title_line = doc.text.count("\n", 0, doc.title_span.start)
    assert doc.is_furniture(doc.title_span.start, doc.title_span.end)  # the `title: '…'` line
    runs = doc.fold_runs()
    assert runs and all(not r.first <= title_line <= r.last for r in runs)
    # The site's tail under the article (CSS, app adverts, 责任编辑) is one run to its end (three
    # lines since session 22: its HTML comments are no text).
    assert runs[-1].end == len(doc.text.rstrip()) and runs[-1].lines >= 3
    # No heading is ever folded.
    for s in doc.sections:
        if s.heading_start is not None:
            assert not any(r.start <= s.heading_start < r.end for r in runs)


def test_a_document_without_furniture_has_nothing_to_fold():
    doc = read_document(REAL / "press-tw-228-memorial-2024.txt")
    assert doc.furniture_spans() == [] and doc.fold_runs() == []
