"""Run the real app (``gui.app.main``) and watch one reading session from the benchmark side.

    python benchmarks/app_session.py --data-dir DIR [--notes N] [--toggles] [--switch-to FILE] FILE

Nothing of this is in the app: this script starts the app's own ``main`` and attaches when the
event loop starts (it wraps ``QApplication.exec`` from here). It then

- ticks a 5 ms timer on the UI thread for the whole session and records every gap: a gap is
  the UI frozen (nothing repaints, no input is handled); the longest of each phase, and every
  gap over 50 ms with the process's age when it ended (``gaps``);
- notes when everything is shown: the report in the reader (all of it: a long one streams
  in), its outline, its ``--notes`` notes and its entities (from the process's start, as the
  user waits for them);
- with ``--toggles``: chooses 繁, 臺, 简, 港 and 原文 in turn, as the toolbar does, timing
  the visible text's switch and the whole document's conversion after each choice;
- with ``--switch-to``: opens that report and times it until it is shown;
- with ``--library FOLDER``: opens View → Library and adds the folder, as Add Folder… does,
  timing it until every report is indexed (``bench_library_gui.py``; ``--library-thread``:
  on the window's pool thread instead of a CLI process); with ``--idle S`` instead, opens
  the dock and waits ``S`` seconds (that benchmark's baseline);
- with ``--library-view``: triggers View → Library on the data folder's existing library and
  times it until its rows are in the dock and the event loop has turned (the dock painted);
- with ``--pinyin``: turns on View → Pinyin Above Text (its first use: the dictionary is
  read) and times it until the readings are painted, then watches one more second; with
  ``--pinyin-idle`` instead, the same watch with nothing turned on (the baseline: what the
  machine's load alone does to the ticker in the same span);

With ``BENCH_NO_WORKERS=1`` in the environment, script views convert on the UI thread only, as
in the frozen app (no worker processes). With ``BENCH_STALL_STACKS=1``, a thread of this script
looks at the UI thread every 10 ms and, while a tick is over 50 ms late, counts where the UI
thread's Python stack is (``stall_stacks`` in the output, per phase: what a stall is made of;
``gaps``: each gap over 80 ms or 40 ms of the UI thread's CPU, start-up included, with where
its samples were). It prints one line ``SESSION {json}``, then ends the
process at once. ``bench_window.py`` runs it while ``screen.py`` watches the same process from
outside (pixels and memory).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TICK_MS = 5
#: Gaps longer than this are listed one by one (seconds: process age at their end, length).
GAP_LISTED = 0.05
TOGGLES = ("hant", "tw", "hans", "hk", "original")


def seconds_since_start() -> float:
    """Seconds since this process started (Linux /proc; clock ticks of 10 ms)."""
    with open("/proc/self/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime", encoding="ascii") as f:
        uptime = float(f.read().split()[0])
    return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))


class Session:
    """The watcher: a ticker for stalls and a script of what the user does."""

    def __init__(self, args: argparse.Namespace, offset: float):
        from PySide6.QtCore import QTimer

        self.args = args
        self.offset = offset  # process age at time.monotonic() == 0
        self.figures: dict = {
            "stalls": {},
            "stalls_cpu": {},
            "toggles": {},
            "converted": {},
            "long_gaps": [],
        }
        self.phase = "start"
        self.last = time.monotonic()
        self.last_cpu = time.thread_time()
        self.ticker = QTimer()
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.window = None
        self.steps = self.plan()
        self.waiting_since = 0.0
        self.resolved: dict[tuple[str, str], bool] = {}
        if os.environ.get("BENCH_STALL_STACKS"):
            self.figures["stall_stacks"] = {}
            import threading

            self.ui_thread = threading.get_ident()
            self.samples: list[str] = []  # since the last tick
            threading.Thread(target=self.sample_stalls, daemon=True).start()

    def sample_stalls(self) -> None:
        """While the UI thread is late for its tick, count where its stack is (the ten
        innermost frames outside site-packages, innermost first: five often named only
        the import machinery, not what imported)."""
        while True:
            time.sleep(0.01)
            if time.monotonic() - self.last < 0.05:
                continue
            frame = sys._current_frames().get(self.ui_thread)
            where = []
            while frame is not None and len(where) < 10:
                name = frame.f_code.co_filename
                if "/gui/" in name or "site-packages" not in name:
                    where.append(f"{Path(name).name}:{frame.f_lineno} {frame.f_code.co_name}")
                frame = frame.f_back
            key = " < ".join(where) or "(Qt, no Python frame)"
            phase = self.figures["stall_stacks"].setdefault(self.phase, {})
            phase[key] = phase.get(key, 0) + 1
            self.samples.append(key)

    def age(self) -> float:
        return time.monotonic() + self.offset

    def attach(self, app) -> None:
        from gui.ui.main_window import MainWindow

        self.window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        self.figures["event_loop"] = self.age()
        self.last = time.monotonic()
        self.last_cpu = time.thread_time()
        self.ticker.start()

    def tick(self) -> None:
        now = time.monotonic()
        gap = now - self.last
        self.last = now
        stalls = self.figures["stalls"]
        stalls[self.phase] = max(stalls.get(self.phase, 0.0), gap)
        # The UI thread's own CPU time in the gap: a loaded machine stretches a gap's wall
        # clock by its other processes' share, not this.
        cpu = time.thread_time()
        busy, self.last_cpu = cpu - self.last_cpu, cpu
        stalls_cpu = self.figures["stalls_cpu"]
        stalls_cpu[self.phase] = max(stalls_cpu.get(self.phase, 0.0), busy)
        if "stall_stacks" in self.figures:
            samples, self.samples = self.samples, []
            if gap > 0.08 or busy > 0.04:  # start-up too: its long turns are the ones left
                where: dict[str, int] = {}
                for key in samples:
                    where[key] = where.get(key, 0) + 1
                gaps = self.figures.setdefault("gaps", [])
                gaps.append(
                    {
                        "phase": self.phase,
                        "ms": round(gap * 1000),
                        "cpu_ms": round(busy * 1000),
                        "where": where,
                    }
                )
        if gap > GAP_LISTED:  # when each long one ended, to find what ran in it
            self.figures["long_gaps"].append([round(self.age(), 3), round(gap, 3), self.phase])
        try:
            next(self.steps)
        except StopIteration:
            self.finish()
        except Exception:  # noqa: BLE001 - the app's excepthook would open a message box
            import traceback

            print("SESSION-ERROR " + traceback.format_exc(), flush=True)
            os._exit(1)

    # -- what the user waits for and does -------------------------------------------------

    def shown(self, path: str, notes: int) -> bool:
        w = self.window
        reader = w.reader
        doc = reader.document_model
        if doc is None or doc.path is None or not self.same_file(doc.path, path):
            return False
        current = w.session.current
        if current is None or doc is not current.document:
            return False  # the first part of a long report (gui/core/first_part.py)
        notes_feature = getattr(w, "notes", None)
        entities = getattr(w, "entities", None)
        if notes_feature is None or entities is None:  # installed after the first paint
            return False
        if w.outline.model.rowCount() == 0:
            return False
        if reader.filler.busy:  # a long text still streaming in
            return False
        if entities.result is None or entities.busy:
            return False
        layers = reader.highlighter.layer_names()
        if notes and not any(n.startswith("note") for n in layers):
            return False
        if not any(n.startswith("entity-") for n in layers):
            return False
        # Last: controller.notes() sorts the notes, and this runs every 5 ms tick (asked
        # first, it cost the app's UI thread ~0.5 ms per tick during the whole start-up).
        return len(notes_feature.controller.notes()) >= notes

    def same_file(self, shown: Path, path: str) -> bool:
        """Whether the reader's document is ``path`` (resolved once per pair, not on every
        5 ms tick: ``Path.resolve`` costs the UI thread a few system calls each time)."""
        key = (str(shown), path)
        same = self.resolved.get(key)
        if same is None:
            same = self.resolved[key] = Path(shown).resolve() == Path(path).resolve()
        return same

    def plan(self):
        """A generator: each tick advances it one step."""
        args = self.args
        while not self.shown(args.file, args.notes):
            yield
        self.figures["everything_shown"] = self.age()
        reader = self.window.reader
        self.figures["sections"] = len(reader.document_model.sections)
        self.figures["chars"] = len(reader.document_model.text)
        self.figures["notes"] = len(self.window.notes.controller.notes())
        self.figures["entities"] = len(self.window.entities.spans)
        self.phase = "shown"
        settle = time.monotonic()
        while time.monotonic() - settle < 1.0:
            yield
        if args.toggles:
            reader.scroll_to_text_pos(len(reader.document_model.text) // 2)
            for script in TOGGLES:
                self.phase = f"toggle {script}"
                yield from self.toggle(script)
        if args.pinyin or args.pinyin_idle:
            yield from self.pinyin(args.pinyin)
        if args.switch_to:
            self.phase = "switch"
            began = time.monotonic()
            self.window.session.open(args.switch_to)
            while not self.shown(args.switch_to, 0):
                yield
            self.figures["switch_shown"] = time.monotonic() - began
            settle = time.monotonic()
            while time.monotonic() - settle < 1.0:
                yield
            self.phase = "after switch"
        if args.library or args.idle:
            yield from self.library(args.library, args.idle)
        if args.library_view:
            yield from self.library_view()

    def library(self, folder: str | None, idle: float):
        """Add ``folder`` to the library from its dock and wait until it is indexed; or,
        the baseline, open the dock and wait ``idle`` seconds."""
        feature = self.window.library
        feature.in_process = not self.args.library_thread
        self.phase = "library"
        began = time.monotonic()
        feature.open_dock()
        if folder:
            feature.add([folder])
            while feature.indexing:
                yield
            summary = feature.last_summary
            self.figures["library_indexed"] = summary.indexed if summary else 0
        else:
            while time.monotonic() - began < idle:
                yield
        self.figures["library_seconds"] = time.monotonic() - began
        self.figures["library_done_at"] = self.age()

    def library_view(self):
        """View → Library, as the menu triggers it, timed until the event loop turns again
        with the rows in the dock; then one more second is watched."""
        feature = self.window.library
        self.phase = "library view"
        began = time.monotonic()
        feature.action.trigger()
        self.figures["library_view_trigger"] = time.monotonic() - began
        self.figures["library_view_rows"] = len(feature.dock.reports.report_rows())
        yield  # the next tick: the event loop has run (the dock laid out and painted)
        self.figures["library_view_shown"] = time.monotonic() - began
        self.phase = "library view settle"
        settle = time.monotonic()
        while time.monotonic() - settle < 1.0:
            yield

    def pinyin(self, turn_on: bool):
        """Pinyin Above Text on (or, for the baseline, nothing) and the watch until its
        readings are painted and one more second has passed."""
        feature = self.window.reading_aids
        self.phase = "pinyin on" if turn_on else "pinyin idle"
        began = time.monotonic()
        if turn_on:
            feature.inline_action.trigger()
            self.figures["pinyin_trigger"] = time.monotonic() - began
            while feature.inline_ruby is None or not feature.inline_ruby.placements:
                yield
            self.figures["pinyin_painted"] = time.monotonic() - began
        else:
            while time.monotonic() - began < self.args.pinyin_idle:
                yield
        self.phase = "pinyin settle"
        settle = time.monotonic()
        while time.monotonic() - settle < 1.0:
            yield

    def toggle(self, script: str):
        from gui.core.script import Script

        window = self.window
        views = window.reader.views
        action = window.scripts.actions[Script(script)]
        began = time.monotonic()
        action.trigger()  # the visible paragraphs switch before this returns
        self.figures["toggles"][script] = time.monotonic() - began
        while not (script == "original" or views.is_complete(script)):
            yield
        while window.reader.switcher.busy:  # the reader's blocks are replaced too
            yield
        self.figures["converted"][script] = time.monotonic() - began

    def finish(self) -> None:
        self.ticker.stop()
        self.figures["ended"] = self.age()
        print("SESSION " + json.dumps(self.figures), flush=True)
        os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--notes", type=int, default=0, help="notes the report has in store")
    parser.add_argument("--toggles", action="store_true")
    parser.add_argument("--switch-to")
    parser.add_argument("--library", help="a folder to add to the library from its dock")
    parser.add_argument("--idle", type=float, default=0.0, help="seconds with the dock open")
    parser.add_argument(
        "--library-view", action="store_true", help="open View → Library and time its rows"
    )
    parser.add_argument("--pinyin", action="store_true", help="turn on Pinyin Above Text")
    parser.add_argument(
        "--pinyin-idle", type=float, default=0.0, help="baseline: watch this long, turn nothing on"
    )
    parser.add_argument(
        "--library-thread", action="store_true", help="index on a pool thread, not a process"
    )
    args = parser.parse_args()
    offset = seconds_since_start() - time.monotonic()
    sys.path.insert(0, str(REPO))
    if os.environ.get("BENCH_NO_WORKERS"):
        # As the frozen app converts (it has no worker pool): every line on the UI thread.
        from gui.core import script_workers

        script_workers.USE_PROCESSES = False

    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec
    holder: list[Session] = []

    def exec_and_watch(*_args):
        session = Session(args, offset)
        holder.append(session)
        session.attach(QApplication.instance())
        return original_exec()

    QApplication.exec = exec_and_watch  # static in PySide6: app.exec() calls this too
    from gui.app import main as app_main

    sys.exit(app_main(["report-reader", "--data-dir", args.data_dir, args.file]))


if __name__ == "__main__":
    main()
