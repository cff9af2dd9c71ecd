"""The owner's regulars page: everyone who came in the last year, by segment, sortable and filterable."""

from __future__ import annotations

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.folding import fold
from app.shop import Shop, format_money
from app.shop.insights import Regular
from app.ui.models import RowsModel
from app.ui.ops import Ops, adopt
from app.ui.slipping_view import SlippingView

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 2
SEGMENTS = ["All", "VIP", "Lapsed (win back)", "champion", "loyal", "at risk", "lost", "new", "occasional"]


class RegularsModel(RowsModel):
    HEADERS = ("Name", "Segment", "Visits", "Spent", "Last visit", "Rhythm", "Contact", "Usual")

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.rows: list[Regular] = []
        self.contacted: set[int] = set()
        self.currency = currency

    def set_rows(self, rows: list[Regular]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.contacted = {row.stats.id for row in rows if row.contacted_at is not None}
        self.endResetModel()

    def mark_contacted(self, customer_id: int) -> None:
        self.contacted.add(customer_id)
        for row, regular in enumerate(self.rows):
            if regular.stats.id == customer_id:
                self.dataChanged.emit(self.index(row, 6), self.index(row, 6))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        regular = self.rows[index.row()]
        r = regular.stats
        usual = ", ".join(regular.usual)
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
                usual,
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
            return format_money(r.spend_cents, self.currency)
        if column == 4:
            return self.tr("today") if r.days_since == 0 else self.tr("{n} days ago").format(n=r.days_since)
        if column == 5:
            if not r.rhythm_days:
                return "—"
            if round(r.rhythm_days) <= 1:
                return self.tr("every day")
            return self.tr("every {n} days").format(n=f"{r.rhythm_days:.0f}")
        if column == 7:
            return usual
        if r.id in self.contacted:
            return self.tr("contacted")
        if not r.consent:
            return self.tr("no consent")
        return regular.contact or self.tr("no contact details")


class SegmentFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.segment = "All"
        self.text = ""
        self.setSortRole(SortRole)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        r = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.UserRole)
        if self.text and self.text not in fold(r.name):
            return False
        if self.segment == "VIP":
            return r.vip
        if self.segment.startswith("Lapsed"):
            return r.lapsed
        return self.segment == "All" or r.segment == self.segment


class RegularsDialog(QDialog):
    """Signals: open_customer(int), the owner wants that profile at the counter.

    Takes the shop and the runner; a call site that still passes the services and a TaskRunner gets a
    runner made for the dialog (see ops.adopt)."""

    open_customer = Signal(int)

    def __init__(self, shop: Shop, ops: Ops, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regulars"))
        self.resize(1180, 640)  # room for the names beside the usual order and contact
        self.shop, self.ops = adopt(shop, ops, self)
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
        everyone = QWidget()
        layout = QVBoxLayout(everyone)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.slipping = SlippingView(self.shop, self.ops, currency)  # loads when its tab is first shown
        self.slipping.open_customer.connect(self._on_slipping_chosen)
        self.tabs = QTabWidget()
        self.tabs.addTab(everyone, self.tr("Everyone"))
        self.tabs.addTab(self.slipping, self.tr("High value, slipping away"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.summary.setText(self.tr("Counting visits…"))
        self.load()

    def load(self) -> None:
        self.ops.long(
            lambda shop, _progress: shop.insights.regulars(),
            self._on_loaded,
            lambda message: self.summary.setText(self.tr("Could not load: ") + message),
            channel="regulars",
        )

    def _on_loaded(self, rows: list[Regular]) -> None:
        self.model.set_rows(rows)
        vip = sum(1 for r in rows if r.stats.vip)
        lapsed = sum(1 for r in rows if r.stats.lapsed)
        self.summary.setText(
            self.tr(
                "{n} customers came in the last 12 months · {v} VIP · {l} lapsed. "
                "Double-click to open a profile."
            ).format(n=len(rows), v=vip, l=lapsed)
        )

    @Slot(str)
    def _on_segment_changed(self, segment: str) -> None:
        self.proxy.segment = segment
        self.proxy.invalidate()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.text = fold(text)
        self.proxy.invalidate()

    def selected(self) -> Any:
        """The chosen row's RegularStats, or None."""
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    @Slot()
    def _on_mark_contacted(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        customer_id = chosen.id
        self.ops.write(
            lambda shop: shop.insights.mark_contacted(customer_id),
            lambda _at: self._on_marked(customer_id),
            lambda message: self.summary.setText(message),
        )

    def _on_marked(self, customer_id: int) -> None:
        self.model.mark_contacted(customer_id)
        self.proxy.invalidate()

    @Slot(int)
    def _on_slipping_chosen(self, customer_id: int) -> None:
        self.open_customer.emit(customer_id)
        self.accept()

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_customer.emit(self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole).id)
        self.accept()
