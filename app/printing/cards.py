"""Loyalty cards as a vector PDF: one CR80 card per page, or Avery sheets of ten."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from os import PathLike
from typing import IO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.codes import qr
from app.files import atomic_write
from app.printing.fonts import fonts
from app.services.cards import CardInfo

MIN_MODULE = 0.4 * mm


@dataclass(frozen=True)
class Layout:
    name: str
    page: tuple[float, float]
    card: tuple[float, float]
    columns: int
    rows: int
    left: float
    top: float
    column_gap: float = 0.0
    row_gap: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label(self, slot: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a label in PDF points, y from the bottom of the page."""
        column, row = slot % self.columns, slot // self.columns
        w, h = self.card
        x = self.left + column * (w + self.column_gap)
        y = self.page[1] - self.top - (row + 1) * h - row * self.row_gap
        return x, y, w, h


LAYOUTS = {
    "cr80": Layout("cr80", (85.60 * mm, 53.98 * mm), (85.60 * mm, 53.98 * mm), 1, 1, 0, 0),
    "avery-5371": Layout("avery-5371", LETTER, (3.5 * inch, 2 * inch), 2, 5, 0.75 * inch, 0.5 * inch),
    "avery-c32011": Layout("avery-c32011", A4, (85 * mm, 54 * mm), 2, 5, 15 * mm, 13.5 * mm, 10 * mm),
}


def render_cards(
    out: str | PathLike[str] | IO[bytes],
    cards: Sequence[tuple[CardInfo, str]],
    layout_name: str,
    shop_name: str,
    print_names: bool,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the PDF to a file (which appears only when complete) or into an open one (an AtomicFile's, which
    the caller publishes once the cards are recorded as printed); returns the number of pages."""
    if layout_name not in LAYOUTS:
        raise ValueError(f"Unknown layout {layout_name!r}; choose one of {', '.join(LAYOUTS)}.")
    if isinstance(out, (str, PathLike)):
        with atomic_write(out, private=print_names) as handle:
            return render_cards(handle, cards, layout_name, shop_name, print_names, progress)
    layout = LAYOUTS[layout_name]
    regular, bold = fonts()
    canvas = Canvas(out, pagesize=layout.page, pageCompression=1)
    canvas.setTitle(f"{shop_name} loyalty cards")
    canvas.setCreator("Regulars")
    pages = 0
    for n, (card, name) in enumerate(cards):
        slot = n % layout.per_page
        if slot == 0 and n:
            canvas.showPage()
        if slot == 0:
            pages += 1
        _draw_card(canvas, layout.label(slot), card, shop_name, name if print_names else "", regular, bold)
        if progress and (n % 50 == 49 or n == len(cards) - 1):
            progress(n + 1, len(cards))
    canvas.save()
    return pages


def _draw_card(canvas: Canvas, rect, card: CardInfo, shop: str, name: str, regular: str, bold: str) -> None:  # type: ignore[no-untyped-def]
    x, y, w, h = rect
    pad = 4 * mm
    # QR on the right, as tall as the card allows with its quiet zone inside the card.
    grid = qr.matrix(card.payload)
    size, module = qr_geometry(w, h, len(grid))
    qx, qy = x + w - size - 1 * mm, y + (h - size) / 2
    origin_x, origin_y = qx + qr.QUIET_ZONE * module, qy + size - qr.QUIET_ZONE * module
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row, column, length in qr.runs(grid):
        path.rect(origin_x + column * module, origin_y - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    # Text on the left.
    text_width = qx - x - pad
    canvas.setFillColorRGB(0.18, 0.24, 0.21)
    canvas.setFont(bold, _fit(shop, bold, 13, text_width))
    canvas.drawString(x + pad, y + h - pad - 10, shop)
    canvas.setFillColorRGB(0.45, 0.45, 0.42)
    canvas.setFont(regular, 7.5)
    canvas.drawString(x + pad, y + h - pad - 21, "Loyalty card · show it at the counter")
    if name:
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(regular, _fit(name, regular, 10, text_width))
        canvas.drawString(x + pad, y + h / 2 - 4, name)
    canvas.setFillColorRGB(0.2, 0.2, 0.2)
    code = card.short_code
    canvas.setFont("Courier", _fit(code, "Courier", 7, text_width))
    canvas.drawString(x + pad, y + pad + 2, code)


def qr_geometry(width: float, height: float, modules: int = 25) -> tuple[float, float]:
    """Side of the QR code (quiet zone included) and of one module, in points, for a card of this size."""
    size = min(height - 2 * mm, width * 0.45)
    module = size / (modules + 2 * qr.QUIET_ZONE)
    if module < MIN_MODULE:
        raise ValueError("The card is too small for a readable QR code.")
    return size, module


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size up to `size` at which the text fits the width (never below 5 pt)."""
    actual = pdfmetrics.stringWidth(text, font, size)
    return size if actual <= width else max(5.0, size * width / actual)
