"""Command-line handlers that move data in and out: reports, exports, imports."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.application import Services
from app.cli_output import Commands, Output
from app.errors import StorageBusy
from app.files import AtomicFile, check_output_path
from app.services import audit, privacy
from app.services.birthdays import badge

if TYPE_CHECKING:
    from datetime import datetime

    from app.services.insights import RegularStats

commands = Commands()
SHOWN_ERRORS = 50  # a refused import lists this many rows, then the count of the rest


@commands.register("report")
def report(s: Services, a: argparse.Namespace) -> Output:
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from app import cli_clv
    from app.services import insights
    from app.services.feedback import FeedbackService

    if a.kind == "clv":
        return cli_clv.report(s, a)
    if a.kind == "monthly":
        from app.cli_charts import monthly

        return monthly(s, a)
    zone = s.settings.timezone_name()
    now = datetime.now(UTC)
    if a.days is not None and a.days < 0:
        raise ValueError("--days cannot be negative.")
    if a.kind == "birthdays":
        rows = insights.upcoming_birthdays(
            s.db, now.astimezone(ZoneInfo(zone)).date(), 7 if a.days is None else a.days
        )
        data = [{"id": r.id, "name": r.name, "birthday": str(r.birthday), "days": r.days} for r in rows]
        text = "\n".join(f"{r.id:>7}  {r.name:<32} {r.birthday.label():<20} {badge(r.days)}" for r in rows)
        return Output(data, text or "No birthdays coming up.")
    if a.kind == "nps":
        result = FeedbackService(s.db, s.settings).nps(now - timedelta(days=a.days or 90), now)
        summary = {
            "nps": result.score,
            "promoters": result.promoters,
            "passives": result.passives,
            "detractors": result.detractors,
            "answers": result.answers,
        }
        return Output(
            summary, f"NPS {result.score if result.score is not None else '—'} from {result.answers} answers"
        )
    floor = int(s.settings.get("lapsed_floor_days")) if a.days is None else a.days
    stats = insights.regular_stats(s.db, now, zone=zone, floor_days=floor)
    chosen = {
        "lapsed": lambda: _not_contacted_lately(s, insights.lapsed(stats, floor), now),
        "top": lambda: insights.top(stats),
        "segments": lambda: sorted(stats, key=lambda r: (r.segment, r.name)),
    }[a.kind]()
    usual = {r.id: [u.name for u in s.visits.usual(r.id)] for r in chosen} if a.kind == "lapsed" else {}
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
            **(
                {"usual": usual[r.id], "contact": (r.email or r.phone) if r.consent else None}
                if usual or a.kind == "lapsed"
                else {}
            ),
        }
        for r in chosen
    ]
    text = "\n".join(
        f"{r.id:>7}  {r.name:<32} {r.visits:>4} visits  last {r.days_since:>3} days ago  {r.segment}"
        + ("  VIP" if r.vip else "")
        for r in chosen
    )
    return Output(data, text or "Nobody to list.")


def _not_contacted_lately(s: Services, rows: list[RegularStats], now: datetime) -> list[RegularStats]:
    """The win-back list leaves out those contacted within the shop's number of weeks."""
    from app.services import marks

    weeks = int(s.settings.get("winback_snooze_weeks"))
    with s.db.rows() as conn:
        contacted = marks.contacted(conn)
    return [
        r for r in rows if marks.winback_hidden_until(contacted.get(r.id), r.last_visit, now, weeks) is None
    ]


@commands.register("export", "visits")
def export_visits(s: Services, a: argparse.Namespace) -> Output:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from app.services import export

    zone = s.settings.timezone_name()

    def day(text: str) -> date:
        if text == "today":
            return datetime.now(ZoneInfo(zone)).date()
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"“{text}” is not a date; use YYYY-MM-DD.") from None

    first = day(a.date)
    last = day(a.to) if a.to else first
    if last < first:
        raise ValueError("--to is before --date.")
    out = check_output_path(a.out, s.paths.root, s.url)
    lines = export.visit_lines(s.db, first, last, zone)
    currency = str(s.settings.get("currency"))
    if a.format == "csv":
        export.write_csv(lines, out)
    elif a.format == "xlsx":
        export.write_xlsx(lines, out, currency)
    else:
        from app.printing.day_report import render_day_report

        summary = export.summarise(s.db, lines, first, last, zone)
        from app.services.locales import for_pdf

        locale = for_pdf(str(s.settings.get("region")), s.paths.root)  # the shop's, not this shell's
        render_day_report(out, summary, str(s.settings.get("shop_name")), first, last, currency, locale)
    return Output(
        {"out": str(out), "visits": len(lines), "from": str(first), "to": str(last)},
        f"Wrote {len(lines)} visits to {out}.",
    )


@commands.register("export", "customers", owner=True)
def export_customers(s: Services, a: argparse.Namespace) -> Output:
    from app.services import export

    out = check_output_path(a.out, s.paths.root, s.url)
    count = export.write_customers(s.db, out)
    audit.log(s.db, "owner (cli)", "export.customers", detail=f"{count} customers to {out.name}")
    return Output({"out": str(out), "customers": count}, f"Wrote {count} customers to {out}.")


@commands.register("import", "customers", owner=True)
def import_customers(s: Services, a: argparse.Namespace) -> Output:
    from app.services import importing
    from app.services.importing_merge import shown

    region = s.customers.region
    plan = importing.plan_import(
        s.db, Path(a.file), region, a.format, on_duplicate=a.on_duplicate, date_order=a.date_order or ""
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
    lines = plan.describe() + [
        f"Row {c.row}: {c.name}: {c.field.replace('_', ' ')} "
        f"{shown(c.field, c.old, region)} → {shown(c.field, c.new, region)}"
        for c in changes
    ]
    if a.dry_run:
        return Output(data, "\n".join([*lines, "Dry run: nothing was changed."]))
    if plan.errors and not a.skip_errors:
        n, them = len(plan.errors), "it" if len(plan.errors) == 1 else "them"
        head = "1 row has an error" if n == 1 else f"{n} rows have errors"
        head += f"; nothing was imported. Fix {them}, or leave {them} out with --skip-errors:"
        listed = [f"Row {r}: {m}" for r, m in plan.errors[:SHOWN_ERRORS]]
        more = [f"… and {n - SHOWN_ERRORS} more."] if n > SHOWN_ERRORS else []
        raise importing.ImportError_("\n".join([head, *listed, *more]))
    written = importing.apply(s.db, plan, skip_errors=a.skip_errors, actor="owner (cli)")
    data["written"] = written
    return Output(data, "\n".join([*lines, f"Imported: {written} customers written."]))


@commands.register("import", "visits", owner=True)
def import_visits(s: Services, a: argparse.Namespace) -> Output:
    from app.services import importing_visits
    from app.services.importing_read import ImportError_

    region, zone = s.customers.region, s.settings.timezone_name()
    plan = importing_visits.plan_visits(s.db, Path(a.file), region, zone, a.format)
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
    lines = plan.describe()
    if a.dry_run:
        return Output(data, "\n".join([*lines, "Dry run: nothing was changed."]))
    if plan.error_count and not a.skip_errors:
        raise ImportError_(importing_visits.refused(plan))
    done = importing_visits.apply_visits(
        s.db, Path(a.file), region, zone, plan.format, a.skip_errors, actor="owner (cli)"
    )
    data["written"] = done.new
    return Output(
        data, "\n".join([*lines, f"Imported: {done.new} visit{'' if done.new == 1 else 's'} written."])
    )


@commands.register("customers", "export-data", owner=True)
def export_data(s: Services, a: argparse.Namespace) -> Output:
    # Both targets are checked before anything is read or written.
    out = check_output_path(a.out, s.paths.root, s.url) if a.out else None
    pdf = check_output_path(a.pdf, s.paths.root, s.url) if a.pdf else None
    if out is not None and out == pdf:
        raise ValueError("--out and --pdf name the same file; give two names.")
    data = privacy.export_person(s.db, a.id, actor="owner (cli)")
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # The JSON is put in place only after the PDF is written, so a failure leaves neither.
    staged = AtomicFile(out, private=True, encoding="utf-8") if out is not None else None
    with staged or contextlib.nullcontext():
        if staged is not None:
            staged.file.write(text)
        if pdf is not None:
            from app.printing.person_report import Wording, render_person
            from app.services.locales import for_pdf

            region, zone = str(s.settings.get("region")), s.settings.timezone_name()
            wording = Wording(str(s.settings.get("currency")), for_pdf(region, s.paths.root), zone)
            render_person(pdf, data, str(s.settings.get("shop_name")), wording)
    if out is None:
        return Output(data, text)
    return Output(
        {"out": str(out), "pdf": str(pdf) if pdf else None},
        f"Wrote {out}" + (f" and {pdf}" if pdf else "") + ".",
    )


@commands.register("customers", "erase", owner=True)
def erase(s: Services, a: argparse.Namespace) -> Output:
    done = privacy.erase(s.db, a.id, actor="owner (cli)")
    _check_scrubbed(done, f"customers erase {a.id}")
    return Output(
        {"id": a.id, "erased": True},
        f"Customer {a.id} erased. Backups made before now still hold the old data until they rotate out.",
    )


def _check_scrubbed(done: privacy.Erasure, again: str) -> None:
    if done.still_in_file:
        raise StorageBusy(
            "Erased in the database, but another program is reading it, so the old data is not yet gone "
            f"from the file on disk. Close the other tills or programs and run “regulars {again}” again."
        )


@commands.register("customers", "erase-inactive", owner=True)
def erase_inactive(s: Services, a: argparse.Namespace) -> Output:
    if a.months < 1:
        raise ValueError("--months must be at least 1.")
    done = privacy.erase_inactive(s.db, a.months, actor="owner (cli)")
    erased = done.customer_ids
    if erased:  # erasing any one of them again flushes the file for all
        _check_scrubbed(done, f"customers erase {erased[0]}")
    return Output({"erased": erased}, f"Erased {len(erased)} customers inactive for over {a.months} months.")
