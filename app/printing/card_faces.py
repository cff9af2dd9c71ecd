"""The two faces of a card, drawn at the origin in a card-sized box.

Every part has its box worked out first (`front_boxes`, `back_boxes`), so a test can check that nothing
touches the QR code and its quiet zone. What is the same on every card (logo, band, shop name, the whole
back) is drawn once as a PDF form and placed per card: the logo is embedded once however many cards.
"""

from __future__ import annotations

import io
import math

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.codes import qr
from app.services.card_design import CardStyle

MIN_MODULE = 0.4 * mm
PAD = 4 * mm
GAP = 1.5 * mm  # between the text and the QR code's quiet zone
BAND = 8 * mm
INSET = 1.5 * mm  # printers leave an edge unprinted and labels are cut a little off
LOGO_HEIGHT, LOGO_WIDTH = 13 * mm, 22 * mm
MIN_TEXT = 5.5
INK, GREY = HexColor("#1A1A1A"), HexColor("#6B6B66")
CODE_FONT = "Courier-Bold"
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points from the card's lower left corner


def qr_geometry(width: float, height: float, modules: int = 25) -> tuple[float, float]:
    """Side of the QR code (quiet zone included) and of one module, in points, for a card of this size."""
    size = min(height - 2 * mm, width * 0.43)
    module = size / (modules + 2 * qr.QUIET_ZONE)
    if module < MIN_MODULE:
        raise ValueError("The card is too small for a readable QR code.")
    return size, module


def qr_box(width: float, height: float) -> Box:
    """The QR code with its quiet zone: on the right, centred, 1 mm in from the edge."""
    size, _module = qr_geometry(width, height)
    x0, y0 = width - size - 1 * mm, (height - size) / 2
    return x0, y0, x0 + size, y0 + size


def logo_size(style: CardStyle) -> tuple[float, float]:
    """The logo scaled to fit its space, keeping its shape; (0, 0) without a logo."""
    if style.logo is None:
        return 0.0, 0.0
    scale = min(LOGO_WIDTH / style.logo.width, LOGO_HEIGHT / style.logo.height)
    return style.logo.width * scale, style.logo.height * scale


def front_boxes(width: float, height: float, style: CardStyle) -> dict[str, Box]:
    code = qr_box(width, height)
    right = code[0] - GAP
    top = height - PAD
    lw, lh = logo_size(style)
    boxes = {"qr": code, "band": (INSET, INSET, right, BAND)}
    text_left = PAD
    if lw:
        boxes["logo"] = (PAD, top - lh, PAD + lw, top)
        if right - (PAD + lw + 2 * mm) >= 24 * mm:  # room beside it for the shop's name
            text_left = PAD + lw + 2 * mm
        else:
            top -= lh + 1.5 * mm
    boxes["shop"] = (text_left, top - 12, right, top)
    boxes["subtitle"] = (text_left, top - 22, right, top - 14)
    above = min(boxes["subtitle"][1], boxes["logo"][1] if lw else top)  # the lowest part of the heading
    middle = (BAND + above) / 2
    boxes["name"] = (PAD, middle - 5, right, middle + 7)
    boxes["code"] = (PAD, 2.4 * mm, right - 1 * mm, BAND - 2.4 * mm)
    return boxes


def back_boxes(width: float, height: float) -> dict[str, Box]:
    top = height - PAD
    boxes = {"shop": (PAD, top - 11, width - PAD, top), "rule": (PAD, top - 21, width - PAD, top - 13)}
    boxes["stamps"] = (PAD, BAND + 2.5 * mm, width - PAD, top - 24)
    boxes["band"] = (INSET, INSET, width - INSET, BAND)
    return boxes


def stamp_grid(area: Box, count: int) -> list[Box]:
    """Square boxes in even rows, as large as the area allows."""
    x0, y0, x1, y1 = area
    rows = 1 if count <= 6 else 2 if count <= 14 else 3
    columns = math.ceil(count / rows)
    gap = 2 * mm
    side = min((x1 - x0 - (columns - 1) * gap) / columns, (y1 - y0 - (rows - 1) * gap) / rows)
    left = x0 + (x1 - x0 - columns * side - (columns - 1) * gap) / 2
    top = y1 - (y1 - y0 - rows * side - (rows - 1) * gap) / 2
    boxes = []
    for n in range(count):
        row, column = divmod(n, columns)
        bx, by = left + column * (side + gap), top - (row + 1) * side - row * gap
        boxes.append((bx, by, bx + side, by + side))
    return boxes


def colours(style: CardStyle) -> tuple[Color, Color, Color]:
    """Brand colour, text on it, and the shop name's colour: a pale brand colour would vanish as text."""
    brand = HexColor(style.colour)
    light = 0.2126 * brand.red + 0.7152 * brand.green + 0.0722 * brand.blue > 0.6
    return brand, INK if light else HexColor("#FFFFFF"), INK if light else brand


def draw_front_form(canvas: Canvas, name: str, width: float, height: float, style: CardStyle) -> None:
    """What every front has in common, as a form placed per card."""
    boxes = front_boxes(width, height, style)
    brand, _on_brand, title = colours(style)
    fonts = _fonts()
    canvas.beginForm(name, 0, 0, width, height)
    canvas.setFillColor(brand)
    canvas.roundRect(*_rect(boxes["band"]), 1.5 * mm, stroke=0, fill=1)
    if style.logo is not None:
        x0, y0, x1, y1 = boxes["logo"]
        image = ImageReader(io.BytesIO(style.logo.content))
        canvas.drawImage(image, x0, y0, x1 - x0, y1 - y0, mask="auto")
    _text(canvas, style.shop_name, fonts[1], 12, boxes["shop"], title)
    _text(canvas, "Loyalty card", fonts[0], 7.5, boxes["subtitle"], GREY)
    canvas.endForm()


def draw_front(
    canvas: Canvas,
    form: str,
    boxes: dict[str, Box],
    payload: str,
    short_code: str,
    name: str,
    style: CardStyle,
) -> None:
    """One card's front at the origin: the shared form, then the name, the code and the QR."""
    canvas.doForm(form)
    if name:
        _text(canvas, name, _fonts()[0], 11, boxes["name"], INK)
    _text(canvas, short_code, CODE_FONT, 8, boxes["code"], colours(style)[1])
    x0, y0, x1, _y1 = boxes["qr"]
    grid = qr.matrix(payload)
    module = (x1 - x0) / (len(grid) + 2 * qr.QUIET_ZONE)
    origin_x, origin_y = x0 + qr.QUIET_ZONE * module, y0 + (x1 - x0) - qr.QUIET_ZONE * module
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row, column, length in qr.runs(grid):
        path.rect(origin_x + column * module, origin_y - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)


def draw_back_form(canvas: Canvas, name: str, width: float, height: float, style: CardStyle) -> None:
    """The back: the shop's name, what a full card earns, and a box for each stamp."""
    boxes = back_boxes(width, height)
    brand, on_brand, title = colours(style)
    regular, bold = _fonts()
    canvas.beginForm(name, 0, 0, width, height)
    _text(canvas, style.shop_name, bold, 11, boxes["shop"], title)
    goal = f": {style.reward}" if style.reward else ""
    _text(canvas, f"Collect {style.stamps} stamps{goal}", regular, 7.5, boxes["rule"], GREY)
    canvas.setLineWidth(0.8)
    canvas.setStrokeColor(title)  # the brand colour, unless too pale to see
    squares = stamp_grid(boxes["stamps"], style.stamps)
    # A pale wash of the brand colour, mixed by hand: transparency would not survive inside a PDF form.
    tint = Color(*(0.85 + 0.15 * part for part in (brand.red, brand.green, brand.blue)))
    for n, (x0, y0, x1, y1) in enumerate(squares):
        last = n == len(squares) - 1
        canvas.setFillColor(tint)
        canvas.roundRect(x0, y0, x1 - x0, y1 - y0, 1.5 * mm, stroke=1, fill=1 if last else 0)
        if last:
            label = (x0 + 1, y0 + (y1 - y0) / 2 - 3, x1 - 1, y0 + (y1 - y0) / 2 + 5)
            _text(canvas, "free", bold, 7, label, title, centred=True)
    canvas.setFillColor(brand)
    canvas.roundRect(*_rect(boxes["band"]), 1.5 * mm, stroke=0, fill=1)
    _text(canvas, "Thank you for coming back", regular, 7, (PAD, 2.6 * mm, width - PAD, BAND), on_brand)
    canvas.endForm()


def fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """The text and the largest size up to `size` at which it fits the width; below MIN_TEXT it is cut
    short with an ellipsis instead, so it can never run into the QR code."""
    actual = pdfmetrics.stringWidth(text, font, size)
    if actual <= width:
        return text, size
    size = max(MIN_TEXT, size * width / actual * 0.995)
    while text and pdfmetrics.stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 1 else ""
    return text, size


def _text(
    canvas: Canvas, text: str, font: str, size: float, box: Box, colour: Color, centred: bool = False
) -> None:
    x0, y0, x1, _y1 = box
    text, size = fit(text, font, size, x1 - x0)
    canvas.setFillColor(colour)
    canvas.setFont(font, size)
    if centred:
        canvas.drawCentredString((x0 + x1) / 2, y0, text)
    else:
        canvas.drawString(x0, y0 + 0.22 * size, text)


def _rect(box: Box) -> tuple[float, float, float, float]:
    return box[0], box[1], box[2] - box[0], box[3] - box[1]


def _fonts() -> tuple[str, str]:
    from app.printing.fonts import fonts

    return fonts()
