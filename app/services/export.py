"""The day's visit log for closing time, and all customers in the generic format that import reads back."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, TextClause, bindparam, func, select, text

from app.db.engine import Database
from app.files import atomic_write
from app.models import Customer, LedgerEntry
from app.models.base import UtcDateTime
from app.services.birthdays import Birthday
from app.services.charts_data import Chart
from app.services.charts_queries import visits_per_week
from app.services.wallclock import WallClock

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
VISIT_HEADERS = [
    "Visit",
    "Date",
    "Time",
    "Customer ID",
    "Customer",
    "Items",
    "Amount",
    "Points",
    "Found by",
    "Till",
    "Staff",
    "Voided",
]
CUSTOMER_HEADERS = [
    "name",
    "phone",
    "email",
    "birthday",
    "preferences",
    "allergies",
    "allergy_note",
    "notes",
    "consent",
    "consent_channel",
]


class VisitLine(NamedTuple):  # a tuple, not a frozen dataclass: a busy day makes thousands
    id: int
    at: datetime  # the shop's wall-clock time (naive)
    customer_id: int
    customer: str
    items: str
    amount_cents: int | None
    points: int
    found_by: str
    till: str
    staff: str
    voided: bool


def safe_cell(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def local_bounds(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    """UTC start and end of the shop's local days, right across daylight-saving changes."""
    tz = ZoneInfo(zone)
    start = datetime.combine(first, time.min, tzinfo=tz)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=tz)
    return start, end


def visit_lines(db: Database, first: date, last: date, zone: str) -> list[VisitLine]:
    """The visits of the shop's local days first..last (items and points aggregated per visit)."""
    start, end = local_bounds(first, last, zone)
    local = WallClock(zone, start, end).local
    if db.dialect == "postgresql":
        with db.lookup() as conn:
            rows = _raw(conn, _PG_SQL, start, end)
    else:
        with db.engine.connect() as conn:
            rows = _raw(conn, _SQLITE_SQL, start, end)
    return [
        VisitLine(r[0], local(r[1]), r[2], r[3], r[4] or "", r[5], int(r[6]), r[7], r[8], r[9], bool(r[10]))
        for r in rows
    ]


# Visits imported from another till's history are not this shop's takings.
_DAY = "v.at >= :start AND v.at < :end AND NOT v.imported"


def _bounded(sql: str) -> TextClause:
    return text(sql).bindparams(
        bindparam("start", type_=UtcDateTime()), bindparam("end", type_=UtcDateTime())
    )


_SQLITE_SQL = _bounded(
    "SELECT v.id, v.at, v.customer_id, c.name, (SELECT group_concat(CASE WHEN vi.quantity = 1 THEN i.name "  # noqa: S608 - fixed SQL fragments
    "ELSE vi.quantity || '× ' || i.name END, ', ') FROM visit_items vi JOIN items i ON i.id = vi.item_id "
    "WHERE vi.visit_id = v.id) AS items, v.amount_cents, "
    # Filtering kinds inside the sum makes one index seek per visit instead of one per kind.
    "(SELECT coalesce(sum(CASE WHEN l.kind IN ('earn', 'birthday') THEN l.points END), 0) "
    " FROM points_ledger l WHERE l.visit_id = v.id) AS points, v.found_by, v.till, v.staff, v.voided "
    f"FROM visits v JOIN customers c ON c.id = v.customer_id WHERE {_DAY} ORDER BY v.at, v.id"
)
# PostgreSQL runs a correlated aggregate per visit slowly (a busy day: 5,400 of each, 3x the plain day query)
# and joins the names by hashing every customer: the day's visits once, their items and points grouped by
# index lookups, names looked up visit by visit; one statement, so one round trip and one snapshot.
_PG_SQL = _bounded(
    "WITH day AS (SELECT v.id, v.at, v.customer_id, v.amount_cents, v.found_by, v.till, v.staff, v.voided "  # noqa: S608 - fixed SQL fragments
    f"FROM visits v WHERE {_DAY}), "
    "labels AS (SELECT vi.visit_id, string_agg(CASE WHEN vi.quantity = 1 THEN i.name "
    "ELSE vi.quantity || '× ' || i.name END, ', ' ORDER BY i.sort_order) AS items "
    "FROM day JOIN visit_items vi ON vi.visit_id = day.id JOIN items i ON i.id = vi.item_id GROUP BY vi.visit_id), "
    "earned AS (SELECT l.visit_id, sum(l.points) AS points FROM day JOIN points_ledger l ON l.visit_id = day.id "
    "WHERE l.kind IN ('earn', 'birthday') GROUP BY l.visit_id) "
    "SELECT day.id, day.at AT TIME ZONE 'UTC', day.customer_id, "
    "(SELECT c.name FROM customers c WHERE c.id = day.customer_id), labels.items, day.amount_cents, "
    "coalesce(earned.points, 0), day.found_by, day.till, day.staff, day.voided "
    "FROM day LEFT JOIN labels ON labels.visit_id = day.id LEFT JOIN earned ON earned.visit_id = day.id "
    "ORDER BY day.at, day.id"
)


def _raw(conn: Connection, sql: TextClause, start: datetime, end: datetime) -> Sequence[Any]:
    result = conn.execute(sql, {"start": start, "end": end})
    # Plain driver tuples: thousands of rows, and SQLAlchemy's Row objects cost more than the query.
    rows = result.cursor.fetchall() if result.cursor is not None else []
    result.close()
    return rows


def _row(line: VisitLine) -> list[object]:
    amount = f"{line.amount_cents / 100:.2f}" if line.amount_cents is not None else ""
    return [
        line.id,
        f"{line.at:%Y-%m-%d}",
        f"{line.at:%H:%M}",
        line.customer_id,
        line.customer,
        line.items,
        amount,
        line.points,
        line.found_by,
        line.till,
        line.staff,
        "yes" if line.voided else "",
    ]


def write_csv(lines: list[VisitLine], out: Path) -> None:
    _write_csv(out, VISIT_HEADERS, (_row(line) for line in lines))


def write_xlsx(lines: list[VisitLine], out: Path, currency: str = "GBP") -> None:
    """The amounts are plain numbers; their cells show the currency's sign as written in en_GB, not as the
    computer's locale would, so the file is the same whoever makes it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from app.services.money import currency_symbol

    book = Workbook()
    sheet = book.worksheets[0]
    sheet.title = "Visits"
    sheet.append(VISIT_HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F3E36")
        cell.alignment = Alignment(vertical="center")
    for line in lines:
        sheet.append(
            [
                line.id,
                line.at.date(),
                line.at.time().replace(second=0, microsecond=0),
                line.customer_id,
                safe_cell(line.customer),
                safe_cell(line.items),
                line.amount_cents / 100 if line.amount_cents is not None else None,
                line.points,
                line.found_by,
                safe_cell(line.till),
                safe_cell(line.staff),
                "yes" if line.voided else "",
            ]
        )
    for row in sheet.iter_rows(min_row=2):
        row[1].number_format = "yyyy-mm-dd"
        row[2].number_format = "hh:mm"
        row[6].number_format = f'"{currency_symbol(currency)}"#,##0.00'
    for column, width in zip("ABCDEFGHIJKL", (8, 12, 7, 11, 28, 40, 10, 7, 9, 10, 10, 7), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    with atomic_write(out, private=True) as handle:  # customers' names: this user only
        book.save(handle)


def customer_rows(db: Database) -> list[list[str]]:
    with db.read() as session:
        rows = session.execute(
            select(
                Customer.name,
                Customer.phone,
                Customer.email,
                Customer.birth_month,
                Customer.birth_day,
                Customer.birth_year,
                Customer.preferences,
                Customer.allergies,
                Customer.allergy_note,
                Customer.notes,
                Customer.consent_contact,
                Customer.consent_channel,
            )
            .where(Customer.erased_at.is_(None))
            .order_by(Customer.id)
        ).all()
    return [
        [
            r.name,
            r.phone or "",
            r.email or "",
            str(Birthday(r.birth_month, r.birth_day, r.birth_year)) if r.birth_month and r.birth_day else "",
            r.preferences,
            r.allergies.replace(",", ";"),
            r.allergy_note,
            r.notes,
            "yes" if r.consent_contact else "no",
            r.consent_channel,
        ]
        for r in rows
    ]


def write_customers(db: Database, out: Path) -> int:
    rows = customer_rows(db)
    _write_csv(out, CUSTOMER_HEADERS, rows)
    return len(rows)


def _write_csv(out: Path, headers: list[str], rows: Iterable[Sequence[object]]) -> None:
    # UTF-8 with a BOM so spreadsheet programs read accents right.
    with atomic_write(out, private=True, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([safe_cell(v) for v in row] for row in rows)


@dataclass(frozen=True)
class DaySummary:
    visits: int
    customers: int
    new_customers: int
    points_issued: int
    points_redeemed: int
    rewards: Counter[str]
    top_items: list[tuple[str, int]]
    by_hour: Counter[int]
    takings_cents: int
    birthdays_today: list[str]
    weeks: Chart | None = None  # visits per week up to the last day, beside the same weeks a year before
    charts: tuple[Chart, ...] = ()  # the owner's other charts as of the end of the last day


def summarise(db: Database, lines: list[VisitLine], first: date, last: date, zone: str) -> DaySummary:
    live = [line for line in lines if not line.voided]
    start, end = local_bounds(first, last, zone)
    item_counts: Counter[str] = Counter()
    for line in live:
        for part in filter(None, line.items.split(", ")):
            quantity, _, name = part.partition("× ")
            item_counts[name or quantity] += int(quantity) if name else 1
    with db.read() as session:
        new_customers = (
            session.scalar(
                select(func.count(Customer.id)).where(Customer.created_at >= start, Customer.created_at < end)
            )
            or 0
        )
        ledger = session.execute(
            select(LedgerEntry.kind, LedgerEntry.points, LedgerEntry.reason).where(
                LedgerEntry.at >= start, LedgerEntry.at < end
            )
        ).all()
        birthdays = list(
            session.scalars(
                select(Customer.name).where(
                    Customer.birth_month == first.month,
                    Customer.birth_day == first.day,
                    Customer.erased_at.is_(None),
                )
            )
        )
    return DaySummary(
        visits=len(live),
        customers=len({line.customer_id for line in live}),
        new_customers=new_customers,
        points_issued=sum(p for k, p, _ in ledger if k in ("earn", "birthday", "adjust") and p > 0),
        points_redeemed=-sum(p for k, p, _ in ledger if k == "redeem"),
        rewards=Counter(r for k, _, r in ledger if k == "redeem"),
        top_items=item_counts.most_common(5),
        by_hour=Counter(line.at.hour for line in live),
        takings_cents=sum(line.amount_cents or 0 for line in live),
        birthdays_today=sorted(birthdays),
        weeks=visits_per_week(db, last, zone, weeks=8),
    )
