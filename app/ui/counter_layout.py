"""How the counter window is put together: the header above, the list on the left, the profile on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QSplitter, QVBoxLayout, QWidget


def header_bar(name: QWidget, search_box: QWidget, *buttons: QWidget) -> QFrame:
    """The shop's name, the search box taking the room, then the buttons."""
    header = QFrame(objectName="header")
    row = QHBoxLayout(header)
    row.setContentsMargins(18, 12, 18, 12)
    row.setSpacing(14)
    row.addWidget(name)
    row.addWidget(search_box, 1)
    for button in buttons:
        row.addWidget(button)
    return header


def arrange(
    window: QMainWindow, header: QWidget, side: QWidget, banner: QWidget, pages: QWidget
) -> QSplitter:
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(6, 10, 10, 0)
    right_layout.addWidget(banner)
    right_layout.addWidget(pages, 1)

    splitter = QSplitter()
    splitter.addWidget(side)
    splitter.addWidget(right)
    splitter.setSizes([340, 940])
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(1, 1)  # a wider window gives the profile the room
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(header)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    return splitter


def fit_side(splitter: QSplitter, width: int) -> None:
    """The list keeps about a fifth of a narrow window, so the profile never scrolls sideways."""
    total = sum(splitter.sizes()) or width
    side = max(200, min(340, width // 5))
    splitter.setSizes([side, max(1, total - side)])
