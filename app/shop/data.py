"""Data in and out: exports, imports, backups and a person's own data (export and erasure)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.application import Services, sqlite_file
from app.db import backup, pg_backup
from app.errors import UserError
from app.files import AtomicFile
from app.messages import msg
from app.shop.base import Changes, Written, guarded

# The exports, imports and a person's data are imported where they are used: a till that only serves
# customers never loads them (about 2 MB).
if TYPE_CHECKING:
    from app.printing.person_report import Wording
    from app.services import importing, importing_visits, privacy
    from app.services.demo import DemoResult

EXPORT_FORMATS = ("csv", "xlsx", "pdf")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exported:
    out: Path
    visits: int
    first: date
    last: date


class Data:
    def __init__(self, services: Services) -> None:
        self._s = services

    @guarded
    def export_visits(self, first: date, last: date, fmt: str, out: Path) -> Exported:
        """The visit log of the local days first..last as CSV, a spreadsheet or a PDF report."""
        from app.services import export

        if fmt not in EXPORT_FORMATS:
            raise UserError(
                msg.tr("Export as {join}, not “{fmt}”.").format(join=", ".join(EXPORT_FORMATS), fmt=fmt)
            )
        if last < first:
            raise UserError(msg.tr("The last day is before the first."))
        from app.files import OutputError, check_output_path

        try:
            out = check_output_path(out, self._s.paths.root, self._s.url)
        except OutputError as exc:
            raise UserError(str(exc)) from exc
        zone = self._s.settings.timezone_name()
        currency = str(self._s.settings.get("currency"))
        lines = export.visit_lines(self._s.db, first, last, zone)
        try:
            if fmt == "csv":
                export.write_csv(lines, out)
            elif fmt == "xlsx":
                export.write_xlsx(lines, out, currency)
            else:
                from app.printing.day_report import render_day_report
                from app.services.locales import for_pdf
                from app.shop.charts import Charts

                summary = export.summarise(self._s.db, lines, first, last, zone)
                # the Insights page's other charts, as of the end of the last day (seconds at a large shop)
                others = Charts(self._s).as_of(last).charts
                summary = replace(summary, charts=tuple(c for c in others if c.kind != "visits_per_week"))
                shop = str(self._s.settings.get("shop_name"))
                # The shop's country in this till's language (else the computer's).
                locale = for_pdf(str(self._s.settings.get("region")), self._s.paths.root)
                render_day_report(out, summary, shop, first, last, currency, locale)
        except OSError as exc:
            raise UserError(
                msg.tr("Could not write {name}: {strerror}.").format(name=out.name, strerror=exc.strerror)
            ) from exc
        return Exported(out, len(lines), first, last)

    @guarded
    def export_folder(self) -> Path:
        """Where the last export went (the home folder at first), to suggest it again."""
        return Path(str(self._s.settings.get("export_folder") or Path.home()))

    @guarded
    def remember_export_folder(self, folder: Path) -> Written[None]:
        self._s.settings.set("export_folder", str(folder))
        return Written(None, Changes())

    def region(self) -> str:
        """The shop's country, for reading and showing phone numbers."""
        return self._s.customers.region

    def output_path(self, out: str | Path) -> Path:
        """The resolved file to write; OutputError when it is the database or anything in the data folder,
        a folder, or in a folder that does not exist."""
        from app.files import check_output_path

        return check_output_path(out, self._s.paths.root, self._s.url)

    @guarded
    def export_customers(self, out: Path, actor: str = "owner") -> int:
        """Every customer as CSV; the audit log notes who took them."""
        from app.services import audit, export

        out = self.output_path(out)
        try:
            count = export.write_customers(self._s.db, out)
        except OSError as exc:
            raise UserError(
                msg.tr("Could not write {name}: {strerror}.").format(name=out.name, strerror=exc.strerror)
            ) from exc
        audit.log(self._s.db, actor, "export.customers", detail=f"{count} customers to {out.name}")
        return count

    def read_header(self, path: Path) -> tuple[list[str], bool]:
        """A customers file's columns, and whether its format is recognised (else offer the mapping step)."""
        from app.services import importing

        try:
            header = importing.read_header(path)
        except importing.ImportError_ as exc:
            raise UserError(str(exc)) from exc
        try:
            importing.detect(header)
        except importing.ImportError_:
            return header, False
        return header, True

    @guarded
    def plan_import(
        self,
        path: Path,
        fmt: str = "auto",
        mapping: dict[str, str] | None = None,
        on_duplicate: str = "skip",
        progress: Progress | None = None,
        date_order: str = "",
    ) -> importing.Plan:
        """What an import would do, row by row; nothing is written. date_order: "dmy", "mdy" or "" (decide)."""
        from app.services import importing

        region = self._s.customers.region
        return importing.plan_import(
            self._s.db, path, region, fmt, mapping, on_duplicate, progress, date_order
        )

    @guarded
    def apply_import(
        self, plan: importing.Plan, skip_errors: bool = False, actor: str = "owner"
    ) -> Written[int]:
        from app.services import importing

        return Written(importing.apply(self._s.db, plan, skip_errors, actor), Changes(customers=True))

    @guarded
    def plan_visit_import(
        self, path: Path, fmt: str = "auto", progress: Callable[[int], None] | None = None
    ) -> importing_visits.VisitPlan:
        """What a visits import would do (counts, the first rows with errors); nothing is written."""
        from app.services import importing_visits

        zone = self._s.settings.timezone_name()
        return importing_visits.plan_visits(self._s.db, path, self._s.customers.region, zone, fmt, progress)

    @guarded
    def apply_visit_import(
        self,
        path: Path,
        fmt: str = "auto",
        skip_errors: bool = False,
        actor: str = "owner",
        preview: importing_visits.VisitPlan | None = None,
    ) -> Written[importing_visits.VisitPlan]:
        """Write the file's new visits, all or nothing; with its `preview`, from what the preview read."""
        from app.services import importing_visits

        zone = self._s.settings.timezone_name()
        done = importing_visits.apply_visits(
            self._s.db, path, self._s.customers.region, zone, fmt, skip_errors, actor=actor, preview=preview
        )
        return Written(done, Changes(visits=True))

    # -- a person's own data ---------------------------------------------------------------------------
    @guarded
    def person(self, customer_id: int, actor: str = "owner") -> dict[str, Any]:
        """Everything held about one person (a privacy request), as plain data."""
        from app.services import privacy

        return privacy.export_person(self._s.db, customer_id, actor)

    @guarded
    def write_person(
        self, customer_id: int, json_path: Path | None, pdf_path: Path | None, actor: str = "owner"
    ) -> dict[str, Any]:
        """The person's data into either file or both (paths from `output_path`), private, both or neither:
        the JSON is put in place only after the PDF is written."""
        from app.services import privacy

        data = privacy.export_person(self._s.db, customer_id, actor)
        staged = AtomicFile(json_path, private=True, encoding="utf-8") if json_path is not None else None
        with staged or contextlib.nullcontext():
            if staged is not None:
                staged.file.write(json.dumps(data, ensure_ascii=False, indent=2))
            if pdf_path is not None:
                from app.printing.person_report import render_person

                render_person(pdf_path, data, str(self._s.settings.get("shop_name")), self._person_wording())
        return data

    def _person_wording(self) -> Wording:
        """Money, dates and times on a person's PDF: the shop's currency, locale and zone."""
        from app.printing.person_report import Wording
        from app.services.locales import for_pdf

        settings = self._s.settings
        region = str(settings.get("region"))
        return Wording(
            str(settings.get("currency")), for_pdf(region, self._s.paths.root), settings.timezone_name()
        )

    @guarded
    def save_person(self, customer_id: int, folder: Path) -> tuple[Path, Path]:
        """The person's data as JSON and as a readable PDF in `folder` (private files, both or neither)."""
        from app.files import AtomicFile, OutputError, check_output_path
        from app.services import privacy

        stem = folder / f"customer-{customer_id}-data"
        try:
            json_path, pdf_path = (
                check_output_path(stem.with_suffix(suffix), self._s.paths.root, self._s.url)
                for suffix in (".json", ".pdf")
            )
            data = privacy.export_person(self._s.db, customer_id)
            with AtomicFile(json_path, private=True, encoding="utf-8") as staged:  # in place after the PDF
                staged.file.write(json.dumps(data, ensure_ascii=False, indent=2))
                from app.printing.person_report import render_person

                render_person(pdf_path, data, str(self._s.settings.get("shop_name")), self._person_wording())
        except OutputError as exc:
            raise UserError(str(exc)) from exc
        return json_path, pdf_path

    @guarded
    def erase(self, customer_id: int, actor: str = "owner") -> Written[privacy.Erasure]:
        """Anonymise one person; `still_in_file` says a reader kept the old text in the file for now."""
        from app.services import privacy

        return Written(
            privacy.erase(self._s.db, customer_id, actor), Changes(customers=True, cards=True, marks=True)
        )

    @guarded
    def erase_inactive(self, months: int, actor: str = "owner") -> Written[privacy.Erasure]:
        """Erase everyone with no visit and no change for longer than `months`."""
        from app.services import privacy

        if months < 1:
            raise UserError(msg.tr("Give at least one month."))
        erased = privacy.erase_inactive(self._s.db, months, actor=actor)
        return Written(erased, Changes(customers=True, cards=True))

    # -- the demo bakery -----------------------------------------------------------------------------------
    @guarded
    def fill_demo(
        self,
        customers: int = 400,
        visits: int = 9000,
        progress: Progress | None = None,
        seed: int = 1,
        into_existing: bool = False,
        actor: str = "owner",
    ) -> Written[DemoResult]:
        """A made-up bakery (the same one for the same seed), only into a shop with no customers of its own
        unless `into_existing`."""
        from app.services import demo

        result = demo.fill(
            self._s.db,
            self._s.settings,
            customers,
            visits,
            seed,
            progress=progress,
            into_existing=into_existing,
            actor=actor,
        )
        return Written(result, Changes(customers=True, visits=True, items=True, settings=True))

    # -- backups: SQLite through its backup API, a shared server through pg_dump -------------------------
    @property
    def backup_folder(self) -> Path:
        return self._s.paths.backups

    @property
    def backup_suffix(self) -> str:
        return ".sqlite3" if self._s.is_sqlite else pg_backup.SUFFIX

    def backup(self) -> Path:
        database = sqlite_file(self._s.url)  # the file in use, also when named by --database-url
        if database is not None:
            return backup.create(database, self._s.paths.backups, "manual")
        return pg_backup.create(self._s.url, self._s.paths.backups, "manual")

    def daily_backup(self) -> None:
        """The day's first backup (checked, so this is also where damage is found); a server backs up itself."""
        from app.application import make_daily_backup

        if self._s.is_sqlite:
            make_daily_backup(self._s.paths)

    def backups(self) -> list[Path]:
        """Newest first."""
        return backup.backups(self._s.paths.backups, self.backup_suffix)[::-1]

    def check_backup(self, path: Path) -> None:
        """BackupError, before anything is replaced, for a file that is not one of our backups."""
        if self._s.is_sqlite:
            backup.check(path)

    def restore(self, path: Path) -> Path | None:
        """Replace the data with a checked backup, in the live database (other tills see it at once).
        The shop is closed afterwards: open it again."""
        if self._s.is_sqlite:
            self._s.close()
            return backup.restore(path, self._s.paths.database, self._s.paths.backups)
        previous = pg_backup.restore(path, self._s.url, self._s.paths.backups)
        self._s.close()
        return previous
