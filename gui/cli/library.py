"""``report-reader-cli library add|list|remove|search|refresh|rebuild``: the library of reports.

The library is ``<data dir>/library.sqlite3`` (``--data-dir`` overrides the data dir).
``add`` indexes what it added at once, using every core (``--workers``); an interrupted
``add`` (Ctrl+C, a killed process) keeps what was indexed, and ``library refresh`` carries on.

``--progress`` (for the window, which indexes in this process so that indexing never holds
the window's interpreter): one JSON object per line on stdout, ``{"done", "total", "path"}``
after each report and ``{"indexed", "failed", "cancelled"}`` at the end; a line on stdin, or
stdin closing (the window gone), stops indexing after the report being read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading


def add_parser(commands) -> None:
    """Register ``library`` and its actions on the CLI's subcommands."""
    library = commands.add_parser("library", help="a library of reports: add, list, search")
    actions = library.add_subparsers(dest="library_command", required=True, metavar="ACTION")

    add = actions.add_parser("add", help="add report files or folders (recursively) and index them")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="indexing processes")
    add.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="list the reports of the library")
    listing.add_argument("--json", action="store_true", help="one JSON object per report")
    listing.set_defaults(run=run_list)

    remove = actions.add_parser("remove", help="take files or folders out of the library")
    remove.add_argument("paths", nargs="+", metavar="PATH")
    remove.set_defaults(run=run_remove)

    refresh = actions.add_parser("refresh", help="re-index changed files, mark vanished ones")
    refresh.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    refresh.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    # The window's folder watching: the added folders' new files too.
    refresh.add_argument("--add-folders", action="store_true", help=argparse.SUPPRESS)
    refresh.set_defaults(run=run_refresh)

    rebuild = actions.add_parser("rebuild", help="rebuild the whole index from the files")
    rebuild.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    rebuild.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    rebuild.set_defaults(run=run_rebuild)

    find = actions.add_parser("search", help="search every report (any script, AND/OR/NOT)")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--kind", help="official, regulation, work-report, news or report")
    find.add_argument("--issuer", help="发文机关 contains this")
    find.add_argument("--from", dest="date_from", metavar="DATE", help="on or after (2021-03)")
    find.add_argument("--to", dest="date_to", metavar="DATE", help="on or before")
    find.add_argument("--entity", help="only reports that mention this entity")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true", help="reports and hits as JSON")
    find.set_defaults(run=run_search)

    from gui.cli import library_serve

    library_serve.add_parser(actions)


def _library():
    from gui.cli.errors import CliError
    from gui.core.library import Library, LibraryError

    try:
        return Library()
    except LibraryError as err:
        raise CliError(str(err)) from None


def _index(library, workers: int, lines: bool = False) -> None:
    """Index what is pending; ``lines``: the window's progress protocol (module docstring)."""
    from gui.cli.errors import CliError

    if workers < 1:
        raise CliError("--workers must be at least 1")
    stop = threading.Event()
    if lines:
        threading.Thread(target=_stop_on_input, args=(stop,), daemon=True).start()

    def progress(done: int, total: int, path: str) -> None:
        if lines:
            print(json.dumps({"done": done, "total": total, "path": path}), flush=True)
        elif sys.stderr.isatty():
            print(f"\rindexed {done}/{total}", end="", file=sys.stderr, flush=True)

    summary = library.index(workers=workers, progress=progress, cancelled=stop.is_set)
    if lines:
        fields = {"indexed": summary.indexed, "failed": summary.failed}
        print(json.dumps({**fields, "cancelled": summary.cancelled}), flush=True)
        return
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"indexed {summary.indexed} report(s)"
        + (f", {summary.failed} not readable" if summary.failed else "")
    )


def _stop_on_input(stop: threading.Event) -> None:
    """Set ``stop`` at the first line on stdin or when it closes."""
    try:
        sys.stdin.readline()
    finally:
        stop.set()


def run_add(args) -> int:
    from gui.cli.errors import CliError
    from gui.core.library import LibraryError

    with _library() as library:
        try:
            added = library.add(args.paths)
        except LibraryError as err:
            raise CliError(f"nothing was added: {err}") from None
        if not args.progress:
            print(f"added {len(added)} report(s)")
        _index(library, args.workers, args.progress)
    return 0


def run_remove(args) -> int:
    with _library() as library:
        print(f"removed {library.remove(args.paths)} report(s)")
    return 0


def run_refresh(args) -> int:
    with _library() as library:
        counts = library.refresh()
        if args.add_folders:
            library.add([f for f in library.folders() if os.path.isdir(f)])
        if not args.progress:
            print(f"{counts['changed']} changed, {counts['missing']} missing")
        _index(library, args.workers, args.progress)
    return 0


def run_rebuild(args) -> int:
    with _library() as library:
        library.rebuild()
        _index(library, args.workers, args.progress)
    return 0


def run_list(args) -> int:
    from gui.core.notes.store import NoteStore

    with _library() as library, NoteStore.open() as notes:
        reports = library.reports(notes)
    for r in reports:
        if args.json:
            print(json.dumps(r._asdict(), ensure_ascii=False))
        else:
            fields = [r.state, r.kind or "-", r.date or "-", r.issuer or "-", r.number or "-"]
            print("\t".join([*fields, r.title or "-", str(r.notes), r.path]))
    return 0


def run_search(args) -> int:
    from dataclasses import asdict

    from gui.cli.errors import CliError
    from gui.core.library import QueryError, SearchFilters, search

    filters = SearchFilters(
        kind=args.kind,
        issuer=args.issuer,
        date_from=args.date_from,
        date_to=args.date_to,
        entity=args.entity,
    )
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    with _library() as library:
        try:
            results = search(library, args.query, filters, limit=args.limit)
        except QueryError as err:
            raise CliError(str(err)) from None
    for result in results:
        if args.json:
            print(
                json.dumps(
                    {"path": result.report.path, "title": result.report.title,
                     "count": result.count, "hits": [asdict(h) for h in result.hits]},
                    ensure_ascii=False,
                )
            )  # fmt: skip
            continue
        print(f"{result.report.path}\t{result.report.title or '-'}\t{result.count}")
        for hit in result.hits:
            context = f"{hit.before}[{hit.match}]{hit.after}".replace("\n", " ")
            print(f"  {hit.start}-{hit.end}\t{context}")
    return 0
