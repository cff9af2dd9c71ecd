"""Fonts for printed PDFs: one that covers the names of a diverse neighbourhood."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
]


def fonts() -> tuple[str, str]:
    """A font with Ł, ő, ễ and friends where the system has one; Helvetica otherwise."""
    for regular, bold in FONT_CANDIDATES:
        if Path(regular).exists() and Path(bold).exists():
            if "CardSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("CardSans", regular))
                pdfmetrics.registerFont(TTFont("CardSans-Bold", bold))
            return "CardSans", "CardSans-Bold"
    return "Helvetica", "Helvetica-Bold"
