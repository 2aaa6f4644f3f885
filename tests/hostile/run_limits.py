"""Run one hostile case in a child process under a time and a memory limit.

The child gets an address-space ceiling (RLIMIT_AS) as a safety net, so that a case that
runs away cannot take the machine down; the verdict is its peak resident memory, read from
``wait4`` for that one child, against the case's limit. A child still running at the
timeout is killed with its process group and counted as a hang.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: The code under test; HOSTILE_APP_ROOT points the campaign at another checkout (the
#: figures "before" in docs/hostile-input.md come from the commit before the fixes).
APP_ROOT = Path(os.environ.get("HOSTILE_APP_ROOT") or REPO)
SECONDS = 10.0
MEGABYTES = 500
#: The address-space safety net: well above the verdict, since Python, Qt and OpenCC map
#: much more address space than they touch.
_ADDRESS_SPACE = 3 << 30


@dataclass
class Outcome:
    returncode: int | None  # None: killed at the timeout
    stdout: bytes
    stderr: bytes
    seconds: float
    peak_mb: float

    @property
    def hung(self) -> bool:
        return self.returncode is None

    @property
    def crashed(self) -> bool:
        return self.returncode is not None and self.returncode < 0

    @property
    def traceback_shown(self) -> bool:
        return b"Traceback (most recent call last)" in self.stderr + self.stdout

    def describe(self) -> str:
        return (
            f"returncode={self.returncode} seconds={self.seconds:.1f} peak={self.peak_mb:.0f} MB "
            f"stderr={self.stderr.decode(errors='replace')[-800:]!r}"
        )


def _limit_child() -> None:
    os.setsid()
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))


def run_limited(
    argv: list[str | bytes],
    *,
    seconds: float = SECONDS,
    env: dict | None = None,
    stdin: bytes | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run ``argv`` (``sys.executable`` first for Python) and measure it."""
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment["PYTHONPATH"] = str(APP_ROOT)
    environment.update(env or {})
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=cwd or APP_ROOT,
        preexec_fn=_limit_child,
    )
    # Output is drained by threads while this thread waits for the child with wait4, which
    # gives that child's own peak memory (RUSAGE_CHILDREN would mix in every earlier child).
    import threading

    chunks: dict[str, list[bytes]] = {"out": [], "err": []}

    def drain(stream, key: str) -> None:
        for block in iter(lambda: stream.read(65536), b""):
            chunks[key].append(block)

    threads = [
        threading.Thread(target=drain, args=(proc.stdout, "out"), daemon=True),
        threading.Thread(target=drain, args=(proc.stderr, "err"), daemon=True),
    ]
    for thread in threads:
        thread.start()
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    returncode: int | None = None
    peak_kb = 0
    deadline = start + seconds
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            returncode = os.waitstatus_to_exitcode(status)
            peak_kb = usage.ru_maxrss
            break
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            peak_kb = usage.ru_maxrss
            break
        time.sleep(0.02)
    proc.returncode = returncode if returncode is not None else -9  # Popen must not wait again
    elapsed = time.monotonic() - start
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # anything the child left behind
    except ProcessLookupError:
        pass
    for thread in threads:
        thread.join(timeout=5)
    proc.stdout.close()
    proc.stderr.close()
    return Outcome(
        returncode, b"".join(chunks["out"]), b"".join(chunks["err"]), elapsed, peak_kb / 1024
    )


def cli(*args: str | bytes | os.PathLike, data_dir: Path, **kwargs) -> Outcome:
    """``report-reader-cli --data-dir DATA ARGS…`` under the limits."""
    argv: list[str | bytes] = [sys.executable, "-m", "gui.cli", "--data-dir", str(data_dir)]
    argv += [os.fsencode(a) if isinstance(a, os.PathLike) else a for a in args]
    return run_limited(argv, **kwargs)


def assert_bounded(outcome: Outcome, megabytes: float = MEGABYTES) -> None:
    """No hang, no crash, no traceback, within the memory limit; a failure is one line."""
    assert not outcome.hung, f"hung: {outcome.describe()}"
    assert not outcome.crashed, f"crashed: {outcome.describe()}"
    assert not outcome.traceback_shown, f"traceback: {outcome.describe()}"
    assert outcome.peak_mb <= megabytes, f"memory: {outcome.describe()}"
    if outcome.returncode != 0:
        lines = outcome.stderr.decode(errors="replace").strip().splitlines()
        assert len(lines) == 1, f"not one line: {outcome.describe()}"
