"""Data in and out: exports, imports, backups and a person's own data (export and erasure)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.application import Services
from app.db import backup, pg_backup
from app.errors import UserError
from app.services import export, importing, importing_visits, privacy
from app.shop.base import Changes, Written, guarded

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
        if fmt not in EXPORT_FORMATS:
            raise UserError(f"Export as {', '.join(EXPORT_FORMATS)}, not “{fmt}”.")
        if last < first:
            raise UserError("The last day is before the first.")
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

                summary = export.summarise(self._s.db, lines, first, last, zone)
                shop = str(self._s.settings.get("shop_name"))
                # The shop's country in this till's language (else the computer's).
                locale = for_pdf(str(self._s.settings.get("region")), self._s.paths.root)
                render_day_report(out, summary, shop, first, last, currency, locale)
        except OSError as exc:
            raise UserError(f"Could not write {out.name}: {exc.strerror}.") from exc
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

    @guarded
    def export_customers(self, out: Path) -> int:
        try:
            return export.write_customers(self._s.db, out)
        except OSError as exc:
            raise UserError(f"Could not write {out.name}: {exc.strerror}.") from exc

    def read_header(self, path: Path) -> tuple[list[str], bool]:
        """A customers file's columns, and whether its format is recognised (else offer the mapping step)."""
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
        region = self._s.customers.region
        return importing.plan_import(
            self._s.db, path, region, fmt, mapping, on_duplicate, progress, date_order
        )

    @guarded
    def apply_import(self, plan: importing.Plan, skip_errors: bool = False) -> Written[int]:
        return Written(importing.apply(self._s.db, plan, skip_errors), Changes(customers=True))

    @guarded
    def plan_visit_import(
        self, path: Path, fmt: str = "auto", progress: Callable[[int], None] | None = None
    ) -> importing_visits.VisitPlan:
        """What a visits import would do (counts, the first rows with errors); nothing is written."""
        zone = self._s.settings.timezone_name()
        return importing_visits.plan_visits(self._s.db, path, self._s.customers.region, zone, fmt, progress)

    @guarded
    def apply_visit_import(
        self, path: Path, fmt: str = "auto", skip_errors: bool = False
    ) -> Written[importing_visits.VisitPlan]:
        """Read the file again and write its new visits, all or nothing."""
        zone = self._s.settings.timezone_name()
        done = importing_visits.apply_visits(
            self._s.db, path, self._s.customers.region, zone, fmt, skip_errors
        )
        return Written(done, Changes(visits=True))

    # -- a person's own data ---------------------------------------------------------------------------
    @guarded
    def person(self, customer_id: int) -> dict[str, Any]:
        """Everything held about one person (a privacy request), as plain data."""
        return privacy.export_person(self._s.db, customer_id)

    @guarded
    def save_person(self, customer_id: int, folder: Path) -> tuple[Path, Path]:
        """The person's data as JSON and as a readable PDF in `folder` (private files, both or neither)."""
        from app.files import AtomicFile, OutputError, check_output_path
        from app.printing.person_report import Wording, render_person
        from app.services.locales import for_pdf

        stem = folder / f"customer-{customer_id}-data"
        try:
            json_path, pdf_path = (
                check_output_path(stem.with_suffix(suffix), self._s.paths.root, self._s.url)
                for suffix in (".json", ".pdf")
            )
            data = privacy.export_person(self._s.db, customer_id)
            with AtomicFile(json_path, private=True, encoding="utf-8") as staged:  # in place after the PDF
                staged.file.write(json.dumps(data, ensure_ascii=False, indent=2))
                settings = self._s.settings
                wording = Wording(
                    str(settings.get("currency")),
                    for_pdf(str(settings.get("region")), self._s.paths.root),
                    settings.timezone_name(),
                )
                render_person(pdf_path, data, str(settings.get("shop_name")), wording)
        except OutputError as exc:
            raise UserError(str(exc)) from exc
        return json_path, pdf_path

    @guarded
    def erase(self, customer_id: int) -> Written[privacy.Erasure]:
        """Anonymise one person; `still_in_file` says a reader kept the old text in the file for now."""
        return Written(
            privacy.erase(self._s.db, customer_id), Changes(customers=True, cards=True, marks=True)
        )

    @guarded
    def erase_inactive(self, months: int) -> Written[privacy.Erasure]:
        """Erase everyone with no visit and no change for longer than `months`."""
        if months < 1:
            raise UserError("Give at least one month.")
        return Written(privacy.erase_inactive(self._s.db, months), Changes(customers=True, cards=True))

    # -- the demo bakery -----------------------------------------------------------------------------------
    @guarded
    def fill_demo(
        self, customers: int = 400, visits: int = 9000, progress: Progress | None = None
    ) -> Written[object]:
        from app.services import demo

        result = demo.fill(self._s.db, self._s.settings, customers, visits, progress=progress)
        return Written(result, Changes(customers=True, visits=True, items=True, settings=True))

    # -- backups: SQLite through its backup API, a shared server through pg_dump -------------------------
    @property
    def backup_folder(self) -> Path:
        return self._s.paths.backups

    @property
    def backup_suffix(self) -> str:
        return ".sqlite3" if self._s.is_sqlite else pg_backup.SUFFIX

    def backup(self) -> Path:
        if self._s.is_sqlite:
            return backup.create(self._s.paths.database, self._s.paths.backups, "manual")
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
