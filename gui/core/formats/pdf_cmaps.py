"""Vertical CMaps from their horizontal twins, so the standalone build ships only the ``-H``
ones.

pdfminer reads a CID font's encoding from a CMap file per name (``UniGB-UCS2-H``, ``-V``…).
A ``-V`` CMap is its ``-H`` twin with the writing mode set to vertical and a few dozen
punctuation codes sent to vertical-form glyphs (36 of 28,840 codes in UniGB-UCS2). For the
text a reader extracts, the twin gives the same characters, with the horizontal punctuation
(，。「」) where the vertical CMap would give its presentation forms. The build leaves the
Chinese ``-V`` files out (2 MB of the download, see build.spec); a name pdfminer cannot find
is loaded from its ``-H`` twin, marked vertical.
"""

from __future__ import annotations

from typing import Any

_installed = False


def install_vertical_fallback() -> None:
    """Make pdfminer load a missing ``X-V`` CMap as ``X-H`` in vertical mode (once)."""
    global _installed
    if _installed:
        return
    from pdfminer.cmapdb import CMapDB

    load = CMapDB._load_data  # noqa: SLF001 - the one place pdfminer looks CMaps up

    def load_data(name: str) -> Any:
        try:
            return load(name)
        except CMapDB.CMapNotFound:
            if not name.endswith("-V"):
                raise
            horizontal = load(name[:-2] + "-H")
            return type(str(name), (horizontal,), {"IS_VERTICAL": True})

    CMapDB._load_data = staticmethod(load_data)  # type: ignore[method-assign]  # noqa: SLF001
    _installed = True
