"""The settings dialog's "Lifetime value" tab: the horizon, the discount rate and the slipping-away line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from app.shop.value import MAX_DISCOUNT_PERCENT, MAX_HORIZON_MONTHS, ValueSettings
from app.ui.form_parts import form_page, hinted

translate = QCoreApplication.translate  # lupdate reads translate(context, text); the dialog's own context


class ValuePage:
    """Builds the tab (`page`) and moves ValueSettings in and out of its fields."""

    def __init__(self) -> None:
        self.page, form = form_page()
        self.horizon = QSpinBox(
            minimum=1, maximum=MAX_HORIZON_MONTHS, suffix=translate("SettingsDialog", " months")
        )
        self.discount = QDoubleSpinBox(minimum=0, maximum=MAX_DISCOUNT_PERCENT, decimals=2, singleStep=0.25)
        self.discount.setSuffix(translate("SettingsDialog", " % a month"))
        self.slipping = QSpinBox(minimum=1, maximum=99, suffix=" %")
        for spin, name in (
            (self.horizon, translate("SettingsDialog", "Count a customer's value over")),
            (self.discount, translate("SettingsDialog", "Discount rate")),
            (self.slipping, translate("SettingsDialog", "“Slipping away” below")),
        ):
            spin.setMaximumWidth(160)
            spin.setAccessibleName(name)
        form.addRow(
            translate("SettingsDialog", "Count a customer's value over"),
            hinted(
                self.horizon,
                translate("SettingsDialog", "The visits and spend expected from them in this many months."),
            ),
        )
        form.addRow(
            translate("SettingsDialog", "Discount rate"),
            hinted(
                self.discount,
                translate(
                    "SettingsDialog",
                    "Money expected later counts for a little less than money today; 1 % is usual.",
                ),
            ),
        )
        form.addRow(
            translate("SettingsDialog", "“Slipping away” below"),
            hinted(
                self.slipping,
                translate(
                    "SettingsDialog",
                    "A high-value regular is listed as slipping away once the chance that they still come "
                    "falls below this.",
                ),
            ),
        )

    def show(self, value: ValueSettings) -> None:
        self.horizon.setValue(value.horizon_months)
        self.discount.setValue(value.monthly_discount_percent)
        self.slipping.setValue(round(value.slipping_percent))

    def settings(self) -> ValueSettings:
        return ValueSettings(self.horizon.value(), self.discount.value(), self.slipping.value())
