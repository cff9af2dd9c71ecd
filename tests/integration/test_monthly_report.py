"""`regulars report monthly` and the day report's weekly chart: the numbers of every chart are in the PDF's
text, bad input changes nothing."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.application import open_services
from app.services.charts_data import month_start, week_label, week_start
from app.services.customers import CustomerInput
from app.services.feedback import FeedbackService
from app.shop import Shop
from tests.clv_shop import build_shop

ZONE = ZoneInfo("Europe/London")  # tests/conftest.py sets TZ, and the shop has no zone of its own


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), ZONE)


def last_months_shop(data_dir) -> tuple[date, dict[str, int]]:
    """Visits and answers in last month; returns its first day and the visits expected per week label."""
    month = month_start(date.today(), 1)
    services = open_services(str(data_dir))
    ann = services.customers.add(CustomerInput(name="Ann"))
    bob = services.customers.add(CustomerInput(name="Bob"))
    days = {ann: (3, 10, 17), bob: (10,)}
    for cid, numbers in days.items():
        for n in numbers:
            services.visits.record(cid, amount_cents=400, at=noon(month.replace(day=n)))
    wrong = services.visits.record(bob, amount_cents=400, at=noon(month.replace(day=11)))
    services.visits.void(wrong.id, "wrong customer")
    feedback = FeedbackService(services.db, services.settings)
    for score, n in ((10, 4), (10, 12), (2, 18)):
        feedback.record(ann, score, now=noon(month.replace(day=n)))
    services.close()
    weeks: dict[str, int] = {}
    for numbers in days.values():
        for n in numbers:
            label = week_label(week_start(month.replace(day=n)))
            weeks[label] = weeks.get(label, 0) + 1
    return month, weeks


def test_the_monthly_report_carries_every_chart_with_its_numbers(cli, tmp_path) -> None:
    month, weeks = last_months_shop(cli.data_dir)
    out = tmp_path / "month.pdf"

    answer = cli.json("report", "monthly", "--month", f"{month:%Y-%m}", "--out", str(out))

    last_day = month_start(month, -1) - timedelta(days=1)
    assert answer["out"] == str(out) and answer["as_of"] == last_day.isoformat()
    assert [c["kind"] for c in answer["charts"]] == [
        "visits_per_week",
        "retention",
        "rhythm",
        "nps",
        "segments",
        "holdout",
    ]
    text = pdf_text(out)
    assert f"Monthly report · {month:%B %Y}" in text
    for title in (
        "Visits per week",
        "Retention by month of first visit",
        "How often regulars come",
        "NPS over time",
        "Regulars by segment",
        "Expected vs actual visits",
    ):
        assert title in text
    assert "Not enough history yet" in text  # two customers of one month: nothing to check a model on
    assert "Surprises offered /" in text and re.search(r"\s0 ?/ ?0\n", text)
    for label, count in weeks.items():  # the voided visit on the 11th is not among them
        assert re.search(rf"^{label}\s+{count}\s+–$", text, re.MULTILINE), label  # no figures a year ago
    assert re.search(rf"^{month:%b %Y}\s+2\s+100%", text, re.MULTILINE)  # the month's cohort: Ann and Bob
    assert re.search(rf"^{month:%b %Y}\s+33\s+3$", text, re.MULTILINE)  # NPS (2 − 1) / 3 from 3 answers
    assert "+33" in text  # the headline
    assert re.search(r"^New\s+2$", text, re.MULTILINE)  # both first came within 30 days of the month's end
    pages = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(pages)], check=True)
    assert len(list(tmp_path.glob("page*.png"))) >= 2


def test_the_monthly_report_checks_the_model_on_the_last_weeks(cli, tmp_path) -> None:
    services = open_services(str(cli.data_dir))
    services.items.seed_demo()
    build_shop(services)
    shop = Shop(services)
    for n in range(2):  # two tenth visits: a surprise offered to each, given to one
        cid = services.customers.add(CustomerInput(name=f"Tenth {n}"))
        for days in range(10):
            services.visits.record(cid, at=datetime.now(ZONE) - timedelta(days=300 - 7 * days))
        treat = shop.counter.open(cid).treat
        assert treat is not None
        if n == 0:
            shop.counter.give_surprise(cid, treat)
    services.close()
    out = tmp_path / "month.pdf"

    answer = cli.json("report", "monthly", "--month", f"{date.today():%Y-%m}", "--out", str(out))

    holdout = next(c for c in answer["charts"] if c["kind"] == "holdout")
    assert holdout["table"][0] == ["", "Actual", "Expected"] and len(holdout["table"]) == 14
    text = pdf_text(out)
    assert "Expected vs actual visits" in text and "Not enough history yet" not in text
    for label, done, predicted in holdout["table"][1:]:
        assert re.search(rf"^{label}\s+{done}\s+{predicted}$", text, re.MULTILINE), label
    assert sum(float(row[2]) for row in holdout["table"][1:]) > 0
    assert "Surprises offered /" in text and re.search(r"\s2 ?/ ?1\n", text)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), "/tmp/insights-month"], check=True)


def test_bad_months_and_paths_are_refused_and_write_nothing(cli, tmp_path) -> None:
    last_months_shop(cli.data_dir)
    out = tmp_path / "month.pdf"
    for args, words in (
        (["--month", "2026-13", "--out", str(out)], "is not a month; use YYYY-MM"),
        (["--month", "October", "--out", str(out)], "is not a month"),
        ([f"--month={month_start(date.today(), -1):%Y-%m}", "--out", str(out)], "has not begun yet"),
        (["--month", "2026-10"], "--out FILE.pdf"),
        (["--out", str(cli.data_dir / "month.pdf")], "inside the data folder"),
        (["--out", str(tmp_path / "missing" / "month.pdf")], "does not exist"),
    ):
        result = cli.run("report", "monthly", *args, check=False)
        assert result.returncode == 1 and words in result.stderr, (args, result.stderr)
    assert not out.exists() and not (cli.data_dir / "month.pdf").exists()
    assert not list(tmp_path.glob(".month.pdf.*"))  # no half-written file left behind


def test_the_day_report_shows_visits_per_week_beside_last_year_and_the_other_charts(cli, tmp_path) -> None:
    month, weeks = last_months_shop(cli.data_dir)
    out = tmp_path / "day.pdf"
    day = month.replace(day=17)
    cli.run("export", "visits", "--date", day.isoformat(), "--format", "pdf", "--out", str(out))
    text = pdf_text(out)
    assert "Visits per week, beside the same week last year" in text
    labels = [week_label(week_start(day) - timedelta(weeks=7 - i)) for i in range(8)]
    header = re.search(r"^\s*Week of\s+(.+)$", text, re.MULTILINE)
    assert header and header.group(1).split() == " ".join(labels).split()
    this_year = re.search(r"^\s*This year\s+([\d\s]+)$", text, re.MULTILINE)
    assert this_year and [int(n) for n in this_year.group(1).split()] == [
        weeks.get(label, 0) for label in labels
    ]
    assert re.search(r"^\s*Same week last year(\s+–){8}$", text, re.MULTILINE)  # a new shop: no figures yet
    # the Insights page's other charts follow, as they stood at the end of that day, each with its numbers
    for title in (
        "Retention by month of first visit",
        "How often regulars come",
        "NPS over time",
        "Regulars by segment",
        "Expected vs actual visits",
    ):
        assert title in text
    assert re.search(rf"^\s*{month:%b %Y}\s+2\s+100%", text, re.MULTILINE)  # the cohort: Ann and Bob


def test_the_monthly_report_speaks_the_tills_language(cli, tmp_path) -> None:
    """A German computer gets a German report: its own words, the charts' titles and series."""
    month, _weeks = last_months_shop(cli.data_dir)
    out = tmp_path / "monat.pdf"
    cli.run(
        "report", "monthly", "--month", f"{month:%Y-%m}", "--out", str(out), env={"LC_ALL": "de_DE.UTF-8"}
    )
    text = pdf_text(out)
    assert "Monatsbericht · " in text and "Monthly report" not in text
    for words in (
        "Besuche pro Woche",
        "Wie oft Stammkunden kommen",
        "Dieses Jahr",
        "Erstellt von Regulars.",
    ):
        assert words in text
