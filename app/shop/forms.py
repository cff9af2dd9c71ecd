"""The plain pieces the window's forms and lists are made of, named by the application layer so that a
dialog needs nothing below it: the customer form's input, its fields' limits and per-field errors, the
reward and audit rows the shop returns, and the one text folding lists filter with."""

from __future__ import annotations

from app.models import NAME_MAX
from app.services.customers import ALLERGY_FLAGS, DIET_FLAGS, CustomerInput, ValidationError
from app.services.folding import fold
from app.services.loyalty import RewardRow
from app.services.owner_views import AuditEntry

__all__ = [
    "ALLERGY_FLAGS",
    "DIET_FLAGS",
    "NAME_MAX",
    "AuditEntry",
    "CustomerInput",
    "RewardRow",
    "ValidationError",
    "fold",
]
