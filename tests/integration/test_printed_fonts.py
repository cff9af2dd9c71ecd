"""Printed PDFs embed the bundled DejaVu Sans, so every name prints the same on any system."""

from __future__ import annotations

import re
import subprocess

import pytest

from app.application import open_services

# Ł, ễ, Đ, Ø and Ç: letters a Helvetica fallback or a missing system font would turn into boxes.
LETTERS = "ŁễĐØÇ"
NAME = "Łukasz Nguyễn-Đặng Øberg Çelik"
SHOP = "Çay & Ølbrød Łódź · Nguyễn Đà Nẵng"  # on every one of the three PDFs


@pytest.fixture
def printed(cli, tmp_path):
    services = open_services(str(cli.data_dir))
    services.settings.set("shop_name", SHOP)
    services.close()
    cli.run("customers", "add", "--name", NAME)
    cli.run("visits", "record", "1")
    cli.run("cards", "issue", "1")
    pdfs = {
        "card sheet": tmp_path / "cards.pdf",
        "day report": tmp_path / "day.pdf",
        "data request": tmp_path / "person.pdf",
    }
    cli.run("cards", "print", "--out", str(pdfs["card sheet"]), "--customer", "1")
    cli.run("export", "visits", "--date", "today", "--format", "pdf", "--out", str(pdfs["day report"]))
    cli.run(
        "customers", "export-data", "1", "--out", str(tmp_path / "p.json"), "--pdf", str(pdfs["data request"])
    )
    return pdfs


def embedded_fonts(pdf) -> set[str]:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]  # after the header and its underline
    # Each row: name, type, encoding, then emb/sub/uni as yes/no; a subset name looks like ABCDEF+DejaVuSans.
    return {re.sub(r"^[A-Z]{6}\+", "", row.split()[0]) for row in rows if row.split()[-5] == "yes"}


@pytest.mark.parametrize("kind", ["card sheet", "day report", "data request"])
def test_pdf_embeds_dejavu_and_keeps_every_letter(printed, kind):
    pdf = printed[kind]
    assert "DejaVuSans" in embedded_fonts(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for letter in LETTERS:
        assert letter in text, f"{letter} is missing from the {kind}"
