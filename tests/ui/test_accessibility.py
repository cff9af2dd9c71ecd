"""Every control a person can reach has a name a screen reader can say: the main window with a profile
open, and each dialog, walked widget by widget."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from app import till_settings
from app.ui import main
from app.ui.allergens import AllergenDialog
from app.ui.conversation_cues import JotDialog
from app.ui.pin_prompt import PinPrompt

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)
PARTS = (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView)
SYMBOLS = set("+−-–×✕✓…<>↑↓←→·⋯ ")


def _is_part(widget: QWidget, top: QWidget) -> bool:
    """A piece of a composite control (a spin box's editor, a tab bar's scroll arrows, a scroll bar)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (*PARTS, QScrollBar)):
            return True
        parent = parent.parentWidget()
    return False


def _reachable(widget: QWidget, top: QWidget) -> bool:
    """Shown, or on a page of a stack or tab widget that a person can turn to."""
    while widget is not None and widget is not top:
        parent = widget.parentWidget()
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def _buddy_names(top: QWidget) -> set[int]:
    named = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            words = label.widget().text().strip() if label and isinstance(label.widget(), QLabel) else ""
            if words and field and field.widget() is not None:
                named.add(id(field.widget()))
    return named


def _spoken_text(widget: QWidget) -> str:
    """A button's own words are its name; bare symbols (+, ✕, …) are not words."""
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&", "").strip()
        if text and not set(text) <= SYMBOLS:
            return text
    return ""


def unnamed(top: QWidget) -> list[str]:
    """The controls of `top` that a screen reader could not name."""
    buddies = _buddy_names(top)
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.isWindow() or _is_part(widget, top):
            continue
        if (
            isinstance(widget, QTabBar)
            and widget.parentWidget() is not None
            and widget.parentWidget().accessibleName()
        ):
            continue
        if not _reachable(widget, top):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies or _spoken_text(widget):
            continue
        hint = getattr(widget, "placeholderText", lambda: "")() or getattr(widget, "text", lambda: "")()
        found.append(f"{type(widget).__name__} {widget.objectName()!r} “{str(hint)[:30]}”")
    return found


def test_the_counter_with_a_profile_open_names_every_control(qtbot, open_window, bakery, zoe) -> None:
    till_settings.save(bakery, till_settings.TillSettings(staff=("Sam", "Ana")))  # who serves can be picked
    window, _ = open_window(bakery)
    qtbot.waitUntil(window.serving.isVisible, timeout=2000)
    assert unnamed(window) == []
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    assert window.profile.isVisible()
    assert unnamed(window) == []


def opened_by(monkeypatch, steps) -> list[QDialog]:
    """The dialogs the window opens for each step, caught instead of shown modally."""
    caught: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: caught.append(dialog) or 0)
    for step in steps:
        step()
    return caught


def test_every_dialog_names_every_control(qtbot, monkeypatch, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    owner, data, customers = window.owner_actions, window.data_actions, window.customers
    dialogs = opened_by(
        monkeypatch,
        [
            lambda: customers.new_customer(""),
            customers.edit_customer,
            owner.ask_feedback,
            owner.show_audit,
            owner.edit_loyalty,
            owner.edit_settings,
            owner.edit_menu_items,
            owner.print_cards,
            owner.show_regulars,
            data.export_day,
            data.import_customers,
            data.import_visits,
            lambda: main._ask_first_start(window, "GB"),
            window.help.show_guide,
            window.help.show_shortcuts,
            window.help.show_about,
        ],
    )
    dialogs += [
        PinPrompt(window),
        AllergenDialog("Allergies", (), window),
        JotDialog("Talking point", "Zoë", True, parent=window),
    ]
    problems = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        pages = [dialog.page(n) for n in dialog.pageIds()] if isinstance(dialog, QWizard) else []
        found = [problem for top in (dialog, *pages) for problem in unnamed(top)]
        if found:
            problems[type(dialog).__name__] = found
    assert len(dialogs) == 19 and problems == {}


def test_insights_and_the_camera_name_their_controls(qtbot, monkeypatch, open_window, bakery) -> None:
    from app.ui.insights_page import open_insights

    window, _ = open_window(bakery)
    dialogs = opened_by(monkeypatch, [lambda: open_insights(window), window.owner_actions.open_camera])
    assert len(dialogs) == 2
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
