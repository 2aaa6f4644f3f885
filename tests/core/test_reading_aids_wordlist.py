"""The word list: a real SQLite file in a temp data dir, and its Anki CSV."""

from __future__ import annotations

import csv
import io

import pytest

from gui.core.reading_aids.dictionary import default_dictionary
from gui.core.reading_aids.wordlist import (
    ANKI_COLUMNS,
    WordList,
    WordListError,
    export_anki_csv,
    sentence_around,
    word_from_entry,
)


def test_words_persist_with_sentence_and_report(tmp_path):
    path = tmp_path / "data" / "wordlist.sqlite3"
    text = "全年实现营业收入增长12%。银行贷款余额稳定。"
    match = default_dictionary().word_at(text, 14)
    sentence = sentence_around(text, match.start, match.end)
    assert match.word == "银行" and sentence == "银行贷款余额稳定。"
    words = WordList(path)
    entry = match.reading_entry
    assert words.add(word_from_entry(entry, sentence, "Report A", "/tmp/a.txt"))
    assert not words.add(word_from_entry(entry, "another sentence", "Report B"))  # one card a word
    words.close()
    again = WordList(path)  # a new connection reads what the first one wrote
    [word] = again.words()
    assert (word.simplified, word.traditional, word.pinyin) == ("银行", "銀行", "yín háng")
    assert word.sentence == sentence and word.report == "Report A" and "bank" in word.meaning
    assert "银行" in again and "行政" not in again
    again.remove(word.id)
    assert again.words() == []


def test_anki_csv_has_headers_and_one_row_per_word(tmp_path):
    words = WordList(tmp_path / "w.sqlite3")
    for text in ("重庆", "增长"):
        words.add(word_from_entry(default_dictionary().lookup(text)[0], f"{text}，“引号”, 逗号"))
    exported = export_anki_csv(words.words())
    header, body = exported.split("#columns:" + ",".join(ANKI_COLUMNS) + "\n")
    assert header == "#separator:comma\n#html:false\n"
    rows = list(csv.reader(io.StringIO(body)))
    assert [r[0] for r in rows] == ["重庆", "增长"]
    assert rows[0][2] == "Chóng qìng" and rows[1][4] == "增长，“引号”, 逗号"
    assert all(len(r) == len(ANKI_COLUMNS) for r in rows)


def test_unwritable_place_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")  # fails even for root
    with pytest.raises(WordListError, match="Cannot open the word list"):
        WordList(blocker / "wordlist.sqlite3")
    words = WordList.open(blocker / "wordlist.sqlite3")
    assert words.warning and words.path is None
    assert words.add(word_from_entry(default_dictionary().lookup("银行")[0]))
    assert [w.simplified for w in words.words()] == ["银行"]


def test_damaged_file_is_one_clear_error_and_open_keeps_working(tmp_path):
    path = tmp_path / "wordlist.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WordListError, match="Cannot open the word list"):
        WordList(path)
    words = WordList.open(path)
    assert words.warning and "in memory" in words.warning
    assert path.read_bytes().startswith(b"this is not")  # nothing overwritten
