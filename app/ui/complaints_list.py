"""The owner's list of complaints not yet made right: who, what went wrong, since when. Open ones never
expire, so this list is how nobody is forgotten."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.services.conversation import ComplaintRow
from app.shop import Shop
from app.ui import wording
from app.ui.models import RowsModel
from app.ui.ops import Ops

Index = QModelIndex | QPersistentModelIndex
MAX_ROWS_SHOWN = 4


class ComplaintsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ComplaintsModel", "Name"),
        QT_TRANSLATE_NOOP("ComplaintsModel", "What went wrong"),
        QT_TRANSLATE_NOOP("ComplaintsModel", "Open since"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ComplaintRow] = []
        self.zone = ZoneInfo("UTC")  # the shop's, given with the rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return row.customer_name
        if index.column() == 1:
            return row.text
        return self._since(row.since)

    def _since(self, at: datetime) -> str:
        local = at.astimezone(self.zone)
        days = (datetime.now(UTC).astimezone(self.zone).date() - local.date()).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        if days < 14:
            return self.tr("%n days ago", "", days)
        return wording.day(local.date())


class OpenComplaints(QWidget):
    """Signals: open_customer(int), the owner wants that person's profile at the counter."""

    open_customer = Signal(int)

    def __init__(self, shop: Shop, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.ops = shop, ops
        self.title = QLabel(objectName="panelTitle")
        self.model = ComplaintsModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Open complaints"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_row_activated)
        self.made_right = QPushButton(self.tr("Made right"))
        self.made_right.setToolTip(self.tr("They were looked after: take the cue off their profile"))
        self.made_right.clicked.connect(self._on_made_right)
        self.message = QLabel(objectName="subtle")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.message)
        top.addWidget(self.made_right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._show([])
        self.load()

    def load(self) -> None:
        self.ops.read(
            lambda shop: (shop.conversation.open_complaints(), shop.timezone_name()),
            self._on_loaded,
            lambda message: self.message.setText(self.tr("Could not load: ") + message),
            channel="open-complaints",
        )

    def _on_loaded(self, answer: tuple[list[ComplaintRow], str]) -> None:
        rows, zone = answer
        self.model.zone = ZoneInfo(zone)  # "today" is the shop's day, not this computer's
        self._show(rows)

    def _show(self, rows: list[ComplaintRow]) -> None:
        self.model.set_rows(rows)
        self.title.setText(
            self.tr("OPEN COMPLAINTS (%n)", "", len(rows)) if rows else self.tr("NO OPEN COMPLAINTS")
        )
        self.table.setVisible(bool(rows))
        self.made_right.setVisible(bool(rows))
        # As tall as its rows (up to four, then it scrolls), so the regulars above keep the room.
        shown = max(1, min(len(rows), MAX_ROWS_SHOWN))
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(min(len(rows), shown))) or 30
        self.table.setFixedHeight(height)

    def selected(self) -> ComplaintRow | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    @Slot()
    def _on_made_right(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Choose a complaint first."))
            return
        complaint_id = chosen.id
        self.made_right.setEnabled(False)
        self.ops.write(
            lambda shop: shop.conversation.resolve_complaint(complaint_id, actor="owner"),
            lambda _done: self._on_resolved(complaint_id),
            self._on_failed,
        )

    def _on_resolved(self, complaint_id: int) -> None:
        self.made_right.setEnabled(True)
        self.message.setText(self.tr("✓ Made right."))
        self._show([r for r in self.model.rows if r.id != complaint_id])

    def _on_failed(self, message: str) -> None:
        self.made_right.setEnabled(True)
        self.message.setText(message)

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_customer.emit(index.data(Qt.ItemDataRole.UserRole).customer_id)
