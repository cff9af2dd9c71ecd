"""'How likely are you to recommend us to a friend?' with one tap from 0 to 10."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.ops import Ops

if TYPE_CHECKING:
    from app.shop.counter import Counter


class FeedbackDialog(QDialog):
    """FeedbackDialog(counter, ops, customer_id, name, parent) saves the answer through the write lane and
    closes when it is saved."""

    def __init__(
        self, counter: Counter, ops: Ops, customer_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick feedback"))
        self._counter, self._ops, self._customer_id = counter, ops, customer_id
        self.score: int | None = None
        question = QLabel(
            self.tr("<h3>{n}, how likely are you to recommend us to a friend?</h3>").format(n=name)
        )
        question.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(
                button.sizeHint().expandedTo(QSize(44, 44))
            )  # a finger's width, or the text's
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            grid.addWidget(button, 0, value)
            self.buttons.append(button)
        grid.addWidget(QLabel(self.tr("not likely")), 1, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("very likely")), 1, 8, 1, 3)
        self.comment = QLineEdit(placeholderText=self.tr("Anything we could do better? (optional)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setMaxLength(500)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = box.button(QDialogButtonBox.StandardButton.Save)
        self.save.setEnabled(False)
        box.accepted.connect(self._on_save)
        box.rejected.connect(self.reject)
        self.error = QLabel(objectName="fieldError")
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(grid)
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def _choose(self, value: int) -> None:
        self.score = value
        for n, button in enumerate(self.buttons):
            button.setChecked(n == value)
        self.save.setEnabled(True)

    def _on_save(self) -> None:
        if self.score is None:
            return
        counter, customer_id, score, comment = (
            self._counter,
            self._customer_id,
            self.score,
            self.comment.text(),
        )
        self.save.setEnabled(False)
        self._ops.write(
            lambda _shop: counter.record_feedback(customer_id, score, comment),
            lambda _id: self.accept(),
            self._on_failed,
        )

    def _on_failed(self, message: str) -> None:
        self.error.setText(message)
        self.save.setEnabled(True)
