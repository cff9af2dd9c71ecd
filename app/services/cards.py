"""Loyalty cards: issue, reissue after a loss, revoke, and resolve a scanned payload to its customer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.codes import tokens
from app.db.engine import Database
from app.errors import UserError
from app.messages import msg
from app.models import Card, Customer, utcnow
from app.services import audit


class CardError(UserError):
    """A card that cannot be used, with a message fit to show at the counter."""


@dataclass(frozen=True)
class CardInfo:
    id: int
    customer_id: int
    token: str
    status: str
    issued_at: datetime
    printed_at: datetime | None

    @property
    def payload(self) -> str:
        return tokens.payload(self.token)

    @property
    def short_code(self) -> str:
        return tokens.short_form(self.token)


def _info(card: Card) -> CardInfo:
    return CardInfo(card.id, card.customer_id, card.token, card.status, card.issued_at, card.printed_at)


class Cards:
    def __init__(self, db: Database) -> None:
        self._db = db

    def active_card(self, customer_id: int) -> CardInfo | None:
        with self._db.read() as session:
            card = _active(session, customer_id)
            return _info(card) if card else None

    def last_revoked_at(self, customer_id: int) -> datetime | None:
        """When the customer's newest card was revoked, if it was (rather than replaced by a newer one)."""
        with self._db.read() as session:
            newest = session.scalar(
                select(Card).where(Card.customer_id == customer_id).order_by(Card.id.desc()).limit(1)
            )
            return newest.revoked_at if newest is not None and newest.status == "revoked" else None

    def issue(self, customer_id: int, actor: str = "counter") -> CardInfo:
        with self._db.write() as session:
            _customer(session, customer_id)
            if _active(session, customer_id):
                raise CardError(msg.tr("This customer already has a card; reissue it if it was lost."))
            return _info(_new_card(session, customer_id, actor, "card.issue"))

    def reissue(self, customer_id: int, actor: str = "counter") -> CardInfo:
        """A lost card: the old token stops working; balance and history stay with the customer."""
        with self._db.write() as session:
            _customer(session, customer_id)
            old = _active(session, customer_id)
            if old:
                old.status, old.revoked_at = "replaced", utcnow()
            return _info(_new_card(session, customer_id, actor, "card.reissue"))

    def revoke(self, customer_id: int, actor: str = "owner") -> CardInfo:
        with self._db.write() as session:
            card = _active(session, customer_id)
            if card is None:
                raise CardError(msg.tr("This customer has no active card to revoke."))
            card.status, card.revoked_at = "revoked", utcnow()
            audit.record(session, actor, "card.revoke", f"customer:{customer_id}", f"card:{card.id}")
            return _info(card)

    def resolve(self, text: str) -> int:
        """The customer id behind a scanned or typed payload, or CardError saying plainly why not."""
        token = tokens.parse(text)
        if token is None:
            raise CardError(msg.tr("That is not a Regulars card code."))
        # One statement on the lookup connection: on a server one round trip instead of four.
        found = select(Card.customer_id, Card.status, Card.revoked_at, Customer.id, Customer.erased_at)
        found = found.outerjoin(Customer, Customer.id == Card.customer_id).where(Card.token == token)
        with self._db.lookup() as conn:
            card = conn.execute(found).first()
        if card is None:
            raise CardError(msg.tr("Unknown card: it was not issued by this shop."))
        revoked_at = card.revoked_at.date() if card.revoked_at else ""
        if card.status == "revoked":
            raise CardError(
                msg.tr("This card was revoked on {revoked_at}. Nothing was recorded.").format(
                    revoked_at=revoked_at
                )
            )
        if card.status == "replaced":
            raise CardError(
                msg.tr("This card was replaced by a newer one on {revoked_at}.").format(revoked_at=revoked_at)
            )
        if card.id is None or card.erased_at is not None:
            raise CardError(msg.tr("This card belonged to a customer whose data was erased."))
        return int(card.customer_id)

    def unprinted(self) -> list[int]:
        """Customers whose active card has never been printed."""
        with self._db.read() as session:
            stmt = select(Card.customer_id).where(Card.status == "active", Card.printed_at.is_(None))
            return list(session.scalars(stmt.order_by(Card.customer_id)))

    def for_printing(self, customer_ids: list[int]) -> list[tuple[CardInfo, str]]:
        """Active cards with the customer's name, in the order given, changing nothing. A customer without
        a card gets a new one (id 0) that exists only once `record_printing` commits it."""
        result = []
        with self._db.read() as session:
            for customer_id in customer_ids:
                customer = _customer(session, customer_id)
                card = _active(session, customer_id)
                new = CardInfo(0, customer_id, tokens.new_token(), "active", utcnow(), None)
                # A stand-in name (an e-mail or phone) is never printed on a card.
                name = "" if customer.name_unknown else customer.name
                result.append((_info(card) if card else new, name))
        return result

    def record_printing(
        self,
        cards: list[tuple[CardInfo, str]],
        actor: str = "owner",
        before_commit: Callable[[], None] | None = None,
    ) -> None:
        """Issue the new cards of a printed sheet and mark every card on it printed, in one transaction.
        `before_commit` (putting the PDF in place) runs last inside it: if it fails, nothing is recorded."""
        with self._db.write() as session:
            ids = []
            for card, name in cards:
                if card.id:
                    current = session.get(Card, card.id)
                    if current is None or current.status != "active":
                        raise CardError(
                            msg.tr(
                                "{name}'s card was replaced or revoked meanwhile; print the cards again."
                            ).format(name=name)
                        )
                    ids.append(card.id)
                    continue
                _customer(session, card.customer_id)
                if _active(session, card.customer_id):
                    raise CardError(
                        msg.tr("{name} was given a card meanwhile; print the cards again.").format(name=name)
                    )
                try:
                    with session.begin_nested():
                        issued = Card(customer_id=card.customer_id, token=card.token)
                        session.add(issued)
                        session.flush()
                except IntegrityError:
                    raise CardError(
                        msg.tr("{name}'s new card could not be recorded; print the cards again.").format(
                            name=name
                        )
                    ) from None
                audit.record(
                    session, actor, "card.issue", f"customer:{card.customer_id}", f"card:{issued.id}"
                )
                ids.append(issued.id)
            session.execute(update(Card).where(Card.id.in_(ids)).values(printed_at=utcnow()))
            if before_commit is not None:
                before_commit()


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.erased_at is not None:
        raise CardError(msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id))
    return customer


def _active(session: Session, customer_id: int) -> Card | None:
    return session.scalar(select(Card).where(Card.customer_id == customer_id, Card.status == "active"))


def _new_card(session: Session, customer_id: int, actor: str, action: str) -> Card:
    for _ in range(5):  # 100 random bits: a clash is practically impossible, but the index would catch it
        try:
            with session.begin_nested():
                card = Card(customer_id=customer_id, token=tokens.new_token())
                session.add(card)
                session.flush()
        except IntegrityError:
            # One active card per customer is a unique index: another till's card got there first.
            if _active(session, customer_id) is not None:
                raise CardError(
                    msg.tr("This customer already has a card; another till just issued it.")
                ) from None
            continue
        audit.record(session, actor, action, f"customer:{customer_id}", f"card:{card.id}")
        return card
    raise CardError(msg.tr("Could not create a unique card code; try again."))
