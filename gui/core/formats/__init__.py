"""Readers for structured report formats (HTML, Markdown, DOCX, PDF).

Each reader takes the file's bytes and path and returns a ``DecodedSource``; plain text
(no reader) is decoded by ``gui.core.loading.decode_text``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gui.core.loading import DecodedSource

Reader = Callable[[bytes, Path], DecodedSource]


def reader_for(path: Path, data: bytes) -> Reader | None:
    """The reader for this file, or ``None`` to decode it as plain text."""
    return None
