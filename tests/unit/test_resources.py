"""The app's own files: fonts and icons come from the package, not from whatever the system has."""

from __future__ import annotations

import sys

import pytest
from reportlab.pdfbase import pdfmetrics

from app import resources
from app.application import StartupError, open_services
from app.db.engine import make_engine
from app.errors import UserError
from app.printing.fonts import fonts


def test_pdf_fonts_are_the_bundled_dejavu():
    regular, bold = fonts()
    for name in (regular, bold):
        path = pdfmetrics.getFont(name).face.filename
        assert path.startswith(str(resources.folder() / "fonts"))


def test_icon_pngs_exist_at_every_size():
    pngs = resources.icon_pngs()
    assert pngs[0].name == "regulars-16.png" and pngs[-1].name == "regulars-512.png"
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    assert (resources.folder() / "icons" / "regulars.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_server_url_without_psycopg_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the postgres extra were not installed
    with pytest.raises(UserError, match=r"regulars\[postgres\]"):
        make_engine("postgresql+psycopg://till@server/regulars")
    # Opening the shop says the same, instead of calling the URL unusable.
    with pytest.raises(StartupError, match=r"needs the psycopg driver"):
        open_services(str(tmp_path / "data"), "postgresql+psycopg://till@server/regulars")
