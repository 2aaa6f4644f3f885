"""Where a long report's memory goes: every process of one session, sampled from outside.

    .venv/bin/python benchmarks/trace_memory.py [--chars 3500000] [--interval 0.1]
        [--offscreen] [--out trace.json] [--report FILE --data-dir DIR]

Runs ``app_session.py`` on a generated report (``large_report.py``, seed 13 as
``bench_window.py``'s (c); 1,000 notes in its store) under a private Xvfb of the benchmark's
size (or offscreen), and reads ``/proc/PID/smaps_rollup`` of the app and of every process it
started every ``--interval`` seconds: PSS (what the benchmark's peak sums: shared pages split
between the processes that map them), its anonymous / file / shared-memory parts, and RSS.
Each process is named by what it is: ``ui`` (the app), ``entities`` (the recogniser's child,
nice 5), ``convert`` (the script conversion pool's children, nice 10), ``tracker``
(multiprocessing's resource tracker).

It prints the peak of the summed PSS, when it came (seconds from process start, beside the
session's own marks: event loop, everything shown, the gaps over 50 ms), what each process
held then, and each process's own peak; ``--out`` keeps every sample as JSON. Nothing of it
is in the app.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from screen import Xvfb, process_tree  # noqa: E402

FIELDS = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Pss_Shmem")


def rollup(pid: int) -> dict[str, int] | None:
    """The fields of ``/proc/PID/smaps_rollup`` we keep, in kB; None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    out: dict[str, int] = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in FIELDS:
            out[key] = int(rest.split()[0])
    return out


def role(pid: int, root: int) -> str:
    """What the process is: the app, or which of its children."""
    if pid == root:
        return "ui"
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        nice = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
    except (OSError, ValueError, IndexError):
        return "gone"
    if "resource_tracker" in cmd:
        return "tracker"
    if "multiprocessing" in cmd:
        # gui.core.entity_pass.CHILD_NICE is 5; the conversion pool's children 10.
        return "entities" if nice == 5 else "convert" if nice == 10 else f"child-nice{nice}"
    return Path(cmd.split(" ")[0]).name or "other"


def trace(cmd: list[str], env: dict[str, str], interval: float, timeout: float) -> dict:
    """Run ``cmd`` and sample its process tree until it ends."""
    started = time.monotonic()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
        samples = []
        try:
            while proc.poll() is None and time.monotonic() - started < timeout:
                now = round(time.monotonic() - started, 3)
                procs = {}
                for pid in process_tree(proc.pid):
                    fields = rollup(pid)
                    if fields:
                        name = f"{role(pid, proc.pid)}:{pid}"
                        procs[name] = fields
                samples.append({"t": now, "procs": procs})
                time.sleep(interval)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        out.seek(0)
        output = out.read()
    session = {}
    for line in output.splitlines():
        if line.startswith("SESSION "):
            session = json.loads(line[len("SESSION ") :])
    if not session:
        print(output[-3000:], file=sys.stderr)
    return {"samples": samples, "session": session}


def total(sample: dict, key: str = "Pss") -> int:
    return sum(p.get(key, 0) for p in sample["procs"].values())


def summary(run: dict) -> list[str]:
    """The peak and what each process held then, as lines of text."""
    samples = run["samples"]
    if not samples:
        return ["no samples"]
    peak = max(samples, key=total)
    s = run["session"]
    lines = [
        f"peak PSS of all processes {total(peak) / 1024:.0f} MB at {peak['t']:.1f} s "
        f"(RSS summed {total(peak, 'Rss') / 1024:.0f} MB); event loop "
        f"{s.get('event_loop', 0):.1f} s, everything shown {s.get('everything_shown', 0):.1f} s",
        f"  {'process':<18} {'PSS':>7} {'anon':>7} {'file':>7} {'shmem':>7} {'RSS':>7}  MB",
    ]
    for name, f in sorted(peak["procs"].items(), key=lambda kv: -kv[1].get("Pss", 0)):
        lines.append(
            f"  {name:<18} {f.get('Pss', 0) / 1024:7.1f} {f.get('Pss_Anon', 0) / 1024:7.1f} "
            f"{f.get('Pss_File', 0) / 1024:7.1f} {f.get('Pss_Shmem', 0) / 1024:7.1f} "
            f"{f.get('Rss', 0) / 1024:7.1f}"
        )
    lines.append("  each process's own peak PSS:")
    own: dict[str, tuple[int, float]] = {}
    for sample in samples:
        for name, f in sample["procs"].items():
            if f.get("Pss", 0) > own.get(name, (0, 0.0))[0]:
                own[name] = (f["Pss"], sample["t"])
    for name, (kb, t) in sorted(own.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"    {name:<18} {kb / 1024:7.1f} MB at {t:.1f} s")
    lines.append("  summed PSS over time (every second):")
    last = -1.0
    for sample in samples:
        if sample["t"] - last >= 1.0:
            last = sample["t"]
            parts = ", ".join(
                f"{n.split(':')[0]} {f.get('Pss', 0) / 1024:.0f}"
                for n, f in sorted(sample["procs"].items())
            )
            lines.append(f"    {sample['t']:6.1f} s {total(sample) / 1024:6.0f} MB  ({parts})")
    listed = s.get("gaps", [])  # with --stacks: each long gap and where the UI thread was
    for g in sorted(listed, key=lambda g: -g["cpu_ms"])[:6]:
        lines.append(f"  gap {g['ms']} ms, UI CPU {g['cpu_ms']} ms ({g['phase']}):")
        for where, n in sorted(g["where"].items(), key=lambda kv: -kv[1])[:3]:
            lines.append(f"      {n} x {where[:300]}")
    gaps = s.get("long_gaps", [])
    if gaps:
        worst = sorted(gaps, key=lambda g: -g[1])[:8]
        lines.append(
            "  longest gaps (ended at s, length s, phase): "
            + "; ".join(f"{g[0]:.2f} {g[1]:.3f} {g[2]}" for g in worst)
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=3_500_000)
    parser.add_argument("--interval", type=float, default=0.1)
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb")
    parser.add_argument("--report", help="an existing report (with --data-dir: its store)")
    parser.add_argument("--data-dir", help="a notes store to copy for the session")
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--out", help="write every sample here (JSON)")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument(
        "--stacks", action="store_true", help="list the long gaps' UI stacks (BENCH_STALL_STACKS)"
    )
    args = parser.parse_args(argv)
    from bench_window import _env
    from large_report import add_notes, build_large_report

    with tempfile.TemporaryDirectory(prefix="trace-memory-") as name:
        tmp = Path(name)
        report = Path(args.report) if args.report else tmp / "huge-report.txt"
        if not args.report:
            report.write_text(build_large_report(args.chars, seed=13), encoding="utf-8")
        data = tmp / "data"
        if args.data_dir:
            shutil.copytree(args.data_dir, data)
        else:
            add_notes(report, data, args.notes)
        cmd = [
            sys.executable,
            str(HERE / "app_session.py"),
            str(report),
            "--data-dir",
            str(data),
            "--notes",
            str(args.notes),
        ]
        env = _env(data)
        if args.stacks:
            env["BENCH_STALL_STACKS"] = "1"
        if args.offscreen:
            run = trace(cmd, dict(env, QT_QPA_PLATFORM="offscreen"), args.interval, args.timeout)
        else:
            with Xvfb() as display:
                env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
                run = trace(cmd, env, args.interval, args.timeout)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print("\n".join(summary(run)))
    if args.out:
        Path(args.out).write_text(json.dumps(run), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
