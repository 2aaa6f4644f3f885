"""A minimal hand-written PDF writer for tests: text placed line by line in a CJK font.

The font is the standard CJK font STSong-Light (not embedded) with Identity-H encoding: each
glyph code is the character's BMP code point and a ToUnicode CMap maps it back, so a text
extractor recovers exactly the characters written. Real PDFs from Word or WPS look the same
to pdfminer: positioned text runs in a Type0 font with a ToUnicode map.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

PAGE_WIDTH = 595
PAGE_HEIGHT = 842


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    size: float
    text: str


def _hex(text: str) -> str:
    return "".join(f"{ord(c):04X}" for c in text)


def _to_unicode(chars: set[str]) -> bytes:
    codes = sorted(ord(c) for c in chars)
    chunks = [codes[i : i + 100] for i in range(0, len(codes), 100)]
    body = "".join(
        f"{len(chunk)} beginbfchar\n"
        + "".join(f"<{c:04X}> <{c:04X}>\n" for c in chunk)
        + "endbfchar\n"
        for chunk in chunks
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _stream(content: bytes, extra: str = "", compress: bool = True) -> bytes:
    if compress:
        content = zlib.compress(content)
        extra += " /Filter /FlateDecode"
    return f"<< /Length {len(content)}{extra} >>\nstream\n".encode() + content + b"\nendstream"


def build_pdf(pages: list[list[Text]], *, shared_page: bool = False) -> bytes:
    """A PDF with one page per list of texts. ``shared_page`` reuses the first page's
    content for every page (cheap thousand-page files)."""
    chars = {c for page in pages for item in page for c in item.text} or {" "}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    to_unicode = add(_stream(_to_unicode(chars)))
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 700 /StemV 80 >> /DW 1000 /W [32 126 500] >>"
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        f"/DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>".encode()
    )
    kids = []
    content_id = None
    for page in pages:
        if content_id is None or not shared_page:
            ops = "".join(
                f"BT /F1 {t.size} Tf {t.x} {t.y} Td <{_hex(t.text)}> Tj ET\n" for t in page
            )
            content_id = add(_stream(ops.encode("ascii")))
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_WIDTH} "
                f"{PAGE_HEIGHT}] /Resources << /Font << /F1 {font} 0 R >> >> "
                f"/Contents {content_id} 0 R >>".encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objects[pages_id - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
        f"/Count {len(kids)} >>".encode()
    )
    return assemble(objects, catalog)


def assemble(objects: list[bytes], root: int) -> bytes:
    """Objects numbered from 1, a cross-reference table and the trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def wrap(text: str, chars_per_line: int) -> list[str]:
    """Cut ``text`` into lines of at most ``chars_per_line`` characters (Chinese wraps
    anywhere)."""
    return [text[i : i + chars_per_line] for i in range(0, len(text), chars_per_line)]
