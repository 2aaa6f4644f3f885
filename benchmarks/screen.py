"""Measure a launch from outside, as a user sees it: a real X server and the window's pixels.

Nothing runs inside the measured process. The benchmark starts an Xvfb server (white root
window, no window manager, so a new window sits at the top-left corner in the size it asks
for), connects to it itself, starts the program, and grabs the screen again and again:

- **text on screen**: the share of dark pixels ("ink") in a central region that both the app's
  reader and a bare text browser of the same size fill with text. The launch ends at the first
  grab whose ink reaches half of the ink the program settles at (median of its last grabs):
  an empty window, a toolbar or a status line do not get there, a screen of text does.
- **memory**: the proportional set size (PSS, so shared pages are not counted twice) of the
  process and of every process it started, summed, sampled while it runs; the peak is kept.

Used by ``bench_window.py`` and ``bench_frozen.py``::

    with Xvfb() as display, ScreenWatch(display) as watch:
        run = watch.launch([exe, path], env)   # Launch(text_on_screen=..., peak_pss_mb=...)
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

SCREEN = (1280, 900)
#: The region watched, in screen pixels: inside the reader's text column of the app's
#: default 1100x760 window and inside a bare browser of that size.
REGION = (330, 150, 440, 420)  # x, y, width, height
#: A pixel darker than this (0-255 grey) is ink: text, not the page or the window chrome.
DARK = 128
#: Ink fraction under which the region counts as empty (borders, a caret, nothing yet).
EMPTY = 0.004
#: Seconds between grabs (and memory samples) from FAST_AFTER_INK seconds after the first
#: ink on: until then the screen is grabbed as fast as it can be (the launch's resolution:
#: the text is seen at the first grab with half the ink it settles at, and a screen of text
#: comes in one paint), memory every fifth grab.
FAST_AFTER_INK = 0.5
SETTLED_PAUSE = 0.05


class Xvfb:
    """A private X server for the benchmark (``with Xvfb() as display``)."""

    def __init__(self, size: tuple[int, int] = SCREEN):
        self.size = size
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> str:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{self.size[0]}x{self.size[1]}x24",
                "-wr",  # white root window: what is not painted is not ink
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start (is it installed? .ci/bootstrap installs it)")
        self.display = f":{number}"
        return self.display

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)


@dataclass
class Launch:
    """One launch seen from outside."""

    text_on_screen: float | None  # seconds from the process's start; None: never
    peak_pss_mb: float
    processes: int  # the most processes of the tree seen at once
    samples: list[tuple[float, float]] = field(default_factory=list)  # (seconds, ink)
    output: str = ""


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                children = Path(f"/proc/{p}/task/{task}/children").read_text().split()
                todo.extend(int(c) for c in children)
        except OSError:
            continue
    return out


def stat_cpu(pids: list[int]) -> float:
    """User and system CPU seconds of ``pids`` so far, each with its ended threads (``/proc``
    ``stat``'s utime + stime, in clock ticks; a process that has ended counts 0)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def pss_mb(pids: list[int]) -> float:
    """Summed PSS of ``pids`` in MB (RSS where PSS cannot be read)."""
    total_kb = 0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
            key = "Pss:"
        except OSError:
            try:
                text = Path(f"/proc/{pid}/status").read_text()
                key = "VmRSS:"
            except OSError:
                continue
        for line in text.splitlines():
            if line.startswith(key):
                total_kb += int(line.split()[1])
                break
    return total_kb / 1024


class ScreenWatch:
    """Grabs the Xvfb screen from this process (``with ScreenWatch(display) as watch``)."""

    def __init__(self, display: str):
        self.display = display

    def __enter__(self) -> ScreenWatch:
        os.environ["DISPLAY"] = self.display
        from PySide6.QtGui import QGuiApplication

        self.app = QGuiApplication.instance() or QGuiApplication(["watch", "-platform", "xcb"])
        self.screen = self.app.primaryScreen()
        self._table = bytes(1 if v < DARK else 0 for v in range(256))
        return self

    def __exit__(self, *exc) -> None:
        pass

    def ink(self) -> float:
        """The share of dark pixels in the watched region now."""
        from PySide6.QtGui import QImage

        x, y, w, h = REGION
        image = self.screen.grabWindow(0, x, y, w, h).toImage()
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        data = bytes(grey.constBits())[: grey.bytesPerLine() * h]
        return data.translate(self._table).count(1) / (w * h)

    def launch(
        self,
        cmd: list[str],
        env: dict[str, str],
        settle: float = 1.5,
        timeout: float = 90.0,
        until=None,
        snapshot: Path | None = None,
    ) -> Launch:
        """Start ``cmd`` on this display and watch until its text has settled (``settle``
        seconds after ink first appeared), or, given ``until``, until ``until(proc)`` is true
        (or ``timeout``); then end its whole
        process group. Returns when the text came and the peak memory of the tree;
        ``snapshot`` saves the last screen (to check what was measured)."""
        env = dict(env, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        import tempfile

        with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
            started = time.monotonic()
            proc = subprocess.Popen(
                cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
            samples: list[tuple[float, float]] = []
            peak, most, first_ink, n = 0.0, 1, None, 0
            try:
                while True:
                    now = time.monotonic() - started
                    # Once the text is on screen, the rest of a watched session needs no fast
                    # grabs: grabbing in a busy loop took ~0.4-0.5 of the machine's two
                    # cores (this process and Xvfb) for the whole session, beside the app's
                    # own processes (the entity child's pass, which "everything shown"
                    # waits for, lost most).
                    settled = first_ink is not None and now - first_ink >= FAST_AFTER_INK
                    if settled:
                        time.sleep(SETTLED_PAUSE)
                        now = time.monotonic() - started
                    samples.append((now, self.ink()))
                    if n % 5 == 0 or settled:
                        tree = process_tree(proc.pid)
                        most = max(most, len(tree))
                        peak = max(peak, pss_mb(tree))
                    n += 1
                    if first_ink is None and samples[-1][1] >= EMPTY:
                        first_ink = now
                    if until is not None:
                        done = until(proc)
                    else:
                        done = first_ink is not None and now - first_ink >= settle
                    if done or now > timeout or proc.poll() is not None:
                        break
            finally:
                if snapshot is not None:
                    self.screen.grabWindow(0).save(str(snapshot))
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait()
            out.seek(0)
            output = out.read()
        return Launch(text_seen(samples), peak, most, samples, output)


def text_seen(samples: list[tuple[float, float]]) -> float | None:
    """The time of the first sample at half the ink the screen settled at, or None."""
    if not samples:
        return None
    settled = statistics.median(ink for _, ink in samples[-5:])
    if settled < EMPTY:
        return None
    return next(t for t, ink in samples if ink >= settled / 2)


def main(argv: list[str] | None = None) -> int:
    """``python benchmarks/screen.py [--settle S] [--timeout T] -- CMD...``: one launch under a
    private Xvfb, printed as JSON (tests use this; the benchmarks call :meth:`launch`)."""
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--settle", type=float, default=1.5)
    parser.add_argument("--timeout", type=float, default=90.0)
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    with Xvfb() as display, ScreenWatch(display) as watch:
        run = watch.launch(cmd, dict(os.environ), settle=args.settle, timeout=args.timeout)
    summary = {
        "text_on_screen": run.text_on_screen,
        "peak_pss_mb": round(run.peak_pss_mb, 1),
        "processes": run.processes,
        "samples": len(run.samples),
        "ink": round(max((ink for _, ink in run.samples), default=0.0), 4),
    }
    print(json.dumps(summary))
    sys.stdout.flush()
    return 0 if run.text_on_screen is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
