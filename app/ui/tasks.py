"""Run slow work (printing, demo data, export) off the GUI thread, with progress and errors back on it.

Tests swap in SyncRunner so the same code runs start to finish inside the test.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


class _Signals(QObject):
    """Signals: progress(done, total), finished(result), failed(message)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals) -> None:
        super().__init__()
        self._work, self.signals = work, signals

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as exc:  # reported to the user, not swallowed
            log.error("background task failed\n%s", traceback.format_exc())
            self.signals.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.signals.finished.emit(result)


class TaskRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def start(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_progress: Progress | None = None,
    ) -> None:
        signals = _Signals()
        self._alive.add(signals)  # keep the QObject alive until the job reports back
        signals.finished.connect(on_done)
        signals.failed.connect(on_error)
        if on_progress:
            signals.progress.connect(on_progress)
        signals.finished.connect(lambda _r: self._alive.discard(signals))
        signals.failed.connect(lambda _m: self._alive.discard(signals))
        self._pool.start(_Job(work, signals))


class SyncRunner(TaskRunner):
    """Runs the work at once on the calling thread (tests)."""

    def start(self, work, on_done, on_error, on_progress=None) -> None:
        try:
            result = work(on_progress or (lambda _d, _t: None))
        except Exception as exc:
            on_error(str(exc) or exc.__class__.__name__)
        else:
            on_done(result)
