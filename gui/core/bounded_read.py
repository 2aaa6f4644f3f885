"""Reading untrusted files and JSON within fixed bounds.

Every file the user names (a report, an annotation file, the corrections file) goes through
:func:`read_regular_file`: it opens without blocking (a FIFO has no writer to wait for), refuses
anything but a regular file (FIFOs, devices, sockets, folders) with a one-line reason, and
stops reading at the limit *while reading*: ``st_size`` is 0 for ``/dev/zero`` and for files
in ``/proc``, and a file can grow between ``stat`` and ``read``.

:func:`loads_json` refuses JSON nested deeper than a limit before the parser sees it, so
hostile nesting (100,000 ``[``) costs one linear scan instead of a ``RecursionError``.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

_CHUNK = 1 << 20


class BoundedReadError(Exception):
    """The file cannot be read within the bounds; ``str(err)`` is a short reason without
    the file's name (callers add it in their own words)."""


class MissingFileError(BoundedReadError):
    """There is no file at the path (for callers to whom that means "nothing yet")."""


def not_a_file(mode: int) -> str:
    """Why a file of this ``st_mode`` (not a regular file) cannot be read, in a few words."""
    if stat.S_ISDIR(mode):
        return "it is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "it is a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a file"
    return "it is not a regular file"


def describe_limit(limit: int) -> str:
    """``64 MB``, ``512 KB`` or ``999 bytes``: a byte limit in words for messages."""
    if limit >= 1 << 20:
        return f"{limit / (1 << 20):.3g} MB"
    if limit >= 1 << 10:
        return f"{limit / 1024:.3g} KB"
    return f"{limit} bytes"


def read_regular_file(path: Path | str | bytes, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`BoundedReadError` for a missing or unreadable file, anything that is not
    a regular file, and a file that holds more than ``limit`` bytes (found by reading, not
    from ``st_size``). ``path`` may be bytes: a file name that is not valid UTF-8 is opened
    exactly as given."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise MissingFileError("no such file") from None
    except IsADirectoryError:
        raise BoundedReadError("it is a folder, not a file") from None
    except PermissionError:
        raise BoundedReadError("permission denied") from None
    except (OSError, ValueError) as err:  # ValueError: a NUL in the name
        try:  # a socket cannot be opened at all (ENXIO): say what it is instead
            mode = os.stat(path).st_mode
        except (OSError, ValueError):
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode):
            raise BoundedReadError(not_a_file(mode)) from None
        raise BoundedReadError(getattr(err, "strerror", None) or str(err)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedReadError(not_a_file(info.st_mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            except OSError as err:
                raise BoundedReadError(err.strerror or str(err)) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise BoundedReadError(f"it is larger than {describe_limit(limit)}, the limit")
        return b"".join(chunks)
    finally:
        os.close(fd)


def append_text(path: Path | str, text: str) -> None:
    """Append ``text`` (UTF-8) to the regular file at ``path``, creating it. Raises
    ``OSError`` for anything else: opening a FIFO for writing would wait for a reader, and
    this is used by the error log, which must never hang the app it is reporting on."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0), 0o644)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(f"{path}: {not_a_file(mode)}")
        os.write(fd, text.encode("utf-8", "backslashreplace"))
    finally:
        os.close(fd)


def is_regular_or_missing(path: Path | str) -> bool:
    """Whether ``path`` is a regular file or does not exist yet (a place a file can go)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


#: Deepest JSON nesting accepted. Web Annotations nest 4–5 levels, corrections 3; Python's
#: own parser recurses once per level and fails near 1,000.
MAX_JSON_DEPTH = 64

# Strings are skipped whole (their brackets do not count); everything else but brackets is
# dropped, so the depth scan walks brackets only.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")


class JsonDepthError(ValueError):
    """JSON nested deeper than the limit."""


def json_depth(raw: bytes) -> int:
    """The deepest nesting of arrays and objects in the JSON text ``raw`` (unbalanced or
    invalid text is measured as far as it goes; the parser reports what is wrong with it)."""
    brackets = _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", raw))
    depth = deepest = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def loads_json(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` of UTF-8 bytes (a BOM allowed) after checking the nesting depth.

    Raises :class:`JsonDepthError` for deeper nesting, ``UnicodeDecodeError`` and
    ``json.JSONDecodeError`` as ``json.loads`` does."""
    depth = json_depth(raw)
    if depth > max_depth:
        raise JsonDepthError(f"it is nested {depth} levels deep; the limit is {max_depth}")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except RecursionError:  # a smaller stack than expected (a thread): same answer
        raise JsonDepthError(f"it is nested too deeply (limit {max_depth})") from None


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds a UTF-16 surrogate on its own (JSON's ``"\\ud800"``), which is
    not a character: it cannot be encoded as UTF-8, stored or shown."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
