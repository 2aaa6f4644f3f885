"""What each long gap of a start-up is made of: the UI thread's own work, or waiting.

    TRACE_STARTUP_OUT=gaps.json .venv/bin/python benchmarks/trace_startup.py REPORT \\
        --data-dir DIR --notes 1000 [app_session.py's other arguments]

Runs ``app_session.py``'s session (same arguments; ``BENCH_STALL_STACKS`` is set, so each gap
lists where the UI thread's Python stack was) and, for every gap of the UI ticker over 50 ms,
splits its wall clock by what the kernel says the UI thread did (``/proc/<pid>/task/<tid>/
schedstat``: time on a core, time runnable but waiting for one; the rest it slept: the GIL, a
lock, I/O) and lists who ran meanwhile: this process's other threads (the loading thread, the
recognition thread), each child process (named by its nice value: the recogniser's child runs
at ``entity_pass.CHILD_NICE``, the conversion pool's at 10) and the rest of the machine. A
sampler thread reads the counters every 10 ms; a gap's figures are the counters' change over
it. Nothing of this is in the app: the session's ticker is wrapped from here.

Prints one line per gap and a summary (gaps over 50 / 100 ms; how many the UI thread mostly
ran, waited for a core, or slept), and writes the gaps to ``TRACE_STARTUP_OUT``.
"""

from __future__ import annotations

import bisect
import json
import os
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE_S = 0.01
CLK = os.sysconf("SC_CLK_TCK")


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="ascii") as f:
            return f.read()
    except OSError:
        return None


def schedstat(pid: int, tid: int | None = None) -> tuple[int, int]:
    """(ns on a core, ns runnable waiting for one) of a thread, or of a process's main thread."""
    text = _read(f"/proc/{pid}/task/{tid}/schedstat" if tid else f"/proc/{pid}/schedstat")
    if not text:
        return 0, 0
    run, wait = text.split()[:2]
    return int(run), int(wait)


def process_cpu_ns(pid: int) -> int:
    """CPU time of every thread of ``pid`` so far (utime + stime, clock ticks), in ns."""
    text = _read(f"/proc/{pid}/stat")
    if not text:
        return 0
    fields = text.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1_000_000_000 // CLK


def machine_busy_ns() -> int:
    """CPU time every core has spent not idle so far, in ns."""
    text = _read("/proc/stat") or "cpu 0"
    values = [int(v) for v in text.splitlines()[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return (sum(values[:8]) - idle) * 1_000_000_000 // CLK


class Counters:
    """A timeline of the counters, sampled from a thread of its own."""

    def __init__(self, ui_tid: int) -> None:
        self.pid = os.getpid()
        self.ui_tid = ui_tid
        self.ui_ident = threading.get_ident()
        self.stacks: list[tuple[float, str]] = []  # other threads' Python, when busy
        self.own_tid = 0
        self.times: list[float] = []
        self.rows: list[dict[str, int]] = []
        self.children: dict[int, str] = {}  # pid → name
        self.thread_names: dict[int, str] = {}
        self._scanned = 0.0

    def _scan_children(self) -> None:
        # A child lowers its priority once started: named again at every scan until it has.
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            known = self.children.get(int(name))
            if known is not None and not known.startswith("child "):
                continue
            text = _read(f"/proc/{name}/stat")
            if not text:
                continue
            fields = text.rsplit(")", 1)[1].split()
            if int(fields[1]) == self.pid:
                nice = int(fields[16])
                label = {5: "recogniser", 10: "conversion"}.get(nice, f"child n{nice}")
                self.children[int(name)] = f"{label} {name}"

    def sample(self) -> None:
        now = time.monotonic()
        if now - self._scanned > 0.1:
            self._scanned = now
            self._scan_children()
        row: dict[str, int] = {}
        ui_run, ui_wait = schedstat(self.pid, self.ui_tid)
        row["ui run"], row["ui wait"] = ui_run, ui_wait
        for tid_name in os.listdir(f"/proc/{self.pid}/task"):
            tid = int(tid_name)
            if tid in (self.ui_tid, self.own_tid):
                continue
            name = self.thread_names.get(tid)
            if name is None:
                comm = (_read(f"/proc/{self.pid}/task/{tid}/comm") or "?").strip()
                name = self.thread_names[tid] = f"thread {comm} {tid}"
            row[name] = schedstat(self.pid, tid)[0]
        for pid, name in self.children.items():
            row[name] = process_cpu_ns(pid)
        row["machine"] = machine_busy_ns()
        me = threading.get_ident()
        for ident, frame in sys._current_frames().items():
            if ident in (me, self.ui_ident):
                continue
            where = []
            while frame is not None and len(where) < 3:
                name = frame.f_code.co_filename
                if "/gui/" in name:
                    where.append(f"{Path(name).name}:{frame.f_code.co_name}")
                frame = frame.f_back
            if where:
                self.stacks.append((now, " < ".join(where)))
        self.times.append(now)
        self.rows.append(row)

    def run(self) -> None:
        self.own_tid = threading.get_native_id()
        while True:
            self.sample()
            time.sleep(SAMPLE_S)

    def between(self, began: float, ended: float) -> dict[str, float]:
        """Each counter's change (ms) from the last sample at or before ``began`` to the first
        at or after ``ended``."""
        if not self.times:
            return {}
        i = max(0, bisect.bisect_right(self.times, began) - 1)
        j = min(len(self.times) - 1, bisect.bisect_left(self.times, ended))
        a, b = self.rows[i], self.rows[j]
        out = {k: (v - a.get(k, 0)) / 1e6 for k, v in b.items()}
        out["window"] = (self.times[j] - self.times[i]) * 1000
        return out

    def others_where(self, began: float, ended: float) -> dict[str, int]:
        """Where the other threads' Python was in the samples between ``began`` and ``ended``
        (waits included: a thread blocked in a Python call shows there too)."""
        found: dict[str, int] = {}
        i = bisect.bisect_left(self.stacks, (began, ""))
        while i < len(self.stacks) and self.stacks[i][0] <= ended:
            key = self.stacks[i][1]
            found[key] = found.get(key, 0) + 1
            i += 1
        return found


#: What is timed per call on the UI thread (module, attribute path): the start-up's slices.
WRAPPED = (
    ("gui.ui.reader_fill", "StreamedFill._step"),
    ("gui.ui.reader_view", "ReaderView.set_document"),
    ("gui.ui.reader_view", "ReaderView.paintEvent"),
    ("gui.ui.main_window", "MainWindow._show_document"),
    ("gui.ui.main_window", "MainWindow._show_first_part"),
    ("gui.ui.main_window", "MainWindow.build_chrome"),
    ("gui.ui.main_window", "MainWindow._features_ready"),
    ("gui.ui.session", "ReaderSession._on_loaded"),
    ("gui.ui.screen_fit", "fit_docks"),
    ("gui.ui.lazy_conversion", "ScriptSwitcher._step"),
    ("gui.ui.outline_dock", "OutlineDock._expand_step"),
    ("gui.models.outline_model", "OutlineModel.set_document"),
    ("gui.models.outline_model", "OutlineModel.set_counts"),
    ("gui.models.outline_model", "OutlineModel._announce_pending"),
    ("gui.models.notes_model", "NotesModel._announce_pending"),
    ("gui.ui.notes.install", "NotesFeature._mark_notes"),
    ("gui.ui.notes.install", "NotesFeature._list_notes"),
    ("gui.ui.notes.install", "NotesFeature._count_notes"),
    ("gui.ui.notes.painting", "MarginMarkers.paintEvent"),
    ("gui.ui.entities.install", "EntityFeature._on_document"),
    ("gui.ui.entities.install", "EntityFeature._start_after"),
    ("gui.ui.ui_turns", "UiTurns.may_run"),
    ("gui.ui.entities.install", "EntityFeature.recognise"),
    ("gui.ui.entities.install", "EntityFeature._adopt"),
    ("gui.ui.entities.install", "EntityFeature._paint_type"),
    ("gui.ui.entities.install", "EntityFeature._paint_counts"),
    ("gui.ui.entities.install", "EntityFeature._finish"),
    ("gui.ui.entities.install", "EntityFeature._on_recognised"),
    ("gui.core.entity_pass", "arrange"),
    ("gui.core.entity_pass", "arrange_grouped"),
    ("gui.core.entity_pass", "_wait"),
    ("gui.core.entity_pass", "start_ahead"),
    ("gui.ui.session", "_read"),
    ("gui.ui.session", "_WarmConverters.run"),
)


#: Printed as a timeline (first and last call, count, CPU).
MILESTONES = {
    "StreamedFill._step",
    "OutlineDock._expand_step",
    "MainWindow._features_ready",
    "NotesFeature._list_notes",
    "EntityFeature._on_recognised",
    "EntityFeature._paint_type",
    "EntityFeature._finish",
    "ReaderSession._on_loaded",
    "notes load step",
}


def wrap_calls(log: list) -> None:
    """Time each call of :data:`WRAPPED`, each feature step and each import step on the UI
    thread: ``(monotonic at its start, UI CPU ms, name)`` in ``log``."""
    import importlib
    import importlib.abc
    import importlib.machinery

    ui = threading.get_ident()

    def timed(fn, name):
        def call(*args, **kwargs):
            began, cpu = time.monotonic(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                # Other threads' calls are logged with their end, named "(bg)".
                if threading.get_ident() == ui:
                    log.append((began, (time.thread_time() - cpu) * 1000, name))
                else:
                    end = time.monotonic()
                    log.append((end, (time.thread_time() - cpu) * 1000, f"(bg) {name} ended"))

        call.__name__ = getattr(fn, "__name__", name)
        return call

    def patch(module) -> None:
        for module_name, path in WRAPPED:
            if module_name != module.__name__:
                continue
            owner = module
            *outer, attr = path.split(".")
            try:
                for part in outer:
                    owner = getattr(owner, part)
                setattr(owner, attr, timed(getattr(owner, attr), path))
            except AttributeError:  # not in this tree
                pass

    # Modules are wrapped as they are imported (importing them here would change the
    # start-up's order of imports, which is part of what is measured).
    wanted = {m for m, _ in WRAPPED}
    for name in wanted & set(sys.modules):
        patch(sys.modules[name])

    class Patcher(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name not in wanted:
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_and_patch(module):
                exec_module(module)
                patch(module)

            spec.loader.exec_module = exec_and_patch
            return spec

    sys.meta_path.insert(0, Patcher())
    from gui.core import deferred_imports
    from gui.ui import feature_install
    from gui.ui.notes import controller

    steps_of = deferred_imports.import_steps

    def import_steps(names):
        return [timed(step, f"import {step.args[0]}") for step in steps_of(names)]

    deferred_imports.import_steps = import_steps
    feature_install.import_steps = import_steps
    run_in_turns = feature_install.run_in_turns

    def run_named(owner, steps, *args, **kwargs):
        named = [s if s.__name__ == "call" else timed(s, f"step {s.__name__}") for s in steps]
        return run_in_turns(owner, named, *args, **kwargs)

    feature_install.run_in_turns = run_named
    load_steps = controller.NotesController.load_steps

    def timed_load_steps(self, document):
        steps = load_steps(self, document)
        while True:
            began, cpu = time.monotonic(), time.thread_time()
            try:
                wait = next(steps)
            except StopIteration:
                log.append((began, (time.thread_time() - cpu) * 1000, "notes load step"))
                return
            log.append((began, (time.thread_time() - cpu) * 1000, "notes load step"))
            yield wait

    controller.NotesController.load_steps = timed_load_steps


def main() -> None:
    os.environ.setdefault("BENCH_STALL_STACKS", "1")
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    import app_session

    app_session.GAP_LISTED = 0.05
    state: dict = {"counters": None, "gaps": [], "calls": []}
    init, tick, finish = (
        app_session.Session.__init__,
        app_session.Session.tick,
        (app_session.Session.finish),
    )

    def initialised(self, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        wrap_calls(state["calls"])
        counters = Counters(threading.get_native_id())
        state["counters"] = counters
        threading.Thread(target=counters.run, daemon=True).start()

    def ticked(self) -> None:
        before, listed = self.last, len(self.figures.get("gaps", []))
        phase = self.phase
        tick(self)
        gap = self.last - before
        if gap > app_session.GAP_LISTED:
            stacks = self.figures.get("gaps", [])
            where = stacks[-1]["where"] if len(stacks) > listed else {}
            state["gaps"].append((before, self.last, phase, self.age(), where))

    def finished(self) -> None:
        counters = state["counters"]
        offset = self.age() - time.monotonic()
        calls = [(round(at + offset, 4), round(cpu, 2), n) for at, cpu, n in state["calls"]]
        out = []
        for began, ended, phase, age, where in state["gaps"]:
            split = counters.between(began, ended)
            ms = (ended - began) * 1000
            run, wait = split.pop("ui run", 0.0), split.pop("ui wait", 0.0)
            machine = split.pop("machine", 0.0)
            window = split.pop("window", ms)
            others = {k: round(v) for k, v in split.items() if v >= 5}
            ours = sum(split.values())
            top = sorted(where.items(), key=lambda kv: -kv[1])[:3]
            in_gap: dict[str, list[float]] = {}
            for at, cpu, name in state["calls"]:
                if began <= at <= ended:
                    in_gap.setdefault(name, []).append(round(cpu, 1))
            out.append(
                {
                    "calls": in_gap,
                    "age": round(age, 3),
                    "phase": phase,
                    "ms": round(ms),
                    "ui_run": round(run),
                    "ui_wait_core": round(wait),
                    "ui_slept": round(max(0.0, window - run - wait)),
                    "window": round(window),
                    "ours_else": others,
                    "rest_of_machine": round(max(0.0, machine - run - ours)),
                    "where": top,
                    "others_where": counters.others_where(began, ended),
                }
            )
        with open(os.environ.get("TRACE_STARTUP_OUT", "gaps.json"), "w", encoding="utf-8") as f:
            json.dump(
                {"gaps": out, "session": self.figures, "calls": calls},
                f,
                ensure_ascii=False,
                indent=1,
            )
        for g in out:
            print(
                f"{g['age']:7.3f}s {g['phase']:>8} {g['ms']:4d} ms: ui run {g['ui_run']:3d} "
                f"wait-core {g['ui_wait_core']:3d} slept {g['ui_slept']:3d} | "
                f"{g['ours_else']} rest {g['rest_of_machine']} | "
                + "; ".join(f"{n}× {k[:110]}" for k, n in g["where"][:2])
                + " || calls "
                + "; ".join(f"{k} {v}" for k, v in g["calls"].items())
                + " || "
                + "; ".join(f"{n}× {k}" for k, n in g["others_where"].items() if "_wait" not in k)
            )
        milestones: dict[str, list[float]] = {}
        for at, cpu, name in calls:
            if name.startswith("(bg)") or name in MILESTONES:
                first_last = milestones.setdefault(name, [at, at, 0.0, 0])
                first_last[1] = at
                first_last[2] += cpu
                first_last[3] += 1
        for name, (first, last, cpu, n) in sorted(milestones.items(), key=lambda kv: kv[1][0]):
            print(f"  {first:6.2f}-{last:6.2f} s  {n:4d}× {cpu:7.0f} ms CPU  {name}")
        start = [g for g in out if g["phase"] == "start"]
        kinds = {"ran": 0, "waited for a core": 0, "slept": 0}
        for g in start:
            part = max(
                ("ran", g["ui_run"]),
                ("waited for a core", g["ui_wait_core"]),
                ("slept", g["ui_slept"]),
                key=lambda kv: kv[1],
            )
            kinds[part[0]] += 1
        print(
            f"load {os.getloadavg()[0]:.1f}; start: {len(start)} gaps > 50 ms, {sum(g['ms'] > 100 for g in start)} > 100 ms, "
            f"longest {max((g['ms'] for g in start), default=0)} ms; mostly: {kinds}; "
            f"everything shown {self.figures.get('everything_shown', 0):.2f} s; UI CPU: most "
            f"between two ticks {self.figures['stalls_cpu'].get('start', 0) * 1000:.0f} ms, "
            f"gaps with >= 50 ms of it {sum(g['ui_run'] >= 50 for g in start)}",
            flush=True,
        )
        # In the file: too long for the SESSION line (the sampler thread still writes to it).
        self.figures["stall_stacks"] = {}
        self.figures.pop("gaps", None)
        finish(self)

    app_session.Session.__init__ = initialised
    app_session.Session.tick = ticked
    app_session.Session.finish = finished
    sys.argv = [str(HERE / "app_session.py"), *sys.argv[1:]]
    app_session.main()


if __name__ == "__main__":  # the worker processes import this module again: only here
    main()
