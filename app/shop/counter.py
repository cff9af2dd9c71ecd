"""The counter: finding a customer, their profile, recording a visit, rewards, and the customer form."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.application import Services
from app.services import insights
from app.services import surprise as treats
from app.services.customers import Clean, CustomerInput, validate
from app.services.feedback import FeedbackService
from app.services.insights import BirthdayRow
from app.services.items import ItemRow
from app.services.loyalty import Redemption
from app.services.profile import Profile
from app.services.search import SearchHit
from app.services.visits import RecordedVisit
from app.shop.base import Changes, Written, guarded, require_customer

VISIT = Changes(visits=True, points=True)


@dataclass(frozen=True)
class CounterSettings:
    """What the counter window needs to know about the shop, read once when it opens."""

    shop_name: str
    zone: str
    currency: str
    region: str
    scan_max_interval_ms: int
    scan_suffix: str
    scan_repeat_seconds: float
    owner_relock_minutes: int
    birthday_window_days: int


@dataclass(frozen=True)
class Opened:
    """A profile as the counter shows it, with its cues."""

    profile: Profile
    treat: treats.Surprise | None
    feedback_due: bool


@dataclass(frozen=True)
class Found:
    hits: list[SearchHit]
    total: int  # capped: more than `cap` reads as "more than cap"


class Counter:
    def __init__(self, services: Services) -> None:
        self._s = services

    def _require(self, customer_id: int) -> None:
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)

    @guarded
    def require(self, customer_id: int) -> None:
        """NotFound unless there is such a customer and they were not erased."""
        self._require(customer_id)

    @guarded
    def settings(self) -> CounterSettings:
        from app import till_settings

        values = self._s.settings.all()
        interval, suffix = till_settings.load(self._s.paths.root).scanner(values)  # this till's own scanner
        return CounterSettings(
            shop_name=str(values["shop_name"]),
            zone=self._s.settings.timezone_name(),
            currency=str(values["currency"]),
            region=str(values["region"]),
            scan_max_interval_ms=interval,
            scan_suffix=suffix,
            scan_repeat_seconds=float(values["scan_repeat_seconds"]),
            owner_relock_minutes=int(values["owner_relock_minutes"]),
            birthday_window_days=int(values["birthday_window_days"]),
        )

    @guarded
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self._s.search.search(query, limit)

    @guarded
    def find(self, query: str, limit: int = 20, cap: int = 100) -> Found:
        hits, total = self._s.search.search_counted(query, limit, cap)
        return Found(hits, total)

    @guarded
    def lookup(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The command line's find: a card payload finds its holder alone, anything else searches."""
        from app.services.cards import CardError

        try:
            holder = self._s.cards.resolve(query)
        except CardError:
            return self._s.search.search(query, limit)
        hits = self._s.search.search(self._s.customers.get(holder).name, 50)
        return [h for h in hits if h.id == holder][:1]

    @guarded
    def is_empty(self) -> bool:
        """A new shop: no customers and no menu yet (the first start offers the demo)."""
        return not self._s.search.count() and not self._s.items.list(include_inactive=True)

    @guarded
    def birthdays_soon(self) -> list[BirthdayRow]:
        """Whose birthday falls within the shop's birthday window, for the idle list."""
        today = datetime.now(ZoneInfo(self._s.settings.timezone_name())).date()
        days = int(self._s.settings.get("birthday_window_days"))
        return insights.upcoming_birthdays(self._s.db, today, days)

    @guarded
    def menu(self) -> list[ItemRow]:
        return self._s.items.list()

    @guarded
    def resolve_items(self, names: list[str]) -> list[int]:
        """Item ids for typed names (case-insensitive); ItemError names the one not on the menu."""
        return self._s.items.resolve(names)

    @guarded
    def open(self, customer_id: int, record_offer: bool = True) -> Opened:
        """The profile and its cues, so the counter paints once; a surprise treat offered is put on record
        (a short write, only when there is one to offer). The window reads without recording
        (record_offer=False): the suggestions' write once the profile has stayed a moment
        (`conversation.cues`) records the same treat, and the write stays off the scan's path."""
        profile = self._s.profiles.load(customer_id)
        offered = treats.offer if record_offer else treats.suggest
        treat = offered(self._s.db, self._s.settings, customer_id)
        due = FeedbackService(self._s.db, self._s.settings).can_ask(customer_id)
        return Opened(profile, treat, due)

    @guarded
    def open_card(self, text: str, record_offer: bool = True) -> Opened:
        """A scanned or typed card: CardError says plainly why it cannot be used."""
        return self.open(self._s.cards.resolve(text), record_offer)

    @guarded
    def profile(self, customer_id: int) -> Profile:
        return self._s.profiles.load(customer_id)

    @guarded
    def resolve_card(self, text: str) -> int:
        """The customer behind a card payload; CardError says plainly why a card cannot be used."""
        return self._s.cards.resolve(text)

    @guarded
    def scan(self, text: str) -> Profile:
        return self._s.profiles.load(self._s.cards.resolve(text))

    @staticmethod
    def new_visit_ref() -> str:
        """One reference per visit the person at the counter confirms: saving again with it after a lost
        answer (a timeout, a dropped connection) returns the first save instead of recording twice."""
        return uuid.uuid4().hex

    @guarded
    def record_visit(
        self,
        customer_id: int,
        items: list[tuple[int, int]] | None = None,
        amount_cents: int | None = None,
        found_by: str = "manual",
        ref: str | None = None,
        actor: str = "counter",
    ) -> Written[RecordedVisit]:
        # The save itself says when there is no such customer (one transaction instead of two).
        visit = self._s.visits.record(
            customer_id, items, amount_cents, found_by, actor, client_ref=ref or self.new_visit_ref()
        )
        return Written(visit, VISIT)

    @guarded
    def record_usual(
        self, customer_id: int, found_by: str = "manual", ref: str | None = None, actor: str = "counter"
    ) -> Written[RecordedVisit]:
        self._require(customer_id)
        visit = self._s.visits.record_usual(
            customer_id, found_by, actor, client_ref=ref or self.new_visit_ref()
        )
        return Written(visit, VISIT)

    @guarded
    def within_undo_window(self, visit_id: int) -> bool:
        return self._s.visits.within_undo_window(visit_id)

    @guarded
    def undo_visit(self, visit_id: int, actor: str = "counter") -> Written[int]:
        """Take back a visit saved a moment ago; the points taken back."""
        return Written(self._s.visits.undo(visit_id, actor), VISIT)

    @guarded
    def void_visit(self, visit_id: int, reason: str, actor: str = "counter") -> Written[int]:
        return Written(self._s.visits.void(visit_id, reason, actor), VISIT)

    @guarded
    def give_reward(self, customer_id: int, reward_name: str, actor: str = "counter") -> Written[Redemption]:
        self._require(customer_id)
        return Written(self._s.loyalty.give(customer_id, reward_name, actor), Changes(points=True))

    @guarded
    def undo_reward(self, entry_id: int, actor: str = "counter") -> Written[int]:
        return Written(self._s.loyalty.undo_redemption(entry_id, actor), Changes(points=True))

    @guarded
    def redeem(self, customer_id: int, reward_name: str, actor: str = "counter") -> Written[int]:
        self._require(customer_id)
        return Written(self._s.loyalty.redeem(customer_id, reward_name, actor), Changes(points=True))

    # -- the customer form ---------------------------------------------------------------------------------
    def check_customer(self, data: CustomerInput) -> Clean:
        """Validate without saving (no database): ValidationError carries a message per field."""
        return validate(data, self._s.customers.region)

    @guarded
    def customer(self, customer_id: int) -> CustomerInput:
        return self._s.customers.as_input(customer_id)

    @guarded
    def duplicate_name(self, phone: str | None, email: str | None, exclude: int | None = None) -> str | None:
        """The name of another customer with this phone or e-mail, to ask before saving a second one."""
        other = self._s.customers.find_duplicate(phone, email, exclude)
        return self._s.profiles.load(other).name if other is not None else None

    @guarded
    def duplicate_of(self, phone: str | None, email: str | None) -> int | None:
        """The number of a customer already on file with this phone or e-mail."""
        return self._s.customers.find_duplicate(phone, email)

    @guarded
    def add_customer(self, data: CustomerInput, actor: str = "counter") -> Written[int]:
        return Written(self._s.customers.add(data, actor), Changes(customers=True))

    @guarded
    def edit_customer(self, customer_id: int, data: CustomerInput, actor: str = "counter") -> Written[int]:
        self._s.customers.update(customer_id, data, actor)
        return Written(customer_id, Changes(customers=True))

    # -- relationship cues ---------------------------------------------------------------------------------
    @guarded
    def surprise(self, customer_id: int) -> treats.Surprise | None:
        return treats.suggest(self._s.db, self._s.settings, customer_id)

    @guarded
    def give_surprise(self, customer_id: int, treat: treats.Surprise, actor: str = "counter") -> Written[int]:
        self._require(customer_id)
        treats.give(self._s.db, customer_id, treat, actor)
        return Written(customer_id, Changes(marks=True))

    @guarded
    def feedback_due(self, customer_id: int) -> bool:
        return FeedbackService(self._s.db, self._s.settings).can_ask(customer_id)

    @guarded
    def record_feedback(self, customer_id: int, score: int, comment: str = "") -> Written[int]:
        self._require(customer_id)
        FeedbackService(self._s.db, self._s.settings).record(customer_id, score, comment)
        return Written(customer_id, Changes(customers=True))
