"""Tell a keyboard-wedge scan from a person typing, wherever the keyboard focus is.

A scanner types RGL + 20 characters within a few milliseconds per key and ends with Enter or Tab.
Keys that could start a payload are held back; if the rest arrives as fast as a scanner types, the
whole payload is swallowed and reported, so it never lands in the search box or a notes field.
If the rhythm breaks or a character does not fit, the held keys are replayed to where they were going.

It watches the window that has the keyboard (the main window or one of its dialogs), where the system's key
presses arrive before they reach the focused widget, rather than filtering every event of the application:
an application-wide Python filter was called for every paint and layout event of every widget, about a
fifth of the GUI thread's time while a profile opened.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.codes import tokens

MODIFIERS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_AltGr,
}
SUFFIX_KEYS = {"enter": {Qt.Key.Key_Return, Qt.Key.Key_Enter}, "tab": {Qt.Key.Key_Tab}}


class WedgeScanner(QObject):
    """An event filter on the windows of the widget it belongs to (see `follow`).

    Signals:
        scanned(str): a complete payload read by a scanner (same card within the repeat window: once).
    """

    scanned = Signal(str)

    def __init__(
        self,
        max_interval_ms: int = 35,
        suffix: str = "either",
        repeat_seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.configure(max_interval_ms, suffix, repeat_seconds)
        self._clock = clock
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._unreleased: Counter[int] = Counter()  # keys whose press was held back or swallowed
        self._passed = ""  # a leading R already let through to a widget that clears itself on a scan
        self._passed_to: QWidget | None = None
        self.let_through: Callable[[QWidget], bool] = lambda _widget: False
        self._last_key_at = 0.0
        self._last_scan: tuple[str, float] = ("", -1e9)
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._replay)

    def configure(self, max_interval_ms: int, suffix: str, repeat_seconds: float) -> None:
        """The shop's scanner timing, once it is known (the window is up before the shop has opened)."""
        self.max_interval = max_interval_ms / 1000
        self.suffixes = set().union(*SUFFIX_KEYS.values()) if suffix == "either" else SUFFIX_KEYS[suffix]
        self.repeat_seconds = repeat_seconds

    def follow(self, window: QWidget) -> None:
        """Watch `window` and each dialog of it while it has the keyboard."""
        window.winId()  # its native window exists from here on, before it is first shown
        self._watch(window.windowHandle())
        cast(QGuiApplication, QGuiApplication.instance()).focusWindowChanged.connect(self._on_focus_window)

    def _on_focus_window(self, handle: QWindow | None) -> None:
        owner = self.parent()
        if handle is None or not isinstance(owner, QWidget) or not owner.isVisible():
            return
        top = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is handle), None)
        widget = top
        while widget is not None and widget is not owner:
            widget = widget.parentWidget()
        # The window itself, a dialog opened from it, or a dialog with no parent at all (a message box at
        # start-up): a card scanned into one must not type its code there, nor press its default button.
        if widget is owner or (isinstance(top, QDialog) and top.parentWidget() is None):
            self._watch(handle)
        else:
            self._unreleased.clear()  # another window's keys are its own, releases included

    def _watch(self, handle: QWindow | None) -> None:
        if handle is not None:
            handle.removeEventFilter(self)  # once per window, however often it comes back into focus
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not isinstance(watched, QWindow):
            return False
        if event.type() == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            # The release of a key held back goes too: a line edit repaints its cursor on every release.
            if self._unreleased[event.key()] > 0:
                self._unreleased[event.key()] -= 1
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        target = watched.focusObject()  # where the window is about to send the key
        if not isinstance(target, QWidget):
            return False
        key_event = event
        if not isinstance(key_event, QKeyEvent):
            return False
        if key_event.key() in MODIFIERS:
            return False  # scanners press Shift for capitals; it neither breaks nor makes a scan
        now = self._clock()
        text = key_event.text()
        quick = now - self._last_key_at <= self.max_interval
        self._last_key_at = now
        if not quick:
            self._passed = ""
        if self._held and not quick:
            self._replay()
        held_text = self._passed + "".join(e.text() for _, e in self._held)
        if self._held and key_event.key() in self.suffixes:
            if tokens.parse(held_text) is not None:
                self._finish(held_text, now)
                self._unreleased[key_event.key()] += 1
                return True
            self._replay()
            return False
        candidate = held_text + text
        if (
            text
            and text.isprintable()
            and tokens.could_be_prefix(candidate)
            and (self._held or quick or text in "Rr")
        ):
            if not self._held and not self._passed and text not in "Rr":
                return False
            if not held_text and self.let_through(target):
                # The search box shows the R at once (a person typing "Mar" sees it); if a scan follows,
                # opening the card clears the box, so nothing is left behind.
                self._passed, self._passed_to = text, target
                return False
            self._held.append(
                (target, QKeyEvent(key_event.type(), key_event.key(), key_event.modifiers(), text))
            )
            self._unreleased[key_event.key()] += 1
            self._flush_timer.start(max(1, int(self.max_interval * 1000 * 3)))
            return True
        if self._held:
            self._replay()
        self._passed = ""  # this key is no card's: an R let through before it starts nothing now
        return False

    def _finish(self, payload: str, now: float) -> None:
        self._held.clear()
        if self._passed and self._passed_to is not None and self._is_repeat(payload, now):
            # a repeat read is swallowed whole: take back the R that was let through
            back = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(self._passed_to, back)
        self._passed = ""
        self._flush_timer.stop()
        token = tokens.parse(payload)
        last_token, last_at = self._last_scan
        self._last_scan = (token or "", now)
        if token == last_token and now - last_at < self.repeat_seconds:
            return  # the same card read twice in a moment is one scan
        self.scanned.emit(tokens.payload(token or ""))

    def _is_repeat(self, payload: str, now: float) -> bool:
        last_token, last_at = self._last_scan
        return tokens.parse(payload) == last_token and now - last_at < self.repeat_seconds

    def _replay(self) -> None:
        """Give held keys back to the widgets they were meant for: it was a person typing."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._passed = ""
        self._replaying = True
        try:
            for widget, event in held:
                QApplication.sendEvent(widget, event)
                if self._unreleased[event.key()] > 0:
                    self._unreleased[event.key()] -= 1  # still down: its own release will reach the widget
                else:
                    release = QKeyEvent(QEvent.Type.KeyRelease, event.key(), event.modifiers(), event.text())
                    QApplication.sendEvent(widget, release)
        finally:
            self._replaying = False
