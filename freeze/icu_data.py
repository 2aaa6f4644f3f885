"""Trim ICU's data library (libicudata.so.NN) to the parts Qt reads.

PySide6's Qt ships ICU's full data (31 MiB).  Qt calls only these ICU APIs (the ``*_73``
symbols libQt6Core imports): ``ucol_*`` (QCollator, which sorts file names in the file
dialogs), ``ucnv_*`` (QStringConverter's non-Unicode encodings), ``ucal_*`` (QTimeZone's
canonical ids and display names) and ``u_strToUpper/Lower`` (QLocale's case mapping).  They
read the ``coll`` and ``zone`` trees, the converters, and the root locale and supplemental
data.  Nothing calls the APIs behind the trees dropped here: break iteration (``brkitr``,
word dictionaries), unit, currency, language and region display names (``unit``, ``curr``,
``lang``, ``region``), transliteration (``translit``) and spelled-out numbers (``rbnf``):
14.5 MiB.

The data lives in one symbol (``icudtNN_dat``) in ICU's common-data format: a header, a table
of contents (item names and offsets) and the items.  The trimmed data is written in the same
format and linked into a new shared library with the same soname and symbol (``cc -shared``
with ``.incbin``).  ``tests/packaging`` checks that Qt's collation, codecs, time-zone names and
case mapping answer the same with the trimmed library as with the full one.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

#: Trees of the ICU data that no ICU API called by Qt reads.
UNUSED_TREES = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")

_ALIGN = 16


def _data_symbol(elf: bytes) -> tuple[str, int, int]:
    """The name, file offset and size of the ``icudtNN_dat`` symbol in an ELF64 library."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _, sh_type, _, _, offset, size, link, _, _, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _, _, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", elf, pos)
            end = elf.index(b"\0", strtab + st_name)
            name = elf[strtab + st_name : end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name):
                addr, sec_offset = sections[st_shndx][3], sections[st_shndx][4]
                return name, st_value - addr + sec_offset, st_size
    raise ValueError("no icudtNN_dat symbol")


def read_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the ``(name, bytes)`` items of ICU common data."""
    (header_size,) = struct.unpack_from("<H", data, 0)
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    starts = [toc + data_offset for _, data_offset in entries] + [len(data)]
    items = []
    for i, (name_offset, _) in enumerate(entries):
        end = data.index(b"\0", toc + name_offset)
        items.append(
            (data[toc + name_offset : end].decode("ascii"), data[starts[i] : starts[i + 1]])
        )
    return data[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """ICU common data with these items (names sorted, as ICU's binary search needs)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = toc_size + len(names)
    first += -(len(header) + first) % _ALIGN
    name_offsets, data_offsets = [], []
    name_at, data_at = toc_size, first
    body = bytearray()
    for name, item in items:
        name_offsets.append(name_at)
        name_at += len(name) + 1
        data_offsets.append(data_at)
        padded = item + b"\0" * (-len(item) % _ALIGN)
        body += padded
        data_at += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    gap = b"\0" * (first - toc_size - len(names))
    return header + toc + names + gap + bytes(body)


def trim(data: bytes, drop_trees: tuple[str, ...] = UNUSED_TREES) -> bytes:
    """``data`` without the items of ``drop_trees`` (``icudt73l/brkitr/...``)."""
    header, items = read_items(data)
    kept = [(n, b) for n, b in items if n.split("/")[1] not in drop_trees or n.count("/") < 2]
    return write_items(header, kept)


def trimmed_library(
    source: Path, target: Path, drop_trees: tuple[str, ...] = UNUSED_TREES, cc: str | None = None
) -> int:
    """Write ``target``: ``source`` (libicudata.so.NN) without the items of ``drop_trees``.

    Returns the bytes saved.  Raises ``RuntimeError`` when no C compiler is at hand."""
    cc = cc or shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise RuntimeError("no C compiler (cc) to link the trimmed ICU data")
    elf = source.read_bytes()
    symbol, offset, size = _data_symbol(elf)
    data = trim(elf[offset : offset + size], drop_trees)
    with tempfile.TemporaryDirectory(prefix="icudata-") as work:
        blob = Path(work) / f"{symbol}.dat"
        blob.write_bytes(data)
        asm = Path(work) / "icudata.S"
        asm.write_text(
            f"\t.section .rodata\n\t.balign {_ALIGN}\n\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n{symbol}:\n"
            f'\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                cc,
                "-shared",
                "-nostdlib",
                "-s",
                f"-Wl,-soname,{source.name}",
                "-o",
                str(target),
                str(asm),
            ],
            check=True,
            capture_output=True,
        )
    return len(elf) - target.stat().st_size
