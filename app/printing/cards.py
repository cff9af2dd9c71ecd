"""Loyalty cards as a vector PDF: one CR80 card per page, or Avery sheets of ten, each front page
optionally followed by its back page of stamp boxes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from os import PathLike
from typing import IO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from app.errors import UserError
from app.files import atomic_write
from app.messages import msg
from app.printing.card_faces import MIN_MODULE, draw_back_form, draw_front, draw_front_form, front_boxes
from app.printing.card_faces import qr_geometry as qr_geometry
from app.services.card_design import CardStyle
from app.services.cards import CardInfo

__all__ = ["LAYOUTS", "MIN_MODULE", "Layout", "qr_geometry", "render_cards"]


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

    def back_label(self, slot: int) -> tuple[float, float, float, float]:
        """Where the back of a slot's card goes: mirrored left to right, so a sheet printed on both sides
        (flipped on the long edge) puts each back behind its front."""
        x, y, w, h = self.label(slot)
        return self.page[0] - x - w, y, w, h


LAYOUTS = {
    "cr80": Layout("cr80", (85.60 * mm, 53.98 * mm), (85.60 * mm, 53.98 * mm), 1, 1, 0, 0),
    "avery-5371": Layout("avery-5371", LETTER, (3.5 * inch, 2 * inch), 2, 5, 0.75 * inch, 0.5 * inch),
    "avery-c32011": Layout("avery-c32011", A4, (85 * mm, 54 * mm), 2, 5, 15 * mm, 13.5 * mm, 10 * mm),
}


def render_cards(
    out: str | PathLike[str] | IO[bytes],
    cards: Sequence[tuple[CardInfo, str]],
    layout_name: str,
    style: CardStyle | str,
    print_names: bool = False,
    progress: Callable[[int, int], None] | None = None,
    back: bool = False,
) -> int:
    """Write the PDF to a file (which appears only when complete) or into an open one (an AtomicFile's, which
    the caller publishes once the cards are recorded as printed); returns the number of pages. A shop name
    alone as `style` prints the plain design, with names when `print_names` says so."""
    if layout_name not in LAYOUTS:
        raise ValueError(f"Unknown layout {layout_name!r}; choose one of {', '.join(LAYOUTS)}.")
    if isinstance(style, str):
        style = CardStyle(shop_name=style, print_names=print_names)
    if back and not style.stamps:
        raise UserError(
            msg.tr(
                "Stamp boxes go on the back of a stamp card, and this shop's loyalty rule is not one (or "
                "its first reward needs more than 20 stamps)."
            )
        )
    if isinstance(out, (str, PathLike)):
        with atomic_write(out, private=style.print_names) as handle:
            return render_cards(handle, cards, layout_name, style, progress=progress, back=back)
    layout = LAYOUTS[layout_name]
    w, h = layout.card
    canvas = Canvas(out, pagesize=layout.page, pageCompression=1)
    canvas.setTitle(f"{style.shop_name} loyalty cards")
    canvas.setCreator("Regulars")
    draw_front_form(canvas, "front", w, h, style)
    if back:
        draw_back_form(canvas, "back", w, h, style)
    boxes = front_boxes(w, h, style)
    pages = 0
    for first in range(0, len(cards), layout.per_page):
        sheet = cards[first : first + layout.per_page]
        for slot, (card, name) in enumerate(sheet):
            x, y, _w, _h = layout.label(slot)
            canvas.saveState()
            canvas.translate(x, y)
            shown = name if style.print_names else ""
            draw_front(canvas, "front", boxes, card.payload, card.short_code, shown, style)
            canvas.restoreState()
            done = first + slot + 1
            if progress and (done % 50 == 0 or done == len(cards)):
                progress(done, len(cards))
        canvas.showPage()
        pages += 1
        if back:
            for slot in range(len(sheet)):
                x, y, _w, _h = layout.back_label(slot)
                canvas.saveState()
                canvas.translate(x, y)
                canvas.doForm("back")
                canvas.restoreState()
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages
