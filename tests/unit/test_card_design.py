"""The printed card looks like the shop's: its logo, its colour, stamp boxes on the back, and a QR code whose
quiet zone nothing touches, on every layout at the design's sizes."""

import io
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics

from app.codes import qr
from app.errors import UserError
from app.printing.card_faces import back_boxes, fit, front_boxes, qr_box, stamp_grid
from app.printing.cards import LAYOUTS, qr_geometry, render_cards
from app.printing.fonts import fonts
from app.services.card_design import CardDesign, CardStyle, LogoError, prepare_logo

LONG_NAME = "Bartholomew Featherstonehaugh-Cholmondeley of Llanfairpwllgwyngyll"
LONG_SHOP = "The Corner Bakery & Patisserie of Upper Little Snoring"


def png(width: int, height: int, colour=(139, 69, 19, 255)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def styled(services, logo: bool = True, **settings) -> CardStyle:
    services.settings.set_many({"print_name_on_card": True, "shop_name": LONG_SHOP, **settings})
    design = CardDesign(services.db, services.settings)
    if logo:
        design.set_logo(png(300, 120))
    return design.style()


def render(pdf: Path, dpi: int, first: int = 1, last: int | None = None) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    pages = ["-f", str(first), "-l", str(last or first)]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", *pages, str(pdf), str(prefix)], check=True)
    return [Image.open(p).convert("L") for p in sorted(pdf.parent.glob(f"{prefix.name}-*.pgm"))]


def test_the_layouts_keep_the_designs_dimensions() -> None:
    us, a4, cr80 = LAYOUTS["avery-5371"], LAYOUTS["avery-c32011"], LAYOUTS["cr80"]
    assert us.page == LETTER and us.card == (3.5 * inch, 2 * inch) and (us.columns, us.rows) == (2, 5)
    assert us.label(0) == (0.75 * inch, LETTER[1] - 0.5 * inch - 2 * inch, 3.5 * inch, 2 * inch)
    assert a4.page == A4 and a4.card == (85 * mm, 54 * mm) and (a4.columns, a4.rows) == (2, 5)
    assert a4.label(0)[:2] == (15 * mm, A4[1] - 13.5 * mm - 54 * mm)
    assert a4.label(1)[0] == pytest.approx(15 * mm + 85 * mm + 10 * mm)
    assert cr80.page == cr80.card == (85.60 * mm, 53.98 * mm)
    for layout in LAYOUTS.values():
        assert qr_geometry(*layout.card)[1] >= 0.4 * mm, layout.name
        # The back of each card lands exactly behind its front when the sheet is flipped on the long edge.
        for slot in range(layout.per_page):
            other = slot ^ 1 if layout.columns == 2 else slot
            assert layout.back_label(slot) == pytest.approx(layout.label(other)), (layout.name, slot)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("logo", [True, False])
def test_no_text_or_drawing_touches_the_qr_code_and_its_quiet_zone(services, layout, logo) -> None:
    style = styled(services, logo)
    w, h = LAYOUTS[layout].card
    boxes = front_boxes(w, h, style)
    x0, y0, x1, y1 = boxes.pop("qr")
    assert x0 > 0 and x1 < w and y0 > 0 and y1 < h  # the quiet zone is on the card
    for part, (bx0, by0, bx1, by1) in boxes.items():
        assert bx1 <= x0 or bx0 >= x1 or by1 <= y0 or by0 >= y1, f"{part} overlaps the QR code"
    regular, bold = fonts()
    for text, font, size, part in ((LONG_SHOP, bold, 12, "shop"), (LONG_NAME, regular, 11, "name")):
        fitted, fitted_size = fit(text, font, size, boxes[part][2] - boxes[part][0])
        assert pdfmetrics.stringWidth(fitted, font, fitted_size) <= boxes[part][2] - boxes[part][0]


def pixels(page_height: float, x: float, y: float, box: tuple[float, ...]) -> tuple[int, ...]:
    """A box on a card at (x, y) as a 600 dpi pixel box: PDF y runs up, pixels run down."""
    scale = 600 / 72
    x0, y0, x1, y1 = box
    return tuple(round(v * scale) for v in (x + x0, page_height - y - y1, x + x1, page_height - y - y0))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_quiet_zone_prints_all_white_at_600_dpi(services, add, tmp_path, layout) -> None:
    style = styled(services, brand_colour="#1B1B1B")  # a dark band shows up as ink
    spec = LAYOUTS[layout]
    ids = [add(LONG_NAME + f" {n}") for n in range(spec.per_page)]
    pdf = tmp_path / "cards.pdf"
    render_cards(pdf, services.cards.for_printing(ids), layout, style)
    image = render(pdf, 600)[0]
    _size, module = qr_geometry(*spec.card)
    quiet = qr.QUIET_ZONE * module
    for slot in range(spec.per_page):
        x, y, w, h = spec.label(slot)
        qx0, qy0, qx1, qy1 = qr_box(w, h)
        outer = pixels(spec.page[1], x, y, (qx0, qy0, qx1, qy1))
        inner = pixels(spec.page[1], x, y, (qx0 + quiet, qy0 + quiet, qx1 - quiet, qy1 - quiet))
        ring = image.crop(outer)
        ox, oy = outer[:2]
        cut = (inner[0] - ox - 2, inner[1] - oy - 2, inner[2] - ox + 2, inner[3] - oy + 2)
        ring.paste(255, cut)  # the code itself, with a pixel of anti-aliasing either side
        assert ring.getextrema() == (255, 255), f"{layout} card {slot}: ink in the quiet zone"
        assert image.crop(inner).getextrema()[0] == 0  # and the code is there


def test_every_card_of_a_100_card_sheet_decodes(services, add, tmp_path) -> None:
    style = styled(services)
    ids = [add(f"{LONG_NAME} {n}") for n in range(100)]
    cards = services.cards.for_printing(ids)
    pdf = tmp_path / "hundred.pdf"
    assert render_cards(pdf, cards, "avery-c32011", style) == 10
    found = set()
    for image in render(pdf, 300, 1, 10):
        found |= {b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)}
    assert found == {card.payload for card, _name in cards}  # 100 of 100


def test_stamp_backs_follow_each_front_page_mirrored_for_avery_sheets(services, add, tmp_path) -> None:
    services.loyalty.add_reward("A free loaf", 8)
    style = styled(services)
    assert (style.stamps, style.reward) == (8, "A free loaf")
    ids = [add(name) for name in ("Zoë Martin", "Łukasz Nowak", "Søren Kierkegaard")]
    pdf = tmp_path / "sheet.pdf"
    assert render_cards(pdf, services.cards.for_printing(ids), "avery-c32011", style, back=True) == 2
    pages = PdfReader(pdf).pages
    assert (
        "Zoë Martin" in pages[0].extract_text() and "Collect 8 stamps: A free loaf" in pages[1].extract_text()
    )
    back = render(pdf, 72, 2)[0]
    spec = LAYOUTS["avery-c32011"]

    def inked(x: float, y: float, w: float, h: float) -> bool:
        return (
            back.crop((int(x), int(spec.page[1] - y - h), int(x + w), int(spec.page[1] - y))).getextrema()[0]
            < 128
        )

    # Cards 1 and 2 sit left and right on the front; their backs right and left; card 3's back on the right.
    assert inked(*spec.label(0)) and inked(*spec.label(1)) and inked(*spec.label(3))
    assert not inked(*spec.label(2))

    cr80 = tmp_path / "cr80.pdf"
    assert render_cards(cr80, services.cards.for_printing(ids), "cr80", style, back=True) == 6
    texts = [page.extract_text() for page in PdfReader(cr80).pages]
    assert ["stamps" in t for t in texts] == [False, True] * 3


def test_stamp_boxes_are_refused_when_customers_collect_points(services, add, tmp_path) -> None:
    style = styled(services, loyalty_mode="per_visit")
    assert style.stamps == 0
    with pytest.raises(UserError, match="Stamp boxes go on the back of a stamp card"):
        render_cards(tmp_path / "x.pdf", services.cards.for_printing([add("Ann")]), "cr80", style, back=True)
    assert not (tmp_path / "x.pdf").exists()


def test_the_stamp_grid_stays_inside_its_space() -> None:
    w, h = LAYOUTS["cr80"].card
    area = back_boxes(w, h)["stamps"]
    for count in (1, 6, 8, 10, 15, 20):
        boxes = stamp_grid(area, count)
        assert len(boxes) == count
        assert all(
            area[0] - 0.01 <= b[0] and b[2] <= area[2] + 0.01 and area[1] - 0.01 <= b[1] for b in boxes
        )
        assert all(b[3] <= area[3] + 0.01 for b in boxes)
        assert min(b[2] - b[0] for b in boxes) >= 6 * mm  # big enough for a rubber stamp


def test_the_logo_is_embedded_once_however_many_cards(services, add, tmp_path) -> None:
    style = styled(services)
    ids = [add(f"Person {n}") for n in range(30)]
    pdf = tmp_path / "logo.pdf"
    render_cards(pdf, services.cards.for_printing(ids), "avery-5371", style)
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    rows = [row for line in listed.stdout.splitlines()[2:] if (row := line.split())[2] == "image"]
    assert len(rows) == 30 and {row[10] for row in rows} == {rows[0][10]}  # 30 placements, one image object


def test_the_logo_is_kept_in_the_database_for_every_till(services, tmp_path) -> None:
    from app.application import open_services

    design = CardDesign(services.db, services.settings)
    assert design.style().logo is None
    big = prepare_logo(png(3000, 1000))
    assert (big.kind, big.width, big.height) == ("png", 800, 267)
    design.set_logo(png(3000, 1000))
    other_till = open_services(str(services.paths.root))
    try:
        assert CardDesign(other_till.db, other_till.settings).style().logo.width == 800
    finally:
        other_till.close()
    jpeg = io.BytesIO()
    Image.new("RGB", (200, 100), (200, 30, 30)).save(jpeg, "JPEG")
    assert design.set_logo(jpeg.getvalue()).kind == "jpeg"
    for junk, message in ((b"GIF89a....", "PNG or JPEG"), (b"\x89PNG\r\n\x1a\nbroken", "damaged")):
        with pytest.raises(LogoError, match=message):
            design.set_logo(junk)
    assert design.logo().kind == "jpeg"  # a refused file changes nothing
    assert design.clear_logo() and design.logo() is None and not design.clear_logo()


def test_the_brand_colour_is_checked_and_a_pale_one_keeps_text_readable(services) -> None:
    from app.printing.card_faces import INK, colours

    with pytest.raises(UserError, match="#RRGGBB"):
        services.settings.set("brand_colour", "brown")
    assert services.settings.get("brand_colour") == "#2E3D36"
    services.settings.set("brand_colour", "8b4513")
    assert services.settings.get("brand_colour") == "#8B4513"
    assert colours(CardStyle("Shop", colour="#F4C430"))[1:] == (INK, INK)
    assert colours(CardStyle("Shop", colour="#8B4513"))[2].hexval() == "0x8b4513"
