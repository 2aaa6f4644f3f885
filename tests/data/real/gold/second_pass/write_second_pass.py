"""Write one batch's independent second-pass outlines (second_pass/batchN/<id>.json) from its annotation.

One writer for every batch (it replaces the copy each batchN/ folder had). The annotation is the record of
the second annotator's reading and stays as written, in batchN/annotation.py: ANNOTATION maps each
document to its title line, headings (line, cut, level), furniture line ranges and header fields. The
writer only slices the gold file's "text" field; it runs none of the app's analysis.

A heading is the stripped line (1-based, lines split on "\\n") up to and including the first `cut` (a
run-in heading; 「条」 keeps only an article's marker), or the whole line; a tuple of lines is one heading
wrapped over several lines (joined). A cut ("inline", words) is a heading found inside a longer line (batch
7's Sina post: kept as those words, marked `inline`). Optional keys: "subtitle" (a line number),
"title_trim" (a trailing footnote mark left out of the title), "title_strip" (the prefix and suffix around
a title inside a front-matter line), "title_inline" / "subtitle_inline" (the exact words of a title or
subtitle found inside a longer line: a page the reader fused into one line, batch 38), "furniture_text" (exact
furniture strings, checked against the text),
"lines_moved" (the runs of lines a reader change moved after the pass was written: (old_first, old_last,
new_first, new_last), 1-based, new_last = new_first - 1 for lines the new text dropped; every line number of
the annotation stays as the pass read it, in the old text's numbering, and is moved to the new text's).

Run: python tests/data/real/gold/second_pass/write_second_pass.py --batch N [--check]
(--check writes nothing and exits 1 when a committed file differs from what the annotation builds).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent


def batches() -> list[str]:
    """The batches with a second pass: the folders batchN/ holding an annotation.py."""
    found = [p.parent.name[len("batch") :] for p in HERE.glob("batch*/annotation.py")]
    return sorted(found, key=int)


def annotation(batch: str) -> dict[str, dict]:
    """The ANNOTATION of batch `batch` (batchN/annotation.py)."""
    path = HERE / f"batch{batch}" / "annotation.py"
    spec = importlib.util.spec_from_file_location(f"second_pass_batch{batch}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ANNOTATION


def _text(doc_id: str) -> str:
    return json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["text"]


def _line_text(lines: list[str], where: int | tuple[int, ...], cut: str | None) -> str:
    """The heading text at line(s) `where`, cut after `cut` when given."""
    if isinstance(where, tuple):
        return "".join(lines[n - 1].strip() for n in where)
    line = lines[where - 1].strip()
    if cut is not None:
        line = line[: line.index(cut) + len(cut)]
    return line


def _moved(spec: dict) -> dict:
    """``spec`` with its line numbers moved by its "lines_moved" runs (a reader change that dropped or
    joined lines after the pass read the text): a heading's or the title's line to its new number, a
    furniture range to the new lines it still covers (none: dropped)."""
    runs = spec.get("lines_moved", ())

    def at(n: int, end: bool = False) -> int:
        shift = 0
        for old_first, old_last, new_first, new_last in runs:
            if n > old_last:
                shift += (new_last - new_first) - (old_last - old_first)
            elif n >= old_first:
                if new_last < new_first:  # (dropped: the line after it, or the one before)
                    return new_first - 1 if end else new_first
                return min(new_first + n - old_first, new_last)
        return n + shift

    def line(where: int | tuple[int, ...]) -> int | tuple[int, ...]:
        return tuple(at(n) for n in where) if isinstance(where, tuple) else at(where)

    out = dict(spec)
    for key in ("title", "subtitle"):
        if out.get(key) is not None:
            out[key] = line(out[key])
    out["headings"] = [(line(where), cut, level) for where, cut, level in spec["headings"]]
    ranges = [[at(a), at(b, end=True)] for a, b in spec["furniture"]]
    out["furniture"] = [[a, b] for a, b in ranges if a <= b]
    return out


def build(doc_id: str, spec: dict) -> dict:
    """One second-pass outline from its line-based annotation."""
    if "lines_moved" in spec:
        spec = _moved(spec)
    text = _text(doc_id)
    lines = text.split("\n")
    inline = {i: cut[1] for i, (_, cut, _) in enumerate(spec["headings"]) if isinstance(cut, tuple)}
    out = {
        "id": doc_id,
        # None: a text without a title of its own (an RTHK digest, batch 10).
        "title": None if spec["title"] is None else _line_text(lines, spec["title"], None),
        "headings": [
            {
                "text": _line_text(lines, where, None if i in inline else cut),
                "level": level,
                "line": where,
            }
            for i, (where, cut, level) in enumerate(spec["headings"])
        ],
        "furniture_lines": spec["furniture"],
        "document": spec["document"],
    }
    trim = spec.get("title_trim")
    if trim and out["title"].endswith(trim):
        out["title"] = out["title"][: -len(trim)]
    if "subtitle" in spec:
        out["subtitle"] = _line_text(lines, spec["subtitle"], None)
    for i, words in inline.items():
        heading = out["headings"][i]
        assert words in lines[heading["line"] - 1], (doc_id, words)
        heading["text"] = words
        heading["inline"] = True
    if "title_inline" in spec:
        assert spec["title_inline"] in out["title"], doc_id
        out["title"] = spec["title_inline"]
    if "subtitle_inline" in spec:
        assert spec["subtitle_inline"] in out["subtitle"], doc_id
        out["subtitle"] = spec["subtitle_inline"]
    if "title_strip" in spec:
        prefix, suffix = spec["title_strip"]
        assert out["title"].startswith(prefix) and out["title"].endswith(suffix)
        out["title"] = out["title"][len(prefix) : -len(suffix)]
    if "furniture_text" in spec:
        for piece in spec["furniture_text"]:
            assert piece in text, (doc_id, piece)
        out["furniture_text"] = spec["furniture_text"]
    return out


def write(batch: str, check: bool = False) -> list[str]:
    """Write (or with check, compare) every annotated document's <id>.json in batchN/; the ids that differ."""
    differ = []
    for doc_id, spec in annotation(batch).items():
        out = build(doc_id, spec)
        text = _text(doc_id)
        for value in out["document"].values():
            for v in value if isinstance(value, list) else [value]:
                assert v in text, (doc_id, v)
        for h in out["headings"]:
            assert h["text"], (doc_id, h)
        path = HERE / f"batch{batch}" / f"{doc_id}.json"
        data = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
        if not check:
            path.write_text(data, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != data:
            differ.append(doc_id)
    return differ


def main(args: list[str]) -> int:
    """``--batch N [--check]``; the exit status (2: usage or a batch without a second pass)."""
    if "--batch" not in args or args.index("--batch") + 1 >= len(args):
        print("usage: write_second_pass.py --batch N [--check]", file=sys.stderr)
        return 2
    batch = args[args.index("--batch") + 1]
    if batch not in batches():
        known = ", ".join(batches())
        print(
            f"write_second_pass.py: no second-pass annotation for batch {batch!r} (known: {known})",
            file=sys.stderr,
        )
        return 2
    differ = write(batch, check="--check" in args)
    for doc_id in differ:
        print(f"{doc_id}: committed file differs from the annotation")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
