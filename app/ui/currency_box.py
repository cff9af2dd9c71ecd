"""The shop's currency chosen from the ISO codes in use, each shown with its sign and name as this
window's locale writes them ('EUR  €  Euro'); type the code's first letters to jump to it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from app.shop.money import country_currency, currencies, currency_name, currency_symbol


class CurrencyBox(QComboBox):
    """`code()` gives the chosen code ('EUR'); `set_code` and `follow_country` choose one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale().name()
        for code in sorted(currencies()):
            sign = currency_symbol(code, locale)
            shown = f"{code}  {sign}" if sign != code else code
            self.addItem(f"{shown}  {currency_name(code, locale)}", code)
        self.setMaxVisibleItems(15)
        self.setAccessibleName(self.tr("Currency"))
        self.set_code("GBP")

    def code(self) -> str:
        return str(self.currentData())

    def sign(self) -> str:
        return currency_symbol(self.code(), QLocale().name())

    def set_code(self, code: str) -> bool:
        index = self.findData(code.strip().upper())
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def follow_country(self, region: str) -> None:
        """The currency that country uses today ('IE' → EUR)."""
        self.set_code(country_currency(region))
