"""Where opening a report after a long one spends its time: ``app_session.py`` with a timeline.

    TRACE_REPORT_SWITCH_OUT=t.json .venv/bin/python benchmarks/trace_report_switch.py \\
        FILE --data-dir DIR --notes 1000 [--toggles] --switch-to OTHER

Runs ``app_session.py``'s session (same arguments) and, from the moment ``--switch-to`` asks
the session to open the other report until it is shown, records each call of the functions
listed in ``TRACED`` below (the reading, the document's arrival, the entity feature's import
steps, its request, the pass on its worker thread and the recogniser's cold loads inside it,
the answer's hand-over and each layer's paint) with its start (ms after the open request),
wall and thread CPU time and thread; and the recogniser's child process (its pid, and whether
it was running at the open). Prints one ``SWITCH`` line per event, and the session's own line.
Nothing of this is in the app: the app's functions are wrapped from here, as
``app_session.py`` wraps ``QApplication.exec``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]
from screen import stat_cpu  # noqa: E402 - after the path

#: (module, attribute path) of what is timed during the switch.
TRACED = (
    ("gui.ui.session", "ReaderSession.open"),
    ("gui.ui.entities.install", "EntityFeature._on_document"),
    ("gui.ui.entities.install", "EntityFeature.recognise"),
    ("gui.ui.entities.install", "EntityFeature._on_recognised"),
    ("gui.ui.entities.install", "EntityFeature._adopt"),
    ("gui.ui.entities.install", "EntityFeature._paint_type"),
    ("gui.ui.entities.install", "EntityFeature._paint_counts"),
    ("gui.ui.entities.install", "EntityFeature._finish"),
    ("gui.ui.entities.recognition", "_recognise"),
    ("gui.core.deferred_imports", "import_quietly"),
    ("gui.core.entity_pass", "recognise_in_chunks"),
    ("gui.core.entity_pass", "recognise_in_process"),
    ("gui.core.entity_pass", "arrange"),
    ("gui.core.entity_pass", "arrange_grouped"),
    ("gui.core.entity_pass", "shutdown_process_pool"),
    ("gui.core.entities.gazetteer", "load_gazetteer"),
    ("gui.core.script", "Converter.__init__"),
    ("gui.core.entities.recogniser", "recognise"),
)


def main() -> None:
    import app_session

    events: list[dict] = []
    clock = {"began": None}  # the open request's time.monotonic(), once the switch begins
    ui = threading.get_ident()

    def wrap(module_name: str, path: str) -> None:
        module = importlib.import_module(module_name)
        *outer, name = path.split(".")
        owner = module
        for part in outer:
            owner = getattr(owner, part)
        original = getattr(owner, name)

        def traced(*args, **kwargs):
            began = clock["began"]
            if began is None:
                return original(*args, **kwargs)
            t0, c0 = time.monotonic(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                detail = args[0] if name == "import_quietly" else ""
                events.append(
                    {
                        "what": f"{path} {detail}".strip(),
                        "at_ms": round((t0 - began) * 1000, 1),
                        "wall_ms": round((time.monotonic() - t0) * 1000, 1),
                        "cpu_ms": round((time.thread_time() - c0) * 1000, 1),
                        "thread": "ui" if threading.get_ident() == ui else "worker",
                    }
                )

        setattr(owner, name, traced)
        # Names imported by value elsewhere (``from gui.core.entity_pass import arrange``).
        if not outer:
            for other in list(sys.modules.values()):
                if other is not module and getattr(other, name, None) is original:
                    setattr(other, name, traced)

    # Each module is wrapped when the app imports it, not before: importing the recogniser
    # here would take its import out of the switch being measured.
    pending: dict[str, list[str]] = {}
    for module_name, path in TRACED:
        if module_name in sys.modules:
            wrap(module_name, path)
        else:
            pending.setdefault(module_name, []).append(path)

    class WrapAfterImport:
        """A finder that lets the others find the module, then wraps it once executed."""

        def find_spec(self, fullname, target_path=None, target=None):
            if fullname not in pending:
                return None
            sys.meta_path.remove(self)
            try:
                spec = importlib.util.find_spec(fullname)
            finally:
                sys.meta_path.insert(0, self)
            if spec is None or spec.loader is None:
                return spec
            execute, paths = spec.loader.exec_module, pending.pop(fullname)

            def exec_and_wrap(module):
                execute(module)
                for path in paths:
                    wrap(fullname, path)

            spec.loader.exec_module = exec_and_wrap
            return spec

    sys.meta_path.insert(0, WrapAfterImport())

    plan = app_session.Session.plan

    def traced_plan(self):
        def keep() -> None:
            if clock["began"] is not None and "switch_events" not in self.figures:
                state = self.figures.get("at_switch") or {}
                # The child's CPU from the open request until the report was shown.
                state["entity_child_cpu"] = round(
                    stat_cpu(state.get("entity_child", [])) - state.get("entity_child_cpu", 0.0), 3
                )
                self.figures["switch_events"] = sorted(events, key=lambda e: e["at_ms"])
                clock["began"] = None

        for step in plan(self):
            if self.phase == "after switch":
                keep()
            yield step
        keep()

    app_session.Session.plan = traced_plan
    holder: list = []
    attach = app_session.Session.attach

    def attach_and_hold(self, app) -> None:
        holder.append(self)
        attach(self, app)

    app_session.Session.attach = attach_and_hold

    def note_open(self, *args, **kwargs):
        watcher = holder[0] if holder else None
        if watcher is not None and watcher.phase == "switch" and clock["began"] is None:
            from gui.core import entity_pass

            pool = entity_pass._process_pool  # noqa: SLF001 - the running child, if any
            watcher.figures["at_switch"] = {
                "entity_child": sorted(getattr(pool, "_processes", None) or {}),
                "recogniser_imported": "gui.core.entities.recogniser" in sys.modules,
                "gazetteer_loaded": bool(
                    getattr(sys.modules.get("gui.core.entities.gazetteer"), "_cache", None)
                ),
                "entity_pass_busy": entity_pass.recognising(),
            }
            watcher.figures["at_switch"]["entity_child_cpu"] = stat_cpu(
                watcher.figures["at_switch"]["entity_child"]
            )
            clock["began"] = time.monotonic()  # app_session's clock starts just before
        return open_original(self, *args, **kwargs)

    from gui.ui import session as session_module

    open_original = session_module.ReaderSession.open
    session_module.ReaderSession.open = note_open
    finish = app_session.Session.finish

    def traced_finish(self) -> None:
        print("SWITCH-STATE " + json.dumps(self.figures.get("at_switch")), flush=True)
        for event in self.figures.get("switch_events", []):
            print("SWITCH " + json.dumps(event, ensure_ascii=False), flush=True)
        out = os.environ.get("TRACE_REPORT_SWITCH_OUT")
        if out:
            Path(out).write_text(json.dumps(self.figures, ensure_ascii=False), encoding="utf-8")
        finish(self)

    app_session.Session.finish = traced_finish
    app_session.main()


if __name__ == "__main__":
    main()
