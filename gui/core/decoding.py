"""Bytes of a plain-text report → text, and what every reader returns or raises.

Plain text is decoded here (UTF-8 with or without BOM, UTF-16 with or without BOM, GB18030/GBK,
Big5 — anything else through charset-normalizer). :class:`DecodedSource` and
:class:`DocumentError` live here too, below both ``gui.core.loading`` (which picks a reader for
a file) and the readers in ``gui.core.formats`` (HTML and Markdown decode their text here), so
that neither imports the other's module to share them.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: Most characters a report of any format may decode to (GB18030 and UTF-16 pack Chinese in
#: 2 bytes, so the byte limit alone would let through more text than UTF-8 does).
MAX_TEXT_CHARS = 6_000_000
#: A text that is UTF-8 (or GB18030, Big5) except for this share of its non-ASCII bytes (a
#: scrape that lost a few bytes) is read so, the bad bytes replaced by U+FFFD and flagged as
#: damaged.
_UTF8_DAMAGE_SHARE = 0.01
_ASCII = bytes(range(128))


class DocumentError(Exception):
    """A file that cannot be opened as a report. ``str(err)`` is one line for the user."""

    def __init__(self, path: Path | str | None, reason: str):
        self.path = Path(path) if path is not None else None
        self.reason = reason
        name = readable_name(self.path) if self.path is not None else "input"
        super().__init__(f"Cannot open {name}: {reason}")


def readable_name(path: Path | str) -> str:
    """A file's name to show: bytes that are not UTF-8 (a name from another system, kept by
    Python as lone surrogates) become U+FFFD, which every widget and terminal can show."""
    return printable(Path(path).name)


def printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) as U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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
    #: Bytes (or byte sequences) that could not be decoded and became U+FFFD.
    replaced: int = 0
    #: ``key: value`` pairs the file carries outside its text (a Markdown file's front
    #: matter: 文号, 发布单位 …); ``gui.core.header`` reads the 公文 elements from them.
    metadata: Mapping[str, str] | None = None
    #: 0-based lines the format marks as a figure's caption (HTML ``<figcaption>``, also
    #: inside Markdown): page furniture whatever their words.
    captions: frozenset[int] = frozenset()
    #: 0-based lines the format marks as code or markup residue, not text (a Markdown page's
    #: ``<script>`` block): page furniture whatever their words.
    chrome: frozenset[int] = frozenset()
    #: 0-based lines the format marks as a bullet list's items (Markdown ``-``/``*``/``+``):
    #: list items, never headlines.
    items: frozenset[int] = frozenset()
    #: 0-based lines the format marks as the article head's line of fields (a web page's
    #: date/来源 line between its title and the body): news furniture, read by the header.
    news: frozenset[int] = frozenset()
    #: 0-based lines the format sets wholly in bold (an HTML paragraph all 「<strong>」): a
    #: release's subhead as a government site sets it, read by ``gui.core.subhead_runs``.
    bold: frozenset[int] = frozenset()
    #: 0-based line ranges ``(first, last)`` of the boxes the format sets apart that hold a
    #: heading (a Markdown container, 「::: info 附录」 … 「:::」): the outline ranks their
    #: headings apart from the text around them.
    boxes: tuple[tuple[int, int], ...] = ()


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
    text, encoding, _ = decode_text_counted(data, path)
    return text, encoding


def decode_text_counted(data: bytes, path: Path | str | None = None) -> tuple[str, str, int]:
    """:func:`decode_text` plus how many undecodable bytes (or sequences) became U+FFFD.

    A few bad bytes never refuse a file: they are replaced and the cleaning step flags the
    U+FFFD as damaged text, as it does for a scrape's garbled run."""
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_replacing(data[len(bom) :], encoding)
            return _checked(normalise_newlines(text), path), encoding, bad
    if b"\x00" in data:
        utf16 = utf16_without_bom(data)
        if utf16 is None:
            raise DocumentError(path, "it contains NUL bytes (a binary file, not text)")
        text, bad = _decode_replacing(data, utf16)
        return _checked(normalise_newlines(text), path), utf16, bad
    try:
        return _checked(normalise_newlines(data.decode("utf-8")), path), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text, bad = _decode_replacing(data, "utf-8")
    if bad <= _UTF8_DAMAGE_SHARE * len(data.translate(None, _ASCII)):
        return _checked(normalise_newlines(text), path), "utf-8", bad
    # Strict decoding by the CJK encodings first: valid GB18030 or Big5 of some length is
    # rarely anything else. charset-normalizer chooses between them when both decode.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding not in {"gb18030", "big5", "big5hkscs", "cp1252", "latin_1"}:
        # Detection gives up on a CJK text with a few bad bytes; so does strict decoding.
        # Take the CJK encoding that decodes all but a few of its bytes, if one does.
        # Big5 byte pairs are valid GB18030 too, so the count of bad bytes cannot choose:
        # detection does, on the bytes without the bad ones.
        for encoding in ("gb18030", "big5hkscs"):
            text, bad = _decode_replacing(data, encoding)
            if not bad or bad > _UTF8_DAMAGE_SHARE * len(data.translate(None, _ASCII)):
                continue
            clean = data.decode(encoding, errors="ignore").encode(encoding)
            again = from_bytes(clean, cp_isolation=_CANDIDATES).best()
            if again is not None and again.encoding[:4] == encoding[:4]:
                return _checked(normalise_newlines(text), path), encoding, bad
        raise DocumentError(path, "the text encoding could not be recognised")
    encoding = best.encoding
    if encoding in {"cp1252", "latin_1"}:
        # A Western code page "decodes" any bytes; only accept it for mostly-ASCII text.
        if sum(b < 0x80 for b in data) < 0.95 * len(data):
            raise DocumentError(path, "the text encoding could not be recognised")
    text, bad = _decode_replacing(data, encoding)
    if bad > _UTF8_DAMAGE_SHARE * len(data.translate(None, _ASCII)):
        raise DocumentError(path, "the text encoding could not be recognised")
    return _checked(normalise_newlines(text), path), encoding, bad


def _decode_replacing(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with U+FFFD for what cannot be decoded; count those replacements."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if bad:
        bad -= data.decode(encoding, errors="ignore").count("\ufffd")  # real U+FFFD in the text
    return text, bad


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` looks like UTF-16 text without a BOM,
    else ``None``. Text in UTF-16 has its zero bytes on one side of each code unit (the high
    byte of ASCII: newlines, digits, spaces), binary data on both; and it decodes to
    characters, not to controls."""
    sample = data[: 1 << 16]
    sample = sample[: len(sample) & ~1]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 2 or min(even, odd) * 20 > max(even, odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = sample.decode(encoding, errors="replace")
    unusable = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\n\r\t\f\v"))
    return encoding if unusable * 100 <= len(text) else None


def _checked(text: str, path: Path | str | None) -> str:
    if not text.strip():
        raise DocumentError(path, "the file is empty")
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise DocumentError(path, "it looks like a binary file, not text")
    return text
