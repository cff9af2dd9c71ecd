import json
import sqlite3

import pytest

from app import till_settings
from app.errors import UserError
from app.services.customers import CustomerInput
from app.shop import Shop
from app.till_settings import TillSettings


def till(shared, data_dir) -> Shop:
    """A till: its own data folder, the shop's one database."""
    return Shop.open(data_dir, f"sqlite:///{shared}", daily_backup=False)


def test_each_till_records_its_own_name_on_the_visits_it_saves(tmp_path) -> None:
    shared = tmp_path / "shop.sqlite3"
    front, back = till(shared, tmp_path / "front"), till(shared, tmp_path / "back")
    assert front.till.name == till_settings.computer_name()  # unnamed: the computer's name, not "Till 1"
    front.till.save(TillSettings(name="  Front   counter "))
    back.till.save(TillSettings(name="Kiosk"))
    item = front.owner.add_item("Flat white", "Coffee", 330).value
    customer = front.counter.add_customer(CustomerInput(name="Zoë Martin")).value
    front.counter.record_visit(customer, [(item, 1)])
    back.counter.record_visit(customer, [(item, 1)])
    tills = [r[0] for r in sqlite3.connect(shared).execute("SELECT till FROM visits ORDER BY id")]
    assert tills == ["Front counter", "Kiosk"]
    # The name is on this computer, not in the shared database: a till opened again keeps it.
    front.close()
    again = till(shared, tmp_path / "front")
    assert again.till.name == "Front counter" and again.till.settings().name == "Front counter"
    assert "Front counter" not in json.dumps(again.owner.settings(), default=str)
    again.close()
    back.close()


def test_bad_values_are_refused_and_nothing_is_written(tmp_path) -> None:
    folder = tmp_path / "till"
    folder.mkdir()
    till_settings.save(
        folder, TillSettings(name="Front", scan_max_interval_ms=40, staff=("Sam", "Ana", "Sam"))
    )
    before = (folder / "till.json").read_bytes()
    for bad in (
        TillSettings(name="x" * 41),
        TillSettings(scan_max_interval_ms=2),
        TillSettings(scan_suffix="space"),
        TillSettings(staff=tuple(f"P{i}" for i in range(13))),
    ):
        with pytest.raises(UserError):
            till_settings.save(folder, bad)
    assert (folder / "till.json").read_bytes() == before
    loaded = till_settings.load(folder)
    assert loaded.staff == ("Sam", "Ana") and loaded.scan_max_interval_ms == 40
    assert loaded.scanner({"scan_max_interval_ms": 35, "scan_suffix": "either"}) == (40, "either")


def test_a_damaged_file_gives_the_defaults(tmp_path) -> None:
    (tmp_path / "till.json").write_text("{not json", encoding="utf-8")
    assert till_settings.load(tmp_path) == TillSettings()
    (tmp_path / "till.json").write_text(json.dumps({"scan_max_interval_ms": "fast"}), encoding="utf-8")
    assert till_settings.load(tmp_path) == TillSettings()
    (tmp_path / "till.json").write_text(
        json.dumps({"window": [1, 2, 800, 600], "name": "A"}), encoding="utf-8"
    )
    assert till_settings.load(tmp_path).window == (1, 2, 800, 600)
