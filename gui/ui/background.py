"""Background jobs: a function runs on a pool thread and its result comes back to the UI
thread as a signal, unless a newer job has been started since.

Used by the session (reading a file) and by entity recognition. The function runs with one
argument, ``cancelled()``, which turns true once a newer job was started or :meth:`cancel` was
called, so a long job can stop early. It must not touch Qt widgets; what it returns is handed
over as it is (``None`` means "cancelled": nothing is reported)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the owner's thread; a worker emits through it (queued across threads)."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(
        self,
        jobs: BackgroundJobs,
        relay: _Relay,
        token: int,
        work: Callable[[Callable[[], bool]], object],
        describe: Callable[[Exception], str],
    ):
        super().__init__()
        self.jobs, self.relay, self.token = jobs, relay, token
        self.work, self.describe = work, describe

    def run(self) -> None:
        try:
            result = self.work(lambda: not self.jobs.is_current(self.token))
        except Exception as err:  # noqa: BLE001 - reported to the user, never a traceback
            self._emit("failed", self.token, self.describe(err))
            return
        if result is not None:
            self._emit("done", self.token, result)

    def _emit(self, name: str, *args) -> None:
        try:
            getattr(self.relay, name).emit(*args)
        except RuntimeError:
            pass  # the owner was deleted (window closed or rebuilt) while the job ran


class BackgroundJobs(QObject):
    """Runs jobs on its own thread pool; only the newest job's outcome is reported.

    Signals (on the thread this object lives on, the UI thread):
        done(object): the newest job's result.
        failed(str): the newest job raised; a one-line message from ``describe``.
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None):
        super().__init__(parent)
        # The pool first: children are deleted in creation order, and the pool's destructor
        # waits for a running job, which must still find the relay to emit on.
        self.pool = QThreadPool(self)
        if max_threads is not None:
            self.pool.setMaxThreadCount(max_threads)
        self.token = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)

    def start(
        self,
        work: Callable[[Callable[[], bool]], object],
        describe: Callable[[Exception], str] = lambda err: f"{type(err).__name__}: {err}",
    ) -> int:
        """Run ``work(cancelled)`` in the background; returns the job's token. A job started
        later makes this one's outcome be ignored (see :meth:`is_current`)."""
        self.token += 1
        self.pool.start(_Job(self, self._relay, self.token, work, describe))
        return self.token

    def cancel(self) -> None:
        """Ignore the running job's outcome; work that checks :meth:`is_current` stops."""
        self.token += 1

    def is_current(self, token: int) -> bool:
        """Whether ``token`` is still the newest job (a job's work may poll this)."""
        return token == self.token

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running jobs end (at shutdown; returns False on timeout)."""
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_done(self, token: int, result: object) -> None:
        if token == self.token:
            self.done.emit(result)

    @Slot(int, str)
    def _on_failed(self, token: int, message: str) -> None:
        if token == self.token:
            self.failed.emit(message)
