"""The 14 EU allergens in words, and a grid of tick boxes to choose some (menu editor, customer form)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.catalogue import QT_TRANSLATE_NOOP
from app.services.allergens import ALLERGENS

_WORDS = {
    "celery": QT_TRANSLATE_NOOP("allergens", "Celery"),
    "gluten": QT_TRANSLATE_NOOP("allergens", "Cereals containing gluten"),
    "crustaceans": QT_TRANSLATE_NOOP("allergens", "Crustaceans"),
    "eggs": QT_TRANSLATE_NOOP("allergens", "Eggs"),
    "fish": QT_TRANSLATE_NOOP("allergens", "Fish"),
    "lupin": QT_TRANSLATE_NOOP("allergens", "Lupin"),
    "milk": QT_TRANSLATE_NOOP("allergens", "Milk"),
    "molluscs": QT_TRANSLATE_NOOP("allergens", "Molluscs"),
    "mustard": QT_TRANSLATE_NOOP("allergens", "Mustard"),
    "nuts": QT_TRANSLATE_NOOP("allergens", "Tree nuts"),
    "peanuts": QT_TRANSLATE_NOOP("allergens", "Peanuts"),
    "sesame": QT_TRANSLATE_NOOP("allergens", "Sesame"),
    "soya": QT_TRANSLATE_NOOP("allergens", "Soya"),
    "sulphites": QT_TRANSLATE_NOOP("allergens", "Sulphites"),
}
# Short forms for banners and table cells, where "cereals containing gluten" would not fit.
_SHORT = {**_WORDS, "gluten": QT_TRANSLATE_NOOP("allergens", "Gluten")}


def allergen_word(key: str, short: bool = False) -> str:
    text = (_SHORT if short else _WORDS).get(key, key.capitalize())
    return QCoreApplication.translate("allergens", text)


def allergen_list(keys: Iterable[str], short: bool = True) -> str:
    return ", ".join(allergen_word(k, short) for k in keys)


class AllergenGrid(QWidget):
    """Tick boxes for the 14 allergens in two columns.

    Signals:
    changed(): a box was ticked or unticked.
    """

    changed = Signal()

    def __init__(self, chosen: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        half = (len(ALLERGENS) + 1) // 2
        self.boxes: dict[str, QCheckBox] = {}
        for n, key in enumerate(ALLERGENS):
            box = QCheckBox(allergen_word(key))
            box.toggled.connect(self.changed)
            self.boxes[key] = box
            grid.addWidget(box, n % half, n // half)
        self.set_chosen(chosen)

    def chosen(self) -> list[str]:
        return [key for key in ALLERGENS if self.boxes[key].isChecked()]

    def set_chosen(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in wanted)


class AllergenDialog(QDialog):
    """Which of the 14 an item contains."""

    def __init__(self, title: str, chosen: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.grid = AllergenGrid(chosen)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick every allergen the item contains:"), wordWrap=True))
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
