from PySide6.QtCore import Qt

from app.shop import Shop
from app.ui.customer_dialog import CustomerDialog
from app.ui.ops import SyncOps


def make_dialog(qtbot, services, initial=None):
    ops = SyncOps()
    shop = Shop(services)
    ops.attach(shop)
    dialog = CustomerDialog(shop.counter, ops, None, initial)
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


def test_the_form_loads_edits_and_saves_through_the_runner(qtbot, services, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services.customers import CustomerInput
    from app.ui.ops import Ops

    zoe = services.customers.add(CustomerInput(name="Zoë Martin", phone="07700 900123"))
    other = services.customers.add(CustomerInput(name="Sam"))
    ops = Ops()
    ops.attach(Shop(services))
    changed = []
    ops.changed.connect(changed.append)
    dialog = CustomerDialog(Shop(services).counter, ops, other)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.name.text() == "Sam", timeout=10_000)
    asked = []

    def answer() -> None:  # the real question, answered with its worded button
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        buttons = {b.text(): b for b in box.buttons()}
        asked.append((box.text(), sorted(buttons)))
        buttons["Save anyway"].click()

    QTimer.singleShot(0, answer)
    qtbot.keyClicks(dialog.phone, "07700 900123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id == other, timeout=10_000)
    assert asked == [
        ("Zoë Martin already has this phone number or e-mail.", ["Go back and change it", "Save anyway"])
    ]
    assert services.customers.get(other).phone == "+447700900123" and changed[0].customers
    assert services.customers.get(zoe).name == "Zoë Martin"
    ops.close()


def test_feedback_is_saved_by_its_own_dialog_through_the_runner(qtbot, services) -> None:
    from app.services.customers import CustomerInput
    from app.services.feedback import FeedbackService
    from app.ui.feedback_dialog import FeedbackDialog
    from app.ui.ops import Ops

    zoe = services.customers.add(CustomerInput(name="Zoë"))
    ops = Ops()
    ops.attach(Shop(services))
    dialog = FeedbackDialog(Shop(services).counter, ops, zoe, "Zoë")
    qtbot.addWidget(dialog)
    dialog.buttons[9].click()
    qtbot.keyClicks(dialog.comment, "More rye, please")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert not FeedbackService(services.db, services.settings).can_ask(zoe)
    ops.close()
