"""Does this tree's ``analyze --json`` print the very bytes another tree's does? (session 20)

    .venv/bin/python benchmarks/analyze_identity.py [--base REV] [--huge FILE] [--jobs 2]

A change made for speed must change no output. This runs ``analyze --json`` on every
document of ``tests/data/real`` (each file as it is, and each gold's ``text`` as a .txt),
the bundled report, and (``--huge``) the hostile 10 MB single line, once with this tree's
``gui/`` and once with ``REV``'s (default ``main``, exported with ``git archive`` to a
temporary folder), and compares the outputs (stdout, stderr and exit status) byte for byte.
When main has moved on since the branch started, compare with the branch's start:
``--base $(git merge-base main HEAD)``.

Only the names of differing *dev* documents are printed: held-out documents and the check
sets are counted, never named, their outputs never shown (the corpus's honesty rules); the
documents of a fresh batch (``tests/conftest.py``'s ``FRESH_BATCHES``) are not run at all. The
small cases run in one process per tree through ``gui.cli.main`` (the CLI's own path to
stdout); the 10 MB file runs as the real command.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO / "tests" / "data" / "real"
DEFAULT_REPORT = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
DOCUMENT_SUFFIXES = {".txt", ".html", ".md", ".docx", ".pdf"}


def fresh_batches() -> tuple[str, ...]:
    """``tests/conftest.py``'s ``FRESH_BATCHES``, read without importing the suite."""
    tree = ast.parse((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "FRESH_BATCHES" for t in targets):
                return tuple(ast.literal_eval(node.value)) if node.value else ()
    return ()


def cases(folder: Path) -> list[tuple[str, str, Path]]:
    """(name, kind, path): kind is ``dev`` for a dev document of split.tsv, ``other`` for the
    rest (held-out documents, the check sets: never named). A fresh batch's files are left
    out, their gold too."""
    split = {}
    fresh = set()
    with (REAL / "split.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            split[row["file"]] = row["split"]
            if row["batch"] in fresh_batches():
                fresh.add(row["file"])
    out = [("default report", "dev", DEFAULT_REPORT)]
    for path in sorted(REAL.rglob("*")):
        if path.suffix not in DOCUMENT_SUFFIXES or path.name.startswith("README"):
            continue
        if path.parent == REAL and (path.name in fresh or path.name not in split):
            continue  # a fresh batch's document, or one not in the split yet
        kind = "dev" if path.parent == REAL and split.get(path.name) == "dev" else "other"
        out.append((str(path.relative_to(REAL)), kind, path))
    for gold in sorted(REAL.rglob("gold/*.json")):
        if gold.parent == REAL / "gold" and gold.with_suffix("").name not in {
            Path(name).stem for name in split.keys() - fresh
        }:
            continue  # (checked by its name before it is opened)
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str):
            continue
        txt = folder / "gold-text" / gold.relative_to(REAL).with_suffix(".txt")
        txt.parent.mkdir(parents=True, exist_ok=True)
        txt.write_text(text, encoding="utf-8")
        name = data.get("file", "")
        kind = "dev" if gold.parent == REAL / "gold" and split.get(name) == "dev" else "other"
        out.append((f"gold text of {gold.relative_to(REAL)}", kind, txt))
    return out


def worker(listing: Path, data_dir: Path, out: Path) -> None:
    """In a tree (cwd on sys.path): run the CLI on each listed file, write digests."""
    sys.path.insert(0, os.getcwd())
    from gui.cli import main

    digests = {}
    for path in json.loads(listing.read_text(encoding="utf-8")):
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = main(["--data-dir", str(data_dir), "analyze", path, "--json"])
        blob = f"{status}\0{stdout.getvalue()}\0{stderr.getvalue()}".encode()
        digests[path] = hashlib.sha256(blob).hexdigest()
    out.write_text(json.dumps(digests), encoding="utf-8")


def run_tree(tree: Path, listing: Path, folder: Path, label: str) -> dict[str, str]:
    data_dir = folder / f"data-{label}"
    data_dir.mkdir(exist_ok=True)
    out = folder / f"digests-{label}.json"
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            str(listing),
            str(data_dir),
            str(out),
        ],
        cwd=tree,
        check=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def huge_digest(tree: Path, path: Path, folder: Path, label: str) -> str:
    data_dir = folder / f"data-huge-{label}"
    data_dir.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui.cli",
            "--data-dir",
            str(data_dir),
            "analyze",
            str(path),
            "--json",
        ],
        cwd=tree,
        capture_output=True,
        check=False,
    )
    blob = f"{done.returncode}\0".encode() + done.stdout + b"\0" + done.stderr
    return hashlib.sha256(blob).hexdigest()


def export(rev: str, folder: Path) -> Path:
    """``rev``'s gui/ and resources/ in a folder of their own."""
    tree = folder / "base"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "gui", "resources"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    return tree


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        worker(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="the revision to compare with")
    parser.add_argument("--huge", type=Path, help="also the 10 MB single line, as the command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="analyze-identity-") as tmp:
        folder = Path(tmp)
        base = export(args.base, folder)
        listed = cases(folder)
        listing = folder / "listing.json"
        listing.write_text(json.dumps([str(p) for _n, _k, p in listed]), encoding="utf-8")
        ours = run_tree(REPO, listing, folder, "branch")
        theirs = run_tree(base, listing, folder, "base")
        differ = [(n, k) for n, k, p in listed if ours[str(p)] != theirs[str(p)]]
        if args.huge:
            same = huge_digest(REPO, args.huge, folder, "branch") == huge_digest(
                base, args.huge, folder, "base"
            )
            print(f"10 MB file {args.huge.name}: {'identical' if same else 'DIFFERS'}")
            if not same:
                differ.append(("10 MB file", "dev"))
    dev = [n for n, k in differ if k == "dev"]
    others = sum(1 for _n, k in differ if k != "dev")
    print(f"{len(listed)} cases against {args.base}: {len(listed) - len(differ)} identical")
    for name in dev:
        print(f"  differs: {name}")
    if others:
        print(f"  {others} held-out or check-set case(s) differ (not named)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
