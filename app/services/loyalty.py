"""Points and stamps over an append-only ledger. A balance is always the sum of its rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, ColumnElement, Connection, func, literal, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import UserError
from app.messages import Message, msg
from app.models import Customer, LedgerEntry, Reward, Visit, utcnow
from app.services import audit
from app.services.settings import Settings
from app.services.text import clean_text


class LoyaltyError(UserError):
    pass


@dataclass(frozen=True)
class Rules:
    mode: str = "stamps"  # stamps, per_visit, per_amount
    points_per_visit: int = 1
    points_per_unit: int = 1
    birthday_bonus: int = 0
    cooldown_minutes: int = 60
    expiry_months: int = 0

    @property
    def unit(self) -> str:
        return "stamp" if self.mode == "stamps" else "point"

    def units(self, n: int) -> Message:
        if self.mode == "stamps":
            return msg.tr("%n stamp(s)", "", abs(n))
        return msg.tr("%n point(s)", "", abs(n))

    def for_visit(self, amount_cents: int | None) -> int:
        if self.mode == "per_amount":
            return (amount_cents or 0) // 100 * self.points_per_unit
        return self.points_per_visit

    @classmethod
    def from_settings(cls, settings: Settings) -> Rules:
        v = settings.all()
        return cls(
            v["loyalty_mode"],
            int(v["points_per_visit"]),
            int(v["points_per_unit"]),
            int(v["birthday_bonus"]),
            int(v["cooldown_minutes"]),
            int(v["expiry_months"]),
        )


@dataclass(frozen=True)
class Earned:
    points: int
    message: Message  # what the counter sees: "+1 stamp" or why nothing was added


@dataclass(frozen=True)
class Redemption:
    entry_id: int  # the ledger row, for an undo
    reward: str
    balance: int


@dataclass(frozen=True)
class RewardRow:
    id: int
    name: str
    cost: int
    active: bool


MAX_ADJUST = 100_000  # points per manual adjustment, either way
# No shop gives out this many; only an adjustment made before adjustments were bounded could. Taking
# such a balance back down is allowed in one adjustment of any size.
IMPOSSIBLE_BALANCE = 1_000_000_000
LARGEST_POINTS = 2**63 - 1  # the most one ledger row can hold
HALF = 2**32


def points_sum(conn: Session | Connection, *where: ColumnElement[bool]) -> int:
    """The sum of ledger points, summed in high and low halves so that a damaged row near 2**63
    cannot overflow the database's 64-bit sum and make the customer unreadable."""
    half = literal(HALF, BigInteger())
    high, low = conn.execute(
        select(
            func.coalesce(func.sum(LedgerEntry.points // half), 0),
            func.coalesce(func.sum(LedgerEntry.points % half), 0),
        ).where(*where)
    ).one()
    return int(high) * HALF + int(low)


def balance(session: Session, customer_id: int) -> int:
    return points_sum(session, LedgerEntry.customer_id == customer_id)


def rewards(conn: Session | Connection, include_inactive: bool = False) -> list[RewardRow]:
    stmt = select(Reward.id, Reward.name, Reward.cost, Reward.active).order_by(Reward.cost, Reward.name)
    if not include_inactive:
        stmt = stmt.where(Reward.active.is_(True))
    return [RewardRow(row[0], row[1], row[2], bool(row[3])) for row in conn.execute(stmt)]


def lock_customer(session: Session, customer_id: int) -> Customer:
    """Serialise balance changes per customer: FOR UPDATE on PostgreSQL; SQLite's write lock is already held."""
    customer = session.scalar(select(Customer).where(Customer.id == customer_id).with_for_update())
    if customer is None or customer.erased_at is not None:
        raise LoyaltyError(
            msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id)
        )
    return customer


def reverse_visit(session: Session, visit: Visit, actor: str, reason: str) -> int:
    """Reverse what a voided visit earned; never below zero if the points were already spent."""
    lock_customer(session, visit.customer_id)
    rows = session.scalars(
        select(LedgerEntry).where(LedgerEntry.visit_id == visit.id, LedgerEntry.points > 0)
    ).all()
    available = balance(session, visit.customer_id)
    reversed_total = 0
    for row in rows:
        amount = min(row.points, available - reversed_total)
        if amount <= 0:
            break
        session.add(
            LedgerEntry(
                customer_id=visit.customer_id,
                kind="reversal",
                points=-amount,
                actor=actor,
                reason=f"visit {visit.id} voided: {reason}"[:200],
                visit_id=visit.id,
                reverses_id=row.id,
            )
        )
        reversed_total += amount
    return reversed_total


def expire_due(session: Session, rules: Rules, customer_id: int, now: datetime, actor: str) -> int:
    """Expire points earned before the cut-off that later spending has not used up (first in, first out)."""
    if not rules.expiry_months:
        return 0
    cutoff = now - timedelta(days=30 * rules.expiry_months)
    old_credit = points_sum(
        session, LedgerEntry.customer_id == customer_id, LedgerEntry.points > 0, LedgerEntry.at < cutoff
    )
    debits = -points_sum(session, LedgerEntry.customer_id == customer_id, LedgerEntry.points < 0)
    due = min(old_credit - debits, balance(session, customer_id))
    if due <= 0:
        return 0
    session.add(
        LedgerEntry(
            customer_id=customer_id,
            kind="expire",
            points=-due,
            actor=actor,
            reason=f"earned over {rules.expiry_months} months ago",
            at=now,
        )
    )
    return due


_ADJUST_RANGE = msg.tr("An adjustment must be between -{most} and {most} points.").format(
    most=f"{MAX_ADJUST:,}"
)


class Loyalty:
    def __init__(self, db: Database, settings: Settings, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._settings = settings
        self.clock = clock

    def rules(self) -> Rules:
        return Rules.from_settings(self._settings)

    def balance(self, customer_id: int) -> int:
        with self._db.read() as session:
            return balance(session, customer_id)

    def rewards(self, include_inactive: bool = False) -> list[RewardRow]:
        with self._db.read() as session:
            return rewards(session, include_inactive)

    def add_reward(self, name: str, cost: int, actor: str = "owner") -> int:
        name = clean_text(name)
        if not name or len(name) > 80:
            raise LoyaltyError(msg.tr("A reward needs a name of 1 to 80 characters."))
        if not 0 < cost <= MAX_ADJUST:
            raise LoyaltyError(
                msg.tr("A reward must cost between 1 and {most} points or stamps.").format(
                    most=f"{MAX_ADJUST:,}"
                )
            )
        with self._db.write() as session:
            if session.scalar(select(Reward.id).where(func.lower(Reward.name) == name.lower())):
                raise LoyaltyError(msg.tr("There is already a reward called “{name}”.").format(name=name))
            reward = Reward(name=name, cost=cost)
            session.add(reward)
            session.flush()
            audit.record(session, actor, "reward.add", f"reward:{reward.id}", f"{name} for {cost}")
            return reward.id

    def set_reward_active(self, reward_id: int, active: bool, actor: str = "owner") -> None:
        with self._db.write() as session:
            reward = session.get(Reward, reward_id)
            if reward is None:
                raise LoyaltyError(
                    msg.tr("There is no reward number {reward_id}.").format(reward_id=reward_id)
                )
            reward.active = active
            audit.record(
                session, actor, "reward.active" if active else "reward.retire", f"reward:{reward_id}"
            )

    def redeem(self, customer_id: int, reward_name: str, actor: str = "counter") -> int:
        """Spend points on a reward; returns the new balance."""
        return self.give(customer_id, reward_name, actor).balance

    def give(self, customer_id: int, reward_name: str, actor: str = "counter") -> Redemption:
        """Spend points on a reward. Two tills at once: one wins, one is told why."""
        rules = self.rules()
        with self._db.write() as session:
            reward = session.scalar(
                select(Reward).where(func.lower(Reward.name) == reward_name.strip().lower())
            )
            if reward is None or not reward.active:
                raise LoyaltyError(
                    msg.tr("There is no active reward called “{value}”.").format(
                        value=clean_text(reward_name)[:80]
                    )
                )
            lock_customer(session, customer_id)
            now = self.clock()
            expire_due(session, rules, customer_id, now, actor)
            current = balance(session, customer_id)
            if current < reward.cost:
                raise LoyaltyError(
                    msg.tr("{name} needs {units}; this customer has {balance}.").format(
                        name=reward.name, units=rules.units(reward.cost), balance=rules.units(current)
                    )
                )
            entry = LedgerEntry(
                customer_id=customer_id,
                kind="redeem",
                points=-reward.cost,
                actor=actor,
                reason=reward.name,
                reward_id=reward.id,
                at=now,
            )
            session.add(entry)
            session.flush()
            audit.record(session, actor, "reward.redeem", f"customer:{customer_id}", reward.name)
            return Redemption(entry.id, reward.name, current - reward.cost)

    def undo_redemption(self, entry_id: int, actor: str = "counter") -> int:
        """Give back the points of a reward handed over by mistake a moment ago; returns the new balance."""
        from app.services.undo import undo_redemption

        with self._db.write() as session:
            return undo_redemption(session, entry_id, actor, self.clock())

    def adjust(self, customer_id: int, delta: int, reason: str, actor: str = "owner") -> int:
        reason = clean_text(reason)
        if not reason:
            raise LoyaltyError(msg.tr("A manual adjustment needs a reason."))
        if delta == 0:
            raise LoyaltyError(msg.tr("An adjustment of zero changes nothing."))
        if not -LARGEST_POINTS <= delta <= LARGEST_POINTS:
            raise LoyaltyError(_ADJUST_RANGE)
        with self._db.write() as session:
            lock_customer(session, customer_id)
            current = balance(session, customer_id)
            if abs(delta) > MAX_ADJUST and not (delta < 0 and current > IMPOSSIBLE_BALANCE):
                raise LoyaltyError(_ADJUST_RANGE)
            if current + delta < 0:
                raise LoyaltyError(
                    msg.tr("The balance is {current}; taking {value} would make it negative.").format(
                        current=current, value=-delta
                    )
                )
            session.add(
                LedgerEntry(
                    customer_id=customer_id, kind="adjust", points=delta, actor=actor, reason=reason[:200]
                )
            )
            audit.record(session, actor, "points.adjust", f"customer:{customer_id}", f"{delta:+d}: {reason}")
            return current + delta

    def expire(self, customer_id: int, now: datetime | None = None, actor: str = "system") -> int:
        with self._db.write() as session:
            lock_customer(session, customer_id)
            return expire_due(session, self.rules(), customer_id, now or utcnow(), actor)

    def history(self, customer_id: int, limit: int = 50) -> list[LedgerEntry]:
        with self._db.read() as session:
            stmt = (
                select(LedgerEntry)
                .where(LedgerEntry.customer_id == customer_id)
                .order_by(LedgerEntry.id.desc())
                .limit(limit)
            )
            return list(session.scalars(stmt))


def progress(
    rules: Rules, points: int, rewards: list[RewardRow]
) -> tuple[list[RewardRow], RewardRow | None, Message | str]:
    """What the customer can take now, the next reward out of reach, and how far it is."""
    available = [r for r in rewards if r.active and r.cost <= points]
    upcoming = [r for r in rewards if r.active and r.cost > points]
    if upcoming:
        nxt = min(upcoming, key=lambda r: r.cost)
        missing = nxt.cost - points
        more = (
            msg.tr("%n more stamp(s) to a {reward}", "", missing)
            if rules.mode == "stamps"
            else msg.tr("%n more point(s) to a {reward}", "", missing)
        )
        return available, nxt, more.format(reward=nxt.name.lower())
    return available, None, ""
