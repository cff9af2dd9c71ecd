"""The counter's left-hand list: search results as they arrive, or this week's birthdays when nothing is typed."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from app.ui import wording
from app.ui.models import ResultsModel
from app.ui.results_delegate import ResultDelegate

COUNT_CAP = 100
KEEP_BIRTHDAYS_SECONDS = 60.0  # Esc and every scan come back to the idle list: read it at most once a minute


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
        self._birthdays: tuple[float, list[Any]] | None = None
        self._on_screen: list[Any] | None = None  # the idle list's rows while the list shows them

    def kept_birthdays(self) -> list[Any] | None:
        """The idle list read less than a minute ago, or None."""
        if self._birthdays and time.monotonic() - self._birthdays[0] < KEEP_BIRTHDAYS_SECONDS:
            return self._birthdays[1]
        return None

    def keep_birthdays(self, rows: list[Any]) -> list[Any]:
        self._birthdays = (time.monotonic(), rows)
        return rows

    def forget_birthdays(self) -> None:
        """A customer or the birthday window changed at this till: the next idle list is read afresh."""
        self._birthdays = None

    def ids(self) -> list[int]:
        return [hit.id for hit in self.model.hits]

    def show_found(self, query: str, found: Any) -> None:
        self._on_screen = None
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
        if rows is self._on_screen:
            return  # already there: a scan or Esc coming back to it repaints nothing
        self._on_screen = rows
        from app.services.search import SearchHit

        self.title.setText(self.tr("Birthdays this week") if rows else self.tr("Customers"))
        self.model.set_hits(
            [SearchHit(r.id, r.name, None, None) for r in rows],
            {r.id: wording.birthday_badge(r.days) for r in rows},
        )
        self.hint.setText("" if rows else self.tr("No birthdays in the coming week."))

    def show_problem(self, message: str) -> None:
        self._on_screen = None  # the idle list is shown afresh, without this message
        self.hint.setText(message)

    def show_card_hint(self, complete: bool) -> None:
        self._on_screen = None
        self.model.set_hits([])
        if complete:
            self.hint.setText(self.tr("That looks like a card code: press Enter."))
        else:
            self.hint.setText(self.tr("That looks like the start of a card code."))

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
