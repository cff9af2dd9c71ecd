"""Adding, editing and reading customers. Validation speaks the counter's language, field by field."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import NotFound, UserError
from app.messages import Message, message_of, msg
from app.models import NAME_MAX, Customer, utcnow
from app.services import audit, birthdays, phones
from app.services.allergens import ALLERGENS, canonical
from app.services.search import build_key, index_words
from app.services.text import TextError, clean_name, clean_text

ALLERGY_FLAGS = ALLERGENS
DIET_FLAGS = ("vegan", "vegetarian", "halal", "kosher")
FLAGS = ALLERGY_FLAGS + DIET_FLAGS
NOTES_MAX = 2000
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A spreadsheet would run these as formulas; a name never needs to start with one.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Marks consent withdrawn at the counter or by the owner: an imported file never grants it again.
WITHDRAWN = "withdrawn"


class ValidationError(UserError):
    """Messages keyed by field name, to show next to each field."""

    def __init__(self, errors: dict[str, Message | str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class CustomerInput:
    name: str
    phone: str = ""
    email: str = ""
    birthday: str = ""  # YYYY-MM-DD, MM-DD, --MM-DD or MM-DD-YYYY
    preferences: str = ""
    flags: list[str] = field(default_factory=list)
    allergy_note: str = ""
    notes: str = ""
    consent_contact: bool = False
    consent_channel: str = ""


@dataclass(frozen=True)
class Clean:
    name: str
    phone: str | None
    email: str | None
    birthday: birthdays.Birthday | None
    preferences: str
    flags: list[str]
    allergy_note: str
    notes: str
    consent_contact: bool
    consent_channel: str
    phone_digits: tuple[str, ...] = ()


def _cleaned(message: Message | str) -> Message | str:
    """What was typed, quoted in a message, without control characters: they must not reach a terminal."""
    if not isinstance(message, Message):
        return clean_text(message)
    return message.format(
        **{k: clean_text(v) if isinstance(v, str) else v for k, v in message.params.items()}
    )


def validate(data: CustomerInput, region: str, today: date | None = None) -> Clean:
    # An import validates every row: fields left empty (most of them) cost nothing, repeated names and
    # birthdays are checked once each.
    errors: dict[str, Message | str] = {}
    name, problem = _name(data.name)
    if problem:
        errors["name"] = problem
    phone: str | None = None
    phone_digits: list[str] = []
    if data.phone and not data.phone.isspace():
        try:
            phone, phone_digits = phones.normalise_with_digits(data.phone, region)
        except phones.PhoneError as exc:
            errors["phone"] = message_of(exc)
    email = (data.email.strip().lower() or None) if data.email else None
    if email and (not EMAIL.match(email) or len(email) > 254 or not email.isprintable()):
        errors["email"] = msg.tr("“{email}” is not an e-mail address.").format(email=email[:40])
    birthday = None
    if data.birthday:
        birthday, problem = _birthday(data.birthday, today or date.today())
        if problem:
            errors["birthday"] = problem
    typed_flags = canonical(data.flags) if data.flags else []  # "dairy" is milk, "shellfish" crustaceans…
    unknown = [f for f in typed_flags if f not in FLAGS]
    if unknown:
        errors["flags"] = msg.tr("Unknown flag: {unknown}. Known: {known}.").format(
            unknown=", ".join(unknown), known=", ".join(FLAGS)
        )
    preferences = clean_text(data.preferences) if data.preferences else ""
    notes = clean_text(data.notes, multiline=True) if data.notes else ""
    allergy_note = clean_text(data.allergy_note) if data.allergy_note else ""
    for key, value, limit in (
        ("preferences", preferences, NOTES_MAX),
        ("notes", notes, NOTES_MAX),
        ("allergy_note", allergy_note, 200),
    ):
        if len(value) > limit:
            errors[key] = msg.tr("This is {count} characters long; at most {most} fit.").format(
                count=len(value), most=limit
            )
    if data.consent_channel and data.consent_channel not in ("email", "sms", "phone"):
        errors["consent_channel"] = msg.tr("Contact channel must be email, sms or phone.")
    if errors:
        # Messages quote what was typed; a control character in it must not reach a terminal.
        raise ValidationError({key: _cleaned(message) for key, message in errors.items()})
    return Clean(
        name,
        phone,
        email,
        birthday,
        preferences,
        [f for f in FLAGS if f in typed_flags] if typed_flags else [],
        allergy_note,
        notes,
        data.consent_contact,
        data.consent_channel if data.consent_contact else "",
        tuple(phone_digits),
    )


@functools.lru_cache(maxsize=1 << 14)  # birthdays repeat in a file of thousands
def _birthday(typed: str, today: date) -> tuple[birthdays.Birthday | None, Message | str]:
    """The birthday and what is wrong with it ("" when nothing)."""
    try:
        return birthdays.parse(typed, today), ""
    except birthdays.BirthdayError as exc:
        return None, message_of(exc)


@functools.lru_cache(maxsize=1 << 14)  # an import meets the same names again and again
def _name(typed: str) -> tuple[str, Message | str]:
    """The clean name and what is wrong with it ("" when nothing)."""
    try:
        name = clean_name(typed)
    except TextError as exc:
        return "", message_of(exc)
    if not name:
        return name, msg.tr("A name is needed, even just a first name.")
    if len(name) > NAME_MAX:
        return name, msg.tr("The name is {count} characters long; at most {most} fit.").format(
            count=len(name), most=NAME_MAX
        )
    if name.startswith(FORMULA_START):
        return name, msg.tr("A name cannot start with = + - or @.")
    return name, ""


class Customers:
    def __init__(self, db: Database, region: str = "GB") -> None:
        self._db = db
        self.region = region

    def add(self, data: CustomerInput, actor: str = "counter") -> int:
        clean = validate(data, self.region)
        with self._db.write() as session:
            customer = Customer(name=clean.name)
            _apply(customer, clean)
            session.add(customer)
            session.flush()
            index_words(session, customer.id, customer.name)
            audit.record(session, actor, "customer.add", f"customer:{customer.id}")
            return customer.id

    def update(self, customer_id: int, data: CustomerInput, actor: str = "counter") -> None:
        clean = validate(data, self.region)
        with self._db.write() as session:
            customer = _live(session, customer_id)
            _apply(customer, clean)
            index_words(session, customer.id, customer.name)
            audit.record(session, actor, "customer.edit", f"customer:{customer_id}")

    def get(self, customer_id: int) -> Customer:
        with self._db.read() as session:
            return _live(session, customer_id)

    def as_input(self, customer_id: int) -> CustomerInput:
        c = self.get(customer_id)
        on_file = birthdays.stored(c.birth_month, c.birth_day, c.birth_year)
        bday = str(on_file) if on_file else ""
        return CustomerInput(
            name=c.name,
            phone=phones.display(c.phone, self.region) if c.phone else "",
            email=c.email or "",
            birthday=bday,
            preferences=c.preferences,
            flags=[f for f in c.allergies.split(",") if f],
            allergy_note=c.allergy_note,
            notes=c.notes,
            consent_contact=c.consent_contact,
            consent_channel=c.consent_channel,
        )

    def find_duplicate(self, phone: str | None, email: str | None, exclude: int | None = None) -> int | None:
        """The id of another live customer with the same normalised phone or e-mail."""
        conditions = []
        if phone:
            conditions.append(Customer.phone == phone)
        if email:
            conditions.append(Customer.email == email)
        if not conditions:
            return None

        with self._db.read() as session:
            stmt = select(Customer.id).where(or_(*conditions), Customer.erased_at.is_(None))
            if exclude is not None:
                stmt = stmt.where(Customer.id != exclude)
            return session.scalar(stmt.limit(1))


def _live(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.erased_at is not None:
        raise NotFound(msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id))
    return customer


def _apply(customer: Customer, clean: Clean) -> None:
    # A stand-in name (an imported e-mail or phone) stays flagged until staff type the real one.
    customer.name_unknown = bool(customer.name_unknown) and clean.name == customer.name
    customer.name = clean.name
    customer.phone = clean.phone
    customer.email = clean.email
    b = clean.birthday
    customer.birth_month, customer.birth_day, customer.birth_year = (
        (b.month, b.day, b.year) if b else (None,) * 3
    )
    customer.preferences = clean.preferences
    customer.allergies = ",".join(clean.flags)
    customer.allergy_note = clean.allergy_note
    customer.notes = clean.notes
    if clean.consent_contact != bool(customer.consent_contact):
        # A withdrawal is recorded with its time, so that no import grants the consent again.
        customer.consent_at = utcnow()
        customer.consent_source = "counter" if clean.consent_contact else WITHDRAWN
    customer.consent_contact = clean.consent_contact
    customer.consent_channel = clean.consent_channel
    customer.search_key = build_key(clean.name, clean.email, clean.phone, clean.phone_digits)
