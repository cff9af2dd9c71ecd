"""Qt item models over plain service results."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.catalogue import QT_TRANSLATE_NOOP
from app.ui import wording

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.services.search import SearchHit
    from app.services.visits import VisitRow


Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1
BadgeRole = Qt.ItemDataRole.UserRole + 2  # the second line is a cue (a birthday), not contact details
REWORD_SECONDS = 60.0  # how long a visit's "today 14:05" is kept before it is worded again


class ResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self.badges: set[int] = set()
        self.lines: list[str] = []
        self.phone_display = lambda e164: e164

    def set_hits(self, hits: list[SearchHit], details: dict[int, str] | None = None) -> None:
        """Show these customers; `details` replaces the phone/e-mail line (e.g. "Birthday tomorrow")."""
        self.beginResetModel()
        self.hits = hits
        self.badges = {h.id for h in hits if details and h.id in details}
        # Formatted once here, not on every paint: formatting a phone number costs more than painting a row.
        details = details or {}
        self.lines = [f"{h.name}\n{details.get(h.id) or self._contact(h)}" for h in hits]
        self.endResetModel()

    def _contact(self, hit: SearchHit) -> str:
        # Said plainly, so two customers of the same name can still be told apart at a glance.
        return self.phone_display(hit.phone) if hit.phone else hit.email or self.tr("no phone or e-mail")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.lines[index.row()]
        if role == HitRole:
            return self.hits[index.row()]
        if role == BadgeRole:
            return self.hits[index.row()].id in self.badges
        return None


class RowsModel(QAbstractTableModel):
    """A read-mostly table over a list of plain rows, with fixed column headers."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class VisitsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitsModel", "When"),
        QT_TRANSLATE_NOOP("VisitsModel", "Items"),
        QT_TRANSLATE_NOOP("VisitsModel", "Amount"),
    )

    def __init__(self, zone: str, currency: str) -> None:
        super().__init__()
        self.rows: list[VisitRow] = []
        self.texts: list[tuple[str, str, str]] = []
        self._worded_at = 0.0
        self.zone, self.currency = ZoneInfo(zone), currency

    def set_rows(self, rows: list[VisitRow]) -> None:
        self._word(rows)
        super().set_rows(rows)

    def _word(self, rows: list[VisitRow]) -> None:
        # Worded once, not per cell: the header sizes its columns to their contents, asking for every cell's
        # text again at each layout, and a scan lays the profile out a few times. Worded again after a
        # minute, so a profile left open past midnight no longer says "today" of yesterday.
        today = datetime.now(self.zone).date()
        self.texts = [
            (
                wording.moment(row.at, self.zone, today),
                (row.items or "—") + (self.tr("  (voided)") if row.voided else ""),
                wording.money(row.amount_cents, self.currency) if row.amount_cents is not None else "",
            )
            for row in rows
        ]
        self._worded_at = time.monotonic()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if time.monotonic() - self._worded_at > REWORD_SECONDS:
                self._word(self.rows)
            return self.texts[index.row()][index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QGuiApplication.palette().color(
                QPalette.ColorRole.PlaceholderText
            )  # the theme's quiet text
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
