"""The owner's audit log: who did what, when."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.services.audit import AuditRow
from app.ui.models import RowsModel

Index = QModelIndex | QPersistentModelIndex


class AuditModel(RowsModel):
    HEADERS = ("When", "Who", "What", "On", "Details")

    def __init__(self, rows: list[AuditRow], zone: str) -> None:
        super().__init__()
        self.rows, self.zone = rows, ZoneInfo(zone)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (f"{r.at.astimezone(self.zone):%Y-%m-%d %H:%M}", r.actor, r.action, r.target, r.detail)[
            index.column()
        ]


class AuditDialog(QDialog):
    def __init__(self, rows: list[AuditRow], zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(860, 520)
        self.model = AuditModel(rows, zone)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self).addWidget(table)
