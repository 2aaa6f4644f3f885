"""Size and start-up of the frozen app against a bare frozen text browser showing the same report.

    .venv/bin/python benchmarks/bench_frozen.py [--rebuild] [--runs 11] [--json]

Builds (or reuses, when newer than its sources) ``dist/report-reader`` from ``build.spec`` and the
bare window from ``benchmarks/bare_window.spec`` (into ``build/bench/``), then prints the size of
each onedir and of its ``.tar.gz``, and the time from launch to the report's text on screen,
seen from outside on a private Xvfb (``benchmarks/screen.py``: the window's pixels; the binary
carries no probe), against a bare ``QTextBrowser`` showing the same file. One round warms the
disk cache, then ``--runs`` interleaved rounds; min/median/max printed, medians compared, and
the peak memory of each launch's processes. Goals (issue 6): onedir ≤ 120 MB, tar.gz ≤ 50 MB
(taken as MiB, as du shows them), start-up ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from figures import row

REPO = Path(__file__).resolve().parents[1]
REPORT = "lanzhou-hi-tech-zone-2021.txt"
APP_DIR = REPO / "dist" / "report-reader"
BENCH = REPO / "build" / "bench"
BARE_DIR = BENCH / "dist" / "bare-window"
GOAL_ONEDIR_MIB = 120.0
GOAL_TARGZ_MIB = 50.0
GOAL_RATIO = 1.5
MIB = 1024 * 1024  # sizes in MiB, as du -sh shows them


def pyinstaller(spec: Path, distpath: Path | None = None, workpath: Path | None = None) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", str(spec)]
    if distpath is not None:
        cmd += ["--distpath", str(distpath)]
    if workpath is not None:
        cmd += ["--workpath", str(workpath)]
    env = dict(os.environ)
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(REPO / "build" / "pyinstaller-cache"))
    subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL, env=env)


def _stale(exe: Path, *sources: Path) -> bool:
    """Whether ``exe`` is missing or older than any file under ``sources``."""
    if not exe.exists():
        return True
    built = exe.stat().st_mtime
    for source in sources:
        files = source.rglob("*") if source.is_dir() else [source]
        if any(f.is_file() and f.stat().st_mtime > built for f in files):
            return True
    return False


def build_app(rebuild: bool = False) -> Path:
    sources = (REPO / "build.spec", REPO / "freeze", REPO / "gui", REPO / "resources")
    if rebuild or _stale(APP_DIR / "report-reader", *sources):
        pyinstaller(REPO / "build.spec")
    return APP_DIR


def build_bare(rebuild: bool = False) -> Path:
    sources = (REPO / "benchmarks" / "bare_window.py", REPO / "benchmarks" / "bare_window.spec")
    if rebuild or _stale(BARE_DIR / "bare-window", *sources):
        pyinstaller(REPO / "benchmarks" / "bare_window.spec", BENCH / "dist", BENCH / "work")
    return BARE_DIR


def dir_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symlinks not followed nor counted)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def targz_size(folder: Path) -> int:
    """Size of ``folder`` as a .tar.gz (gzip level 6, as ``tar czf`` makes it)."""
    BENCH.mkdir(parents=True, exist_ok=True)
    archive = BENCH / f"{folder.name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


def measure(runs: int, rebuild: bool) -> dict:
    """Both onedirs' sizes, and ``runs`` interleaved launches of each → text on screen under
    a private Xvfb (``screen.py``), with the peak memory of each launch's processes."""
    from screen import ScreenWatch, Xvfb

    app_dir, bare_dir = build_app(rebuild), build_bare(rebuild)
    commands = {
        "app": [str(app_dir / "report-reader")],
        # The same report the app shows first, in a bare QTextBrowser.
        "bare": [str(bare_dir / "bare-window"), str(REPO / "resources" / REPORT)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        with Xvfb() as display, ScreenWatch(display) as watch:
            for n in range(runs + 1):  # the first round warms the disk cache, not counted
                for name, cmd in commands.items():
                    data = Path(tmp) / f"{name}-{n}"  # fresh settings and notes every launch
                    env = dict(os.environ, REPORT_READER_DATA_DIR=str(data))
                    env["XDG_CONFIG_HOME"] = str(data)
                    run = watch.launch(cmd, env, settle=1.0)
                    if run.text_on_screen is None:
                        raise RuntimeError(f"{name}: no text on screen\n{run.output[-2000:]}")
                    if n:
                        times[name].append(run.text_on_screen)
                        memory[name].append(run.peak_pss_mb)
    ratio = statistics.median(times["app"]) / statistics.median(times["bare"])
    return {
        "platform": "xcb (Xvfb), timed from outside",
        "runs": runs,
        "app": {
            "onedir_bytes": dir_size(app_dir),
            "targz_bytes": targz_size(app_dir),
            "text_on_screen_s": [round(t, 3) for t in times["app"]],
            "peak_pss_mb": [round(m, 1) for m in memory["app"]],
        },
        "bare": {
            "onedir_bytes": dir_size(bare_dir),
            "targz_bytes": targz_size(bare_dir),
            "text_on_screen_s": [round(t, 3) for t in times["bare"]],
            "peak_pss_mb": [round(m, 1) for m in memory["bare"]],
        },
        "ratio_of_medians": round(ratio, 3),
        "goals": {"onedir_mib": GOAL_ONEDIR_MIB, "targz_mib": GOAL_TARGZ_MIB, "ratio": GOAL_RATIO},
    }


def report(result: dict) -> str:
    app, bare = result["app"], result["bare"]

    def verdict(ok: bool) -> str:
        return "meets goal" if ok else "OVER GOAL"

    onedir, targz = app["onedir_bytes"] / MIB, app["targz_bytes"] / MIB
    lines = [
        f"report-reader onedir  {onedir:7.1f} MiB   (goal ≤ {GOAL_ONEDIR_MIB:.0f} MB: "
        f"{verdict(onedir <= GOAL_ONEDIR_MIB)})",
        f"report-reader tar.gz  {targz:7.1f} MiB   (goal ≤ {GOAL_TARGZ_MIB:.0f} MB: "
        f"{verdict(targz <= GOAL_TARGZ_MIB)})",
        f"bare window onedir    {bare['onedir_bytes'] / MIB:7.1f} MiB   "
        f"tar.gz {bare['targz_bytes'] / MIB:.1f} MiB (PyInstaller defaults)",
        f"launch → text on screen ({result['platform']}, {result['runs']} interleaved runs):",
        row("report-reader", app["text_on_screen_s"]),
        row("bare QTextBrowser, same report", bare["text_on_screen_s"]),
        f"  ratio of medians {result['ratio_of_medians']:.2f}  (goal ≤ {GOAL_RATIO}: "
        f"{verdict(result['ratio_of_medians'] <= GOAL_RATIO)})",
        "peak memory, all processes (PSS):",
        row("report-reader", app["peak_pss_mb"], "MB"),
        row("bare QTextBrowser", bare["peak_pss_mb"], "MB"),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="freeze both apps again")
    parser.add_argument("--runs", type=int, default=11, help="interleaved launches of each")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure(args.runs, args.rebuild)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
