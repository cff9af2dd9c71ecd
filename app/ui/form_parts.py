"""Small pieces the owner's forms share: a field with a plain-words hint under it, a page of such rows."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget


def hinted(field: QWidget | QLayout, hint: str) -> QWidget:
    """The field with a short explanation under it, in the subtle colour, wrapping as needed."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 4)
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
        field.setAccessibleDescription(hint)  # a screen reader says the hint after the field's name
    note = QLabel(hint, objectName="subtle", wordWrap=True)
    note.setObjectName("subtle")
    column.addWidget(note)
    return box


def form_page() -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(12, 12, 12, 12)
    form.setVerticalSpacing(8)
    return page, form
