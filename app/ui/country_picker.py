"""A country chosen by its name (with its calling code), giving the two-letter region phone numbers need."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.folding import fold


def countries() -> list[tuple[str, str, int]]:
    """(name, region code, calling code) for every country phone numbers know, sorted by name."""
    found = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
        found.append((name, code, phonenumbers.country_code_for_region(code)))
    return sorted(found, key=lambda c: fold(c[0]))


class CountryPicker(QComboBox):
    """Type the first letters of a country to jump to it; `region()` gives its code ('GB')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name, code, calling in countries():
            self.addItem(f"{name}  (+{calling})", code)
        self.setMaxVisibleItems(15)
        self.set_region("GB")

    def region(self) -> str:
        return str(self.currentData())

    def set_region(self, code: str) -> bool:
        index = self.findData(code.strip().upper())
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def country_name(self) -> str:
        return self.currentText().rsplit("  (", 1)[0]
