"""Who the window is working for, beside the menus: owner mode (with the minutes left and a Lock
button) or staff (only a button to unlock). Hidden while the shop has no owner PIN: then everyone is
the owner."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenuBar, QPushButton, QWidget

from app.errors import AppError
from app.ui.owner import OwnerGate

OWNER_STYLE = (
    "#ownerBadge { background: #f3c969; border-radius: 8px; }"
    " #ownerBadge QLabel { color: #3d2c00; font-weight: 600; }"
    " #ownerBadge QPushButton { color: #3d2c00; border: 1px solid #8a6d1f; border-radius: 6px; padding: 1px 10px;"
    " background: #f8dc97; }"
    " #ownerBadge QPushButton:focus { border: 2px solid #3d2c00; padding: 0px 9px; }"
)
STAFF_STYLE = (
    "#ownerBadge QPushButton { padding: 1px 10px; } #ownerBadge QPushButton:focus { padding: 0px 9px; }"
)


class CornerRow(QWidget):
    """The row in the menu bar's corner. A menu bar sizes its corner only when it lays itself out, so a
    picker shown once the shop has opened, or a button whose words grow, came out cut off: ask it again."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        bar = self.parentWidget()
        if event.type() == QEvent.Type.LayoutRequest and isinstance(bar, QMenuBar):
            bar.setCornerWidget(self)
        return handled


def corner(window: QWidget, *widgets: QWidget) -> QWidget:
    """The widgets in a compact row for the window's menu bar corner, where they take no room from the
    search box (owned by `window`: a menu bar does not keep its corner widget alive on its own)."""
    box = CornerRow(window)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 1, 6, 1)
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    return box


def tab_last(first: QWidget, *controls: QWidget) -> None:
    """Tab reaches `controls` last, just before `first` comes round again: Tab from the search box goes to
    the customer's profile (the counter's work), Shift+Tab to these. A click leaves the keyboard where it was."""
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for before, after in pairwise([*controls, first]):
        QWidget.setTabOrder(before, after)


class OwnerBadge(QFrame):
    """OwnerBadge(gate): follows `gate.changed` and notices on its own when owner mode runs out."""

    TICK_MS = 10_000

    def __init__(self, gate: OwnerGate, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ownerBadge")
        self.gate = gate
        self.label = QLabel()
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the search box
        self.button.clicked.connect(self._on_button_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 2, 0)
        row.setSpacing(8)
        row.addWidget(self.label)
        row.addWidget(self.button)
        self.timer = QTimer(self, interval=self.TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        gate.changed.connect(self._on_gate_changed)
        self.refresh()

    def is_owner_mode(self) -> bool:
        return self.gate.remaining_seconds() > 0

    @Slot(bool)
    def _on_gate_changed(self, _unlocked: bool) -> None:
        # The gate says so just before it starts its clock: look once it has.
        QTimer.singleShot(0, self.refresh)

    @Slot()
    def refresh(self, pin_is_set: bool | None = None) -> None:
        """Show the current state; `pin_is_set` spares asking the shop (the window knows after setting one)."""
        if pin_is_set is None and self.gate.pin is None:  # the shop is still opening
            pin_is_set = False
        if pin_is_set is None:
            try:
                pin_is_set = self.gate.pin.is_set()
            except AppError:  # the database did not answer: keep what is shown
                return
        self.setVisible(bool(pin_is_set))
        seconds = self.gate.remaining_seconds()
        if seconds > 0:
            minutes = max(1, -(-seconds // 60))
            self.label.setText(self.tr("Owner · {n} min").format(n=minutes))
            self.label.setToolTip(
                self.tr("Owner mode: it locks by itself after {n} minutes without owner actions.").format(
                    n=self.gate.relock_seconds // 60
                )
            )
            self.label.show()
            self.button.setText(self.tr("Lock"))
            self.button.setToolTip(self.tr("Back to staff mode now (Ctrl+L)"))
            self.setStyleSheet(OWNER_STYLE)
        else:
            self.label.setText(self.tr("Staff mode"))
            self.label.hide()  # the header's room is the search box's: the button says enough
            self.button.setText(self.tr("Owner…"))
            self.button.setToolTip(self.tr("Unlock the owner's actions with the PIN"))
            self.setStyleSheet(STAFF_STYLE)

    @Slot()
    def _on_button_clicked(self) -> None:
        if self.is_owner_mode():
            self.gate.lock()
        else:
            self.gate.require(self.window())
        self.refresh()
