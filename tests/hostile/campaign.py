"""The hostile-input campaign of docs/hostile-input.md: every case in a child process, counted.

    python tests/hostile/campaign.py [--json OUT.json]

Each case runs the real CLI or the real window (offscreen) on input made by
``make_corpus``; a case is a *hang* when it has not ended after :data:`HANG_SECONDS` (the
window cases are expected to stay up and are judged otherwise), *over 1 GB* by its peak
resident memory, a *crash* when a signal ended it, a *traceback* when one reached the user
(stderr of the CLI; the window's error dialog, which logs one to the data folder), and
*notes lost* when fewer notes can be read after the case than before. ``HOSTILE_APP_ROOT``
points it at another checkout (the figures "before" come from the commit before #17).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from campaign_cases import CASES, EXPECT, Result, result_of  # noqa: E402


def run_campaign(selected: str = "") -> list[Result]:
    """Run the cases whose names contain one of the ``|``-separated parts of ``selected``
    (all when empty), printing one line per case on stderr."""
    results = []
    for name, group, case in CASES:
        if selected and not any(part in name for part in selected.split("|")):
            continue
        with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
            result = case(Path(folder))
        if result is None:
            print(f"SKIP {name} (needs root)", file=sys.stderr)
            continue
        if not isinstance(result, Result):
            output = (result.stdout + result.stderr).decode(errors="replace")
            result = result_of(result, name, group)
            result.wrong = bool(EXPECT.get(name)) and EXPECT[name] not in output
        elif result.answer.startswith("misleading"):
            result.wrong = True
        result.case, result.group = name, group
        results.append(result)
        flags = [k for k in ("crashed", "hung", "traceback") if getattr(result, k)]
        flags += [f"{result.peak_mb} MB"] if result.peak_mb > 1024 else []
        flags += [f"{result.notes_lost} notes lost"] if result.notes_lost else []
        flags += ["wrong"] if result.wrong else []
        print(f"{name}: {result.seconds:.1f} s ({result.cpu_seconds:.1f} s CPU), "
              f"{result.peak_mb} MB {' '.join(flags)}"
              f" — {result.answer[:100]}", file=sys.stderr, flush=True)  # fmt: skip
    return results


def totals(results: list[Result]) -> dict:
    return {
        "cases": len(results),
        "crashes": sum(r.crashed for r in results),
        "hangs": sum(r.hung for r in results),
        "over 1 GB": sum(r.peak_mb > 1024 for r in results),
        "tracebacks shown": sum(r.traceback for r in results),
        "notes lost": sum(r.notes_lost for r in results),
        "wrong or misleading answers": sum(r.wrong for r in results),
        "over 10 s": sum(r.seconds > 10 for r in results),
        "over 10 s of CPU": sum(r.cpu_seconds > 10 for r in results),
        "over 500 MB": sum(r.peak_mb > 500 for r in results),
    }


def _verdict(r: dict) -> str:
    words = [
        w
        for w, flag in (
            ("crash", r["crashed"]),
            ("hang", r["hung"]),
            ("traceback", r["traceback"]),
            ("wrong", r.get("wrong")),
        )
        if flag
    ]
    words += [f"{r['notes_lost']} notes lost"] if r["notes_lost"] else []
    words += ["> 1 GB"] if r["peak_mb"] > 1024 else []
    return ", ".join(words) or "ok"  # fmt: skip


def compare(before_path: str, after_path: str) -> str:
    """A Markdown table of two campaign runs (``--json`` files), case by case."""
    before = {r["case"]: r for r in json.loads(Path(before_path).read_text())["results"]}
    after = json.loads(Path(after_path).read_text())["results"]
    lines = [
        "| case | before | after | after: s (CPU s), MB | answer now |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in after:
        old = before.get(r["case"])
        was = f"{_verdict(old)} ({old['seconds']:.1f} s, {old['peak_mb']} MB)" if old else "–"
        answer = r["answer"].replace("|", "\\|").replace("report-reader-cli: ", "")
        answer = re.sub(r"/tmp/hostile-[^/ ]+", "…", answer)[:110]
        lines.append(f"| {r['case']} | {was} | {_verdict(r)} | {r['seconds']:.1f} "
                     f"({r.get('cpu_seconds', 0):.1f}), {r['peak_mb']} | {answer} |")  # fmt: skip
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"),
                        help="print a Markdown table of two --json runs and exit")  # fmt: skip
    parser.add_argument(
        "--only", default="", help="run the cases whose name contains one of these (A|B|…)"
    )
    args = parser.parse_args()
    if args.compare:
        print(compare(*args.compare))
        return 0
    results = run_campaign(args.only)
    summary = totals(results)
    print(json.dumps(summary))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"totals": summary, "results": [asdict(r) for r in results]},
                indent=1,
                ensure_ascii=False,
            )  # fmt: skip
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
