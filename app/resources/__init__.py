"""Where the bundled fonts and icons live, in a checkout, a wheel and the PyInstaller build alike.

The files sit in the top-level resources/ folder. A wheel carries a copy as app/resources/data (setup.py's
build step), and so does the PyInstaller build (packaging/regulars.spec); an editable install and a
checkout read resources/ itself.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import AppError

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def folder() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parents[1] / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise AppError("The app's own fonts and icons are missing. Reinstall Regulars to put them back.")


def font(name: str) -> Path:
    return folder() / "fonts" / name


def icon_pngs() -> list[Path]:
    """The app icon drawn at each size, smallest first."""
    icons = folder() / "icons" / "png"
    return [icons / f"regulars-{size}.png" for size in ICON_SIZES]
