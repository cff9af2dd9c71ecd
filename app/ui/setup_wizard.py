"""The first start: set up the shop (name, country, currency, how customers earn, the owner PIN entered
twice) or try the demo bakery first. Shown when the shop has no customers and no menu yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.ui import screen_fit
from app.ui.country_picker import CountryPicker
from app.ui.currency_box import CurrencyBox
from app.ui.form_parts import form_page, hinted
from app.ui.ops import Ops

PREFERRED = QSize(640, 520)
WELCOME, SHOP, LOYALTY, PIN = range(4)
MODES = (
    (
        "stamps",
        QT_TRANSLATE_NOOP("SetupWizard", "A stamp card: stamps for every visit"),
        QT_TRANSLATE_NOOP("SetupWizard", "Stamps per visit"),
    ),
    (
        "per_visit",
        QT_TRANSLATE_NOOP("SetupWizard", "Points for every visit"),
        QT_TRANSLATE_NOOP("SetupWizard", "Points per visit"),
    ),
    (
        "per_amount",
        QT_TRANSLATE_NOOP("SetupWizard", "Points for what they spend"),
        QT_TRANSLATE_NOOP("SetupWizard", "Points per {sign}1 spent"),
    ),
)


class Page(QWizardPage):
    """A page whose answer check and next page are given as plain functions."""

    def __init__(
        self, validate: Callable[[], bool] | None = None, next_id: Callable[[], int] | None = None
    ) -> None:
        super().__init__()
        self._validate, self._next_id = validate, next_id

    def validatePage(self) -> bool:
        return self._validate() if self._validate else True

    def nextId(self) -> int:
        return self._next_id() if self._next_id else super().nextId()


def page_with(
    title: str,
    subtitle: str,
    body: QWidget,
    validate: Callable[[], bool] | None = None,
    next_id: Callable[[], int] | None = None,
) -> QWizardPage:
    page = Page(validate, next_id)
    page.setTitle(title)
    page.setSubTitle(subtitle)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(body)
    layout.addStretch(1)
    return page


class SetupWizard(QWizard):
    """SetupWizard(ops, region, parent). After `exec()`: `wants_demo` (the demo bakery was chosen: the
    caller fills it) or the setup was saved through the write lane (`saved` is True once it is on disk)."""

    def __init__(self, ops: Ops, region: str = "GB", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.wants_demo = False
        self.saved = False
        self.setWindowTitle(self.tr("Welcome to Regulars"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the shop"))
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.setPage(WELCOME, self._welcome_page())
        self.setPage(SHOP, self._shop_page(region))
        self.setPage(LOYALTY, self._loyalty_page())
        self.setPage(PIN, self._pin_page())
        self.setStartId(WELCOME)
        screen_fit.fit(self, PREFERRED)

    # -- pages ---------------------------------------------------------------------------------------------
    def _welcome_page(self) -> QWizardPage:
        body = QWidget()
        column = QVBoxLayout(body)
        self.set_up = QRadioButton(self.tr("Set up my shop"))
        self.demo = QRadioButton(self.tr("Try a demo bakery first"))
        self.set_up.setChecked(True)
        group = QButtonGroup(body)
        group.addButton(self.set_up)
        group.addButton(self.demo)
        column.addWidget(self.set_up)
        column.addWidget(
            QLabel(
                self.tr("Three short steps: your shop, how customers earn, an owner PIN."),
                objectName="subtle",
            )
        )
        column.addSpacing(8)
        column.addWidget(self.demo)
        column.addWidget(
            QLabel(
                self.tr("A bakery full of made-up regulars to try everything out; type “zoe” to begin."),
                objectName="subtle",
                wordWrap=True,
            )
        )
        page = page_with(
            self.tr("Welcome!"),
            self.tr("This shop has no customers yet."),
            body,
            next_id=lambda: -1 if self.demo.isChecked() else SHOP,
        )
        self.demo.toggled.connect(lambda on: page.setFinalPage(on))
        return page

    def _shop_page(self, region: str) -> QWizardPage:
        body, form = form_page()
        self.shop_name = QLineEdit(placeholderText=self.tr("for example: The Corner Bakery"))
        self.shop_name.setAccessibleName(self.tr("Shop name"))
        self.shop_name.setMaxLength(60)
        self.region = CountryPicker()
        self.region.setAccessibleName(self.tr("Country"))
        self.region.set_region(region)
        self.currency = CurrencyBox()
        self.currency.follow_country(self.region.region())
        self.region.currentIndexChanged.connect(self._on_country_changed)
        form.addRow(
            self.tr("Shop name"), hinted(self.shop_name, self.tr("On the window and on the loyalty cards."))
        )
        form.addRow(
            self.tr("Country"),
            hinted(self.region, self.tr("Phone numbers without a country code are read as this country's.")),
        )
        form.addRow(self.tr("Currency"), self.currency)
        return page_with(
            self.tr("Your shop"),
            self.tr("All of this can be changed later in Shop → Settings."),
            body,
            validate=self._check_shop,
        )

    def _loyalty_page(self) -> QWizardPage:
        body, form = form_page()
        self.mode = QComboBox()
        for key, label, _unit in MODES:
            self.mode.addItem(self.tr(label), key)
        self.earn = QSpinBox(minimum=1, maximum=100, value=1)
        self.earn.setMaximumWidth(120)
        self.earn_label = QLabel()
        self.reward_name = QLineEdit(self.tr("A free coffee"))
        self.reward_name.setAccessibleName(self.tr("First reward"))
        self.reward_name.setMaxLength(80)
        self.reward_cost = QSpinBox(minimum=1, maximum=10_000, value=9)
        self.reward_cost.setMaximumWidth(160)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.currency.currentIndexChanged.connect(lambda _index: self._on_mode_changed(0))
        form.addRow(self.tr("Customers earn"), self.mode)
        form.addRow(self.earn_label, self.earn)
        form.addRow(
            self.tr("First reward"), hinted(self.reward_name, self.tr("Leave empty to add rewards later."))
        )
        form.addRow(self.tr("It costs"), self.reward_cost)
        self._on_mode_changed(0)
        return page_with(
            self.tr("How customers earn"), self.tr("Rewards can be added and changed later."), body
        )

    def _pin_page(self) -> QWizardPage:
        body, form = form_page()
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("4 to 12 digits"))
        self.pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for field in (self.pin, self.pin_again):
            field.setMaxLength(12)
            field.setMaximumWidth(200)
        form.addRow(self.tr("Owner PIN"), self.pin)
        form.addRow(self.tr("Once more"), self.pin_again)
        form.addRow(self.error)
        page = page_with(
            self.tr("The owner PIN"),
            self.tr(
                "Staff can serve without it; prices, rules, points corrections and erasing need it. "
                "Leave both empty to skip: then everyone is the owner."
            ),
            body,
            validate=self._check_pin,
        )
        page.setFinalPage(True)
        return page

    # -- reactions -----------------------------------------------------------------------------------------
    @Slot(int)
    def _on_country_changed(self, _index: int) -> None:
        self.currency.follow_country(self.region.region())

    @Slot(int)
    def _on_mode_changed(self, _index: int) -> None:
        unit = MODES[self.mode.currentIndex()][2]
        self.earn_label.setText(self.tr(unit).format(sign=self.currency.sign()))
        cost_unit = self.tr("stamps") if self.mode.currentData() == "stamps" else self.tr("points")
        self.reward_cost.setSuffix(" " + cost_unit)

    def _check_shop(self) -> bool:
        if not self.shop_name.text().strip():
            self.shop_name.setPlaceholderText(self.tr("The shop needs a name"))
            self.shop_name.setFocus()
            return False
        return True

    def _check_pin(self) -> bool:
        pin, again = self.pin.text(), self.pin_again.text()
        if pin != again:
            self.error.setText(self.tr("The two PINs differ. Type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return False
        if pin and not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
            self.error.setText(self.tr("The PIN must be 4 to 12 digits (0 to 9)."))
            return False
        self.error.setText("")
        return True

    # -- the answer ----------------------------------------------------------------------------------------
    def setup(self) -> Any:
        from app.shop.owner import ShopSetup  # loaded after the window is up

        return ShopSetup(
            shop_name=" ".join(self.shop_name.text().split()),
            region=self.region.region(),
            currency=self.currency.code(),
            loyalty_mode=self.mode.currentData(),
            earn=self.earn.value(),
            reward_name=self.reward_name.text().strip(),
            reward_cost=self.reward_cost.value(),
            pin=self.pin.text(),
        )

    def accept(self) -> None:
        if not self.validateCurrentPage():  # QWizard checks the page in done(), after this would have saved
            return
        if self.demo.isChecked():
            self.wants_demo = True
            super().accept()
            return
        chosen = self.setup()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ops.write(lambda shop: shop.owner.set_up(chosen), self._on_saved, self._on_failed)

    def _on_saved(self, _none: object) -> None:
        self.saved = True
        super().accept()

    def _on_failed(self, message: str) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.error.setText(message)
