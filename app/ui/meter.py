"""A slim progress meter towards the next reward.

QProgressBar repaints itself synchronously on every setValue, which cost a few milliseconds on each scan;
this one asks for an ordinary update and paints two rounded bars.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.style import look_of

HEIGHT = 12


class Meter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.maximum = 0, 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_progress(self, value: int, maximum: int, description: str = "") -> None:
        self.value, self.maximum = max(0, min(value, maximum)), max(1, maximum)
        self.setAccessibleDescription(
            description or self.tr("{points} of {goal}").format(points=self.value, goal=self.maximum)
        )
        self.update()

    def show_points(self, points: int, goal: int) -> None:
        """Points (or stamps) towards the goal, both numbers from the profile."""
        self.set_progress(
            points, goal, self.tr("{points} of {goal}").format(points=points, goal=max(1, goal))
        )

    def sizeHint(self) -> QSize:
        return QSize(120, HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(0, (self.height() - HEIGHT) / 2, self.width(), HEIGHT)
        look = look_of(self.palette())
        painter.setBrush(QColor(look.track))
        painter.drawRoundedRect(track, HEIGHT / 2, HEIGHT / 2)
        if self.value:
            filled = QRectF(track)
            filled.setWidth(max(HEIGHT, track.width() * self.value / self.maximum))
            painter.setBrush(QColor(look.accent))
            painter.drawRoundedRect(filled, HEIGHT / 2, HEIGHT / 2)
