"""Windows open no larger than the screen they are on: a preferred size, shrunk to the space available."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

MARGIN = QSize(24, 48)  # room for the window frame and title bar
DESIGN_POINTS = 10.5  # preferred sizes are for this size of type; a larger system font asks for more room


def available(widget: QWidget) -> QRect | None:
    screen = widget.screen()
    return screen.availableGeometry() if screen is not None else None


def fit(widget: QWidget, preferred: QSize, space: QSize | None = None) -> QSize:
    """Resize `widget` to `preferred`, or to what fits in `space` (default: its screen's free area),
    never below its own minimum size. Returns the size chosen."""
    if space is None:
        area = available(widget)
        space = area.size() if area is not None else preferred + MARGIN
    room = space - MARGIN
    preferred = preferred * max(1.0, widget.font().pointSizeF() / DESIGN_POINTS)
    size = preferred.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))
    widget.resize(size)
    return size
