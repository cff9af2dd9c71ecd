"""Add or edit a customer. Each problem is shown next to its field; nothing is saved until all is well."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.shop.forms import ALLERGY_FLAGS, DIET_FLAGS, NAME_MAX, CustomerInput, ValidationError
from app.ui import wording
from app.ui.allergens import allergen_word
from app.ui.confirm import confirm
from app.ui.ops import Ops

if TYPE_CHECKING:
    from app.shop.counter import Counter


class CustomerDialog(QDialog):
    """CustomerDialog(counter, ops, customer_id=None, initial=None, parent): loads the customer (to edit)
    in the read lane, checks the form on the spot, asks about a shared phone or e-mail (read lane), and
    saves in the write lane."""

    def __init__(
        self,
        counter: Counter,
        ops: Ops,
        customer_id: int | None = None,
        initial: CustomerInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self._counter, self._ops, self._customer_id = counter, ops, customer_id
        editing = initial is not None or self._customer_id is not None
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("New customer"))
        self.resize(560, 0)  # a starting width: with a large font the layout's own minimum wins

        self.name = QLineEdit(placeholderText=self.tr("First name is enough, e.g. Zoë"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(
            NAME_MAX + 50
        )  # longer than allowed, so the message explains rather than truncating
        self.phone = QLineEdit(placeholderText=self.tr("Any format, e.g. 07700 900123"))
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit(placeholderText=self.tr("name@example.com"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Birthday month"))
        self.month.addItems(["—", *(QLocale().monthName(m) for m in range(1, 13))])
        self.day = QSpinBox(minimum=1, maximum=31)
        self.day.setAccessibleName(self.tr("Birthday day"))
        self.year = QLineEdit(placeholderText=self.tr("year (optional)"))
        self.year.setAccessibleName(self.tr("Birth year"))
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(120)
        self.preferences = QLineEdit(placeholderText=self.tr("e.g. oat milk, extra hot"))
        self.preferences.setAccessibleName(self.tr("Prefers"))
        self.flag_boxes = {
            flag: QCheckBox(
                allergen_word(flag, short=True) if flag in ALLERGY_FLAGS else self.tr(flag.capitalize())
            )
            for flag in ALLERGY_FLAGS + DIET_FLAGS
        }
        self.allergy_note = QLineEdit(
            placeholderText=self.tr("anything else, e.g. severe: carries an EpiPen")
        )
        self.allergy_note.setAccessibleName(self.tr("Other allergies"))
        self.notes = QPlainTextEdit(placeholderText=self.tr("What staff should know: dog's name, new job…"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        self.consent = QCheckBox(self.tr("Agreed to be contacted by"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Contact by"))
        for code, label in (
            ("email", self.tr("e-mail")),
            ("sms", self.tr("text message")),
            ("phone", self.tr("phone")),
        ):
            self.channel.addItem(label, code)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._with_error("name", self.name))
        form.addRow(self.tr("Phone"), self._with_error("phone", self.phone))
        form.addRow(self.tr("E-mail"), self._with_error("email", self.email))
        birthday = QHBoxLayout()
        birthday.addWidget(self.day)
        birthday.addWidget(self.month)
        birthday.addWidget(self.year)
        birthday.addStretch()
        holder = QWidget()
        holder.setLayout(birthday)
        birthday.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Birthday"), self._with_error("birthday", holder))
        form.addRow(self.tr("Prefers"), self._with_error("preferences", self.preferences))
        flags = QGridLayout()
        for n, box in enumerate(self.flag_boxes.values()):  # the 14 EU allergens, then diets
            flags.addWidget(box, n // 4, n % 4)
        flags_holder = QWidget()
        flags_holder.setLayout(flags)
        flags.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Allergies, diet"), self._with_error("flags", flags_holder))
        form.addRow("", self._with_error("allergy_note", self.allergy_note))
        form.addRow(self.tr("Notes"), self._with_error("notes", self.notes))
        consent = QHBoxLayout()
        consent.addWidget(self.consent)
        consent.addWidget(self.channel)
        consent.addStretch()
        form.addRow(self.tr("Contact"), consent)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if initial:
            self._fill(initial)
        if customer_id is not None:
            self.save_button.setEnabled(False)
            ops.read(lambda _shop: counter.customer(customer_id), self._on_loaded, self.error.setText)
        self.name.setFocus()

    def _on_loaded(self, data: CustomerInput) -> None:
        self._fill(data)
        self.save_button.setEnabled(True)

    def _with_error(self, key: str, field: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        label = QLabel(objectName="fieldError")
        label.setWordWrap(True)
        label.hide()
        column.addWidget(label)
        self.errors[key] = label
        return box

    def _fill(self, data: CustomerInput) -> None:
        self.name.setText(data.name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        if data.birthday:
            *year, month, day = (int(p) for p in data.birthday.split("-"))  # [YYYY-]MM-DD
            self.month.setCurrentIndex(month)
            self.day.setValue(day)
            self.year.setText(str(year[0]) if year and year[0] else "")
        self.preferences.setText(data.preferences)
        for flag, box in self.flag_boxes.items():
            box.setChecked(flag in data.flags)
        self.allergy_note.setText(data.allergy_note)
        self.notes.setPlainText(data.notes)
        self.consent.setChecked(data.consent_contact)
        if data.consent_channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(data.consent_channel)))

    def value(self) -> CustomerInput:
        month = self.month.currentIndex()
        year = self.year.text().strip()
        birthday = ""
        if month:
            birthday = f"{month:02d}-{self.day.value():02d}"
            if year:
                birthday = f"{year}-{birthday}" if year.isdigit() else f"{year}?-{birthday}"
        return CustomerInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            birthday=birthday,
            preferences=self.preferences.text(),
            flags=[f for f, b in self.flag_boxes.items() if b.isChecked()],
            allergy_note=self.allergy_note.text(),
            notes=self.notes.toPlainText(),
            consent_contact=self.consent.isChecked(),
            consent_channel=self.channel.currentData(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setVisible(key in errors)
            label.setText(wording.said(errors.get(key, "")))

    @Slot()
    def _on_save_clicked(self) -> None:
        data = self.value()
        try:
            clean = self._counter.check_customer(data)  # the rules alone, no database: at once
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.show_errors({})
        self.save_button.setEnabled(False)
        counter, exclude = self._counter, self._customer_id
        self._ops.read(
            lambda _shop: counter.duplicate_name(clean.phone, clean.email, exclude),
            lambda other: self._save(data, other),
            self._on_failed,
        )

    def _confirm_duplicate(self, other: str | None) -> bool:
        if not other:
            return True
        return confirm(
            self,
            self.tr("Same phone or e-mail"),
            self.tr("{name} already has this phone number or e-mail.").format(name=other),
            yes=self.tr("Save anyway"),
            no=self.tr("Go back and change it"),
            detail=self.tr("Two customers may share a family phone; a typo is more likely."),
        )

    def _save(self, data: CustomerInput, other: str | None) -> None:
        if not self._confirm_duplicate(other):
            self.save_button.setEnabled(True)
            return
        counter, customer_id = self._counter, self._customer_id
        if customer_id is None:
            self._ops.write(lambda _shop: counter.add_customer(data), self._on_saved, self._on_failed)
        else:
            self._ops.write(
                lambda _shop: counter.edit_customer(customer_id, data), self._on_saved, self._on_failed
            )

    def _on_saved(self, customer_id: int) -> None:
        self.saved_id = customer_id
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.error.setText(message)
        self.save_button.setEnabled(True)
