from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.application import open_services
from app.services.customers import CustomerInput
from app.ui.models import HitRole
from app.ui.profile_panel import ProfileScroll


def shown_names(window) -> list[str]:
    model = window.results_model
    return [model.index(r).data(HitRole).name for r in range(model.rowCount())]


def test_typing_zoe_lists_zoe_and_enter_opens_her_profile(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    qtbot.keyClicks(window.search_box, "zoe")
    assert "Zoë Martin" in shown_names(window)
    while window.results.currentIndex().data(HitRole).name != "Zoë Martin":
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    panel = window.profile
    assert panel.name.text() == "Zoë Martin"
    assert panel.allergy.isVisible() and "NUTS" in panel.allergy.text()
    assert panel.birthday.isVisible() and panel.birthday.text().endswith("Birthday in 3 days")
    assert set(panel.usual_items.text().split(" + ")) == {"Sourdough loaf", "Flat white"}
    assert "Oat milk" in panel.preferences.text()


def test_the_usual_is_recorded_with_one_key_and_survives_a_restart(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    qtbot.keyClicks(window.search_box, "zoe martin")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    before = window.profile.profile.visit_count
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.profile.message.text().startswith("✓ Visit saved at")
    assert window.profile.profile.visit_count == before + 1
    assert set(window.profile.visits_model.rows[0].items.split(", ")) == {"Sourdough loaf", "Flat white"}
    assert window.search_box.hasFocus() and window.search_box.text() == ""
    window.close()
    services = open_services(str(bakery))
    try:
        assert services.visits.summary(zoe)[0] == before + 1
        assert set(services.visits.recent(zoe, 1)[0].items.split(", ")) == {"Sourdough loaf", "Flat white"}
    finally:
        services.close()


def test_escape_clears_back_to_the_search_box(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    qtbot.keyClicks(window.search_box, "martin")
    assert window.results_model.rowCount() >= 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and window.search_box.hasFocus()
    # Back to the idle list: whose birthday is coming up.
    assert window.side_title.text() == "Birthdays this week"
    zoe = shown_names(window).index("Zoë Martin")
    assert window.results_model.index(zoe).data() == "Zoë Martin\nBirthday in 3 days"


def test_nobody_matching_says_so_and_offers_a_new_customer(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    qtbot.keyClicks(window.search_box, "qqqxxx")
    assert window.results_model.rowCount() == 0
    assert "Nobody matches" in window.results_hint.text() and "Ctrl+N" in window.results_hint.text()


def test_a_basket_of_items_with_an_amount_is_recorded(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    window.open_profile(2)
    panel = window.profile
    assert not panel.record_button.isEnabled()
    espresso = next(i for i, n in panel._item_names.items() if n == "Espresso")  # customer 2 avoids gluten
    panel.add_to_basket(espresso)
    panel.add_to_basket(espresso)
    assert panel.basket_label.text() == "2× Espresso"
    assert panel.amount.text() == "4.40"  # the menu prices fill it in
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "5.20")  # they paid something else
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.visits_model.rows[0].items == "2× Espresso"
    assert panel.visits_model.rows[0].amount_cents == 520


def test_typing_anywhere_goes_to_the_search_box(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    window.profile.setFocus()
    qtbot.keyClicks(window.profile, "zo")
    assert window.search_box.text() == "zo"


def test_surprise_and_feedback_cues_on_the_profile(qtbot, open_window, bakery, monkeypatch) -> None:
    from app.ui.feedback_dialog import FeedbackDialog

    window, _ = open_window(bakery)
    window.services.customers.add(CustomerInput(name="Tess"))
    tess = window.services.search.search("tess")[0].id
    (sourdough,) = window.services.items.resolve(["Sourdough loaf"])
    for _ in range(10):
        window.services.visits.record(tess, [(sourdough, 1)])
    window.open_profile(tess)
    assert window.profile.cue_box.isVisibleTo(window) and "10th visit" in window.profile.cue.text()
    qtbot.mouseClick(window.profile.cue_button, Qt.MouseButton.LeftButton)
    assert not window.profile.cue_box.isVisibleTo(window)
    window.open_profile(tess)
    assert not window.profile.cue_box.isVisibleTo(window)  # not again soon
    assert window.profile.feedback_button.isVisibleTo(window)

    def answer(dialog):
        dialog.buttons[9].click()
        dialog.save.click()  # the dialog saves the score itself, then closes
        return 1

    monkeypatch.setattr(FeedbackDialog, "exec", answer)
    window.owner_actions.ask_feedback()
    assert "Feedback saved" in window.profile.message.text()
    assert not window.profile.feedback_button.isVisibleTo(window)


def test_a_lost_connection_keeps_the_order_and_retries_without_counting_twice(
    qtbot, open_window, bakery, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    import app.ui.visit_flow as visit_flow

    monkeypatch.setattr(visit_flow, "RETRY_MS", 10)
    window, _ = open_window(bakery)
    window.open_profile(2)
    before = window.services.visits.summary(2)[0]
    real_record = window.services.visits.record
    calls = []

    def flaky(*args, **kwargs):
        calls.append(kwargs["client_ref"])
        if len(calls) == 1:
            real_record(*args, **kwargs)  # saved, but the reply was lost
            raise OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
        if len(calls) == 2:
            raise OperationalError("INSERT", {}, Exception("could not connect to server"))
        return real_record(*args, **kwargs)

    monkeypatch.setattr(window.services.visits, "record", flaky)
    panel = window.profile
    espresso = next(i for i, n in panel._item_names.items() if n == "Espresso")  # customer 2 avoids gluten
    panel.add_to_basket(espresso)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "Not saved yet" in panel.message.text() and panel.basket_label.text() == "Espresso"
    qtbot.waitUntil(lambda: panel.message.text().startswith("✓ Visit saved"), timeout=3000)
    assert len(calls) == 3 and len(set(calls)) == 1  # one reference for every attempt
    assert window.services.visits.summary(2)[0] == before + 1


def _amber_pixels(image) -> int:
    """Pixels of the warm orange-brown a birthday line is written in (names and contacts are neutral)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            count += pixel.red() - pixel.blue() > 70 and pixel.green() < 160
    return count


def test_result_rows_show_a_second_line_birthdays_stand_out(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    row = window.results.visualRect(window.results_model.index(0))
    assert row.height() >= 2 * window.results.fontMetrics().height()  # room for two lines
    assert _amber_pixels(window.results.viewport().grab().toImage()) > 20  # "Birthday in 3 days"
    qtbot.keyClicks(window.search_box, "martin")
    assert window.results_model.index(0).data().count("\n") == 1  # a phone or e-mail under the name
    assert _amber_pixels(window.results.viewport().grab().toImage()) == 0
    assert not window.results.horizontalScrollBar().isVisible()


def test_the_loyalty_meter_fills_towards_the_next_reward(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    panel, meter = window.profile, window.profile.progress
    points = panel.profile.points
    assert points > 0
    assert panel.profile.can_redeem == [] and panel.profile.next_reward_cost > points
    assert (meter.value, meter.maximum) == (points, panel.profile.next_reward_cost)
    assert meter.accessibleDescription() == f"{points} of {panel.profile.next_reward_cost}"
    image = meter.grab().toImage()
    middle = image.height() // 2
    filled = sum(
        image.pixelColor(x, middle).green() < 130 for x in range(image.width())
    )  # the dark green part
    assert abs(filled / image.width() - meter.value / meter.maximum) < 0.1


def test_the_profile_narrows_without_scrolling_sideways(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    scroll = window.findChild(ProfileScroll)
    buttons = window.profile._item_buttons
    columns = []
    for width in (1280, 1120, 1000):
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        QApplication.processEvents()
        assert not scroll.horizontalScrollBar().isVisible()
        right = scroll.viewport().width()
        assert all(b.mapTo(scroll.viewport(), b.rect().topRight()).x() < right for b in buttons)
        columns.append(len({b.x() for b in buttons}))
    assert columns[0] > columns[-1] >= 2  # fewer, wider columns of item buttons


def test_a_long_name_wraps_and_a_customer_without_contacts_says_so(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    name = "Maximiliane Konstanze Wilhelmine von und zu Hohenzollern-Sigmaringen " * 2
    customer = window.services.customers.add(CustomerInput(name=name.strip()))
    qtbot.keyClicks(window.search_box, "hohenzollern")
    assert window.results_model.index(0).data().endswith("\nno phone or e-mail")
    window.open_profile(customer)
    QApplication.processEvents()
    panel = window.profile
    assert panel.name.height() > 1.5 * panel.name.fontMetrics().height()  # two lines, not a wider window
    assert not window.findChild(ProfileScroll).horizontalScrollBar().isVisible()
    assert not panel.contact.isVisible()  # no empty line under the name
