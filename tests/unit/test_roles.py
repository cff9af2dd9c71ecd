import json

import pytest

from app.services import audit
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


@pytest.mark.parametrize("typed", ["١٢٣٤", "۱۲۳۴", "１２３４", "१२३४"])
def test_the_pin_is_ascii_digits_only(services, typed) -> None:
    # Arabic-Indic, Persian, full-width and Devanagari digits pass str.isdigit() but no till keypad types them.
    with pytest.raises(PinError, match="0 to 9"):
        OwnerPin(services.settings).set(typed)
    assert not OwnerPin(services.settings).is_set()
    OwnerPin(services.settings).set("0123")
    assert OwnerPin(services.settings).is_set()


def _audit(services) -> list[tuple[str, str, str]]:
    return [(r.actor, r.action, r.detail) for r in reversed(audit.recent(services.db))]


def test_pin_changes_wrong_pins_and_lockouts_are_in_the_audit_log(services) -> None:
    now = [1000.0]
    pin = OwnerPin(services.settings, clock=lambda: now[0])
    pin.set("4821")
    pin.set("5937", current_pin="4821")
    for _ in range(5):
        with pytest.raises(PinError):
            pin.check("0000")
    with pytest.raises(LockedOut):
        pin.check("5937")
    log = _audit(services)
    assert log[:2] == [("owner", "pin.set", ""), ("owner", "pin.change", "")]
    assert [a for _, a, _ in log[2:]] == ["pin.wrong"] * 4 + ["pin.lockout"]
    assert {actor for actor, _, _ in log[2:]} == {"counter"}  # not the owner: they did not know the PIN
    assert log[2][2] == "4 tries left" and "locked for 5 min" in log[-1][2]
    assert not any("0000" in d or "5937" in d for _, _, d in log)  # never the typed PIN
