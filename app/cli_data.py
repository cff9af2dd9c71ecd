"""Command-line handlers that move data in and out: reports, exports, imports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app import catalogue, cli_plans
from app.catalogue import cli
from app.cli_output import Commands, Output
from app.errors import StorageBusy, UserError
from app.messages import msg

if TYPE_CHECKING:
    from app.services.privacy import Erasure
    from app.shop.composed import Shop
    from app.shop.insights import Regular

commands = Commands()


@commands.register("report")
def report(shop: Shop, a: argparse.Namespace) -> Output:
    from app import cli_clv

    if a.kind == "clv":
        return cli_clv.report(shop, a)
    if a.kind == "monthly":
        from app.cli_charts import monthly

        return monthly(shop, a)
    if a.days is not None and a.days < 0:
        raise ValueError(cli.tr("--days cannot be negative."))
    if a.kind == "birthdays":
        from app.cli_counter import birthday_day
        from app.services.birthdays import badge  # a birthday's distance in words, no database
        from app.services.locales import from_environment

        rows = shop.insights.birthdays(7 if a.days is None else a.days)
        data = [{"id": r.id, "name": r.name, "birthday": str(r.birthday), "days": r.days} for r in rows]
        text = "\n".join(
            f"{r.id:>7}  {r.name:<32} {birthday_day(r.birthday, from_environment()):<20} {catalogue.said(badge(r.days))}"
            for r in rows
        )
        return Output(data, text or cli.tr("No birthdays coming up."))
    if a.kind == "nps":
        result = shop.insights.nps(a.days or 90)
        summary = {
            "nps": result.score,
            "promoters": result.promoters,
            "passives": result.passives,
            "detractors": result.detractors,
            "answers": result.answers,
        }
        return Output(
            summary,
            cli.tr("NPS {score} from %n answer(s)", "", result.answers).format(
                score=result.score if result.score is not None else "—"
            ),
        )
    insights = shop.insights
    chosen = {"lapsed": insights.lapsed, "top": insights.top, "segments": insights.segments}[a.kind](
        None, a.days
    )
    return _regulars(shop, chosen, lapsed=a.kind == "lapsed")


def _regulars(shop: Shop, chosen: list[Regular], lapsed: bool) -> Output:
    """The lapsed list carries each one's usual order and how to reach them (with their consent)."""
    usual = shop.insights.usual_orders([r.stats.id for r in chosen]) if lapsed else {}
    data = [
        {
            "id": r.id,
            "name": r.name,
            "visits": r.visits,
            "spend_cents": r.spend_cents,
            "last_visit": r.last_visit.isoformat(),
            "days_since": r.days_since,
            "segment": r.segment,
            "vip": r.vip,
            "rhythm_days": round(r.rhythm_days, 1) if r.rhythm_days else None,
            **({"usual": usual[r.id], "contact": regular.contact} if lapsed else {}),
        }
        for regular in chosen
        for r in (regular.stats,)
    ]
    text = "\n".join(
        f"{r.id:>7}  {r.name:<32} "
        + cli.tr("%n visit(s)", "", r.visits)
        + "  "
        + cli.tr("last %n day(s) ago", "", r.days_since)
        + f"  {catalogue.translate('wording', catalogue.SEGMENTS.get(r.segment, r.segment))}"
        + ("  " + cli.tr("VIP") if r.vip else "")
        for r in (regular.stats for regular in chosen)
    )
    return Output(data, text or cli.tr("Nobody to list."))


@commands.register("export", "visits")
def export_visits(shop: Shop, a: argparse.Namespace) -> Output:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    zone = shop.timezone_name()

    def day(text: str) -> date:
        if text == "today":
            return datetime.now(ZoneInfo(zone)).date()
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(cli.tr("“{text}” is not a date; use YYYY-MM-DD.").format(text=text)) from None

    first = day(a.date)
    last = day(a.to) if a.to else first
    if last < first:
        raise ValueError(cli.tr("--to is before --date."))
    done = shop.data.export_visits(first, last, a.format, shop.data.output_path(a.out))
    return Output(
        {"out": str(done.out), "visits": done.visits, "from": str(first), "to": str(last)},
        cli.tr("Wrote %n visit(s) to {out}.", "", done.visits).format(out=done.out),
    )


@commands.register("export", "customers", owner=True)
def export_customers(shop: Shop, a: argparse.Namespace) -> Output:
    out = shop.data.output_path(a.out)
    count = shop.data.export_customers(out, actor="owner (cli)")
    return Output(
        {"out": str(out), "customers": count},
        cli.tr("Wrote %n customer(s) to {out}.", "", count).format(out=out),
    )


@commands.register("import", "customers", owner=True)
def import_customers(shop: Shop, a: argparse.Namespace) -> Output:
    # How a planned change reads, and the words of an import refused for its errors: no database.
    from app.services.importing_merge import shown
    from app.services.importing_read import refused

    region = shop.data.region()
    plan = shop.data.plan_import(
        Path(a.file), a.format, on_duplicate=a.on_duplicate, date_order=a.date_order or ""
    )
    changes = plan.changes
    data = {
        "format": plan.format,
        "add": len(plan.adds),
        "update": len(plan.updates),
        "skip": [{"row": r, "reason": w} for r, w in plan.skipped],
        "errors": [{"row": r, "message": m} for r, m in plan.errors],
        "changes": [
            {"row": c.row, "customer_id": c.customer_id, "field": c.field, "old": c.old, "new": c.new}
            for c in changes
        ],
        "dry_run": a.dry_run,
    }
    lines = cli_plans.customers(plan) + [
        cli.tr("Row {row}: {name}: {field} {old} → {new}").format(
            row=c.row,
            name=c.name,
            field=c.field.replace("_", " "),
            old=shown(c.field, c.old, region),
            new=shown(c.field, c.new, region),
        )
        for c in changes
    ]
    if a.dry_run:
        return Output(data, "\n".join([*lines, cli.tr("Dry run: nothing was changed.")]))
    if plan.errors and not a.skip_errors:
        raise UserError(refused(plan.errors, len(plan.errors)))
    written = shop.data.apply_import(plan, skip_errors=a.skip_errors, actor="owner (cli)").value
    data["written"] = written
    return Output(data, "\n".join([*lines, cli.tr("Imported: %n customer(s) written.", "", written)]))


@commands.register("import", "visits", owner=True)
def import_visits(shop: Shop, a: argparse.Namespace) -> Output:
    # The words of an import refused for its errors: formatting only, no database.
    from app.services.importing_read import refused

    plan = shop.data.plan_visit_import(Path(a.file), a.format)
    data = {
        "format": plan.format,
        "add": plan.new,
        "already_imported": plan.already,
        "without_customer": plan.without_customer,
        "not_sales": plan.not_sales,
        "error_count": plan.error_count,
        "errors": [{"row": r, "message": m} for r, m in plan.errors],
        "unknown_items": sorted(plan.unknown_items),
        "dry_run": a.dry_run,
    }
    lines = cli_plans.visits(plan)
    if a.dry_run:
        return Output(data, "\n".join([*lines, cli.tr("Dry run: nothing was changed.")]))
    if plan.error_count and not a.skip_errors:
        raise UserError(refused(plan.errors, plan.error_count))
    done = shop.data.apply_visit_import(
        Path(a.file), plan.format, a.skip_errors, actor="owner (cli)", preview=plan
    ).value
    data["written"] = done.new
    return Output(data, "\n".join([*lines, cli.tr("Imported: %n visit(s) written.", "", done.new)]))


@commands.register("customers", "export-data", owner=True)
def export_data(shop: Shop, a: argparse.Namespace) -> Output:
    # Both targets are checked before anything is read or written.
    out = shop.data.output_path(a.out) if a.out else None
    pdf = shop.data.output_path(a.pdf) if a.pdf else None
    if out is not None and out == pdf:
        raise ValueError(cli.tr("--out and --pdf name the same file; give two names."))
    data = shop.data.write_person(a.id, out, pdf, actor="owner (cli)")
    if out is None:
        return Output(data, json.dumps(data, ensure_ascii=False, indent=2))
    return Output(
        {"out": str(out), "pdf": str(pdf) if pdf else None},
        (cli.tr("Wrote {out} and {pdf}.") if pdf else cli.tr("Wrote {out}.")).format(out=out, pdf=pdf),
    )


@commands.register("customers", "erase", owner=True)
def erase(shop: Shop, a: argparse.Namespace) -> Output:
    done = shop.data.erase(a.id, actor="owner (cli)").value
    _check_scrubbed(done, f"customers erase {a.id}")
    return Output(
        {"id": a.id, "erased": True},
        cli.tr(
            "Customer {id} erased. Backups made before now still hold the old data until they rotate out."
        ).format(id=a.id),
    )


def _check_scrubbed(done: Erasure, again: str) -> None:
    if done.still_in_file:
        raise StorageBusy(
            msg.tr(
                "Erased in the database, but another program is reading it, so the old data is not yet "
                "gone from the file on disk. Close the other tills or programs and run “regulars "
                "{again}” again."
            ).format(again=again)
        )


@commands.register("customers", "erase-inactive", owner=True)
def erase_inactive(shop: Shop, a: argparse.Namespace) -> Output:
    if a.months < 1:
        raise ValueError(cli.tr("--months must be at least 1."))
    done = shop.data.erase_inactive(a.months, actor="owner (cli)").value
    erased = done.customer_ids
    if erased:  # erasing any one of them again flushes the file for all
        _check_scrubbed(done, f"customers erase {erased[0]}")
    return Output(
        {"erased": erased},
        cli.tr("Erased %n customer(s) inactive for over {months} months.", "", len(erased)).format(
            months=a.months
        ),
    )
