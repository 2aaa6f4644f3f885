"""The self-test: ``report-reader --selftest`` and ``report-reader-cli selftest``.

Opens the bundled default report in a real main window (offscreen works) with a temporary
data dir, exercises each capability once — outline, every script view, the entity pass, a notes
round trip (export → import) — and prints a JSON summary::

    {"passed": bool, "checks": [{"name", "ok", "detail", "seconds"}], ...}

to stdout and, with ``--selftest-output FILE``, to FILE (a windowed Windows build has no
console). Exits 0 only if every available check passed and the outline and script checks ran.
A capability that is not in this build yet is reported as ``"skipped: not available"`` (ok,
with ``"skipped": true``) instead of failing, so the self-test grows with the app.

Each check is independent: an exception in one is caught and reported as its failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Checks that must have run (not skipped) for the self-test to pass.
REQUIRED = ("outline", "script:")
#: Text expected in each view of the default report (蘭州高新區 in the original).
_MARKERS = {
    "original": "蘭州高新區",
    "hans": "兰州高新区",
    "hant": "蘭州高新區",
    "tw": "蘭州高新區",
    "hk": "蘭州高新區",
}
_ENTITY_TYPES = {"ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM"}
_WAIT_SECONDS = 30.0


class Skipped(Exception):
    """A capability this build does not have (yet)."""


class CheckFailed(Exception):
    """A check found something wrong (the message says what)."""


def _require(condition: object, message: str) -> None:
    """Fail the running check with ``message`` unless ``condition`` holds (not ``assert``:
    ``python -O`` would strip it and every check would pass)."""
    if not condition:
        raise CheckFailed(message)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float
    skipped: bool = False

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "ok": self.ok,
            "detail": self.detail,
            "seconds": round(self.seconds, 3),
        }
        if self.skipped:
            out["skipped"] = True
        return out


@dataclass
class SelfTest:
    """Runs named checks and collects their results."""

    checks: list[Check] = field(default_factory=list)

    def run(self, name: str, check: Callable[[], str]) -> Check:
        started = time.perf_counter()
        try:
            detail = check()
            result = Check(name, True, detail or "ok", 0.0)
        except Skipped as why:
            result = Check(name, True, f"skipped: not available ({why})", 0.0, skipped=True)
        except (CheckFailed, AssertionError) as err:
            result = Check(name, False, str(err) or "check failed", 0.0)
        except Exception as err:  # noqa: BLE001 - every failure becomes a report line
            result = Check(name, False, f"{type(err).__name__}: {err}", 0.0)
        result.seconds = time.perf_counter() - started
        self.checks.append(result)
        return result

    @property
    def passed(self) -> bool:
        if not all(c.ok for c in self.checks):
            return False
        ran = [c.name for c in self.checks if not c.skipped]
        return all(any(n.startswith(req) for n in ran) for req in REQUIRED)

    def summary(self) -> dict[str, Any]:
        from gui import __version__

        return {
            "passed": self.passed,
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            "platform": _platform_name(),
            "checks": [c.as_json() for c in self.checks],
        }


def _platform_name() -> str:
    try:
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.platformName() or os.environ.get("QT_QPA_PLATFORM", "")
    except ImportError:
        return ""


def _wait(predicate: Callable[[], bool], seconds: float = _WAIT_SECONDS) -> bool:
    """Run the event loop until ``predicate()`` holds or ``seconds`` pass."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if predicate():
            return True
        QThread.msleep(5)
    return predicate()


class _RecordingNotifier:
    """Stands in for message boxes: the self-test must never block on a dialog."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def warning(self, parent, title: str, message: str) -> None:
        self.messages.append(f"{title}: {message}")


class _Context:
    """What the checks share: the document, the window, the temp data dir."""

    def __init__(self, data: Path, report: Path):
        self.data = data
        self.report = report
        self.document = None
        self.window = None
        self.notifier = _RecordingNotifier()

    @property
    def reader(self):
        return getattr(self.window, "reader", None)


# -- checks -----------------------------------------------------------------------------


def _check_resources(ctx: _Context) -> str:
    from gui.core.paths import resources_dir

    root = resources_dir()
    _require(ctx.report.is_file(), f"default report missing: {ctx.report}")
    from gui.core.script import converter

    converter("t2s")  # OpenCC's config and dictionaries load
    from gui.core.cleaning import is_reading

    _require(is_reading("區", "qū"), "pypinyin's reading table does not load")
    found = sorted(p.name for p in root.iterdir())
    return f"{root} ({', '.join(found)})"


def _check_fonts(ctx: _Context) -> str:
    from gui.fonts import ensure_cjk_font, renders_han

    fallback = ensure_cjk_font()
    ok, detail = renders_han()
    source = (
        f"fallback font registered: {fallback.registered_family}"
        if fallback.registered_family
        else f"system CJK fonts: {', '.join(fallback.system_families[:3]) or 'none'}"
    )
    if fallback.error:
        source += f"; {fallback.error}"
    _require(ok, f"{detail}; {source}")
    return f"{detail}; {source}"


def _check_document(ctx: _Context) -> str:
    from gui.core.reading import read_document

    ctx.document = doc = read_document(ctx.report)
    _require(doc.text, "the default report reads as empty")
    _require("(qū)" not in doc.text, "glued pinyin was not removed")
    return (
        f"{len(doc.text)} characters, title {doc.title!r}, {len(doc.sections)} sections, "
        f"{len(doc.damaged)} damaged runs, footer {'found' if doc.footer else 'none'}"
    )


def _make_window(ctx: _Context):
    try:
        from gui.settings import Settings
        from gui.ui.main_window import MainWindow
    except ImportError as err:
        raise Skipped(f"main window: {err}") from None
    settings = Settings(ctx.data / "settings.ini")
    try:
        return MainWindow(settings, notifier=ctx.notifier)
    except TypeError:
        return MainWindow(settings)


def _check_main_window(ctx: _Context) -> str:
    ctx.window = window = _make_window(ctx)
    window.show()
    signals = getattr(window, "signals", None)
    if signals is not None and hasattr(signals, "open_requested"):
        signals.open_requested.emit(str(ctx.report))
    elif hasattr(window, "session"):
        window.session.open(str(ctx.report))
    else:
        raise Skipped("the main window has no way to open a file")
    reader = ctx.reader
    _require(reader is not None, "the main window has no reader view")
    loaded = _wait(lambda: getattr(reader, "document_model", None) is not None)
    _require(
        loaded, f"the report did not open within {_WAIT_SECONDS:.0f} s: {ctx.notifier.messages}"
    )
    _require(not ctx.notifier.messages, f"errors shown: {ctx.notifier.messages}")
    _wait(lambda: window.isVisible() and reader.isVisible(), 5)
    shown = reader.toPlainText()
    _require(_MARKERS["original"] in shown, "the reader does not show the report text")
    if ctx.document is None:
        ctx.document = reader.document_model
    return f"{type(window).__name__} on {_platform_name()}: {len(shown)} characters shown"


def _check_outline(ctx: _Context) -> str:
    doc = ctx.document
    _require(doc is not None, "no document")
    sections = list(doc.sections)
    _require(sections, "no sections found")
    headings = [s.heading for s in sections if s.heading]
    _require(headings, "no section has a heading")
    for s in sections:
        _require(0 <= s.start <= s.end <= len(doc.text), f"section out of range: {s}")
    detail = f"{len(sections)} sections; first heading {headings[0][:20]!r}"
    outline = getattr(ctx.window, "outline", None)
    model = getattr(outline, "model", None)
    if model is None:
        return detail + " (no outline dock in the window)"
    _require(model.rowCount() > 0, "the outline dock is empty")
    reader = ctx.reader
    target = sections[-1].start
    if reader is not None and hasattr(outline, "jump_requested"):
        outline.jump_requested.emit(target)
        bar = reader.verticalScrollBar()
        moved = _wait(lambda: bar.value() > 0 or bar.maximum() == 0 or reader.top_text_pos() > 0, 5)
        _require(moved, "jumping to the last section did not scroll the reader")
    return detail + f"; outline dock shows {model.rowCount()} top-level rows"


def _check_script(ctx: _Context, script: str) -> str:
    from gui.core.script import make_view

    doc = ctx.document
    _require(doc is not None, "no document")
    view = make_view(doc.text, script)
    pieces = list(view.map.pieces())
    _require(sum(a for a, _ in pieces) == len(doc.text), "the map does not cover the text")
    _require(sum(b for _, b in pieces) == len(view.text), "the map does not cover the view")
    marker = _MARKERS[script]
    _require(marker in view.text, f"{marker!r} missing from the {script} view")
    detail = f"{len(view.text)} characters"
    window, reader = ctx.window, ctx.reader
    signals = getattr(window, "signals", None)
    if reader is None or signals is None or not hasattr(signals, "script_change_requested"):
        return detail + " (core only: no reader view)"
    signals.script_change_requested.emit(script)
    switched = _wait(lambda: str(getattr(reader, "script", "")) == script)
    _require(switched, f"the reader did not switch to {script}")
    switcher = getattr(reader, "switcher", None)
    if switcher is not None and hasattr(switcher, "finish"):
        switcher.finish()
    views = getattr(reader, "views", None)
    if views is not None and hasattr(views, "is_complete"):
        _wait(lambda: views.is_complete(script), 10)
    shown = reader.toPlainText()
    _require(marker in shown, f"the reader does not show {marker!r} in {script}")
    return detail + "; shown in the reader"


def _check_entities(ctx: _Context) -> str:
    try:
        from gui.core.entities import recognise
    except ImportError as err:
        raise Skipped(f"entities: {err}") from None
    doc = ctx.document
    _require(doc is not None, "no document")
    entities = list(recognise(doc.text))
    _require(entities, "no entities recognised in the default report")
    by_type: dict[str, int] = {}
    for e in entities:
        _require(doc.text[e.start : e.end] == e.text, f"entity span does not match its text: {e}")
        _require(e.type in _ENTITY_TYPES, f"unknown entity type {e.type!r}")
        by_type[e.type] = by_type.get(e.type, 0) + 1
    counts = ", ".join(f"{k} {v}" for k, v in sorted(by_type.items()))
    detail = f"{len(entities)} entities ({counts})"
    feature = getattr(ctx.window, "entities", None)
    if feature is None or not hasattr(feature, "busy") or not hasattr(feature, "spans"):
        return detail + " (core only: no entity feature in the window)"
    finished = _wait(lambda: not feature.busy and bool(feature.spans))
    _require(finished, "the window's entity pass did not finish")
    return detail + f"; {len(feature.spans)} highlighted in the window"


def _cli(argv: list[str]) -> int:
    """Run ``report-reader-cli`` in this process, keeping the data dir it changes; its own
    messages are kept off stdout, which carries only the JSON summary."""
    import contextlib
    import io

    from gui.cli import main as cli_main
    from gui.core import paths

    before = paths._data_dir_override  # noqa: SLF001 - restored below
    messages = io.StringIO()
    try:
        with contextlib.redirect_stdout(messages), contextlib.redirect_stderr(messages):
            status = cli_main(argv)
    finally:
        paths.set_data_dir(before)
    if status != 0:
        raise CheckFailed(f"report-reader-cli {argv[2:4]} failed: {messages.getvalue().strip()}")
    return status


def _check_notes(ctx: _Context) -> str:
    try:
        from gui.cli import notes as _notes_cli  # noqa: F401 - presence check
        from gui.core.notes import NoteStore, new_passage_note
    except ImportError as err:
        raise Skipped(f"notes: {err}") from None
    doc = ctx.document
    _require(doc is not None, "no document")
    start = doc.text.index(_MARKERS["original"])
    end = start + len(_MARKERS["original"])
    first, second = ctx.data / "notes-export", ctx.data / "notes-import"
    first.mkdir()
    second.mkdir()
    with NoteStore(first / "notes.sqlite3") as store:
        store.remember_document(doc.fingerprint, ctx.report, doc.title)
        note = store.add(
            new_passage_note(doc, start, end, body="自检 self-test", tags=["selftest"])
        )
    exported = ctx.data / "notes.json"
    status = _cli(
        ["--data-dir", str(first), "notes", "export", str(ctx.report), "--format", "json"]
        + ["-o", str(exported)]
    )
    _require(status == 0 and exported.is_file(), f"notes export failed (status {status})")
    for fmt in ("md", "html", "csv"):
        out = ctx.data / f"notes.{fmt}"
        status = _cli(
            ["--data-dir", str(first), "notes", "export", str(ctx.report), "--format", fmt]
            + ["-o", str(out)]
        )
        _require(status == 0, f"notes export --format {fmt} failed (status {status})")
        _require("自检" in out.read_text(encoding="utf-8-sig"), f"{fmt} export lacks the note")
    status = _cli(["--data-dir", str(second), "notes", "import", str(ctx.report), str(exported)])
    _require(status == 0, f"notes import failed (status {status})")
    with NoteStore(second / "notes.sqlite3") as store:
        imported = store.notes_for(doc.fingerprint)
    _require(len(imported) == 1, f"expected 1 imported note, found {len(imported)}")
    back = imported[0]
    _require((back.start, back.end) == (note.start, note.end), "the anchor moved")
    _require(back.anchor.exact == note.anchor.exact, "the quote changed")
    _require(back.body == note.body and tuple(back.tags) == tuple(note.tags), "body/tags changed")
    return f"1 note exported (json, md, html, csv) and imported at {back.start}–{back.end}"


_FORMAT_PARAGRAPH = "蘭州高新區2021年工作報告。"


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF showing ASCII ``text`` in Helvetica (exercises pdfminer when frozen)."""
    content = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _check_format(ctx: _Context, kind: str) -> str:
    try:
        import gui.core.formats  # noqa: F401 - presence check
    except ImportError as err:
        raise Skipped(f"format readers: {err}") from None
    from gui.core.reading import read_document

    path = ctx.data / f"sample.{kind}"
    expected = _FORMAT_PARAGRAPH
    if kind == "md":
        path.write_text(f"# 標題\n\n{_FORMAT_PARAGRAPH}\n", encoding="utf-8")
    elif kind == "html":
        path.write_text(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>標題</title></head>"
            f"<body><article><h1>標題</h1><p>{_FORMAT_PARAGRAPH}</p></article></body></html>",
            encoding="utf-8",
        )
    elif kind == "docx":
        try:
            import docx
        except ImportError as err:
            raise Skipped(f"python-docx: {err}") from None
        document = docx.Document()
        document.add_heading("標題", level=1)
        document.add_paragraph(_FORMAT_PARAGRAPH)
        document.save(str(path))
    elif kind == "pdf":
        expected = "Report Reader self-test"
        path.write_bytes(_minimal_pdf(expected))
    doc = read_document(path)
    _require(expected in doc.text, f"{kind}: {expected!r} not in {doc.text[:80]!r}")
    return f"{len(doc.text)} characters, {len(doc.sections)} sections"


def _check_analyze(ctx: _Context) -> str:
    from gui.cli.analyze import analysis_json

    doc = ctx.document
    _require(doc is not None, "no document")
    result = analysis_json(doc, script="tw")
    encoded = json.dumps(result, ensure_ascii=False)
    _require(result["text"] == doc.text and result["view"]["text"], "analyze output incomplete")
    return f"{len(encoded)} characters of JSON"


def _close_window(ctx: _Context) -> str:
    window = ctx.window
    if window is None:
        raise Skipped("no main window was opened")
    window.close()
    _wait(lambda: not window.isVisible(), 5)
    _require(not window.isVisible(), "the window did not close")
    return "closed"


# -- running ----------------------------------------------------------------------------


def _ensure_platform() -> None:
    """Headless Linux (CI, ssh) gets the offscreen platform unless one was chosen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _screenshot(ctx: _Context, path: Path) -> str:
    window = ctx.window
    if window is None:
        raise Skipped("no main window was opened")
    signals = getattr(window, "signals", None)
    if signals is not None and hasattr(signals, "script_change_requested"):
        signals.script_change_requested.emit("original")
        _wait(lambda: str(getattr(ctx.reader, "script", "")) == "original", 5)
    _wait(lambda: False, 0.3)  # let pending paints happen
    _require(window.grab().save(str(path), "PNG"), f"cannot write {path}")
    return str(path)


def run(
    output: Path | str | None = None,
    report: Path | str | None = None,
    screenshot: Path | str | None = None,
) -> int:
    """Run every check; print the JSON summary (and write it to ``output``). Returns 0 if
    the self-test passed, else 1."""
    from gui.core import paths

    _ensure_platform()
    try:
        from gui.ui.none_refcount import keep_none_alive
    except ImportError:
        pass
    else:
        keep_none_alive()  # before any Qt call, as gui.app does (PySide6 6.12 on Python 3.11)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "selftest"])
    previous_override = paths._data_dir_override  # noqa: SLF001 - restored below
    previous_env = os.environ.get("REPORT_READER_DATA_DIR")
    test = SelfTest()
    with tempfile.TemporaryDirectory(prefix="report-reader-selftest-") as tmp:
        data = Path(tmp)
        paths.set_data_dir(data)
        os.environ["REPORT_READER_DATA_DIR"] = str(data)
        try:
            ctx = _Context(data, Path(report) if report else paths.default_report())
            test.run("resources", lambda: _check_resources(ctx))
            test.run("fonts", lambda: _check_fonts(ctx))
            test.run("document", lambda: _check_document(ctx))
            test.run("main-window", lambda: _check_main_window(ctx))
            test.run("outline", lambda: _check_outline(ctx))
            for script in ("original", "hans", "hant", "tw", "hk"):
                test.run(f"script:{script}", lambda s=script: _check_script(ctx, s))
            test.run("entities", lambda: _check_entities(ctx))
            test.run("notes-roundtrip", lambda: _check_notes(ctx))
            test.run("analyze", lambda: _check_analyze(ctx))
            for kind in ("md", "html", "docx", "pdf"):
                test.run(f"format:{kind}", lambda k=kind: _check_format(ctx, k))
            if screenshot:
                test.run("screenshot", lambda: _screenshot(ctx, Path(screenshot)))
            test.run("close-window", lambda: _close_window(ctx))
            if ctx.window is not None:
                ctx.window.deleteLater()
                ctx.window = None
            app.processEvents()
        finally:
            paths.set_data_dir(previous_override)
            if previous_env is None:
                os.environ.pop("REPORT_READER_DATA_DIR", None)
            else:
                os.environ["REPORT_READER_DATA_DIR"] = previous_env
    text = json.dumps(test.summary(), ensure_ascii=False, indent=1)
    if sys.stdout is not None:
        print(text, flush=True)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    return 0 if test.passed else 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--selftest-output",
        metavar="FILE",
        help="also write the JSON summary to FILE (a windowed build has no console)",
    )
    parser.add_argument(
        "--selftest-report", metavar="FILE", help="open FILE instead of the bundled report"
    )
    parser.add_argument(
        "--selftest-screenshot", metavar="PNG", help="save a picture of the main window"
    )


def main(args: Sequence[str] | argparse.Namespace | None = None) -> int:
    """``report-reader --selftest [--selftest-output FILE]``; other arguments are ignored.

    ``args`` is the argument list (without the program name), or the namespace the GUI's own
    parser made, in which case the self-test's options are read from ``sys.argv``."""
    parser = argparse.ArgumentParser(prog="report-reader --selftest", add_help=False)
    parser.add_argument("--selftest", action="store_true")
    add_arguments(parser)
    if args is None or isinstance(args, argparse.Namespace):
        args = sys.argv[1:]
    known, _ = parser.parse_known_args(list(args))
    return run(
        output=known.selftest_output,
        report=known.selftest_report,
        screenshot=known.selftest_screenshot,
    )


if __name__ == "__main__":
    sys.exit(main())
