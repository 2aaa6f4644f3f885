"""Where a switch's UI-thread work goes, pass by pass of the event loop.

    TRACE_TICKERS_OUT=ticks.json .venv/bin/python benchmarks/trace_tickers.py REPORT \
        --data-dir DIR --notes 1000 --toggles [--switch-to FILE]

Runs ``app_session.py``'s session, wrapping from outside (nothing of it is in the app) the
three tickers that work after a switch: the reader's ``ScriptSwitcher._step``, the notes
list's and the outline's ``_announce_pending`` (and ``refresh_headings``). Every call is
written to the JSON file as ``[ticker, pass, UI-thread CPU ms, phase]``, where ``pass`` counts
the event loop's passes (the dispatcher's ``awake``); it prints per phase the calls, their CPU
and the most CPU spent in one pass.
"""

from __future__ import annotations

import collections
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def summary(log: list) -> None:
    calls: dict = collections.defaultdict(lambda: collections.defaultdict(list))
    passes: dict = collections.defaultdict(lambda: collections.defaultdict(float))
    for tag, n, ms, phase in log:
        calls[phase][tag].append(ms)
        if tag != "outline_refresh":  # it holds an _announce_pending call: counted there
            passes[phase][n] += ms
    for phase, tags in calls.items():
        parts = "  ".join(
            f"{t}: {len(v)} calls {sum(v):.0f} ms, longest {max(v):.1f}"
            for t, v in sorted(tags.items())
        )
        print(f"{phase:16} {parts} | most in one pass {max(passes[phase].values()):.0f} ms")


def main() -> None:
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    import app_session
    from PySide6.QtCore import QAbstractEventDispatcher

    from gui.models.notes_model import NotesModel
    from gui.models.outline_model import OutlineModel
    from gui.ui.lazy_conversion import ScriptSwitcher

    log: list = []
    state = {"pass": 0, "hooked": False}
    sessions: list = []

    def awake() -> None:
        state["pass"] += 1

    def wrap(cls, name: str, tag: str) -> None:
        original = getattr(cls, name)

        def traced(self, *args, **kwargs):
            if not state["hooked"] and QAbstractEventDispatcher.instance() is not None:
                QAbstractEventDispatcher.instance().awake.connect(awake)
                state["hooked"] = True
            began = time.thread_time()
            result = original(self, *args, **kwargs)
            took = (time.thread_time() - began) * 1000
            phase = getattr(sessions[0], "phase", "?") if sessions else "?"
            log.append((tag, state["pass"], round(took, 2), phase))
            return result

        setattr(cls, name, traced)

    wrap(OutlineModel, "_announce_pending", "outline")
    wrap(OutlineModel, "refresh_headings", "outline_refresh")
    wrap(NotesModel, "_announce_pending", "notes")
    wrap(ScriptSwitcher, "_step", "reader")
    attach, finish = app_session.Session.attach, app_session.Session.finish

    def attached(self, app) -> None:
        sessions.append(self)
        attach(self, app)

    def finished(self) -> None:
        with open(os.environ.get("TRACE_TICKERS_OUT", "ticks.json"), "w") as f:
            json.dump(log, f)
        summary(log)
        finish(self)

    app_session.Session.attach, app_session.Session.finish = attached, finished
    sys.argv = [str(HERE / "app_session.py"), *sys.argv[1:]]
    app_session.main()


if __name__ == "__main__":  # the worker processes import this module again: only here
    main()
