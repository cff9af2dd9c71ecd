"""Visits from another till's history (Square, Shopify, a generic CSV), read a chunk at a time.

A preview first (how many are new, already here, without a customer, and the rows with errors), then
one transaction that reads the file again and writes all of it or nothing. Imported visits earn no
points and are marked imported: they count for the usual order, the rhythm and the models, not for the
day's takings or the surprise milestones. A sale is found again by its id in the old system, or, for a
file without ids, by the row's content and which copy of it this is, so importing a file twice adds nothing.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import sequences
from app.db.engine import Database
from app.messages import Message, message_of, msg
from app.models import Customer, CustomerRef, Item, Visit
from app.services import audit, importing_bulk, phones
from app.services.importing_read import SHOWN_ERRORS, ImportError_, refused
from app.services.importing_sales import RowError, Sale
from app.services.importing_stream import CHUNK, SeenBefore
from app.services.importing_visits_read import from_file, replayed
from app.services.importing_visits_stage import Stage, Walked
from app.services.importing_visits_write import Writer, any_imported, basket_lines, imported_before
from app.services.text import clean_text

MIN_ROW_BYTES = 40  # a sale's row is seldom shorter: the file's size over this overestimates its rows
BASKETS = 1 << 14


@dataclass
class VisitPlan:
    format: str
    rows: int = 0
    new: int = 0
    already: int = 0  # imported before
    without_customer: int = 0  # Square sales nobody was attached to: skipped, not errors
    not_sales: int = 0  # refunds and other events
    error_count: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # the first SHOWN_ERRORS
    unknown_items: Counter[str] = field(default_factory=Counter)  # kept as text on the visit
    stage: Stage | None = field(
        default=None, repr=False, compare=False
    )  # a preview's reading, for the import

    def describe(self) -> list[str]:
        lines = [
            f"Format: {self.format}. {_n(self.new, 'visit')} to add, {self.already} already imported, "
            f"{_n(self.without_customer, 'sale')} without a customer skipped, {self.error_count} with errors."
        ]
        if self.not_sales:
            lines.append(f"{_n(self.not_sales, 'row')} of refunds or other events, not sales: skipped.")
        if self.unknown_items:
            names = ", ".join(name for name, _n in self.unknown_items.most_common(10))
            lines.append(f"Items not on the menu, kept as text on the visit: {names}.")
        lines += [f"Row {row}: {message}" for row, message in self.errors]
        if self.error_count > len(self.errors):
            lines.append(f"… and {self.error_count - len(self.errors)} more rows with errors.")
        return lines

    def add_error(self, row: int, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < SHOWN_ERRORS:
            self.errors.append((row, message))


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class _Lookups:
    """Who a row means: the customers, their references from earlier imports, and the menu."""

    def __init__(self, session: Session, region: str) -> None:
        self.region = region
        self._session = session
        self.refs: dict[tuple[str, str], int] = {}
        self.any_ref: dict[str, int] = {}
        for system, ref, cid in session.execute(
            select(CustomerRef.system, CustomerRef.ref, CustomerRef.customer_id)
            .join(Customer, Customer.id == CustomerRef.customer_id)
            .where(Customer.erased_at.is_(None))
        ):
            self.refs[(system, ref)] = cid
            self.any_ref.setdefault(ref, cid)
        self.menu = {name.lower(): iid for iid, name in session.execute(select(Item.id, Item.name))}

    # Each way of naming a customer is loaded when a row first uses it: a file of e-mails never holds
    # the shop's phones and ids in memory (tens of megabytes for half a million customers).
    @functools.cached_property
    def ids(self) -> set[int]:
        return set(self._session.scalars(select(Customer.id).where(Customer.erased_at.is_(None))))

    @functools.cached_property
    def emails(self) -> dict[str, int]:
        return self._first_of(Customer.email)

    @functools.cached_property
    def phones(self) -> dict[str, int]:
        return self._first_of(Customer.phone)

    def _first_of(self, column: Any) -> dict[str, int]:
        found: dict[str, int] = {}
        live = select(Customer.id, column).where(Customer.erased_at.is_(None), column.is_not(None))
        for cid, value in self._session.execute(live.order_by(Customer.id)):
            if value:
                found.setdefault(value, cid)
        return found

    def customer(self, fmt: str, sale: Sale) -> int:
        key, kind = sale.customer, sale.kind
        found: int | None = None
        if kind == "email":  # the most common first
            found = self.emails.get(key)
        elif kind == "id":
            found = int(key) if int(key) in self.ids else None
        elif kind == "ref":
            found = self.refs.get((fmt, key))
        else:
            found = self.refs.get((fmt, key)) if fmt != "shopify" else None
            found = found or self.any_ref.get(key)
        if found is None and kind in ("phone", "any"):
            e164 = phones.try_e164(key, self.region)
            found = self.phones.get(e164) if e164 else None
        if found is None:
            shown = clean_text(key)[:60]
            raise RowError(
                msg.tr("no customer “{shown}”; import the customers first, or add them.").format(shown=shown)
            )
        return found


_Row = tuple[Sale, int, str]  # a sale, its customer's id and its reference among imported visits


def plan_visits(
    db: Database,
    path: Path,
    region: str,
    zone: str,
    fmt: str = "auto",
    progress: Callable[[int], None] | None = None,
) -> VisitPlan:
    """What the import would do; nothing is written. The plan keeps what it read, for `apply_visits`."""
    with db.read() as session:
        plan = VisitPlan(fmt)
        sales = from_file(path, plan, zone, progress, keep=True)
        keep = plan.stage.events.append if plan.stage is not None else None
        for batch in _walk(session, plan, sales, region, keep=keep):
            plan.new += len(batch)
    return plan


class _ShopChanged(Exception):
    """A sale finds another customer than at the preview (or none, or one at last)."""


def apply_visits(
    db: Database,
    path: Path,
    region: str,
    zone: str,
    fmt: str = "auto",
    skip_errors: bool = False,
    actor: str = "owner",
    preview: VisitPlan | None = None,
) -> VisitPlan:
    """Write the file's new visits in one transaction; with errors, nothing (unless skipped). With the
    `preview` of this file, its reading of the rows is used rather than reading the file again."""
    stage = preview.stage if preview is not None else None
    if stage is None or not stage.fits(path, fmt, zone):
        return _apply(db, path, region, zone, fmt, skip_errors, actor, None)
    try:
        return _apply(db, path, region, zone, fmt, skip_errors, actor, stage)
    except _ShopChanged:  # rolled back: each sale is checked again, as when reading the file
        return _apply(db, path, region, zone, fmt, skip_errors, actor, stage, trusted=False)


def _apply(
    db: Database,
    path: Path,
    region: str,
    zone: str,
    fmt: str,
    skip_errors: bool,
    actor: str,
    stage: Stage | None,
    trusted: bool = True,
) -> VisitPlan:
    with importing_bulk.bulk_write(db) as session:
        plan = VisitPlan(fmt)
        if stage is None:
            batches = _walk(session, plan, from_file(path, plan, zone, None), region)
        elif trusted:
            batches = _walk_staged(session, plan, stage, region)
        else:
            batches = _walk(session, plan, replayed(stage, plan), region)
        next_id = (session.scalar(select(func.max(Visit.id))) or 0) + 1
        # a big file into a small history: the visits' indexes are built once at the end (SQLite)
        guess = path.stat().st_size // MIN_ROW_BYTES
        # with no imported visits yet nothing is looked up by its reference while rows go in
        unique_too = not any_imported(session)
        with importing_bulk.indexes_paused(session, "visits", guess, next_id - 1, unique_too):
            _write_all(session, plan, batches, skip_errors, next_id)
        if plan.error_count and not skip_errors:
            raise ImportError_(refused(plan.errors, plan.error_count))
        sequences.catch_up(session, "visits")  # the ids above were numbered here
        audit.record(
            session,
            actor,
            "import.visits",
            plan.format,
            f"{plan.new} added, {plan.already} already imported, {plan.error_count} rows left out",
        )
    return plan


def _write_all(
    session: Session, plan: VisitPlan, batches: Iterator[list[_Row]], skip_errors: bool, next_id: int
) -> None:
    menu = {name.lower(): iid for iid, name in session.execute(select(Item.id, Item.name))}
    write = Writer(session)
    baskets: dict[tuple[tuple[int, str], ...], tuple[str, list[tuple[int, int]]]] = {}
    for batch in batches:
        if not batch or (plan.error_count and not skip_errors):
            continue  # keep reading: the message lists the file's errors, and nothing is written
        visits, lines = [], []
        at = write.at
        for sale, cid, source in batch:
            basket = sale.items
            found = baskets.get(basket)
            if found is None:  # baskets repeat: each kind is read against the menu once
                if len(baskets) > BASKETS:
                    baskets.clear()
                found = baskets[basket] = basket_lines(basket, menu)
            note, known = found
            visits.append((next_id, cid, at(sale.at), sale.amount_cents, note, source))
            if known:
                lines += [(next_id, i, q) for i, q in known]
            next_id += 1
        write(visits, lines)
        plan.new += len(visits)


@functools.lru_cache(maxsize=4096)  # the same few names on millions of rows
def _shown_item(name: str) -> str:
    return clean_text(name)[:80]


def _walk(
    session: Session,
    plan: VisitPlan,
    sales: Iterator[Sale],
    region: str,
    keep: Callable[[Walked], None] | None = None,
) -> Iterator[list[_Row]]:
    """The new sales, a chunk at a time, with the plan's counts and errors filled in on the way.
    keep: given each sale with its customer (0: none) and its reference ("": a repeat in the file)."""
    fmt = plan.format
    lookups = _Lookups(session, region)
    # Flat memory for files of millions of rows: references kept as hashes, copy counts only for repeats.
    seen = SeenBefore()
    copies: dict[str, int] = {}
    # Read once, before this pass writes anything: a file's own sales are told apart by `seen` instead.
    earlier = any_imported(session)
    pending: list[_Row] = []
    baskets: Counter[tuple[tuple[int, str], ...]] = Counter()
    customer, add_error, add_seen = lookups.customer, plan.add_error, seen.add
    for sale in sales:
        try:
            cid = customer(fmt, sale)
        except RowError as exc:
            add_error(sale.row, message_of(exc))
            if keep:
                keep((sale, 0, ""))
            continue
        baskets[sale.items] += 1  # its items not on the menu are counted per kind of basket
        if len(baskets) > BASKETS:
            _count_unknown(plan, baskets, lookups.menu)
        if sale.ref:
            source = f"{fmt}:{sale.ref}"[:120]
            if add_seen(source) is not None:
                add_error(sale.row, _twice(sale))
                if keep:
                    keep((sale, cid, ""))
                continue
        else:
            # Two identical rows are two sales: the n-th copy matches the n-th one imported before.
            # (The items as a list, as they were written when this was first made.)
            content = f"{cid}|{sale.at.isoformat()}|{sale.amount_cents}|{list(sale.items)}"
            digest = hashlib.sha1(content.encode(), usedforsecurity=False).hexdigest()[:24]
            copy = 1
            if add_seen("~" + digest) is not None:  # the n-th copy of a row seen before
                copy = copies[digest] = copies.get(digest, 1) + 1
            source = f"{fmt}~{digest}:{copy}"
        if keep:
            keep((sale, cid, source))
        pending.append((sale, cid, source))
        if len(pending) >= CHUNK:
            yield _fresh(session, plan, pending, earlier)
            pending = []
    _count_unknown(plan, baskets, lookups.menu)
    if pending:
        yield _fresh(session, plan, pending, earlier)


def _walk_staged(session: Session, plan: VisitPlan, stage: Stage, region: str) -> Iterator[list[_Row]]:
    """As `_walk` over the preview's sales, taking its references and repeats as they were, as long as
    each sale finds the customer it found then; else _ShopChanged."""
    plan.format = fmt = stage.format
    plan.rows, plan.not_sales, plan.without_customer = stage.rows, stage.not_sales, stage.without_customer
    lookups = _Lookups(session, region)
    earlier = any_imported(session)
    pending: list[_Row] = []
    baskets: Counter[tuple[tuple[int, str], ...]] = Counter()
    customer, add_error = lookups.customer, plan.add_error
    for event in stage.replay():
        if len(event) == 2:
            add_error(*event)
            continue
        sale, cid, source = event
        try:
            now = customer(fmt, sale)
        except RowError as exc:
            if cid:
                raise _ShopChanged from None
            add_error(sale.row, message_of(exc))
            continue
        if now != cid:
            raise _ShopChanged
        baskets[sale.items] += 1
        if len(baskets) > BASKETS:
            _count_unknown(plan, baskets, lookups.menu)
        if not source:
            add_error(sale.row, _twice(sale))
            continue
        pending.append((sale, cid, source))
        if len(pending) >= CHUNK:
            yield _fresh(session, plan, pending, earlier)
            pending = []
    _count_unknown(plan, baskets, lookups.menu)
    if pending:
        yield _fresh(session, plan, pending, earlier)


def _twice(sale: Sale) -> Message:
    return msg.tr("sale {ref} is in the file twice.").format(ref=clean_text(sale.ref)[:40])


def _count_unknown(
    plan: VisitPlan, baskets: Counter[tuple[tuple[int, str], ...]], menu: dict[str, int]
) -> None:
    """Add the items of these baskets that are not on the menu to the plan, and forget the baskets."""
    for basket, times in baskets.items():
        for _q, name in basket:
            if name.lower() not in menu:
                plan.unknown_items[_shown_item(name)] += times
    baskets.clear()


def _fresh(session: Session, plan: VisitPlan, batch: list[_Row], earlier: bool) -> list[_Row]:
    """The rows of a chunk not imported before (`earlier`: whether the shop has imported visits at all)."""
    if not earlier:
        return batch
    there = imported_before(session, [r[2] for r in batch])
    plan.already += len(there)
    return [r for r in batch if r[2] not in there]
