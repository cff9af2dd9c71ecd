"""What staff keep in mind about a person between visits: talking points, complaints to make right, and the
suggestions already made to them (so the next one is fresh)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow


class TalkingPoint(Base):
    """A follow-up jotted on a profile ("ask how the marathon went"), shown from `due_on` until ticked off."""

    __tablename__ = "talking_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)  # the shop's local day; None: at once
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(40), default="")
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    done_by: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (Index("ix_talking_points_customer_done", "customer_id", "done_at"),)


class Complaint(Base):
    """A bad experience to make right; open until staff mark it made right. Open ones never expire."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(40), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (Index("ix_complaints_customer_resolved", "customer_id", "resolved_at"),)


class Suggestion(Base):
    """An item suggested to a person (a surprise treat, or "you might like"), stamped with their visit count
    at the time: the same item is not suggested again within the shop's number of visits."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # "surprise" or "try"
    visit_number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("customer_id", "kind", "visit_number", name="uq_suggestions_once_per_visit"),
    )
