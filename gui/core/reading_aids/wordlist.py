"""The user's word list: words added from the dictionary pop-up, with the sentence and the
report they came from, kept in ``data_dir()/wordlist.sqlite3`` and exported as CSV for Anki.

One SQLite file like the notes store (WAL, one transaction per change) so two windows can add
words at once. A word is one row per (Simplified form, pinyin): adding it again keeps the first
sentence — a flashcard deck wants one card per word, and the first context is where the reader
met it. A data dir that cannot be written leaves the list working in memory with a warning,
so nothing added in the session is lost before it can be exported.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.notes.store_errors import describe, is_corruption

if TYPE_CHECKING:
    from gui.core.reading_aids.dictionary import Entry

FILE_NAME = "wordlist.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS words (
    id INTEGER PRIMARY KEY,
    simplified TEXT NOT NULL,
    traditional TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    meaning TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '',
    report_path TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    UNIQUE (simplified, pinyin)
);
"""
#: Anki (2.1.55+) reads these header lines: separator, no HTML, and the field names, so the
#: import dialog maps columns without asking.
ANKI_COLUMNS = ("Simplified", "Traditional", "Pinyin", "Meaning", "Sentence", "Report")


class WordListError(Exception):
    """A word-list problem, in one line for the user."""


@dataclass(frozen=True)
class Word:
    """One word-list row."""

    simplified: str
    traditional: str
    pinyin: str  # tone-marked, as shown in the pop-up
    meaning: str  # the senses, joined by "; "
    sentence: str = ""
    report: str = ""  # the report's title
    report_path: str = ""
    added: str = ""
    id: int | None = None


def default_wordlist_path() -> Path:
    """``data_dir()/wordlist.sqlite3`` (honours ``--data-dir``)."""
    from gui.core.paths import data_dir

    return data_dir() / FILE_NAME


class WordList:
    """The word list in SQLite; :meth:`open` never raises (falls back to memory)."""

    def __init__(self, path: Path | str | None = None, *, memory: bool = False):
        self.warning: str | None = None
        self.path: Path | None = None if memory else Path(path or default_wordlist_path())
        try:
            if self.path is None:
                self._conn = sqlite3.connect(":memory:", isolation_level=None)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=10)
                self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.DatabaseError) as err:
            reason = (
                describe(err, self.path) if isinstance(err, sqlite3.DatabaseError) else err.strerror
            )
            if isinstance(err, sqlite3.DatabaseError) and is_corruption(err):
                reason = "the file is damaged"
            raise WordListError(f"Cannot open the word list {self.path}: {reason}.") from None

    @classmethod
    def open(cls, path: Path | str | None = None) -> WordList:
        """The list at ``path``, or an empty in-memory one with :attr:`warning` saying why."""
        try:
            return cls(path)
        except WordListError as err:
            words = cls(memory=True)
            words.warning = f"{err} Words are kept in memory for this session; export them."
            return words

    def close(self) -> None:
        self._conn.close()

    def add(self, word: Word) -> bool:
        """Add ``word``; False when it (same Simplified form and pinyin) is already there."""
        added = word.added or datetime.now(UTC).isoformat(timespec="seconds")
        try:
            cursor = self._conn.execute(
                "INSERT OR IGNORE INTO words (simplified, traditional, pinyin, meaning, sentence,"
                " report, report_path, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    word.simplified,
                    word.traditional,
                    word.pinyin,
                    word.meaning,
                    word.sentence,
                    word.report,
                    word.report_path,
                    added,
                ),
            )
        except sqlite3.DatabaseError as err:
            raise WordListError(
                f"Cannot save the word {word.simplified}: {describe(err)}."
            ) from None
        return cursor.rowcount == 1

    def remove(self, word_id: int) -> None:
        """Delete one word by its id."""
        try:
            self._conn.execute("DELETE FROM words WHERE id = ?", (word_id,))
        except sqlite3.DatabaseError as err:
            raise WordListError(f"Cannot remove the word: {describe(err)}.") from None

    def words(self) -> list[Word]:
        """Every word, in the order they were added."""
        rows = self._conn.execute(
            "SELECT simplified, traditional, pinyin, meaning, sentence, report, report_path,"
            " added, id FROM words ORDER BY id"
        ).fetchall()
        return [Word(*row) for row in rows]

    def __contains__(self, simplified: object) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM words WHERE simplified = ?", (simplified,)).fetchone()
            is not None
        )


def export_anki_csv(words: list[Word]) -> str:
    """The words as a CSV file that Anki imports (File → Import): UTF-8, comma-separated,
    with Anki's header lines naming the columns; one row per word. The sentence shows the word
    in its context; the report is its title, for the card's back."""
    buffer = io.StringIO()
    buffer.write("#separator:comma\n#html:false\n")
    buffer.write("#columns:" + ",".join(ANKI_COLUMNS) + "\n")
    writer = csv.writer(buffer, lineterminator="\n")
    for word in words:
        writer.writerow(
            [
                word.simplified,
                word.traditional,
                word.pinyin,
                word.meaning,
                word.sentence,
                word.report,
            ]
        )
    return buffer.getvalue()


def word_from_entry(
    entry: Entry, sentence: str = "", report: str = "", report_path: str = ""
) -> Word:
    """A word-list row from a dictionary :class:`~gui.core.reading_aids.dictionary.Entry`."""
    return Word(
        simplified=entry.simplified,
        traditional=entry.traditional,
        pinyin=entry.pinyin,
        meaning="; ".join(entry.senses),
        sentence=sentence,
        report=report,
        report_path=report_path,
    )


def sentence_span(text: str, start: int, end: int, *, limit: int = 120) -> tuple[int, int]:
    """The bounds of the sentence of ``text`` that holds ``text[start:end]``: from after the
    previous 。！？；or line break to the next one (kept), at most ``limit`` characters either
    side of the span."""
    stops = "。！？；!?;\n"
    left = start
    while left > 0 and start - left < limit and text[left - 1] not in stops:
        left -= 1
    right = end
    while right < len(text) and right - end < limit and text[right] not in stops:
        right += 1
    if right < len(text) and text[right] != "\n":
        right += 1
    return left, right


def sentence_around(text: str, start: int, end: int, *, limit: int = 120) -> str:
    """The sentence that holds ``text[start:end]`` (see :func:`sentence_span`), stripped."""
    left, right = sentence_span(text, start, end, limit=limit)
    return text[left:right].strip()
