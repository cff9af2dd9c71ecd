"""The app's own icon, drawn at every size so no desktop has to scale a bitmap."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app import resources


def app_icon() -> QIcon:
    icon = QIcon()
    for png in resources.icon_pngs():
        icon.addFile(str(png))
    return icon
