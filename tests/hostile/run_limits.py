"""Run one hostile case in a child process under a time and a memory limit.

The case gets an address-space ceiling (RLIMIT_AS) as a safety net, so that a case that
runs away cannot take the machine down; the verdict is its peak resident memory, read from
``wait4`` for that one process, against the case's limit. A case still running at the
timeout is killed with its process group and counted as a hang.
"""

from __future__ import annotations

import json
import os
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
    #: CPU seconds (user + system) of the case: on a shared machine the wall clock measures
    #: the other processes too.
    cpu_seconds: float = 0.0

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
            f"returncode={self.returncode} seconds={self.seconds:.1f} (CPU {self.cpu_seconds:.1f}) "
            f"peak={self.peak_mb:.0f} MB "
            f"stderr={self.stderr.decode(errors='replace')[-800:]!r}"
        )


# The case runs as the grandchild of this process: a small launcher forks it and reports
# its exit status and peak memory. ru_maxrss survives exec, so a child forked straight from
# this process (pytest, ~200 MB) would report this process's size as its own; forked from the
# launcher it carries ~10 MB at most (the launcher's), which errs on the safe side.
_LAUNCHER = r"""
import json, os, resource, sys
limit, report, argv = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
pid = os.fork()
if pid == 0:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
with open(report + ".pid", "w") as out:
    out.write(str(pid))
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as out:
    json.dump({"status": status, "maxrss_kb": usage.ru_maxrss,
               "cpu": usage.ru_utime + usage.ru_stime}, out)
"""


def _peak_of_running(pid_file: Path) -> float:
    """VmHWM (KB) of a case still running: its peak so far, read before it is killed."""
    try:
        pid = int(pid_file.read_text())
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0.0


def run_limited(
    argv: list[str | bytes],
    *,
    seconds: float = SECONDS,
    env: dict | None = None,
    stdin: bytes | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run ``argv`` (``sys.executable`` first for Python) and measure it."""
    import tempfile
    import threading

    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment["PYTHONPATH"] = str(APP_ROOT)
    environment.update(env or {})
    with tempfile.TemporaryDirectory(prefix="limits-") as folder:
        report = Path(folder) / "report.json"
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", _LAUNCHER, str(_ADDRESS_SPACE), str(report), *argv],
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
            cwd=cwd or APP_ROOT,
            start_new_session=True,  # its own process group: a timeout kills all of it
        )
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
        try:
            proc.wait(timeout=max(0.0, start + seconds - time.monotonic()))
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
        elapsed = time.monotonic() - start
        returncode: int | None = None
        peak_kb = 0.0
        cpu = 0.0
        if timed_out:
            peak_kb = _peak_of_running(Path(f"{report}.pid"))
        else:
            try:
                measured = json.loads(report.read_text())
                returncode = os.waitstatus_to_exitcode(measured["status"])
                peak_kb = measured["maxrss_kb"]
                cpu = measured["cpu"]
            except (OSError, ValueError):
                returncode = proc.returncode  # the launcher itself failed
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # a timeout, or anything left behind
        except ProcessLookupError:
            pass
        proc.wait()
        for thread in threads:
            thread.join(timeout=5)
        proc.stdout.close()
        proc.stderr.close()
    return Outcome(
        returncode, b"".join(chunks["out"]), b"".join(chunks["err"]), elapsed, peak_kb / 1024, cpu
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
