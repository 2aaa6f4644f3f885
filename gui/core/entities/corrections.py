"""The user's corrections to the recogniser, and their JSON file.

Two kinds of override, both keyed by a string in its Simplified pivot form so that a correction
made while reading a Traditional report also applies to Simplified ones:

- *mark*: "this string is an entity of TYPE" — every occurrence becomes that entity, replacing
  whatever the recogniser found over it;
- *not an entity*: spans whose pivot text equals the string are removed.

A correction holds in every report, or in one report only: those live under ``reports``, by
the report's fingerprint, and win over the ones for every report in that report.

File format (``<data dir>/corrections.json``; version 1 has no ``reports`` and is still
written when there are none, so an older Report Reader keeps reading the file)::

    {"format": "report-reader-corrections", "version": 2,
     "marks": [{"text": "中牧股份", "type": "ORG"}],
     "not_entities": ["创新中心"],
     "reports": {"<sha256 fingerprint>": {"marks": [...], "not_entities": [...]}}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.bounded_read import has_lone_surrogate
from gui.core.entities.model import ENTITY_TYPES
from gui.core.files import write_atomically

FORMAT = "report-reader-corrections"
VERSION = 2
FILE_NAME = "corrections.json"

Span = tuple[int, int, str]


_NOT_TEXT = "holds an unpaired UTF-16 surrogate (such as \\ud800), which is not text"


class CorrectionsError(ValueError):
    """A corrections file that cannot be read; ``str(error)`` is one line for the user."""


def _pivot(text: str) -> str:
    from gui.core.script import to_pivot

    return to_pivot(text)[0]


@dataclass
class Corrections:
    """User overrides: ``marks`` maps a pivot string to its type; ``not_entities`` holds the
    pivot strings that are never entities."""

    marks: dict[str, str] = field(default_factory=dict)
    not_entities: set[str] = field(default_factory=set)
    #: Corrections of one report only, by its fingerprint (they have no ``reports``).
    reports: dict[str, Corrections] = field(default_factory=dict)

    def copy(self) -> Corrections:
        """An independent copy (for undo: the state before a change)."""
        reports = {fp: c.copy() for fp, c in self.reports.items()}
        return Corrections(dict(self.marks), set(self.not_entities), reports)

    def of_report(self, fingerprint: str) -> Corrections:
        """The corrections of one report only (created empty on first use)."""
        return self.reports.setdefault(fingerprint, Corrections())

    def for_report(self, fingerprint: str) -> Corrections:
        """What applies to the report ``fingerprint``: the corrections for every report with
        that report's own on top (they win where the two disagree)."""
        everywhere = Corrections(dict(self.marks), set(self.not_entities))
        own = self.reports.get(fingerprint)
        return merge(everywhere, own) if own is not None else everywhere

    # -- editing ---------------------------------------------------------------------------

    def mark(self, text: str, entity_type: str) -> None:
        """Mark every occurrence of ``text`` (any script) as ``entity_type``."""
        if entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {entity_type!r}")
        key = _pivot(text).strip()
        if not key:
            raise ValueError("cannot mark an empty string")
        self.marks[key] = entity_type
        self.not_entities.discard(key)

    def reject(self, text: str) -> None:
        """Say that ``text`` (any script) is not an entity, wherever it occurs."""
        key = _pivot(text).strip()
        if not key:
            raise ValueError("cannot reject an empty string")
        self.not_entities.add(key)
        self.marks.pop(key, None)

    def forget(self, text: str) -> None:
        """Drop any correction about ``text`` (for every report; see :meth:`of_report`)."""
        key = _pivot(text).strip()
        self.marks.pop(key, None)
        self.not_entities.discard(key)

    def is_empty(self) -> bool:
        return (
            not self.marks
            and not self.not_entities
            and not any(not c.is_empty() for c in self.reports.values())
        )

    # -- applying --------------------------------------------------------------------------

    def apply(self, pivot: str, spans: list[Span]) -> list[Span]:
        """Apply the corrections to recogniser ``spans`` over ``pivot``."""
        kept = [(s, e, t) for s, e, t in spans if pivot[s:e] not in self.not_entities]
        marked: list[Span] = []
        taken = bytearray(len(pivot))
        # Nothing is annotated inside a title or a quoted term (the guideline's no-nesting
        # rule), so a mark does not break one up; elsewhere the user's mark wins.
        for s, e, t in kept:
            if t in ("DOC", "TERM"):
                taken[s:e] = b"\x02" * (e - s)
        # Longer marks first, so that a mark inside a longer mark does not split it.
        for key in sorted(self.marks, key=len, reverse=True):
            etype = self.marks[key]
            pos = pivot.find(key)
            while pos >= 0:
                end = pos + len(key)
                if not any(taken[pos:end]):
                    taken[pos:end] = b"\x01" * (end - pos)
                    marked.append((pos, end, etype))
                pos = pivot.find(key, pos + 1)
        if not marked:
            return kept
        kept = [(s, e, t) for s, e, t in kept if t in ("DOC", "TERM") or 1 not in taken[s:e]]
        return sorted(kept + marked)

    # -- (de)serialising -------------------------------------------------------------------

    def to_json(self) -> dict:
        reports = {fp: c._lists() for fp, c in sorted(self.reports.items()) if not c.is_empty()}
        data = {"format": FORMAT, "version": VERSION if reports else 1, **self._lists()}
        if reports:
            data["reports"] = reports
        return data

    def _lists(self) -> dict:
        return {
            "marks": [{"text": k, "type": v} for k, v in sorted(self.marks.items())],
            "not_entities": sorted(self.not_entities),
        }

    @classmethod
    def from_json(cls, data: object) -> Corrections:
        """Build from parsed JSON; raises :class:`CorrectionsError` on a wrong shape."""
        if not isinstance(data, dict):
            raise CorrectionsError("corrections file: expected a JSON object")
        if data.get("format", FORMAT) != FORMAT:
            raise CorrectionsError(f"corrections file: not a {FORMAT} file")
        version = data.get("version", VERSION)
        if not isinstance(version, int) or version > VERSION:
            raise CorrectionsError(f"corrections file: unsupported version {version!r}")
        out = cls._from_lists(data, "")
        reports = data.get("reports", {})
        if not isinstance(reports, dict):
            raise CorrectionsError("corrections file: 'reports' must be an object")
        for fingerprint, own in reports.items():
            if not isinstance(own, dict):
                raise CorrectionsError(f"corrections file: report {fingerprint} is not an object")
            out.reports[fingerprint] = cls._from_lists(own, f" of report {fingerprint[:12]}")
        return out

    @classmethod
    def _from_lists(cls, data: dict, where: str) -> Corrections:
        marks_raw = data.get("marks", [])
        rejects_raw = data.get("not_entities", [])
        if not isinstance(marks_raw, list) or not isinstance(rejects_raw, list):
            raise CorrectionsError(
                f"corrections file: 'marks' and 'not_entities'{where} must be lists"
            )
        out = cls()
        for i, item in enumerate(marks_raw):
            if not isinstance(item, dict):
                raise CorrectionsError(f"corrections file: mark {i + 1}{where} is not an object")
            text, etype = item.get("text"), item.get("type")
            if not isinstance(text, str) or not text.strip():
                raise CorrectionsError(f"corrections file: mark {i + 1}{where} has no text")
            if has_lone_surrogate(text):
                raise CorrectionsError(f"corrections file: mark {i + 1}{where} {_NOT_TEXT}")
            if etype not in ENTITY_TYPES:
                raise CorrectionsError(
                    f"corrections file: mark {i + 1}{where} has unknown type {etype!r}"
                )
            out.marks[_pivot(text).strip()] = etype
        for i, text in enumerate(rejects_raw):
            if not isinstance(text, str) or not text.strip():
                raise CorrectionsError(
                    f"corrections file: entry {i + 1} of 'not_entities'{where} is empty"
                )
            if has_lone_surrogate(text):
                raise CorrectionsError(
                    f"corrections file: entry {i + 1} of 'not_entities'{where} {_NOT_TEXT}"
                )
            key = _pivot(text).strip()
            if key not in out.marks:
                out.not_entities.add(key)
        return out


def merge(base: Corrections, incoming: Corrections) -> Corrections:
    """A new set with both; ``incoming`` (an imported file) wins where the two disagree, also
    report by report."""
    out = base.copy()
    for key, etype in incoming.marks.items():
        out.marks[key] = etype
        out.not_entities.discard(key)
    for key in incoming.not_entities:
        out.not_entities.add(key)
        out.marks.pop(key, None)
    for fingerprint, own in incoming.reports.items():
        out.reports[fingerprint] = merge(out.reports.get(fingerprint, Corrections()), own)
    return out


#: Largest corrections file read (100,000 corrections take ~3 MB).
MAX_CORRECTIONS_BYTES = 8 * 1024 * 1024


def load_corrections(path: Path | str) -> Corrections:
    """Read a corrections file. A missing file is an empty set of corrections; an unreadable
    or malformed one (not a regular file, too large, nested too deeply) raises
    :class:`CorrectionsError` with a one-line message."""
    from gui.core.bounded_read import (
        BoundedReadError,
        JsonDepthError,
        MissingFileError,
        loads_json,
        read_regular_file,
    )

    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_CORRECTIONS_BYTES)
    except MissingFileError:
        return Corrections()
    except BoundedReadError as exc:
        raise CorrectionsError(f"cannot read corrections file {path}: {exc}") from None
    try:
        data = loads_json(raw)
    except UnicodeDecodeError:
        raise CorrectionsError(f"corrections file {path} is not UTF-8 text") from None
    except JsonDepthError as exc:
        raise CorrectionsError(f"corrections file {path} is not valid ({exc})") from None
    except json.JSONDecodeError as exc:
        raise CorrectionsError(
            f"corrections file {path} is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    try:
        return Corrections.from_json(data)
    except CorrectionsError as exc:
        raise CorrectionsError(f"{exc} ({path})") from None


def save_corrections(corrections: Corrections, path: Path | str) -> None:
    """Write ``corrections`` atomically: a temporary file in the same folder, then a rename,
    so a crash or a full disk never leaves a half-written file behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(corrections.to_json(), ensure_ascii=False, indent=1) + "\n"
    write_atomically(path, data)


def user_corrections_path() -> Path:
    """``<data dir>/corrections.json`` (honours ``--data-dir``)."""
    from gui.core.paths import data_dir

    return data_dir() / FILE_NAME


def load_user_corrections() -> Corrections:
    """The user's corrections from the data dir (empty if there are none yet)."""
    return load_corrections(user_corrections_path())
