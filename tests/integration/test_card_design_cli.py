"""The owner sets the card's logo and colour from the command line and prints stamp boxes on the back; the
logo lives in the database, so every till sharing it prints the same card."""

import io
import subprocess

from PIL import Image
from pypdf import PdfReader


def test_logo_colour_and_stamp_backs_from_the_command_line(cli, tmp_path) -> None:
    for name in ("Zoë Martin", "Łukasz Nowak", "Søren Kierkegaard"):
        cli.run("customers", "add", "--name", name)
    logo = tmp_path / "logo.png"
    picture = io.BytesIO()
    Image.new("RGB", (1600, 800), (139, 69, 19)).save(picture, "PNG")
    logo.write_bytes(picture.getvalue())

    assert cli.json("cards", "logo", str(logo)) == {"logo": {"kind": "png", "width": 800, "height": 400}}
    refused = cli.run("cards", "logo", str(tmp_path / "missing.png"), check=False)
    assert (
        refused.returncode == 1 and refused.stderr == f"regulars: There is no file {tmp_path}/missing.png.\n"
    )
    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    refused = cli.run("cards", "logo", str(not_a_picture), check=False)
    assert refused.returncode == 1 and "must be a PNG or JPEG" in refused.stderr
    refused = cli.run("cards", "colour", "brown", check=False)
    assert refused.returncode == 1 and "#RRGGBB" in refused.stderr
    assert cli.json("cards", "colour", "8b4513") == {"brand_colour": "#8B4513"}

    out = tmp_path / "out" / "cards.pdf"
    out.parent.mkdir()
    ids = [arg for n in (1, 2, 3) for arg in ("--customer", str(n))]
    cli.run("cards", "print", "--out", str(out), "--layout", "avery-c32011", "--back", *ids)
    pages = PdfReader(out).pages
    assert len(pages) == 2 and "Collect 10 stamps" in pages[1].extract_text()
    listed = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
    images = [row for line in listed.stdout.splitlines()[2:] if (row := line.split())[2] == "image"]
    assert len(images) == 3 and len({row[10] for row in images}) == 1  # three cards, one embedded logo

    assert "without a logo" in cli.run("cards", "logo", "--clear").stdout
    assert "There was no logo" in cli.run("cards", "logo", "--clear").stdout
    refused = cli.run("cards", "logo", check=False)
    assert refused.returncode == 1 and "--clear" in refused.stderr
    again = tmp_path / "out" / "again.pdf"
    cli.run("cards", "print", "--out", str(again), "--layout", "cr80", *ids)
    assert len(PdfReader(again).pages) == 3
    assert (
        subprocess.run(["pdfimages", "-list", str(again)], capture_output=True, text=True).stdout.count(
            "image"
        )
        == 0
    )


def test_a_logo_chosen_at_one_till_prints_at_another(any_services, tmp_path) -> None:
    from app.application import open_services
    from app.services.card_design import CardDesign

    picture = io.BytesIO()
    Image.new("RGBA", (300, 150), (139, 69, 19, 255)).save(picture, "PNG")
    CardDesign(any_services.db, any_services.settings).set_logo(picture.getvalue())
    any_services.settings.set("brand_colour", "#8B4513")
    other = open_services(str(tmp_path / "other-till"), any_services.url)
    try:
        style = CardDesign(other.db, other.settings).style()
        assert (style.logo.width, style.logo.content, style.colour) == (300, picture.getvalue(), "#8B4513")
        assert CardDesign(other.db, other.settings).clear_logo(actor="till 2")
    finally:
        other.close()
    assert CardDesign(any_services.db, any_services.settings).logo() is None
