"""What every area of the shop shares: the "what changed" value, the storage-error wrapper, and the
one rule that says a customer can be served."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from app.errors import AppError, NotFound, StorageBusy, StorageDamaged
from app.messages import msg

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What a write changed, so each screen decides for itself whether to refresh."""

    customers: bool = False
    visits: bool = False
    points: bool = False
    items: bool = False
    rewards: bool = False
    settings: bool = False
    cards: bool = False
    marks: bool = False
    clv: bool = False  # a new lifetime-value fit was stored

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) or getattr(other, k) for k in self.__dataclass_fields__})

    def __bool__(self) -> bool:
        return any(getattr(self, k) for k in self.__dataclass_fields__)


@dataclass(frozen=True)
class Written(Generic[T]):
    """The result of a write and what it changed."""

    value: T
    changes: Changes


def storage_error(exc: SQLAlchemyError, where: str = "") -> AppError:
    """The app's own error for a database failure, worded for the counter."""
    orig = getattr(exc, "orig", None)
    text_ = str(orig if orig is not None else exc).lower()
    if "malformed" in text_ or "not a database" in text_:
        return StorageDamaged(
            msg.tr(
                "The database file is damaged. Restore the latest backup (regulars backup restore latest)."
            )
        )
    if isinstance(exc, OperationalError):
        if "locked" in text_ or "busy" in text_:
            return StorageBusy(
                msg.tr("The database is busy in another till and did not free up in time. Try again.")
            )
        if "connect" in text_ or "connection" in text_ or "server closed" in text_:
            return StorageBusy(
                msg.tr("Could not reach the database server{where}. Check the network and try again.").format(
                    where=where
                )
            )
        if "readonly" in text_ or "read-only" in text_ or "disk" in text_:
            return StorageBusy(
                msg.tr("The data folder cannot be written to. Check its permissions or free disk space.")
            )
        return StorageBusy(msg.tr("The database did not answer. Try again."))
    if isinstance(exc, DatabaseError):
        return AppError(
            msg.tr("The database refused the change: {value}").format(value=text_.splitlines()[0][:160])
        )
    return AppError(msg.tr("The database could not be read. Try again."))


def guarded(method: Callable[P, T]) -> Callable[P, T]:
    """Let only the app's own errors out of an application call."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise storage_error(exc) from exc

    return call


def database_failure(exc: BaseException) -> SQLAlchemyError | None:
    """The database error behind a failure: the error itself, or the one a guarded call turned into the
    app's words (not an error a service or the start-up worded for itself). The command line words these
    by the driver's text (app.errors.storage_problem) and treats the rest as unexpected, with a log."""
    if isinstance(exc, SQLAlchemyError):
        return exc
    cause = exc.__cause__
    if isinstance(cause, SQLAlchemyError):
        made = storage_error(cause)
        if type(exc) is type(made) and str(exc) == str(made):
            return cause
    return None


LIVE_CUSTOMER = text("SELECT 1 FROM customers WHERE id = :customer AND erased_at IS NULL")


def customer_exists_and_not_erased(conn: Connection, customer_id: int) -> bool:
    """The one rule for "this customer can be served": there is such a number and it was not erased."""
    return conn.execute(LIVE_CUSTOMER, {"customer": customer_id}).first() is not None


def require_customer(conn: Connection, customer_id: int) -> None:
    if not customer_exists_and_not_erased(conn, customer_id):
        raise NotFound(msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id))
