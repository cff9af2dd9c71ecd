"""The owner's audit log: who did what, when."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.services.audit import AuditRow

Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    HEADERS = ("When", "Who", "What", "On", "Details")

    def __init__(self, rows: list[AuditRow], zone: str) -> None:
        super().__init__()
        self.rows, self.zone = rows, ZoneInfo(zone)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

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
