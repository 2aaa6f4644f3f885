"""One indexing pass of the library: the pending report files read (in this process or in
worker processes) and written in batches, with progress and cancel.

Apart from :mod:`gui.core.library.store` because it is the library's one piece of process
management: how many reports are in flight, when a batch is committed, what a cancel keeps.
The store hands it the pending paths and its ``store_results``; it never opens the file.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from gui.core.library.indexing import IndexedReport, IndexFailure, index_file
from gui.core.library.report_files import fs_path

#: Reports read in about this many seconds are written in one transaction (0: one per
#: report). Batches of 0.5 s were measured against one commit per report, interleaved:
#: 0.92x at load 4-17 and 0.77x in 3 quiet runs (docs/library.md), so the default commits
#: each report; the CPU an FTS5 insert costs is the same either way.
COMMIT_SECONDS = 0.0
#: Reports queued per worker process: enough for a batch's writing (~0.3 s, the disk's
#: waits included) at ~40 ms a report, so the workers do not wait for the writer.
IN_FLIGHT_PER_WORKER = 16


@dataclass(frozen=True)
class IndexSummary:
    """What an indexing pass did: reports indexed, reports that failed, whether it was
    cancelled."""

    indexed: int
    failed: int
    cancelled: bool


def index_pending(
    paths: list[str],
    store_results: Callable[[list[IndexedReport | IndexFailure]], None],
    workers: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    entities: bool = True,
    commit_seconds: float = COMMIT_SECONDS,
) -> IndexSummary:
    """Index the report files at ``paths`` (the library's pending ones), ``workers`` processes
    at a time (1: in this process), handing what was read to ``store_results`` in batches
    (see :meth:`gui.core.library.store.Library.index`)."""
    batch = _Batch(store_results, len(paths), progress, commit_seconds)

    def stop() -> bool:
        return cancelled is not None and cancelled()

    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            if stop():
                return batch.summary(True)
            batch.add(index_file(fs_path(path), entities))
        return batch.summary(False)
    # Imported here: the window indexes in one thread, and the standalone build carries
    # no multiprocessing (nor concurrent.futures.process).
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    from gui.core.worker_lifeline import watch_parent

    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    queue = list(reversed(paths))
    # The workers end with this process, however it ends: after a kill -9 they would
    # otherwise wait on their task queue for ever.
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=watch_parent, initargs=(os.getpid(),)
    ) as pool:
        running: set[Future] = set()
        while queue or running:
            # Enough queued that the workers stay busy while a batch is written.
            while queue and len(running) < IN_FLIGHT_PER_WORKER * workers and not stop():
                running.add(pool.submit(index_file, fs_path(queue.pop()), entities))
            if not running:
                break
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                batch.add(future.result())
            if stop():
                for future in running:
                    future.cancel()
                return batch.summary(True)
    return batch.summary(bool(queue))


class _Batch:
    """The reports read and not yet written: written in one transaction once
    ``commit_seconds`` have passed since the last commit, and when indexing ends."""

    def __init__(
        self,
        store_results: Callable[[list[IndexedReport | IndexFailure]], None],
        total: int,
        progress: Callable[[int, int, str], None] | None,
        commit_seconds: float,
    ) -> None:
        self._store, self._total, self._progress = store_results, total, progress
        self._seconds = commit_seconds
        self._results: list[IndexedReport | IndexFailure] = []
        self._since = time.monotonic()
        self.done = self.failed = 0

    def add(self, result: IndexedReport | IndexFailure) -> None:
        self._results.append(result)
        if time.monotonic() - self._since >= self._seconds:
            self.commit()

    def commit(self) -> None:
        results, self._results = self._results, []
        if results:
            self._store(results)
        self._since = time.monotonic()
        for result in results:
            self.done += 1
            self.failed += isinstance(result, IndexFailure)
            if self._progress is not None:
                self._progress(self.done, self._total, result.path)

    def summary(self, cancelled: bool) -> IndexSummary:
        """Commit what is left; the counts of what was committed."""
        self.commit()
        return IndexSummary(self.done - self.failed, self.failed, cancelled)
