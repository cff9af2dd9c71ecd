"""What the profile needs from the shop about a customer's card: its state, issuing it, printing it."""

import pytest
from pypdf import PdfReader

from app.errors import NotFound
from app.services.card_design import LogoError
from app.services.customers import CustomerInput
from app.shop import Shop


def test_the_profile_sees_the_card_state_and_can_issue_and_print_it(services, tmp_path) -> None:
    shop = Shop(services)
    zoe = services.customers.add(CustomerInput(name="Zoë Martin"))
    assert shop.cards.state(zoe).state == "none"
    issued = shop.cards.issue(zoe)
    assert issued.changes.cards and issued.value.state == "unprinted" and issued.value.short_code
    out = tmp_path / "zoe.pdf"
    written = shop.cards.print_card(zoe, out)
    assert written.value == out and len(PdfReader(out).pages) == 1
    state = shop.cards.state(zoe)
    assert state.state == "printed" and state.short_code == issued.value.short_code
    assert state.printed_at is not None

    # Printing for someone without a card issues one on the way, with its back when asked.
    ann = services.customers.add(CustomerInput(name="Ann Lee"))
    shop.cards.print_card(ann, tmp_path / "ann.pdf", back=True)
    assert shop.cards.state(ann).state == "printed" and len(PdfReader(tmp_path / "ann.pdf").pages) == 2
    with pytest.raises(NotFound, match="no customer number 999"):
        shop.cards.state(999)


def test_the_look_is_read_and_the_logo_set_through_the_shop(services, tmp_path) -> None:
    shop = Shop(services)
    assert shop.cards.look().logo is None and shop.cards.look().stamps == 10
    with pytest.raises(LogoError, match=r"Could not read missing\.png"):
        shop.cards.set_logo_file(tmp_path / "missing.png")
    jpeg = tmp_path / "logo.jpg"
    from PIL import Image

    Image.new("RGB", (120, 60), (200, 40, 40)).save(jpeg, "JPEG")
    assert shop.cards.set_logo_file(jpeg).value.kind == "jpeg"
    look = shop.cards.look()
    assert (look.logo.width, look.logo.height) == (120, 60) and look.logo_bytes == jpeg.read_bytes()
    shop.cards.clear_logo()
    assert shop.cards.look().logo is None
