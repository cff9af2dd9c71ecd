"""The owner's Insights page: the charts of the shop, each with its numbers one click away.

It opens on the charts made last (kept by the application layer, so a big shop's page opens at once) and,
when visits or answers have come in since, counts again in the background with a busy bar; the numbers
are never counted on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.charts_set import ChartSet
from app.shop.charts import Kept
from app.ui import wording
from app.ui.chart_card import ChartCard
from app.ui.ops import Ops, adopt

CHANNEL = "insights-charts"
# Counting again by itself is worth it when it is quick; a big shop's count (seconds, on the one lane of
# long jobs) waits for the owner's Refresh unless the figures are from another day.
AUTO_RECOUNT_SECONDS = 3.0
WIDE = ("visits_per_week", "holdout")  # thirteen weeks side by side want the page's width


class InsightsDialog(QDialog):
    """The charts in a scrolling grid (the weekly ones across the page, the others in two columns), with
    when they were counted and a Refresh button.

    Takes the shop and the runner."""

    def __init__(self, shop: Any, ops: Ops | Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.ops = adopt(shop, ops, self)
        self.setWindowTitle(self.tr("Insights"))
        self.resize(1180, 820)
        self.cards: list[ChartCard] = []
        self.charts: ChartSet | None = None
        self.status = QLabel(self.tr("Counting…"), objectName="subtle")
        self.status.setAccessibleName(self.tr("How current the figures are"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving until the first progress arrives
        self.busy.setMaximumWidth(220)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Counting the figures"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.busy)
        top.addWidget(self.refresh_button)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        inner = QWidget()
        inner.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.ops.changed.connect(self._on_changed)
        self.ops.read(lambda shop: shop.charts.kept(), self._on_kept, self._on_failed, channel=CHANNEL)

    def done(self, result: int) -> None:
        """Closing forgets the count under way: its answer must not reach a page that is gone."""
        self.ops.cancel(CHANNEL)
        super().done(result)

    @property
    def loading(self) -> bool:
        return not self.busy.isHidden()

    # -- answers -------------------------------------------------------------------------------------------
    def _on_kept(self, kept: Kept) -> None:
        if kept.charts is not None:
            self._show(kept.charts)
        quick = kept.charts is not None and kept.charts.seconds < AUTO_RECOUNT_SECONDS
        if kept.charts is None or not kept.same_day or (not kept.current and quick):
            self.refresh()
            return
        self._done()
        if not kept.current:
            self._mark_stale()

    def _mark_stale(self) -> None:
        if self.charts is not None and self.refresh_button.isEnabled():
            self.status.setText(
                self._as_of(self.charts) + self.tr(" · visits have come in since: Refresh to count them")
            )

    @Slot(object)
    def _on_changed(self, changes: Any) -> None:
        if getattr(changes, "visits", False):
            self._mark_stale()

    def refresh(self) -> None:
        """Count everything again in the background; the charts on screen stay until the new ones come."""
        self.busy.setRange(0, 0)
        self.busy.show()
        self.refresh_button.setEnabled(False)
        if self.charts is None:
            self.status.setText(self.tr("Counting the visits… (a minute for a very large shop)"))
        else:
            self.status.setText(self._as_of(self.charts) + self.tr(" · counting again…"))
        self.ops.long(
            lambda shop, progress: shop.charts.refresh(progress),
            self._on_refreshed,
            self._on_failed,
            self._on_progress,
            channel=CHANNEL,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def _on_refreshed(self, charts: ChartSet) -> None:
        self._show(charts)
        self._done()

    def _on_failed(self, message: str) -> None:
        self._done()
        self.status.setText(self.tr("Could not count the figures: ") + message)

    def _done(self) -> None:
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        if self.charts is not None:
            self.status.setText(self._as_of(self.charts))

    @Slot()
    def _on_refresh_clicked(self) -> None:
        self.refresh()

    # -- showing -------------------------------------------------------------------------------------------
    def _as_of(self, charts: ChartSet) -> str:
        zone = ZoneInfo(self.shop.timezone_name())
        made = charts.made_at.astimezone(zone)
        today = datetime.now(zone).date()
        when = wording.clock(made) if made.date() == today else wording.day_and_clock(made)
        return self.tr("Figures as of {when} (counted in {s:.1f} s)").format(when=when, s=charts.seconds)

    def _show(self, charts: ChartSet) -> None:
        self.charts = charts
        shown_as_table = {card.chart.kind for card in self.cards if card.showing_table}
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        row = column = 0
        for chart in charts.charts:
            card = ChartCard(chart)
            if chart.kind in shown_as_table:
                card.toggle.setChecked(True)
            if chart.kind in WIDE:
                row += column  # a half-filled row is left as it is
                self.grid.addWidget(card, row, 0, 1, 2)
                row, column = row + 1, 0
            else:
                self.grid.addWidget(card, row, column)
                row, column = row + column, 1 - column
            self.cards.append(card)

    def card(self, kind: str) -> ChartCard | None:
        return next((c for c in self.cards if c.chart.kind == kind), None)


def open_insights(window: Any) -> None:
    """Shop → Insights, for the owner: on the window's shop and runner."""
    if not window.owner.require(window) or window.ops.shop is None:
        return
    dialog = InsightsDialog(window.ops.shop, window.ops, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
