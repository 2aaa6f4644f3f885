"""Which documents reach each line and branch of the outline side: rules that fire on one only.

A rule written for one sentence of one document is a defect (docs/development.md): on unread
text it either never fires or fires wrongly. This runs the app's reading (``read_document``, then
the outline, title, header fields and furniture it gives) of every dev document of the scored
batches of ``tests/data/real/split.tsv`` (batches in ``tests/conftest.py``'s FRESH_BATCHES are
left out: no file of theirs is opened), the seed report (``resources/``, and its other formats
in ``tests/data/formats/``) and the check sets (``outline_check``, ``outline_check2``,
``fields_check``) under coverage.py, with branch measurement and one dynamic context per document.
For every line/branch arc of the outline-side modules it gathers the set of documents that reach
it, and prints, per module, the arcs reached by exactly one corpus document and by no seed or
check document: the document's name and split (``dev-tuning``, or ``validation`` for batches
13-16) and the arcs' line numbers with the function they lie in — names and counts only, never
a line of any document.

Run: ``.venv/bin/python benchmarks/rule_reach.py [--jobs 2] [--json FILE] [--limit N]``
(``--limit N``: the first N corpus documents only, for a quick look). About a minute on two
cores.
"""

from __future__ import annotations

import argparse
import ast
import json
import multiprocessing
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
CORE = ROOT / "gui" / "core"
#: Batches read only by score (their lines are not read while rules are written).
VALIDATION = range(13, 17)
#: gui/core modules that are not the outline side: reading infrastructure, the script toggle,
#: entities, the library, notes. Every other top-level module and every module of formats/ is
#: measured (outline, headings, titles, 公文 header, furniture, site chrome, captions, lines).
NOT_OUTLINE = {
    "__init__", "annotated_report", "bounded_read", "compiled_patterns", "conversion_plan",
    "deferred_imports", "dictionary_match", "document", "entity_pass", "entity_preload",
    "entity_result", "entity_spans", "entity_warm_child", "files", "find", "loading",
    "offsets", "opencc_data", "paths", "phrase_matcher", "reading", "script", "script_views",
    "script_workers", "sqlite_transactions", "switch_interval", "variants", "worker_lifeline",
    "worker_pool",
}  # fmt: skip
SEED_DOCS: list[Path] = [ROOT / "resources" / "lanzhou-hi-tech-zone-2021.txt"] + sorted(
    p
    for p in (ROOT / "tests" / "data" / "formats").iterdir()
    if p.suffix in {".md", ".pdf", ".html"}
)
CHECK_SETS = ("outline_check", "outline_check2", "fields_check")
DOC_SUFFIXES = {".html", ".htm", ".md", ".txt", ".pdf", ".docx"}


def fresh_batches() -> set[int]:
    """FRESH_BATCHES of tests/conftest.py, read without importing the test suite."""
    tree = ast.parse((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(getattr(t, "id", None) == "FRESH_BATCHES" for t in targets) and node.value:
                return {int(b) for b in ast.literal_eval(node.value)}
    return set()


def corpus_documents(real: Path = REAL) -> list[tuple[str, Path]]:
    """(label, path) of every dev document of a scored batch: label ``dev-tuning:<name>`` or
    ``validation:<name>``. Held-out documents and fresh batches are never listed."""
    fresh = fresh_batches()
    rows = (real / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    out = []
    for row in rows[1:]:
        cells = dict(zip(header, row.split("\t"), strict=False))
        batch = int(cells.get("batch") or 1)
        if cells.get("split") != "dev" or batch in fresh:
            continue
        kind = "validation" if batch in VALIDATION else "dev-tuning"
        out.append((f"{kind}:{cells['file']}", real / cells["file"]))
    return sorted(out)


def reference_documents(real: Path = REAL) -> list[tuple[str, Path]]:
    """(label, path) of the seed report in its formats and of every check set's documents."""
    out = [(f"seed:{p.name}", p) for p in SEED_DOCS]
    for name in CHECK_SETS:
        folder = real / name
        if folder.is_dir():
            out += [
                (f"check:{name}/{p.name}", p)
                for p in sorted(folder.iterdir())
                if p.suffix in DOC_SUFFIXES and p.name != "README.md"
            ]
    return out


def outline_side(path: str) -> bool:
    p = Path(path)
    if p.parent == CORE / "formats":
        return True
    return p.parent == CORE and p.stem not in NOT_OUTLINE


def _measure(args: tuple[list[tuple[str, str]], str]) -> str:
    """Read ``docs`` under coverage (one context each) into the data file ``data``."""
    docs, data = args
    import coverage

    cov = coverage.Coverage(branch=True, data_file=data, source=[str(CORE)], config_file=False)
    cov.start()
    from gui.core.reading import read_document  # imported under measurement

    for label, path in docs:
        cov.switch_context(label)
        doc = read_document(Path(path))
        # What the scorers look at, so lazily built parts are reached too.
        _ = (doc.title, [s.heading for s in doc.sections], doc.furniture_spans())
        for name in ("number", "issuer", "date"):
            doc.header.get(name) if doc.header else None
    cov.switch_context("")
    cov.stop()
    cov.save()
    return data


def reach(
    docs: list[tuple[str, Path]], jobs: int = 2
) -> dict[str, dict[tuple[int, int], set[str]]]:
    """Module path → arc → the labels of the documents that reach it."""
    import coverage

    with tempfile.TemporaryDirectory(prefix="rule-reach-") as tmp:
        chunks = [
            ([(label, str(path)) for label, path in docs[i::jobs]], f"{tmp}/cov.{i}")
            for i in range(jobs)
        ]
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(jobs) as pool:
            files = pool.map(_measure, chunks)
        out: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
        for data_file in files:
            data = coverage.CoverageData(data_file)
            data.read()
            measured = [f for f in data.measured_files() if outline_side(f)]
            for label in data.measured_contexts():
                data.set_query_contexts([f"^{_escape(label)}$"])
                for f in measured:
                    for arc in data.arcs(f) or ():
                        out[f][arc].add(label or "<import>")  # (module code, run on import)
    return out


def _escape(label: str) -> str:
    import re

    return re.escape(label)


def possible_arcs(path: str) -> set[tuple[int, int]]:
    """The arcs coverage.py's parser finds in the module's code (what a report counts)."""
    from coverage.python import PythonParser

    parser = PythonParser(filename=path)
    parser.parse_source()
    return set(parser.arcs())


def _spans(lines: list[int]) -> str:
    """1,2,3,7 → "1-3,7"."""
    out: list[list[int]] = []
    for n in lines:
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ",".join(f"{a}-{b}" if a != b else str(a) for a, b in out)


def _function_at(path: str, line: int, cache: dict[str, list[tuple[int, int, str]]]) -> str:
    if path not in cache:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        cache[path] = [
            (n.lineno, n.end_lineno or n.lineno, n.name)
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
    inner = [(a, b, name) for a, b, name in cache[path] if a <= line <= b]
    return max(inner)[2] if inner else "<module>"


def unentered_functions(path: str, arcs: Iterable[tuple[int, int]]) -> list[str]:
    """The functions of a module whose body no measured document runs (candidates for dead
    code: a test may still call them)."""
    lines = {abs(n) for arc in arcs for n in arc}
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef):
            # (its docstring and nonlocal/global declarations are no traced line)
            body = [
                s
                for s in n.body
                if not isinstance(s, ast.Nonlocal | ast.Global)
                and not (isinstance(s, ast.Expr) and s is n.body[0])
            ]
            first = (body or n.body)[0].lineno
            if first not in lines:
                out.append(n.name)
    return sorted(out)


def single_document(
    reached: dict[str, dict[tuple[int, int], set[str]]],
) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Module → corpus document label → the arcs only that document reaches (none of the seed's
    or the check sets' documents reaching them)."""
    out: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for path, arcs in reached.items():
        for arc, labels in arcs.items():
            if len(labels) == 1:
                (label,) = labels
                if label.startswith(("dev-tuning:", "validation:")):
                    out[path][label].append(arc)
    return out


def report(reached, jobs_docs: int) -> dict:
    singles = single_document(reached)
    cache: dict[str, list[tuple[int, int, str]]] = {}
    modules = {}
    for path in sorted(reached):
        possible = possible_arcs(path)
        arcs = {arc: labels for arc, labels in reached[path].items() if arc in possible}
        name = str(Path(path).relative_to(ROOT))
        docs = {}
        for label, found in sorted(singles.get(path, {}).items()):
            found = [arc for arc in found if arc in possible]
            if not found:
                continue
            lines = sorted({abs(a) for arc in found for a in arc})
            funcs = sorted({_function_at(path, abs(a), cache) for arc in found for a in arc})
            docs[label] = {"arcs": len(found), "lines": lines, "functions": funcs}
        modules[name] = {
            "possible": len(possible),
            "reached": len(arcs),
            "single_document": sum(d["arcs"] for d in docs.values()),
            "documents": docs,
            "unentered": unentered_functions(path, reached[path]),
        }
    return {"documents": jobs_docs, "modules": modules}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the whole result here")
    args = ap.parse_args(argv)
    corpus = corpus_documents()[: args.limit]
    docs = corpus + reference_documents()
    result = report(reach(docs, args.jobs), len(docs))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    total = [0, 0, 0]
    print(f"{len(corpus)} corpus dev documents, {len(docs) - len(corpus)} seed/check documents")
    print(f"{'module':44} {'possible':>8} {'reached':>8} {'single':>7}")
    for name, row in result["modules"].items():
        total = [
            total[0] + row["possible"],
            total[1] + row["reached"],
            total[2] + row["single_document"],
        ]
        print(f"{name:44} {row['possible']:8} {row['reached']:8} {row['single_document']:7}")
        for label, d in row["documents"].items():
            where = ",".join(d["functions"])
            print(f"    {d['arcs']:3} {label}  lines {_spans(d['lines'])} in {where}")
    print(f"{'all':44} {total[0]:8} {total[1]:8} {total[2]:7}")
    unentered = {m: r["unentered"] for m, r in result["modules"].items() if r["unentered"]}
    print(f"functions no document enters: {sum(map(len, unentered.values()))}")
    for name, funcs in unentered.items():
        print(f"    {name}: {', '.join(funcs)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
