"""Marks the shop keeps about a customer: relationship moments, as data rather than audit sentences."""

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime


class CustomerMark(Base):
    """One row per customer who has any mark; the audit log still says who set it and when."""

    __tablename__ = "customer_marks"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    surprise_given_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    winback_contacted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
