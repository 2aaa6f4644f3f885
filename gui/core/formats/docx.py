"""Word .docx reports: paragraphs and tables in document order, headings from styles.

A paragraph is a heading when its style is a Word heading style (``Heading 1``…, localized
names such as ``标题 1``) or when it, or its style chain, sets an outline level
(``w:outlineLvl``); the ``Title`` style names the title. Numbered headings typed as text
(一、/（一）) are left to the outline's own inference, exactly as for .txt. Tables become one
line per row, the cells joined with `` | ``.

The archive is checked before python-docx sees it: the sizes in the zip directory must be
within the limits, and every member is inflated here in 1 MB steps (and thrown away) to
check that it really is the size the directory declares. That matters: zipfile cuts a member
at its declared size, but ``ZipFile.read`` inflates the whole stream in one call first, so a
member that declares 50 KB and inflates to 1 GB would take 1 GB (and more) of memory. Once
the declared sizes are known to be true, python-docx reads what they say. python-docx parses
XML with entity resolution off.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from gui.core.decoding import DecodedSource, DocumentError
from gui.core.formats._common import LineBuilder

#: Most the parts of one .docx may expand to; a 300-page report with images is ~50 MB.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
#: Most a member may be compressed; Word XML packs 5–20 times, a zip bomb thousands.
MAX_RATIO = 100
#: Members smaller than this are not checked for ratio: tiny repetitive XML packs very well.
_RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (
    f"{_W}p",
    f"{_W}tbl",
    f"{_W}tr",
    f"{_W}tc",
    f"{_W}sdt",
    f"{_W}sdtContent",
)
_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
_TEXT.update({f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""})
# Not part of the visible paragraph text: deleted revisions, the fallback copy of
# alternate content, text boxes (floating, outside the reading order), field codes.
_SKIP = frozenset(
    {
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}pPr",
        f"{_W}rPr",
        f"{_W}instrText",
        f"{_W}txbxContent",
        f"{_MC}Fallback",
        f"{_W}footnoteReference",
        f"{_W}endnoteReference",
    }
)
_HEADING_NAME = re.compile(
    r"^(?:heading|标题|標題|überschrift|titre|título|titolo|kop|rubrik|заголовок)\s*([1-9])$",
    re.IGNORECASE,
)
_TITLE_NAMES = frozenset({"title", "标题", "標題", "titel", "titre", "título", "titolo"})


def read_docx(data: bytes, path: Path) -> DecodedSource:
    """Read a Word .docx report: one line per paragraph and per table row."""
    check_archive(data, path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError):
        raise DocumentError(path, "it is a damaged Word file") from None
    builder = LineBuilder()
    _BodyReader(document, builder).read(document.element.body)
    if not builder.lines:
        raise DocumentError(path, "the Word file has no text")
    return builder.source("utf-8", "docx")


def check_archive(data: bytes, path: Path | str) -> None:
    """Refuse archives that are not a .docx or that would expand beyond the limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    # NotImplementedError: a directory entry that asks for a ZIP version zipfile cannot read
    # (one damaged byte of its "version needed" field: "zip file version 6.4").
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise DocumentError(path, "it is a damaged Word file (not a valid ZIP archive)") from None
    if len(members) > MAX_MEMBERS:
        raise DocumentError(path, f"the Word file has {len(members)} parts (a zip bomb?)")
    if not any(info.filename == "word/document.xml" for info in members):
        raise DocumentError(path, "it is a ZIP archive without a Word document in it")
    total = sum(info.file_size for info in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(
            path,
            f"it would expand to {total / 1048576:.0f} MB (a zip bomb?); "
            f"the limit is {MAX_UNCOMPRESSED_BYTES // 1048576} MB",
        )
    for info in members:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise DocumentError(
                path,
                f"its part {info.filename} is compressed "
                f"{info.file_size // max(info.compress_size, 1)} times (a zip bomb?)",
            )
    for info in members:
        check_member(data, info, path)


_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_CHUNK = 1 << 20


def check_member(data: bytes, info: zipfile.ZipInfo, path: Path | str) -> None:
    """Inflate one member in 1 MB steps, keeping nothing, and refuse it unless it is exactly
    the size (and CRC) that the zip directory declares."""
    if info.flag_bits & 0x1:
        raise DocumentError(path, "it is an encrypted Word file")
    offset = info.header_offset
    header = data[offset : offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or _LOCAL_HEADER.unpack(header)[0] != 0x04034B50:
        raise DocumentError(path, "it is a damaged Word file (broken ZIP entry)")
    name_length, extra_length = _LOCAL_HEADER.unpack(header)[9:11]
    start = offset + _LOCAL_HEADER.size + name_length + extra_length
    packed = memoryview(data)[start : start + info.compress_size]
    lie = f"its part {info.filename} is larger than the archive says (a zip bomb?)"
    if info.compress_type == zipfile.ZIP_STORED:
        if len(packed) != info.file_size:
            raise DocumentError(path, lie)
        crc = zlib.crc32(packed)
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        produced = crc = 0
        pending: bytes | memoryview = packed
        try:
            while pending and not inflater.eof:
                piece = inflater.decompress(pending, _CHUNK)
                pending = inflater.unconsumed_tail
                produced += len(piece)
                if produced > info.file_size:
                    raise DocumentError(path, lie)
                crc = zlib.crc32(piece, crc)
        except zlib.error:
            raise DocumentError(
                path, "it is a damaged Word file (broken compressed data)"
            ) from None
        if produced != info.file_size:
            raise DocumentError(path, "it is a damaged Word file (a part is cut short)")
    else:
        raise DocumentError(path, "it is a damaged Word file (unsupported ZIP compression)")
    if crc != info.CRC:
        raise DocumentError(path, "it is a damaged Word file (a part fails its checksum)")


class _BodyReader:
    def __init__(self, document, builder: LineBuilder):
        from docx.text.paragraph import Paragraph

        self.document = document
        self.builder = builder
        self._paragraph = Paragraph
        self._style_levels: dict[str, tuple[int | None, bool]] = {}

    def read(self, container) -> None:
        """Paragraphs and tables in document order; content controls are looked into."""
        for child in container.iterchildren():
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.read(content)
            elif child.tag == f"{_W}customXml":
                self.read(child)

    def paragraph(self, p) -> None:
        text = paragraph_text(p)
        level, is_title = self.heading_level(p)
        if is_title or level is not None:
            self.builder.add(" ".join(text.split()), level=level, title=is_title)
            return
        for line in text.split("\n"):  # a manual line break starts a new line of text
            self.builder.add(line)

    def table(self, tbl) -> None:
        for tr in tbl.iter(_TR):
            if _nearest(tr, _TBL) is not tbl:
                continue  # a nested table's rows are read as text of their cell
            cells = []
            for tc in tr.iterchildren(_TC):
                cell = " ".join(" ".join(paragraph_text(p).split()) for p in tc.iter(_P))
                if cell.strip():
                    cells.append(cell.strip())
            if cells:
                self.builder.add(" | ".join(cells))

    def heading_level(self, p) -> tuple[int | None, bool]:
        """(outline level or None, whether it is the title) from the paragraph's own outline
        level or its style."""
        own = _outline_level(p.find(f"{_W}pPr"))
        style_id = _style_id(p)
        if style_id not in self._style_levels:
            style = self._paragraph(p, self.document._body).style
            self._style_levels[style_id] = _style_level(style)
        level, is_title = self._style_levels[style_id]
        if own is not None:
            return own, False
        return level, is_title


def paragraph_text(p) -> str:
    """The visible text of a ``w:p``: runs, hyperlinks, inserted revisions, field results."""
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def _collect(el, out: list[str]) -> None:
    for child in el.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in _TEXT:
            replacement = _TEXT[tag]
            out.append(child.text or "" if replacement is None else replacement)
        elif tag == _P:
            continue  # a paragraph nested in a run (text box) is not this paragraph's text
        else:
            _collect(child, out)


def _nearest(el, tag: str):
    for ancestor in el.iterancestors(tag):
        return ancestor
    return None


def _style_id(p) -> str:
    ppr = p.find(f"{_W}pPr")
    style = ppr.find(f"{_W}pStyle") if ppr is not None else None
    return (style.get(f"{_W}val") or "") if style is not None else ""


def _outline_level(ppr) -> int | None:
    """``w:outlineLvl`` 0–8 are outline levels 1–9 (9 means body text); capped at 6."""
    if ppr is None:
        return None
    lvl = ppr.find(f"{_W}outlineLvl")
    if lvl is None:
        return None
    try:
        value = int(lvl.get(f"{_W}val") or "9")
    except ValueError:
        return None
    return min(value + 1, 6) if 0 <= value < 9 else None


def _style_level(style) -> tuple[int | None, bool]:
    """Walk the style and its base styles: a heading name or an outline level."""
    seen = 0
    while style is not None and seen < 20:  # base-style chains can be cyclic in bad files
        name = (style.name or "").strip()
        if name.lower() in _TITLE_NAMES:
            return None, True
        match = _HEADING_NAME.match(name)
        if match:
            return min(int(match.group(1)), 6), False
        level = _outline_level(style.element.find(f"{_W}pPr"))
        if level is not None:
            return level, False
        style = style.base_style
        seen += 1
    return None, False
