"""The counter's left-hand list: search results as they arrive, or this week's birthdays when nothing is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from app.ui import wording
from app.ui.models import ResultsModel
from app.ui.results_delegate import ResultDelegate

COUNT_CAP = 100


class SearchList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultsModel()
        self.view = QListView(objectName="results")
        self.view.setModel(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)  # hover shading
        self.view.setAccessibleName(self.tr("Customers found"))
        self.hint = QLabel(objectName="subtle")
        self.hint.setWordWrap(True)
        self.title = QLabel(self.tr("Customers"), objectName="sideTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 6, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

    def ids(self) -> list[int]:
        return [hit.id for hit in self.model.hits]

    def show_found(self, query: str, found: Any) -> None:
        self.title.setText(self.tr("Customers"))
        self.model.set_hits(found.hits)
        if not found.hits:
            self.hint.setText(
                self.tr("Nobody matches “{q}”. Ctrl+N adds a new customer.").format(q=query[:40])
            )
        elif found.total > len(found.hits):
            more = (
                str(found.total) if found.total <= COUNT_CAP else self.tr("more than {n}").format(n=COUNT_CAP)
            )
            self.hint.setText(
                self.tr("Showing {n} of {t} — type more to narrow.").format(n=len(found.hits), t=more)
            )
        else:
            self.hint.setText("")

    def show_birthdays(self, rows: list[Any]) -> None:
        from app.services.search import SearchHit

        self.title.setText(self.tr("Birthdays this week") if rows else self.tr("Customers"))
        self.model.set_hits(
            [SearchHit(r.id, r.name, None, None) for r in rows],
            {r.id: wording.birthday_badge(r.days) for r in rows},
        )
        self.hint.setText("" if rows else self.tr("No birthdays in the coming week."))

    def show_card_hint(self) -> None:
        self.model.set_hits([])
        self.hint.setText(self.tr("That looks like a card code: press Enter."))

    def highlight(self, open_id: int | None, typed: bool) -> None:
        """The highlighted row is the open profile; with none open, the first match (what Enter opens)."""
        ids = self.ids()
        if open_id is not None:
            row = ids.index(open_id) if open_id in ids else -1
        else:
            row = 0 if ids and typed else -1
        self.select(row)

    def select(self, row: int) -> None:
        if row < 0:
            self.view.clearSelection()
        self.view.setCurrentIndex(self.model.index(row))

    def step(self, by: int) -> int | None:
        """Move the highlight; the customer now highlighted (None for an empty list)."""
        count = self.model.rowCount()
        if not count:
            return None
        row = max(0, min(count - 1, self.view.currentIndex().row() + by))
        self.select(row)
        return self.model.hits[row].id
