"""Data for the owner's screens that the counter never needs: everyone's usual at once, and the audit
log with the people and things it mentions named."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

from app.services.audit import AuditRow

# Everyone's most frequent items in the visits since a date (an item is on a visit once: the pair is
# visit_items' key), ranked in the database: a year of a large shop is some 460,000 customer-item pairs,
# and only the first few of each person's come back. Ties go to the menu's order, then the name.
USUALS_SQL = (
    "SELECT customer_id, name FROM (SELECT c.customer_id, i.name, row_number() OVER ("
    "PARTITION BY c.customer_id ORDER BY c.n DESC, coalesce(i.sort_order, 0), i.name{collate}) AS rank "
    "FROM (SELECT v.customer_id, vi.item_id, count(*) AS n FROM visits v JOIN visit_items vi ON vi.visit_id = v.id "
    "WHERE v.at >= :since AND NOT v.voided AND v.customer_id IS NOT NULL GROUP BY v.customer_id, vi.item_id) c "
    "JOIN items i ON i.id = c.item_id) ranked WHERE rank <= :per ORDER BY customer_id, rank"
)
NAMES_SQL = {
    "customer": "SELECT id, name FROM customers WHERE id IN ({ids})",
    "item": "SELECT id, name FROM items WHERE id IN ({ids})",
    "reward": "SELECT id, name FROM rewards WHERE id IN ({ids})",
}


def usuals_since(conn: Connection, since: datetime, per_customer: int = 2) -> dict[int, tuple[str, ...]]:
    """Everyone's most frequent items since `since`, most frequent first, in one query (the owner's list of
    a few thousand regulars would otherwise take one lookup each)."""
    # Names ordered as Python orders them (code points), whatever the server's collation.
    sql = text(USUALS_SQL.format(collate=' COLLATE "C"' if conn.dialect.name == "postgresql" else ""))
    usual: dict[int, tuple[str, ...]] = {}
    for customer_id, name in conn.execute(sql, {"since": since, "per": per_customer}).all():
        usual[customer_id] = (*usual.get(customer_id, ()), name)
    return usual


@dataclass(frozen=True)
class AuditEntry:
    """One audit event with what it was about named: `kind` is customer, item, reward, visit, card,
    owner-pin, or '' (the shop); `ref` the number (0 when none); `name` the person or thing ('' unknown)."""

    at: datetime
    actor: str
    action: str
    kind: str
    ref: int
    name: str
    detail: str


def split_target(target: str) -> tuple[str, int]:
    kind, _, number = target.partition(":")
    return (kind, int(number)) if number.isdigit() else (target, 0)


def name_targets(conn: Connection, rows: list[AuditRow]) -> list[AuditEntry]:
    """The rows with the customer, item or reward each one is about named (one query per kind)."""
    parts = [split_target(r.target) for r in rows]
    names: dict[tuple[str, int], str] = {}
    for kind, sql in NAMES_SQL.items():
        ids = sorted({ref for k, ref in parts if k == kind and ref})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = text(sql.format(ids=",".join(str(int(i)) for i in chunk)))
            names.update(((kind, row[0]), row[1]) for row in conn.execute(query))
    return [
        AuditEntry(r.at, r.actor, r.action, kind, ref, names.get((kind, ref), ""), r.detail)
        for r, (kind, ref) in zip(rows, parts, strict=True)
    ]
