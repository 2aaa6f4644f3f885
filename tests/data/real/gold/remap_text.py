"""Carry a document's gold over to a new text when the app's reader changes it.

The gold files store the text the app shows (``read_source`` then ``remove_pinyin``) and index it by
code points. When a reader fix changes that text (session 21: the Markdown reader reads raw HTML
blocks line by line, decodes character references, drops attribute lists), every gold file of the
document must move to the new text:

- the entity gold (``entities/<id>.json``): each span is moved through the difference between the old
  and the new text (difflib opcodes, line by line, then character by character inside a changed run
  of lines). A span moves when its old text stands unchanged at the mapped place; a span whose text
  the change touched (an entity holding a decoded ``&emsp;``, a span across two joined lines) cannot be
  moved mechanically and is reported: settle it by reading the new text (and the guideline);
- the outline gold (``gold/<id>.json``): rebuilt from its spec (``gold/spec/<id>.json``) on the new
  text with ``build_gold.build``, the only writer of outline gold. A spec string the new text no longer
  holds is reported (edit the spec by docs/gold-outline.md, reading the new text); so is every heading,
  title, subtitle and furniture range whose text the rebuild changed, and every old gold span that the
  rebuilt file no longer has — and the lines of the new text that the old text had run into others
  (where a heading the joined text hid may stand: read them by docs/gold-outline.md).

The second outline passes (``second_pass/batchN``) index the text by line numbers: the report gives
the old → new line map of each changed document so their annotation can be moved with it.

Nothing of the app's analysis runs. Without ``--write`` nothing is written.

    python tests/data/real/gold/remap_text.py <id> [<id> ...] [--write]
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent
REAL = GOLD.parent


def _build_gold():
    """tests/data/real/build_gold.py, the one writer of outline gold, loaded by its path."""
    spec = importlib.util.spec_from_file_location("build_gold", REAL / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """Character opcodes from ``old`` to ``new``: lines matched first, then characters inside each
    changed run of lines (a whole-text character diff is slow on long reports)."""
    old_lines = old.split("\n")
    new_lines = new.split("\n")

    def starts(lines: list[str]) -> list[int]:
        out, pos = [], 0
        for line in lines:
            out.append(pos)
            pos += len(line) + 1
        out.append(pos)
        return out

    a_at, b_at = starts(old_lines), starts(new_lines)
    out: list[tuple[str, int, int, int, int]] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a1, a2 = a_at[i1], min(a_at[i2], len(old))
        b1, b2 = b_at[j1], min(b_at[j2], len(new))
        if tag == "equal":
            out.append(("equal", a1, a2, b1, b2))
            continue
        inner = difflib.SequenceMatcher(None, old[a1:a2], new[b1:b2], autojunk=False)
        for t, x1, x2, y1, y2 in inner.get_opcodes():
            out.append((t, a1 + x1, a1 + x2, b1 + y1, b1 + y2))
    return out


def mapper(codes: list[tuple[str, int, int, int, int]]):
    """A function from an old offset to its new offset, None where the old character changed."""

    def at(pos: int) -> int | None:
        for tag, a1, a2, b1, _ in codes:
            if a1 <= pos < a2:
                return b1 + (pos - a1) if tag == "equal" else None
        return None

    return at


def move_span(old: str, new: str, at, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the old text in the new one, when its text stands there unchanged."""
    s, last = at(start), at(end - 1)
    if s is None or last is None:
        return None
    if new[s : last + 1] != old[start:end]:
        return None
    return s, last + 1


def occurrences(text: str, words: str) -> list[int]:
    out, i = [], text.find(words)
    while i >= 0:
        out.append(i)
        i = text.find(words, i + 1)
    return out


def same_occurrence(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """The span's text at the same occurrence in the new text, when the new text holds it as
    often as the old one did (a reader change drops and adds markup and white space; it never
    reorders words): the safest placing of a word the text repeats (a table's 「1-11月」)."""
    words = old[start:end]
    before, after = occurrences(old, words), occurrences(new, words)
    if len(before) != len(after):
        return None
    at = after[before.index(start)]
    return at, at + len(words)


def search_span(old: str, new: str, at, start: int, end: int) -> tuple[int, int] | None:
    """Where the character diff cannot place a span (it aligned a repeated word elsewhere):
    the same occurrence of its text when the new text holds it as often as the old one did, else
    the occurrence nearest to where its nearest placed neighbour before it puts it, within a
    short distance."""
    words = old[start:end]
    k = start - 1
    while k >= 0 and at(k) is None:
        k -= 1
    guess = (at(k) + (start - k)) if k >= 0 else 0
    found = [
        i
        for i in range(max(0, guess - _NEAR), min(len(new), guess + _NEAR))
        if new.startswith(words, i)
    ]
    if not found:
        return None
    best = min(found, key=lambda i: abs(i - guess))
    return best, best + len(words)


_NEAR = 300


def remap_entities(doc: str, new: str) -> tuple[dict | None, list[str]]:
    """The entity gold of ``doc`` on the new text, and the spans that could not be moved (or
    were placed by a search, to be checked)."""
    path = REAL / "entities" / f"{doc}.json"
    if not path.exists():
        return None, []
    data = json.loads(path.read_text(encoding="utf-8"))
    old = data["text"]
    at = mapper(opcodes(old, new))
    moved, problems = [], []
    for e in data["entities"]:
        span = same_occurrence(old, new, e["start"], e["end"])
        span = span or move_span(old, new, at, e["start"], e["end"])
        if span is None:
            span = search_span(old, new, at, e["start"], e["end"])
            where = f"entity {e['type']} {e['text']!r} at {e['start']}"
            if span is None:
                problems.append(f"{where}: text changed or gone, not moved")
                continue
            problems.append(f"{where}: placed by search at {span[0]} (check)")
        moved.append({**e, "start": span[0], "end": span[1]})
    return {**data, "text": new, "entities": moved}, problems


def _spec_strings(spec_path: Path) -> list[str]:
    """Every string a spec finds in the text (build_gold's keys)."""
    if not spec_path.exists():
        return []
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    title = spec.get("title")
    out = [title] if isinstance(title, str) else list(title or [])
    out += [spec["subtitle"]] if spec.get("subtitle") else []
    out += [entry[1] for entry in spec.get("headings", [])]
    out += [piece for entry in spec.get("furniture", []) for piece in entry]
    for value in spec.get("document", {}).values():
        out += [value] if isinstance(value, str) else list(value)
    return out


def _spans(gold: dict) -> list[tuple[str, int, int]]:
    out = []
    if gold.get("title_span"):
        out.append(("title", *gold["title_span"]))
    if gold.get("subtitle_span"):
        out.append(("subtitle", *gold["subtitle_span"]))
    for s in gold["sections"]:
        if s["heading"] is not None:
            out.append((f"heading L{s['level']}", s["start"], s["end"]))
    for a, b in gold["furniture"]:
        out.append(("furniture", a, b))
    return out


def outline_report(doc: str, old_gold: dict, new: str) -> tuple[dict | None, list[str]]:
    """The outline gold rebuilt on the new text, and what an annotator must look at."""
    notes: list[str] = []
    spec_path = GOLD / "spec" / f"{doc}.json"
    old = old_gold["text"]
    missing = [piece for piece in _spec_strings(spec_path) if piece not in new]
    if missing:
        return None, [f"spec string not in the new text: {piece!r}" for piece in missing]
    try:
        rebuilt = _build_gold().build(spec_path) if spec_path.exists() else None
    except ValueError as exc:
        return None, [f"spec does not build on the new text: {exc}"]
    if rebuilt is None:
        return None, ["no spec: the outline gold cannot be rebuilt"]
    at = mapper(opcodes(old, new))
    kept = {(what, a, b) for what, a, b in _spans(rebuilt)}
    for what, a, b in _spans(old_gold):
        span = move_span(old, new, at, a, b) if b > a else None
        if span is None or (what, *span) not in kept:
            notes.append(f"{what} at {a}: {old[a:b][:60]!r} not carried over unchanged")
    # Lines of the new text that the old one had run into another line: where a heading the
    # joined text hid may now stand.
    old_lines = set(old.split("\n"))
    fresh = [i + 1 for i, line in enumerate(new.split("\n")) if line and line not in old_lines]
    if fresh:
        notes.append(f"{len(fresh)} new or changed lines (1-based): {_ranges(fresh)}")
    return rebuilt, notes


def _ranges(numbers: list[int]) -> str:
    out, first, last = [], numbers[0], numbers[0]
    for n in numbers[1:]:
        if n != last + 1:
            out.append(f"{first}-{last}" if last > first else f"{first}")
            first = n
        last = n
    out.append(f"{first}-{last}" if last > first else f"{first}")
    return ", ".join(out)


def line_map(old: str, new: str) -> list[str]:
    """Old 1-based lines → new ones, for every run of lines that moved or changed."""
    out: list[str] = []
    old_lines, new_lines = old.split("\n"), new.split("\n")
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and i1 == j1:
            continue
        before = f"{i1 + 1}-{i2}" if i2 > i1 + 1 else (f"{i1 + 1}" if i2 > i1 else "none")
        after = f"{j1 + 1}-{j2}" if j2 > j1 + 1 else (f"{j1 + 1}" if j2 > j1 else "none")
        out.append(f"{before} -> {after}" + ("" if tag == "equal" else f" ({tag})"))
    return out


def second_passes(doc: str) -> list[Path]:
    return sorted(GOLD.glob(f"second_pass/batch*/{doc}.json"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="+", help="document ids (gold file names without .json)")
    parser.add_argument("--write", action="store_true", help="write the moved gold files")
    args = parser.parse_args(argv)
    status = 0
    for doc in args.ids:
        gold_path = GOLD / f"{doc}.json"
        old_gold = json.loads(gold_path.read_text(encoding="utf-8"))
        new = _build_gold().app_text(REAL / old_gold["file"])
        print(f"== {doc}")
        if new == old_gold["text"]:
            print("   text unchanged")
            continue
        entities, problems = remap_entities(doc, new)
        rebuilt, notes = outline_report(doc, old_gold, new)
        if entities is not None:
            moved = len(entities["entities"])
            print(f"   entities: {moved} moved, {len(problems)} to settle by reading")
        for line in problems + notes:
            print(f"   {line}")
        for path in second_passes(doc):
            mapping = "; ".join(line_map(old_gold["text"], new))
            print(f"   second pass {path.parent.name}: old lines -> new lines: {mapping}")
        if any("not moved" in p for p in problems) or rebuilt is None:
            status = 1
        if args.write:
            if entities is not None:
                path = REAL / "entities" / f"{doc}.json"
                end = "\n" if path.read_text(encoding="utf-8").endswith("\n") else ""
                path.write_text(
                    json.dumps(entities, ensure_ascii=False, indent=1) + end, encoding="utf-8"
                )
            if rebuilt is not None:
                gold_path.write_text(
                    json.dumps(rebuilt, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
