"""Render resources/icons/regulars.svg to the PNG sizes desktops ask for and a Windows .ico.

Run after editing the SVG and commit what it writes:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
Qt's own SVG renderer draws the PNGs (it is installed with the app anyway); Pillow packs the .ico.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # .ico stops at 256


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        sys.exit(f"could not write {out}")


def main() -> None:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "regulars.svg"))
    if not renderer.isValid():
        sys.exit("resources/icons/regulars.svg is not a valid SVG")
    (ICONS / "png").mkdir(exist_ok=True)
    for size in SIZES:
        render(renderer, size, ICONS / "png" / f"regulars-{size}.png")
    # Each size drawn from the vector, not scaled down from the largest bitmap.
    frames = [Image.open(ICONS / "png" / f"regulars-{size}.png") for size in ICO_SIZES]
    frames[-1].save(ICONS / "regulars.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    print(f"wrote {len(SIZES)} PNGs and regulars.ico to {ICONS}")


if __name__ == "__main__":
    main()
