"""'Something else': the menu as buttons, the order being built, what it comes to, and Record visit.

The prices of the tapped items fill the Amount box; typing in it is the exception and then wins until the
order is cleared. Tapping an item that holds something the customer is allergic to asks first, loudly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.shop.basket import Basket
from app.ui import wording
from app.ui.allergens import allergen_list
from app.ui.style import look_of

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.services.items import ItemRow

# (parent, customer name, item name, allergen keys) -> add it anyway?
AllergyQuestion = Callable[[QWidget, str, str, list[str]], bool]


def ask_about_allergy(parent: QWidget, customer: str, item: str, allergens: list[str]) -> bool:
    """A red warning naming the allergen; the default button (Enter, Esc) is Don't add."""
    box = QMessageBox(parent)
    box.setObjectName("allergyWarning")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("OrderBox", "Allergy"))
    words = allergen_list(allergens).upper()
    red = look_of(box.palette()).alert_text  # readable on the light or the dark theme's dialog
    box.setText(
        f"<p style='color:{red}; font-size:16pt; font-weight:bold'>⚠ "
        + QCoreApplication.translate("OrderBox", "{name} is allergic to {allergens}").format(
            name=customer, allergens=words
        )
        + "</p>"
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "OrderBox", "{item} contains {allergens}. Add it to the order anyway?"
        ).format(item=item, allergens=allergen_list(allergens).lower())
    )
    box.setStyleSheet(f"QMessageBox#allergyWarning {{ border: 4px solid {red}; }}")
    add = box.addButton(
        QCoreApplication.translate("OrderBox", "Add anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("OrderBox", "Don't add"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is add


def _invalidate(layout: QLayout) -> None:
    layout.invalidate()
    for n in range(layout.count()):
        if (inner := layout.itemAt(n).layout()) is not None:
            _invalidate(inner)


class OrderBox(QFrame):
    """Signals:
    visit_requested(list, object): [(item_id, quantity)] and the amount in cents (None: no amount).
    problem(str): something to tell staff (an amount that is not one).
    """

    visit_requested = Signal(list, object)
    problem = Signal(str)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="panel")
        self.currency = currency
        self.basket = Basket()
        self.customer_name = ""
        self.customer_flags: list[str] = []
        self.ask_about_allergy: AllergyQuestion = ask_about_allergy
        self._typed = False  # staff typed the amount: the basket no longer fills it
        self._item_buttons: list[QPushButton] = []
        self._columns = 4

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("Something else").upper(), objectName="panelTitle"))
        self.item_grid = QGridLayout()
        self.item_grid.setSpacing(6)
        layout.addLayout(self.item_grid)
        self.basket_label = QLabel(objectName="subtle")
        self.basket_label.setWordWrap(True)
        self.price_note = QLabel(objectName="subtle")
        self.price_note.setWordWrap(True)
        self.price_note.hide()
        self.amount = QLineEdit(placeholderText=self.tr("Amount"))
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.amount.setToolTip(
            self.tr("Filled in from the menu prices; type over it if they paid something else")
        )
        self.amount.setMaximumWidth(160)
        self.amount.setMinimumWidth(self.amount.fontMetrics().horizontalAdvance("000,000.00") + 24)
        self.amount.textEdited.connect(self._on_amount_edited)
        self.amount.textChanged.connect(self._update_buttons)
        self.amount.returnPressed.connect(self._on_record_clicked)
        self.record_button = QPushButton(self.tr("Record visit"), objectName="bigAction")
        self.record_button.clicked.connect(self._on_record_clicked)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_basket)
        row = QHBoxLayout()
        row.addWidget(self.amount)
        row.addStretch()
        row.addWidget(self.clear_button)
        row.addWidget(self.record_button)
        layout.addWidget(self.basket_label)
        layout.addWidget(self.price_note)
        layout.addLayout(row)

    # -- the menu ------------------------------------------------------------------------------------------
    def set_menu(self, items: list[ItemRow]) -> None:
        while self.item_grid.count():
            widget = self.item_grid.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        self.basket.set_menu(items)
        self._item_buttons = []
        for item in items:
            button = QPushButton(item.name, objectName="itemButton")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the search box
            button.clicked.connect(lambda _=False, i=item.id: self.add_to_basket(i))
            self._item_buttons.append(button)
        columns, self._columns = self._columns, 0  # the new buttons are not in the grid yet
        self.place_items(columns)
        self.set_customer(self.customer_name, self.customer_flags)

    def place_items(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._item_buttons:
            self.item_grid.removeWidget(button)
        for n, button in enumerate(self._item_buttons):
            self.item_grid.addWidget(button, n // columns, n % columns)
        # Qt refreshes the cached sizes on its next pass; fitting the width needs the new minimum now.
        layout = self.layout()
        if layout is not None:
            _invalidate(layout)
        self.updateGeometry()

    # -- the customer --------------------------------------------------------------------------------------
    def set_customer(self, name: str, flags: Iterable[str]) -> None:
        """The customer being served: items holding what they are allergic to are marked in red."""
        self.customer_name, self.customer_flags = name, list(flags)
        for button, item_id in zip(self._item_buttons, self.basket.menu, strict=True):
            clash = self.basket.allergy_clash(item_id, self.customer_flags)
            row = self.basket.menu[item_id]
            button.setText(f"⚠ {row.name}" if clash else row.name)
            # The stylesheet marks a clash in the theme's alarm colour; re-styling all the buttons for every
            # profile cost a scan about 2 ms, so only a button whose mark changes is styled again.
            if button.property("clash") != bool(clash):
                button.setProperty("clash", bool(clash))
                button.style().unpolish(button)
                button.style().polish(button)
            button.setAccessibleName(
                self.tr("{item}: allergy warning").format(item=row.name) if clash else ""
            )
            contains = self.tr("Contains: {list}").format(list=allergen_list(row.allergens))
            button.setToolTip(contains if row.allergens else "")
        self.clear_basket()

    def allergy_ok(self, item_id: int) -> bool:
        """True when the item is safe for the customer, or staff said to add it anyway."""
        clash = self.basket.allergy_clash(item_id, self.customer_flags)
        return not clash or self.ask_about_allergy(self, self.customer_name, self.basket.name(item_id), clash)

    # -- the order -----------------------------------------------------------------------------------------
    @Slot()
    def add_to_basket(self, item_id: int) -> None:
        if self.allergy_ok(item_id):
            self.basket.add(item_id)
            self._update_basket()

    @Slot()
    def clear_basket(self) -> None:
        self.basket.clear()
        self._typed = False
        self.amount.clear()
        self._update_basket()

    def amount_cents(self) -> int | None:
        """What the Amount box says, in cents (None when empty); AppError when it is not an amount."""
        from app.shop.money import parse_money  # loaded after the window is up

        return parse_money(self.amount.text())

    @Slot(str)
    def _on_amount_edited(self, text: str) -> None:
        self._typed = bool(text.strip())  # emptied by hand: the prices fill it again
        if not self._typed:
            self._update_basket()

    def _update_basket(self) -> None:
        lines = self.basket.lines()
        parts = [f"{q}× {self.basket.name(i)}" if q > 1 else self.basket.name(i) for i, q in lines]
        total = self.basket.total()
        self.basket_label.setText(", ".join(parts) if parts else self.tr("Tap items to build the order."))
        self.price_note.setVisible(bool(total.unpriced))
        if total.unpriced:
            self.price_note.setText(
                self.tr("No price on the menu for {items}: add it to the amount.").format(
                    items=", ".join(total.unpriced)
                )
            )
        if not self._typed:
            self.amount.setText("" if total.cents is None else wording.amount(total.cents))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(bool(self.basket.counts) or bool(self.amount.text().strip()))

    @Slot()
    def _on_record_clicked(self) -> None:
        if not self.record_button.isEnabled():
            return
        try:
            amount = self.amount_cents()
        except AppError as exc:
            self.problem.emit(wording.said(exc))
            self.amount.setFocus()
            self.amount.selectAll()
            return
        self.visit_requested.emit(self.basket.lines(), amount)
