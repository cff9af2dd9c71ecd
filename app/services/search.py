"""Find customers as staff type: an index lookup, never a table scan.

SQLite: FTS5 trigram over a key folded in Python (the trigram `remove_diacritics` option is missing from
the SQLite that ships with Python 3.11). PostgreSQL: the same key under a pg_trgm index. Words of one or
two letters, which trigrams cannot answer, go through the customer_words prefix index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, insert, literal_column, or_, select, text
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.models import Customer, CustomerWord
from app.services import phones
from app.services.folding import fold, fold_email, fold_query, looks_like_phone

CANDIDATES = 300  # rows fetched from the index before ranking in Python
PREFIX_END = "\U0010ffff"


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    phone: str | None
    email: str | None


def build_key(name: str, email: str | None, phone: str | None, phone_digits: Sequence[str] = ()) -> str:
    parts = [fold(name)]
    if email:
        parts.append(fold_email(email))
    if phone:
        parts.extend(phone_digits or phones.search_digits(phone))
    return " | ".join(parts)


def index_words(session: Session, customer_id: int, name: str) -> None:
    session.execute(delete(CustomerWord).where(CustomerWord.customer_id == customer_id))
    words = sorted(set(fold(name).split()))
    if words:
        session.execute(insert(CustomerWord), [{"word": w, "customer_id": customer_id} for w in words])


class CustomerSearch:
    def __init__(self, db: Database, region: str = "GB") -> None:
        self._db = db
        self.region = region

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        folded = fold_query(query)
        if not folded:
            return []
        phone_like = looks_like_phone(query)
        terms = [folded] if phone_like or "@" in folded else folded.split()
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        with self._db.read() as session:
            if long_terms:
                alternatives = [folded]
                if phone_like and (e164 := phones.try_e164(query, self.region)):
                    alternatives.append(e164.lstrip("+"))
                rows = self._by_substring(session, long_terms, alternatives if phone_like else None)
            else:
                rows = self._by_word_prefix(session, short_terms[0])
        hits = [SearchHit(*row) for row in rows]
        if short_terms and long_terms:
            hits = [h for h in hits if _words_start_with(fold(h.name), short_terms)]
        elif len(short_terms) > 1:
            hits = [h for h in hits if _words_start_with(fold(h.name), short_terms[1:])]
        if not (phone_like or "@" in folded):
            hits.sort(key=lambda h: (_rank(fold(h.name), folded), fold(h.name)))
        else:
            hits.sort(key=lambda h: fold(h.name))
        return hits[:limit]

    def _by_substring(self, session: Session, terms: list[str], alternatives: list[str] | None):  # type: ignore[no-untyped-def]
        columns = (Customer.id, Customer.name, Customer.phone, Customer.email)
        live = and_(Customer.erased_at.is_(None), Customer.archived_at.is_(None))
        if self._db.dialect == "sqlite":
            match = (
                " OR ".join(_quote(a) for a in alternatives)
                if alternatives
                else " AND ".join(map(_quote, terms))
            )
            ids = (
                select(literal_column("rowid"))
                .select_from(text("customer_fts"))
                .where(text("customer_fts MATCH :match").bindparams(match=match))
                .limit(CANDIDATES * 4)
            )
            stmt = select(*columns).where(Customer.id.in_(ids), live).limit(CANDIDATES)
        else:
            if alternatives:
                condition = or_(*(Customer.search_key.contains(a, autoescape=True) for a in alternatives))
            else:
                condition = and_(*(Customer.search_key.contains(t, autoescape=True) for t in terms))
            stmt = select(*columns).where(condition, live).limit(CANDIDATES)
        return session.execute(stmt).all()

    def _by_word_prefix(self, session: Session, prefix: str):  # type: ignore[no-untyped-def]
        if self._db.dialect == "sqlite":
            condition = and_(CustomerWord.word >= prefix, CustomerWord.word < prefix + PREFIX_END)
        else:  # a range is only safe under byte-order collation; LIKE 'zo%' uses the text_pattern_ops index
            condition = CustomerWord.word.startswith(prefix, autoescape=True)
        ids = select(CustomerWord.customer_id).where(condition).limit(CANDIDATES)
        stmt = select(Customer.id, Customer.name, Customer.phone, Customer.email).where(
            Customer.id.in_(ids), Customer.erased_at.is_(None), Customer.archived_at.is_(None)
        )
        return session.execute(stmt).all()

    def count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count(Customer.id)).where(Customer.erased_at.is_(None))) or 0


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _words_start_with(name: str, prefixes: list[str]) -> bool:
    words = name.split()
    return all(any(w.startswith(p) for w in words) for p in prefixes)


def _rank(name: str, query: str) -> int:
    if name == query:
        return 0
    if name.startswith(query):
        return 1
    if any(word.startswith(query) for word in name.split()) or f" {query}" in name:
        return 2
    return 3
