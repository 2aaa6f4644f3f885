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


def advance(text: str, size: float) -> float:
    """Width of ``text`` in the test font: ASCII is half an em, everything else one em."""
    return sum(size / 2 if 32 <= ord(c) <= 126 else size for c in text) if text else 0.0


def wrap_width(text: str, width: float, size: float, first_width: float | None = None) -> list[str]:
    """Cut ``text`` into lines no wider than ``width`` (the first line ``first_width``), as a
    word processor wraps Chinese: anywhere."""
    lines: list[str] = []
    limit = width if first_width is None else first_width
    current = ""
    for char in text:
        if current and advance(current + char, size) > limit:
            lines.append(current)
            current = ""
            limit = width
        current += char
    if current:
        lines.append(current)
    return lines


def wrap(text: str, chars_per_line: int) -> list[str]:
    """Cut ``text`` into lines of at most ``chars_per_line`` characters (Chinese wraps
    anywhere)."""
    return [text[i : i + chars_per_line] for i in range(0, len(text), chars_per_line)]


# -- the sample report ---------------------------------------------------------------------

TITLE = "兰州高新区2021年统计公报"
RUNNING_HEADER = "兰州高新区统计局 · 2021年统计公报"
PARAGRAPHS = [
    "2021年，兰州高新区坚持稳中求进工作总基调，全面贯彻新发展理念，经济运行保持稳定恢复态势，"
    "主要经济指标好于预期，高质量发展迈出坚实步伐。",
    "一、综合",
    "初步核算，全年实现地区生产总值306亿元，比上年增长8.5%。其中，第一产业增加值2.1亿元，"
    "第二产业增加值120.3亿元，第三产业增加值183.6亿元，三次产业结构为0.7:39.3:60.0。",
    "二、工业和建筑业",
    "全年规模以上工业增加值比上年增长12.1%。分经济类型看，国有控股企业增长9.8%，股份制企业"
    "增长13.2%，外商及港澳台商投资企业增长6.5%。高技术制造业增加值增长15.3%，占规模以上工业"
    "增加值的比重为23.4%，比上年提高2.1个百分点，新动能持续壮大，产业结构不断优化升级",
    "全年建筑业总产值达到86.2亿元，比上年增长7.4%。",
]
ENGLISH = [
    "The zone's output grew by 8.5 percent in 2021, and high-tech manufacturing",
    "by 15.3 percent.",
]
CHARS_PER_LINE = 36
LEFT, SIZE, LEADING = 72, 12, 18


def sample_report_pages() -> list[list[Text]]:
    """Two A4 pages: a title, paragraphs with a two-character first-line indent wrapped at
    36 characters (one paragraph runs over the page break), numbered headings, an English
    paragraph, a running header and a page number on each page."""
    lines: list[tuple[float, str]] = []
    for paragraph in PARAGRAPHS:
        if len(paragraph) < 12:  # a heading
            lines.append((LEFT, paragraph))
            continue
        first = CHARS_PER_LINE - 2
        lines.append((LEFT + 2 * SIZE, paragraph[:first]))
        lines.extend((LEFT, chunk) for chunk in wrap(paragraph[first:], CHARS_PER_LINE))
    pages: list[list[Text]] = [[Text(210, 760, 18, TITLE)]]
    y = 720
    for x, text in lines:
        if y < 560:  # a short page, so that the report runs onto page 2
            pages.append([])
            y = 760
        pages[-1].append(Text(x, y, SIZE, text))
        y -= LEADING
    for x, text in zip((LEFT + 2 * SIZE, LEFT), ENGLISH, strict=True):
        pages[-1].append(Text(x, y, SIZE, text))
        y -= LEADING
    for number, page in enumerate(pages, start=1):
        page.append(Text(200, 810, 9, RUNNING_HEADER))
        page.append(Text(260, 40, 9, f"第 {number} 页 共 {len(pages)} 页"))
    return pages


if __name__ == "__main__":
    import sys
    from pathlib import Path

    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("report.pdf"))
    target.write_bytes(build_pdf(sample_report_pages()))
    print(f"wrote {target}")
