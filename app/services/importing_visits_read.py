"""A visits file's rows as sales: Square's one row a sale, Shopify's one row a line item, a generic CSV's
one row a sale. Rows that are not sales are counted, rows with errors listed on the plan; what is read is
also kept for the import when the preview asks (see importing_visits_stage)."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.messages import message_of, msg
from app.services.importing_read import ImportError_
from app.services.importing_sales import RowError, Sale, customer_key, detect, index, items, when
from app.services.importing_sales import amount as parse_amount
from app.services.importing_stream import chunks
from app.services.importing_visits_stage import Stage, stamp

if TYPE_CHECKING:
    from app.services.importing_visits import VisitPlan

FORMATS = ("square", "shopify", "generic")


def from_file(
    path: Path, plan: VisitPlan, zone: str, progress: Callable[[int], None] | None, keep: bool = False
) -> Iterator[Sale]:
    """The file's sales; the plan's format is decided before this returns. keep: the plan's stage
    holds what is read, for the import."""
    file = stamp(path) if keep else None  # before reading: a file saved meanwhile is read again later
    header, rows = chunks(path)
    fmt = detect(header) if plan.format == "auto" else plan.format
    if fmt not in FORMATS:
        raise ImportError_(
            msg.tr("Visits are imported from {join} files, not “{fmt}”.").format(
                join=", ".join(FORMATS), fmt=fmt
            )
        )
    plan.format = fmt
    columns = index(header, fmt)
    if file is not None:
        plan.stage = Stage(file, fmt, zone)
    return _sales(rows, fmt, columns, ZoneInfo(zone), plan, progress, plan.stage if keep else None)


def replayed(stage: Stage, plan: VisitPlan) -> Iterator[Sale]:
    """The sales the preview read, its rows that could not be read added to the plan in the same order."""
    plan.format = stage.format
    plan.rows, plan.not_sales, plan.without_customer = stage.rows, stage.not_sales, stage.without_customer

    def sales() -> Iterator[Sale]:
        add_error = plan.add_error
        for event in stage.replay():
            if len(event) == 3:
                yield event[0]
            else:
                add_error(*event)

    return sales()


def _sales(
    rows: Iterator[list[tuple[int, list[str]]]],
    fmt: str,
    columns: dict[str, int],
    zone: ZoneInfo,
    plan: VisitPlan,
    progress: Callable[[int], None] | None,
    stage: Stage | None,
) -> Iterator[Sale]:
    order: Sale | None = None  # Shopify: the order being read, one row per line item
    keep = stage.events.append if stage is not None else None  # rows with errors; the walk keeps the sales
    add_error = plan.add_error
    wanted = list(columns.items())
    keys, cells_of, widest = list(columns), operator.itemgetter(*columns.values()), max(columns.values())
    count = not_sales = without_customer = 0
    for chunk in rows:
        for number, cells in chunk:
            if not "".join(cells).strip():  # a blank line is not a row
                continue
            count += 1
            width = len(cells)
            if width > widest:
                cell = dict(zip(keys, map(str.strip, cells_of(cells)), strict=True))
            else:  # a short row: the cells it lacks are blank
                cell = {k: cells[i].strip() if i < width else "" for k, i in wanted}
            if fmt == "shopify" and order is not None and cell.get("ref") == order.ref:
                try:
                    order = order._replace(items=order.items + _line_items(fmt, cell))
                except RowError as exc:
                    add_error(number, message_of(exc))
                    if keep:
                        keep((number, message_of(exc)))
                continue
            if order is not None:
                yield order
                order = None
            try:
                sale = _sale(number, fmt, cell, zone)
            except RowError as exc:
                add_error(number, message_of(exc))
                if keep:
                    keep((number, message_of(exc)))
                continue
            if sale is None:
                not_sales += 1
                continue
            if not sale.customer:
                without_customer += 1
                continue
            if fmt == "shopify":
                order = sale
            else:
                yield sale
        plan.rows, plan.not_sales, plan.without_customer = count, not_sales, without_customer
        if progress:
            progress(plan.rows)
    plan.rows, plan.not_sales, plan.without_customer = count, not_sales, without_customer
    if order is not None:
        yield order
    if stage is not None:
        stage.rows, stage.not_sales, stage.without_customer = count, not_sales, without_customer


# Sales share their minutes (and a file without times, its days): each is read in the shop's zone once.
_when = functools.lru_cache(maxsize=1 << 14)(when)


def _sale(number: int, fmt: str, cell: dict[str, str], zone: ZoneInfo) -> Sale | None:
    if fmt == "square" and cell.get("event", "Payment").lower() not in ("payment", ""):
        return None
    customer, kind = customer_key(fmt, cell)
    at = _when(cell.get("date", ""), cell.get("time", ""), zone)
    return Sale(
        number,
        customer,
        kind,
        at,
        parse_amount(cell.get("amount", "")),
        _line_items(fmt, cell),
        cell.get("ref", ""),
    )


def _line_items(fmt: str, cell: dict[str, str]) -> tuple[tuple[int, str], ...]:
    if fmt != "shopify":
        return items(cell.get("items", ""))
    name = " ".join(cell.get("items", "").split())
    quantity = cell.get("quantity", "1") or "1"
    if not name:
        return ()
    if not quantity.isdigit() or not 0 < int(quantity) < 10_000:
        raise RowError(
            msg.tr("line item quantity “{value}” is not a whole number.").format(value=quantity[:10])
        )
    return ((int(quantity), name),)
