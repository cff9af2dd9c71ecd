"""Everything the counter shows about one customer, gathered in one call (also `customers show` and `scan`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.services import birthdays, phones
from app.services.cards import CardInfo, Cards
from app.services.customers import Customers
from app.services.loyalty import Loyalty, RewardRow, Rules, progress
from app.services.settings import Settings
from app.services.visits import UsualItem, VisitRow, Visits


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
    next_reward: str
    next_reward_cost: int | None
    card: CardInfo | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
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
            "next_reward": self.next_reward,
            "recent_visits": [
                {
                    "id": v.id,
                    "at": v.at.isoformat(),
                    "items": v.items,
                    "amount_cents": v.amount_cents,
                    "voided": v.voided,
                }
                for v in self.recent
            ],  # fmt: skip
            "card": {"payload": self.card.payload, "status": self.card.status} if self.card else None,
        }


class Profiles:
    def __init__(
        self, customers: Customers, visits: Visits, loyalty: Loyalty, cards: Cards, settings: Settings
    ):
        self._customers, self._visits, self._loyalty, self._cards = customers, visits, loyalty, cards
        self._settings = settings

    def load(self, customer_id: int, today: date | None = None) -> Profile:
        c = self._customers.get(customer_id)
        region = self._customers.region
        today = today or datetime.now(ZoneInfo(self._settings.timezone_name())).date()
        bday = (
            birthdays.Birthday(c.birth_month, c.birth_day, c.birth_year)
            if c.birth_month and c.birth_day
            else None
        )
        count, last = self._visits.summary(customer_id)
        points = self._loyalty.balance(customer_id)
        rules = self._loyalty.rules()
        available, upcoming, next_reward = progress(rules, points, self._loyalty.rewards())
        return Profile(
            id=c.id, name=c.name, phone=c.phone, phone_display=phones.display(c.phone, region) if c.phone else "",
            email=c.email, birthday=bday, birthday_in_days=birthdays.days_until(bday, today) if bday else None,
            preferences=c.preferences, flags=[f for f in c.allergies.split(",") if f], allergy_note=c.allergy_note,
            notes=c.notes, consent_contact=c.consent_contact, visit_count=count, last_visit=last,
            usual=self._visits.usual(customer_id), recent=self._visits.recent(customer_id), points=points,
            rules=rules, can_redeem=available, next_reward=next_reward,
            next_reward_cost=upcoming.cost if upcoming else None, card=self._cards.active_card(customer_id),
        )  # fmt: skip
