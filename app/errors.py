"""The app's own errors. Each carries a message written for the person at the counter, and the exit status
the command line gives it: 1 for bad input or a refusal, 75 when the database is busy or unreachable
(worth retrying), 70 for anything unexpected."""

from __future__ import annotations

EXIT_REFUSED, EXIT_UNEXPECTED, EXIT_RETRY = 1, 70, 75


class AppError(Exception):
    """A failure the user can cause or meet: one line of text, nothing changed."""

    exit_status = EXIT_REFUSED


class UserError(AppError, ValueError):
    """Bad input or a refusal."""


class NotFound(AppError, LookupError):
    """No such customer, visit, card or file."""


class StorageBusy(AppError):
    """The database is busy in another till or the server cannot be reached; trying again may work."""

    exit_status = EXIT_RETRY


class StorageDamaged(AppError):
    """The database file is damaged; a backup can help. Nothing more is written to it."""
