"""The owner's audit log: who did what, when, and to whom, in words; sortable and filterable."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.shop.forms import fold
from app.ui import screen_fit, wording
from app.ui.ops import Ops

if TYPE_CHECKING:
    from app.shop.forms import AuditEntry
    from app.shop.insights import Insights

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 2
EntryRole = Qt.ItemDataRole.UserRole
PREFERRED = QSize(960, 600)
# What the owner may want to look at, by the first word of the action.
TOPICS = {
    "": QT_TRANSLATE_NOOP("AuditDialog", "Everything"),
    "customer": QT_TRANSLATE_NOOP("AuditDialog", "Customers and their data"),
    "visit": QT_TRANSLATE_NOOP("AuditDialog", "Visits"),
    "points reward": QT_TRANSLATE_NOOP("AuditDialog", "Points and rewards"),
    "item": QT_TRANSLATE_NOOP("AuditDialog", "The menu"),
    "card cards": QT_TRANSLATE_NOOP("AuditDialog", "Cards"),
    "pin": QT_TRANSLATE_NOOP("AuditDialog", "The owner PIN"),
    "import export demo": QT_TRANSLATE_NOOP("AuditDialog", "Imports, exports and the demo"),
    "winback surprise": QT_TRANSLATE_NOOP("AuditDialog", "Win-back and surprises"),
}


class AuditModel(QAbstractTableModel):
    COLUMNS = ("when", "who", "what", "about", "detail")

    def __init__(self, zone: str) -> None:
        super().__init__()
        self.rows: list[AuditEntry] = []
        self.zone = ZoneInfo(zone)
        self.today = datetime.now(self.zone).date()
        self.headers = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("About"),
            self.tr("Details"),
        )

    def set_rows(self, rows: list[AuditEntry], zone: str | None = None) -> None:
        self.beginResetModel()
        if zone:
            self.zone = ZoneInfo(zone)
        self.today = datetime.now(self.zone).date()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def text(self, entry: AuditEntry, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "when":
            return wording.moment(entry.at, self.zone, self.today)
        if key == "who":
            return wording.actor(entry.actor)
        if key == "what":
            return wording.action(entry.action)
        if key == "about":
            return wording.target(entry.kind, entry.ref, entry.name)
        return wording.detail(entry.detail)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == EntryRole:
            return entry
        if role == SortRole:
            return entry.at.timestamp() if index.column() == 0 else fold(self.text(entry, index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return wording.long_moment(entry.at.astimezone(self.zone))
            return self.text(entry, index.column()) or None
        return None


class AuditFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.topic = ""
        self.words = ""
        self.setSortRole(SortRole)

    def set_topic(self, topic: str) -> None:
        self.topic = topic
        self.invalidate()

    def set_words(self, text: str) -> None:
        self.words = fold(text)
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = cast(AuditModel, self.sourceModel())
        entry: AuditEntry = model.index(row, 0, parent).data(EntryRole)
        if self.topic and entry.action.split(".")[0] not in self.topic.split():
            return False
        if not self.words:
            return True
        seen = " ".join(model.text(entry, c) for c in range(len(model.COLUMNS)))
        return self.words in fold(seen)


class AuditDialog(QDialog):
    """The latest events, read in the read lane: AuditDialog(insights, ops, parent)."""

    LIMIT = 1000

    def __init__(self, insights: Insights, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.summary = QLabel(self.tr("Reading the log…"), objectName="subtle")
        self.proxy = AuditFilter()
        self.model = AuditModel("UTC")  # the shop's own zone comes with the rows
        limit = self.LIMIT
        ops.read(
            lambda shop: (insights.audit_log(limit), shop.timezone_name()),
            lambda loaded: self.show_rows(*loaded),
            self.error.setText,
        )
        self.proxy.setSourceModel(self.model)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        for key, label in TOPICS.items():
            self.topic.addItem(self.tr(label), key)
        self.topic.currentIndexChanged.connect(self._on_topic_changed)
        self.words = QLineEdit(placeholderText=self.tr("Find a name or a word"))
        self.words.setAccessibleName(self.tr("Find in the log"))
        self.words.setClearButtonEnabled(True)
        self.words.textChanged.connect(self._on_words_changed)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(260)  # a long name or action is elided, the details get the rest
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.topic)
        top.addWidget(self.words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self._count()
        screen_fit.fit(self, PREFERRED)

    def show_rows(self, rows: list[AuditEntry], zone: str) -> None:
        self.model.set_rows(rows, zone)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("{n} events, newest first. Nothing here can be changed or deleted.").format(
                n=total
            )
        else:
            text = self.tr("{shown} of {n} events match.").format(shown=shown, n=total)
        self.summary.setText(text)

    @Slot(int)
    def _on_topic_changed(self, _index: int) -> None:
        self.proxy.set_topic(self.topic.currentData())
        self._count()

    @Slot(str)
    def _on_words_changed(self, text: str) -> None:
        self.proxy.set_words(text)
        self._count()
