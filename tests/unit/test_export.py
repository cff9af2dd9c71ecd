import csv
import subprocess
from datetime import UTC, date, datetime

from openpyxl import load_workbook

from app.services import export, importing

ZONE = "Europe/London"


def visit_on_local(services, cid, year, month, day, hour, minute, **kw):
    from zoneinfo import ZoneInfo

    local = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(ZONE))
    return services.visits.record(cid, at=local.astimezone(UTC), **kw)


def test_day_boundaries_follow_the_shops_local_day_across_dst(services, add) -> None:
    cid = add("Zoë")
    # 29 March 2026: clocks go forward at 01:00 in London; the local day is 23 hours long.
    visit_on_local(services, cid, 2026, 3, 28, 23, 59)
    visit_on_local(services, cid, 2026, 3, 29, 0, 1)
    visit_on_local(services, cid, 2026, 3, 29, 23, 59)
    visit_on_local(services, cid, 2026, 3, 30, 0, 0)
    lines = export.visit_lines(services.db, date(2026, 3, 29), date(2026, 3, 29), ZONE)
    assert [f"{line.at:%H:%M}" for line in lines] == ["00:01", "23:59"]
    start, end = export.local_bounds(date(2026, 3, 29), date(2026, 3, 29), ZONE)
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 23 * 3600


def test_csv_has_a_bom_and_no_formulas(services, add, tmp_path) -> None:
    cid = add("Zoë Martin")
    services.items.add("=SUM(A1:A9)", "Odd")
    visit_on_local(
        services,
        cid,
        2026,
        11,
        20,
        9,
        15,
        items=[(services.items.resolve(["=SUM(A1:A9)"])[0], 1)],
        amount_cents=550,
    )
    out = tmp_path / "day.csv"
    export.write_csv(export.visit_lines(services.db, date(2026, 11, 20), date(2026, 11, 20), ZONE), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Zoë Martin".encode() in raw
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Visit", "Date", "Time"]
    assert rows[1][5] == "'=SUM(A1:A9)" and rows[1][6] == "5.50" and rows[1][2] == "09:15"


def test_xlsx_cells_are_typed_with_a_frozen_styled_header(services, add, tmp_path) -> None:
    cid = add("Zoë Martin")
    visit_on_local(services, cid, 2026, 11, 20, 9, 15, amount_cents=1250)
    out = tmp_path / "day.xlsx"
    export.write_xlsx(export.visit_lines(services.db, date(2026, 11, 20), date(2026, 11, 20), ZONE), out)
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert sheet["B2"].value == datetime(2026, 11, 20) and sheet["B2"].is_date
    assert sheet["G2"].value == 12.5 and isinstance(sheet["G2"].value, float)
    assert sheet["E2"].value == "Zoë Martin"


def test_pdf_day_report_reads_back(services, add, tmp_path) -> None:
    from app.printing.day_report import render_day_report

    cid = add("Zoë Martin", birthday="11-20")
    services.loyalty.add_reward("Free coffee", 1)
    visit_on_local(services, cid, 2026, 11, 20, 9, 15, items=[(1, 2)], amount_cents=1100)
    lines = export.visit_lines(services.db, date(2026, 11, 20), date(2026, 11, 20), ZONE)
    summary = export.summarise(services.db, lines, date(2026, 11, 20), date(2026, 11, 20), ZONE)
    out = tmp_path / "day.pdf"
    render_day_report(out, summary, "The Corner Bakery", date(2026, 11, 20), date(2026, 11, 20), "GBP")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "The Corner Bakery" in text and "Friday, 20 November 2026" in text
    assert "£11.00" in text and "Sourdough loaf" in text and "Zoë Martin" in text


def test_exported_customers_import_into_an_empty_shop_unchanged(services, add, tmp_path) -> None:
    from app.application import open_services

    add(
        "Zoë Martin",
        phone="07700 900123",
        email="zoe@example.com",
        birthday="02-29",
        flags=["nuts", "vegan"],
        notes="- likes the window seat",
        preferences="oat milk",
        consent_contact=True,
        consent_channel="sms",
    )
    add("Łukasz Nowak", birthday="1988-11-02")
    out = tmp_path / "customers.csv"
    assert export.write_customers(services.db, out) == 2
    other = open_services(str(tmp_path / "other"))
    try:
        plan = importing.plan_import(other.db, out, "GB")
        assert plan.format == "generic" and not plan.errors
        importing.apply(other.db, plan)
        assert export.customer_rows(other.db) == export.customer_rows(services.db)
    finally:
        other.close()
