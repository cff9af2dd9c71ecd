"""Owner mode in the window: asks for the PIN when an owner action needs it, re-locks after inactivity.

The PIN check runs on the GUI thread on purpose: `require` answers yes or no to an owner action that
waits for it behind a modal prompt, and the check is one short read and, for a wrong PIN, one write."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import AppError
from app.ui import wording
from app.ui.pin_prompt import PinPrompt

if TYPE_CHECKING:
    from app.services.roles import OwnerPin
    from app.shop import Shop, Written


class ShopPin:
    """The owner PIN as the gate sees it, asked of the shop."""

    def __init__(self, shop: Any) -> None:
        self._owner = shop.owner

    def is_set(self) -> bool:
        return self._owner.pin_is_set()

    def check(self, pin: str) -> None:
        self._owner.check_pin(pin)

    def locked_seconds(self) -> int:
        return self._owner.pin_locked_seconds()

    def set(self, new_pin: str, current_pin: str | None = None) -> Written[None]:
        return self._owner.set_pin(new_pin, current_pin)


class OwnerGate(QObject):
    """Signals: changed(bool), owner mode switched on (True) or off.

    OwnerGate(shop, relock_minutes); an OwnerPin may stand in for the shop. With neither yet (the window
    is up while the shop is still opening) every owner action waits: `attach` the shop when it is ready."""

    changed = Signal(bool)

    def __init__(
        self,
        shop: Shop | OwnerPin | None,
        relock_minutes: int = 5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.pin: ShopPin | OwnerPin | None = None
        if shop is not None:
            self.attach(shop)
        self.relock_seconds = relock_minutes * 60
        self._clock = clock
        self._until = 0.0
        self.ask = self._ask_pin  # tests replace this

    def attach(self, shop: Any, relock_minutes: int | None = None) -> None:
        self.pin = ShopPin(shop) if hasattr(shop, "owner") else shop
        if relock_minutes is not None:
            self.relock_seconds = relock_minutes * 60

    def is_unlocked(self) -> bool:
        return self.pin is not None and (not self.pin.is_set() or self._clock() < self._until)

    def require(self, parent: QWidget) -> bool:
        """True when the owner is present (asking for the PIN if needed); each owner action extends the time."""
        if self.pin is None:
            QMessageBox.information(
                parent, "Regulars", self.tr("The shop is still opening. Try again in a moment.")
            )
            return False
        if not self.pin.is_set():
            return True
        if self._clock() >= self._until:
            locked = self.pin.locked_seconds()
            if locked:  # say so, and do not ask for a PIN that could not be checked anyway
                self.tell(parent, self._lockout_message(locked))
                return False
            typed = self.ask(parent)
            if typed is None:
                return False
            try:
                self.pin.check(typed)
            except AppError as exc:  # a wrong PIN, a lock-out, or a database that did not answer
                self.tell(parent, wording.said(exc))
                return False
            self.changed.emit(True)
        self._until = self._clock() + self.relock_seconds
        return True

    def lock(self) -> None:
        self._until = 0.0
        self.changed.emit(False)

    def remaining_seconds(self) -> int:
        """Seconds of owner mode left (0: locked), from the gate's own clock; asks nothing of the shop."""
        return max(0, math.ceil(self._until - self._clock()))

    def tell(self, parent: QWidget, text: str) -> None:
        """Say why owner mode did not open (tests replace this)."""
        QMessageBox.warning(parent, self.tr("Owner PIN"), text)

    def _ask_pin(self, parent: QWidget) -> str | None:
        return PinPrompt.ask(parent)

    def _lockout_message(self, seconds: int) -> str:
        return self.tr(
            "Too many wrong PINs: owner actions are locked for %n more minute(s). Counter work carries on as usual.",
            "",
            max(1, math.ceil(seconds / 60)),
        )
