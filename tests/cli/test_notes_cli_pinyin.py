"""``report-reader-cli notes export --pinyin``: the reader exports with each quote's word-level
pinyin, as a real process; with a machine format it is one line and exit status 2."""

from __future__ import annotations

from tests.cli.test_notes_cli import cli, data_dir, imported  # noqa: F401 - fixtures
from tests.conftest import DEFAULT_REPORT

QUOTE = "國務院關于促進國家高新技術產業開發區高質量發展的若干意見"


def test_reader_markdown_with_pinyin(imported):  # noqa: F811
    args = ("notes", "export", str(DEFAULT_REPORT), "-f", "reader-md")
    plain = cli(*args, data_dir=imported)
    result = cli(*args, "--pinyin", data_dir=imported)
    assert result.returncode == 0 and plain.returncode == 0, result.stderr
    text, before = result.stdout.decode(), plain.stdout.decode()
    lines = text.splitlines()
    reading = lines[lines.index("> " + QUOTE) + 2]
    # Word by word: 國務院 one proper noun (capitalised, as CC-CEDICT gives it), 發展 fāzhǎn.
    assert reading.startswith("> *Guówùyuàn ") and " fāzhǎn " in reading, reading
    assert "Guówùyuàn" not in before and len(lines) > len(before.splitlines())
    page = cli(*args[:-1], "reader-html", "--pinyin", data_dir=imported).stdout.decode()
    assert "<ruby>國務院<rt>Guówùyuàn</rt></ruby>" in page


def test_pinyin_with_a_machine_format_is_one_line(imported):  # noqa: F811
    result = cli("notes", "export", str(DEFAULT_REPORT), "-f", "md", "--pinyin", data_dir=imported)
    assert result.returncode == 2 and not result.stdout
    error = result.stderr.decode()
    assert error.count("\n") == 1 and "--pinyin goes with reader-md" in error
