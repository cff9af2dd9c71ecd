"""Earning at a visit: the points or stamps a visit brings, the cooldown between two earnings and the
birthday bonus, with the words the counter shows for them."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.messages import joined, msg
from app.models import Customer, LedgerEntry, Visit
from app.services import birthdays
from app.services.loyalty import Earned, Rules, expire_due, lock_customer


def earn_for_visit(
    session: Session,
    rules: Rules,
    visit: Visit,
    actor: str,
    today_local: date,
    customer: Customer | None = None,
) -> Earned:
    """Called inside the visit's own transaction, after the visit row is flushed. `customer`: the row this
    transaction has already locked (locking it again is one more round trip to a server)."""
    customer = customer or lock_customer(session, visit.customer_id)
    expire_due(session, rules, customer.id, visit.at, actor)
    messages = []
    total = 0
    last_earn = session.scalar(
        select(func.max(LedgerEntry.at)).where(
            LedgerEntry.customer_id == customer.id, LedgerEntry.kind == "earn", LedgerEntry.points > 0
        )
    )
    since_last = visit.at - last_earn if last_earn is not None else None
    points = rules.for_visit(visit.amount_cents)
    if (
        since_last is not None
        and rules.cooldown_minutes
        and since_last < timedelta(minutes=rules.cooldown_minutes)
    ):
        minutes = max(1, int(since_last.total_seconds() // 60))
        cooldown = rules.cooldown_minutes
        messages.append(
            msg.tr(
                "No stamps this time: the last ones were added {minutes} min ago (one earning per {cooldown} min)."
            )
            if rules.mode == "stamps"
            else msg.tr(
                "No points this time: the last ones were added {minutes} min ago (one earning per {cooldown} min)."
            )
        )
        messages[-1] = messages[-1].format(minutes=minutes, cooldown=cooldown)
    elif points > 0:
        session.add(
            LedgerEntry(
                customer_id=customer.id,
                kind="earn",
                points=points,
                actor=actor,
                reason="visit",
                visit_id=visit.id,
                at=visit.at,
            )
        )
        total += points
        messages.append(msg.tr("+{units}").format(units=rules.units(points)))
    if rules.birthday_bonus and customer.birth_month:
        bonus = _birthday_bonus(session, rules, customer, visit, actor, today_local)
        if bonus:
            total += bonus
            messages.append(msg.tr("+{units} birthday bonus").format(units=rules.units(bonus)))
    return Earned(total, joined(messages) if messages else msg.tr("No points for this visit."))


def _birthday_bonus(
    session: Session, rules: Rules, customer: Customer, visit: Visit, actor: str, today_local: date
) -> int:
    bday = birthdays.stored(customer.birth_month, customer.birth_day)
    if bday is None:
        return 0
    # Given on the birthday or in the week after it, once a year.
    since = (bday.in_year(today_local.year) - today_local).days
    if since > 0:
        since = (bday.in_year(today_local.year - 1) - today_local).days
    if not -6 <= since <= 0:
        return 0
    year_start = visit.at - timedelta(days=300)
    already = session.scalar(
        select(func.count(LedgerEntry.id)).where(
            LedgerEntry.customer_id == customer.id,
            LedgerEntry.kind == "birthday",
            LedgerEntry.at >= year_start,
        )
    )
    if already:
        return 0
    session.add(
        LedgerEntry(
            customer_id=customer.id,
            kind="birthday",
            points=rules.birthday_bonus,
            actor=actor,
            reason="birthday bonus",
            visit_id=visit.id,
            at=visit.at,
        )
    )
    return rules.birthday_bonus
