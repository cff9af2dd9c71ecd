"""A PDF for closing time: the day's numbers, top items, visits by hour, birthdays, visits per week on the
first page; the owner's other charts, each with its numbers, after it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from app.files import atomic_write
from app.printing.chart_drawing import drawing, numbers_table
from app.printing.fonts import fonts
from app.services import locales
from app.services.charts_data import Chart
from app.services.export import DaySummary
from app.services.money import format_money

INK = (0.17, 0.17, 0.17)
GREEN = (0.18, 0.44, 0.31)
GREY = (0.48, 0.45, 0.41)


def render_day_report(
    out: Path,
    summary: DaySummary,
    shop: str,
    first: date,
    last: date,
    currency: str,
    locale: str = locales.FALLBACK,
) -> None:
    """The report of the days first to last; money (an ISO code), dates and numbers in the shop's locale."""
    with atomic_write(out, private=True) as handle:  # customers' names: this user only
        canvas = Canvas(handle, pagesize=A4)
        _draw(canvas, summary, shop, (first, last), currency, locale)
        canvas.save()


def _draw(
    canvas: Canvas, summary: DaySummary, shop: str, days: tuple[date, date], currency: str, locale: str
) -> None:
    regular, bold = fonts()
    width, height = A4
    first, last = days
    period = (
        locales.long_day(first, locale)
        if first == last
        else f"{locales.day(first, locale)} – {locales.day(last, locale)}"
    )
    canvas.setTitle(f"{shop} — {period}")
    left, y = 20 * mm, height - 25 * mm
    canvas.setFillColorRGB(*INK)
    canvas.setFont(bold, 20)
    canvas.drawString(left, y, shop)
    canvas.setFont(regular, 12)
    canvas.setFillColorRGB(*GREY)
    canvas.drawString(left, y - 18, f"Day report · {period}")

    figures = [
        ("Visits", locales.number(summary.visits, locale)),
        ("Customers", locales.number(summary.customers, locale)),
        ("New customers", locales.number(summary.new_customers, locale)),
        ("Takings recorded", format_money(summary.takings_cents, currency, locale)),
        ("Points issued", locales.number(summary.points_issued, locale)),
        ("Points redeemed", locales.number(summary.points_redeemed, locale)),
    ]
    y -= 55
    box_w = (width - 2 * left - 10 * mm) / 3
    for n, (label, value) in enumerate(figures):
        x = left + (n % 3) * (box_w + 5 * mm)
        top = y - (n // 3) * 22 * mm
        canvas.setFillColorRGB(0.96, 0.94, 0.9)
        canvas.roundRect(x, top - 16 * mm, box_w, 18 * mm, 3 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(*GREY)
        canvas.setFont(regular, 9)
        canvas.drawString(x + 4 * mm, top - 4 * mm, label)
        canvas.setFillColorRGB(*GREEN)
        canvas.setFont(bold, 18)
        canvas.drawString(x + 4 * mm, top - 12 * mm, value)
    y -= 2 * 22 * mm + 8 * mm

    y = _section(canvas, bold, left, y, "Visits by hour")
    _hour_chart(canvas, regular, left, y - 45 * mm, width - 2 * left, 42 * mm, summary)
    y -= 55 * mm

    column_2 = left + (width - 2 * left) / 2
    top = y
    y = _section(canvas, bold, left, top, "Top items")
    canvas.setFont(regular, 11)
    canvas.setFillColorRGB(*INK)
    for name, count in summary.top_items or [("No items recorded", 0)]:
        canvas.drawString(left, y, name)
        if count:
            canvas.drawRightString(column_2 - 10 * mm, y, str(count))
        y -= 16
    y2 = _section(canvas, bold, column_2, top, "Rewards given")
    canvas.setFont(regular, 11)
    canvas.setFillColorRGB(*INK)
    for name, count in summary.rewards.most_common() or [("None", 0)]:
        canvas.drawString(column_2, y2, name)
        if count:
            canvas.drawRightString(width - left, y2, str(count))
        y2 -= 16
    y = min(y, y2) - 10
    y = _section(canvas, bold, left, y, "Birthdays today")
    canvas.setFont(regular, 11)
    canvas.setFillColorRGB(*INK)
    canvas.drawString(left, y, ", ".join(summary.birthdays_today) or "None today")
    if summary.weeks is not None:
        _weeks(canvas, summary.weeks, left, y - 24, (width - 2 * left, height), locale)
    _footer(canvas, regular, left)
    if summary.charts:
        canvas.showPage()
        _charts(canvas, summary.charts, left, (width - 2 * left, height))
        _footer(canvas, regular, left)


def _footer(canvas: Canvas, regular: str, left: float) -> None:
    canvas.setFont(regular, 8)
    canvas.setFillColorRGB(*GREY)
    canvas.drawString(left, 12 * mm, "Made by Regulars. Voided visits are left out of the figures.")


def _charts(canvas: Canvas, charts: tuple[Chart, ...], x: float, size: tuple[float, float]) -> None:
    """The owner's other charts as they stood at the end of the last day (as on the Insights page and in
    the monthly report), each with its note and its numbers; a new page when the next one does not fit."""
    regular, bold = fonts()
    w, page_height = size
    note_style = ParagraphStyle(
        "note", fontName=regular, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#7a7368")
    )
    top = y = page_height - 25 * mm
    chart_height = 52 * mm
    for chart in charts:
        note = Paragraph(chart.note.replace("&", "&amp;").replace("<", "&lt;"), note_style)
        _, note_height = note.wrap(w, page_height)
        table = numbers_table(chart, w)
        _, table_height = table.wrap(w, page_height)
        needed = 18 + chart_height + 4 + note_height + 4 + table_height + 10 * mm
        if y - needed < 16 * mm and y < top:
            _footer(canvas, regular, x)
            canvas.showPage()
            y = top
        y = _section(canvas, bold, x, y, chart.title)
        renderPDF.draw(drawing(chart, w, chart_height), canvas, x, y - chart_height)
        y -= chart_height + 4
        note.drawOn(canvas, x, y - note_height)
        y -= note_height + 4
        table.drawOn(canvas, x, y - table_height)
        y -= table_height + 10 * mm


def _section(canvas: Canvas, bold: str, x: float, y: float, title: str) -> float:
    canvas.setFont(bold, 12)
    canvas.setFillColorRGB(*INK)
    canvas.drawString(x, y, title)
    return y - 18


def _hour_chart(
    canvas: Canvas, font: str, x: float, y: float, w: float, h: float, summary: DaySummary
) -> None:
    hours = list(range(6, 21))
    for hour in summary.by_hour:
        if hour not in hours:
            hours.append(hour)
    hours.sort()
    peak = max(summary.by_hour.values(), default=0) or 1
    slot = w / len(hours)
    canvas.setFont(font, 7)
    for n, hour in enumerate(hours):
        count = summary.by_hour.get(hour, 0)
        bar = (h - 10) * count / peak
        canvas.setFillColorRGB(*GREEN)
        canvas.rect(x + n * slot + 2, y + 10, slot - 4, bar, stroke=0, fill=1)
        canvas.setFillColorRGB(*GREY)
        canvas.drawCentredString(x + n * slot + slot / 2, y, f"{hour:02d}")
        if count:
            canvas.drawCentredString(x + n * slot + slot / 2, y + 12 + bar, str(count))


def _weeks(canvas: Canvas, chart: Chart, x: float, y: float, size: tuple[float, float], locale: str) -> None:
    """Visits per week beside the same week a year before: the chart, then its numbers as a table
    (on a second page when the day's lists left no room)."""
    _, bold = fonts()
    w, page_height = size
    table = _weeks_table(chart, w, locale)
    _, table_height = table.wrap(w, page_height)
    chart_height = 38 * mm
    if y - 18 - chart_height - 6 - table_height < 16 * mm:
        canvas.showPage()
        y = page_height - 25 * mm
    y = _section(canvas, bold, x, y, "Visits per week, beside the same week last year")
    renderPDF.draw(drawing(chart, w, chart_height), canvas, x, y - chart_height)
    table.drawOn(canvas, x, y - chart_height - 6 - table_height)


def _weeks_table(chart: Chart, w: float, locale: str) -> Table:
    """Weeks across, one row per series: eight weeks fit the page's width."""
    regular, bold = fonts()
    rows = [
        ("Week of", *chart.categories),
        *(
            (s.name, *("–" if v is None else locales.number(v, locale) for v in s.values))
            for s in chart.series
        ),
    ]
    first = 34 * mm
    table = Table(rows, colWidths=[first] + [(w - first) / len(chart.categories)] * len(chart.categories))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 8),
                ("FONT", (0, 0), (-1, 0), bold, 8),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#2b2b2b")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#7a7368")),
            ]
        )
    )
    return table
