"""Everything the counter shows about one customer, gathered in one call (also `customers show` and `scan`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text

from app.db.engine import Database
from app.errors import NotFound
from app.messages import Message, msg
from app.models.base import as_utc
from app.services import birthdays, conversation, loyalty, phones, visits
from app.services.cards import CardInfo
from app.services.conversation import ComplaintRow, TalkingPointRow
from app.services.customers import Customers
from app.services.loyalty import RewardRow, Rules, progress
from app.services.settings import Settings
from app.services.visits import UsualItem, VisitRow


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    phone: str | None
    phone_display: str
    email: str | None
    birthday: birthdays.Birthday | None
    birthday_in_days: int | None
    preferences: str
    flags: list[str]
    allergy_note: str
    notes: str
    consent_contact: bool
    visit_count: int
    last_visit: datetime | None
    usual: list[UsualItem]
    recent: list[VisitRow]
    points: int
    rules: Rules
    can_redeem: list[RewardRow]
    next_reward: Message | str  # a sentence for the command line; the window formats the numbers below
    next_reward_cost: int | None
    card: CardInfo | None
    next_reward_name: str | None = None
    reward_goal: int = 1  # the meter's full mark: the cheapest reward within reach, else the next one
    talking_points: list[TalkingPointRow] = field(default_factory=list)  # open ones, due first
    open_complaints: list[ComplaintRow] = field(default_factory=list)  # not yet made right, oldest first
    name_unknown: bool = False  # named by their e-mail or phone by an import, until staff type the real name

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "name_unknown": self.name_unknown,
            "phone": self.phone,
            "email": self.email,
            "birthday": str(self.birthday) if self.birthday else None,
            "birthday_in_days": self.birthday_in_days,
            "preferences": self.preferences,
            "notes": self.notes,
            "flags": self.flags,
            "allergy_note": self.allergy_note,
            "points": self.points,
            "unit": self.rules.unit,
            "visits": self.visit_count,
            "last_visit": self.last_visit.isoformat() if self.last_visit else None,
            "usual": [u.name for u in self.usual],
            "can_redeem": [r.name for r in self.can_redeem],
            "next_reward": str(self.next_reward),
            "recent_visits": [
                {
                    "id": v.id,
                    "at": v.at.isoformat(),
                    "items": v.items,
                    "amount_cents": v.amount_cents,
                    "voided": v.voided,
                }
                for v in self.recent
            ],
            "card": {"payload": self.card.payload, "status": self.card.status} if self.card else None,
            "talking_points": [
                {"id": t.id, "text": t.text, "on": t.on.isoformat() if t.on else None, "due": t.due}
                for t in self.talking_points
            ],
            "open_complaints": [
                {"id": c.id, "text": c.text, "since": c.since.isoformat()} for c in self.open_complaints
            ],
        }


# The customer, their visit count, last visit and balance in one statement.
PERSON_COLUMNS = (
    "SELECT c.id, c.name, c.phone, c.email, c.birth_month, c.birth_day, c.birth_year, c.preferences, c.allergies, "
    "c.allergy_note, c.notes, c.consent_contact, "
    "(SELECT count(*) FROM visits v WHERE v.customer_id = c.id AND NOT v.voided), "
    "(SELECT max(v.at) FROM visits v WHERE v.customer_id = c.id AND NOT v.voided), "
    "l.high, l.low, c.name_unknown "
)
PERSON_WIDTH = 17  # the columns above, before the one-trip statement's JSON arrays
# The balance in two halves (see loyalty.points_sum): a damaged row cannot overflow it.
PERSON_FROM = (
    "FROM customers c, (SELECT coalesce(sum(points / 4294967296), 0) AS high, "
    "coalesce(sum(points % 4294967296), 0) AS low FROM points_ledger WHERE customer_id = :customer) l "
    "WHERE c.id = :customer AND c.erased_at IS NULL"
)
PERSON_SQL = text(PERSON_COLUMNS + PERSON_FROM)
CARD_SQL = text(
    "SELECT id, customer_id, token, status, issued_at, printed_at FROM cards "
    "WHERE customer_id = :customer AND status = 'active'"
)
REWARDS_SQL = "SELECT id, name, cost, active FROM rewards WHERE active ORDER BY cost, name"
OPEN_SQL = (
    "SELECT 'p' AS kind, id, text, due_on, created_at FROM talking_points "
    "WHERE customer_id = :customer AND done_at IS NULL UNION ALL "
    "SELECT 'c', id, text, NULL, created_at FROM complaints WHERE customer_id = :customer AND resolved_at IS NULL"
)


def _as_json(sql: str) -> str:
    """A statement's rows as one JSON array of objects, in the statement's own order (json_agg keeps the
    order of a sorted subquery)."""
    return f"(SELECT coalesce(json_agg(r), '[]') FROM ({sql}) r)"  # noqa: S608 (our own constants)


# On a server: the whole profile in one statement, one round trip instead of eight (a single statement
# reads one snapshot, so it stays as consistent as the read transaction SQLite gets).
ONE_TRIP_SQL = text(
    PERSON_COLUMNS
    + ", "
    + ", ".join(
        _as_json(sql)
        for sql in (CARD_SQL.text, REWARDS_SQL, visits.USUAL_SQL.text, visits.RECENT_SQL.text, OPEN_SQL)
    )
    + " "
    + PERSON_FROM
)


class Profiles:
    def __init__(self, db: Database, customers: Customers, settings: Settings) -> None:
        self._db, self._customers, self._settings = db, customers, settings

    def load(self, customer_id: int, today: date | None = None) -> Profile:
        """One read transaction of plain rows: a scan shows a consistent profile, and the counter waits on it."""
        rules = Rules.from_settings(self._settings)
        window = int(self._settings.get("usual_window_visits"))
        today = today or datetime.now(ZoneInfo(self._settings.timezone_name())).date()
        if self._db.dialect == "postgresql":
            c, card, offers, usual, recent, (points_to_raise, complaints) = self._one_trip(
                customer_id, window, today
            )
        else:
            with self._db.rows() as conn:
                c = conn.execute(PERSON_SQL, {"customer": customer_id}).first()
                if c is None:
                    raise NotFound(
                        msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id)
                    )
                card = conn.execute(CARD_SQL, {"customer": customer_id}).first()
                offers = loyalty.rewards(conn)
                usual = visits.usual_order(conn, customer_id, window)
                recent = visits.recent_visits(conn, customer_id)
                points_to_raise, complaints = conversation.for_profile(conn, customer_id, today)
        (
            _,
            name,
            phone,
            email,
            month,
            day,
            year,
            preferences,
            allergies,
            allergy_note,
            notes,
            consent,
            count,
            last,
            high,
            low,
            name_unknown,
        ) = c[:PERSON_WIDTH]
        points = int(high) * loyalty.HALF + int(low)
        bday = birthdays.Birthday(month, day, year) if month and day else None
        available, upcoming, next_reward = progress(rules, int(points), offers)
        return Profile(
            id=customer_id,
            name=name,
            phone=phone,
            email=email,
            phone_display=phones.display(phone, self._customers.region) if phone else "",
            birthday=bday,
            birthday_in_days=birthdays.days_until(bday, today) if bday else None,
            preferences=preferences,
            flags=[f for f in allergies.split(",") if f],
            allergy_note=allergy_note,
            notes=notes,
            consent_contact=bool(consent),
            visit_count=count,
            last_visit=as_utc(last) if last is not None else None,
            usual=usual,
            recent=recent,
            points=int(points),
            rules=rules,
            can_redeem=available,
            next_reward=next_reward,
            next_reward_cost=upcoming.cost if upcoming else None,
            next_reward_name=upcoming.name if upcoming else None,
            reward_goal=min((r.cost for r in available), default=0)
            or (upcoming.cost if upcoming else int(points) or 1),
            card=CardInfo(
                card[0],
                card[1],
                card[2],
                card[3],
                as_utc(card[4]),
                as_utc(card[5]) if card[5] is not None else None,
            )
            if card
            else None,
            talking_points=points_to_raise,
            open_complaints=complaints,
            name_unknown=bool(name_unknown),
        )

    def _one_trip(self, customer_id: int, window: int, today: date) -> tuple[Any, ...]:
        with self._db.lookup() as conn:
            row = conn.execute(ONE_TRIP_SQL, {"customer": customer_id, "window": window, "n": 8}).first()
        if row is None:
            raise NotFound(
                msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id)
            )
        person, (card, offers, usual, recent, talk) = row[:PERSON_WIDTH], row[PERSON_WIDTH:]
        cards = [_values(r, times=(4, 5)) for r in card]
        return (
            person,
            cards[0] if cards else None,
            [RewardRow(r["id"], r["name"], r["cost"], bool(r["active"])) for r in offers],
            visits.usual_from_rows([_values(r) for r in usual]),
            visits.recent_from_rows([_values(r, times=(1,)) for r in recent]),
            conversation.open_from_rows(
                [_values(r, times=(4,), days=(3,)) for r in talk], customer_id, today
            ),
        )


def _values(row: dict[str, Any], times: tuple[int, ...] = (), days: tuple[int, ...] = ()) -> list[Any]:
    """A JSON object's values as a row; times and dates (JSON text) at those places parsed, times in UTC."""
    values = list(row.values())
    for i in times:
        if values[i] is not None:
            values[i] = as_utc(values[i]).astimezone(UTC)
    for i in days:
        if values[i] is not None:
            values[i] = date.fromisoformat(values[i])
    return values
