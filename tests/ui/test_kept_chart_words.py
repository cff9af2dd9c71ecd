"""Charts kept in the database keep their notes as messages (template, count, dates, months), so a chart set
counted by an English till reads in French on a French one, in the window and on the command line; a set
kept in the older shape (plain English text) is counted again rather than misread."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app import catalogue
from app.messages import Message, Month
from app.models import KeptCharts
from app.services import charts_set
from app.services.customers import CustomerInput
from app.ui import languages

ZONE = "Europe/London"


@pytest.fixture
def kept(services):
    """A small shop's charts, counted, kept, and read back as another till would."""
    ann = services.customers.add(CustomerInput(name="Ann"))
    for day in ("2026-09-01", "2026-10-01", "2026-11-02", "2026-11-16"):
        when = datetime.fromisoformat(day).replace(hour=10, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)
        services.visits.record(ann, amount_cents=350, at=when)
    made = charts_set.build(services.db, datetime(2026, 11, 18, 18, tzinfo=UTC), ZONE, floor_days=21)
    charts_set.save(services.db, made)
    loaded = charts_set.load(services.db)
    assert loaded is not None
    return made, loaded


def test_a_kept_note_comes_back_as_its_message_with_its_parameters(kept) -> None:
    made, loaded = kept
    assert loaded.charts == made.charts
    weeks, rhythm = loaded.get("visits_per_week").note, loaded.get("rhythm").note
    assert isinstance(weeks, Message) and weeks.params["day"] == date(2026, 11, 18)
    assert weeks.params == made.get("visits_per_week").note.params
    assert isinstance(rhythm, Message) and rhythm.params["month"] == Month(date(2025, 12, 1))
    holdout = loaded.get("holdout").note
    reason = holdout.params["reason"]  # a message inside a message
    assert isinstance(holdout, Message) and isinstance(reason, Message)
    assert str(holdout).startswith("Not enough history yet: the model is checked on the last")


def test_a_kept_chart_reads_in_french_in_the_window(qtbot, kept) -> None:
    from app.ui.chart_card import ChartCard

    _, loaded = kept
    languages.install("fr")
    try:
        cards = {kind: ChartCard(loaded.get(kind)) for kind in ("visits_per_week", "rhythm", "holdout")}
        for card in cards.values():
            qtbot.addWidget(card)
        notes = {kind: card.note.text() for kind, card in cards.items()}
    finally:
        languages.install("en")
    assert notes["visits_per_week"].startswith("Les semaines commencent le lundi\u00a0; la semaine du ")
    assert "18 nov. 2026" in notes["visits_per_week"] and "Nov" not in notes["visits_per_week"]
    assert notes["rhythm"].startswith("Le rythme d’un habitué") and "décembre 2025" in notes["rhythm"]
    assert notes["holdout"].startswith("Pas encore assez d’historique")
    assert "il faut au moins" in notes["holdout"]


def test_a_kept_chart_reads_in_french_on_the_command_line(kept, monkeypatch) -> None:
    _, loaded = kept
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    said = catalogue.said(loaded.get("visits_per_week").note)
    assert said.startswith("Les semaines commencent le lundi") and "18 nov. 2026" in said
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert catalogue.said(loaded.get("rhythm").note).startswith("Der Rhythmus eines Stammkunden")
    assert "Dezember 2025" in catalogue.said(loaded.get("rhythm").note)


def test_a_set_kept_in_the_older_shape_is_counted_again(services, kept) -> None:
    with services.db.write() as session:  # a set kept by the version before notes were messages
        session.query(KeptCharts).update({KeptCharts.version: 3})
    assert charts_set.load(services.db) is None
