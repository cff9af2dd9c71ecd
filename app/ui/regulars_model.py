"""The regulars table: one model over the shop's `Regular` rows, and a filter per list (tab) that picks
its rows and its columns. The window words the numbers (app/ui/wording.py); sorting uses the numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.services.folding import fold
from app.shop.insights import Regular
from app.ui import wording

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 2
RegularRole = Qt.ItemDataRole.UserRole
NUMBERS = {"visits", "spent"}


class RegularsModel(QAbstractTableModel):
    """Columns by key (COLUMNS); a view shows the keys it names."""

    COLUMNS = ("name", "segment", "visits", "spent", "last", "rhythm", "usual", "contact", "contacted")

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.rows: list[Regular] = []
        self.currency = currency
        self.phone_display: Callable[[str], str] = lambda e164: e164
        self.headers = {
            "name": self.tr("Name"),
            "segment": self.tr("Segment"),
            "visits": self.tr("Visits"),
            "spent": self.tr("Spent"),
            "last": self.tr("Last visit"),
            "rhythm": self.tr("Usually comes"),
            "usual": self.tr("Usual"),
            "contact": self.tr("Contact"),
            "contacted": self.tr("Contacted"),
        }

    def column(self, key: str) -> int:
        return self.COLUMNS.index(key)

    def set_rows(self, rows: list[Regular]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def mark_contacted(self, customer_id: int) -> None:
        """Contacted today: the contact details stay, the Contacted column says when."""
        for row, regular in enumerate(self.rows):
            if regular.stats.id == customer_id:
                self.rows[row] = replace(regular, contacted_days=0)
                at = self.index(row, self.column("contacted"))
                self.dataChanged.emit(at, at)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        regular = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == RegularRole:
            return regular
        if role == SortRole:
            return self._sort_key(regular, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(regular, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(regular, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, regular: Regular, key: str) -> str:
        r = regular.stats
        if key == "name":
            return r.name + ("  ★" if r.vip else "")
        if key == "segment":
            return wording.segment(r.segment)
        if key == "visits":
            return str(r.visits)
        if key == "spent":
            return wording.money(r.spend_cents, self.currency)
        if key == "last":
            return wording.days_ago(r.days_since)
        if key == "rhythm":
            return wording.rhythm(r.rhythm_days)
        if key == "usual":
            return ", ".join(regular.usual) or "—"
        if key == "contact":
            if not r.consent:
                return self.tr("no consent to contact")
            if regular.contact and regular.contact.startswith("+"):
                return self.phone_display(regular.contact)
            return regular.contact or self.tr("no phone or e-mail")
        return wording.days_ago(regular.contacted_days) if regular.contacted_days is not None else "—"

    def _tip(self, regular: Regular, key: str) -> str | None:
        r = regular.stats
        if key == "name" and r.vip:
            return self.tr("{name}: VIP, among the top fifth by visits and spending").format(name=r.name)
        if key == "segment":
            return wording.segment_hint(r.segment)
        if key == "last":
            return wording.day(r.last_visit)
        if key in ("usual", "contact", "name"):
            return self._text(regular, key)
        return None

    @staticmethod
    def _sort_key(regular: Regular, key: str) -> Any:
        r = regular.stats
        return {
            "name": fold(r.name),
            "segment": wording.segment(r.segment),
            "visits": r.visits,
            "spent": r.spend_cents,
            "last": r.days_since,
            "rhythm": r.rhythm_days or 0.0,
            "usual": ", ".join(regular.usual),
            "contact": regular.contact or "",
            "contacted": -1 if regular.contacted_days is None else regular.contacted_days,
        }[key]


class RegularsFilter(QSortFilterProxyModel):
    """One list's rows (`keep`), columns (`columns`), the name typed and, optionally, a segment."""

    def __init__(self, columns: tuple[str, ...], keep: Callable[[Regular], bool] = lambda _r: True) -> None:
        super().__init__()
        self.columns = columns
        self.keep = keep
        self.text = ""
        self.segment = ""  # a segment code, or '' for every segment
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        self.text = fold(text)
        self.invalidate()

    def set_segment(self, code: str) -> None:
        self.segment = code
        self.invalidate()

    def proxy_column(self, key: str) -> int:
        """Where a column shows in this list (columns keep the model's order)."""
        return [k for k in RegularsModel.COLUMNS if k in self.columns].index(key)

    def filterAcceptsColumn(self, column: int, parent: Index) -> bool:
        return RegularsModel.COLUMNS[column] in self.columns

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        regular: Regular = self.sourceModel().index(row, 0, parent).data(RegularRole)
        if not self.keep(regular):
            return False
        if self.segment and regular.stats.segment != self.segment:
            return False
        return not self.text or self.text in fold(regular.stats.name)

    def regular(self, row: int) -> Regular:
        return self.index(row, 0).data(RegularRole)
