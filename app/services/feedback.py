"""'Would you recommend us?' at the counter, asked rarely, and NPS for the owner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.db.engine import Database
from app.errors import UserError
from app.messages import msg
from app.models import Feedback, utcnow
from app.services.settings import Settings

COMMENT_MAX = 500


class FeedbackError(UserError):
    pass


@dataclass(frozen=True)
class Nps:
    score: int | None  # -100..100, None without answers
    promoters: int
    passives: int
    detractors: int

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors


class FeedbackService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db, self._settings = db, settings

    def can_ask(self, customer_id: int, now: datetime | None = None) -> bool:
        now = now or utcnow()
        days = int(self._settings.get("feedback_interval_days"))
        with self._db.read() as session:
            last = session.scalar(select(func.max(Feedback.at)).where(Feedback.customer_id == customer_id))
        return last is None or now - last >= timedelta(days=days)

    def record(self, customer_id: int, score: int, comment: str = "", now: datetime | None = None) -> None:
        if not 0 <= score <= 10:
            raise FeedbackError(msg.tr("The score goes from 0 to 10."))
        comment = " ".join(comment.split())
        if len(comment) > COMMENT_MAX:
            raise FeedbackError(
                msg.tr("The comment is {count} characters; at most {most} fit.").format(
                    count=len(comment), most=COMMENT_MAX
                )
            )
        with self._db.write() as session:
            session.add(Feedback(customer_id=customer_id, score=score, comment=comment, at=now or utcnow()))

    def nps(self, since: datetime, until: datetime) -> Nps:
        with self._db.read() as session:
            scores = list(
                session.scalars(select(Feedback.score).where(Feedback.at >= since, Feedback.at < until))
            )
        promoters = sum(1 for s in scores if s >= 9)
        detractors = sum(1 for s in scores if s <= 6)
        passives = len(scores) - promoters - detractors
        score = round(100 * (promoters - detractors) / len(scores)) if scores else None
        return Nps(score, promoters, passives, detractors)
