from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.confirm import confirm


def answer_with(qtbot, action) -> list[tuple[str, list[str]]]:
    seen = []

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        seen.append((box.defaultButton().text(), sorted(b.text() for b in box.buttons())))
        action(box)

    QTimer.singleShot(0, run)
    return seen


def test_erasing_is_asked_with_worded_buttons_and_enter_alone_keeps(qtbot) -> None:
    ask = lambda: confirm(None, "Erase", "Erase Zoë Martin?", "Erase Zoë Martin", "Keep", danger=True)  # noqa: E731
    seen = answer_with(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert ask() is False and seen == [("Keep", ["Erase Zoë Martin", "Keep"])]
    answer_with(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert ask() is False
    answer_with(qtbot, lambda box: next(b for b in box.buttons() if b.text() == "Erase Zoë Martin").click())
    assert ask() is True
