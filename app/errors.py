"""The app's own errors. Each carries a message written for the person at the counter, and the exit status
the command line gives it: 1 for bad input or a refusal, 75 when the database is busy or unreachable
(worth retrying), 70 for anything unexpected."""

from __future__ import annotations

from app.messages import msg

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


def storage_problem(exc: BaseException) -> AppError | None:
    """The app's own error for a database failure the person can act on, judged from the driver's text
    (SQLite and PostgreSQL word these differently); None when it is nothing we recognise."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text or "no space left" in text:
        return StorageBusy(msg.tr("The disk is full, so nothing was saved. Free some space and try again."))
    if "locked" in text or "busy" in text:
        return StorageBusy(
            msg.tr("The database is busy in another till and did not free up in time. Try again.")
        )
    if any(words in text for words in UNREACHABLE):
        return StorageBusy(msg.tr("The database server cannot be reached. Check the network and try again."))
    if "readonly" in text or "read-only" in text:
        return UserError(msg.tr("The data folder cannot be written to. Check its permissions."))
    if "not a database" in text or "malformed" in text:
        return StorageDamaged(
            msg.tr(
                "The database file is damaged. Restore the latest backup (regulars backup restore latest)."
            )
        )
    return None


UNREACHABLE = (
    "could not connect",
    "connection refused",
    "connection timed out",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "the connection is lost",
    "consuming input failed",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
)
