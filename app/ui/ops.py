"""The one background runner: application calls run off the GUI thread, answers come back on it.

Three lanes, each its own worker thread:
- `read`: quick lookups (search, profile). A request may name a channel ("search", "profile"): a newer
  request on the channel drops the older ones still queued, and an older answer that arrives late is
  never delivered, so the screen shows only the latest.
- `write`: changes, one at a time, strictly in the order they were asked for. A `Written` result is
  unwrapped for the callback and its `Changes` broadcast on `changed`.
- `long`: imports, exports, backups, model fits, server checks; they get a progress callback and never
  hold up typing.
Requests made before the shop is ready (start-up still opening the database) wait and are answered
after `attach(shop)`. Errors arrive as one line of text: an AppError's own message, anything else a
short message with the traceback in the log.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog

from app.catalogue import QT_TRANSLATE_NOOP
from app.errors import AppError, StorageBusy
from app.ui import wording

if TYPE_CHECKING:  # the shop (and SQLAlchemy behind it) loads on a worker thread after the window is up
    from app.shop import Shop

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Done = Callable[[Any], object]
Failed = Callable[[str], object]
LANES = ("read", "write", "long")
UNEXPECTED = QT_TRANSLATE_NOOP("Ops", "Something went wrong ({kind}). The details are in the log file.")


class Failure(str):
    """An error's message, as callbacks receive it; `busy` says trying again may work (StorageBusy)."""

    busy: bool = False

    @classmethod
    def of(cls, message: str, busy: bool = False) -> Failure:
        made = cls(message)
        made.busy = busy
        return made


@dataclass
class _Request:
    lane: str
    call: Callable[..., Any]
    on_done: Done | None
    on_error: Failed | None
    on_progress: Progress | None = None
    channel: str | None = None
    generation: int = 0


@dataclass
class _Answer:
    request: _Request
    ok: bool
    value: Any = None  # the result, the error message, or (done, total) for progress
    progress: bool = False
    dropped: bool = False  # a stale request, sent back only to be freed on the GUI thread


class _Lane:
    """One worker thread taking requests in order; waits until the shop is attached."""

    def __init__(self, name: str, ops: Ops) -> None:
        self._name = name
        self._ops = ops
        self._queue: deque[_Request] = deque()
        self._wake = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=f"ops-{name}", daemon=True)
        self._thread.start()

    def put(self, request: _Request) -> None:
        with self._wake:
            if request.channel is not None:  # only the newest of a channel is worth running
                kept = [r for r in self._queue if r.channel != request.channel]
                self._queue.clear()
                self._queue.extend(kept)
            self._queue.append(request)
            self._wake.notify()

    def wake(self) -> None:
        with self._wake:
            self._wake.notify()

    def stop(self, wait: bool = True) -> None:
        with self._wake:
            self._stopped = True
            self._queue.clear()
            self._wake.notify()
        if wait and self._thread is not threading.current_thread():
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._stopped and (not self._queue or self._ops.shop is None):
                    self._wake.wait()
                if self._stopped:
                    return
                request = self._queue.popleft()
            self._ops._execute(request)
            del request  # now the GUI thread's reference is the last one: see Ops._keep
            self._ops._released.emit(self._name)


class Ops(QObject):
    """Signals:
    changed(Changes): after each successful write, so every screen can decide whether to refresh.
    failed(str): an error of a request that gave no on_error callback.
    ready(): the shop was attached; queued requests are being answered.
    """

    changed = Signal(object)
    failed = Signal(str)
    ready = Signal()
    _answered = Signal(object)
    _released = Signal(str)  # a lane's worker dropped its reference to the request it last answered

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shop: Shop | None = None
        self._generations: dict[str, int] = {}
        self._answered.connect(self._on_answered, Qt.ConnectionType.QueuedConnection)
        self._kept: dict[str, deque[_Request]] = {name: deque() for name in LANES}
        self._released.connect(self._on_released, Qt.ConnectionType.QueuedConnection)
        self._lanes = {name: _Lane(name, self) for name in LANES}

    # -- asking ------------------------------------------------------------------------------------------
    def read(
        self,
        call: Callable[[Shop], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        channel: str | None = None,
    ) -> None:
        """A quick lookup: `call(shop)` on the read lane."""
        self._submit(_Request("read", call, on_done, on_error, channel=channel))

    def write(
        self, call: Callable[[Shop], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """A change: `call(shop)` after every write asked for before it."""
        self._submit(_Request("write", call, on_done, on_error))

    def long(
        self,
        call: Callable[[Shop, Progress], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: Progress | None = None,
        channel: str | None = None,
    ) -> None:
        """A slow job: `call(shop, progress)`; progress(done, total) reaches on_progress on the GUI thread."""
        self._submit(_Request("long", call, on_done, on_error, on_progress, channel))

    def cancel(self, channel: str) -> None:
        """Forget the answer to whatever is pending on the channel (a dialog closed, a field cleared)."""
        self._generations[channel] = self._generations.get(channel, 0) + 1

    # -- the shop ----------------------------------------------------------------------------------------
    def attach(self, shop: Shop) -> None:
        """The shop is ready: answer what was asked while it was loading. Call on the GUI thread."""
        self.shop = shop
        for lane in self._lanes.values():
            lane.wake()
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        return self.shop is not None

    def close(self) -> None:
        """Stop the worker threads after the requests already running; queued ones are dropped."""
        for lane in self._lanes.values():
            lane.stop()

    # -- inside ------------------------------------------------------------------------------------------
    def _submit(self, request: _Request) -> None:
        if request.channel is not None:
            request.generation = self._generations.get(request.channel, 0) + 1
            self._generations[request.channel] = request.generation
        self._lanes[request.lane].put(request)

    def _stale(self, request: _Request) -> bool:
        return request.channel is not None and self._generations.get(request.channel) != request.generation

    def _execute(self, request: _Request) -> None:
        """On a worker thread."""
        if self._stale(request):
            self._answered.emit(_Answer(request, False, dropped=True))
            return
        shop = self.shop
        try:
            if request.lane == "long":
                result = request.call(shop, lambda done, total: self._progress(request, done, total))
            else:
                result = request.call(shop)
        except AppError as exc:
            message = wording.said(exc)
            self._answered.emit(_Answer(request, False, Failure.of(message, isinstance(exc, StorageBusy))))
        except Exception as exc:  # reported to the person in short, the details to the log
            log.exception("background %s failed", request.lane)
            self._answered.emit(
                _Answer(request, False, Failure.of(self.tr(UNEXPECTED).format(kind=exc.__class__.__name__)))
            )
        else:
            self._answered.emit(_Answer(request, True, result))

    def _keep(self, request: _Request) -> None:
        """Hold the request (and the widgets its callbacks belong to) until its worker lets go of it. The last
        reference to a closed dialog must go on this thread: freed on a worker, Qt crashes (seen with QtCharts)."""
        self._kept[request.lane].append(request)

    @Slot(str)
    def _on_released(self, lane: str) -> None:
        """After the answer (same thread, same order): the worker holds nothing now, so this is the last."""
        if self._kept[lane]:
            self._kept[lane].popleft()

    def _progress(self, request: _Request, done: int, total: int) -> None:
        if request.on_progress is not None:
            self._answered.emit(_Answer(request, True, (done, total), progress=True))

    @Slot(object)
    def _on_answered(self, answer: _Answer) -> None:
        """On the GUI thread."""
        request = answer.request
        if not answer.progress:
            self._keep(request)
        if answer.dropped or self._stale(request):
            return
        if answer.progress:
            if request.on_progress is not None:
                request.on_progress(*answer.value)
            return
        if not answer.ok:
            if request.on_error is not None:
                request.on_error(answer.value)
            else:
                self.failed.emit(answer.value)
            return
        from app.shop.base import Changes, Written  # loaded by now: the answer came from the shop

        value, changes = answer.value, Changes()
        if isinstance(value, Written):
            value, changes = value.value, value.changes
        if request.on_done is not None:
            request.on_done(value)
        if changes:
            self.changed.emit(changes)


class SyncOps(Ops):
    """Runs each request at once on the calling thread (tests where the thread is not the subject). Before attach, requests wait."""

    def __init__(self, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        self.shop = None
        self._generations = {}
        self._waiting: list[_Request] = []
        self._answered.connect(self._on_answered, Qt.ConnectionType.DirectConnection)
        self._lanes = {}

    def _keep(self, request: _Request) -> None:
        """Nothing to hold: every request runs and is answered on the calling thread."""

    def _submit(self, request: _Request) -> None:
        if request.channel is not None:
            request.generation = self._generations.get(request.channel, 0) + 1
            self._generations[request.channel] = request.generation
        if self.shop is None:
            self._waiting.append(request)
        else:
            self._execute(request)

    def attach(self, shop: Shop) -> None:
        self.shop = shop
        waiting, self._waiting = self._waiting, []
        for request in waiting:
            self._execute(request)
        self.ready.emit()

    def close(self) -> None:
        self._waiting.clear()


def adopt(shop: Any, ops: Any, owner: QObject) -> tuple[Shop, Ops]:
    """The shop and runner a screen works with. A runner that is not attached yet (a test's, or a screen
    opened on its own) is attached here and stopped with `owner`; without one, answers come at once."""
    from app.shop import Shop

    if not isinstance(shop, Shop):
        shop = Shop(shop)  # the services, from a test or a tool that opened them itself
    if isinstance(ops, Ops) and ops.is_ready:
        return shop, ops
    made = ops if isinstance(ops, Ops) else SyncOps(owner)
    made.attach(shop)
    lanes = list(made._lanes.values())

    def stop(*_args: object) -> None:
        for lane in lanes:
            lane.stop(wait=False)

    owner.destroyed.connect(stop)
    if isinstance(owner, QDialog):  # a closed dialog's threads need not wait for its parent window
        owner.finished.connect(stop)
    return shop, made
