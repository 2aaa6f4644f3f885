"""The hostile-input corpus: every file is made here by code, none is committed.

``python tests/hostile/corpus.py OUT_DIR`` writes the whole corpus (the campaign of
docs/hostile-input.md runs the CLI on it); the tests import the makers one by one.
Each maker returns the bytes of one file, or writes a special file (a FIFO) itself.
"""

from __future__ import annotations

import io
import json
import os
import struct
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REPORT = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
sys.path.insert(0, str(REPO / "tests" / "data" / "formats"))

from make_pdf import assemble  # noqa: E402

#: A sentence of the genre, used wherever a file needs readable text.
SENTENCE = "兰州高新区坚持创新驱动发展，全年地区生产总值增长百分之八。"


def report_bytes() -> bytes:
    """The bundled default report (a valid report for renamed-file cases)."""
    return REPORT.read_bytes()


def ten_mb_line() -> bytes:
    """The bundled report with its newlines removed, repeated to 10 MB on one line (2.66 M
    characters): the hostile single line of the tests and ``benchmarks/bench_hostile_line.py``."""
    line = report_bytes().replace(b"\n", b"")
    return line * (10 * (1 << 20) // len(line) + 1)


# -- PDF -----------------------------------------------------------------------------------

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (Annual report of the zone: output grew 8 percent.) Tj ET"


def _page(contents: str, extra: str = "") -> bytes:
    return (
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        f"/Resources << /Font << /F1 3 0 R >> >> /Contents {contents}{extra} >>"
    ).encode()


def _stream(data: bytes, length: str | None = None) -> bytes:
    length = length or str(len(data))
    return f"<< /Length {length} >>\nstream\n".encode() + data + b"\nendstream"


def pdf_contents_self_reference() -> bytes:
    """A page whose /Contents is object 5, and object 5 is only ``5 0 R``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _page("5 0 R"),
        b"5 0 R",
    ]
    return assemble(objects, 1)


def pdf_length_self_reference() -> bytes:
    """A content stream whose /Length is object 6, and object 6 is only ``6 0 R``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _page("5 0 R"),
        _stream(_TEXT, "6 0 R"),
        b"6 0 R",
    ]
    return assemble(objects, 1)


def pdf_rotate_cycle() -> bytes:
    """A page whose /Rotate is object 6, which is ``7 0 R``, which is ``6 0 R``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _page("5 0 R", " /Rotate 6 0 R"),
        _stream(_TEXT),
        b"7 0 R",
        b"6 0 R",
    ]
    return assemble(objects, 1)


def pdf_pages_cycle() -> bytes:
    """A page tree whose /Kids holds its own /Pages node (a loop in the tree)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>",
        _FONT,
        _page("5 0 R"),
        _stream(_TEXT),
    ]
    return assemble(objects, 1)


def pdf_long_reference_chain(length: int = 200_000) -> bytes:
    """/Contents through a chain of 200,000 objects that each only point to the next."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _page("6 0 R"),
        _stream(_TEXT),
    ]
    objects += [f"{n + 1} 0 R".encode() for n in range(6, 6 + length)]
    objects.append(b"5 0 R")
    return assemble(objects, 1)


# -- DOCX ----------------------------------------------------------------------------------


def docx_bytes(paragraphs: list[str] | None = None) -> bytes:
    """A real .docx made by python-docx."""
    import docx

    document = docx.Document()
    document.add_heading("兰州高新区2021年工作报告", level=1)
    for text in paragraphs or [SENTENCE] * 5:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _deflate(chunks, total: int) -> tuple[bytes, int]:
    """Raw-deflate ``chunks`` (an iterable of bytes); return (data, CRC-32 of the first
    ``total`` bytes of the input)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, crc, seen = [], 0, 0
    for chunk in chunks:
        if seen < total:
            crc = zlib.crc32(chunk[: total - seen], crc)
        seen += len(chunk)
        out.append(packer.compress(chunk))
    out.append(packer.flush())
    return b"".join(out), crc


def write_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A ZIP archive written by hand: (name, deflated data, declared size, CRC, method)
    per member, so that a member can lie about its size."""
    body = bytearray()
    directory = bytearray()
    for name, data, size, crc, method in members:
        encoded = name.encode()
        offset = len(body)
        body += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size,
            len(encoded), 0,
        )  # fmt: skip
        body += encoded + data
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data),
            size, len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        directory += encoded
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0
    )
    return bytes(body + directory + end)


def docx_lying_about_size(inflated: int = 1 << 30, declared: int = 50_000) -> bytes:
    """A .docx whose zip directory lists word/document.xml as ``declared`` bytes while its
    stream inflates to ``inflated`` bytes (the real XML, then white space: still valid XML)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    members = []
    for info in source.infolist():
        data = source.read(info)
        if info.filename == "word/document.xml":
            pad = b" " * (1 << 20)
            rest = inflated - len(data)

            def chunks(data=data, rest=rest, pad=pad):
                yield data
                for _ in range(rest // len(pad)):
                    yield pad
                yield pad[: rest % len(pad)]

            packed, crc = _deflate(chunks(), declared)
            members.append((info.filename, packed, declared, crc, 8))
        else:
            packed, crc = _deflate([data], len(data))
            members.append((info.filename, packed, len(data), crc, 8))
    return write_zip(members)


def docx_stored_lying_about_size() -> bytes:
    """A stored (uncompressed) member whose declared size is larger than its data."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    members = []
    for info in source.infolist():
        data = source.read(info)
        size = len(data) * 1000 if info.filename == "word/document.xml" else len(data)
        members.append((info.filename, data, size, zlib.crc32(data), 0))
    return write_zip(members)


# -- JSON ----------------------------------------------------------------------------------


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def deep_object_json(depth: int = 100_000) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def annotation(body: str = "一条笔记", exact: str = "兰州高新区", number: int = 1) -> dict:
    """One Web Annotation on the default report."""
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": [{"type": "TextualBody", "value": body, "purpose": "commenting"}],
        "target": {"selector": [{"type": "TextQuoteSelector", "exact": exact}]},
    }


def annotations_json(count: int = 50, body: str = "一条笔记") -> bytes:
    items = [annotation(f"{body} {n}", number=n) for n in range(1, count + 1)]
    return json.dumps(items, ensure_ascii=False).encode()


def annotation_with_lone_surrogate() -> bytes:
    # json.dumps escapes the surrogate as \ud800, exactly what a hostile file holds.
    return json.dumps([annotation("坏\ud800字")]).encode()


def corrections_with_lone_surrogate() -> bytes:
    return json.dumps(
        {"format": "report-reader-corrections", "version": 1, "not_entities": ["创新\ud800"]}
    ).encode()


# -- HTML and text -------------------------------------------------------------------------


def deep_html(depth: int = 300) -> bytes:
    """An article whose paragraphs sit ``depth`` elements deep (a CMS template gone wrong)."""
    paragraphs = "".join(f"<p>{SENTENCE}第{n}段。</p>" for n in range(1, 6))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>工作报告</title></head><body>"
        + "<div>" * depth
        + f"<h1>兰州高新区工作报告</h1>{paragraphs}"
        + "</div>" * depth
        + "</body></html>"
    ).encode()


def utf16_without_bom(byteorder: str = "le") -> bytes:
    return report_bytes().decode().encode(f"utf-16-{byteorder}")


def utf8_with_bad_bytes(count: int = 8) -> bytes:
    """The default report with ``count`` invalid bytes in the middle of its text."""
    data = report_bytes()
    middle = data.index("。".encode(), len(data) // 2) + 3
    return data[:middle] + b"\xff" * count + data[middle:]


def big_text(megabytes: int = 63) -> bytes:
    data = report_bytes()
    return data * (megabytes * (1 << 20) // len(data) + 1)


def big_html(megabytes: int = 50) -> bytes:
    """A web page of ``megabytes`` whose article is the default report, many times over."""
    lines = report_bytes().decode().split("\n")
    paragraphs = "".join(f"<p>{line}</p>\n" for line in lines if line.strip()).encode()
    body = paragraphs * (megabytes * (1 << 20) // len(paragraphs) + 1)
    return b"<!DOCTYPE html><html><meta charset='utf-8'><body><div>" + body + b"</div></html>"


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


#: Files of the corpus: name → maker. Special files (FIFOs, devices) are in the tests.
FILES = {
    "pdf-contents-self-reference.pdf": pdf_contents_self_reference,
    "pdf-length-self-reference.pdf": pdf_length_self_reference,
    "pdf-rotate-cycle.pdf": pdf_rotate_cycle,
    "pdf-pages-cycle.pdf": pdf_pages_cycle,
    "pdf-long-reference-chain.pdf": pdf_long_reference_chain,
    "docx-lying-about-size.docx": docx_lying_about_size,
    "docx-stored-lying-about-size.docx": docx_stored_lying_about_size,
    "deep-array.json": deep_json,
    "deep-object.json": deep_object_json,
    "annotation-lone-surrogate.json": annotation_with_lone_surrogate,
    "corrections-lone-surrogate.json": corrections_with_lone_surrogate,
    "deep-300.html": deep_html,
    "utf16le-no-bom.txt": utf16_without_bom,
    "utf16be-no-bom.txt": lambda: utf16_without_bom("be"),
    "utf8-8-bad-bytes.txt": utf8_with_bad_bytes,
    "big-63mb.txt": big_text,
}


def write_corpus(folder: Path) -> list[Path]:
    """Write every file of :data:`FILES` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, maker in FILES.items():
        path = folder / name
        path.write_bytes(maker())
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")):
        print(written_path)
