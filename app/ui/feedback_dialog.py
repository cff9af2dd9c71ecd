"""'How likely are you to recommend us to a friend?' with one tap from 0 to 10."""

from __future__ import annotations

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


class FeedbackDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick feedback"))
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
            button.setMinimumSize(44, 44)
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            grid.addWidget(button, 0, value)
            self.buttons.append(button)
        grid.addWidget(QLabel(self.tr("not likely")), 1, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("very likely")), 1, 8, 1, 3)
        self.comment = QLineEdit(placeholderText=self.tr("Anything we could do better? (optional)"))
        self.comment.setMaxLength(500)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = box.button(QDialogButtonBox.StandardButton.Save)
        self.save.setEnabled(False)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(grid)
        layout.addWidget(self.comment)
        layout.addWidget(box)

    def _choose(self, value: int) -> None:
        self.score = value
        for n, button in enumerate(self.buttons):
            button.setChecked(n == value)
        self.save.setEnabled(True)
