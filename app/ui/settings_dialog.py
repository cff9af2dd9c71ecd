"""The owner's settings: the shop, the counter, the cards, relationship cues, and where the data lives."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.application import Services, save_database_url, saved_database_url
from app.db.engine import make_engine
from app.services import phones


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.services = services
        v = services.settings.all()
        self.shop_name = QLineEdit(str(v["shop_name"]))
        self.shop_name.setMaxLength(60)
        self.region = QLineEdit(str(v["region"]))
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Country for phone numbers typed without +, e.g. GB, IE, FR, US"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(services.settings.timezone_name())
        self.currency = QLineEdit(str(v["currency"]))
        self.currency.setMaxLength(4)
        self.till = QLineEdit(str(v["till_name"]))
        self.names_on_cards = QCheckBox(self.tr("Print the customer's name on loyalty cards"))
        self.names_on_cards.setChecked(bool(v["print_name_on_card"]))
        self.scan_interval = QSpinBox(
            minimum=5, maximum=200, value=int(v["scan_max_interval_ms"]), suffix=" ms"
        )
        self.scan_suffix = QComboBox()
        for key, label in (("either", "Enter or Tab"), ("enter", "Enter"), ("tab", "Tab")):
            self.scan_suffix.addItem(self.tr(label), key)
        self.scan_suffix.setCurrentIndex(self.scan_suffix.findData(v["scan_suffix"]))
        self.lapsed_floor = QSpinBox(
            minimum=7, maximum=365, value=int(v["lapsed_floor_days"]), suffix=" days"
        )
        self.feedback_days = QSpinBox(
            minimum=7, maximum=730, value=int(v["feedback_interval_days"]), suffix=" days"
        )
        self.surprise_days = QSpinBox(
            minimum=7, maximum=730, value=int(v["surprise_every_days"]), suffix=" days"
        )
        self.database = QLineEdit(saved_database_url(services.paths) or "")
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
        form.addRow(self.tr("Scanner: keys at most"), self.scan_interval)
        form.addRow(self.tr("Scanner ends with"), self.scan_suffix)
        form.addRow(self.tr("Lapsed after at least"), self.lapsed_floor)
        form.addRow(self.tr("Ask for feedback every"), self.feedback_days)
        form.addRow(self.tr("Surprise treat at most every"), self.surprise_days)
        form.addRow(self.tr("Shared database server"), self.database)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
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

    @Slot()
    def _on_save(self) -> None:
        region = self.region.text().strip().upper()
        zone = self.timezone.currentText().strip()
        url = self.database.text().strip()
        if not phones.known_region(region):
            self.error.setText(self.tr("“{r}” is not a country code such as GB, IE or FR.").format(r=region))
            return
        if zone not in available_timezones():
            self.error.setText(self.tr("“{z}” is not a time zone such as Europe/London.").format(z=zone))
            return
        if not self.shop_name.text().strip():
            self.error.setText(self.tr("The shop needs a name."))
            return
        if url and url != (saved_database_url(self.services.paths) or ""):
            problem = check_database_url(url)
            if problem:
                self.error.setText(problem)
                return
        self.services.settings.set_many(
            {
                "shop_name": self.shop_name.text().strip(),
                "region": region,
                "timezone": zone,
                "currency": self.currency.text().strip() or "£",
                "till_name": self.till.text().strip() or "Till 1",
                "print_name_on_card": self.names_on_cards.isChecked(),
                "scan_max_interval_ms": self.scan_interval.value(),
                "scan_suffix": self.scan_suffix.currentData(),
                "lapsed_floor_days": self.lapsed_floor.value(),
                "feedback_interval_days": self.feedback_days.value(),
                "surprise_every_days": self.surprise_days.value(),
            }
        )
        save_database_url(self.services.paths, url or None)
        self.accept()


def check_database_url(url: str) -> str | None:
    """A message if the server cannot be reached with this address, None if it answers."""
    if not url.startswith("postgresql"):
        return "Use an address like postgresql+psycopg://till@server/regulars."
    try:
        engine = make_engine(url)
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # any failure is shown to the owner in plain words
        return f"Could not reach that database server: {str(exc).splitlines()[0][:160]}"
    return None
