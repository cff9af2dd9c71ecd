"""Talking points and complaints: what staff keep in mind about a person between visits.

A talking point ("ask how the marathon went") shows on the profile from its day on (at once without one)
until someone ticks it off. A complaint ("croissant was stale") shows a recovery cue on every visit until
staff mark it made right; open ones never expire. Both are plain rows, read back as dataclasses; the
caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import CompoundSelect, Connection, Date, bindparam, literal, null, select, union_all
from sqlalchemy.orm import Session

from app.errors import NotFound, UserError
from app.messages import msg
from app.models import Complaint, Customer, TalkingPoint
from app.models.base import as_utc
from app.services import audit
from app.services.text import clean_text

MAX_TEXT = 300


@dataclass(frozen=True)
class TalkingPointRow:
    id: int
    customer_id: int
    text: str
    on: date | None  # the day it starts to show; None: at once
    due: bool  # showing today
    created_at: datetime


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    customer_id: int
    text: str
    since: datetime
    customer_name: str = ""


def clean(text: str, what: str) -> str:
    cleaned = clean_text(text)
    point = what == "talking point"  # the two kinds are worded whole, so each language can say them its way
    if not cleaned:
        raise UserError(
            msg.tr("Write what the talking point is about.")
            if point
            else msg.tr("Write what the complaint is about.")
        )
    if len(cleaned) > MAX_TEXT:
        too_long = (
            msg.tr("Keep the talking point under {most} characters (this one has {count}).")
            if point
            else msg.tr("Keep the complaint under {most} characters (this one has {count}).")
        )
        raise UserError(too_long.format(most=MAX_TEXT, count=len(cleaned)))
    return cleaned


def _live_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.erased_at is not None:
        raise NotFound(msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id))
    return customer


# -- talking points --------------------------------------------------------------------------------------
def add_talking_point(
    session: Session, customer_id: int, text: str, on: date | None, actor: str, now: datetime
) -> int:
    cleaned = clean(text, "talking point")
    _live_customer(session, customer_id)
    point = TalkingPoint(
        customer_id=customer_id, text=cleaned, due_on=on, created_at=now, created_by=actor[:40]
    )
    session.add(point)
    session.flush()
    return point.id


def tick_off(session: Session, point_id: int, actor: str, now: datetime) -> TalkingPointRow:
    """Tick a talking point off; ticking one already ticked off says so and changes nothing."""
    point = session.get(TalkingPoint, point_id, with_for_update=True)
    if point is None or _erased(session, point.customer_id):
        raise NotFound(msg.tr("There is no talking point number {point_id}.").format(point_id=point_id))
    if point.done_at is not None:
        raise UserError(msg.tr("Talking point {point_id} was already ticked off.").format(point_id=point_id))
    point.done_at, point.done_by = now, actor[:40]
    return _point_row(point.id, point.customer_id, point.text, point.due_on, point.created_at, None)


def open_talking_points(conn: Connection, customer_id: int, today: date) -> list[TalkingPointRow]:
    """The ones not ticked off yet: those showing today first (oldest day first), then those to come."""
    rows = conn.execute(
        select(
            TalkingPoint.id,
            TalkingPoint.customer_id,
            TalkingPoint.text,
            TalkingPoint.due_on,
            TalkingPoint.created_at,
        )
        .where(TalkingPoint.customer_id == customer_id, TalkingPoint.done_at.is_(None))
        .order_by(TalkingPoint.id)
    ).all()
    points = [_point_row(*row, today) for row in rows]
    return sorted(points, key=lambda p: (not p.due, p.on or date.min, p.id))


# A person's open talking points and complaints in one statement, built once (the profile is on the scan path).
_OPEN: CompoundSelect[Any] = union_all(
    select(
        literal("p"), TalkingPoint.id, TalkingPoint.text, TalkingPoint.due_on, TalkingPoint.created_at
    ).where(TalkingPoint.customer_id == bindparam("customer"), TalkingPoint.done_at.is_(None)),
    select(literal("c"), Complaint.id, Complaint.text, null().cast(Date), Complaint.created_at).where(
        Complaint.customer_id == bindparam("customer"), Complaint.resolved_at.is_(None)
    ),
)


def for_profile(
    conn: Connection, customer_id: int, today: date
) -> tuple[list[TalkingPointRow], list[ComplaintRow]]:
    """A person's open talking points (due first) and complaints (oldest first), for the profile."""
    return open_from_rows(conn.execute(_OPEN, {"customer": customer_id}).all(), customer_id, today)


def open_from_rows(
    rows: Sequence[Sequence[Any]], customer_id: int, today: date
) -> tuple[list[TalkingPointRow], list[ComplaintRow]]:
    """The same from rows of (kind, id, text, due on, created at), read elsewhere (one profile statement)."""
    found: tuple[list[TalkingPointRow], list[ComplaintRow]] = ([], [])
    for kind, id_, text, on, at in rows:
        if kind == "p":
            found[0].append(_point_row(id_, customer_id, text, on, at, today))
        else:
            found[1].append(ComplaintRow(id_, customer_id, text, as_utc(at)))
    found[0].sort(key=lambda p: (not p.due, p.on or date.min, p.id))
    found[1].sort(key=lambda c: (c.since, c.id))
    return found


def _point_row(
    id_: int, customer_id: int, text: str, on: date | None, created: datetime, today: date | None
) -> TalkingPointRow:
    due = on is None or (today is not None and on <= today)
    return TalkingPointRow(id_, customer_id, text, on, due, as_utc(created))


# -- complaints ------------------------------------------------------------------------------------------
def add_complaint(session: Session, customer_id: int, text: str, actor: str, now: datetime) -> int:
    cleaned = clean(text, "complaint")
    _live_customer(session, customer_id)
    complaint = Complaint(customer_id=customer_id, text=cleaned, created_at=now, created_by=actor[:40])
    session.add(complaint)
    session.flush()
    audit.record(
        session, actor, "complaint.add", f"customer:{customer_id}", f"{complaint.id}: {cleaned}", at=now
    )
    return complaint.id


def resolve(session: Session, complaint_id: int, actor: str, now: datetime) -> ComplaintRow:
    """Mark a complaint made right (audited); one already made right says so and changes nothing."""
    complaint = session.get(Complaint, complaint_id, with_for_update=True)
    if complaint is None or _erased(session, complaint.customer_id):
        raise NotFound(
            msg.tr("There is no complaint number {complaint_id}.").format(complaint_id=complaint_id)
        )
    if complaint.resolved_at is not None:
        raise UserError(
            msg.tr("Complaint {complaint_id} was already made right.").format(complaint_id=complaint_id)
        )
    complaint.resolved_at, complaint.resolved_by = now, actor[:40]
    audit.record(
        session,
        actor,
        "complaint.resolved",
        f"customer:{complaint.customer_id}",
        f"{complaint.id}: {complaint.text}",
        at=now,
    )
    return ComplaintRow(complaint.id, complaint.customer_id, complaint.text, as_utc(complaint.created_at))


def open_complaints(conn: Connection, customer_id: int | None = None) -> list[ComplaintRow]:
    """Complaints not yet made right, oldest first: one person's, or (None) everyone's with their names."""
    stmt = (
        select(Complaint.id, Complaint.customer_id, Complaint.text, Complaint.created_at, Customer.name)
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(Complaint.resolved_at.is_(None), Customer.erased_at.is_(None))
        .order_by(Complaint.created_at, Complaint.id)
    )
    if customer_id is not None:
        stmt = stmt.where(Complaint.customer_id == customer_id)
    return [
        ComplaintRow(id_, cid, text, as_utc(since), name)
        for id_, cid, text, since, name in conn.execute(stmt)
    ]


def _erased(session: Session, customer_id: int) -> bool:
    customer = session.get(Customer, customer_id)
    return customer is None or customer.erased_at is not None


# -- a person's data -------------------------------------------------------------------------------------
def export_rows(session: Session, customer_id: int) -> dict[str, list[dict[str, object]]]:
    """Every talking point and complaint held about the person, open or not (their data export)."""
    points = session.scalars(
        select(TalkingPoint).where(TalkingPoint.customer_id == customer_id).order_by(TalkingPoint.id)
    )
    complaints = session.scalars(
        select(Complaint).where(Complaint.customer_id == customer_id).order_by(Complaint.id)
    )
    return {
        "talking_points": [
            {
                "text": p.text,
                "on": p.due_on.isoformat() if p.due_on else None,
                "noted_at": p.created_at.isoformat(),
                "done_at": p.done_at.isoformat() if p.done_at else None,
            }
            for p in points
        ],
        "complaints": [
            {
                "text": c.text,
                "at": c.created_at.isoformat(),
                "made_right_at": c.resolved_at.isoformat() if c.resolved_at else None,
            }
            for c in complaints
        ],
    }
