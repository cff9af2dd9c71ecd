"""The menu editor through the real runner threads: prices, allergens, Enter adds once."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.shop import Shop
from app.ui.allergens import AllergenDialog
from app.ui.items_dialog import ALLERGENS, NAME, PRICE, ItemsDialog
from app.ui.ops import Ops


@pytest.fixture
def dialog(qtbot, services):
    ops = Ops()
    ops.attach(Shop(services))
    opened = ItemsDialog(Shop(services), ops)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitUntil(lambda: opened.model.rowCount() == 15)
    yield opened
    ops.close()


def cell(dialog, name: str, column: int) -> str:
    model = dialog.model
    row = next(n for n, r in enumerate(model.rows) if r.name == name)
    return model.data(model.index(row, column))


def answer_allergens(ticks: list[str]) -> None:
    """Tick these in the allergen dialog about to open, then press OK."""

    def tick() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, AllergenDialog):
            QTimer.singleShot(20, tick)
            return
        for key in ticks:
            box.grid.boxes[key].setChecked(True)
        box.accept()

    QTimer.singleShot(0, tick)


def test_enter_on_a_new_item_adds_it_once_with_its_price_and_no_false_error(qtbot, dialog, services) -> None:
    assert cell(dialog, "Flat white", PRICE) == "£3.30" and cell(dialog, "Flat white", ALLERGENS) == "Milk"
    assert cell(dialog, "Espresso", ALLERGENS) == "none"
    qtbot.keyClicks(dialog.name, "Rhubarb tart")
    qtbot.keyClicks(dialog.category, "Cake")
    qtbot.keyClicks(dialog.price, "3,30")  # a decimal comma
    answer_allergens(["gluten", "eggs"])
    qtbot.mouseClick(dialog.allergens_button, Qt.MouseButton.LeftButton)
    assert dialog.allergens_button.text() == "Allergens: Gluten, Eggs…"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 16)
    qtbot.wait(200)  # a second add (the old bug) would have come back with an error by now
    assert dialog.error.text() == ""
    assert cell(dialog, "Rhubarb tart", PRICE) == "£3.30"
    assert cell(dialog, "Rhubarb tart", ALLERGENS) == "Gluten, Eggs"
    assert dialog.name.text() == "" and dialog.price.text() == ""
    assert dialog.allergens_button.text() == "Allergens: none…"
    saved = [r for r in services.items.list() if r.name == "Rhubarb tart"]
    assert [(r.price_cents, r.category, r.allergens) for r in saved] == [(330, "Cake", ("gluten", "eggs"))]


def test_a_price_is_changed_in_place_and_a_bad_one_is_refused(qtbot, dialog) -> None:
    model = dialog.model
    row = next(n for n, r in enumerate(model.rows) if r.name == "Tea")
    assert model.data(model.index(row, PRICE), Qt.ItemDataRole.EditRole) == "2.50"
    model.setData(model.index(row, PRICE), "2,75")
    qtbot.waitUntil(lambda: cell(dialog, "Tea", PRICE) == "£2.75")
    model.setData(model.index(row, PRICE), "two pounds")
    assert "is not an amount" in dialog.error.text()
    qtbot.wait(100)
    assert cell(dialog, "Tea", PRICE) == "£2.75"
    model.setData(model.index(row, PRICE), "")  # no price: typed at the counter each time
    qtbot.waitUntil(lambda: cell(dialog, "Tea", PRICE) == "—")


def test_a_name_already_on_the_menu_says_so_and_adds_nothing(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.name, "flat WHITE")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already on the menu" in dialog.error.text())
    assert dialog.model.rowCount() == 15 and dialog.name.text() == "flat WHITE"


def test_double_click_on_allergens_ticks_what_the_item_contains(qtbot, dialog, services) -> None:
    model = dialog.model
    row = next(n for n, r in enumerate(model.rows) if r.name == "Espresso")
    answer_allergens(["sulphites"])
    dialog._on_double_clicked(model.index(row, ALLERGENS))
    qtbot.waitUntil(lambda: cell(dialog, "Espresso", ALLERGENS) == "Sulphites")
    assert services.items.get(model.rows[row].id).allergens == ("sulphites",)
    model.setData(model.index(row, NAME), "Double espresso")
    qtbot.waitUntil(lambda: any(r.name == "Double espresso" for r in model.rows))
    dialog.resize(720, 560)
    dialog.grab().save("/tmp/counter2-items.png")
