"""A Tainan city release names who wrote it under its office and time (「發稿人：邱姿穎、唐宜嫺」):
the release's reporter field, and a header line, not body text. On the batch-4 dev release."""

from __future__ import annotations

from pathlib import Path

from gui.core.furniture import classify_line
from gui.core.reading import read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def test_the_dev_release_names_its_writers():
    doc = read_document(REAL / "press-tw-tainan-council-replies-2026.txt")
    reporter = doc.header.fields["reporter"]
    assert reporter.text == "邱姿穎、唐宜嫺"
    assert doc.text[reporter.start : reporter.end] == reporter.text
    assert doc.header.get("source") == "新聞及國際關係處"
    line = doc.text.index("發稿人：")
    assert any(f.start <= line < f.end and f.kind == "news" for f in doc.furniture)


def test_the_writer_key_is_front_matter_only():
    assert classify_line("發稿人：邱姿穎、唐宜嫺", around_body=True) == "news"
    # Inside the story, a sentence naming the writer of something is text.
    assert classify_line("發稿人：邱姿穎、唐宜嫺", around_body=False) is None
