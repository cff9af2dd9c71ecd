"""The owner's settings: the shop, the counter, the cards, relationship cues, and where the data lives."""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.shop import Shop
from app.shop.cards import CardLook
from app.ui.ops import Ops, adopt


class SettingsDialog(QDialog):
    """The form fills in once the shop has answered; saving checks a new server address in the long
    lane (an unreachable server can take seconds) and then saves in the write lane."""

    def __init__(self, shop: Shop, ops: Ops | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(ops, QWidget) and parent is None:  # the old call: SettingsDialog(services, parent)
            ops, parent = getattr(ops, "runner", None), ops
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.shop, self.ops = adopt(shop, ops, self)
        self._saved_url = ""
        self.shop_name = QLineEdit()
        self.shop_name.setMaxLength(60)
        self.region = QLineEdit()
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Country for phone numbers typed without +, e.g. GB, IE, FR, US"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.currency = QLineEdit()
        self.currency.setMaxLength(4)
        self.till = QLineEdit()
        self.names_on_cards = QCheckBox(self.tr("Print the customer's name on loyalty cards"))
        self.brand_colour = QLineEdit()
        self.brand_colour.setMaxLength(7)
        self.brand_colour.setPlaceholderText("#RRGGBB")
        self.brand_colour.textChanged.connect(self._on_colour_text_changed)
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.clicked.connect(self._on_colour_clicked)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setMinimumSize(64, 40)
        self.logo_button = QPushButton(self.tr("Logo…"))
        self.logo_button.clicked.connect(self._on_logo_clicked)
        self.clear_logo_button = QPushButton(self.tr("No logo"))
        self.clear_logo_button.clicked.connect(self._on_clear_logo_clicked)
        self.scan_interval = QSpinBox(minimum=5, maximum=200, suffix=" ms")
        self.scan_suffix = QComboBox()
        for key, label in (("either", "Enter or Tab"), ("enter", "Enter"), ("tab", "Tab")):
            self.scan_suffix.addItem(self.tr(label), key)
        self.lapsed_floor = QSpinBox(minimum=7, maximum=365, suffix=" days")
        self.feedback_days = QSpinBox(minimum=7, maximum=730, suffix=" days")
        self.surprise_days = QSpinBox(minimum=7, maximum=730, suffix=" days")
        self.repeat_visits = QSpinBox(minimum=1, maximum=50, suffix=self.tr(" visits"))
        self.winback_weeks = QSpinBox(minimum=1, maximum=52, suffix=self.tr(" weeks"))
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("empty: this computer only (SQLite)"))
        self.database.setToolTip("postgresql+psycopg://till@server/regulars")
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Country for phones"), self.region)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Currency sign"), self.currency)
        form.addRow(self.tr("This till's name"), self.till)
        form.addRow(self.tr("Cards"), self.names_on_cards)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.brand_colour)
        colour_row.addWidget(self.colour_button)
        form.addRow(self.tr("Card colour"), colour_row)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addStretch()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.clear_logo_button)
        form.addRow(self.tr("Card logo"), logo_row)
        form.addRow(self.tr("Scanner: keys at most"), self.scan_interval)
        form.addRow(self.tr("Scanner ends with"), self.scan_suffix)
        form.addRow(self.tr("Lapsed after at least"), self.lapsed_floor)
        form.addRow(self.tr("Ask for feedback every"), self.feedback_days)
        form.addRow(self.tr("Surprise treat at most every"), self.surprise_days)
        form.addRow(self.tr("Suggest the same item again after"), self.repeat_visits)
        form.addRow(self.tr("Once contacted to win back, wait"), self.winback_weeks)
        form.addRow(self.tr("Shared database server"), self.database)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("Changes to the scanner, time zone and database apply when Regulars next starts."),
                objectName="subtle",
                wordWrap=True,
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.ops.read(
            lambda shop: (shop.owner.settings(), shop.owner.database_url()), self._fill, self.error.setText
        )
        self.ops.read(lambda shop: shop.cards.look(), self._show_look, self.error.setText)

    def _fill(self, loaded: tuple[dict[str, Any], str]) -> None:
        v, url = loaded
        self.shop_name.setText(str(v["shop_name"]))
        self.region.setText(str(v["region"]))
        self.timezone.setCurrentText(str(v["timezone"]))
        self.currency.setText(str(v["currency"]))
        self.till.setText(str(v["till_name"]))
        self.names_on_cards.setChecked(bool(v["print_name_on_card"]))
        self.brand_colour.setText(str(v["brand_colour"]))
        self.scan_interval.setValue(int(v["scan_max_interval_ms"]))
        self.scan_suffix.setCurrentIndex(self.scan_suffix.findData(v["scan_suffix"]))
        self.lapsed_floor.setValue(int(v["lapsed_floor_days"]))
        self.feedback_days.setValue(int(v["feedback_interval_days"]))
        self.surprise_days.setValue(int(v["surprise_every_days"]))
        self.repeat_visits.setValue(int(v["suggestion_repeat_visits"]))
        self.winback_weeks.setValue(int(v["winback_snooze_weeks"]))
        self._saved_url = url
        self.database.setText(url)
        self.save_button.setEnabled(True)

    @Slot()
    def _on_save(self) -> None:
        url = self.database.text().strip()
        self.error.setText("")
        if url and url != self._saved_url:
            self.save_button.setEnabled(False)
            self.error.setText(self.tr("Checking the server…"))
            self.ops.long(
                lambda shop, _progress: shop.owner.check_server(url),
                self._on_server_checked,
                self._on_failed,
                channel="server-check",
            )
        else:
            self._save()

    def _on_server_checked(self, problem: str | None) -> None:
        if problem:
            self._on_failed(problem)
        else:
            self.error.setText("")
            self._save()

    def _on_failed(self, message: str) -> None:
        self.error.setText(message)
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        url = self.database.text().strip()
        values = {
            "shop_name": self.shop_name.text().strip(),
            "region": self.region.text().strip().upper(),
            "timezone": self.timezone.currentText().strip(),
            "currency": self.currency.text().strip() or "£",
            "till_name": self.till.text().strip() or "Till 1",
            "print_name_on_card": self.names_on_cards.isChecked(),
            "brand_colour": self.brand_colour.text().strip(),
            "scan_max_interval_ms": self.scan_interval.value(),
            "scan_suffix": self.scan_suffix.currentData(),
            "lapsed_floor_days": self.lapsed_floor.value(),
            "feedback_interval_days": self.feedback_days.value(),
            "surprise_every_days": self.surprise_days.value(),
            "suggestion_repeat_visits": self.repeat_visits.value(),
            "winback_snooze_weeks": self.winback_weeks.value(),
        }

        def save(shop: Shop) -> Any:
            shop.owner.save_settings(values)
            return shop.owner.set_database_url(url)

        self.ops.write(save, lambda _none: self.accept(), self._on_failed)

    # -- the card's look -----------------------------------------------------------------------------------
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
        chosen = QColorDialog.getColor(QColor(self.brand_colour.text().strip()), self, self.tr("Card colour"))
        if chosen.isValid():
            self.brand_colour.setText(chosen.name().upper())

    @Slot()
    def _on_logo_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
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
