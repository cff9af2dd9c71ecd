"""Recording visits, the usual order, and voiding a mistake."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Select, func, literal, null, select, text
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import NotFound, StorageBusy, UserError
from app.messages import Message, msg
from app.models import Customer, Item, LedgerEntry, Visit, VisitItem, utcnow
from app.models.base import as_utc
from app.services import audit, earning, loyalty
from app.services.settings import Settings
from app.services.text import clean_text
from app.services.undo import within_undo
from app.services.undo_window import UNDO_SECONDS


class VisitError(UserError):
    pass


REF_MAX = 36  # a UUID's length
UNSETTLED_SECONDS = 600
# The database failed mid-save: the visit may or may not be on disk.
UNSETTLED_ERRORS = (OperationalError, InterfaceError, StorageBusy)


@dataclass(frozen=True)
class UsualItem:
    item_id: int
    name: str
    quantity: int
    share: float  # of recent visits that included it


@dataclass(frozen=True)
class RecordedVisit:
    id: int
    at: datetime
    points_earned: int
    message: Message
    amount_cents: int | None = None


@dataclass(frozen=True)
class VisitRow:
    id: int
    at: datetime
    items: str
    amount_cents: int | None
    voided: bool


class Visits:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._settings = settings
        self.till_name: str | None = None  # this till's own name (app/till_settings.py); None: the shop's
        self.serving = ""  # who serves at this till, from its short staff list ('' for nobody chosen)
        self.clock = clock  # when a visit happens, and the undo window
        self._unsettled = _Unsettled(monotonic)

    def record(
        self,
        customer_id: int,
        items: list[tuple[int, int]] | None = None,
        amount_cents: int | None = None,
        found_by: str = "manual",
        actor: str = "counter",
        at: datetime | None = None,
        client_ref: str | None = None,
    ) -> RecordedVisit:
        """Write the visit and its points in one transaction; when this returns, it is on disk.

        With a client_ref, saving again (a retry after a lost connection) returns the first save unchanged,
        and the same reference for a different visit is refused. When a save with a reference failed in the
        database, the same order saved again with a new reference (the button pressed again) keeps the first.
        """
        if amount_cents is not None and not 0 <= amount_cents <= 10_000_000:
            raise VisitError(msg.tr("The amount must be between 0 and 100,000."))
        merged: dict[int, int] = {}
        for item_id, quantity in items or []:
            if not 1 <= quantity <= 99:
                raise VisitError(msg.tr("A quantity must be between 1 and 99."))
            merged[item_id] = merged.get(item_id, 0) + quantity
        order = (customer_id, tuple(sorted(merged.items())), amount_cents)
        ref = self._unsettled.ref(order, client_ref)
        with self._unsettled.settling(order, ref):
            return self._record(customer_id, merged, amount_cents, found_by, actor, at, ref)

    def _record(
        self,
        customer_id: int,
        merged: dict[int, int],
        amount_cents: int | None,
        found_by: str,
        actor: str,
        at: datetime | None,
        ref: str | None,
    ) -> RecordedVisit:
        _check_ref(ref)
        save = (customer_id, merged, amount_cents, found_by, actor, at, ref)
        try:
            return self._save(*save)
        except IntegrityError:
            if ref is None:
                raise
            # Another till saved the same reference a moment ago: answer as its retry.
            return self._save(*save)

    def _save(
        self,
        customer_id: int,
        merged: dict[int, int],
        amount_cents: int | None,
        found_by: str,
        actor: str,
        at: datetime | None,
        client_ref: str | None,
    ) -> RecordedVisit:
        rules = loyalty.Rules.from_settings(self._settings)
        zone = ZoneInfo(self._settings.timezone_name())
        till = self.till_name or str(self._settings.get("till_name"))
        with self._db.write() as session:
            row = session.execute(_locked(customer_id, client_ref, merged)).first()
            if row is None:
                raise NotFound(
                    msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id)
                )
            customer, saved_id, known = row
            if saved_id is not None:
                return _as_retry(session, session.get_one(Visit, saved_id), customer_id, merged, amount_cents)
            if customer.erased_at is not None:
                raise NotFound(
                    msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id)
                )
            if known < len(merged):
                found = set(session.scalars(select(Item.id).where(Item.id.in_(merged))))
                raise VisitError(
                    msg.tr("Unknown item number {value}.").format(value=min(set(merged) - found))
                )
            when = at or self.clock()
            visit = Visit(
                customer_id=customer_id,
                at=when,
                till=till,
                staff=self.serving if actor == "counter" and self.serving else actor,
                amount_cents=amount_cents,
                found_by=found_by,
                client_ref=client_ref,
            )
            session.add(visit)
            session.flush()
            # Written with the earn step's first read (autoflush): one round trip fewer.
            session.add_all(VisitItem(visit_id=visit.id, item_id=i, quantity=q) for i, q in merged.items())
            earned = earning.earn_for_visit(
                session, rules, visit, actor, when.astimezone(zone).date(), customer
            )
            return RecordedVisit(visit.id, when, earned.points, earned.message, amount_cents)

    def record_usual(
        self,
        customer_id: int,
        found_by: str = "manual",
        actor: str = "counter",
        client_ref: str | None = None,
    ) -> RecordedVisit:
        order = (customer_id, "usual")
        ref = self._unsettled.ref(order, client_ref)
        _check_ref(ref)
        with self._unsettled.settling(order, ref):
            if ref:
                # Saved already: the usual may have changed since (it counts that visit), so do not recompute.
                with self._db.read() as session:
                    if done := _saved(session, ref):
                        return _as_retry(session, done, customer_id)
            usual = self.usual(customer_id)
            if not usual:
                raise VisitError(msg.tr("No usual order yet: record a visit with items first."))
            with self._db.read() as session:
                ids = [u.item_id for u in usual]
                prices = {
                    row[0]: row[1]
                    for row in session.execute(select(Item.id, Item.price_cents).where(Item.id.in_(ids)))
                }
            # Menu prices give the amount when every item has one (it matters for points per amount spent).
            priced = all(prices.get(u.item_id) for u in usual)
            amount = sum((prices[u.item_id] or 0) * u.quantity for u in usual) if priced else None
            merged = {u.item_id: u.quantity for u in usual}
            return self._record(customer_id, merged, amount, found_by, actor, None, ref)

    def usual(self, customer_id: int) -> list[UsualItem]:
        with self._db.rows() as conn:
            return usual_order(conn, customer_id, int(self._settings.get("usual_window_visits")))

    def recent(self, customer_id: int, limit: int = 8) -> list[VisitRow]:
        with self._db.rows() as conn:
            return recent_visits(conn, customer_id, limit)

    def summary(self, customer_id: int) -> tuple[int, datetime | None]:
        """Visit count and last visit, voided visits left out."""
        with self._db.read() as session:
            count, last = session.execute(
                select(func.count(Visit.id), func.max(Visit.at)).where(
                    Visit.customer_id == customer_id, Visit.voided.is_(False)
                )
            ).one()
        return count, as_utc(last) if last is not None else None

    def within_undo_window(self, visit_id: int) -> bool:
        """True for UNDO_SECONDS after the visit was saved: staff may still take it back without the owner."""
        with self._db.read() as session:
            at = session.scalar(select(Visit.at).where(Visit.id == visit_id))
        if at is None:
            raise NotFound(msg.tr("There is no visit number {visit_id}.").format(visit_id=visit_id))
        return within_undo(as_utc(at), self.clock())

    def undo(self, visit_id: int, actor: str = "counter") -> int:
        """Take back a visit saved by mistake a moment ago: void it, reason "undone"; returns the points taken back."""
        return self.void(visit_id, "undone", actor, undo=True)

    def void(self, visit_id: int, reason: str, actor: str = "counter", undo: bool = False) -> int:
        """Mark a visit void and reverse its points; returns the points taken back.

        Past the undo window the caller asks for the owner first (see within_undo_window)."""
        reason = clean_text(reason)
        if not reason:
            raise VisitError(msg.tr("Say why the visit is voided."))
        with self._db.write() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFound(msg.tr("There is no visit number {visit_id}.").format(visit_id=visit_id))
            if visit.voided:
                raise VisitError(msg.tr("Visit {visit_id} was already voided.").format(visit_id=visit_id))
            now = self.clock()
            if undo and not within_undo(as_utc(visit.at), now):
                raise VisitError(
                    msg.tr(
                        "Too late to undo: the visit was saved over {most} seconds ago. The owner can "
                        "void it from the recent visits."
                    ).format(most=UNDO_SECONDS)
                )
            visit.voided, visit.void_reason, visit.voided_at = True, reason[:200], now
            taken = loyalty.reverse_visit(session, visit, actor, reason)
            audit.record(session, actor, "visit.undo" if undo else "visit.void", f"visit:{visit_id}", reason)
            return taken


# What a save is for: (customer, items, amount) or (customer, "usual").
Order: TypeAlias = tuple[object, ...]


class _Unsettled:
    """References of saves that failed in the database, so their outcome is unknown, by order."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._refs: dict[Order, tuple[str, float]] = {}

    def ref(self, order: Order, given: str | None) -> str | None:
        """The reference to save `order` with: an unsettled one for the same order, else the one given."""
        kept = self._refs.get(order)
        if given is None or kept is None or self._clock() - kept[1] > UNSETTLED_SECONDS:
            return given
        return kept[0]

    @contextmanager
    def settling(self, order: Order, ref: str | None) -> Iterator[None]:
        """Remember the reference if the save in the block fails in the database; forget it once saved."""
        try:
            yield
        except UNSETTLED_ERRORS:
            if ref is not None:
                self._refs[order] = (ref, self._clock())
            raise
        self._refs.pop(order, None)


def _check_ref(ref: str | None) -> None:
    if ref is not None and not 1 <= len(ref) <= REF_MAX:
        raise VisitError(msg.tr("A visit's reference must be 1 to {most} characters.").format(most=REF_MAX))


def _locked(customer_id: int, ref: str | None, merged: dict[int, int]) -> Select[Any]:
    """One round trip before a save: the customer locked (tills earning for the same person queue here;
    SQLite's write lock is already held), a visit saved already with this reference, and how many of the
    items exist. The cooldown is read after this, so it sees what the till before in the queue wrote."""
    saved = select(Visit.id).where(Visit.client_ref == ref).scalar_subquery() if ref else null()
    known = (
        select(func.count(Item.id)).where(Item.id.in_(list(merged))).scalar_subquery()
        if merged
        else literal(0)
    )
    return select(Customer, saved, known).where(Customer.id == customer_id).with_for_update(of=Customer)


def _saved(session: Session, ref: str) -> Visit | None:
    return session.scalar(select(Visit).where(Visit.client_ref == ref))


def _as_retry(
    session: Session,
    done: Visit,
    customer_id: int,
    merged: dict[int, int] | None = None,
    amount_cents: int | None = None,
) -> RecordedVisit:
    """The first save of a retried visit; `merged` None: the usual order, whose items are not compared."""
    saved = select(VisitItem.item_id, VisitItem.quantity).where(VisitItem.visit_id == done.id)
    saved_items = dict(session.execute(saved).all())
    same = done.customer_id == customer_id and (
        merged is None or (saved_items == merged and done.amount_cents == amount_cents)
    )
    if not same:
        raise VisitError(
            msg.tr(
                "This reference was already used for a different visit. Nothing was recorded; use a new "
                "reference for a new visit."
            )
        )
    earned = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
            LedgerEntry.visit_id == done.id, LedgerEntry.points > 0
        )
    )
    return RecordedVisit(done.id, done.at, earned or 0, msg.tr("Already saved."), done.amount_cents)


# Reads on the caller's connection, so the counter's profile is gathered in one transaction. Plain SQL:
# they run on every scan, and building ORM statements cost more than running them.
USUAL_SQL = text(
    "SELECT vi.visit_id, vi.item_id, i.name, vi.quantity, i.sort_order, i.active FROM visit_items vi "
    "JOIN items i ON i.id = vi.item_id WHERE vi.visit_id IN (SELECT v.id FROM visits v "
    "WHERE v.customer_id = :customer AND NOT v.voided ORDER BY v.at DESC LIMIT :window)"
)
RECENT_SQL = text(
    "SELECT v.id, v.at, v.amount_cents, v.voided, i.name, vi.quantity FROM (SELECT id, at, amount_cents, voided "
    "FROM visits WHERE customer_id = :customer ORDER BY at DESC, id DESC LIMIT :n) v "
    "LEFT JOIN visit_items vi ON vi.visit_id = v.id LEFT JOIN items i ON i.id = vi.item_id "
    "ORDER BY v.at DESC, v.id DESC, i.sort_order"
)


def usual_order(conn: Connection, customer_id: int, window: int) -> list[UsualItem]:
    """Items in at least 40 % of the customer's recent visits, most frequent first (at most three)."""
    return usual_from_rows(conn.execute(USUAL_SQL, {"customer": customer_id, "window": window}).all())


def usual_from_rows(rows: Sequence[Sequence[Any]]) -> list[UsualItem]:
    """The usual order from USUAL_SQL's rows (also read as part of one profile statement on a server)."""
    with_items = len({r[0] for r in rows})
    seen: dict[int, list[Any]] = {}  # item id -> [name, sort order, visits with it, total quantity]
    for _, item_id, name, quantity, sort_order, active in rows:
        if active:
            entry = seen.setdefault(item_id, [name, sort_order, 0, 0])
            entry[2] += 1
            entry[3] += quantity
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1][2], kv[1][1], kv[1][0]))
    picked = [kv for kv in ranked if kv[1][2] >= math.ceil(0.4 * with_items)][:3] or ranked[:1]
    return [
        UsualItem(item_id, name, max(1, round(total / count)), count / with_items)
        for item_id, (name, _, count, total) in picked
    ]


def recent_visits(conn: Connection, customer_id: int, limit: int = 8) -> list[VisitRow]:
    return recent_from_rows(conn.execute(RECENT_SQL, {"customer": customer_id, "n": limit}).all())


def recent_from_rows(rows: Sequence[Sequence[Any]]) -> list[VisitRow]:
    """The recent visits from RECENT_SQL's rows, newest first."""
    visits: dict[int, tuple[datetime, int | None, bool, list[str]]] = {}
    for visit_id, at, amount, voided, name, quantity in rows:
        entry = visits.setdefault(visit_id, (as_utc(at), amount, bool(voided), []))
        if name is not None:
            entry[3].append(name if quantity == 1 else f"{quantity}× {name}")
    return [
        VisitRow(visit_id, at, ", ".join(names), amount, voided)
        for visit_id, (at, amount, voided, names) in visits.items()
    ]
