#!/usr/bin/env python3
"""Look things up in the real-document corpus without ever printing a held-out or fresh line.

Rule writers and annotators grep the corpus for precedents (a line shape, an entity's type in
earlier gold, a heading pattern). Session 20 showed that filtering the output by ``split.tsv``
*after* printing leaks: nine look-ups printed held-out or fresh lines. This tool filters first:
it loads only documents whose split is ``dev`` and whose batch is not in
``tests/conftest.py``'s ``FRESH_BATCHES``, and refuses to name any other document. The
validation batches (13 to 16: scored, never read while writing rules) are left out too unless
``--with-validation`` is given (annotators and deciders may cite them as precedents).

    devcorpus.py grep PATTERN [--where text|headings|entities] [--type ORG] [--batch N] [-C 20]
    devcorpus.py list [--batch N] [--kind gongwen]
    devcorpus.py show NAME [--start 0 --end 2000]

``grep`` takes a Python regular expression; ``--where text`` (the default) searches the app's
text as the gold stores it, ``headings`` the gold outline's headings, ``entities`` the entity
gold's spans (with ``--type`` to keep one type). Output lines start with the document's name.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFTEST = HERE.parents[2] / "tests" / "conftest.py"


def fresh_batches(conftest: Path = CONFTEST) -> set[str]:
    """The batches ``tests/conftest.py`` marks fresh (closed to everyone but their annotators)."""
    tree = ast.parse(conftest.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        target = getattr(node, "target", None)
        targets = getattr(node, "targets", [target])
        if any(isinstance(t, ast.Name) and t.id == "FRESH_BATCHES" for t in targets):
            return {str(v) for v in ast.literal_eval(node.value)}  # type: ignore[attr-defined]
    raise SystemExit("devcorpus: FRESH_BATCHES not found in tests/conftest.py")


#: Dev batches rules are validated on by their score only (docs/development.md).
VALIDATION_BATCHES = frozenset({"13", "14", "15", "16"})

#: The flag of the annotators' tools (entities/build_batch.py, gold/compare_outline_pass.py) that
#: prints the held-out documents of a scored batch: for an annotator the lead names (rebuilding
#: held-out gold after a reader change, docs/development.md), never for a rule writer.
HELDOUT_FLAG = "--heldout-of-scored-batch"


def heldout_shown(batch: str, flag: bool, fresh: set[str] | None = None) -> bool:
    """Whether an annotators' tool may print ``batch``'s held-out documents: when the batch is
    fresh (its annotators read every document of it) or ``HELDOUT_FLAG`` was given."""
    return flag or str(batch) in (fresh_batches() if fresh is None else set(fresh))


def dev_only_line(tool: str, batch: str, left_out: int, what: str = "left out") -> str:
    """The one line a tool prints when it leaves a scored batch's held-out documents out."""
    return (
        f"{tool}: batch {batch} is scored: dev documents only, {left_out} held-out {what} "
        f"({HELDOUT_FLAG} prints them, for an annotator the lead names)"
    )


def dev_rows(
    split_tsv: Path = HERE / "split.tsv",
    fresh: set[str] | None = None,
    validation: bool = True,
) -> list[dict]:
    """The split table's rows a look-up may read: dev documents of batches that are not fresh
    (and, with ``validation=False``, not the validation batches either)."""
    closed = fresh_batches() if fresh is None else set(fresh)
    if not validation:
        closed |= VALIDATION_BATCHES
    with split_tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r for r in rows if r["split"] == "dev" and r["batch"] not in closed]


def stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def dev_names() -> set[str]:
    """The ids (file names without their suffix) of the dev documents of scored batches: the
    documents whose text a check may quote in its errors."""
    return {stem(r["file"]) for r in dev_rows()}


def _gold(folder: str, row: dict) -> dict | None:
    path = HERE / folder / f"{stem(row['file'])}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _hits(pattern: re.Pattern[str], text: str, context: int) -> Iterator[str]:
    for m in pattern.finditer(text):
        a, b = max(0, m.start() - context), min(len(text), m.end() + context)
        yield f"@{m.start()}: " + text[a:b].replace("\n", "⏎")


def grep(args: argparse.Namespace, rows: list[dict]) -> int:
    pattern = re.compile(args.pattern)
    found = 0
    for row in rows:
        name = stem(row["file"])
        if args.where == "text":
            gold = _gold("gold", row)
            lines = list(_hits(pattern, gold["text"], args.context)) if gold else []
        elif args.where == "headings":
            gold = _gold("gold", row)
            heads = [s for s in (gold or {}).get("sections", []) if s.get("heading")]
            lines = [
                f"L{s['level']}: {s['heading']}" for s in heads if pattern.search(s["heading"])
            ]
        else:
            gold = _gold("entities", row)
            spans = [
                e
                for e in (gold or {}).get("entities", [])
                if not args.type or e["type"] == args.type
            ]
            lines = [f"{e['type']} {e['text']}" for e in spans if pattern.search(e["text"])]
        for line in lines[: args.max_per_doc]:
            print(f"{name} [b{row['batch']}] {line}")
        found += len(lines)
    print(f"-- {found} hits in {len(rows)} dev documents", file=sys.stderr)
    return 0 if found else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("grep", help="search dev documents only")
    g.add_argument("pattern")
    g.add_argument("--where", choices=("text", "headings", "entities"), default="text")
    g.add_argument("--type", help="entity type, with --where entities")
    g.add_argument("-C", "--context", type=int, default=20)
    g.add_argument("--max-per-doc", type=int, default=20)
    ls = sub.add_parser("list", help="list dev documents")
    sh = sub.add_parser("show", help="print part of one dev document's text")
    sh.add_argument("name")
    sh.add_argument("--start", type=int, default=0)
    sh.add_argument("--end", type=int, default=2000)
    for p in (g, ls, sh):
        p.add_argument(
            "--with-validation",
            action="store_true",
            help="include the validation batches 13-16 (annotators citing precedents)",
        )
        p.add_argument(
            "--upto",
            type=int,
            help="batches 1 to N only: a round that keeps the newest scored batches' dev parts as a check"
            " ('new dev') reads only the batches before them",
        )
    for p in (g, ls):
        p.add_argument("--batch", help="only this batch")
        p.add_argument("--kind", help="only this kind (split.tsv's kind column)")
    args = ap.parse_args(argv)
    rows = [
        r
        for r in dev_rows(validation=args.with_validation)
        if args.upto is None or int(r["batch"]) <= args.upto
    ]
    if args.cmd == "show":
        match = [r for r in rows if stem(r["file"]) == stem(args.name)]
        if not match:
            print(
                f"devcorpus: {args.name} is not a dev document of a scored batch", file=sys.stderr
            )
            return 2
        gold = _gold("gold", match[0])
        print((gold or {}).get("text", "")[args.start : args.end])
        return 0
    rows = [
        r
        for r in rows
        if (not args.batch or r["batch"] == args.batch)
        and (not args.kind or r["kind"] == args.kind)
    ]
    if args.cmd == "list":
        for r in rows:
            print(f"{stem(r['file'])}\t{r['kind']}\tb{r['batch']}")
        return 0
    return grep(args, rows)


if __name__ == "__main__":
    sys.exit(main())
