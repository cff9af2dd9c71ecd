"""Fonts for printed PDFs: one that covers the names of a diverse neighbourhood.

DejaVu Sans ships with the app (resources/fonts), so every system embeds the same font and no name
falls back to a box.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import resources

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def fonts() -> tuple[str, str]:
    """The regular and bold font names, registered with reportlab on first use."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(resources.font("DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resources.font("DejaVuSans-Bold.ttf"))))
    return REGULAR, BOLD
