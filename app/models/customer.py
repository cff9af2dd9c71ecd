"""Customers and the word index behind one- and two-letter search."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, SmallInteger, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow

NAME_MAX = 200


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    # Folded name, e-mail and phone digits; the FTS5 trigram index (SQLite) or pg_trgm (PostgreSQL) covers it.
    search_key: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    birth_month: Mapped[int | None] = mapped_column(SmallInteger)
    birth_day: Mapped[int | None] = mapped_column(SmallInteger)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    preferences: Mapped[str] = mapped_column(Text, default="")
    allergies: Mapped[str] = mapped_column(String(200), default="")  # comma-separated fixed flags
    allergy_note: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_channel: Mapped[str] = mapped_column(String(20), default="")
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    consent_source: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Imported with only an e-mail or a phone: that is the name shown until staff type the real one.
    name_unknown: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (Index("ix_customers_birthday", "birth_month", "birth_day"),)


class CustomerWord(Base):
    """Each folded word of a name, for the one- and two-letter prefix path that trigrams cannot serve."""

    __tablename__ = "customer_words"

    word: Mapped[str] = mapped_column(String(NAME_MAX), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class NameVariant(Base):
    """Every word that occurs in a name, under itself and under each spelling with one letter left out
    (the symmetric-delete scheme): a typed word with one typo shares one of those spellings with the
    word meant, so one indexed lookup finds it. Words are only ever added; a word no name uses any more
    finds nobody through customer_words."""

    __tablename__ = "name_variants"

    variant: Mapped[str] = mapped_column(String(NAME_MAX), primary_key=True)
    word: Mapped[str] = mapped_column(String(NAME_MAX), primary_key=True)


class CustomerRef(Base):
    """The customer's id in another system (Square, Shopify, a generic file), so its later files find them."""

    __tablename__ = "customer_refs"

    system: Mapped[str] = mapped_column(String(20), primary_key=True)
    ref: Mapped[str] = mapped_column(String(100), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
