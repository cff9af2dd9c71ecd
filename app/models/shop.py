"""The shop's menu, visits and their items."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    price_cents: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Seasonal items: suggested only between these days (either may be open).
    available_from: Mapped[date | None] = mapped_column(Date)
    available_until: Mapped[date | None] = mapped_column(Date)
    # The EU allergens it contains, comma-separated keys (app.services.allergens).
    allergens: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Visit(Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    till: Mapped[str] = mapped_column(String(40), default="")
    staff: Mapped[str] = mapped_column(String(40), default="")
    amount_cents: Mapped[int | None] = mapped_column(Integer)
    found_by: Mapped[str] = mapped_column(String(10), default="manual")  # scan, search, manual
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Set by the till before saving; a retry after a lost connection finds the first save instead of adding another.
    client_ref: Mapped[str | None] = mapped_column(String(36), unique=True, index=True)
    # From another system's history: earns no points, not in the day's takings.
    imported: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")  # item names not on the menu
    # "system:sale id", or a fingerprint of the row and its copy number: a second import finds it.
    source_ref: Mapped[str | None] = mapped_column(String(120), unique=True, index=True)

    __table_args__ = (
        Index("ix_visits_customer_at", "customer_id", "at"),
        Index("ix_visits_at", "at"),
        # The lifetime-value summary reads every visit from this index alone, customer by customer.
        Index("ix_visits_customer_value", "customer_id", "at", "voided", "amount_cents"),
    )


class VisitItem(Base):
    __tablename__ = "visit_items"
    __table_args__ = (Index("ix_visit_items_visit_cover", "visit_id", "item_id", "quantity"),)

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
