"""Cards, the append-only points ledger, rewards and feedback."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow


class Card(Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    token: Mapped[str] = mapped_column(String(20), unique=True)  # 20 Crockford Base32 characters
    status: Mapped[str] = mapped_column(String(10), default="active")  # active, revoked, replaced
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    # One active card per customer is held by the database, so two tills issuing at once cannot both
    # succeed: a partial unique index (migration 0004), declared in migrations/env.py, not here.


class LedgerEntry(Base):
    """One change to a balance. Rows are never updated or deleted (the database refuses; erasure may only
    blank the reason); corrections reverse."""

    __tablename__ = "points_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(10))  # earn, redeem, adjust, birthday, expire, reversal
    points: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), index=True)
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("rewards.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("points_ledger.id"))

    __table_args__ = (
        Index("ix_points_ledger_customer_at", "customer_id", "at"),
        Index("ix_points_ledger_visit_cover", "visit_id", "kind", "points"),  # the day export reads it alone
    )


class Reward(Base):
    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    cost: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)


class Feedback(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    score: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(60), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
