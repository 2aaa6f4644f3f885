"""Writing files so that a crash, a full disk or a killed process never leaves half a file.

The one way the app writes a user's file (corrections, exports): the bytes go to a temporary
file in the target's own folder (so the rename stays on one file system), are flushed to disk,
and then replace the target in one ``os.replace``. Readers see the old file or the new one,
never a mix."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path | str, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` (``str`` is encoded with ``encoding``) atomically.

    Raises ``OSError`` (the folder is missing or read-only, the disk is full...) with the
    target left as it was and no temporary file behind."""
    path = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def describe_os_error(err: OSError) -> str:
    """A one-line reason for the user: ``Permission denied``, not ``[Errno 13] ...: '/tmp/x'``."""
    return err.strerror or str(err)
