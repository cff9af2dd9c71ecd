"""A question with worded buttons ("Erase Zoë Martin" / "Keep") instead of a stock Yes/No."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget | None, title: str, text: str, yes: str, no: str, detail: str = "", danger: bool = False
) -> bool:
    """True when the person pressed `yes`. For something that cannot be undone (`danger`) the safe
    button is the default, so Enter alone never does it; Esc is always `no`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if danger else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
