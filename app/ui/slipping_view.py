"""High value, slipping away: the regulars worth most over the coming year (top fifth by lifetime value)
whose chance of still being a regular has fallen below the owner's line, with what they usually have
and how they agreed to be contacted. The models are fitted on the long lane, with progress shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.shop import Shop, Written
from app.shop.value import Slipping
from app.ui import wording
from app.ui.models import Index, RowsModel
from app.ui.ops import Ops

SortRole = Qt.ItemDataRole.UserRole + 2


class SlippingModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SlippingModel", "Name"),
        QT_TRANSLATE_NOOP("SlippingModel", "Lifetime value"),
        QT_TRANSLATE_NOOP("SlippingModel", "Still coming"),
        QT_TRANSLATE_NOOP("SlippingModel", "Last came"),
        QT_TRANSLATE_NOOP("SlippingModel", "Usual"),
        QT_TRANSLATE_NOOP("SlippingModel", "Contact"),
    )

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.rows: list[Slipping] = []
        self.currency = currency

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        v, column = row.value, index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == SortRole:
            return [
                v.name.casefold(),
                v.clv_cents or 0,
                v.p_alive,
                -v.days_since,
                ", ".join(row.usual),
                row.contact or "",
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return v.name
        if column == 1:
            return wording.money(v.clv_cents, self.currency) if v.clv_cents is not None else "—"
        if column == 2:
            return self.tr("{p} %").format(p=round(100 * v.p_alive))
        if column == 3:
            return self.tr("today") if v.days_since == 0 else self.tr("{n} days ago").format(n=v.days_since)
        if column == 4:
            return ", ".join(row.usual) or "—"
        return row.contact or self.tr("no consent to contact")


class SlippingView(QWidget):
    """Signals: open_customer(int), the owner wants that profile at the counter.

    Loads when first shown; "Fit again" asks for a fresh fit (otherwise one less than a day old is used)."""

    open_customer = Signal(int)

    def __init__(self, shop: Shop, ops: Ops, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.ops = shop, ops
        self.loaded = False
        self.model = SlippingModel(currency)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("High value, slipping away"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_row_activated)
        self.explain = QLabel(
            self.tr(
                "Regulars in the top fifth by lifetime value whose chance of still coming has dropped "
                "low. A note or a call now may bring them back."
            ),
            wordWrap=True,
        )
        self.progress = QProgressBar(textVisible=False, maximumHeight=10)
        self.progress.hide()
        self.status = QLabel(objectName="subtle", wordWrap=True)
        self.refit = QPushButton(self.tr("Fit again"))
        self.refit.setToolTip(self.tr("Fit the lifetime-value models to today's visits"))
        self.refit.clicked.connect(self._on_refit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.refit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.load()

    def load(self, refit: bool = False) -> None:
        self.loaded = True
        self.refit.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Fitting the lifetime-value models to every visit…"))

        def work(shop: Shop, progress: Any) -> list[Slipping] | Written[list[Slipping]]:
            if not refit:
                return shop.value.slipping_away(progress)
            changes = shop.value.fit(progress).changes  # other screens hear of the new fit
            return Written(shop.value.slipping_away(progress), changes)

        self.ops.long(work, self._on_loaded, self._on_failed, self._on_progress, channel="slipping")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_loaded(self, rows: list[Slipping]) -> None:
        self.progress.hide()
        self.refit.setEnabled(True)
        self.model.set_rows(rows)
        if not rows:
            self.status.setText(self.tr("Nobody of high value is slipping away. Good."))
            return
        reachable = sum(1 for r in rows if r.contact)
        self.status.setText(
            self.tr("{n} high-value regulars slipping away, {c} of them agreed to be contacted.").format(
                n=len(rows), c=reachable
            )
            + " "
            + self.tr("Double-click to open a profile.")
        )

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.refit.setEnabled(True)
        self.status.setText(self.tr("Could not work out lifetime value: ") + message)

    @Slot()
    def _on_refit(self) -> None:
        self.load(refit=True)

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_customer.emit(self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole).value.id)
