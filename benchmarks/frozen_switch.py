"""Script switches in the frozen app, driven and timed from outside (no hook in the binary).

    .venv/bin/python benchmarks/frozen_switch.py [--exe dist/report-reader/report-reader]
        [--chars 1000000] [--runs 1] [--toggles hant,original,tw,original,hk]

Starts a private Xvfb (``screen.Xvfb``), writes the benchmark report (``large_report.py``),
opens it in the binary and waits until the app is idle (its processes' CPU time unchanged for
``--idle`` seconds, 2.5 by default: under load 15 the app went over 1 s without a CPU tick
in mid-pass; the text, outline, entities and the Simplified pivot are done). Then, per
toggle, it presses the view's shortcut (Ctrl+1 原文 … Ctrl+5 港) through the X server's XTEST
extension (``libXtst``, as a keyboard would) and samples ``/proc`` every 0.1 s until the app is
idle again. Printed per toggle: the wall clock from the key press to the last CPU the app
used (the whole view converted and in the reader), the CPU of the UI thread (the process's
main thread) and of all its processes in that time. The machine's load stretches the wall
clock; the UI thread's CPU is the figure the load does not blur.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_report import build_large_report  # noqa: E402
from screen import Xvfb, process_tree, stat_cpu  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
KEYS = {"original": "1", "hans": "2", "hant": "3", "tw": "4", "hk": "5"}


def cpu_seconds(pid: int, tid: int | None = None) -> float:
    """Run time of one thread (``tid``), or of every thread of ``pid``, from ``schedstat``
    (nanoseconds; ``stat``'s utime moves in clock ticks of 10 ms)."""
    tids = (
        [tid] if tid else os.listdir(f"/proc/{pid}/task") if Path(f"/proc/{pid}").exists() else []
    )
    total = 0
    for t in tids:
        try:
            total += int(Path(f"/proc/{pid}/task/{t}/schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
    return total / 1e9


def tree_cpu(pid: int) -> float:
    """Run time of every live thread of ``pid`` and its children (a thread that ends drops
    out: for the idle test only)."""
    return sum(cpu_seconds(p) for p in process_tree(pid))


def spent(pid: int) -> float:
    """CPU seconds of ``pid`` and its children, ended threads included (``stat``: utime +
    stime, in clock ticks)."""
    return stat_cpu(process_tree(pid))


class Keyboard:
    """Key presses through XTEST on ``display`` (libX11 + libXtst by ctypes)."""

    def __init__(self, display: str):
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.xtst = ctypes.CDLL("libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.dpy = self.x11.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open {display}")
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]

    def focus_window_at(self, x: int, y: int) -> int:
        """Move the pointer to ``(x, y)`` and give the keyboard focus to the top-level window
        there (no window manager does it; Qt takes a window as active only on a real focus
        change, not on the pointer-root focus that follows the pointer)."""
        self.move(x, y)
        window = ctypes.c_ulong()
        dummy, idummy, udummy = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_uint()
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        root = self.x11.XDefaultRootWindow(self.dpy)
        self.x11.XQueryPointer.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 7
        self.x11.XQueryPointer(
            self.dpy,
            root,
            ctypes.byref(dummy),
            ctypes.byref(window),
            ctypes.byref(idummy),
            ctypes.byref(idummy),
            ctypes.byref(idummy),
            ctypes.byref(idummy),
            ctypes.byref(udummy),
        )
        if window.value:
            self.x11.XSetInputFocus.argtypes = [
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.c_int,
                ctypes.c_ulong,
            ]
            self.x11.XSetInputFocus(self.dpy, window.value, 2, 0)  # RevertToParent, CurrentTime
            self.x11.XFlush(self.dpy)
        return window.value

    def code(self, name: str) -> int:
        return self.x11.XKeysymToKeycode(self.dpy, self.x11.XStringToKeysym(name.encode()))

    def move(self, x: int, y: int) -> None:
        """The pointer over the window: with no window manager the focus follows it."""
        self.xtst.XTestFakeMotionEvent(self.dpy, 0, x, y, 0)
        self.x11.XFlush(self.dpy)

    def ctrl(self, key: str) -> None:
        ctrl, k = self.code("Control_L"), self.code(key)
        for code, down in ((ctrl, 1), (k, 1), (k, 0), (ctrl, 0)):
            self.xtst.XTestFakeKeyEvent(self.dpy, code, down, 0)
        self.x11.XFlush(self.dpy)


#: A window of the sampling in which the app counts as busy: it used more than BUSY of it.
WINDOW = 0.1
BUSY = 0.03


def wait_idle(pid: int, idle: float, limit: float) -> float:
    """Sample the app's CPU every ``WINDOW`` seconds until no window for ``idle`` seconds was
    busy (timers and paints of an idle Qt app use well under 3 % of a window; a pass under
    load 15 still gets ~10 % of a core); return the wall clock (perf_counter) at the end of
    the last busy window."""
    began = time.perf_counter()
    last_cpu, last_busy = tree_cpu(pid), began
    while True:
        time.sleep(WINDOW)
        now, cpu = time.perf_counter(), tree_cpu(pid)
        if cpu - last_cpu > BUSY * WINDOW:
            last_busy = now
        last_cpu = cpu
        if now - last_busy >= idle or now - began > limit:
            return last_busy


def session(exe: Path, report: Path, toggles: list[str], idle: float) -> dict:
    with Xvfb() as display, tempfile.TemporaryDirectory() as data:
        env = dict(
            os.environ,
            DISPLAY=display,
            REPORT_READER_DATA_DIR=data,
            XDG_CONFIG_HOME=data,
            QT_QPA_PLATFORM="xcb",
        )
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(exe), str(report)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            keys = Keyboard(display)
            ready = wait_idle(proc.pid, max(idle, 3.0), 600)
            out: dict = {"opened_s": round(ready - start, 2), "toggles": []}
            if not keys.focus_window_at(500, 400):
                raise RuntimeError("no window under the pointer")
            time.sleep(0.5)
            for view in toggles:
                ui0, all0 = cpu_seconds(proc.pid, proc.pid), spent(proc.pid)
                pressed = time.perf_counter()
                keys.ctrl(KEYS[view])
                done = wait_idle(proc.pid, idle, 300)
                out["toggles"].append(
                    {
                        "view": view,
                        "wall_s": round(done - pressed, 3),
                        "ui_cpu_s": round(cpu_seconds(proc.pid, proc.pid) - ui0, 3),
                        "all_cpu_s": round(spent(proc.pid) - all0, 2),
                    }
                )
            return out
        finally:
            proc.kill()
            proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exe", type=Path, default=REPO / "dist/report-reader/report-reader")
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--idle", type=float, default=2.5)
    parser.add_argument("--toggles", default="hant,original,tw,original,hk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "large-report.txt"
        report.write_text(build_large_report(args.chars), encoding="utf-8")
        runs = [
            session(args.exe, report, args.toggles.split(","), args.idle) for _ in range(args.runs)
        ]
    for run in runs:
        print("FROZEN_SWITCH", json.dumps(run), flush=True)
    for view in dict.fromkeys(args.toggles.split(",")):
        for key in ("wall_s", "ui_cpu_s"):
            values = [t[key] for r in runs for t in r["toggles"] if t["view"] == view]
            print(
                f"{view:9} {key:9} median {statistics.median(values):.2f} "
                f"(min {min(values):.2f}, max {max(values):.2f}, n {len(values)})"
            )


if __name__ == "__main__":
    main()
