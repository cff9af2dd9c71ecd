import sqlite3

from app import till_settings
from app.services.customers import CustomerInput
from app.shop import Shop
from app.till_settings import TillSettings
from app.ui.ops import Ops
from app.ui.serving_picker import ServingPicker


def test_staff_pick_who_is_serving_and_the_visits_carry_their_name(qtbot, services) -> None:
    shop = Shop(services)
    ops = Ops()
    ops.attach(shop)
    picker = ServingPicker(shop, ops)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.count() == 1, timeout=10_000)
    assert not picker.isVisible()  # no staff list on this till: nothing to pick
    ops.write(lambda s: s.till.save(TillSettings(staff=("Sam", "Ana"))), lambda _t: None)
    qtbot.waitUntil(lambda: picker.count() == 3, timeout=10_000)
    assert picker.isVisible() and [picker.itemText(i) for i in range(3)] == [
        "Who's serving?",
        "Sam",
        "Ana",
    ]
    picker.setCurrentIndex(2)
    picker.activated.emit(2)
    qtbot.waitUntil(lambda: till_settings.load(services.paths.root).serving == "Ana", timeout=10_000)
    customer = shop.counter.add_customer(CustomerInput(name="Zoë Martin")).value
    item = shop.owner.add_item("Cardamom bun", "Pastry", 295).value
    shop.counter.record_visit(customer, [(item, 1)])
    staff = sqlite3.connect(services.paths.database).execute("SELECT staff FROM visits").fetchall()
    assert staff == [("Ana",)]
    ops.close()


def test_the_picker_waits_for_a_shop_that_is_still_opening(qtbot, services) -> None:
    till_settings.save(services.paths.root, TillSettings(staff=("Sam",), serving="Sam"))
    ops = Ops()
    picker = ServingPicker(None, ops)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.count() == 0  # nothing yet: the shop has not opened
    ops.attach(Shop(services))
    qtbot.waitUntil(lambda: picker.serving() == "Sam", timeout=10_000)
    assert picker.isVisible()
    ops.close()


def test_a_staff_list_added_while_the_window_is_up_shows_whole_in_the_menu_bar(
    qtbot, open_window, bakery
) -> None:
    window, _ = open_window(bakery)
    qtbot.wait(50)  # the menu bar has laid out its corner, empty
    assert not window.serving.isVisible()
    window.ops.write(lambda s: s.till.save(TillSettings(staff=("Sam", "Anastasia"))), lambda _t: None)
    qtbot.waitUntil(window.serving.isVisible, timeout=5000)
    corner = window.menuBar().cornerWidget()
    qtbot.waitUntil(lambda: corner.width() >= corner.sizeHint().width(), timeout=2000)
    assert window.serving.width() >= window.serving.sizeHint().width()  # "Who's serving?", not "Who'"
    assert window.menuBar().rect().contains(corner.geometry())
