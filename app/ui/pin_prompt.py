"""The owner PIN prompt: says what happens after wrong PINs before asking, with worded buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PinPrompt(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Owner PIN"))
        from app.services.roles import LOCKOUT_SECONDS, MAX_FAILURES  # loaded after the window is up

        minutes = LOCKOUT_SECONDS // 60
        self.message = QLabel(
            self.tr(
                "<b>This needs the owner.</b><br>Type the owner PIN. After {n} wrong PINs in a row, owner "
                "actions are locked for {m} minutes (counter work carries on)."
            ).format(n=MAX_FAILURES, m=minutes),
            wordWrap=True,
        )
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("Owner PIN"))
        self.pin.setMaxLength(12)
        buttons = QDialogButtonBox()
        self.unlock = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pin)
        layout.addWidget(buttons)
        self.resize(380, 0)  # a starting width: with a large font the layout's own minimum wins

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        prompt = cls(parent)
        try:
            return prompt.pin.text() if prompt.exec() == QDialog.DialogCode.Accepted else None
        finally:
            prompt.deleteLater()
