"""The recent visits as the profile's table shows them."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

import app.ui.models as models
from app.services.visits import VisitRow
from app.ui.models import VisitsModel


def test_a_profile_left_open_past_midnight_says_yesterday(qtbot, monkeypatch) -> None:
    model = VisitsModel("Europe/London", "GBP")
    at = datetime(2026, 12, 7, 22, 15, tzinfo=UTC)
    clock = {"now": at + timedelta(minutes=30), "tick": 1000.0}

    class Now(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return clock["now"].astimezone(tz)

    monkeypatch.setattr(models, "datetime", Now)
    monkeypatch.setattr(models.time, "monotonic", lambda: clock["tick"])
    model.set_rows([VisitRow(1, at, "Flat white", 340, False)])

    def when() -> str:
        return model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)

    assert when() == "today 22:15"
    assert model.index(0, 2).data(Qt.ItemDataRole.DisplayRole) == "£3.40"
    clock["now"] += timedelta(hours=2)  # past midnight, the profile still open
    clock["tick"] += 30
    assert when() == "today 22:15"  # worded a moment ago: kept
    clock["tick"] += 31
    assert when() == "yesterday 22:15"
