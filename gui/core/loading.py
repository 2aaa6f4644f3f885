"""Reading report files: bytes → source text, with clear refusals.

Plain text is decoded here (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5 —
anything else through charset-normalizer). Structured formats (HTML, Markdown, DOCX, PDF) are
turned into text by ``gui.core.formats`` and come back as the same :class:`DecodedSource`.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: Largest file we open. A 30 MB report loads in a few seconds; past this the reader would
#: hold several copies of the text (views, maps) and stop being pleasant to use.
MAX_FILE_BYTES = 64 * 1024 * 1024


class DocumentError(Exception):
    """A file that cannot be opened as a report. ``str(err)`` is one line for the user."""

    def __init__(self, path: Path | str | None, reason: str):
        self.path = Path(path) if path is not None else None
        self.reason = reason
        name = self.path.name if self.path is not None else "input"
        super().__init__(f"Cannot open {name}: {reason}")


@dataclass(frozen=True)
class DecodedSource:
    """Text ready for cleaning. ``headings`` maps 0-based line numbers of ``text`` to outline
    levels when the format itself marks headings (HTML h1–h6, Word styles); ``None`` means the
    outline is inferred from the text alone. ``title_line`` likewise names the title line."""

    text: str
    encoding: str
    format: str = "text"
    headings: Mapping[int, int] | None = None
    title_line: int | None = None
    #: ``key: value`` pairs the file carries outside its text (a Markdown file's front
    #: matter: 文号, 发布单位 …); ``gui.core.header`` reads the 公文 elements from them.
    metadata: Mapping[str, str] | None = None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried for text that is not UTF-8, in the order charset-normalizer should weigh
#: them: the CJK encodings reports come in, then Western fallbacks.
_CANDIDATES = ["gb18030", "big5", "big5hkscs", "utf_16", "cp1252", "latin_1"]


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, path: Path | str | None = None) -> tuple[str, str]:
    """Decode the bytes of a plain-text report; return ``(text, encoding)``.

    Raises :class:`DocumentError` for empty, binary or undecodable input."""
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise DocumentError(path, f"invalid {encoding} text at byte {err.start}") from None
            return _checked(normalise_newlines(text), path), encoding
    if b"\x00" in data:
        raise DocumentError(path, "it contains NUL bytes (a binary file, not text)")
    try:
        return _checked(normalise_newlines(data.decode("utf-8")), path), "utf-8"
    except UnicodeDecodeError:
        pass
    # Strict decoding by the CJK encodings first: valid GB18030 or Big5 of some length is
    # rarely anything else. charset-normalizer chooses between them when both decode.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding not in {"gb18030", "big5", "big5hkscs", "cp1252", "latin_1"}:
        raise DocumentError(path, "the text encoding could not be recognised")
    encoding = best.encoding
    if encoding in {"cp1252", "latin_1"}:
        # A Western code page "decodes" any bytes; only accept it for mostly-ASCII text.
        if sum(b < 0x80 for b in data) < 0.95 * len(data):
            raise DocumentError(path, "the text encoding could not be recognised")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise DocumentError(path, "the text encoding could not be recognised") from None
    return _checked(normalise_newlines(text), path), encoding


def _checked(text: str, path: Path | str | None) -> str:
    if not text.strip():
        raise DocumentError(path, "the file is empty")
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise DocumentError(path, "it looks like a binary file, not text")
    return text


def read_source(path: Path | str) -> DecodedSource:
    """Read a report file of any supported format into a :class:`DecodedSource`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except OSError as err:
        raise DocumentError(path, err.strerror or str(err)) from None
    if path.is_dir():
        raise DocumentError(path, "it is a folder, not a file")
    if size > MAX_FILE_BYTES:
        raise DocumentError(
            path,
            f"it is {size / 1048576:.0f} MB; the limit is {MAX_FILE_BYTES // 1048576} MB",
        )
    try:
        data = path.read_bytes()
    except PermissionError:
        raise DocumentError(path, "permission denied") from None
    except OSError as err:
        raise DocumentError(path, err.strerror or str(err)) from None
    from gui.core import formats

    reader = formats.reader_for(path, data)
    if reader is not None:
        return reader(data, path)
    text, encoding = decode_text(data, path)
    return DecodedSource(text=text, encoding=encoding)
