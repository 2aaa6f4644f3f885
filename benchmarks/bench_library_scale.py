"""Library scale figures against their baselines, interleaved in one run (issue 18).

Comparisons on a library already built by ``bench_library.py --keep DIR``:

* ``--search BEFORE AFTER``: the same queries (1–8 characters, cut from the texts) on two
  copies of one library, ``BEFORE`` with its texts stored whole and compressed (schema 2's
  form, as migrated: ``texts.form = 0``) and ``AFTER`` rewritten by
  ``Library.upgrade_texts()`` (plain pivot, text in blocks); round by round, query by query,
  alternating which goes first. Both must give the same answers (asserted). First page
  (20 reports with 5 hits each) and the count of matching reports, p95 and medians.
* ``--count DB``: on one library, the first page plus the count of matching reports as the
  window asks for it now (counting stops past 1,000: ``count_matches(bound=COUNT_BOUND)``)
  against the exact count it asked for before; query by query, alternating which goes first;
  the bounded count must equal the exact one up to the bound (asserted). ``--scan`` adds
  the baseline: the same answer from the stored texts without the index.
* ``--reindex DATA``: re-indexing one changed report as the window does it now (a job naming
  the changed file, as the folder watcher names it, sent to a warm ``report-reader-cli
  library serve``, from the job line to its summary) against what it sent before (a
  ``refresh`` job that compares every report with its file), alternating, a different
  report edited before each run; ``--process`` adds ``library refresh`` as a process.
* ``--throughput DATA``: first indexing with 2 worker processes, as the CLI runs it, against
  the same committing each report (the writer before session 9) and against this process
  alone, in turn; each run adds ``--batch-files`` new files of the same seeded sequence to
  the library in DATA (use a copy: it grows), so all index into a library of about the same
  size. Each prints the CPU of the writer and of its workers over the wall time (cores
  busy: the goal is close to 2 when nothing else runs).

11 runs each (``--runs``), the load average printed with each round, the goal beside the
median and p95. Prints the database size and the peak memory of this process and the
server.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_library import cli, load, p95, queries, scan_stored  # noqa: E402
from benchmarks.figures import row  # noqa: E402
from gui.core.library import Library, count_matches, search  # noqa: E402
from gui.core.library.search import COUNT_BOUND  # noqa: E402
from gui.core.library.tokens import units  # noqa: E402

SEARCH_GOAL = 0.100
REINDEX_GOAL = 1.0


def search_rounds(before: Path, after: Path, runs: int, scans: bool = False) -> None:
    old, new = Library(before), Library(after)
    forms = {
        name: dict(lib.query("SELECT form, COUNT(*) FROM texts GROUP BY form"))
        for name, lib in (("before", old), ("after", new))
    }
    print(f"Search: {before} (forms {forms['before']}) against {after} (forms {forms['after']})")
    asked = queries(new, random.Random(18))
    pages = {"before": [], "after": []}
    counted = {"before": [], "after": []}
    by_length = {(name, n): [] for name in pages for n in range(1, 9)}
    counted_by_query: dict[str, list[float]] = {q: [] for q in asked}
    for number in range(runs):
        for i, query in enumerate(asked):
            order = [("before", old), ("after", new)]
            if (number + i) % 2:
                order.reverse()
            answers = {}
            for name, library in order:
                began = time.perf_counter()
                page = search(library, query, limit=20, hits_per_report=5)
                shown = time.perf_counter() - began
                total = count_matches(library, query)
                pages[name].append(shown)
                counted[name].append(time.perf_counter() - began)
                if name == "after":
                    counted_by_query[query].append(counted[name][-1])
                by_length[name, len(units(query))].append(shown)
                answers[name] = (total, [(r.count, r.hits) for r in page])
            assert answers["before"] == answers["after"], query
        print(f"  round {number + 1}: {load()}", flush=True)
    for n in range(1, 9):
        print(f"  {n} character(s), first page median / p95: before "
              f"{statistics.median(by_length['before', n]) * 1000:6.1f} / "
              f"{p95(by_length['before', n]) * 1000:6.1f} ms, after "
              f"{statistics.median(by_length['after', n]) * 1000:6.1f} / "
              f"{p95(by_length['after', n]) * 1000:6.1f} ms")  # fmt: skip
    for name in ("before", "after"):
        print(f"  {name}: first page p95 {p95(pages[name]) * 1000:.1f} ms (median "
              f"{statistics.median(pages[name]) * 1000:.1f}); with the count p95 "
              f"{p95(counted[name]) * 1000:.1f} ms (median "
              f"{statistics.median(counted[name]) * 1000:.1f}); goal ≤ 100 ms; "
              f"{len(asked)} queries x {runs} rounds")  # fmt: skip
    if scans:
        scan_rounds(new, asked, counted_by_query)
    for path in (before, after):
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
        print(f"  database size {path}: {size / 1e6:,.0f} MB")
    old.close()
    new.close()


def count_rounds(db: Path, runs: int, scans: bool = False) -> None:
    library = Library(db)
    reports, chars = library.query("SELECT COUNT(*), SUM(chars) FROM reports")[0]
    print(f"Search with the count of matching reports: {db} ({reports:,} reports, {chars:,} "
          f"characters); exact count against counting up to {COUNT_BOUND:,}; {load()}")  # fmt: skip
    asked = queries(library, random.Random(18))
    pages: list[float] = []
    timed: dict[str, list[float]] = {"exact": [], "bounded": []}
    by_length = {(name, n): [] for name in ("page", *timed) for n in range(1, 9)}
    bounded_by_query: dict[str, list[float]] = {q: [] for q in asked}
    for number in range(runs):
        for i, query in enumerate(asked):
            n = len(units(query))
            order = ["exact", "bounded"] if (number + i) % 2 else ["bounded", "exact"]
            counts = {}
            for name in order:
                began = time.perf_counter()
                page = search(library, query, limit=20, hits_per_report=5)
                shown = time.perf_counter() - began
                if len(page) == 20:  # as the window: a page that is not full is the count
                    bound = COUNT_BOUND if name == "bounded" else None
                    counts[name] = count_matches(library, query, bound=bound)
                else:
                    counts[name] = len(page)
                elapsed = time.perf_counter() - began
                pages.append(shown)
                by_length["page", n].append(shown)
                timed[name].append(elapsed)
                by_length[name, n].append(elapsed)
                if name == "bounded":
                    bounded_by_query[query].append(elapsed)
            assert counts["bounded"] == min(counts["exact"], COUNT_BOUND + 1), query
        print(f"  round {number + 1}: {load()}", flush=True)
    for n in range(1, 9):
        print(f"  {n} character(s), median / p95 ms: first page "
              f"{statistics.median(by_length['page', n]) * 1000:6.1f} / "
              f"{p95(by_length['page', n]) * 1000:6.1f}; with the exact count "
              f"{statistics.median(by_length['exact', n]) * 1000:6.1f} / "
              f"{p95(by_length['exact', n]) * 1000:6.1f}; with the bounded count "
              f"{statistics.median(by_length['bounded', n]) * 1000:6.1f} / "
              f"{p95(by_length['bounded', n]) * 1000:6.1f}")  # fmt: skip
    print(f"  first page: p95 {p95(pages) * 1000:.1f} ms (median "
          f"{statistics.median(pages) * 1000:.1f}); {len(asked)} queries x {runs} rounds x 2")  # fmt: skip
    for name in ("exact", "bounded"):
        verdict = "ok" if p95(timed[name]) <= SEARCH_GOAL else "MISSED"
        print(f"  with the {name} count: p95 {p95(timed[name]) * 1000:.1f} ms (median "
              f"{statistics.median(timed[name]) * 1000:.1f}); goal ≤ 100 ms: {verdict}")  # fmt: skip
    if scans:
        scan_rounds(library, asked, bounded_by_query)
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"  database size: {size / 1e6:,.0f} MB; {load()}")
    library.close()


def scan_rounds(library: Library, asked: list[str], timed: dict[str, list[float]]) -> None:
    """The issue's baseline: the same answer from the stored texts without the index (each
    report's pivot read and searched with ``str.find``), one query of each length, against
    that query's median search with its count."""
    from gui.core.script import to_pivot

    ratios = []
    for n in range(1, 9):
        query = next(q for q in asked if len(units(q)) == n)
        began = time.perf_counter()
        matching, _ = scan_stored(library, to_pivot(query)[0])
        scanned = time.perf_counter() - began
        indexed = statistics.median(timed[query])
        ratios.append(scanned / indexed)
        print(f"  scan of the stored texts, {n} character(s) ({matching:,} reports): "
              f"{scanned * 1000:,.0f} ms, search with the count {indexed * 1000:.1f} ms: "
              f"{ratios[-1]:.0f}x; {load()}", flush=True)  # fmt: skip
    print(f"  scan ÷ search, median of {len(ratios)} queries: {statistics.median(ratios):.0f}x "
          f"(lowest {min(ratios):.1f}x); goal ≥ 100x")  # fmt: skip


def reindex_rounds(data: Path, runs: int, process: bool = False) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    server = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "--data-dir", str(data), "library", "serve"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO,
    )  # fmt: skip
    began = time.perf_counter()
    assert json.loads(server.stdout.readline()) == {"ready": True}
    print(f"Re-index one changed report, {data}: the server was ready "
          f"{time.perf_counter() - began:.2f} s after its start; {load()}")  # fmt: skip
    with Library(data / "library.sqlite3") as library:
        files = [Path(r.path) for r in library.reports() if r.state == "ok"]
    print(f"  {len(files):,} reports")
    rng = random.Random(7)
    times: dict[str, list[float]] = {"named": [], "full": [], "process": []}
    ways = ["named", "full", *(["process"] if process else [])]
    for number in range(runs):
        for way in ways if number % 2 == 0 else reversed(ways):
            changed = rng.choice(files)
            with changed.open("a", encoding="utf-8") as out:
                out.write(f"修订第{number}次（{way}）：新增一段文字。\n")
            began = time.perf_counter()
            if way == "process":
                times[way].append(cli(data, "library", "refresh", "--workers", "1")[0])
                continue
            job: dict = {"job": "refresh"}
            if way == "named":
                job["paths"] = [str(changed)]
            server.stdin.write(json.dumps(job) + "\n")
            server.stdin.flush()
            while "indexed" not in (line := json.loads(server.stdout.readline())):
                assert "error" not in line, line
            times[way].append(time.perf_counter() - began)
            assert line["indexed"] == 1, line
        print(f"  run {number + 1}: "
              + ", ".join(f"{w} {times[w][-1] * 1000:.0f} ms" for w in ways)
              + f"; {load()}", flush=True)  # fmt: skip
    server.stdin.close()
    server.wait(60)
    print(row("a job naming the changed file (the window now)", times["named"], goal=REINDEX_GOAL))
    print(row("before: a refresh job comparing every file", times["full"], goal=REINDEX_GOAL))
    if process:
        print(row("the CLI refresh as a process, start to exit", times["process"]))
    print(f"  peak memory of the server and CLI processes: "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MB")  # fmt: skip


#: First indexing's variants, run in turn each round: 2 workers writing 0.5 s batches, the
#: CLI's way (2 workers, ``COMMIT_SECONDS``: a commit per report), and one process alone.
THROUGHPUT_VARIANTS = (
    ("2 workers, 0.5 s batches", 2, 0.5),
    ("2 workers, a commit per report", 2, None),
    ("1 process", 1, None),
)


def throughput_rounds(data: Path, runs: int, files: int) -> None:
    from benchmarks.bench_library import make_library
    from gui.core.library.index_pass import COMMIT_SECONDS

    db = data / "library.sqlite3"
    with Library(db) as library:
        have = library.query("SELECT COUNT(*) FROM reports")[0][0]
    print(f"First indexing, {files} new files a run into {db} ({have:,} reports), without the "
          f"entity index; variants in turn: {', '.join(v[0] for v in THROUGHPUT_VARIANTS)}; "
          f"CPU of the writer (this process) and of its workers over the wall time; "
          f"{load()}")  # fmt: skip
    rates: dict[str, list[float]] = {v[0]: [] for v in THROUGHPUT_VARIANTS}
    cores: dict[str, list[float]] = {v[0]: [] for v in THROUGHPUT_VARIANTS}
    writer: dict[str, list[float]] = {v[0]: [] for v in THROUGHPUT_VARIANTS}
    for number in range(runs):
        turn = THROUGHPUT_VARIANTS[number % 3 :] + THROUGHPUT_VARIANTS[: number % 3]
        line = []
        for name, workers, seconds in turn:
            folder = data.parent / f"throughput-{number}-{workers}-{seconds}"
            chars = make_library(folder, have + files, 20_000, start=have)
            me = resource.getrusage(resource.RUSAGE_SELF)
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            began = time.perf_counter()
            with Library(db) as library:
                library.add([folder])
                summary = library.index(
                    workers=workers,
                    entities=False,
                    commit_seconds=COMMIT_SECONDS if seconds is None else seconds,
                )
            elapsed = time.perf_counter() - began
            assert summary.indexed == files, summary
            mine = _cpu(resource.RUSAGE_SELF, me)
            theirs = _cpu(resource.RUSAGE_CHILDREN, kids)
            rates[name].append(chars / elapsed / 1e6)
            cores[name].append((mine + theirs) / elapsed)
            writer[name].append(mine / elapsed)
            have += files
            line.append(f"{name} {rates[name][-1]:.3f} M chars/s, {cores[name][-1]:.2f} cores "
                        f"(writer {mine:.1f} CPU-s, workers {theirs:.1f})")  # fmt: skip
        print(f"  run {number + 1}: {'; '.join(line)}; {load()}", flush=True)
    for name, values in rates.items():
        print(f"  {name}: median {statistics.median(values):.3f} M chars/s (min "
              f"{min(values):.3f}, max {max(values):.3f}, n={len(values)}); cores busy median "
              f"{statistics.median(cores[name]):.2f} of 2 (writer "
              f"{statistics.median(writer[name]):.2f})")  # fmt: skip
    batched, per_report, alone = (statistics.median(rates[v[0]]) for v in THROUGHPUT_VARIANTS)
    print(f"  2 workers ÷ 1 process: {per_report / alone:.2f}x; batched ÷ a commit per report: "
          f"{batched / per_report:.2f}x; {load()}")  # fmt: skip
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  peak memory of a worker process: {worker_peak:,.0f} MB; database "
          f"{db.stat().st_size / 1e6:,.0f} MB for {have:,} reports")  # fmt: skip


def _cpu(who: int, before: resource.struct_rusage) -> float:
    """CPU seconds (user + system) of ``who`` since ``before``."""
    now = resource.getrusage(who)
    return max(0.0, now.ru_utime + now.ru_stime - before.ru_utime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--search", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--count", type=Path, metavar="DB")
    parser.add_argument("--reindex", type=Path, metavar="DATA")
    parser.add_argument("--throughput", type=Path, metavar="DATA")
    parser.add_argument("--batch-files", type=int, default=100)
    parser.add_argument(
        "--process", action="store_true", help="with --reindex: also the CLI as a process"
    )
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument(
        "--scan", action="store_true", help="with --search / --count: also the scan baseline"
    )
    args = parser.parse_args()
    if args.search:
        search_rounds(*args.search, args.runs, args.scan)
    if args.count:
        count_rounds(args.count, args.runs, args.scan)
    if args.reindex:
        reindex_rounds(args.reindex, args.runs, args.process)
    if args.throughput:
        throughput_rounds(args.throughput, args.runs, args.batch_files)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {peak:,.0f} MB; {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
