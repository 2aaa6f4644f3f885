"""The checks of the self-test, one function each (see :mod:`gui.selftest`).

Each takes the shared :class:`Context`, returns a one-line detail, raises
:class:`~gui.selftest.base.CheckFailed` (through ``require``) when something is wrong and
:class:`~gui.selftest.base.Skipped` when the capability is not in this build.
"""

from __future__ import annotations

import json
from pathlib import Path

from gui.selftest.base import WAIT_SECONDS, CheckFailed, Skipped, platform_name, require, wait

#: Text expected in each view of the default report (蘭州高新區 in the original).
_MARKERS = {
    "original": "蘭州高新區",
    "hans": "兰州高新区",
    "hant": "蘭州高新區",
    "tw": "蘭州高新區",
    "hk": "蘭州高新區",
}
_ENTITY_TYPES = {"ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM"}


class Context:
    """What the checks share: the document, the window, the temp data dir."""

    def __init__(self, data: Path, report: Path):
        self.data = data
        self.report = report
        self.document = None
        self.window = None
        from gui.ui.notifier import RecordingNotifier

        self.notifier = RecordingNotifier()

    @property
    def reader(self):
        return getattr(self.window, "reader", None)


def check_resources(ctx: Context) -> str:
    from gui.core.paths import resources_dir

    root = resources_dir()
    require(ctx.report.is_file(), f"default report missing: {ctx.report}")
    from gui.core.script import converter

    converter("pivot")  # the OpenCC data in resources/opencc and the overlays load
    from gui.core.cleaning import is_reading

    require(is_reading("區", "qū"), "the pinyin reading table (resources/pinyin) does not load")
    # The icon is an SVG: the svg icon engine and image format plugins must be in the build.
    from PySide6.QtGui import QIcon, QImage

    svg = root / "icons" / "report-reader.svg"
    require(not QImage(str(svg)).isNull(), f"cannot read {svg.name} (imageformats/libqsvg)")
    require(not QIcon(str(svg)).pixmap(48, 48).isNull(), "the SVG icon does not render")
    found = sorted(p.name for p in root.iterdir())
    return f"{root} ({', '.join(found)})"


def check_fonts(ctx: Context) -> str:
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
    require(ok, f"{detail}; {source}")
    return f"{detail}; {source}"


def check_translations(ctx: Context) -> str:
    try:
        from gui.i18n import translations_dir
    except ImportError as err:
        raise Skipped(f"translations: {err}") from None
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    folder = translations_dir()
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not compiled and not (folder.is_dir() and any(folder.glob("*.ts"))):
        raise Skipped("no translations in this build")
    require(compiled, f"no compiled .qm in {folder} (python -m gui.i18n --compile)")
    for qm in compiled:
        translator = QTranslator()
        require(translator.load(str(qm)) and not translator.isEmpty(), f"cannot load {qm.name}")
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    require(
        qt.load(QLocale("zh_CN"), "qtbase", "_", qt_dir), f"qtbase_zh_CN.qm missing in {qt_dir}"
    )
    cancel = qt.translate("QPlatformTheme", "Cancel")
    require(cancel == "取消", f"Qt's own Chinese translation is wrong: Cancel → {cancel!r}")
    return f"{', '.join(q.name for q in compiled)}; Qt's qtbase_zh_CN"


def check_document(ctx: Context) -> str:
    from gui.core.reading import read_document

    ctx.document = doc = read_document(ctx.report)
    require(doc.text, "the default report reads as empty")
    require("(qū)" not in doc.text, "glued pinyin was not removed")
    return (
        f"{len(doc.text)} characters, title {doc.title!r}, {len(doc.sections)} sections, "
        f"{len(doc.damaged)} damaged runs, footer {'found' if doc.footer else 'none'}"
    )


def _make_window(ctx: Context):
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


def check_main_window(ctx: Context) -> str:
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
    require(reader is not None, "the main window has no reader view")
    loaded = wait(lambda: getattr(reader, "document_model", None) is not None)
    require(loaded, f"the report did not open within {WAIT_SECONDS:.0f} s: {ctx.notifier.messages}")
    require(not ctx.notifier.messages, f"errors shown: {ctx.notifier.messages}")
    wait(lambda: window.isVisible() and reader.isVisible(), 5)
    shown = reader.toPlainText()
    require(_MARKERS["original"] in shown, "the reader does not show the report text")
    if ctx.document is None:
        ctx.document = reader.document_model
    return f"{type(window).__name__} on {platform_name()}: {len(shown)} characters shown"


def check_outline(ctx: Context) -> str:
    doc = ctx.document
    require(doc is not None, "no document")
    sections = list(doc.sections)
    require(sections, "no sections found")
    headings = [s.heading for s in sections if s.heading]
    require(headings, "no section has a heading")
    for s in sections:
        require(0 <= s.start <= s.end <= len(doc.text), f"section out of range: {s}")
    detail = f"{len(sections)} sections; first heading {headings[0][:20]!r}"
    outline = getattr(ctx.window, "outline", None)
    model = getattr(outline, "model", None)
    if model is None:
        return detail + " (no outline dock in the window)"
    require(model.rowCount() > 0, "the outline dock is empty")
    reader = ctx.reader
    target = sections[-1].start
    if reader is not None and hasattr(outline, "jump_requested"):
        outline.jump_requested.emit(target)
        bar = reader.verticalScrollBar()
        moved = wait(lambda: bar.value() > 0 or bar.maximum() == 0 or reader.top_text_pos() > 0, 5)
        require(moved, "jumping to the last section did not scroll the reader")
    return detail + f"; outline dock shows {model.rowCount()} top-level rows"


def check_script(ctx: Context, script: str) -> str:
    from gui.core.script import make_view

    doc = ctx.document
    require(doc is not None, "no document")
    view = make_view(doc.text, script)
    pieces = list(view.map.pieces())
    require(sum(a for a, _ in pieces) == len(doc.text), "the map does not cover the text")
    require(sum(b for _, b in pieces) == len(view.text), "the map does not cover the view")
    marker = _MARKERS[script]
    require(marker in view.text, f"{marker!r} missing from the {script} view")
    detail = f"{len(view.text)} characters"
    window, reader = ctx.window, ctx.reader
    signals = getattr(window, "signals", None)
    if reader is None or signals is None or not hasattr(signals, "script_change_requested"):
        return detail + " (core only: no reader view)"
    signals.script_change_requested.emit(script)
    switched = wait(lambda: str(getattr(reader, "script", "")) == script)
    require(switched, f"the reader did not switch to {script}")
    switcher = getattr(reader, "switcher", None)
    if switcher is not None and hasattr(switcher, "finish"):
        switcher.finish()
    views = getattr(reader, "views", None)
    if views is not None and hasattr(views, "is_complete"):
        wait(lambda: views.is_complete(script), 10)
    shown = reader.toPlainText()
    require(marker in shown, f"the reader does not show {marker!r} in {script}")
    return detail + "; shown in the reader"


def check_entities(ctx: Context) -> str:
    try:
        from gui.core.entities import recognise
    except ImportError as err:
        raise Skipped(f"entities: {err}") from None
    doc = ctx.document
    require(doc is not None, "no document")
    entities = list(recognise(doc.text))
    require(entities, "no entities recognised in the default report")
    by_type: dict[str, int] = {}
    for e in entities:
        require(doc.text[e.start : e.end] == e.text, f"entity span does not match its text: {e}")
        require(e.type in _ENTITY_TYPES, f"unknown entity type {e.type!r}")
        by_type[e.type] = by_type.get(e.type, 0) + 1
    counts = ", ".join(f"{k} {v}" for k, v in sorted(by_type.items()))
    detail = f"{len(entities)} entities ({counts})"
    feature = getattr(ctx.window, "entities", None)
    if feature is None or not hasattr(feature, "busy") or not hasattr(feature, "spans"):
        return detail + " (core only: no entity feature in the window)"
    finished = wait(lambda: not feature.busy and bool(feature.spans))
    require(finished, "the window's entity pass did not finish")
    return detail + f"; {len(feature.spans)} highlighted in the window"


def _cli(argv: list[str]) -> int:
    """Run ``report-reader-cli ARGV`` for the ``notes`` commands in this process: the same
    argument parsing and command code, without the CLI's entry point (which offers this
    self-test). The data dir it changes is restored; the commands' own messages are kept off
    stdout, which carries only the JSON summary."""
    import argparse
    import contextlib
    import io

    from gui.cli import notes as notes_cli
    from gui.cli.errors import CliError
    from gui.core import paths

    parser = argparse.ArgumentParser(prog="report-reader-cli")
    parser.add_argument("--data-dir")
    notes_cli.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    before = paths._data_dir_override  # noqa: SLF001 - restored below
    messages = io.StringIO()
    try:
        paths.set_data_dir(args.data_dir)
        with contextlib.redirect_stdout(messages), contextlib.redirect_stderr(messages):
            status = int(args.run(args) or 0)
    except CliError as err:
        raise CheckFailed(f"report-reader-cli {argv[2:4]} failed: {err}") from None
    finally:
        paths.set_data_dir(before)
    if status != 0:
        raise CheckFailed(f"report-reader-cli {argv[2:4]} failed: {messages.getvalue().strip()}")
    return status


def check_notes(ctx: Context) -> str:
    try:
        from gui.cli import notes as _notes_cli  # noqa: F401 - presence check
        from gui.core.notes import NoteStore, new_passage_note
        from gui.core.notes.bookmarks import new_bookmark, save_bookmark, stored_bookmarks
    except ImportError as err:
        raise Skipped(f"notes: {err}") from None
    doc = ctx.document
    require(doc is not None, "no document")
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
        mark = new_bookmark(doc, start, "自检书签")
        save_bookmark(store, mark)
    exported = ctx.data / "notes.json"
    status = _cli(
        ["--data-dir", str(first), "notes", "export", str(ctx.report), "--format", "json"]
        + ["-o", str(exported)]
    )
    require(status == 0 and exported.is_file(), f"notes export failed (status {status})")
    for fmt in ("md", "html", "csv"):
        out = ctx.data / f"notes.{fmt}"
        status = _cli(
            ["--data-dir", str(first), "notes", "export", str(ctx.report), "--format", fmt]
            + ["-o", str(out)]
        )
        require(status == 0, f"notes export --format {fmt} failed (status {status})")
        written = out.read_text(encoding="utf-8-sig")
        require("自检 self-test" in written, f"{fmt} export lacks the note")
        require("自检书签" in written, f"{fmt} export lacks the bookmark")
    status = _cli(["--data-dir", str(second), "notes", "import", str(ctx.report), str(exported)])
    require(status == 0, f"notes import failed (status {status})")
    with NoteStore(second / "notes.sqlite3") as store:
        imported = store.notes_for(doc.fingerprint)
        marks = stored_bookmarks(store, doc.fingerprint)
    require(len(imported) == 1, f"expected 1 imported note, found {len(imported)}")
    require(
        [(m.id, m.name, m.start) for m in marks] == [(mark.id, mark.name, mark.start)],
        "the bookmark did not come back",
    )
    back = imported[0]
    require((back.start, back.end) == (note.start, note.end), "the anchor moved")
    require(back.anchor.exact == note.anchor.exact, "the quote changed")
    require(back.body == note.body and tuple(back.tags) == tuple(note.tags), "body/tags changed")
    return (
        f"1 note and 1 bookmark exported (json, md, html, csv) and imported at "
        f"{back.start}–{back.end}"
    )


def check_library(ctx: Context) -> str:
    """Add a folder of two reports from the window's Library as Add Folder… does: indexed
    in a CLI process (the bundle's ``report-reader-cli`` when frozen), then searched."""
    feature = getattr(ctx.window, "library", None)
    if feature is None or not hasattr(feature, "add"):
        raise Skipped("no library in the window")
    from gui.core.library import Library, search
    from gui.ui.library.indexer import index_command

    folder = ctx.data / "library-reports"
    folder.mkdir()
    text = ctx.report.read_text(encoding="utf-8")
    (folder / ctx.report.name).write_text(text, encoding="utf-8")
    (folder / "revised.txt").write_text("修订稿。\n\n" + text, encoding="utf-8")
    command = index_command(feature.path, [str(folder)])
    require(command is not None, "the window finds no CLI to index in a process")
    feature.add([str(folder)])
    require(wait(lambda: not feature.indexing, 180), "indexing did not finish")
    summary = feature.last_summary
    require(summary is not None and summary.indexed == 2, f"indexed: {summary}")
    with Library(feature.path) as library:
        found = search(library, _MARKERS["hans"])
    require(len(found) == 2, f"a search found {len(found)} of the 2 reports")
    return f"2 reports indexed by {Path(command[0]).name} in a process; a search finds both"


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


def check_format(ctx: Context, kind: str) -> str:
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
    require(expected in doc.text, f"{kind}: {expected!r} not in {doc.text[:80]!r}")
    return f"{len(doc.text)} characters, {len(doc.sections)} sections"


def check_analyze(ctx: Context) -> str:
    from gui.cli.analyze import analysis_json

    doc = ctx.document
    require(doc is not None, "no document")
    result = analysis_json(doc, script="tw")
    encoded = json.dumps(result, ensure_ascii=False)
    require(result["text"] == doc.text and result["view"]["text"], "analyze output incomplete")
    return f"{len(encoded)} characters of JSON"


def close_window(ctx: Context) -> str:
    window = ctx.window
    if window is None:
        raise Skipped("no main window was opened")
    window.close()
    wait(lambda: not window.isVisible(), 5)
    require(not window.isVisible(), "the window did not close")
    return "closed"


def screenshot(ctx: Context, path: Path) -> str:
    window = ctx.window
    if window is None:
        raise Skipped("no main window was opened")
    signals = getattr(window, "signals", None)
    if signals is not None and hasattr(signals, "script_change_requested"):
        signals.script_change_requested.emit("original")
        wait(lambda: str(getattr(ctx.reader, "script", "")) == "original", 5)
    wait(lambda: False, 0.3)  # let pending paints happen
    require(window.grab().save(str(path), "PNG"), f"cannot write {path}")
    return str(path)
