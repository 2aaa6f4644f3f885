"""The UI thread's CPU, by function, through one whole-document script switch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_switch.py \\
        FILE --data-dir DIR --notes 1000 --toggles [--profile-script hant] \\
        [--profile-out switch.prof]

Runs ``app_session.py``'s session (same arguments) and prints, per toggle, its wall clock,
the UI thread's CPU and that CPU in the notes list's and the outline's announcements, the
reader's block replacements and the highlighter. With ``--profile-out``, from the moment the toolbar's action
for ``--profile-script`` is triggered until that view is complete and the reader's blocks are
replaced, profiles the UI thread with :mod:`cProfile` on the thread's CPU clock
(``time.thread_time``), so a preempted UI thread under load counts nothing. Prints the top
functions by own and by cumulative time, and the toggle's wall clock and UI-thread CPU.
Nothing of this is in the app: ``Session.toggle`` is wrapped from here.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]


def _option(name: str, default: str) -> str:
    if name in sys.argv:
        at = sys.argv.index(name)
        value = sys.argv[at + 1]
        del sys.argv[at : at + 2]
        return value
    return default


def main() -> None:
    wanted = _option("--profile-script", "hant")
    out = _option("--profile-out", "")
    top = int(_option("--profile-top", "40"))
    import app_session

    from gui.models.notes_model import NotesModel
    from gui.models.outline_model import OutlineModel
    from gui.ui.highlighter import SpanHighlighter
    from gui.ui.reader_view import ReaderView

    # Without the profiler's cost per call: the UI thread's CPU in a few named parts, summed
    # per toggle (cProfile inflates many small Python calls several times over).
    spent: dict[str, float] = {}

    def timed(cls, name: str, label: str) -> None:
        original = getattr(cls, name)

        def traced(self, *args, **kwargs):
            cpu = time.thread_time()
            try:
                return original(self, *args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.thread_time() - cpu

        setattr(cls, name, traced)

    timed(NotesModel, "_announce_pending", "notes list's announcements")
    timed(OutlineModel, "_announce_pending", "outline's announcements")
    timed(ReaderView, "replace_lines", "reader's replacements")
    timed(SpanHighlighter, "highlightBlock", "highlighter")

    toggle = app_session.Session.toggle

    def each(self, script: str):
        spent.clear()
        began, cpu = time.monotonic(), time.thread_time()
        yield from toggle(self, script)
        parts = ", ".join(f"{k} {v:.2f}" for k, v in spent.items())
        print(
            f"TOGGLE {script}: wall {time.monotonic() - began:.2f} s, UI thread CPU "
            f"{time.thread_time() - cpu:.2f} s ({parts})",
            flush=True,
        )

    def profiled(self, script: str):
        if script != wanted or not out:
            yield from each(self, script)
            return
        profile = cProfile.Profile(time.thread_time)
        began, cpu = time.monotonic(), time.thread_time()
        profile.enable()
        try:
            yield from each(self, script)
        finally:
            profile.disable()
        wall, used = time.monotonic() - began, time.thread_time() - cpu
        if out:
            profile.dump_stats(out)
        text = io.StringIO()
        stats = pstats.Stats(profile, stream=text)
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
        print(f"PROFILE {script}: wall {wall:.2f} s, UI thread CPU {used:.2f} s", flush=True)
        print(text.getvalue(), flush=True)

    app_session.Session.toggle = profiled
    app_session.main()


if __name__ == "__main__":
    main()
