"""Readers for structured report formats (HTML, Markdown, DOCX, PDF).

Each reader takes the file's bytes and path and returns a ``DecodedSource``; plain text
(no reader) is decoded by ``gui.core.decoding.decode_text``. The format is recognised by its
content first (a renamed file still opens as what it is) and by its extension second.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import wraps
from pathlib import Path

from gui.core.decoding import DecodedSource, DocumentError

Reader = Callable[[bytes, Path], DecodedSource]


#: Extensions of the formats read here, for open dialogs and drag and drop.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "html": (".html", ".htm", ".xhtml", ".shtml"),
    "markdown": (".md", ".markdown"),
    "docx": (".docx",),
    "pdf": (".pdf",),
    "text": (".txt", ".text"),
}

#: Every extension Report Reader opens (open dialog filters, drag and drop); the content
#: still decides how a file is read.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(s for group in EXTENSIONS.values() for s in group)

_HTML_MARKS = (b"<!doctype html", b"<html")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def reader_for(path: Path, data: bytes) -> Reader | None:
    """The reader for this file, or ``None`` to decode it as plain text."""
    if not data.strip():
        return None  # plain-text decoding says "the file is empty", whatever its name
    suffix = Path(path).suffix.lower()
    fmt = sniff_format(data, suffix)
    if fmt == "pdf":
        from gui.core.formats.pdf import read_pdf

        return _guarded(read_pdf, "PDF")
    if fmt == "docx":
        from gui.core.formats.docx import read_docx

        return _guarded(read_docx, "Word")
    if fmt == "html":
        from gui.core.formats.html import read_html

        return _guarded(read_html, "HTML")
    if fmt == "markdown":
        from gui.core.formats.markdown import read_markdown

        return _guarded(read_markdown, "Markdown")
    if fmt == "doc":
        return _refuse("it is an old Word .doc file; save it as .docx and open that")
    if fmt == "zip":
        return _refuse("it is a ZIP archive, not a report")
    return None


def sniff_format(data: bytes, suffix: str = "") -> str | None:
    """``pdf``, ``docx``, ``html``, ``markdown``, ``doc``, ``zip`` or ``None`` (plain text)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(data) or suffix == ".docx" else "zip"
    if data.startswith(_OLE_MAGIC):
        return "doc"
    if _looks_like_html(data):
        return "html"
    if suffix in EXTENSIONS["markdown"]:
        return "markdown"
    if suffix in EXTENSIONS["html"]:
        return "html"
    if suffix == ".pdf":
        return "pdf"  # the PDF reader explains what is wrong with it
    if suffix == ".docx":
        return "docx"
    return None


def _is_docx(data: bytes) -> bool:
    import zipfile  # here: logging and zipfile are not needed to read a text report at start-up

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def _looks_like_html(data: bytes) -> bool:
    """An HTML document opens, after a BOM, white space, comments or an XML declaration,
    with ``<!doctype html`` or ``<html``; look at the start only, as browsers sniff."""
    head = data[:4096]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec, errors="ignore").encode("ascii", "ignore")
            break
    head = head.removeprefix(b"\xef\xbb\xbf").lower().lstrip()
    if head.startswith(_HTML_MARKS):
        return True
    # A comment or an XML declaration may come first; a mark later in the head of any
    # other text (a Markdown file quoting HTML) does not make it a web page.
    return head.startswith((b"<!--", b"<?xml")) and any(mark in head for mark in _HTML_MARKS)


def _guarded(reader: Reader, kind: str) -> Reader:
    """Turn any failure inside a reader into a one-line ``DocumentError``: third-party
    parsers raise their own exception types for damaged files, and a traceback must never
    reach the user. The traceback goes to the log."""

    @wraps(reader)
    def read(data: bytes, path: Path) -> DecodedSource:
        try:
            return reader(data, path)
        except DocumentError:
            raise
        except MemoryError:
            raise DocumentError(path, f"it is too large to read as a {kind} file") from None
        except RecursionError:
            raise DocumentError(path, f"it is a damaged {kind} file (nested too deeply)") from None
        except Exception as err:  # noqa: BLE001 - the last line of defence, logged below
            import logging

            logging.getLogger(__name__).info("reading %s failed", path, exc_info=True)
            raise DocumentError(path, f"it is a damaged {kind} file ({_describe(err)})") from None

    return read


def _describe(err: Exception) -> str:
    """A few words on what went wrong, for the user; the details are in the log."""
    if isinstance(err, UnicodeError):
        return "its text is not in a valid encoding"
    import zipfile

    if isinstance(err, zipfile.BadZipFile | EOFError):
        return "the archive is broken"
    if isinstance(err, OSError):
        return err.strerror or "it could not be read"
    return "its content cannot be interpreted"


def _refuse(reason: str) -> Reader:
    def read(data: bytes, path: Path) -> DecodedSource:
        raise DocumentError(path, reason)

    return read
