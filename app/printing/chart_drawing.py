"""A `Chart` as reportlab graphics (no Qt): bars and lines over the categories, and its numbers as a table.

PDFs print each chart beside its table, so the numbers are in the text of the file (readable by
pdftotext and screen readers) as well as in the picture.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from app.printing.fonts import fonts
from app.services import chart_colours
from app.services.charts_data import BAR, LEFT, Chart

PALETTE = chart_colours.LIGHT  # printed on white paper
INK = colors.HexColor("#2b2b2b")
GREY = colors.HexColor("#7a7368")
MAX_LINES = 6  # the table has every cohort; the picture the latest ones


def drawing(chart: Chart, width: float, height: float) -> Drawing:
    """The chart in a width × height box (points). Series on a second scale are left to the table."""
    regular, _ = fonts()
    shown = [s for s in chart.series if s.axis == LEFT]
    bars = [s for s in shown if s.style == BAR]
    lines = [s for s in shown if s.style != BAR and any(v is not None for v in s.values)][-MAX_LINES:]
    legend_height = 14 if len(bars) + len(lines) > 1 else 0
    box = Drawing(width, height)
    x, y = 34, 18 + legend_height + (10 if chart.x_label else 0)
    w, h = width - x - 6, height - y - (16 if chart.axis_label else 6)  # the scale's name sits above
    low, high = _scale(chart)
    categories = list(chart.axis_categories)
    colour = iter(PALETTE * 4)
    named: list[tuple[colors.Color, str]] = []
    plots: list[VerticalBarChart | HorizontalLineChart] = []
    if bars:
        plot_b = VerticalBarChart()
        plot_b.data = [tuple(float(v or 0) for v in s.values) for s in bars]
        for n, s in enumerate(bars):
            plot_b.bars[n].fillColor = colors.HexColor(next(colour))
            plot_b.bars[n].strokeColor = None
            named.append((plot_b.bars[n].fillColor, s.name))
        plot_b.barSpacing, plot_b.groupSpacing = 1, 4
        plots.append(plot_b)
    if lines:
        plot_l = HorizontalLineChart()
        plot_l.data = [tuple(v for v in s.values) for s in lines]
        for n, s in enumerate(lines):
            plot_l.lines[n].strokeColor = colors.HexColor(next(colour))
            plot_l.lines[n].strokeWidth = 1.6
            named.append((plot_l.lines[n].strokeColor, s.name))
        plots.append(plot_l)
    for n, drawn in enumerate(plots):
        plot: Any = drawn  # a bar or a line chart: the same axes and frame
        plot.x, plot.y, plot.width, plot.height = x, y, w, h
        plot.valueAxis.valueMin, plot.valueAxis.valueMax = low, high
        plot.valueAxis.labels.fontName = regular
        plot.valueAxis.labels.fontSize = 6.5
        plot.categoryAxis.categoryNames = categories
        plot.categoryAxis.labels.fontName = regular
        plot.categoryAxis.labels.fontSize = 6.5
        plot.categoryAxis.labels.dy = -2
        if n:  # the line chart lies over the bars: one set of axes is enough
            plot.valueAxis.visible = plot.categoryAxis.visible = False
        box.add(plot)
    if chart.x_label:
        box.add(
            String(
                x + w / 2,
                2 + legend_height,
                chart.x_label,
                fontName=regular,
                fontSize=6.5,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    if chart.axis_label:
        box.add(String(2, height - 8, chart.axis_label, fontName=regular, fontSize=6.5, fillColor=GREY))
    if legend_height:
        legend = Legend()
        legend.x, legend.y = x, legend_height - 2
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName, legend.fontSize = regular, 6.5
        legend.dx = legend.dy = 6
        legend.deltax = int(max(60, w / max(1, len(named))))
        legend.colorNamePairs = named
        box.add(legend)
    if chart.empty:
        box.add(
            String(
                x + w / 2,
                y + h / 2,
                "Nothing to show yet.",
                fontName=regular,
                fontSize=9,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    return box


def _scale(chart: Chart) -> tuple[float, float]:
    if chart.y_range is not None:
        return chart.y_range
    peak = max(chart.peak(LEFT), 4.0)
    step = _nice_step(peak / 4)
    return 0.0, step * -(-peak // step)


def _nice_step(raw: float) -> float:
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def numbers_table(chart: Chart, width: float) -> Table:
    """The chart's `table()` rows, small type, numbers right-aligned. A table a row per series (cohorts)
    is wide: its columns take the axis's short names (0, 1, 2 … months)."""
    regular, bold = fonts()
    rows = chart.table()
    columns = len(rows[0])
    if chart.by_series and chart.short_categories:
        header = rows[0]
        rows = [(*header[: columns - len(chart.categories)], *chart.short_categories), *rows[1:]]
    first = min(width * 0.28, 90.0) if columns > 4 else width * 0.4
    rest = (width - first) / max(1, columns - 1)
    size = 6.5 if columns > 8 else 8
    table = Table(rows, colWidths=[first] + [rest] * (columns - 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, size),
                ("FONT", (0, 0), (-1, 0), bold, size),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, GREY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f3ee")]),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
