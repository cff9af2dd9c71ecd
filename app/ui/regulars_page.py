"""The owner's regulars page: everyone who came in the last year, by segment, sortable and filterable."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.application import Services
from app.services import audit, insights
from app.services.folding import fold
from app.ui.models import RowsModel
from app.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 2
SEGMENTS = ["All", "VIP", "Lapsed (win back)", "champion", "loyal", "at risk", "lost", "new", "occasional"]


class RegularsModel(RowsModel):
    HEADERS = ("Name", "Segment", "Visits", "Spent", "Last visit", "Rhythm", "Contact", "Usual")

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.rows: list[insights.RegularStats] = []
        self.contacted: set[int] = set()
        self.usual: dict[int, str] = {}
        self.currency = currency

    def set_rows(self, rows: list[insights.RegularStats], contacted: set[int], usual: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.contacted, self.usual = rows, contacted, usual
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == SortRole:
            return [
                r.name.casefold(),
                r.segment,
                r.visits,
                r.spend_cents,
                -r.days_since,
                r.rhythm_days or 0,
                r.consent,
                self.usual.get(r.id, ""),
            ][column]
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return r.name + ("  ★ VIP" if r.vip else "")
        if column == 1:
            return r.segment + ("  (lapsed)" if r.lapsed else "")
        if column == 2:
            return r.visits
        if column == 3:
            return f"{self.currency}{r.spend_cents / 100:,.2f}"
        if column == 4:
            return "today" if r.days_since == 0 else f"{r.days_since} days ago"
        if column == 5:
            if not r.rhythm_days:
                return "—"
            return "every day" if round(r.rhythm_days) <= 1 else f"every {r.rhythm_days:.0f} days"
        if column == 7:
            return self.usual.get(r.id, "")
        if r.id in self.contacted:
            return "contacted"
        if not r.consent:
            return "no consent"
        # Reach them the way they agreed to, where we have the details for it.
        by_email = r.consent_channel == "email" or not r.phone
        return (r.email if by_email else r.phone) or r.email or r.phone or "no contact details"


class SegmentFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.segment = "All"
        self.text = ""
        self.setSortRole(SortRole)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        r: insights.RegularStats = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.UserRole)
        if self.text and self.text not in fold(r.name):
            return False
        if self.segment == "VIP":
            return r.vip
        if self.segment.startswith("Lapsed"):
            return r.lapsed
        return self.segment == "All" or r.segment == self.segment


class RegularsDialog(QDialog):
    """Signals: open_customer(int), the owner wants that profile at the counter."""

    open_customer = Signal(int)

    def __init__(
        self, services: Services, runner: TaskRunner, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regulars"))
        self.resize(980, 620)
        self.services, self.runner = services, runner
        self.model = RegularsModel(currency)
        self.proxy = SegmentFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_row_activated)
        self.segment = QComboBox()
        self.segment.addItems(SEGMENTS)
        self.segment.currentTextChanged.connect(self._on_segment_changed)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by name"))
        self.filter.textChanged.connect(self._on_filter_changed)
        self.summary = QLabel(objectName="subtle")
        self.contacted_button = QPushButton(self.tr("Mark contacted"))
        self.contacted_button.clicked.connect(self._on_mark_contacted)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.segment)
        top.addWidget(self.filter, 1)
        top.addWidget(self.contacted_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.summary.setText(self.tr("Counting visits…"))
        self.load()

    def load(self) -> None:
        services = self.services
        floor = int(services.settings.get("lapsed_floor_days"))
        zone = services.settings.timezone_name()

        def work(_report):  # type: ignore[no-untyped-def]
            stats = insights.regular_stats(services.db, datetime.now(UTC), zone=zone, floor_days=floor)
            contacted = {
                int(r.target.split(":")[1])
                for r in audit.recent(services.db, 5000)
                if r.action == "winback.contacted"
            }
            # The win-back list shows what they used to have: a reason to write to them.
            lapsed = [s for s in stats if s.lapsed][:2000]
            usual = {s.id: ", ".join(u.name for u in services.visits.usual(s.id)) for s in lapsed}
            return stats, contacted, usual

        self.runner.start(
            work, self._on_loaded, lambda m: self.summary.setText(self.tr("Could not load: ") + m)
        )

    def _on_loaded(self, result: tuple[list[insights.RegularStats], set[int], dict[int, str]]) -> None:
        stats, contacted, usual = result
        self.model.set_rows(stats, contacted, usual)
        vip = sum(1 for s in stats if s.vip)
        lapsed = sum(1 for s in stats if s.lapsed)
        self.summary.setText(
            self.tr(
                "{n} customers came in the last 12 months · {v} VIP · {l} lapsed. "
                "Double-click to open a profile."
            ).format(n=len(stats), v=vip, l=lapsed)
        )

    @Slot(str)
    def _on_segment_changed(self, segment: str) -> None:
        self.proxy.segment = segment
        self.proxy.invalidate()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.text = fold(text)
        self.proxy.invalidate()

    def selected(self) -> insights.RegularStats | None:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    @Slot()
    def _on_mark_contacted(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        with self.services.db.write() as session:
            audit.record(session, "owner", "winback.contacted", f"customer:{chosen.id}")
        self.model.contacted.add(chosen.id)
        self.proxy.invalidate()

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_customer.emit(self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole).id)
        self.accept()
