"""The owner's settings in plain words, one tab per subject: the shop, this till, the cards, the regulars
and where the data lives. This till's settings go to this computer, the rest to the shared database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.shop import Shop
from app.shop.value import ValueSettings
from app.till_settings import TillSettings, checked
from app.ui import languages, screen_fit, wording
from app.ui.card_look_fields import CardLookFields
from app.ui.country_picker import CountryPicker
from app.ui.currency_box import CurrencyBox
from app.ui.form_parts import form_page, hinted
from app.ui.ops import Ops, adopt
from app.ui.search_note import SearchNote
from app.ui.value_page import ValuePage

PREFERRED = QSize(640, 560)


class SettingsDialog(QDialog):
    """The form fills in once the shop has answered; saving checks a new server address in the long
    lane (an unreachable server can take seconds) and then saves in the write lane."""

    def __init__(self, shop: Shop, ops: Ops | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(ops, QWidget) and parent is None:  # the old call: SettingsDialog(services, parent)
            ops, parent = getattr(ops, "runner", None), ops
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.shop, self.ops = adopt(shop, ops, self)
        self._saved_url = ""
        self._till = TillSettings()
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.card_look = CardLookFields(self.ops, self.error, self)
        self.choose_logo = self.card_look.choose_logo
        self.logo_preview, self.clear_logo_button = (
            self.card_look.logo_preview,
            self.card_look.clear_logo_button,
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(self._shop_page(), self.tr("Shop"))
        self.tabs.addTab(self._till_page(), self.tr("This till"))
        self.tabs.addTab(self._cards_page(), self.tr("Cards"))
        self.tabs.addTab(self._regulars_page(), self.tr("Regulars"))
        self.value_page = ValuePage()
        self.horizon, self.discount, self.slipping = (
            self.value_page.horizon,
            self.value_page.discount,
            self.value_page.slipping,
        )
        self.tabs.addTab(self.value_page.page, self.tr("Lifetime value"))
        self.tabs.addTab(self._server_page(), self.tr("Shared server"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        screen_fit.fit(self, PREFERRED)
        self.ops.read(
            lambda shop: (
                shop.owner.settings(),
                shop.owner.database_url(),
                shop.till.settings(),
                shop.value.settings(),
            ),
            self._fill,
            self.error.setText,
        )

    # -- the pages -----------------------------------------------------------------------------------------
    def _shop_page(self) -> QWidget:
        page, form = form_page()
        self.shop_name = QLineEdit()
        self.shop_name.setAccessibleName(self.tr("Shop name"))
        self.shop_name.setMaxLength(60)
        self.region = CountryPicker()
        self.region.setAccessibleName(self.tr("Country"))
        self.timezone = QComboBox()
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.timezone.setEditable(True)
        self.timezone.addItems(["", *sorted(available_timezones())])  # empty: each computer's own zone
        self.currency = CurrencyBox()
        form.addRow(
            self.tr("Shop name"), hinted(self.shop_name, self.tr("On the window and on printed cards."))
        )
        form.addRow(
            self.tr("Country"),
            hinted(
                self.region, self.tr("Phone numbers typed without a country code are read as this country's.")
            ),
        )
        form.addRow(
            self.tr("Time zone"),
            hinted(
                self.timezone,
                self.tr("Decides what “today” and “yesterday” mean. Applies at the next start."),
            ),
        )
        form.addRow(
            self.tr("Currency"),
            hinted(self.currency, self.tr("Amounts are written the way each till's language writes them.")),
        )
        return page

    def _till_page(self) -> QWidget:
        page, form = form_page()
        self.till = QLineEdit()
        self.till.setAccessibleName(self.tr("This till's name"))
        self.till.setMaxLength(40)
        self.scan_interval = QSpinBox(minimum=5, maximum=200, suffix=self.tr(" ms between keys"))
        self.scan_interval.setAccessibleName(self.tr("Card scanner speed"))
        self.scan_suffix = QComboBox()
        self.scan_suffix.setAccessibleName(self.tr("After each card the scanner presses"))
        for key, label in (
            ("either", QT_TRANSLATE_NOOP("SettingsDialog", "Enter or Tab")),
            ("enter", "Enter"),
            ("tab", "Tab"),
        ):
            self.scan_suffix.addItem(self.tr(label), key)
        self.scan_interval.setMaximumWidth(220)
        self.staff = QLineEdit(placeholderText=self.tr("for example: Sam, Ana, Tomás"))
        self.staff.setAccessibleName(self.tr("Staff"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The computer's language"), "")
        for code in languages.LANGUAGES:
            self.language.addItem(languages.NAMES[code], code)
        form.addRow(
            self.tr("This till's name"),
            hinted(
                self.till,
                self.tr(
                    "Recorded with every visit this till saves, so tills sharing a server can be told apart."
                ),
            ),
        )
        form.addRow(
            self.tr("Card scanner speed"),
            hinted(
                self.scan_interval,
                self.tr(
                    "A card scanner types far faster than a person. Keys that come closer together than this "
                    "count as a card. Raise it if cards end up in the search box; lower it if fast typing "
                    "opens a card by mistake."
                ),
            ),
        )
        form.addRow(
            self.tr("After each card the scanner presses"),
            hinted(self.scan_suffix, self.tr("Most scanners press Enter; leave “Enter or Tab” if unsure.")),
        )
        form.addRow(
            self.tr("Staff (optional)"),
            hinted(
                self.staff,
                self.tr("Names separated by commas: whoever is serving can be picked from this list."),
            ),
        )
        form.addRow(
            self.tr("Language"),
            hinted(self.language, self.tr("The window's language on this till. Applies at the next start.")),
        )
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        for key, label in (
            ("system", QT_TRANSLATE_NOOP("SettingsDialog", "As the system is set")),
            ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
            ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
        ):
            self.theme.addItem(self.tr(label), key)
        form.addRow(
            self.tr("Colours"), hinted(self.theme, self.tr("Dark is easier on the eyes in a dim shop."))
        )
        return page

    def _cards_page(self) -> QWidget:
        page, form = form_page()
        self.names_on_cards = QCheckBox(self.tr("Print the customer's name on loyalty cards"))
        form.addRow(
            self.tr("Names"),
            hinted(self.names_on_cards, self.tr("Without it a lost card shows no one's name.")),
        )
        form.addRow(
            self.tr("Card colour"),
            hinted(self.card_look.colour_row, self.tr("The band and the shop's name.")),
        )
        form.addRow(
            self.tr("Card logo"), hinted(self.card_look.logo_row, self.tr("Saved at once, for every till."))
        )
        self.brand_colour = self.card_look.brand_colour
        return page

    def _regulars_page(self) -> QWidget:
        page, form = form_page()
        self.lapsed_floor = QSpinBox(minimum=7, maximum=365, suffix=self.tr(" days"))
        self.lapsed_floor.setAccessibleName(self.tr("Win back after at least"))
        self.feedback_days = QSpinBox(minimum=7, maximum=730, suffix=self.tr(" days"))
        self.feedback_days.setAccessibleName(self.tr("Ask for feedback at most every"))
        self.surprise_days = QSpinBox(minimum=7, maximum=730, suffix=self.tr(" days"))
        self.surprise_days.setAccessibleName(self.tr("Surprise treat at most every"))
        self.repeat_visits = QSpinBox(minimum=1, maximum=50, suffix=self.tr(" visits"))
        self.repeat_visits.setAccessibleName(self.tr("Suggest the same item again after"))
        self.winback_weeks = QSpinBox(minimum=1, maximum=52, suffix=self.tr(" weeks"))
        self.winback_weeks.setAccessibleName(self.tr("Once contacted to win back, wait"))
        spins = (
            self.lapsed_floor,
            self.feedback_days,
            self.surprise_days,
            self.repeat_visits,
            self.winback_weeks,
        )
        for spin in spins:
            spin.setMaximumWidth(160)
        form.addRow(
            self.tr("Win back after at least"),
            hinted(
                self.lapsed_floor,
                self.tr(
                    "Someone joins the Win back list once they stay away this long and far longer than they usually do."
                ),
            ),
        )
        form.addRow(
            self.tr("Ask for feedback at most every"),
            hinted(
                self.feedback_days,
                self.tr("The counter suggests asking a regular how it's going, no more often than this."),
            ),
        )
        form.addRow(
            self.tr("Surprise treat at most every"),
            hinted(
                self.surprise_days,
                self.tr("The same person is offered a surprise treat no more often than this."),
            ),
        )
        form.addRow(
            self.tr("Suggest the same item again after"),
            hinted(
                self.repeat_visits,
                self.tr("An item suggested to someone is not suggested to them again for this many visits."),
            ),
        )
        form.addRow(
            self.tr("Once contacted to win back, wait"),
            hinted(
                self.winback_weeks,
                self.tr(
                    "Someone you wrote to stays off the Win back list this long, so nobody is contacted too often."
                ),
            ),
        )
        return page

    def _server_page(self) -> QWidget:
        page, form = form_page()
        self.database = QLineEdit()
        self.database.setAccessibleName(self.tr("Database server"))
        self.database.setPlaceholderText(self.tr("empty: this computer only"))
        self.database.setToolTip("postgresql+psycopg://till@server/regulars")
        form.addRow(
            self.tr("Database server"),
            hinted(
                self.database,
                self.tr(
                    "Only for several tills sharing one shop: the address of the shared PostgreSQL server, "
                    "such as postgresql+psycopg://till@server/regulars. Applies at the next start."
                ),
            ),
        )
        self.search_note = SearchNote(self.ops)  # PostgreSQL without pg_trgm: search is slower
        form.addRow(self.search_note)
        return page

    # -- filling and saving --------------------------------------------------------------------------------
    def _fill(self, loaded: tuple[dict[str, Any], str, TillSettings, ValueSettings]) -> None:
        v, url, till, value = loaded
        self._till = till
        self.shop_name.setText(str(v["shop_name"]))
        self.region.set_region(str(v["region"]))
        self.timezone.setCurrentText(str(v["timezone"]))
        self.timezone.lineEdit().setPlaceholderText(
            self.tr("This computer's ({zone})").format(zone=v.get("timezone_in_use", ""))
        )
        self.currency.set_code(str(v["currency"]))
        self.till.setText(till.till_name)
        self.names_on_cards.setChecked(bool(v["print_name_on_card"]))
        self.brand_colour.setText(str(v["brand_colour"]))
        interval, suffix = till.scanner(v)
        self.scan_interval.setValue(interval)
        self.scan_suffix.setCurrentIndex(self.scan_suffix.findData(suffix))
        self.staff.setText(", ".join(till.staff))
        self.language.setCurrentIndex(max(0, self.language.findData(till.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(till.theme)))
        self.lapsed_floor.setValue(int(v["lapsed_floor_days"]))
        self.feedback_days.setValue(int(v["feedback_interval_days"]))
        self.surprise_days.setValue(int(v["surprise_every_days"]))
        self.repeat_visits.setValue(int(v["suggestion_repeat_visits"]))
        self.winback_weeks.setValue(int(v["winback_snooze_weeks"]))
        self.value_page.show(value)
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
            self._on_failed(wording.said(problem))
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
            "region": self.region.region(),
            "timezone": self.timezone.currentText().strip(),
            "currency": self.currency.code(),
            "print_name_on_card": self.names_on_cards.isChecked(),
            "brand_colour": self.brand_colour.text().strip(),
            "lapsed_floor_days": self.lapsed_floor.value(),
            "feedback_interval_days": self.feedback_days.value(),
            "surprise_every_days": self.surprise_days.value(),
            "suggestion_repeat_visits": self.repeat_visits.value(),
            "winback_snooze_weeks": self.winback_weeks.value(),
        }
        till = replace(
            self._till,
            name=self.till.text().strip(),
            scan_max_interval_ms=self.scan_interval.value(),
            scan_suffix=self.scan_suffix.currentData(),
            staff=tuple(name.strip() for name in self.staff.text().split(",")),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
        )
        value = self.value_page.settings()

        def save(shop: Shop) -> Any:
            checked(till)  # refuse a bad till setting before the shop's settings change
            shop.owner.save_settings({**values, **shop.value.setting_values(value)})
            shop.till.save(till)
            return shop.owner.set_database_url(url)

        self.ops.write(save, lambda _none: self.accept(), self._on_failed)
