"""The window's long-lived indexing process: ``report-reader-cli library serve``.

Indexing runs in a process of its own so it never holds the window's interpreter
(:mod:`.indexer`). Starting a process for each job cost more than the job when one report
changed: 2–3 s of start-up and imports (OpenCC's dictionaries, the entity recogniser) before
a re-index of ~0.5 s, against the goal of 1 s. One server now lives as long as the app (or
until another library is used): it is started when the library dock opens, loads what
indexing needs while the user looks at the list, and then takes each job in turn
(:mod:`gui.cli.library_serve` has the protocol). It ends when this process ends, however it
ends: its stdin closes (and it watches its parent).

One server per process, like the other worker processes: :func:`server_for` hands it out
and :func:`shutdown` ends it (at quit, at exit).
"""

from __future__ import annotations

import json
import subprocess
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from gui.core.library import IndexSummary
from gui.ui.library.indexer import STOP_POLL_S, _child_env, index_command, relay

#: Seconds the server is given to finish its report and end at quit before it is killed.
QUIT_WAIT_S = 3.0

_server: IndexServer | None = None
_lock = threading.Lock()
_registered: list[bool] = []  # shutdown() registered with atexit (once)


def server_for(library_path: Path, displace: bool = True) -> IndexServer | None:
    """The server for the library at ``library_path`` (started if need be), or None when no
    CLI can be started for it (the window then indexes on a pool thread). ``displace``
    False: None, rather than ending the server of another library (a window merely warming
    up must not end the job of a window that is indexing)."""
    global _server
    command = index_command(library_path, None)
    if command is None:
        return None
    command = [*command[: command.index("library") + 1], "serve"]
    with _lock:
        if _server is not None and _server.command != command:
            if not displace:
                return None
            _server.close()
            _server = None
        if _server is None:
            if not _registered:
                import atexit

                atexit.register(shutdown)  # also when the app did not quit through Qt
                _registered.append(True)
            _server = IndexServer(command)
        return _server


def shutdown() -> None:
    """End the server (at quit): a job still running stops after its report."""
    global _server
    with _lock:
        server, _server = _server, None
    if server is not None:
        server.close()


class IndexServer:
    """One ``library serve`` child; :meth:`run` one job at a time (from one thread)."""

    def __init__(self, command: list[str]):
        self.command = command
        self._child: subprocess.Popen | None = None
        self._errors: deque[str] = deque(maxlen=20)
        self._start_lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    def start(self) -> None:
        """Start the child if it is not running (it then loads what indexing needs)."""
        with self._start_lock:
            if self._child is not None and self._child.poll() is None:
                return
            self._errors.clear()
            self._child = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env=_child_env(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console
            )
            # Its stderr is drained all along (a full pipe would block it); the last lines
            # say why it ended, if it does.
            threading.Thread(target=self._drain, args=(self._child.stderr,), daemon=True).start()

    def run(
        self,
        job: dict,
        progress: Callable[[int, int, str], None],
        should_stop: Callable[[], bool],
    ) -> IndexSummary:
        """Send ``job`` and relay its progress; return its summary. Raises ``RuntimeError``
        with one line when the job fails or the server ends (the next job starts it again)."""
        self.start()
        child = self._child
        assert child is not None and child.stdin is not None and child.stdout is not None
        try:
            child.stdin.write(json.dumps(job) + "\n")
            child.stdin.flush()
        except (OSError, ValueError):
            return self._ended()
        finished = threading.Event()
        stopper = threading.Thread(target=self._tell_to_stop, args=(should_stop, finished))
        stopper.start()
        try:
            summary = relay(child.stdout, progress)
        finally:
            finished.set()
            stopper.join()
        return summary if summary is not None else self._ended()

    def close(self) -> None:
        """Close its stdin (it stops after the report being read and ends); kill it if it
        has not ended after :data:`QUIT_WAIT_S`."""
        child, self._child = self._child, None
        if child is None:
            return
        try:
            child.stdin.close()
        except OSError:
            pass
        try:
            child.wait(QUIT_WAIT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        for pipe in (child.stdout, child.stderr):
            try:
                pipe.close()
            except OSError:
                pass

    def _ended(self) -> IndexSummary:
        child = self._child
        status = child.wait() if child is not None else None
        last = self._errors[-1] if self._errors else f"exit status {status}"
        raise RuntimeError(last.removeprefix("report-reader-cli: "))

    def _drain(self, pipe) -> None:
        try:
            for line in pipe:
                if line.strip():
                    self._errors.append(line.strip())
        except (OSError, ValueError):
            pass  # closed at quit

    def _tell_to_stop(self, should_stop, finished: threading.Event) -> None:
        """Send the stop line once ``should_stop()`` turns true; end with the job."""
        while not finished.wait(STOP_POLL_S):
            if should_stop():
                try:
                    self._child.stdin.write(json.dumps({"job": "stop"}) + "\n")
                    self._child.stdin.flush()
                except (OSError, ValueError, AttributeError):
                    pass  # the server has ended already
                return
