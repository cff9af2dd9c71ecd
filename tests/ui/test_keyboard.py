"""The counter from the keyboard alone: every step below is a key press sent to whatever has the focus,
as a person without a mouse would do it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QWidget,
)

from app import till_settings
from app.application import open_services
from app.shop import Shop
from app.ui.models import HitRole
from app.ui.style import DARK, LIGHT, STYLESHEET, palette
from app.ui.theme import Theme

CTRL = Qt.KeyboardModifier.ControlModifier
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard"
    qtbot.keyClick(focus, key, modifier)


def answer_with_enter(qtbot) -> list[str]:
    """Press Enter in the next question box (its default button) and return what it asked."""
    asked: list[str] = []

    def enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, enter)
            return
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, enter)
    return asked


def tab_chain(qtbot, window) -> list:
    """Where Tab goes from the search box until it comes back to it."""
    window.search_box.setFocus()
    chain = []
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.search_box:
            return chain
        chain.append(QApplication.focusWidget())
    raise AssertionError("Tab never came back to the search box")


def test_the_counter_flow_needs_no_mouse(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    Shop(window.services).owner.adjust_points(zoe, 20, "a good regular")  # enough for a reward
    panel = window.profile
    assert QApplication.focusWidget() is window.search_box  # typing starts at once
    qtbot.keyClicks(QApplication.focusWidget(), "zoe")
    while window.results.currentIndex().data(HitRole).name != "Zoë Martin":
        press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        press(qtbot, Qt.Key.Key_Return)
    visits, points = panel.profile.visit_count, panel.profile.points

    # F2 records the usual; Ctrl+Z takes it back while the bar offers it.
    press(qtbot, Qt.Key.Key_F2)
    assert panel.profile.visit_count == visits + 1 and window.undo_bar.isVisible()
    assert QApplication.focusWidget() is window.search_box
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert panel.profile.visit_count == visits and not window.undo_bar.isVisible()
    assert panel.message.text().startswith("✓ Visit undone")

    # A reward: Tab to it, Space to press it, Enter to confirm.
    give = next(
        w for w in tab_chain(qtbot, window) if isinstance(w, QPushButton) and w.text() == "Give free coffee"
    )
    window.search_box.setFocus()
    while QApplication.focusWidget() is not give:
        press(qtbot, Qt.Key.Key_Tab)
    asked = answer_with_enter(qtbot)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.profile.points < points, timeout=3000)
    window.activateWindow()  # the window manager's part once the question closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert asked == ["Give free coffee to Zoë Martin?"]
    assert window.undo_bar.text.text() == "✓ Free coffee given to Zoë Martin."

    # Esc starts again from the search box, wherever the focus was.
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.search_box and window.search_box.text() == ""
    assert window.current_customer() is None and window.pages.currentIndex() == 0


def test_tab_goes_through_the_profile_in_the_order_of_the_work(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    Shop(window.services).owner.adjust_points(zoe, 20, "a good regular")
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    panel = window.profile
    chain = tab_chain(qtbot, window)
    items = panel._item_buttons
    rewards = [w for w in chain if isinstance(w, QPushButton) and w.text().startswith("Give ")]
    assert chain[: len(items) + 3] == [panel.usual_button, *items, panel.amount, panel.clear_button]
    assert [w.text() for w in rewards] == ["Give free pastry", "Give free coffee", "Give free loaf"]
    assert chain.index(rewards[-1]) < chain.index(panel.edit_button)
    assert len(set(map(id, chain))) == len(chain)  # nothing is visited twice
    # Every button a person can see on the profile is reachable (the record button once there is a basket).
    shown = [b for b in panel.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert not [b.text() for b in shown if b not in chain]
    # Tab into the basket and back: Space on an item adds it, and the record button joins the chain.
    window.search_box.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is items[0]
    press(qtbot, Qt.Key.Key_Space)
    assert panel.basket_label.text() == items[0].text()  # one of it
    assert panel.record_button in tab_chain(qtbot, window)


def test_tab_reaches_every_control_of_the_window_header_and_staff_picker_included(
    qtbot, open_window, bakery, zoe
) -> None:
    till_settings.save(bakery, till_settings.TillSettings(staff=("Sam", "Ana")))
    services = open_services(str(bakery))
    Shop(services).owner.set_pin("2468")  # the owner's button shows once a PIN is set
    services.close()
    window, _ = open_window(bakery, threaded=True)  # the picker and the owner's button appear once it answers
    window.owner.ask = lambda _parent: "2468"
    with qtbot.waitSignal(window.profile_shown, timeout=5000):
        window.open_profile(zoe)
    qtbot.waitUntil(lambda: window.serving.isVisible() and window.owner_badge.isVisible(), timeout=5000)
    chain = tab_chain(qtbot, window)  # it comes back to the search box: no control keeps the keyboard
    header = [window.new_button, window.camera_button, window.owner_badge.button, window.serving]
    assert chain[0] is window.profile.usual_button  # from the search box, the counter's work comes first
    assert chain[-4:] == header  # the header last: Shift+Tab from the search box reaches it at once
    assert chain.index(window.profile.visits) > chain.index(window.profile.edit_button)  # recent visits: late
    assert [w.width() >= w.sizeHint().width() for w in header] == [True] * 4  # none of them cut off
    assert len(set(map(id, chain))) == len(chain)
    # The results are chosen with ↑ ↓ from the search box.
    elsewhere = [window.results]
    shown = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.isEnabled()
        and w.parentWidget() is not window.search_box  # its clear button: Esc does the same
        and not any(w is e or e.isAncestorOf(w) for e in elsewhere)
        and not window.profile.visits.isAncestorOf(w)  # the table's own headers go with it
    ]
    assert [w.accessibleName() or w.text() for w in shown if w not in [window.search_box, *chain]] == []
    window.search_box.setFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.serving

    # Who is serving, from the keyboard: the next name down, kept for this till.
    assert window.serving.currentText() == "Who's serving?"
    press(qtbot, Qt.Key.Key_Down)
    assert window.serving.currentText() == "Sam"
    qtbot.waitUntil(lambda: till_settings.load(bakery).serving == "Sam", timeout=3000)

    # The owner's button: Space unlocks with the PIN, Space again locks.
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.owner_badge.button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.owner_badge.button.text() == "Lock", timeout=2000)
    assert window.owner_badge.label.text().startswith("Owner ·")
    assert QApplication.focusWidget() is window.owner_badge.button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.owner_badge.button.text() == "Owner…", timeout=2000)

    # "+ New customer": Space opens the form, Esc closes it, and the keyboard comes back.
    while QApplication.focusWidget() is not window.new_button:
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    opened: list[str] = []

    def close_form() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, QDialog):
            QTimer.singleShot(20, close_form)
            return
        opened.append(form.windowTitle())
        qtbot.keyClick(form, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_form)
    press(qtbot, Qt.Key.Key_Space)
    assert opened == ["New customer"]


def test_the_header_shows_where_the_keyboard_is_in_both_themes(qtbot, open_window, bakery) -> None:
    till_settings.save(bakery, till_settings.TillSettings(staff=("Sam", "Ana")))
    services = open_services(str(bakery))
    Shop(services).owner.set_pin("2468")
    services.close()
    window, _ = open_window(bakery)
    theme = window.findChild(Theme)
    controls = [window.new_button, window.owner_badge.button, window.serving]
    qtbot.waitUntil(lambda: all(c.isVisible() for c in controls), timeout=2000)

    def edge(widget) -> str:
        """The colour painted on the widget's left edge, half-way down: where a focus ring would be."""
        QApplication.processEvents()
        return widget.grab().toImage().pixelColor(QPoint(0, widget.height() // 2)).name()

    try:
        for look in (LIGHT, DARK):
            theme.choose("dark" if look is DARK else "light")
            for control, ring in zip(controls, (look.header_focus, look.focus, look.focus), strict=True):
                window.search_box.setFocus()
                plain = edge(control)
                while QApplication.focusWidget() is not control:
                    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
                assert (edge(control), plain != ring) == (ring, True)  # the ring, where there was none
    finally:
        theme.choose("light")
        QApplication.instance().setPalette(palette(LIGHT))
        QApplication.instance().setStyleSheet(STYLESHEET)


def test_an_older_visit_is_voided_from_the_keyboard(qtbot, open_window, bakery, zoe) -> None:
    """Tab to the recent visits, ↓ to the one rung up by mistake, Delete: the reason is asked and it is void."""
    window, _ = open_window(bakery)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    panel = window.profile
    visits = panel.profile.visit_count
    second = panel.visits_model.rows[1]
    asked: list[str] = []
    window.visits.ask_reason = lambda: asked.append("why?") or "rang up the wrong person"
    window.search_box.setFocus()
    while QApplication.focusWidget() is not panel.visits:
        press(qtbot, Qt.Key.Key_Tab)
    assert panel.visits.currentIndex().row() == 0  # the latest visit is chosen as the table gets the keyboard
    press(qtbot, Qt.Key.Key_Down)
    assert panel.visits.currentIndex().row() == 1
    with qtbot.waitSignal(window.profile_shown, timeout=3000):
        press(qtbot, Qt.Key.Key_Delete)
    assert asked == ["why?"]
    assert panel.profile.visit_count == visits - 1
    assert next(r for r in panel.visits_model.rows if r.id == second.id).voided
    assert panel.message.text().startswith("✓ Visit voided")
    # A voided visit is not voided twice: Delete on it asks nothing.
    panel.visits.setFocus()
    row = next(n for n, r in enumerate(panel.visits_model.rows) if r.id == second.id)
    panel.visits.setCurrentIndex(panel.visits_model.index(row, 0))
    press(qtbot, Qt.Key.Key_Delete)
    assert asked == ["why?"]
