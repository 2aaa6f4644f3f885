"""Size and start-up of the frozen app against a bare frozen PySide6 window.

    .venv/bin/python benchmarks/bench_frozen.py [--rebuild] [--runs 7] [--json]
    xvfb-run -a .venv/bin/python benchmarks/bench_frozen.py --platform xcb

Builds (or reuses, when newer than its sources) ``dist/report-reader`` from ``build.spec`` and the bare window from
``benchmarks/bare_window.spec`` (into ``build/bench/``), then prints the size of each onedir
and of its ``.tar.gz``, and the time from launch to the first paint of the default report
(``REPORT_READER_FIRST_PAINT=exit``, see ``gui/startup_probe.py``) against the bare window's
first paint, with their ratio. Each app runs once to warm the disk cache, then ``--runs``
times alternately; medians are compared. Goals (issue 6): onedir ≤ 120 MB, tar.gz ≤ 50 MB (taken as MiB, as du shows them),
start-up ratio ≤ 1.5.
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
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
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


def first_paint_seconds(exe: Path, platform: str, timeout: float = 60.0) -> float:
    """Wall time from launching ``exe`` to its ``first-paint`` line on stdout."""
    with tempfile.TemporaryDirectory(prefix="bench-data-") as data:
        env = dict(os.environ)
        env.update(
            REPORT_READER_FIRST_PAINT="exit",
            QT_QPA_PLATFORM=platform,
            REPORT_READER_DATA_DIR=data,
            XDG_CONFIG_HOME=data,
        )
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(exe)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
        )
        watchdog = threading.Timer(timeout, proc.kill)  # a hung app must not hang the run
        watchdog.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("first-paint"):
                    elapsed = time.perf_counter() - started
                    status = proc.wait()
                    if status != 0:
                        raise RuntimeError(f"{exe.name} exited with status {status}")
                    return elapsed
            raise RuntimeError(f"{exe.name} exited (status {proc.wait()}) without a first paint")
        finally:
            watchdog.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def measure(runs: int, platform: str, rebuild: bool) -> dict:
    app_dir, bare_dir = build_app(rebuild), build_bare(rebuild)
    app_exe, bare_exe = app_dir / "report-reader", bare_dir / "bare-window"
    first_paint_seconds(app_exe, platform)  # warm the disk cache
    first_paint_seconds(bare_exe, platform)
    app_times, bare_times = [], []
    for _ in range(runs):
        app_times.append(first_paint_seconds(app_exe, platform))
        bare_times.append(first_paint_seconds(bare_exe, platform))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    return {
        "platform": platform,
        "runs": runs,
        "app": {
            "onedir_bytes": dir_size(app_dir),
            "targz_bytes": targz_size(app_dir),
            "first_paint_s": [round(t, 3) for t in app_times],
            "first_paint_median_s": round(app_median, 3),
        },
        "bare": {
            "onedir_bytes": dir_size(bare_dir),
            "targz_bytes": targz_size(bare_dir),
            "first_paint_s": [round(t, 3) for t in bare_times],
            "first_paint_median_s": round(bare_median, 3),
        },
        "ratio": round(app_median / bare_median, 3),
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
        f"first paint ({result['platform']}, median of {result['runs']}):",
        f"  report-reader  {app['first_paint_median_s']:.3f} s   {app['first_paint_s']}",
        f"  bare window    {bare['first_paint_median_s']:.3f} s   {bare['first_paint_s']}",
        f"  ratio          {result['ratio']:.2f}     (goal ≤ {GOAL_RATIO}: "
        f"{verdict(result['ratio'] <= GOAL_RATIO)})",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="freeze both apps again")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM") or "offscreen",
        help="Qt platform plugin (offscreen, or xcb under an X server)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure(args.runs, args.platform, args.rebuild)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
