"""An import's plan in the person's words, from its counts and rows (the visit plan's own `describe()` is
English, for logs): what `regulars import customers|visits` prints before, or instead of, writing anything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import catalogue
from app.catalogue import cli
from app.services.importing_read import SHOWN_ERRORS

if TYPE_CHECKING:
    from app.services.importing import Plan
    from app.services.importing_visits import VisitPlan


def customers(plan: Plan) -> list[str]:
    lines = [
        cli.tr("Format: {format}.").format(format=plan.format)
        + " "
        + cli.tr("%n to add", "", len(plan.adds))
        + ", "
        + cli.tr("%n to update", "", len(plan.updates))
        + ", "
        + cli.tr("%n to skip", "", len(plan.skipped))
        + ", "
        + cli.tr("%n with errors.", "", len(plan.errors))
    ]
    lines += [
        cli.tr("Row {row}: skipped, {why}").format(row=row, why=catalogue.said(why))
        for row, why in plan.skipped
    ]
    return lines + _errors(plan.errors, len(plan.errors))


def visits(plan: VisitPlan) -> list[str]:
    lines = [
        cli.tr("Format: {format}.").format(format=plan.format)
        + " "
        + cli.tr("%n visit(s) to add", "", plan.new)
        + ", "
        + cli.tr("%n already imported", "", plan.already)
        + ", "
        + cli.tr("%n sale(s) without a customer skipped", "", plan.without_customer)
        + ", "
        + cli.tr("%n with errors.", "", plan.error_count)
    ]
    if plan.not_sales:
        lines.append(cli.tr("%n row(s) of refunds or other events, not sales: skipped.", "", plan.not_sales))
    if plan.unknown_items:
        names = ", ".join(name for name, _n in plan.unknown_items.most_common(10))
        lines.append(cli.tr("Items not on the menu, kept as text on the visit: {names}.").format(names=names))
    return lines + _errors(plan.errors, plan.error_count)


def _errors(errors: list[tuple[int, str]], count: int) -> list[str]:
    shown = errors[:SHOWN_ERRORS]
    lines = [cli.tr("Row {row}: {message}").format(row=row, message=catalogue.said(m)) for row, m in shown]
    if count > len(shown):
        lines.append(cli.tr("… and %n more row(s) with errors.", "", count - len(shown)))
    return lines
