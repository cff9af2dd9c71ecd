"""The owner's audit log: who did what, when."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.audit import AuditRow
from app.shop import Shop
from app.ui.models import RowsModel
from app.ui.ops import Ops

Index = QModelIndex | QPersistentModelIndex


class AuditModel(RowsModel):
    HEADERS = ("When", "Who", "What", "On", "Details")

    def __init__(self, rows: list[AuditRow], zone: str) -> None:
        super().__init__()
        self.rows, self.zone = rows, ZoneInfo(zone)

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (f"{r.at.astimezone(self.zone):%Y-%m-%d %H:%M}", r.actor, r.action, r.target, r.detail)[
            index.column()
        ]


class AuditDialog(QDialog):
    """The latest events, asked of the shop in the read lane. The old call site passes the rows it read
    and the zone: AuditDialog(rows, zone, parent)."""

    LIMIT = 1000

    def __init__(self, shop: Shop | list[AuditRow], ops: Ops | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(860, 520)
        self.error = QLabel(objectName="fieldError")
        if isinstance(shop, Shop) and isinstance(ops, Ops):
            self.model = AuditModel([], shop.timezone_name())
            ops.read(lambda s: s.insights.audit(self.LIMIT), self.model.set_rows, self.error.setText)
        else:
            self.model = AuditModel(list(shop), str(ops))
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(self.error)
