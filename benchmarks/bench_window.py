"""Reader window benchmarks (issues 3 and 11): launches seen from outside, sessions watched
from process start to the end.

Run from the repository root (needs Xvfb; ``.ci/bootstrap`` installs it):

    .venv/bin/python benchmarks/bench_window.py [--runs 11] [--only launch|large|huge]

Every launch is a fresh process on a private X server, timed from the moment it is started to
the report's text on screen, seen in the window's pixels (``screen.py``); its memory is the
peak of the PSS summed over it and every process it started (the entity recogniser's worker
too). The baseline, launched alternately with the app in the same run, is a bare
``QTextBrowser`` showing the same file (``bare_window.py``). Figures are min / median / max of
``--runs``; goals are judged on the median.

(a) *launch*: the bundled report; app / bare ≤ 2.0×.
(b) *large*: a generated 1,000,000-character report at a real section density (~7,300
    sections, ``large_report.py``) with 1,000 notes in the store and entities on. Launch → text
    on screen ≤ 2× bare; everything shown (outline, notes, entities) ≤ 5 s from process start;
    five script toggles (繁 臺 简 港 原文), each converted in full ≤ 3 s after it is chosen; then
    another report opened ≤ 1 s; no UI stall over 100 ms in any of it (``app_session.py`` ticks
    a 5 ms timer on the UI thread for the whole session).
(c) *huge*: ~3,500,000 characters (10 MB of UTF-8); no stall over 200 ms while it opens and
    everything is shown; peak memory of all processes ≤ 600 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from figures import row

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
REPORT = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
NOTES = 1000


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["REPORT_READER_DATA_DIR"] = str(data)
    env["XDG_CONFIG_HOME"] = str(data / "config")
    # An installed app runs from compiled bytecode; a shell with PYTHONDONTWRITEBYTECODE would
    # make every launch recompile the app's own modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _session(output: str) -> dict:
    for line in output.splitlines():
        if line.startswith("SESSION "):
            return json.loads(line[len("SESSION ") :])
    raise RuntimeError(f"the session did not finish:\n{output[-3000:]}")


def _ended(proc) -> bool:
    """Watch until the session child has printed and ended (not a fixed settle time)."""
    return proc.poll() is not None


def bare_cmd(path: Path) -> list[str]:
    return [sys.executable, str(HERE / "bare_window.py"), str(path)]


def bench_launch(watch, runs: int, tmp: Path) -> dict[str, list[float]]:
    """The bundled report: the app (fresh data dir each time) and the bare browser."""
    out: dict[str, list[float]] = {"app": [], "bare": [], "app_mb": [], "bare_mb": []}
    for n in range(runs + 1):  # round 0 warms the disk cache, not counted
        data = tmp / f"launch-{n}"
        app = [sys.executable, "-m", "gui.app", "--data-dir", str(data)]
        for name, cmd in (("app", app), ("bare", bare_cmd(REPORT))):
            run = watch.launch(cmd, _env(data), settle=1.0)
            if run.text_on_screen is None:
                raise RuntimeError(f"{name}: no text on screen\n{run.output[-2000:]}")
            if n:
                out[name].append(run.text_on_screen)
                out[f"{name}_mb"].append(run.peak_pss_mb)
    return out


def bench_session(
    watch, runs: int, tmp: Path, report: Path, toggles: bool, timeout: float
) -> tuple[dict[str, list[float]], list[dict]]:
    """``runs`` rounds of: the app's whole session on ``report`` (1,000 notes in its store),
    then the bare browser showing ``report``."""
    from large_report import add_notes

    seeded = tmp / "seeded"
    if not seeded.exists():
        add_notes(report, seeded, NOTES)
    out: dict[str, list[float]] = {"app": [], "bare": [], "app_mb": [], "bare_mb": []}
    sessions = []
    for n in range(runs + 1):
        data = tmp / f"session-{report.stem}-{n}"
        shutil.copytree(seeded, data)  # the same store, fresh settings, every run
        app = [
            sys.executable,
            str(HERE / "app_session.py"),
            str(report),
            "--data-dir",
            str(data),
            "--notes",
            str(NOTES),
            "--switch-to",
            str(REPORT),
        ] + (["--toggles"] if toggles else [])
        run = watch.launch(app, _env(data), until=_ended, timeout=timeout)
        session = _session(run.output)
        bare = watch.launch(bare_cmd(report), _env(data), settle=1.0, timeout=timeout)
        if run.text_on_screen is None or bare.text_on_screen is None:
            raise RuntimeError(f"no text on screen\n{run.output[-2000:]}{bare.output[-2000:]}")
        if n == 0 and runs > 0:
            continue  # warms the disk cache and the bytecode
        out["app"].append(run.text_on_screen)
        out["bare"].append(bare.text_on_screen)
        out["app_mb"].append(run.peak_pss_mb)
        out["bare_mb"].append(bare.peak_pss_mb)
        sessions.append(session)
        print(f"    run {n}: {json.dumps(session)}", flush=True)
    return out, sessions


def _ratio_line(app: list[float], bare: list[float], goal: float) -> str:
    ratio = statistics.median(app) / statistics.median(bare)
    verdict = "ok" if ratio <= goal else "MISSED"
    return f"  {'ratio of medians app / bare':<48} {ratio:8.2f} ×  goal ≤ {goal}×: {verdict}"


def print_launch(watch, runs: int, tmp: Path) -> None:
    got = bench_launch(watch, runs, tmp)
    print(f"(a) launch → bundled report on screen, {runs} interleaved runs, from outside (Xvfb)")
    print(row("report-reader", got["app"]))
    print(row("bare QTextBrowser, same file", got["bare"]))
    print(_ratio_line(got["app"], got["bare"], 2.0))
    print(row("peak memory, all processes: report-reader", got["app_mb"], "MB"))
    print(row("peak memory: bare QTextBrowser", got["bare_mb"], "MB"))


def _stall_rows(sessions: list[dict], goal: float) -> list[str]:
    phases: list[str] = []
    for s in sessions:
        phases += [p for p in s["stalls"] if p not in phases]
    lines = []
    for phase in phases:
        values = [s["stalls"][phase] for s in sessions if phase in s["stalls"]]
        lines.append(row(f"    longest stall: {phase}", values, "s", goal))
    worst = [max(s["stalls"].values()) for s in sessions]
    lines.insert(0, row("longest UI stall, whole session", worst, "s", goal))
    return lines


def print_large(watch, runs: int, tmp: Path, chars: int) -> None:
    from large_report import build_large_report

    report = tmp / "large-report.txt"
    report.write_text(build_large_report(chars), encoding="utf-8")
    got, sessions = bench_session(watch, runs, tmp, report, toggles=True, timeout=600)
    first = sessions[0]
    print(
        f"(b) {first['chars']:,} characters, {first['sections']:,} sections, "
        f"{first['notes']:,} notes, {first['entities']:,} entities; {runs} interleaved runs"
    )
    print(row("launch → text on screen (outside)", got["app"]))
    print(row("bare QTextBrowser, same file", got["bare"]))
    print(_ratio_line(got["app"], got["bare"], 2.0))
    shown = [s["everything_shown"] for s in sessions]
    print(row("process start → outline, notes, entities shown", shown, "s", 5.0))
    for script in ("hant", "tw", "hans", "hk", "original"):
        print(row(f"toggle to {script}: visible text", [s["toggles"][script] for s in sessions]))
        print(
            row(
                f"toggle to {script}: whole document converted",
                [s["converted"][script] for s in sessions],
                "s",
                3.0,
            )
        )
    switch = [s["switch_shown"] for s in sessions]
    print(row("then the bundled report opened → all shown", switch, "s", 1.0))
    for line in _stall_rows(sessions, 0.100):
        print(line)
    print(row("peak memory, all processes: report-reader", got["app_mb"], "MB"))
    print(row("peak memory: bare QTextBrowser", got["bare_mb"], "MB"))


def print_huge(watch, runs: int, tmp: Path, chars: int) -> None:
    from large_report import build_large_report

    report = tmp / "huge-report.txt"
    report.write_text(build_large_report(chars, seed=13), encoding="utf-8")
    size_mb = report.stat().st_size / 1e6
    got, sessions = bench_session(watch, runs, tmp, report, toggles=False, timeout=900)
    print(
        f"(c) {sessions[0]['chars']:,} characters ({size_mb:.1f} MB), "
        f"{sessions[0]['sections']:,} sections, {NOTES:,} notes; {runs} interleaved runs"
    )
    print(row("launch → text on screen (outside)", got["app"]))
    print(row("bare QTextBrowser, same file", got["bare"]))
    shown = [s["everything_shown"] for s in sessions]
    print(row("process start → outline, notes, entities shown", shown, "s"))
    for line in _stall_rows(sessions, 0.200):
        print(line)
    print(row("peak memory, all processes: report-reader", got["app_mb"], "MB", 600))
    print(row("peak memory: bare QTextBrowser", got["bare_mb"], "MB"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="interleaved runs of each")
    parser.add_argument("--huge-runs", type=int, default=3, help="runs of (c), the 10 MB one")
    parser.add_argument("--chars", type=int, default=1_000_000, help="size of (b)")
    parser.add_argument("--huge-chars", type=int, default=3_500_000, help="size of (c)")
    parser.add_argument("--only", choices=("launch", "large", "huge"), help="run one part")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from screen import ScreenWatch, Xvfb

    print(
        f"Reader window benchmarks (Xvfb, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)"
    )
    with tempfile.TemporaryDirectory(prefix="bench-window-") as name:
        tmp = Path(name)
        with Xvfb() as display, ScreenWatch(display) as watch:
            if args.only in (None, "launch"):
                print_launch(watch, args.runs, tmp)
            if args.only in (None, "large"):
                print_large(watch, args.runs, tmp, args.chars)
            if args.only in (None, "huge"):
                print_huge(watch, args.huge_runs, tmp, args.huge_chars)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
