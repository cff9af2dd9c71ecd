"""The owner's PIN: a salted scrypt hash, a lock-out after repeated wrong PINs.

Counter staff can look up, add customers and record visits. Changing rules, adjusting points, revoking
cards, importing, erasing and changing settings need the owner. Without a PIN set, the shop has chosen
not to separate the two and everyone is the owner.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import time
from collections.abc import Callable

from app.errors import UserError
from app.messages import msg
from app.services import audit
from app.services.settings import Settings

MAX_FAILURES = 5
LOCKOUT_SECONDS = 300
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
# ASCII only: str.isdigit() also takes Arabic-Indic or full-width digits, which a till's keypad cannot type.
PIN_PATTERN = re.compile(r"[0-9]{4,12}")


class PinError(UserError):
    pass


class LockedOut(PinError):
    pass


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **SCRYPT)


class OwnerPin:
    """`actor` names whoever types PINs here in the audit log: "counter" in the window, "cli" on the command line."""

    def __init__(
        self, settings: Settings, clock: Callable[[], float] = time.time, actor: str = "counter"
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._actor = actor

    def is_set(self) -> bool:
        return bool(self._settings.get("owner_pin"))

    def set(self, new_pin: str, current_pin: str | None = None, actor: str = "owner") -> None:
        if self.is_set():
            self.check(current_pin or "")
        self.replace(new_pin, actor)

    def replace(self, new_pin: str, actor: str = "owner") -> None:
        """Set the PIN without asking for the old one: for callers that already checked it."""
        if not PIN_PATTERN.fullmatch(new_pin):
            raise PinError(msg.tr("The PIN must be 4 to 12 digits (0 to 9)."))
        had_one = self.is_set()
        salt = secrets.token_bytes(16)
        self._settings.set("owner_pin", {"salt": salt.hex(), "hash": _hash(new_pin, salt).hex(), **SCRYPT})
        self._audit("pin.change" if had_one else "pin.set", actor)

    def check(self, pin: str) -> None:
        """Return quietly for the right PIN; raise PinError or LockedOut otherwise.

        Each try is counted before the PIN is checked, in one locked read-and-write of the shared counter,
        so tills trying at once cannot check more than MAX_FAILURES wrong PINs between them. A try that
        never finishes (the till crashed) counts as a wrong one.
        """
        self._settings.refresh()
        stored = self._settings.get("owner_pin")
        if not stored:
            return
        after = self._settings.update("owner_pin_failures", lambda state: _take_a_try(state, self._clock()))
        if hmac.compare_digest(_hash(pin, bytes.fromhex(stored["salt"])).hex(), stored["hash"]):
            self._settings.update("owner_pin_failures", lambda _state: {"count": 0, "locked_until": 0})
            return
        if after["locked_until"]:
            self._audit(
                "pin.lockout", detail=f"{MAX_FAILURES} wrong PINs; locked for {LOCKOUT_SECONDS // 60} min"
            )
            raise LockedOut(
                msg.tr("Too many wrong PINs. Owner actions are locked for {minutes} min.").format(
                    minutes=LOCKOUT_SECONDS // 60
                )
            )
        self._audit("pin.wrong", detail=f"{MAX_FAILURES - after['count']} tries left")
        raise PinError(msg.tr("Wrong PIN (%n try/tries left).", "", MAX_FAILURES - after["count"]))

    def locked_seconds(self) -> int:
        """How long owner actions stay locked after too many wrong PINs (0: not locked), without taking a try."""
        self._settings.refresh()
        state = self._settings.get("owner_pin_failures") or {}
        return max(0, math.ceil(float(state.get("locked_until") or 0) - self._clock()))

    def _audit(self, action: str, actor: str | None = None, detail: str = "") -> None:
        audit.log(self._settings.db, actor or self._actor, action, "owner-pin", detail)


def _take_a_try(state: dict[str, float] | None, now: float) -> dict[str, float]:
    """The failure counter with one more try taken, or LockedOut. The last try starts the lock at once;
    a right PIN lifts it."""
    state = state or {"count": 0, "locked_until": 0}
    if state["locked_until"] > now:
        minutes = max(1, math.ceil((state["locked_until"] - now) / 60))
        raise LockedOut(msg.tr("Too many wrong PINs. Try again in {minutes} min.").format(minutes=minutes))
    count = state["count"] + 1
    if count >= MAX_FAILURES:
        return {"count": 0, "locked_until": now + LOCKOUT_SECONDS}
    return {"count": count, "locked_until": 0}
