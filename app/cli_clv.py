"""`regulars report clv`: customer lifetime value from the BG/NBD and Gamma-Gamma models."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from app.catalogue import cli
from app.cli_output import Output
from app.cli_parser import BadArgument, bounded, day
from app.messages import msg
from app.services import locales
from app.services.locales import FALLBACK, from_environment
from app.shop.money import format_money

if TYPE_CHECKING:  # numpy and scipy load only when the report runs, not for every command
    from app.shop.composed import Shop
    from app.shop.value import Value, ValueReport

SHOWN = 20  # rows in the readable table unless --top says otherwise


def add_options(parser: argparse.ArgumentParser) -> None:
    """The clv report's own options on the report command."""
    parser.add_argument("--as-of", type=day, help=cli.tr("clv: last day the models see, YYYY-MM-DD (today)"))
    parser.add_argument(
        "--weeks", type=bounded("--weeks", 1, 520), default=52, help=cli.tr("clv: expected visits ahead (52)")
    )
    parser.add_argument(
        "--holdout-until",
        type=day,
        help=cli.tr("clv: compare predicted and actual visits after --as-of up to this day"),
    )
    parser.add_argument(
        "--top", type=bounded("--top", 1, 10_000_000), help=cli.tr("clv: only the N most valuable customers")
    )
    parser.add_argument("--refit", action="store_true", help=cli.tr("clv: fit the models again now"))


def report(shop: Shop, a: argparse.Namespace) -> Output:
    value = shop.value
    as_of = _day(a.as_of, value)
    until = _day(a.holdout_until, value)
    if a.days is not None:
        raise BadArgument(msg.tr("--days is not for the clv report; use --weeks or --as-of."))
    result = value.report(as_of, a.weeks, until, a.top, a.refit)
    text = as_text(result, shop.currency(), a.top, from_environment())
    return Output(as_json(result), text)


def _day(text: str | None, value: Value) -> date | None:
    if text is None:
        return None
    return value.today() if text == "today" else date.fromisoformat(text)


def as_json(r: ValueReport) -> dict[str, Any]:
    m, spend = r.fit.model, r.fit.spend
    return {
        "model": "BG/NBD",
        "time_unit": "week",
        "as_of": r.fit.as_of.isoformat(),
        "params": {"r": m.r, "alpha": m.alpha, "a": m.a, "b": m.b},
        "log_likelihood": m.log_likelihood,
        "spend": {"p": spend.p, "q": spend.q, "gamma": spend.gamma} if spend else None,
        "customers": [
            {
                "id": c.id,
                "name": c.name,
                "visits": c.transactions,
                "p_alive": c.p_alive,
                "expected_visits": c.expected_visits,
                "expected_spend_cents": c.expected_spend_cents,
                "clv_cents": c.clv_cents,
            }
            for c in r.customers
        ],
        "holdout": (
            {
                "predicted": r.holdout.predicted,
                "actual": r.holdout.actual,
                "correlation": r.holdout.correlation,
            }
            if r.holdout
            else None
        ),
    }


def as_text(r: ValueReport, currency: str, top: int | None, locale: str = FALLBACK) -> str:
    m, spend = r.fit.model, r.fit.spend

    def num(value: float, places: int = 0) -> str:
        return locales.number(value, locale, places)

    lines = [
        cli.tr(
            "Customer lifetime value as of {day} ({customers} customer(s) fitted, fitted {when} UTC)",
            "",
            r.fit.customers,
        ).format(
            day=locales.day(r.fit.as_of, locale),
            customers=num(r.fit.customers),
            when=locales.day_and_clock(r.fit.fitted_at, locale),
        ),
        cli.tr("BG/NBD: r {r}  α {alpha}  a {a}  b {b}  log-likelihood {ll}").format(
            r=num(m.r, 3), alpha=num(m.alpha, 3), a=f"{m.a:.4g}", b=f"{m.b:.4g}", ll=num(m.log_likelihood, 1)
        ),
        cli.tr("Spend (Gamma-Gamma): p {p}  q {q}  γ {gamma}").format(
            p=num(spend.p, 2), q=num(spend.q, 2), gamma=num(spend.gamma, 2)
        )
        if spend
        else cli.tr("Spend: not modelled (fewer than 20 customers have repeat visits with an amount)"),
        cli.tr(
            "CLV over %n month(s) at {discount} a month; expected visits in the next {weeks} weeks.",
            "",
            r.horizon_months,
        ).format(discount=_percent(r.monthly_discount, locale, 1), weeks=f"{r.weeks:g}"),
        "",
        _header(),
    ]
    shown = r.customers[: top or SHOWN]
    for c in shown:
        per_visit = (
            format_money(c.expected_spend_cents, currency, locale)
            if c.expected_spend_cents is not None
            else "—"
        )
        clv = format_money(c.clv_cents, currency, locale) if c.clv_cents is not None else "—"
        lines.append(
            f"{c.id:>7}  {c.name[:28]:<28}  {c.transactions:>6}  {_percent(c.p_alive, locale):>6}  "
            f"{num(c.expected_visits, 2):>8}  {per_visit:>10}  {clv:>11}"
        )
    if len(r.customers) > len(shown):
        lines.append(
            cli.tr("… and {n} more (--top N to see more, --json for all)").format(
                n=num(len(r.customers) - len(shown))
            )
        )
    if r.holdout:
        h = r.holdout
        lines += [
            "",
            cli.tr(
                "Holdout ({weeks} weeks): predicted {predicted} visits, actual {actual}; "
                "correlation per customer {correlation}"
            ).format(
                weeks=f"{h.weeks:g}",
                predicted=num(h.predicted, 1),
                actual=num(h.actual),
                correlation=num(h.correlation, 3) if h.correlation is not None else "—",
            ),
        ]
    return "\n".join(lines)


def _header() -> str:
    """The table's column names, each in its column's width."""
    names = (
        cli.tr("id", "clv column"),
        cli.tr("name", "clv column"),
        cli.tr("visits", "clv column"),
        cli.tr("alive", "clv column"),
        cli.tr("expected", "clv column"),
        cli.tr("per visit", "clv column"),
        cli.tr("CLV", "clv column"),
    )
    widths = (7, -28, 6, 6, 8, 10, 11)  # negative: left-aligned
    return "  ".join(n.ljust(-w) if w < 0 else n.rjust(w) for n, w in zip(names, widths, strict=True))


def _percent(value: float, locale: str, places: int = 0) -> str:
    """0.015 → '1.5%', '1,5 %', '1,5 %': the locale's own pattern (its sign and spacing), with `places`."""
    from babel.numbers import format_percent

    pattern = str(locales.locale(locale).percent_formats[None].pattern)
    if places:
        head, zero, tail = pattern.rpartition("0")
        pattern = f"{head}{zero}.{'0' * places}{tail}"
    return format_percent(value, format=pattern, locale=locales.locale(locale))
