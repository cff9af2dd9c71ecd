"""The owner's monthly report: every chart as it stood at the end of the month, each with its numbers.

Aggregates only (no customer's name), so the file is not private; written through the one atomic-write
helper like every other output.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from app.catalogue import said_in
from app.files import atomic_write
from app.messages import msg
from app.printing.chart_drawing import drawing, numbers_table
from app.printing.fonts import fonts
from app.services import locales
from app.services.charts_data import Chart
from app.services.charts_set import ChartSet
from app.services.surprise import Tally

INK = colors.HexColor("#2b2b2b")
GREY = colors.HexColor("#7a7368")
GREEN = colors.HexColor("#2f6f4f")


def render_monthly_report(
    out: Path,
    charts: ChartSet,
    shop: str,
    month: date,
    surprises: Tally | None = None,
    locale: str = locales.FALLBACK,
) -> None:
    """Dates, figures and words in the locale's language (a German locale gives a German report)."""
    with atomic_write(out, private=False) as handle:
        document = SimpleDocTemplate(
            handle,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=16 * mm,
            title=f"{shop} — {locales.month(month, locale)}",
            author="Regulars",
        )
        document.build(_story(charts, shop, month, document.width, surprises, locale))


def _story(
    charts: ChartSet, shop: str, month: date, width: float, surprises: Tally | None, locale: str
) -> list:  # type: ignore[type-arg]
    regular, bold = fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=20, leading=24, textColor=INK)
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=11, leading=15, textColor=GREY)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=12, leading=16, textColor=INK)
    note = ParagraphStyle("note", fontName=regular, fontSize=7.5, leading=9.5, textColor=GREY)
    story: list = [  # type: ignore[type-arg]
        Paragraph(_escape(shop), title),
        Paragraph(
            _said(msg.tr("Monthly report · {month} · figures to {day}"), locale).format(
                month=locales.month(month, locale), day=locales.long_day(charts.as_of, locale)
            ),
            subtitle,
        ),
        Spacer(1, 6 * mm),
        *_headlines(charts, surprises, width, (regular, bold), locale),
    ]
    for kept in charts.charts:
        chart = worded_chart(kept, locale)
        story.append(CondPageBreak(95 * mm))
        story.append(
            KeepTogether(
                [
                    Paragraph(_escape(chart.title), heading),
                    Spacer(1, 1 * mm),
                    drawing(chart, width, 58 * mm),
                    Paragraph(_escape(chart.note), note),
                    *(
                        [
                            Paragraph(
                                _said(msg.tr("Columns: {label}."), locale).format(
                                    label=_escape(chart.x_label)
                                ),
                                note,
                            )
                        ]
                        if chart.by_series
                        else []
                    ),
                    Spacer(1, 2 * mm),
                ]
            )
        )
        story.append(numbers_table(chart, width))
        story.append(Spacer(1, 7 * mm))
    story.append(
        Paragraph(
            _said(
                msg.tr(
                    "Made by Regulars. Voided visits are left out; visits imported from the old till count."
                ),
                locale,
            ),
            note,
        )
    )
    return story


def _headlines(
    charts: ChartSet, surprises: Tally | None, width: float, faces: tuple[str, str], locale: str
) -> list:  # type: ignore[type-arg]
    """The month at a glance: new customers, NPS and its answers, how many regulars, surprise treats
    offered at the counter against those given."""
    from reportlab.platypus import Table, TableStyle

    regular, bold = faces
    figures = []
    retention = charts.get("retention")
    if retention is not None and retention.series:
        figures.append(
            (_said(msg.tr("New customers this month"), locale), _figure(retention.series[-1].total, locale))
        )
    nps = charts.get("nps")
    if nps is not None:
        score, answers = nps.series[0].values[-1], nps.series[1].values[-1]
        figures.append((_said(msg.tr("NPS this month"), locale), "–" if score is None else f"{score:+.0f}"))
        figures.append((_said(msg.tr("Answers this month"), locale), _figure(answers, locale)))
    rhythm = charts.get("rhythm")
    if rhythm is not None:
        figures.append(
            (
                _said(msg.tr("Regulars (3+ visits a year)"), locale),
                _figure(rhythm.extra.get("regulars"), locale),
            )
        )
    if surprises is not None:
        offered, given = _figure(surprises.suggested, locale), _figure(surprises.given, locale)
        figures.append((_said(msg.tr("Surprises offered / given"), locale), f"{offered} / {given}"))
    if not figures:
        return []
    label = ParagraphStyle("label", fontName=regular, fontSize=8, leading=10, textColor=GREY)
    # labels wrap within their column (five side by side do not fit on one line each)
    cells: list[list[Any]] = [
        [Paragraph(_escape(name), label) for name, _ in figures],
        [value for _, value in figures],
    ]
    table = Table(cells, colWidths=[width / len(figures)] * len(figures))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), regular, 8),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("FONT", (0, 1), (-1, 1), bold, 18),
                ("TEXTCOLOR", (0, 1), (-1, 1), GREEN),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f3ee")),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ]
        )
    )
    return [table, Spacer(1, 6 * mm)]


def _said(text: str, locale: str) -> str:
    return said_in(locale, text)


def worded_chart(chart: Chart, locale: str) -> Chart:
    """The chart with its words (title, note, axes, series, categories) in the report's language."""
    words = [chart.title, chart.note, chart.axis_label, chart.axis_label_right, chart.x_label]
    title, note, axis_label, axis_label_right, x_label = (_said(text, locale) for text in words)
    return replace(
        chart,
        title=title,
        note=note,
        axis_label=axis_label,
        axis_label_right=axis_label_right,
        x_label=x_label,
        categories=tuple(_said(c, locale) for c in chart.categories),
        short_categories=tuple(_said(c, locale) for c in chart.short_categories),
        series=tuple(replace(s, name=_said(s.name, locale)) for s in chart.series),
    )


def _figure(value: float | int | None, locale: str) -> str:
    return "–" if value is None else locales.number(int(value), locale)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
