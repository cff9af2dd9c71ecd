"""The owner's regulars page: one tab per list (everyone, win back, VIPs), over one table model.

Another list joins with `add_view(title, widget)`: a `RegularsView` over the same model (its own rows and
columns) or any widget of its own, so each list stays a module of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal, Slot
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

from app.services import phones
from app.shop import Shop
from app.shop.insights import Regular
from app.ui import screen_fit, wording
from app.ui.complaints_list import OpenComplaints
from app.ui.ops import Ops, adopt
from app.ui.regulars_model import RegularRole, RegularsFilter, RegularsModel
from app.ui.slipping_view import SlippingView

PREFERRED = QSize(1040, 660)
STRETCH = {"name", "usual", "contact"}  # the columns that share what is left of the width


class RegularsView(QWidget):
    """One list of regulars: a sortable table over the shared model showing `columns` of the rows `keep`
    accepts. Signals: open_customer(int), a row was double-clicked or Enter pressed on it."""

    open_customer = Signal(int)

    def __init__(
        self,
        model: RegularsModel,
        columns: tuple[str, ...],
        keep: Callable[[Regular], bool] = lambda _r: True,
        sort: tuple[str, Qt.SortOrder] = ("visits", Qt.SortOrder.DescendingOrder),
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proxy = RegularsFilter(columns, keep)
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.proxy.proxy_column(sort[0]), sort[1])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        for key in columns:
            if key in STRETCH:
                header.setSectionResizeMode(self.proxy.proxy_column(key), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_row_activated)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.tools = QHBoxLayout()
        if intro:
            note = QLabel(intro, objectName="subtle", wordWrap=True)
            self.tools.addWidget(note, 1)
        self.layout_.addLayout(self.tools)
        self.layout_.addWidget(self.table, 1)

    def selected(self) -> Regular | None:
        index = self.table.currentIndex()
        return index.data(RegularRole) if index.isValid() else None

    def row_of(self, customer_id: int) -> int:
        for row in range(self.proxy.rowCount()):
            if self.proxy.regular(row).stats.id == customer_id:
                return row
        return -1

    def text(self, row: int, key: str) -> str:
        return self.proxy.index(row, self.proxy.proxy_column(key)).data()

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_customer.emit(index.data(RegularRole).stats.id)


class RegularsDialog(QDialog):
    """Signals: open_customer(int), the owner wants that profile at the counter.

    RegularsDialog(shop, ops, currency, parent)."""

    open_customer = Signal(int)

    def __init__(self, shop: Shop, ops: Ops, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regulars"))
        self.shop, self.ops = adopt(shop, ops, self)
        self.model = RegularsModel(currency)
        self.filter = QLineEdit(placeholderText=self.tr("Find a name"))
        self.filter.setAccessibleName(self.tr("Find a name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.summary = QLabel(self.tr("Counting visits…"), objectName="subtle", wordWrap=True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Lists of regulars"))
        self.views: list[RegularsView] = []

        self.everyone = self.add_view(self.tr("Everyone"), self._everyone_view())
        self.winback = self.add_view(self.tr("Win back"), self._winback_view())
        self.vips = self.add_view(
            self.tr("VIPs"),
            RegularsView(
                self.model,
                ("name", "segment", "visits", "spent", "last", "usual"),
                lambda r: r.stats.vip,
                intro=self.tr("The top fifth by visits and spending: worth a personal thank-you."),
            ),
        )
        self.slipping = self.add_view(
            self.tr("High value, slipping away"), SlippingView(self.shop, self.ops, currency)
        )  # loads when its tab is first shown
        self.slipping.open_customer.connect(self._on_open_customer)
        self.complaints = self.add_view(self.tr("Open complaints"), OpenComplaints(self.shop, self.ops))
        self.complaints.open_customer.connect(self._on_open_customer)  # open ones never expire
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        self.filter.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        hint = QLabel(
            self.tr("★ VIP · Double-click a name to open their profile at the counter."), objectName="subtle"
        )
        layout.addWidget(hint)
        self._fit_to_screen()
        self.load()

    # -- the lists -----------------------------------------------------------------------------------------
    def add_view(self, title: str, view: QWidget) -> Any:
        """Add a list as a tab; a RegularsView gets the name filter and opens profiles like the others."""
        self.tabs.addTab(view, title)
        view.findChild(QTableView).setAccessibleName(title)  # each list is a table named as its tab
        if isinstance(view, RegularsView):
            self.views.append(view)
            view.open_customer.connect(self._on_open_customer)
            view.proxy.set_text(self.filter.text())
        return view

    def _everyone_view(self) -> RegularsView:
        view = RegularsView(self.model, ("name", "segment", "visits", "spent", "last", "rhythm", "usual"))
        self.segment = QComboBox()
        self.segment.setAccessibleName(self.tr("Segment"))
        self.segment.addItem(self.tr("Every segment"), "")
        for code in wording.SEGMENTS:
            self.segment.addItem(wording.segment(code), code)
            self.segment.setItemData(
                self.segment.count() - 1, wording.segment_hint(code), Qt.ItemDataRole.ToolTipRole
            )
        self.segment.currentIndexChanged.connect(self._on_segment_changed)
        view.tools.addWidget(QLabel(self.tr("Show")))
        view.tools.addWidget(self.segment)
        view.tools.addStretch(1)
        return view

    def _winback_view(self) -> RegularsView:
        view = RegularsView(
            self.model,
            ("name", "last", "rhythm", "usual", "contact", "contacted"),
            # Contacted lately: off the list for the shop's weeks, so nobody is contacted too often
            # (still shown on the day, so the owner sees what was done today).
            lambda r: r.stats.lapsed and (r.hidden_until is None or r.contacted_days == 0),
            sort=("last", Qt.SortOrder.DescendingOrder),
            intro=self.tr(
                "Regulars who have stayed away far longer than usual. A friendly note with their usual "
                "often brings them back."
            ),
        )
        self.contacted_button = QPushButton(self.tr("Mark contacted"))
        self.contacted_button.setToolTip(self.tr("You wrote to or called the chosen person today"))
        self.contacted_button.clicked.connect(self._on_mark_contacted)
        view.tools.addWidget(self.contacted_button)
        return view

    def _fit_to_screen(self) -> None:
        screen_fit.fit(self, PREFERRED)

    # -- loading -------------------------------------------------------------------------------------------
    def load(self) -> None:
        self.ops.long(
            lambda shop, _progress: (shop.insights.regulars(), shop.owner.settings()["region"]),
            self._on_loaded,
            lambda message: self.summary.setText(self.tr("Could not load: ") + message),
            channel="regulars",
        )

    def _on_loaded(self, loaded: tuple[list[Regular], str]) -> None:
        rows, region = loaded
        self.model.phone_display = lambda e164: phones.display(e164, region)
        self.model.set_rows(rows)
        vip = sum(1 for r in rows if r.stats.vip)
        lapsed = sum(1 for r in rows if r.stats.lapsed and (r.hidden_until is None or r.contacted_days == 0))
        resting = sum(
            1 for r in rows if r.stats.lapsed and r.hidden_until is not None and r.contacted_days != 0
        )
        self.summary.setText(
            self.tr("{n} customers came in the last 12 months: {v} VIPs, {l} to win back.").format(
                n=len(rows), v=vip, l=lapsed
            )
            + (" " + self.tr("%n contacted lately, off the win-back list.", "", resting) if resting else "")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.winback), self.tr("Win back ({n})").format(n=lapsed))
        self.tabs.setTabText(self.tabs.indexOf(self.vips), self.tr("VIPs ({n})").format(n=vip))

    @Slot(int)
    def _on_segment_changed(self, _index: int) -> None:
        self.everyone.proxy.set_segment(self.segment.currentData())

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        for view in self.views:
            view.proxy.set_text(text)

    def current_view(self) -> RegularsView | None:
        view = self.tabs.currentWidget()
        return view if isinstance(view, RegularsView) else None

    # -- win back ------------------------------------------------------------------------------------------
    @Slot()
    def _on_mark_contacted(self) -> None:
        chosen = self.winback.selected()
        if chosen is None:
            self.summary.setText(self.tr("Choose someone in the list first."))
            return
        customer_id = chosen.stats.id
        self.contacted_button.setEnabled(False)
        self.ops.write(
            lambda shop: shop.insights.mark_contacted(customer_id),
            lambda _written: self._on_marked(customer_id, chosen.stats.name),
            self._on_mark_failed,
        )

    def _on_marked(self, customer_id: int, name: str) -> None:
        self.contacted_button.setEnabled(True)
        self.model.mark_contacted(customer_id)
        self.summary.setText(self.tr("{name} marked as contacted today.").format(name=name))

    def _on_mark_failed(self, message: str) -> None:
        self.contacted_button.setEnabled(True)
        self.summary.setText(message)

    @Slot(int)
    def _on_open_customer(self, customer_id: int) -> None:
        self.open_customer.emit(customer_id)
        self.accept()
