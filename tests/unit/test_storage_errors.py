"""Database failures as the person at the counter hears of them, and the exit status a script sees."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from app.errors import EXIT_REFUSED, EXIT_RETRY, storage_problem


def driver_error(text: str) -> OperationalError:
    return OperationalError("INSERT INTO visits ...", {}, sqlite3.OperationalError(text))


@pytest.mark.parametrize(
    ("driver_text", "words", "status"),
    [
        ("database or disk is full", "The disk is full, so nothing was saved", EXIT_RETRY),
        ("database is locked", "busy in another till", EXIT_RETRY),
        (
            'connection failed: connection refused\n\tIs the server running on "db"?',
            "cannot be reached",
            EXIT_RETRY,
        ),
        ("server closed the connection unexpectedly", "cannot be reached", EXIT_RETRY),
        ("attempt to write a readonly database", "cannot be written to", EXIT_REFUSED),
        ("database disk image is malformed", "Restore the latest backup", EXIT_REFUSED),
    ],
)
def test_database_failures_get_the_apps_words_and_status(driver_text: str, words: str, status: int) -> None:
    problem = storage_problem(driver_error(driver_text))
    assert problem is not None and words in str(problem) and problem.exit_status == status


def test_anything_else_is_left_to_the_last_resort() -> None:
    assert storage_problem(driver_error("no such column: visits.mood")) is None
