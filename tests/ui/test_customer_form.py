from PySide6.QtCore import Qt

from app.ui.customer_dialog import CustomerDialog


def make_dialog(qtbot, services, initial=None):
    dialog = CustomerDialog(services.customers.region, services.customers.add, lambda p, e: None, initial)
    qtbot.addWidget(dialog)
    return dialog


def test_mistakes_are_shown_next_to_their_fields_and_nothing_is_saved(qtbot, services) -> None:
    dialog = make_dialog(qtbot, services)
    qtbot.keyClicks(dialog.name, "x" * 250)
    qtbot.keyClicks(dialog.phone, "banana")
    dialog.month.setCurrentIndex(2)
    dialog.day.setValue(31)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisibleTo(dialog) and "250 characters" in dialog.errors["name"].text()
    assert "not a phone number" in dialog.errors["phone"].text()
    assert dialog.errors["birthday"].text() == "February has no day 31."
    assert not dialog.errors["email"].isVisibleTo(dialog)
    assert dialog.saved_id is None and services.search.count() == 0


def test_a_valid_form_saves_the_customer(qtbot, services) -> None:
    dialog = make_dialog(qtbot, services)
    qtbot.keyClicks(dialog.name, "Søren Kierkegaard")
    qtbot.keyClicks(dialog.phone, "07700 900456")
    dialog.month.setCurrentIndex(2)
    dialog.day.setValue(29)
    dialog.flag_boxes["gluten"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.customers.get(dialog.saved_id)
    assert (saved.name, saved.phone, saved.birth_month, saved.birth_day, saved.allergies) == (
        "Søren Kierkegaard",
        "+447700900456",
        2,
        29,
        "gluten",
    )
