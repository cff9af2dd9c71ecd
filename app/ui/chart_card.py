"""One chart on screen: a QtCharts view and, one click away, the same numbers in a table.

`ChartCard` shows a `Chart` from the application layer: bars and lines over its categories, a second
scale on the right when a series asks for one, the note under it, and a "Show as table" button that
swaps the chart for a QTableView over `Chart.table()` (what screen readers and the tests read).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.charts_data import BAR, RIGHT, Chart
from app.ui import wording
from app.ui.models import RowsModel
from app.ui.style import look_of
from app.ui.theme import chart_colours

Index = QModelIndex | QPersistentModelIndex
MAX_LINES = 6  # more lines than this are unreadable; the table has them all


class ChartTableModel(RowsModel):
    """The chart's numbers, header row from `Chart.table()`, one row per category (or per cohort)."""

    def __init__(self, chart: Chart) -> None:
        super().__init__()
        table = chart.table()
        self.HEADERS = tuple(wording.said(text) for text in table[0])
        self.rows = [(wording.said(row[0]), *row[1:]) for row in table[1:]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def build_chart(chart: Chart) -> QChart:
    """A QChart for the numbers: bar series grouped, line series over them, category axis below."""
    view = QChart()
    view.setBackgroundVisible(False)
    view.setMargins(QMargins(4, 4, 4, 4))
    view.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    small = QFont()
    small.setPointSize(8)
    view.legend().setFont(small)
    view.setPlotAreaBackgroundVisible(False)
    axis_x = QBarCategoryAxis()
    axis_x.append([wording.said(text) for text in chart.axis_categories])
    axis_x.setLabelsFont(small)
    if chart.x_label:
        axis_x.setTitleText(wording.said(chart.x_label))
        axis_x.setTitleFont(small)
    view.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    axes: dict[str, QValueAxis] = {}
    colour = iter(chart_colours(look_of(QGuiApplication.palette())) * 4)  # the theme's, readable on its panel
    bars: dict[str, QBarSeries] = {}
    lines = [s for s in chart.series if s.style != BAR and any(v is not None for v in s.values)]
    for series in chart.series:
        axis = axes.get(series.axis) or _value_axis(view, chart, series.axis, small)
        axes[series.axis] = axis
        if series.style == BAR:
            group = bars.get(series.axis)
            if group is None:
                group = bars[series.axis] = QBarSeries()
                view.addSeries(group)
                group.attachAxis(axis_x)
                group.attachAxis(axis)
            bar_set = QBarSet(wording.said(series.name))
            bar_set.append([float(v or 0) for v in series.values])
            bar_set.setColor(QColor(next(colour)))
            bar_set.setBorderColor(QColor(0, 0, 0, 0))
            group.append(bar_set)
            continue
        if series not in lines[-MAX_LINES:]:
            continue
        line = QLineSeries()
        line.setName(wording.said(series.name))
        for x, value in enumerate(series.values):
            if value is not None:
                line.append(float(x), float(value))
        line.setPen(QPen(QColor(next(colour)), 2.5))
        line.setPointsVisible(True)
        view.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis)
    view.legend().setVisible(len(chart.series) > 1)
    _ink(view, QGuiApplication.palette())
    return view


def _ink(view: QChart, palette: QPalette) -> None:
    """Labels, titles and grid in the theme's text colours (the chart's own are for a white page)."""
    text, quiet = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText)
    view.legend().setLabelColor(text)
    for axis in view.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(quiet)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        axis.setLinePenColor(quiet)


def _value_axis(view: QChart, chart: Chart, side: str, font: QFont) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelsFont(font)
    axis.setLabelFormat("%d")
    if chart.y_range is not None and side != RIGHT:
        axis.setRange(*chart.y_range)
        axis.setTickCount(5)
    else:
        low = min((v for s in chart.series if s.axis == side for v in s.values if v is not None), default=0)
        axis.setRange(min(0.0, float(low)), max(chart.peak(side), 4.0))  # at least 0–4: whole ticks
        axis.applyNiceNumbers()
    title = chart.axis_label_right if side == RIGHT else chart.axis_label
    axis.setTitleText(wording.said(title))
    axis.setTitleFont(font)
    align = Qt.AlignmentFlag.AlignRight if side == RIGHT else Qt.AlignmentFlag.AlignLeft
    view.addAxis(axis, align)
    return axis


class ChartCard(QFrame):
    """A titled panel with the chart, its note and the "Show as table" switch."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.chart = chart
        self.title = QLabel(wording.said(chart.title), objectName="panelTitle")
        self.toggle = QPushButton(self.tr("Show as table"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggled)
        self.toggle.setAccessibleName(self.tr("Show {t} as a table").format(t=wording.said(chart.title)))
        self.look = look_of(QGuiApplication.palette())
        self.view = QChartView(build_chart(chart))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent;")
        self.view.setMinimumHeight(250)
        self.view.setAccessibleName(wording.said(chart.title))
        self.view.setAccessibleDescription(self.tr("Chart; press Show as table for its numbers."))
        self.table = QTableView()
        self.model = ChartTableModel(chart)
        self.model.setParent(
            self.table
        )  # the view outlives its model's C++ side, whatever Python frees first
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("{t}, as a table").format(t=wording.said(chart.title)))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.empty = QLabel(self.tr("Nothing to show yet."), objectName="subtle")
        self.empty.setVisible(chart.empty)
        self.note = QLabel(wording.said(chart.note), objectName="subtle")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)

    def changeEvent(self, event: QEvent) -> None:
        # The theme changed under an open chart: draw it again in the new theme's colours.
        super().changeEvent(event)
        look = look_of(QGuiApplication.palette())
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "look", look) is not look:
            self.look, old = look, self.view.chart()
            self.view.setChart(build_chart(self.chart))
            old.deleteLater()  # the view lets go of the chart it replaces

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.view)
        self.toggle.setText(self.tr("Show as chart") if on else self.tr("Show as table"))
