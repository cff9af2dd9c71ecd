"""The owner's menu editor: add items, rename them, retire what the shop no longer sells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models import RowsModel
from app.ui.ops import Ops, adopt

Index = QModelIndex | QPersistentModelIndex


class ItemsModel(RowsModel):
    HEADERS = ("Item", "Category", "On sale")

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self._ops = ops
        self.rows: list[Any] = []
        self.error = ""
        self.on_error: Any = lambda message: None
        self.reload()

    def reload(self) -> None:
        self._ops.read(lambda shop: shop.owner.items(include_inactive=True), self.set_rows, self._failed)

    def _failed(self, message: str) -> None:
        self.error = message
        self.on_error(message)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and index.column() < 2:
            return row.name if index.column() == 0 else row.category
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 2:
            return Qt.CheckState.Checked if row.active else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.rows[index.row()]
        if index.column() == 2 and role == Qt.ItemDataRole.CheckStateRole:
            active = Qt.CheckState(value) == Qt.CheckState.Checked
            self._ops.write(
                lambda shop: shop.owner.set_item_active(row.id, active), self._saved, self._failed
            )
        elif role == Qt.ItemDataRole.EditRole:
            name, category = (value, row.category) if index.column() == 0 else (row.name, value)
            self._ops.write(
                lambda shop: shop.owner.rename_item(row.id, str(name), str(category)),
                self._saved,
                self._failed,
            )
        else:
            return False
        return True

    def _saved(self, _result: object) -> None:
        self.error = ""
        self.on_error("")
        self.reload()


class ItemsDialog(QDialog):
    def __init__(self, shop: Any, ops: Ops | Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Menu items"))
        self.resize(520, 560)
        self.shop, self.ops = adopt(shop, ops, self)
        self.model = ItemsModel(self.ops)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit(placeholderText=self.tr("New item, e.g. Sourdough loaf"))
        self.category = QLineEdit(placeholderText=self.tr("Category"))
        self.category.setMaximumWidth(150)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._on_add_clicked)
        self.name.returnPressed.connect(self._on_add_clicked)
        self.error = QLabel(objectName="fieldError")
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.category)
        row.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Double-click to rename. Untick items the shop no longer sells: their history stays."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.model.on_error = self.error.setText

    @Slot()
    def _on_add_clicked(self) -> None:
        name, category = self.name.text(), self.category.text()
        if not name.strip():
            return  # Enter in an empty box adds nothing and is no mistake
        self.ops.write(lambda shop: shop.owner.add_item(name, category), self._added, self.error.setText)

    def _added(self, _item_id: int) -> None:
        self.error.setText("")
        self.name.clear()
        self.model.reload()
