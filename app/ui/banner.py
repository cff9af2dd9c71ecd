"""The window's one-line message above the profile: green for done, red for a problem; it fades after 6 s."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


class Banner(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.hide()
        self._timer = QTimer(self, singleShot=True, interval=6000)
        self._timer.timeout.connect(self.hide)

    def say(self, text: str, ok: bool = True) -> None:
        self.setObjectName("toastOk" if ok else "toastError")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
        self._timer.start()
