"""The record button pressed again after the window gave up on a lost reply: still one visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import app.ui.visit_flow as main_window


def _saved_then_unreachable(failures: int) -> None:
    """The next visit reaches the disk but its reply is lost; then the next `failures` saves cannot connect."""
    state = {"wrote": None, "left": failures}

    def flushed(session, _context) -> None:
        state["wrote"] = session

    def lost(session) -> None:
        if session is state["wrote"]:
            event.remove(Session, "after_flush", flushed)
            event.remove(Session, "after_commit", lost)
            event.listen(Session, "after_begin", unreachable)
            raise OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))

    def unreachable(_session, _transaction, _connection) -> None:
        state["left"] -= 1
        if state["left"] == 0:
            event.remove(Session, "after_begin", unreachable)
        raise OperationalError("BEGIN", {}, Exception("could not connect to server"))

    event.listen(Session, "after_flush", flushed)
    event.listen(Session, "after_commit", lost)


def test_pressing_record_again_after_the_window_gave_up_counts_one_visit(
    qtbot, open_window, bakery, monkeypatch
) -> None:
    monkeypatch.setattr(main_window, "RETRY_MS", 10)
    window, _ = open_window(bakery)
    window.open_profile(2)
    before = window.services.visits.summary(2)[0]
    panel = window.profile
    espresso = next(i for i, n in panel._item_names.items() if n == "Espresso")  # customer 2 avoids gluten
    panel.add_to_basket(espresso)
    _saved_then_unreachable(main_window.RETRIES - 1)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "NOT saved" in panel.message.text(), timeout=3000)
    assert panel.basket_label.text() == "Espresso"
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)  # the connection is back
    assert panel.message.text().startswith("✓ Visit saved") and "Already saved" in panel.message.text()
    assert window.services.visits.summary(2)[0] == before + 1
