"""Python's cyclic garbage collector runs on whichever thread happens to allocate when a threshold is
crossed. If that is an ops worker thread and the garbage holds a Qt object (a closed dialog, a chart's
series), Qt destroys it there and posts its clean-up to the GUI thread, which then touches freed memory:
a crash seen with QtCharts. So, as Anki does, automatic collection is turned off once worker threads
exist and the GUI thread collects on a timer, with the collector's own thresholds."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 500

_installed: QObject | None = None


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)
        gc.disable()
        self.destroyed.connect(lambda *_: gc.enable())

    def collect(self) -> None:
        """The oldest generation over its threshold, as the automatic collector would choose."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread() -> None:
    """Idempotent; call on the GUI thread before starting worker threads."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is not None or app is None or QThread.currentThread() is not app.thread():
        return
    _installed = _Collector(app)
