"""Where this till's window sits: restored from the till's own settings file, never larger than the screen,
and remembered when the window closes. The file is this computer's (app/till_settings.py), not the shop's."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app import till_settings
from app.errors import UserError
from app.ui import screen_fit

log = logging.getLogger(__name__)
PREFERRED = QSize(1280, 820)


class WindowPlace(QObject):
    """WindowPlace(window, data_folder): call `restore()` before showing; the place is saved at close."""

    def __init__(self, window: QWidget, folder: Path, preferred: QSize = PREFERRED) -> None:
        super().__init__(window)
        self.window, self.folder, self.preferred = window, Path(folder), preferred
        window.installEventFilter(self)

    def restore(self) -> QRect:
        saved = till_settings.load(self.folder).window
        if saved is not None:
            rect = QRect(*saved)
            screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
            area = screen.availableGeometry()
            size = rect.size().boundedTo(area.size()).expandedTo(QSize(320, 240))
            x = min(max(rect.x(), area.left()), area.right() - size.width() + 1)
            y = min(max(rect.y(), area.top()), area.bottom() - size.height() + 1)
            self.window.setGeometry(QRect(x, y, size.width(), size.height()))
        else:
            screen_fit.fit(self.window, self.preferred)
        return self.window.geometry()

    def save(self) -> None:
        geometry = self.window.normalGeometry() if self.window.isMaximized() else self.window.geometry()
        place = (geometry.x(), geometry.y(), geometry.width(), geometry.height())
        try:
            till_settings.save(self.folder, replace(till_settings.load(self.folder), window=place))
        except UserError as exc:  # a full disk must not stop the window closing
            log.warning("could not remember the window's place: %s", exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False
