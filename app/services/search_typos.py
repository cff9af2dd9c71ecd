"""One typo per word: "zoe martn" finds Zoë Martin.

Symmetric deletes: each word of every name is stored under itself and under each spelling with one letter
left out (name_variants). A typed word with one letter wrong, missing, extra or two letters swapped shares
one of those spellings with the word meant, so a single indexed IN lookup finds the candidates, and an exact
check (at most one edit, a swap counting as one) keeps the true ones. Only words of FUZZY_MIN letters or more
are read with a typo (in shorter ones one wrong letter is too much of the word), and only words of letters:
a number typed is meant as typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.models import Customer, CustomerWord, NameVariant

FUZZY_MIN = 4
PREFIX_END = "\U0010ffff"


def deletes(word: str) -> set[str]:
    """The word and each spelling of it with one letter left out."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(typed: str, word: str) -> bool:
    """At most one letter changed, added or dropped, or two neighbours swapped."""
    if typed == word:
        return True
    a, b = typed, word
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def variant_rows(words: Iterable[str]) -> list[dict[str, str]]:
    return [{"variant": v, "word": w} for w in sorted(set(words)) for v in sorted(deletes(w))]


def remember_words(session: Session | Connection, words: Iterable[str]) -> None:
    """Make sure these name words can be found with a typo (only words not yet known are written)."""
    wanted = {w for w in words if w}
    if not wanted:
        return
    known: set[str] = set()
    listed = sorted(wanted)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        known |= set(
            session.scalars(
                select(NameVariant.word).where(NameVariant.variant.in_(chunk), NameVariant.word.in_(chunk))
            )
        )
    rows = variant_rows(wanted - known)
    if not rows:
        return
    bind = session if isinstance(session, Connection) else session.get_bind()
    dialect = bind.dialect.name
    if dialect == "postgresql":  # another till may add the same word at the same moment
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(NameVariant).on_conflict_do_nothing()
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(NameVariant).on_conflict_do_nothing()
    else:
        stmt = insert(NameVariant)
    for start in range(0, len(rows), 5000):
        session.execute(stmt, rows[start : start + 5000])


def forget_words(session: Session, words: Iterable[str]) -> None:
    """Drop the typo spellings of words no name uses any more (after an erasure or a rename): an erased
    person's name must not stay in the file, not even as a spelling."""
    for word in sorted({w for w in words if w}):
        if session.scalar(select(CustomerWord.customer_id).where(CustomerWord.word == word).limit(1)) is None:
            session.execute(
                delete(NameVariant).where(
                    NameVariant.variant.in_(sorted(deletes(word))), NameVariant.word == word
                )
            )


def typo_words(conn: Connection, terms: list[str], some_exact: bool = False) -> dict[str, list[str]]:
    """For each term of FUZZY_MIN letters or more: the name words one typo away that do not simply start
    with it (those the exact path already finds)."""
    long_terms = [t for t in terms if len(t) >= FUZZY_MIN and t.isalpha()]  # "Person 49999": no typo
    # The last word may still be being typed: when names match as typed and it starts some name's word
    # ("mari" on the way to "maria"), it is not widened to "mark" or "mary". Words before it are finished.
    if some_exact and long_terms and long_terms[-1] == terms[-1] and _starts_a_word(conn, terms[-1]):
        long_terms.pop()
    if not long_terms:
        return {}
    asked = sorted(set().union(*(deletes(t) for t in long_terms)))
    words = set(conn.scalars(select(NameVariant.word).where(NameVariant.variant.in_(asked))))
    found = {t: sorted(w for w in words if not w.startswith(t) and within_one_edit(t, w)) for t in long_terms}
    return {t: ws for t, ws in found.items() if ws}


def _starts_a_word(conn: Connection, term: str) -> bool:
    if conn.dialect.name == "postgresql":
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found: ColumnElement[bool] = CustomerWord.word.like(escaped + "%", escape="\\")
    else:
        found = and_(CustomerWord.word >= term, CustomerWord.word < term + PREFIX_END)
    return conn.execute(select(CustomerWord.word).where(found).limit(1)).first() is not None


def typo_rows(
    conn: Connection, terms: list[str], postgres: bool, n: int, some_exact: bool = False
) -> list[Any]:
    """Customers whose name has, for every typed term, a word starting with it or one typo away from it
    (nothing when no term has a word one typo away). Rows as CustomerSearch reads them."""
    fuzzy = typo_words(conn, terms, some_exact)
    if not fuzzy:
        return []
    conditions = []
    # The most telling term first: SQLite drives the lookup from the first IN.
    for term in sorted(terms, key=lambda t: (t not in fuzzy, -len(t))):
        allowed: list[ColumnElement[bool]] = [CustomerWord.word.in_(fuzzy[term])] if term in fuzzy else []
        if postgres:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            allowed.append(CustomerWord.word.like(escaped + "%", escape="\\"))
        else:
            allowed.append(and_(CustomerWord.word >= term, CustomerWord.word < term + PREFIX_END))
        conditions.append(Customer.id.in_(select(CustomerWord.customer_id).where(or_(*allowed))))
    stmt = (
        select(Customer.id, Customer.name, Customer.phone, Customer.email, Customer.search_key)
        .where(Customer.erased_at.is_(None), Customer.archived_at.is_(None), *conditions)
        .limit(n)
    )
    return list(conn.execute(stmt))


def typo_cost(name: str, terms: list[str]) -> int:
    """How many typed terms needed a typo to match this folded name (for ranking: fewer first)."""
    words = name.split()
    return sum(0 if any(w.startswith(t) for w in words) else 1 for t in terms)
