"""The outline and the notes list are re-titled once a whole-document switch is converted,
not during its pass (gui/ui/whole_view_titles.py, #11 part J).

Told at the switch that every row changed, a list's tree measured every row, and each row's
heading or quote line was converted on the UI thread, one at a time, while the worker
processes converted the same lines (on a 1 M-character report with 1,000 notes, ~0.35 s more
of the UI thread's CPU in a Traditional pass than in 简). Here every announcement of a row's
new text is checked against the reader's view: it must come when the whole view is converted,
and the rows must then read in the new script."""

from __future__ import annotations

import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

CHARS = 200_000


def test_lists_are_retitled_after_the_pass_and_read_in_the_new_script(make_window, tmp_path, qtbot):
    from gui.core.script import Script, convert_fragment
    from gui.models.notes_model import NOTE_ROLE

    path = tmp_path / "report.txt"
    path.write_text(build_large_report(CHARS), encoding="utf-8")
    window = make_window(path)
    reader = window.reader
    qtbot.waitUntil(lambda: not reader.filler.busy and not reader.switcher.busy, timeout=120_000)
    doc = reader.document_model
    notes = window.notes
    step = len(doc.text) // 40
    for k in range(40):  # a passage in every part of the report, outside its headings
        start = doc.text.index("发展", k * step)
        notes.highlight(start, start + 4)
    model, outline = notes.dock.model, window.outline.model
    qtbot.waitUntil(lambda: len(model.visible_notes()) == 40, timeout=10_000)
    qtbot.waitUntil(lambda: not model._notify_timer.isActive(), timeout=10_000)  # noqa: SLF001

    complete: list[tuple[str, bool]] = []

    def heard(kind: str):
        def record(top, *_):
            if top.column() == 0:  # the outline's counts (column 1) may change meanwhile
                complete.append((kind, reader.views.is_complete(Script.HANT)))

        return record

    model.dataChanged.connect(heard("notes"))
    outline.dataChanged.connect(heard("outline"))
    assert not reader.views.is_complete(Script.HANT)
    progress = [0, 1]
    window.signals.conversion_progress.connect(lambda done, total: progress.__setitem__(0, done))
    window.signals.conversion_progress.connect(lambda done, total: progress.__setitem__(1, total))
    window.scripts.actions[Script.HANT].trigger()

    def settled() -> bool:  # the reader's blocks all in, the lists told of every row
        timers = (model._notify_timer, outline._notify_timer)  # noqa: SLF001
        # Both lists heard of the switch: the re-titling is queued a turn after the pass's
        # last progress, and a check in between (more likely on a busy machine) found the
        # pass done and no announcement yet (session 13).
        heard_both = {kind for kind, _ in complete} == {"notes", "outline"}
        done = progress[0] >= progress[1]
        return done and heard_both and not any(t.isActive() for t in timers)

    qtbot.waitUntil(settled, timeout=60_000)
    # Both lists heard of the switch, every row of them, but only once the view was whole.
    assert {kind for kind, _ in complete} == {"notes", "outline"}, complete
    assert [kind for kind, whole in complete if not whole] == []
    # And they read in the new script.
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for r in range(model.rowCount(group)):
            note = model.index(r, 0, group).data(NOTE_ROLE)
            shown = model.index(r, 0, group).data()
            assert convert_fragment(note.anchor.exact, Script.HANT) in shown
    first = next(i for i, s in enumerate(doc.sections) if s.heading_start is not None)
    heading = doc.text[doc.sections[first].heading_start : doc.sections[first].heading_end]
    assert (
        outline.index_for_section(first).data().strip()
        == convert_fragment(heading, Script.HANT).strip()
    )
