"""The library: many reports, one search, one notebook (Qt-free).

What the window calls (see docs/library.md): :class:`Library` to add, remove, refresh and
index report files (in worker processes, with progress and cancel); :func:`search` and
:func:`count_matches` across them; :func:`reports_mentioning` / :func:`top_entities` for the
entity index; :func:`notebook` / :func:`export_notebook` for notes across reports; and
:func:`offer_notes` / :func:`adopt_notes` to carry notes to a revised version.
"""

from __future__ import annotations

from gui.core.library.index_pass import IndexSummary
from gui.core.library.notebook import NoteFilter, export_notebook, notebook, tags_in_use
from gui.core.library.search import (
    Hit,
    Mention,
    ReportHits,
    SearchFilters,
    count_matches,
    mentions_in_context,
    reports_matching,
    reports_mentioning,
    search,
    top_entities,
    view_rows,
)
from gui.core.library.store import (
    Library,
    LibraryError,
    LibraryReport,
    default_library_path,
)
from gui.core.library.tokens import QueryError
from gui.core.library.versions import (
    OfferedNotes,
    adopt_notes,
    earlier_versions,
    later_versions,
    link_versions,
    offer_notes,
)

__all__ = [
    "Hit",
    "IndexSummary",
    "Library",
    "LibraryError",
    "LibraryReport",
    "Mention",
    "NoteFilter",
    "OfferedNotes",
    "QueryError",
    "ReportHits",
    "SearchFilters",
    "adopt_notes",
    "count_matches",
    "default_library_path",
    "earlier_versions",
    "export_notebook",
    "later_versions",
    "link_versions",
    "mentions_in_context",
    "notebook",
    "offer_notes",
    "reports_matching",
    "reports_mentioning",
    "search",
    "tags_in_use",
    "top_entities",
    "view_rows",
]
