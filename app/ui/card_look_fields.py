"""The card's colour and logo fields of the settings: the colour is saved with the form, the logo at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QColorDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.shop.cards import CardLook
from app.ui.ops import Ops


class CardLookFields(QObject):
    """`colour_row` and `logo_row` are layouts for the form; messages go to the `error` label."""

    def __init__(self, ops: Ops, error: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.error = ops, error
        self.brand_colour = QLineEdit()
        self.brand_colour.setAccessibleName(self.tr("Card colour"))
        self.brand_colour.setMaxLength(7)
        self.brand_colour.setMaximumWidth(110)
        self.brand_colour.setPlaceholderText("#RRGGBB")
        self.brand_colour.textChanged.connect(self._on_colour_text_changed)
        self.colour_button = QPushButton(self.tr("Choose a colour…"))
        self.colour_button.clicked.connect(self._on_colour_clicked)
        self.colour_row = QHBoxLayout()
        self.colour_row.addWidget(self.brand_colour)
        self.colour_row.addWidget(self.colour_button)
        self.colour_row.addStretch()
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setMinimumSize(64, 40)
        self.logo_button = QPushButton(self.tr("Choose a logo…"))
        self.logo_button.clicked.connect(self._on_logo_clicked)
        self.clear_logo_button = QPushButton(self.tr("No logo"))
        self.clear_logo_button.clicked.connect(self._on_clear_logo_clicked)
        self.logo_row = QHBoxLayout()
        self.logo_row.addWidget(self.logo_preview)
        self.logo_row.addStretch()
        self.logo_row.addWidget(self.logo_button)
        self.logo_row.addWidget(self.clear_logo_button)
        self._reload_look(None)

    def _show_look(self, look: CardLook) -> None:
        self.clear_logo_button.setEnabled(look.logo is not None)
        if look.logo_bytes is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(look.logo_bytes)
        self.logo_preview.setPixmap(
            pixmap.scaled(
                96, 40, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    @Slot(str)
    def _on_colour_text_changed(self, text: str) -> None:
        colour = QColor(text.strip())
        valid = colour.isValid() and len(text.strip()) == 7
        self.colour_button.setStyleSheet(f"border-left: 14px solid {colour.name()};" if valid else "")

    @Slot()
    def _on_colour_clicked(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self.brand_colour.text().strip()), self.brand_colour.window(), self.tr("Card colour")
        )
        if chosen.isValid():
            self.brand_colour.setText(chosen.name().upper())

    @Slot()
    def _on_logo_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.logo_button.window(),
            self.tr("Choose the shop's logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.choose_logo(name)

    def choose_logo(self, path: str) -> None:
        """Saved at once, for every till: the logo is not part of the form's Save."""
        self.error.setText("")
        self.ops.write(lambda shop: shop.cards.set_logo_file(path), self._reload_look, self.error.setText)

    @Slot()
    def _on_clear_logo_clicked(self) -> None:
        self.ops.write(lambda shop: shop.cards.clear_logo(), self._reload_look, self.error.setText)

    def _reload_look(self, _written: object) -> None:
        self.ops.read(lambda shop: shop.cards.look(), self._show_look, self.error.setText)
