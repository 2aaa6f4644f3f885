"""``report-reader-cli notes export|import``: notes of one report, from the user's store.

The store is ``<data dir>/notes.sqlite3`` (``--data-dir`` overrides the data dir). Exports
are written atomically (a temporary file next to the target, then ``os.replace``), so an
interrupted export never leaves half a file where a good one was.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gui.core.script import Script


def add_parser(commands) -> None:
    """Register ``notes export`` and ``notes import`` on the CLI's subcommands."""
    from gui.core.notes.export import EXPORT_FORMATS

    notes = commands.add_parser("notes", help="export or import the notes of a report")
    actions = notes.add_subparsers(dest="notes_command", required=True, metavar="ACTION")

    export = actions.add_parser(
        "export",
        help="write the notes of FILE (or of every report: --all) as md, html, csv or json",
    )
    export.add_argument("file", metavar="FILE", nargs="?", help="the report the notes belong to")
    export.add_argument(
        "--all", action="store_true", help="every note of every report, grouped by report"
    )
    export.add_argument("--tag", action="append", default=[], help="with --all: only this tag")
    export.add_argument(
        "--colour", action="append", default=[], help="with --all: only this colour"
    )
    export.add_argument(
        "--format",
        "-f",
        required=True,
        choices=[*EXPORT_FORMATS, "reader-md", "reader-html"],
        help="md, html, csv, json: for tools; reader-md, reader-html: for people to read",
    )
    export.add_argument(
        "--technical",
        action="store_true",
        help="reader-md, reader-html: add file name, fingerprint, offsets and note ids",
    )
    export.add_argument(
        "--pinyin",
        action="store_true",
        help="reader-md, reader-html: each quote with its word-level pinyin",
    )
    export.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    export.add_argument(
        "--script",
        choices=[s.value for s in Script],
        default=Script.ORIGINAL.value,
        help="script of quotes and headings (md, html, csv); JSON keeps the text's own",
    )
    export.set_defaults(run=run_export)

    imp = actions.add_parser("import", help="merge W3C Web Annotation JSON-LD into FILE's notes")
    imp.add_argument("file", metavar="FILE", help="the report to attach the notes to")
    imp.add_argument("annotations", metavar="ANNOTATIONS.json")
    imp.set_defaults(run=run_import)


def _open(file: str):
    from gui.cli.errors import CliError
    from gui.core.decoding import DocumentError
    from gui.core.reading import read_document

    try:
        return read_document(file)
    except DocumentError as err:
        raise CliError(str(err)) from None


def run_export(args) -> int:
    from gui.cli.errors import CliError
    from gui.core.notes.document_notes import load_document_notes
    from gui.core.notes.export import export_bytes
    from gui.core.notes.store import NoteStore, NoteStoreError

    if args.all == (args.file is not None):
        raise CliError("give either FILE or --all", status=2)
    if args.all:
        return _export_all(args)
    if args.tag or args.colour:
        raise CliError("--tag and --colour go with --all", status=2)
    if args.pinyin and not args.format.startswith("reader-"):
        raise CliError("--pinyin goes with reader-md or reader-html", status=2)
    document = _open(args.file)
    store = NoteStore.open()
    try:
        # The store's problem, not the window's advice ("kept in memory for this session").
        if store.problem:
            print(f"report-reader-cli: warning: {store.problem}", file=sys.stderr)
        problem = store.problem
        try:
            results = load_document_notes(store, document)
        except NoteStoreError as err:
            raise CliError(err.problem) from None
        if store.problem and store.problem != problem:
            print(f"report-reader-cli: warning: {store.problem}", file=sys.stderr)
        notes = [r.note for r in results]
        from gui.core.notes.bookmarks import load_bookmarks

        marks = tuple(load_bookmarks(store, document))
        if args.format.startswith("reader-"):
            from gui.core.notes.reader_export import ReaderExport, export_for_readers

            options = ReaderExport(technical=args.technical, bookmarks=marks, pinyin=args.pinyin)
            data = export_for_readers(document, notes, args.format, args.script, options)
        else:
            data = export_bytes(document, notes, args.format, args.script, marks)
    finally:
        store.close()
    _write_output(args.output, data)
    return 0


def _export_all(args) -> int:
    from gui.cli.errors import CliError
    from gui.core.library import Library, LibraryError, NoteFilter, export_notebook
    from gui.core.notes.export import EXPORT_FORMATS
    from gui.core.notes.store import NoteStore, NoteStoreError

    if args.format.startswith("reader-"):
        raise CliError("--all exports md, html, csv or json", status=2)
    note_filter = NoteFilter(tags=tuple(args.tag), colours=tuple(args.colour))
    store = NoteStore.open()
    try:
        if store.problem:
            print(f"report-reader-cli: warning: {store.problem}", file=sys.stderr)
        try:
            library = Library()
        except LibraryError:
            library = None  # the notes still export, by their last known files
        try:
            text = export_notebook(store, args.format, note_filter, library, args.script)
        except NoteStoreError as err:
            raise CliError(err.problem) from None
        finally:
            if library is not None:
                library.close()
    finally:
        store.close()
    data = text.encode(EXPORT_FORMATS[args.format].encoding)
    _write_output(args.output, data)
    return 0


def run_import(args) -> int:
    from gui.cli.errors import CliError
    from gui.core.notes.importing import NoteImportError, import_file
    from gui.core.notes.store import NoteStore, NoteStoreError

    document = _open(args.file)
    try:
        store = NoteStore()
    except NoteStoreError as err:
        raise CliError(f"import failed, nothing was imported: {err.problem}") from None
    try:
        if store.problem:
            print(f"report-reader-cli: warning: {store.problem}", file=sys.stderr)
        result = import_file(store, document, args.annotations)
    except NoteImportError as err:
        raise CliError(f"import failed, nothing was imported: {err}") from None
    except NoteStoreError as err:
        raise CliError(f"import failed, nothing was imported: {err.problem}") from None
    finally:
        store.close()
    print(
        f"imported {result.added} note(s), skipped {result.duplicates} duplicate(s)"
        + (f", {result.orphaned} not placed (orphaned)" if result.orphaned else "")
        + (f", and {result.bookmarks} bookmark(s)" if result.bookmarks else "")
        + (" (all already imported)" if result.duplicates and not result.added else "")
    )
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (:func:`gui.core.files.write_atomically`); a
    failure is one line for the user."""
    from gui.cli.errors import CliError
    from gui.core.files import describe_os_error
    from gui.core.files import write_atomically as write

    try:
        write(path, data)
    except OSError as err:
        raise CliError(f"cannot write {path}: {describe_os_error(err)}") from None


def _write_output(output: str | None, data: bytes) -> None:
    """The export to ``output`` (atomically), or to standard output when none is given."""
    if output:
        write_atomically(Path(output), data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
