"""SQLAlchemy models only: no Qt, no business rules.

The model modules do without `from __future__ import annotations`: with string annotations SQLAlchemy
compiles every `Mapped[...]` at start-up, which cost 40 ms of a cold start.
"""

from app.models.base import Base, utcnow
from app.models.charts import KeptCharts
from app.models.clv import ClvFit
from app.models.conversation import Complaint, Suggestion, TalkingPoint
from app.models.customer import NAME_MAX, Customer, CustomerRef, CustomerWord, NameVariant
from app.models.logo import CardLogo
from app.models.loyalty import AuditEvent, Card, Feedback, LedgerEntry, Reward, Setting
from app.models.marks import CustomerMark
from app.models.shop import Item, Visit, VisitItem

__all__ = [
    "NAME_MAX",
    "AuditEvent",
    "Base",
    "Card",
    "CardLogo",
    "ClvFit",
    "Complaint",
    "Customer",
    "CustomerMark",
    "CustomerRef",
    "CustomerWord",
    "Feedback",
    "Item",
    "KeptCharts",
    "LedgerEntry",
    "NameVariant",
    "Reward",
    "Setting",
    "Suggestion",
    "TalkingPoint",
    "Visit",
    "VisitItem",
    "utcnow",
]
