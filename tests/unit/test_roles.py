import json

import pytest

from app.services.roles import LockedOut, OwnerPin, PinError


def test_without_a_pin_everyone_is_the_owner(services) -> None:
    pin = OwnerPin(services.settings)
    assert not pin.is_set()
    pin.check("anything")


def test_pin_is_stored_as_a_salted_scrypt_hash(services) -> None:
    pin = OwnerPin(services.settings)
    pin.set("4821")
    stored = services.settings.get("owner_pin")
    assert "4821" not in json.dumps(stored) and len(bytes.fromhex(stored["salt"])) == 16
    pin.check("4821")
    with pytest.raises(PinError, match="Wrong PIN"):
        pin.check("0000")
    with pytest.raises(PinError, match="Wrong PIN"):
        pin.set("9999", current_pin="1111")
    pin.set("9999", current_pin="4821")
    pin.check("9999")


def test_bad_pins_are_refused(services) -> None:
    with pytest.raises(PinError, match="4 to 12 digits"):
        OwnerPin(services.settings).set("12a4")


def test_repeated_wrong_pins_lock_the_owner_out_for_a_while(services) -> None:
    now = [1000.0]
    pin = OwnerPin(services.settings, clock=lambda: now[0])
    pin.set("4821")
    for _ in range(4):
        with pytest.raises(PinError):
            pin.check("0000")
    with pytest.raises(LockedOut):
        pin.check("0000")
    with pytest.raises(LockedOut, match="Try again in 5 min"):
        pin.check("4821")  # even the right PIN waits
    now[0] += 301
    pin.check("4821")
