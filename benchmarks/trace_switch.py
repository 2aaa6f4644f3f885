"""Where a whole-document script switch's time goes: ``app_session.py`` with a timeline.

    TRACE_SWITCH_OUT=trace.json .venv/bin/python benchmarks/trace_switch.py \\
        FILE --data-dir DIR --notes 1000 --toggles

Runs ``app_session.py``'s session (same arguments) and, for each toggle, records: the UI
thread's wall and CPU time in the switcher's steps, its block replacements and its sends and
collects; each chunk's send and return; the children's CPU (``/proc``); and, in the children
themselves, each chunk's and each dictionary load's wall and CPU time. Prints one line per
toggle (and writes the events to ``TRACE_SWITCH_OUT``). Nothing of this is in the app: the
app's classes are wrapped from here, as ``app_session.py`` wraps ``QApplication.exec``; the
children re-run this file as their main module, which wraps their side (not the session).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]

from screen import stat_cpu  # noqa: E402 - after the path

from gui.core import script_workers  # noqa: E402 - after the path

#: The children append one line per chunk or load here (the parent reads it at the end).
CHILD_LOG = os.environ.get("TRACE_SWITCH_OUT", "trace.json") + ".children"


def _in_child(name: str):
    original = getattr(script_workers, name)

    def traced(*args):
        began, cpu = time.time(), time.process_time()
        result = original(*args)
        kind = str(args[1]) if name == "convert_lines" else f"load {args[0]}"
        with open(CHILD_LOG, "a", encoding="utf-8") as log:
            log.write(
                f"{began:.4f} {time.time() - began:.4f} {time.process_time() - cpu:.4f} {kind}\n"
            )
        return result

    # Pickled by name: the parent sends the same name, the child runs this.
    traced.__module__, traced.__qualname__ = original.__module__, original.__qualname__
    setattr(script_workers, name, traced)


for _name in ("convert_lines", "load_chain"):
    if hasattr(script_workers, _name):
        _in_child(_name)


def _session() -> None:
    import app_session

    from gui.core.script_views import DocumentViews
    from gui.ui import lazy_conversion
    from gui.ui.reader_view import ReaderView

    events: list[list] = []

    def timed(cls, name: str) -> None:
        original = getattr(cls, name)

        def traced(self, *args, **kwargs):
            began, cpu = time.monotonic(), time.thread_time()
            result = original(self, *args, **kwargs)
            events.append([name, began, time.monotonic() - began, time.thread_time() - cpu])
            return result

        setattr(cls, name, traced)

    timed(lazy_conversion.ScriptSwitcher, "_step")
    timed(script_workers.ConversionJobs, "collect")
    timed(DocumentViews, "convert_run")
    timed(ReaderView, "replace_lines")

    class Recorded:
        def __init__(self, executor) -> None:
            self.executor = executor

        def submit(self, fn, *args):
            sent = time.monotonic()
            future = self.executor.submit(fn, *args)
            future.add_done_callback(
                lambda _f: events.append(["chunk", sent, time.monotonic() - sent, 0.0])
            )
            return future

    jobs_init = script_workers.ConversionJobs.__init__

    def recorded_init(self, executor, *args) -> None:
        jobs_init(self, Recorded(executor), *args)

    script_workers.ConversionJobs.__init__ = recorded_init

    def children_cpu() -> float:
        pool = script_workers._pool  # noqa: SLF001 - the running children
        return stat_cpu(list(getattr(pool, "_processes", None) or {}))

    toggles: list[dict] = []
    toggle = app_session.Session.toggle

    def traced_toggle(self, script: str):
        began, epoch, cpu, child = time.monotonic(), time.time(), time.thread_time(), children_cpu()
        yield from toggle(self, script)
        toggles.append(
            {
                "script": script,
                "began": began,
                "epoch": epoch,
                "wall": time.monotonic() - began,
                "ui_cpu": time.thread_time() - cpu,
                "children_cpu": children_cpu() - child,
            }
        )

    app_session.Session.toggle = traced_toggle
    finish = app_session.Session.finish

    def traced_finish(self) -> None:
        lines = (
            Path(CHILD_LOG).read_text(encoding="utf-8").splitlines()
            if Path(CHILD_LOG).exists()
            else []
        )
        children = [line.split(" ", 3) for line in lines]
        for t in toggles:
            inside = [e for e in events if t["began"] <= e[1] <= t["began"] + t["wall"]]

            def total(kind: str, column: int = 2, inside=inside) -> float:
                return sum(e[column] for e in inside if e[0] == kind)

            own = [
                float(c[0]) - t["epoch"]
                for c in children
                if c[3] == t["script"] and 0 <= float(c[0]) - t["epoch"] <= t["wall"]
            ]
            loads = [
                c
                for c in children
                if c[3].startswith("load") and 0 <= float(c[0]) - t["epoch"] <= t["wall"]
            ]
            t.update(
                steps_wall=total("_step"),
                steps_cpu=total("_step", 3),
                replace_cpu=total("replace_lines", 3),
                ui_convert_cpu=total("convert_run", 3),
                collect_cpu=total("collect", 3),
                chunks=sum(1 for e in inside if e[0] == "chunk"),
                first_chunk_started=min(own, default=None),
                loads_during=len(loads),
                loads_cpu=sum(float(c[2]) for c in loads),
            )
            print(
                f"TRACE {json.dumps({k: v for k, v in t.items() if k not in ('began', 'epoch')})}"
            )
        with open(os.environ.get("TRACE_SWITCH_OUT", "trace.json"), "w", encoding="utf-8") as f:
            json.dump({"toggles": toggles, "events": events, "children": children}, f)
        finish(self)

    app_session.Session.finish = traced_finish
    app_session.main()


if __name__ == "__main__":
    Path(CHILD_LOG).unlink(missing_ok=True)
    _session()
