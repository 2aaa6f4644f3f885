"""How often a short line set alone between real paragraphs becomes a heading.

Each line given is set alone in every dev plain-text document of ``tests/data/real`` (its
split.tsv; not the fresh batches of tests/conftest.py ``FRESH_BATCHES``), before the first
body paragraph (a line over 60 characters with a 。), before the
middle one and after the last; a document's own headings are compared with and without it.
Used in docs/history/outline-log.md (round 7) for forms that must never head a section (a person's name
alone, a table of contents' label) and, as a control, for real subheads of dev documents.

Run: ``.venv/bin/python benchmarks/insert_short_lines.py [--root CHECKOUT] LINE[,LINE…]``
(``--root``: score another checkout's code, e.g. a worktree of the base commit).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stress_outline import fresh_batches  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lines", help="comma-separated lines to set alone")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root))
    from gui.core.reading import document_from_text

    real = root / "tests" / "data" / "real"
    rows = [
        ln.rstrip("\n").split("\t")
        for ln in (real / "split.tsv").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("file")
    ]

    def headings(text: str) -> list[str]:
        return [s.heading for s in document_from_text(text).sections if s.heading]

    # The fresh batches (tests/conftest.py FRESH_BATCHES) are opened by nobody until the lead
    # scores them.
    fresh = fresh_batches(root)
    tries = became = documents = 0
    for name, _kind, split, *rest in rows:
        if split != "dev" or not name.endswith(".txt") or (rest and rest[0].strip() in fresh):
            continue
        lines = (real / name).read_text(encoding="utf-8").split("\n")
        body = [i for i, ln in enumerate(lines) if len(ln.strip()) > 60 and "。" in ln]
        if not body:
            continue
        documents += 1
        before = headings("\n".join(lines))
        for line in args.lines.split(","):
            key = "".join(line.split())
            for at in sorted({body[0], body[len(body) // 2], body[-1] + 1}):
                tries += 1
                found = headings("\n".join(lines[:at] + [line] + lines[at:]))
                became += any(key in "".join(h.split()) for h in found if h not in before)
    print(f"{documents} documents: {became} of {tries} insertions became headings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
