"""The owner's menu editor: add items with their price and allergens, rename them, change prices,
retire what the shop no longer sells. Reads and writes go through the runner (app.ui.ops)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.errors import AppError
from app.services.items import ItemRow
from app.shop import Shop, parse_money
from app.ui import wording
from app.ui.allergens import AllergenDialog, allergen_list
from app.ui.models import RowsModel
from app.ui.ops import Ops, adopt

Index = QModelIndex | QPersistentModelIndex
NAME, CATEGORY, PRICE, ALLERGENS, ON_SALE = range(5)


class ItemsModel(RowsModel):
    """The menu as a table. Edits are handed to `edit(row, column, value)`; the dialog writes them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ItemsModel", "Item"),
        QT_TRANSLATE_NOOP("ItemsModel", "Category"),
        QT_TRANSLATE_NOOP("ItemsModel", "Price"),
        QT_TRANSLATE_NOOP("ItemsModel", "Allergens"),
        QT_TRANSLATE_NOOP("ItemsModel", "On sale"),
    )

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.rows: list[ItemRow] = []
        self.currency = currency
        self.edit = lambda row, column, value: None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ON_SALE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == ALLERGENS:
            return base  # double-click opens the tick boxes
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PRICE:
                return wording.money(row.price_cents, self.currency) if row.price_cents is not None else "—"
            if column == ALLERGENS:
                return allergen_list(row.allergens) or self.tr("none")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return row.name
            if column == CATEGORY:
                return row.category
            if column == PRICE:  # edited as plain digits: 3.30
                return "" if row.price_cents is None else f"{row.price_cents / 100:.2f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ALLERGENS:
            return self.tr("Double-click to choose the allergens this item contains.")
        if role == Qt.ItemDataRole.CheckStateRole and column == ON_SALE:
            return Qt.CheckState.Checked if row.active else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == ON_SALE and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        self.edit(self.rows[index.row()], index.column(), value)
        return True


class ItemsDialog(QDialog):
    """Every change is one write on the runner; the table reloads after it, and a refusal (a name already
    on the menu, a price that is not one) shows in red under the table with nothing changed."""

    def __init__(self, shop: Shop, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.ops = adopt(shop, ops, self)
        self.setWindowTitle(self.tr("Menu items"))
        self.resize(720, 560)
        self.model = ItemsModel("")
        self.model.edit = self._on_cell_edited
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Menu items"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ALLERGENS, QHeaderView.ResizeMode.Stretch)
        for column in (CATEGORY, PRICE, ON_SALE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_double_clicked)

        self.name = QLineEdit(placeholderText=self.tr("New item, e.g. Sourdough loaf"))
        self.name.setAccessibleName(self.tr("New item's name"))
        self.category = QLineEdit(placeholderText=self.tr("Category"))
        self.category.setAccessibleName(self.tr("New item's category"))
        self.price = QLineEdit(placeholderText=self.tr("Price, e.g. 3.30"))
        self.price.setAccessibleName(self.tr("New item's price"))
        self.price.setMaximumWidth(130)
        self.new_allergens: list[str] = []
        self.allergens_button = QPushButton()
        self.allergens_button.setAutoDefault(False)
        self.allergens_button.clicked.connect(self._on_new_allergens_clicked)
        self.add_button = QPushButton(self.tr("Add"))
        # Enter in a field adds the item once: no button may also take the Return key as the default.
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        for field in (self.name, self.category, self.price):
            field.returnPressed.connect(self._on_add_clicked)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self._show_new_allergens()

        row = QGridLayout()
        row.addWidget(self.name, 0, 0)
        row.addWidget(self.category, 0, 1)
        row.addWidget(self.price, 0, 2)
        row.addWidget(self.allergens_button, 1, 0, 1, 2)
        row.addWidget(self.add_button, 1, 2)
        row.setColumnStretch(0, 3)
        row.setColumnStretch(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in the name box adds the item, never closes
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = self.tr(
            "Double-click a name, category or price to change it, an allergen cell to tick what the item "
            "contains. Untick items the shop no longer sells: their history stays."
        )
        layout.addWidget(QLabel(hint, wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.ops.read(
            lambda shop: (str(shop.owner.settings()["currency"]), shop.owner.items(include_inactive=True)),
            self._on_loaded,
            self._show_error,
        )

    def _on_loaded(self, loaded: tuple[str, list[ItemRow]]) -> None:
        self.model.currency = loaded[0]
        self.model.set_rows(loaded[1])

    def _show_error(self, message: str) -> None:
        self.error.setText(message)

    def _write(self, call: Any, then: Any = None) -> None:
        def done(value: object) -> None:
            self.error.setText("")
            if then is not None:
                then(value)
            self.reload()

        def failed(message: str) -> None:
            self.error.setText(message)
            self.reload()  # the cell shows what is stored, not what was refused

        self.ops.write(call, done, failed)

    def _show_new_allergens(self) -> None:
        chosen = allergen_list(self.new_allergens)
        self.allergens_button.setText(
            self.tr("Allergens: {list}…").format(list=chosen) if chosen else self.tr("Allergens: none…")
        )

    @Slot()
    def _on_new_allergens_clicked(self) -> None:
        dialog = AllergenDialog(self.tr("Allergens in the new item"), self.new_allergens, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.new_allergens = dialog.grid.chosen()
            self._show_new_allergens()

    @Slot()
    def _on_add_clicked(self) -> None:
        name, category, tags = self.name.text(), self.category.text(), list(self.new_allergens)
        try:
            price = parse_money(self.price.text())
        except AppError as exc:
            self.error.setText(wording.said(exc))
            return

        def added(_new_id: object) -> None:
            for field in (self.name, self.price):
                field.clear()
            self.new_allergens = []
            self._show_new_allergens()
            self.name.setFocus()

        self._write(lambda shop: shop.owner.add_item(name, category, price, tags), added)

    def _on_cell_edited(self, row: ItemRow, column: int, value: Any) -> None:
        if column == ON_SALE:
            self._write(lambda shop: shop.owner.set_item_active(row.id, bool(value)))
        elif column == PRICE:
            try:
                price = parse_money(str(value))
            except AppError as exc:
                self.error.setText(wording.said(exc))
                return
            self._write(lambda shop: shop.owner.set_item_price(row.id, price))
        elif column in (NAME, CATEGORY):
            name, category = (str(value), row.category) if column == NAME else (row.name, str(value))
            self._write(lambda shop: shop.owner.rename_item(row.id, name, category))

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != ALLERGENS:
            return
        row = self.model.rows[index.row()]
        dialog = AllergenDialog(self.tr("Allergens in {item}").format(item=row.name), row.allergens, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.grid.chosen()
            self._write(lambda shop: shop.owner.set_item_allergens(row.id, chosen))
