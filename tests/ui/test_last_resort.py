"""The window's last resort: anything unexpected is logged and shown briefly, and the window stays."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.main import install_excepthook, run_window, setup_logging


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    path = setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_short_dialog_naming_the_log(qtbot, log_file) -> None:
    install_excepthook(log_file)
    shown: list[str] = []

    def read_and_close_the_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()

    watcher = QTimer()
    watcher.timeout.connect(read_and_close_the_dialog)
    watcher.start(20)

    def broken_slot() -> None:
        raise RuntimeError("could not parse note for Zelda Secretperson")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    watcher.stop()
    assert shown[0].startswith(f"Something unexpected went wrong; details are in {log_file}.")
    assert "Secretperson" not in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "broken_slot" in logged


def test_a_data_folder_that_is_a_file_gets_a_dialog_not_a_traceback(qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("shopping list")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert run_window(str(target), None) == 1
    assert said == [f"{target} is a file, not a folder. Choose a folder for the data with --data-dir."]
    assert target.read_text() == "shopping list"
