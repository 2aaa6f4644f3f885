"""Reading report files: a path → a :class:`~gui.core.decoding.DecodedSource`, with clear
refusals.

Only regular files are read, up to a size limit. Structured formats (HTML, Markdown, DOCX, PDF)
are turned into text by ``gui.core.formats``; plain text is decoded by ``gui.core.decoding``.
"""

from __future__ import annotations

from pathlib import Path

from gui.core.decoding import MAX_TEXT_CHARS, DecodedSource, DocumentError, decode_text_counted

#: Largest file we open, checked while reading: web pages and Word files carry images.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Largest plain-text file. Memory grows ~33 bytes per byte of text (views, maps, outline,
#: entities): a 16 MB report (5.6 M characters of Chinese) peaks near 0.5 GB in ``analyze``;
#: a 63 MB one needed 1.9 GB (CLI) and 2.8 GB (GUI).
MAX_TEXT_BYTES = 16 * 1024 * 1024


def read_source(path: Path | str) -> DecodedSource:
    """Read a report file of any supported format into a :class:`DecodedSource`.

    Only regular files are read (a FIFO or a device is refused at once) and reading stops at
    :data:`MAX_FILE_BYTES` however large the file claims to be."""
    path = Path(path)
    data = _read_bytes(path)
    from gui.core import formats

    reader = formats.reader_for(path, data)
    if reader is not None:
        return _checked_length(path, reader(data, path))
    return _decode_plain(path, data)


def read_plain_source(path: Path | str) -> DecodedSource | None:
    """:func:`read_source` for a plain-text file; None for a file another format's reader
    takes (PDF, Word, HTML, Markdown), which can take long to parse and is left to
    :func:`read_source` off the UI thread."""
    from gui.core.formats import sniff_format

    path = Path(path)
    data = _read_bytes(path)
    if data.strip() and sniff_format(data, path.suffix.lower()) is not None:
        return None
    return _decode_plain(path, data)


def _read_bytes(path: Path) -> bytes:
    from gui.core.bounded_read import BoundedReadError, read_regular_file

    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except BoundedReadError as err:
        raise DocumentError(path, str(err)) from None


def _decode_plain(path: Path, data: bytes) -> DecodedSource:
    if len(data) > MAX_TEXT_BYTES:
        # In MB when far over; in bytes near the limit, where "16.0 MB" would look equal.
        size = (
            f"{len(data) / 1048576:.1f} MB"
            if len(data) > 1.1 * MAX_TEXT_BYTES
            else f"{len(data):,} bytes"
        )
        raise DocumentError(
            path, f"it is a text file of {size}; the limit is {MAX_TEXT_BYTES // 1048576} MB"
        )
    text, encoding, replaced = decode_text_counted(data, path)
    return _checked_length(path, DecodedSource(text=text, encoding=encoding, replaced=replaced))


def _checked_length(path: Path, decoded: DecodedSource) -> DecodedSource:
    if len(decoded.text) > MAX_TEXT_CHARS:
        raise DocumentError(
            path,
            f"it holds {len(decoded.text):,} characters; the limit is {MAX_TEXT_CHARS:,}",
        )
    return decoded
