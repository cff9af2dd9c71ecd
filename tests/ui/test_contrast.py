"""Text stays readable: every text colour the stylesheets use is at least 4.5:1 against each background it
is shown on (WCAG 2 contrast, from relative luminance), in the light and the dark theme alike."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QBarSeries, QChart, QLineSeries
from PySide6.QtGui import QColor
from reportlab.graphics.charts.barcharts import VerticalBarChart

from app.printing.chart_drawing import PALETTE, drawing
from app.services.charts_data import LINE, Chart, Series
from app.ui.chart_card import ChartCard, build_chart
from app.ui.style import DARK, LIGHT, Look, palette, stylesheet
from app.ui.theme import chart_colours

NORMAL, LARGE = 4.5, 3.0
# Text-only rules whose labels live inside a coloured container of their own.
INSIDE = {"#complaintText": ["#complaintCue"], "#undoText": ["#undoBar"], "#shopName": ["#header"]}
# Rules that carry no text of their own: scroll bars, the progress chunk, a disabled button (WCAG exempts it).
NO_TEXT = ("QScrollBar", "::chunk", ":disabled", "QMainWindow", ":focus")


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Selector → its declarations (a selector written twice has its declarations merged)."""
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (d.partition(":") for d in body.split(";"))
            if value.strip()
        )
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


def colour(value: str | None) -> str | None:
    """#rrggbb for a colour a rule names (hex or a name such as white); None for none or transparent."""
    if not value or not QColor.isValidColorName(value) or QColor(value).alpha() == 0:
        return None
    return QColor(value).name()


def is_large(declarations: dict[str, str], base_pt: float) -> bool:
    size = re.fullmatch(r"([\d.]+)pt", declarations.get("font-size", ""))
    pt = float(size.group(1)) if size else base_pt
    bold = declarations.get("font-weight", "") in ("600", "700", "bold")
    return pt >= 18 or (bold and pt >= 14)


def text_pairs(sheet: str, base_pt: float) -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, the ratio it needs) for every text a rule can put on screen."""
    found = rules(sheet)
    default_text = colour(found["QWidget"]["color"])
    header = colour(found["#header"]["background"])
    pages = [colour(found["QDialog"]["background"]), colour(found["QFrame#panel"]["background"])]
    pairs = []
    for selector, own_declarations in found.items():
        if any(part in selector for part in NO_TEXT) or selector in ("#header", "QWidget"):
            continue
        plain = selector.removesuffix(":hover")  # a hover keeps what the plain state does not change
        declarations = {**found.get(plain, {}), **own_declarations}
        in_header = selector.startswith("#header")
        text = colour(declarations.get("color")) or (
            colour(found["#shopName"]["color"]) if in_header else default_text
        )
        own = colour(declarations.get("background"))
        below = (
            [own]
            if own
            else [header]
            if in_header
            else [colour(found[c]["background"]) for c in INSIDE[selector]]
            if selector in INSIDE
            else pages
        )
        need = LARGE if is_large(declarations, base_pt) else NORMAL
        pairs += [(selector, text, background, need) for background in below]
    return pairs


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("base_pt", [9.0, 10.5, 12.0])
def test_every_text_in_the_stylesheet_is_readable(look: Look, base_pt: float) -> None:
    pairs = text_pairs(stylesheet(look, base_pt), base_pt)
    assert len(pairs) > 25  # the parser found the window's texts
    poor = [
        f"{selector}: {text} on {background} is {contrast(text, background):.2f}:1"
        for selector, text, background, need in pairs
        if contrast(text, background) < need
    ]
    assert poor == []


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
def test_text_painted_by_hand_is_readable(look: Look) -> None:
    """The results list and the visits table paint their own rows; the Qt palette colours standard widgets."""
    rows = (look.surface, look.selected, look.hover)
    pairs = [(text, row) for text in (look.text, look.subtle, look.badge_text) for row in rows]
    pairs += [(look.on_accent, look.accent), (look.on_accent, look.alert), (look.text, look.item)]
    pairs += [(look.subtle, look.window), (look.accent_text, look.surface), (look.alert_text, look.error)]
    poor = [f"{t} on {b}: {contrast(t, b):.2f}:1" for t, b in pairs if contrast(t, b) < NORMAL]
    assert poor == []


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
def test_the_keyboard_focus_ring_stands_out(look: Look) -> None:
    """WCAG asks 3:1 for what is not text: the ring around the focused button against what is around it."""
    sheet = rules(stylesheet(look))
    rings = {
        s: colour(d["border"].split()[-1]) for s, d in sheet.items() if s.endswith(":focus") and "border" in d
    }
    buttons = {"QPushButton:focus", "#itemButton:focus", "#bigAction:focus"}
    assert set(rings) >= buttons | {"#header QPushButton:focus", "#servingPicker:focus"}

    def around(selector: str) -> tuple[str, ...]:
        return (look.header,) if selector.startswith("#header") else (look.window, look.surface)

    assert [(s, r, b) for s, r in rings.items() for b in around(s) if contrast(r, b) < LARGE] == []
    search = colour(sheet["#searchBox:focus"]["border-color"])
    assert contrast(search, colour(sheet["#header"]["background"])) >= LARGE


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
def test_every_chart_series_stands_out_from_the_plot(look: Look) -> None:
    """A chart is drawn straight on its panel (no background of its own): each series' colour needs 3:1
    against the panel, as WCAG asks of what is not text."""
    colours = chart_colours(look)
    assert len(set(colours)) == len(colours) == 8
    poor = [f"{c}: {contrast(c, look.surface):.2f}:1" for c in colours if contrast(c, look.surface) < LARGE]
    assert poor == []


VISITS = Chart(
    "visits_per_week",
    "Visits per week",
    ("1 Dec", "8 Dec"),
    (Series("Visits", (12, 15)), Series("Regulars", (4, 6)), Series("Share", (30, 40), LINE)),
)


def test_printed_charts_stand_out_from_white_paper() -> None:
    """The day report and the monthly PDF draw the same charts on white paper, in the light series colours."""
    bars = next(part for part in drawing(VISITS, 300, 160).contents if isinstance(part, VerticalBarChart))
    used = {bars.bars[n].fillColor.hexval().replace("0x", "#").lower() for n in range(2)}
    assert used == set(chart_colours(LIGHT)[:2])
    poor = [c for c in PALETTE if contrast(c, "#ffffff") < LARGE]
    assert poor == []


def series_colours(view: QChart) -> list[str]:
    """The bars' colours, then the line's."""
    bars = next(s for s in view.series() if isinstance(s, QBarSeries)).barSets()
    line = next(s for s in view.series() if isinstance(s, QLineSeries))
    return [b.color().name() for b in bars] + [line.pen().color().name()]


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
def test_a_chart_on_screen_takes_its_colours_from_the_theme(qapp, look: Look) -> None:
    qapp.setPalette(palette(look))
    try:
        view = build_chart(VISITS)
    finally:
        qapp.setPalette(palette(LIGHT))
    # No background of its own: the panel shows through.
    assert not view.isBackgroundVisible() and not view.isPlotAreaBackgroundVisible()
    painted = series_colours(view)
    assert painted == list(chart_colours(look)[:3])
    assert min(contrast(c, look.surface) for c in painted) >= LARGE


def test_an_open_chart_follows_the_theme_when_it_changes(qtbot, qapp) -> None:
    card = ChartCard(VISITS)
    qtbot.addWidget(card)
    card.show()
    assert series_colours(card.view.chart()) == list(chart_colours(LIGHT)[:3])
    try:
        qapp.setPalette(palette(DARK))
        qtbot.waitUntil(
            lambda: series_colours(card.view.chart()) == list(chart_colours(DARK)[:3]), timeout=2000
        )
    finally:
        qapp.setPalette(palette(LIGHT))
    qtbot.waitUntil(lambda: series_colours(card.view.chart()) == list(chart_colours(LIGHT)[:3]), timeout=2000)


def test_the_contrast_sums_agree_with_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast("#2f6f4f", "#2f6f4f") == pytest.approx(1.0)
    # The parser sees a declaration a person would: the search box's own colours.
    search = rules(stylesheet(DARK))["#searchBox"]
    assert (colour(search["background"]), colour(search["color"])) == (DARK.surface, DARK.text)
