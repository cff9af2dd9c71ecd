"""Keeping the conversation fresh: talking points, complaints to make right, and suggestions that rotate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.application import Services
from app.models import utcnow
from app.services import conversation, suggestions
from app.services import surprise as treats
from app.services.conversation import ComplaintRow, TalkingPointRow
from app.services.feedback import FeedbackService
from app.services.suggestions import MightLike
from app.shop.base import Changes, Written, guarded, require_customer

CHANGED = Changes(marks=True)


@dataclass(frozen=True)
class Cues:
    """What the profile may suggest this visit: a surprise treat, an item to try, the feedback question."""

    surprise: treats.Surprise | None
    might_like: MightLike | None
    ask_feedback: bool


class Conversation:
    def __init__(self, services: Services) -> None:
        self._s = services

    def today(self, now: datetime | None = None) -> date:
        """The shop's local day: talking points fall due by it."""
        return (now or utcnow()).astimezone(ZoneInfo(self._s.settings.timezone_name())).date()

    # -- talking points --------------------------------------------------------------------------------
    @guarded
    def add_talking_point(
        self, customer_id: int, text: str, on: date | None = None, actor: str = "counter"
    ) -> Written[int]:
        with self._s.db.write() as session:
            point = conversation.add_talking_point(session, customer_id, text, on, actor, utcnow())
        return Written(point, CHANGED)

    @guarded
    def tick_talking_point(self, point_id: int, actor: str = "counter") -> Written[TalkingPointRow]:
        with self._s.db.write() as session:
            done = conversation.tick_off(session, point_id, actor, utcnow())
        return Written(done, CHANGED)

    @guarded
    def talking_points(self, customer_id: int) -> list[TalkingPointRow]:
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)
            return conversation.open_talking_points(conn, customer_id, self.today())

    # -- complaints ------------------------------------------------------------------------------------
    @guarded
    def add_complaint(self, customer_id: int, text: str, actor: str = "counter") -> Written[int]:
        with self._s.db.write() as session:
            complaint = conversation.add_complaint(session, customer_id, text, actor, utcnow())
        return Written(complaint, CHANGED)

    @guarded
    def resolve_complaint(self, complaint_id: int, actor: str = "counter") -> Written[ComplaintRow]:
        with self._s.db.write() as session:
            done = conversation.resolve(session, complaint_id, actor, utcnow())
        return Written(done, CHANGED)

    @guarded
    def open_complaints(self, customer_id: int | None = None) -> list[ComplaintRow]:
        """Not yet made right, oldest first: one person's, or everyone's (the owner's list) with names."""
        with self._s.db.rows() as conn:
            if customer_id is not None:
                require_customer(conn, customer_id)
            return conversation.open_complaints(conn, customer_id)

    # -- fresh suggestions -----------------------------------------------------------------------------
    @guarded
    def cues(self, customer_id: int, now: datetime | None = None) -> Written[Cues]:
        """This visit's suggestions, remembered so the next visits get other items (a write, but nothing
        a screen need refresh for)."""
        now = now or utcnow()
        settings = self._s.settings
        within = int(settings.get("suggestion_repeat_visits"))
        with self._s.db.write() as session:
            require_customer(session.connection(), customer_id)
            treat = treats.pick(session, settings, customer_id, now)
            banned = treats.banned_pattern(suggestions.allergy_flags(session, customer_id))
            avoid = {treat.item_id} if treat else set()
            to_try = suggestions.might_like(session, customer_id, self.today(now), within, banned, now, avoid)
        ask = FeedbackService(self._s.db, settings).can_ask(customer_id)
        return Written(Cues(treat, to_try, ask), Changes())
