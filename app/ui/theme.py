"""Light or dark, live: follows the system's colour scheme unless this till's settings choose one, and
rebuilds the stylesheet when the system font changes size."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.services import chart_colours as chart_colours_
from app.till_settings import THEMES
from app.ui.style import DARK, LIGHT, Look, palette, stylesheet

CHART_LIGHT, CHART_DARK = chart_colours_.LIGHT, chart_colours_.DARK


def chart_colours(look: Look) -> tuple[str, ...]:
    return CHART_DARK if look is DARK else CHART_LIGHT


class Theme(QObject):
    """Theme(app, choice): applies at once; `choose("system" | "light" | "dark")` switches live.

    Signals:
        applied(str): "light" or "dark", each time the look changes.
    """

    applied = Signal(str)

    def __init__(self, app: QApplication, choice: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app, self.choice, self.current = app, choice if choice in THEMES else "system", ""
        self.system = app.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        app.fontChanged.connect(self._on_font_changed)
        self.apply()

    @property
    def wants_dark(self) -> bool:
        if self.choice != "system":
            return self.choice == "dark"
        return self.system == Qt.ColorScheme.Dark

    def choose(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else "system"
        self.apply()

    def apply(self, force: bool = False) -> None:
        name = "dark" if self.wants_dark else "light"
        if name == self.current and not force:
            return
        look = DARK if name == "dark" else LIGHT
        size = self.app.font().pointSizeF()
        self.app.setPalette(palette(look))
        self.app.setStyleSheet(stylesheet(look, size if size > 0 else 10.5))
        self.current = name
        self.applied.emit(name)

    @Slot(QFont)
    def _on_font_changed(self, _font: QFont) -> None:
        self.apply(force=True)  # the counter's type grows from the system font's size

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self.system = scheme
        self.apply()
