"""The profile at the counter: menu prices fill the amount, an allergen clash asks loudly first, the card
line says what the card is and offers the next step (through the real runner threads)."""

import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.customers import CustomerInput
from app.shop import Shop
from app.ui.ops import Ops
from app.ui.profile_panel import ProfilePanel


@pytest.fixture
def counter(qtbot, services):
    """A profile panel with the demo menu and a real runner; returns (panel, services, open(cid))."""
    ops = Ops()
    ops.attach(Shop(services))
    panel = ProfilePanel("Europe/London", "£", ops=ops)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    panel.set_menu(services.items.list())

    def open_profile(customer_id: int) -> None:
        panel.show_profile(services.profiles.load(customer_id))

    yield panel, services, open_profile
    ops.close()


def item(panel, name: str) -> int:
    return next(i for i, n in panel._item_names.items() if n == name)


def test_the_prices_of_tapped_items_fill_the_amount_and_typing_wins(qtbot, counter) -> None:
    panel, services, open_profile = counter
    open_profile(services.customers.add(CustomerInput(name="Ann Lee")))
    recorded = []
    panel.visit_requested.connect(lambda lines, amount: recorded.append((lines, amount)))
    assert panel.amount.text() == "" and not panel.record_button.isEnabled()
    panel.add_to_basket(item(panel, "Croissant"))
    panel.add_to_basket(item(panel, "Flat white"))
    panel.add_to_basket(item(panel, "Croissant"))
    assert panel.basket_label.text() == "2× Croissant, Flat white"
    assert panel.amount.text() == "8.50"  # 2 × 2.60 + 3.30
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert recorded[-1] == ([(item(panel, "Croissant"), 2), (item(panel, "Flat white"), 1)], 850)
    # They paid something else: what is typed stays, even when another item is tapped.
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "8,00")
    panel.add_to_basket(item(panel, "Tea"))
    assert panel.amount.text() == "8,00"
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    assert recorded[-1][1] == 800
    # Clear gives the box back to the prices.
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.amount.text() == "" and panel.basket_label.text() == "Tap items to build the order."
    panel.add_to_basket(item(panel, "Tea"))
    assert panel.amount.text() == "2.50"


def test_an_item_without_a_price_says_so_and_a_bad_amount_records_nothing(qtbot, counter) -> None:
    panel, services, open_profile = counter
    services.items.set_price(item(panel, "Tea"), None)
    panel.set_menu(services.items.list())
    open_profile(services.customers.add(CustomerInput(name="Ann Lee")))
    recorded = []
    panel.visit_requested.connect(lambda lines, amount: recorded.append(amount))
    panel.add_to_basket(item(panel, "Tea"))
    assert panel.amount.text() == "" and panel.order.price_note.isVisible()
    assert "No price on the menu for Tea" in panel.order.price_note.text()
    panel.add_to_basket(item(panel, "Espresso"))
    assert panel.amount.text() == "2.20"
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "two pounds")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert recorded == [] and "is not an amount" in panel.message.text()


def _answer_allergy_box(seen: list, press: str) -> None:
    """Read the warning about to open (text, colour, default button), then press one of its buttons."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        buttons = {b.text(): b for b in box.buttons()}
        seen.append((box.text(), box.informativeText(), box.defaultButton().text(), box.styleSheet()))
        buttons[press].click()

    QTimer.singleShot(0, look)


def test_tapping_an_item_the_customer_is_allergic_to_asks_loudly_first(qtbot, counter) -> None:
    panel, services, open_profile = counter
    open_profile(services.customers.add(CustomerInput(name="Zoë Martin", flags=["nuts", "milk"])))
    assert "TREE NUTS" in panel.allergy.text() and "MILK" in panel.allergy.text()
    marked = {b.text() for b in panel._item_buttons if b.text().startswith("⚠")}
    assert "⚠ Almond croissant" in marked and "⚠ Flat white" in marked and "⚠ Espresso" not in marked
    seen: list = []
    _answer_allergy_box(seen, "Don't add")
    panel.add_to_basket(item(panel, "Almond croissant"))
    text, informative, default, style = seen[0]
    assert "Zoë Martin is allergic to MILK, TREE NUTS" in text and "#b00020" in text  # red, named
    assert "Almond croissant contains" in informative and "tree nuts" in informative
    assert default == "Don't add" and "#b00020" in style
    assert panel.basket_label.text() == "Tap items to build the order." and panel.amount.text() == ""
    _answer_allergy_box(seen, "Add anyway")
    panel.add_to_basket(item(panel, "Almond croissant"))
    assert panel.basket_label.text() == "Almond croissant" and panel.amount.text() == "3.40"
    panel.add_to_basket(item(panel, "Espresso"))  # nothing to fear: no question
    assert len(seen) == 2 and panel.basket_label.text() == "Almond croissant, Espresso"


def test_the_usual_is_checked_against_allergies(qtbot, counter) -> None:
    panel, services, open_profile = counter
    cid = services.customers.add(CustomerInput(name="Sam Nut", flags=["nuts"]))
    services.settings.set("cooldown_minutes", 0)
    for _ in range(3):
        services.visits.record(cid, [(item(panel, "Carrot cake slice"), 1), (item(panel, "Tea"), 1)])
    open_profile(cid)
    seen: list = []
    _answer_allergy_box(seen, "Don't add")
    assert panel.usual_allergy_ok() is False
    assert "Carrot cake slice contains tree nuts" in seen[0][1]


def test_the_card_line_says_none_issues_prints_and_says_revoked(qtbot, counter, tmp_path) -> None:
    panel, services, open_profile = counter
    cid = services.customers.add(CustomerInput(name="Ann Lee"))
    open_profile(cid)
    card = panel.card
    qtbot.waitUntil(lambda: card.text.text() == "No loyalty card yet.")
    assert card.issue_button.isVisible() and not card.print_button.isVisible()
    qtbot.mouseClick(card.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not printed yet" in card.text.text())
    code = services.cards.active_card(cid).short_code
    shown = code.replace(
        "-", "\N{NON-BREAKING HYPHEN}"
    )  # a narrow panel wraps before the code, not inside it
    assert shown in card.text.text() and "issued" in card.note.text()
    assert card.print_button.text() == "Print card…" and not card.issue_button.isVisible()
    assert panel.card_badge.isVisible() and panel.card_badge.text().startswith("Card …")

    out = tmp_path / "ann.pdf"
    card.choose_file = lambda _parent, suggested: str(out)
    qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printed" in card.text.text() and "not" not in card.text.text(), timeout=20000)
    assert card.print_button.text() == "Print again…" and "Saved ann.pdf" in card.note.text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert code in text
    assert services.cards.active_card(cid).printed_at is not None

    services.cards.revoke(cid)
    open_profile(cid)
    qtbot.waitUntil(lambda: card.text.text().startswith("Card revoked on"))
    assert card.issue_button.text() == "Issue a new card" and card.issue_button.isVisible()
    panel.grab().save("/tmp/counter2-profile.png")


def test_without_a_runner_the_card_line_only_tells(qtbot, services) -> None:
    panel = ProfilePanel("Europe/London", "£")
    qtbot.addWidget(panel)
    cid = services.customers.add(CustomerInput(name="Ann Lee"))
    services.cards.issue(cid)
    panel.show_profile(services.profiles.load(cid))
    assert "not printed yet" in panel.card.text.text()
    assert panel.card.print_button.isHidden() and panel.card.issue_button.isHidden()


def test_f2_on_a_usual_with_an_allergen_asks_and_records_nothing_on_no(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    s = window.services
    s.settings.set("cooldown_minutes", 0)
    cid = s.customers.add(CustomerInput(name="Sam Nut", flags=["nuts"]))
    cake = s.items.resolve(["Carrot cake slice"])[0]
    for _ in range(2):
        s.visits.record(cid, [(cake, 1)])
    window.open_profile(cid)
    seen: list = []
    _answer_allergy_box(seen, "Don't add")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "Sam Nut is allergic to TREE NUTS" in seen[0][0]
    assert s.visits.summary(cid)[0] == 2
    window.activateWindow()  # the desktop gives the window back its focus once the warning closes
    qtbot.waitUntil(window.isActiveWindow)
    _answer_allergy_box(seen, "Add anyway")
    window.confirm_again = lambda _name: True
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert len(seen) == 2
    assert s.visits.summary(cid)[0] == 3 and window.profile.message.text().startswith("✓ Visit saved")
