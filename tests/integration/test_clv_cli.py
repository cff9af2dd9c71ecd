"""The published CDNOW estimates, reproduced through the path a shop uses: `regulars import customers`,
`regulars import visits` and `regulars report clv`, run as commands on a real data folder."""

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np
import pytest

CDNOW = Path(__file__).resolve().parents[1] / "data" / "cdnow" / "CDNOW_sample.txt"


def purchases() -> list[tuple[str, date, str]]:
    rows = []
    for line in CDNOW.read_text().splitlines():
        customer, _, when, _, dollars = line.split()
        rows.append((customer, date(int(when[:4]), int(when[4:6]), int(when[6:])), dollars))
    return rows


@pytest.fixture(scope="module")
def cdnow_shop(tmp_path_factory):
    """A data folder holding the CDNOW sample, imported as a shop would import its old till's files."""
    from tests.integration.conftest import Cli

    folder = tmp_path_factory.mktemp("cdnow")
    customers, visits = folder / "customers.csv", folder / "visits.csv"
    rows = purchases()
    with customers.open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["name", "ref"])
        for ref in dict.fromkeys(r[0] for r in rows):
            out.writerow([f"CDNOW customer {ref}", ref])
    with visits.open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["customer", "date", "amount"])
        for ref, day, dollars in rows:
            out.writerow([ref, day.isoformat(), dollars])
    cli = Cli(folder / "data")
    assert cli.json("import", "customers", str(customers))["written"] == 2357
    assert cli.json("import", "visits", str(visits))["written"] == 6919
    return cli


def test_the_published_bgnbd_and_gamma_gamma_estimates_come_back(cdnow_shop) -> None:
    report = cdnow_shop.json("report", "clv", "--as-of", "1997-09-30")
    assert (report["model"], report["time_unit"], report["as_of"]) == ("BG/NBD", "week", "1997-09-30")
    params = report["params"]
    assert (
        round(params["r"], 3),
        round(params["alpha"], 3),
        round(params["a"], 3),
        round(params["b"], 3),
    ) == (
        0.243,
        4.414,
        0.793,
        2.426,
    )
    assert round(report["log_likelihood"], 1) == -9582.4
    spend = report["spend"]
    assert (round(spend["p"], 2), round(spend["q"], 2), round(spend["gamma"], 2)) == (6.25, 3.74, 15.44)
    assert report["holdout"] is None
    people = report["customers"]
    assert len(people) == 2357  # everyone came in the first 12 weeks of 1997
    assert set(people[0]) == {
        "id",
        "name",
        "visits",
        "p_alive",
        "expected_visits",
        "expected_spend_cents",
        "clv_cents",
    }
    assert [p["clv_cents"] for p in people] == sorted((p["clv_cents"] for p in people), reverse=True)
    assert all(0 < p["p_alive"] <= 1 and p["expected_visits"] >= 0 for p in people)
    top = cdnow_shop.json("report", "clv", "--as-of", "1997-09-30", "--top", "3")
    assert top["customers"] == people[:3] and top["params"] == params  # the stored fit, not a new one


def test_the_holdout_totals_and_correlation_match_the_file(cdnow_shop) -> None:
    report = cdnow_shop.json(
        "report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1998-06-30", "--weeks", "39"
    )
    # what each customer actually did in weeks 40 to 78, counted here straight from the file
    days = defaultdict(set)
    for ref, day, _ in purchases():
        if date(1997, 9, 30) < day <= date(1998, 6, 30):
            days[f"CDNOW customer {ref}"].add(day)
    actual = {p["name"]: len(days[p["name"]]) for p in report["customers"]}
    expected = {
        p["name"]: p["expected_visits"] for p in report["customers"]
    }  # --weeks 39: the holdout's length
    holdout = report["holdout"]
    assert holdout["actual"] == sum(actual.values()) == 1882
    assert holdout["predicted"] == pytest.approx(sum(expected.values()), rel=1e-9)
    assert (
        0.85 < holdout["predicted"] / holdout["actual"] < 1.0
    )  # the model is a little short, as in FHL's Fig. 3
    names = sorted(actual)
    pearson = np.corrcoef([expected[n] for n in names], [actual[n] for n in names])[0, 1]
    assert holdout["correlation"] == pytest.approx(pearson, abs=1e-9) and holdout["correlation"] > 0.5


def test_the_readable_table_and_bad_dates(cdnow_shop) -> None:
    text = cdnow_shop.run("report", "clv", "--as-of", "1997-09-30", "--top", "5").stdout
    lines = text.splitlines()
    assert (
        "r 0.243  α 4.414" in lines[1] and "log-likelihood -9,582.4" in lines[1]
    )  # grouped, as the locale writes numbers
    assert "p 6.25  q 3.74  γ 15.44" in lines[2]
    table = [line for line in lines if line.strip() and line.split()[0].isdigit()]
    assert len(table) == 5 and "CDNOW customer" in table[0]
    early = cdnow_shop.run("report", "clv", "--as-of", "1996-12-31", check=False)
    assert early.returncode == 1 and "No customer had a visit on or before 31 Dec 1996" in early.stderr
    backwards = cdnow_shop.run(
        "report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1997-09-01", check=False
    )
    assert backwards.returncode == 1 and "holdout must end after the as-of day" in backwards.stderr
