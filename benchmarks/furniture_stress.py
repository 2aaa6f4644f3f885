"""Page furniture under stress: the dev documents read as plain page text, and with their own
furniture lines moved to where other sites put them.

For every dev document of ``tests/data/real`` (its split.tsv; not the fresh batches of
tests/conftest.py ``FRESH_BATCHES``) and of the outline check sets, the gold's text is read
back as plain text (``document_from_text``: no markup, as a page's text comes) and then:

- ``plain``: as it is — gold furniture lines left in the body;
- ``head``: each whole line of gold furniture, one at a time, taken from its place and set
  above the first line (a chrome line or a credit before the title);
- ``tail``: each such line set after the last line (a credit or a chrome line under the story).

Counted: furniture lines left in the body (a line counts when less than half of its
characters are marked furniture, footer or title, as ``score_outline.py`` counts), and body
lines taken — lines that are neither gold furniture nor the gold title, subtitle or a header line
(one holding a gold header value) that the app marks as furniture (more than half of them), the harm a furniture rule can do (the footer
split among them). ``--lines FILE [FILE …]`` sets each line of each FILE (one a line) before the title,
between the middle paragraphs and after the last line of every document instead, and counts
how many stay in the body, each file apart (``benchmarks/data/furniture_family_1.txt`` to
``_6.txt``: sets written from the genre by different rounds, the third before round 19's rules,
the fourth before round 21's, the fifth before round t27's, the sixth between its two steps), with what stayed per line and per family (the file's comment
lines), and with ``-v`` each body line taken beside the line set in.

Run: ``.venv/bin/python benchmarks/furniture_stress.py [--root CHECKOUT] [-v] [--lines FILE [FILE …]]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stress_outline import fresh_batches  # noqa: E402


def _gold_documents(root: Path) -> list[tuple[str, dict]]:
    real = root / "tests" / "data" / "real"
    fresh = fresh_batches(root)
    out = []
    for row in (real / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, _kind, split, *rest = row.split("\t")
        batch = rest[0].strip() if rest else "1"
        if split != "dev" or batch in fresh:
            continue
        gold = real / "gold" / (Path(name).stem + ".json")
        out.append((name, json.loads(gold.read_text(encoding="utf-8"))))
    for folder in ("outline_check", "outline_check2"):
        for gold in sorted((real / folder / "gold").glob("*.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            out.append((f"{folder}/{Path(data['file']).name}", data))
    return out


def _lines(gold: dict) -> list[tuple[str, str]]:
    """The gold text's lines, each with its role: ``furniture``, ``title`` or ``body``
    (blank lines ``blank``)."""
    text = gold["text"]
    ranges = [tuple(r) for r in gold.get("furniture", [])]
    titles = [tuple(gold[k]) for k in ("title_span", "subtitle_span") if gold.get(k)]
    values: list[str] = []
    for value in (gold.get("document") or {}).values():
        values += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    out = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        chars = [i for i in range(a, b) if not text[i].isspace()]
        if not chars:
            out.append((line, "blank"))
            continue
        furniture = sum(1 for i in chars if any(s <= i < e for s, e in ranges))
        title = sum(1 for i in chars if any(s <= i < e for s, e in titles))
        if furniture * 2 >= len(chars):
            # (whole lines only are moved: a piece of a line is furniture inside its line)
            out.append((line, "furniture" if furniture == len(chars) else "part"))
        elif title * 2 >= len(chars):
            out.append((line, "title"))
        elif any(len(v) >= 2 and v in line for v in values):
            out.append((line, "header"))  # (the header's own lines: not body, not furniture)
        else:
            out.append((line, "body"))
    return out


def _marked(document_from_text, lines: list[str]) -> list[int]:
    """Per line: 2 when more than half of its characters are furniture or footer, 1 when they
    are the title, else 0."""
    text = "\n".join(lines)
    doc = document_from_text(text)
    flags = [0] * (len(text) + 1)
    if doc.title_span is not None:
        for i in range(doc.title_span.start, doc.title_span.end):
            flags[i] = 1
    for span in doc.furniture_spans():
        for i in range(span.start, span.end):
            flags[i] = 2
    out = []
    pos = 0
    for line in lines:
        chars = [pos + i for i, c in enumerate(line) if not c.isspace()]
        marked = [flags[i] for i in chars]
        if not chars or sum(1 for f in marked if f) * 2 < len(chars):
            out.append(0)
        else:
            out.append(2 if sum(1 for f in marked if f == 2) * 2 >= len(chars) else 1)
        pos += len(line) + 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("-v", action="store_true", help="print each line left or taken")
    parser.add_argument(
        "--lines", nargs="+", help="files of lines to set into every document, each scored apart"
    )
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root))
    from gui.core.reading import document_from_text

    documents = _gold_documents(root)
    if args.lines:
        for path in args.lines:
            print(f"== {path}")
            _insert(document_from_text, documents, Path(path), args.v)
        return 0
    left = {"plain": 0, "head": 0, "tail": 0}
    taken = {"plain": 0, "head": 0, "tail": 0}
    moved = 0
    for name, gold in documents:
        lines = _lines(gold)
        texts = [t for t, _ in lines]
        roles = [r for _, r in lines]
        marks = _marked(document_from_text, texts)
        for t, r, m in zip(texts, roles, marks, strict=True):
            if r in ("furniture", "part") and not m:
                left["plain"] += 1
                if args.v:
                    print(f"plain left  {name}: {t.strip()[:60]!r}")
            if r == "body" and m == 2:
                taken["plain"] += 1
                if args.v:
                    print(f"plain taken {name}: {t.strip()[:60]!r}")
        for i, role in enumerate(roles):
            if role != "furniture":
                continue
            moved += 1
            rest = [j for j in range(len(texts)) if j != i]
            for where in ("head", "tail"):
                order = [i, *rest] if where == "head" else [*rest, i]
                vt = [texts[j] for j in order]
                vm = _marked(document_from_text, vt)
                for j, t, m in zip(order, vt, vm, strict=True):
                    if j == i and not m:
                        left[where] += 1
                        if args.v:
                            print(f"{where} left  {name}: {t.strip()[:60]!r}")
                    elif j != i and roles[j] == "body" and m == 2 and marks[j] != 2:
                        taken[where] += 1
                        if args.v:
                            print(f"{where} taken {name}: {t.strip()[:60]!r}")
    gold_lines = sum(1 for _, g in documents for _, r in _lines(g) if r in ("furniture", "part"))
    print(
        f"{len(documents)} documents, {gold_lines} gold furniture lines, {moved} whole lines moved"
    )
    print(f"plain text: {left['plain']} furniture lines left, {taken['plain']} body lines taken")
    for where in ("head", "tail"):
        print(
            f"moved to the {where}: {left[where]} of {moved} left in the body,"
            f" {taken[where]} body lines taken (beyond the plain reading's)"
        )
    return 0


def _insert(document_from_text, documents, path: Path, verbose: bool) -> None:
    extra: list[str] = []
    family: dict[str, str] = {}  # (each line's family: the comment line above it)
    heading = ""
    for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if ln.startswith("#"):
            heading = ln.lstrip("# ").strip() if n else ""  # (the first: the file's note)
        elif ln.strip():
            extra.append(ln.strip())
            family.setdefault(ln.strip(), heading or "(one family)")
    tries = stayed = taken = 0
    per_line: dict[str, list[int]] = {}
    for name, gold in documents:
        lines = _lines(gold)
        texts = [t for t, _ in lines]
        roles = [r for _, r in lines]
        body = [i for i, r in enumerate(roles) if r == "body"]
        if not body:
            continue
        marks = _marked(document_from_text, texts)
        for line in extra:
            for place, at in enumerate((0, body[len(body) // 2], len(texts))):
                vt = texts[:at] + [line] + texts[at:]
                vr = roles[:at] + ["moved"] + roles[at:]
                old = marks[:at] + [0] + marks[at:]
                vm = _marked(document_from_text, vt)
                tries += 1
                for t, r, m, o in zip(vt, vr, vm, old, strict=True):
                    if r == "moved" and m != 2:  # (taken as the title is no better)
                        stayed += 1
                        per_line.setdefault(line, [0, 0, 0])[place] += 1
                        if verbose:
                            print(f"left at {at} {name}: {t.strip()[:60]!r}")
                    elif r == "body" and m == 2 and o != 2:
                        taken += 1
                        if verbose:
                            print(f"taken at {at} {name}: {t.strip()[:60]!r} beside {line!r}")
    print(f"{len(documents)} documents, {len(extra)} lines: {stayed} of {tries} insertions stayed")
    print(f"body lines taken beside them: {taken}")
    print("  stayed: before the title / between the middle paragraphs / after the last line")
    for line, n in sorted(per_line.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {n[0]:4d} {n[1]:4d} {n[2]:4d}  {line[:60]}")
    print("  by family (lines in it): stayed before / between / after")
    for name in dict.fromkeys(family.values()):
        rows = [per_line.get(ln, [0, 0, 0]) for ln in extra if family[ln] == name]
        sums = [sum(r[k] for r in rows) for k in range(3)]
        print(f"  {sums[0]:5d} {sums[1]:5d} {sums[2]:5d}  {name[:50]} ({len(rows)})")


if __name__ == "__main__":
    raise SystemExit(main())
