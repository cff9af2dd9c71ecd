import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.codes import tokens
from app.printing.cards import LAYOUTS, qr_geometry, render_cards
from app.services.cards import CardError

DPI = 200


def test_tokens_are_100_random_bits_in_crockford_base32() -> None:
    made = {tokens.new_token() for _ in range(2000)}
    assert len(made) == 2000
    assert all(len(t) == 20 and set(t) <= set(tokens.ALPHABET) for t in made)


def test_payloads_forgive_case_and_crockford_confusions() -> None:
    token = "0123456789ABCDEFGHJK"
    assert tokens.parse("rgl" + token.lower()) == token
    assert tokens.parse("RGLO123456789ABCDEFGHJK") == token  # O for 0
    assert tokens.parse("RGL0L23456789ABCDEFGHJK") == token  # L for 1
    assert tokens.parse(tokens.short_form(token)) == token
    assert tokens.parse("RGL123") is None and tokens.parse("XYZ0123456789ABCDEFGHJK") is None


def test_a_card_code_on_its_way_is_told_from_a_name() -> None:
    token = tokens.new_token()
    assert tokens.begun("RGL" + token[:1]) and tokens.begun("rgl-" + token[:7].lower())
    assert tokens.begun(tokens.short_form(token)[:9])
    assert tokens.begun(tokens.payload(token)) and tokens.begun(
        tokens.short_form(token).lower()
    )  # whole, too
    assert not tokens.begun("RGL") and not tokens.begun("R")  # a name may still start so
    assert not tokens.begun("rglu") and not tokens.begun("RGL" + token + "0")  # no U in a code; too long


def test_issue_reissue_revoke_and_what_a_scan_says(services, add) -> None:
    cid = add("Zoë")
    first = services.cards.issue(cid)
    assert services.cards.resolve(first.payload.lower()) == cid
    with pytest.raises(CardError, match="already has a card"):
        services.cards.issue(cid)
    services.loyalty.adjust(cid, 7, "welcome")
    second = services.cards.reissue(cid)
    assert second.token != first.token and services.cards.resolve(second.payload) == cid
    with pytest.raises(CardError, match="replaced by a newer one"):
        services.cards.resolve(first.payload)
    assert services.loyalty.balance(cid) == 7  # the balance stays with the customer
    services.cards.revoke(cid)
    with pytest.raises(CardError, match="revoked"):
        services.cards.resolve(second.payload)
    with pytest.raises(CardError, match="Unknown card"):
        services.cards.resolve(tokens.payload(tokens.new_token()))
    with pytest.raises(CardError, match="not a Regulars card"):
        services.cards.resolve("hello")


def render_pages(pdf: Path, tmp_path: Path) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(tmp_path / "page")], check=True)
    return [Image.open(p).convert("L") for p in sorted(tmp_path.glob("page-*.png"))]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_printed_cards_decode_back_to_their_customers_inside_their_labels(
    services, add, tmp_path, layout
) -> None:
    ids = [
        add(name)
        for name in (
            "Zoë Martin",
            "Łukasz Nowak",
            "Søren Kierkegaard",
            "Nguyễn Văn An",
            "Ann Lee",
            "Bo",
            "Cy",
            "Di",
            "Ed",
            "Flo",
            "Gus",
            "Hal",
        )
    ]
    services.settings.set("print_name_on_card", True)
    cards = services.cards.for_printing(ids)
    pdf = tmp_path / "cards.pdf"
    pages = render_cards(pdf, cards, layout, "The Corner Bakery", True)
    services.cards.record_printing(cards)  # the new cards exist from here on
    spec = LAYOUTS[layout]
    assert pages == -(-len(ids) // spec.per_page)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "The Corner Bakery" in text and "Łukasz Nowak" in text and cards[0][0].short_code in text
    found = {}
    scale = DPI / 72
    for page_number, image in enumerate(render_pages(pdf, tmp_path)):
        page_height = image.height
        for barcode in zxingcpp.read_barcodes(image):
            position = barcode.position
            cx = (position.top_left.x + position.bottom_right.x) / 2 / scale
            cy = (page_height - (position.top_left.y + position.bottom_right.y) / 2) / scale
            found[barcode.text] = (page_number, cx, cy)
    assert len(found) == len(ids)
    for n, (card, _name) in enumerate(cards):
        page_number, cx, cy = found[card.payload]
        x, y, w, h = spec.label(n % spec.per_page)
        assert page_number == n // spec.per_page
        assert x < cx < x + w and y < cy < y + h, f"card {n} not inside its label"
        assert services.cards.resolve(barcode_text := card.payload) == cards[n][0].customer_id, barcode_text


def test_every_card_stays_inside_its_label_and_modules_are_large_enough(services, add, tmp_path) -> None:
    ids = [add(f"Person {n}") for n in range(10)]
    pdf = tmp_path / "sheet.pdf"
    render_cards(
        pdf, services.cards.for_printing(ids), "avery-c32011", "A very long shop name indeed, Ltd.", False
    )
    image = render_pages(pdf, tmp_path)[0]
    scale = DPI / 72
    spec = LAYOUTS["avery-c32011"]
    inside = Image.new("L", image.size, 0)
    for slot in range(spec.per_page):
        x, y, w, h = spec.label(slot)
        box = (
            int(x * scale) + 1,
            int((spec.page[1] - y - h) * scale) + 1,
            int((x + w) * scale) - 1,
            int((spec.page[1] - y) * scale) - 1,
        )
        inside.paste(255, box)
    ink = image.point(lambda p: 255 if p < 128 else 0)
    assert ImageChops.subtract(ink, inside).getbbox() is None  # no ink outside the labels
    assert ink.getbbox() is not None
    for layout in LAYOUTS.values():
        assert qr_geometry(*layout.card)[1] >= 0.4 * mm
