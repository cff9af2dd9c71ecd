"""Numbers, dates and codes from the shop layer put into words for the owner's screens.

Plural forms are written out (never "1 days ago"); every phrase goes through Qt's translator under the
"wording" context so a translation can be added later. Money, dates and times follow the window's locale
(QLocale's default: this till's language setting when it has one, else the system's), worded by Babel
through app.services.locales and app.shop.money."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from app.catalogue import QT_TRANSLATE_NOOP, SEGMENTS
from app.messages import Message, worded
from app.services import locales
from app.shop.money import format_money

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def tr(text: str) -> str:
    return QCoreApplication.translate("wording", text)


def use_till_language(folder: Path) -> None:
    """This till's language setting (app/till_settings.py), when it has one, becomes the window's locale."""
    from app import till_settings

    language = str(getattr(till_settings.load(folder), "language", "") or "")
    if language:
        QLocale.setDefault(QLocale(language))


def locale_name() -> str:
    """The window's locale as Babel names it ('de_DE'); C gives the app's own English."""
    return locales.usable(QLocale().name())


def said(what: Message | str | BaseException) -> str:
    """A message from the Qt-free layers (or an error carrying one) in the window's language and locale."""
    return worded(what, _translate, locale_name())


def _translate(context: str, source: str, disambiguation: str, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation or None, n)


def money(cents: int, currency: str) -> str:
    """330 in EUR: '€3.30' in English, '3,30 €' in German."""
    return format_money(cents, currency, locale_name())


def amount(cents: int) -> str:
    """What goes into an amount box: '8.50', or '8,50' in German (the parser reads both)."""
    from decimal import Decimal

    return locales.number(Decimal(cents) / 100, locale_name(), places=2)


def day(value: date) -> str:
    """'7 Dec 2026', '7. Dez. 2026'."""
    return locales.day(value, locale_name())


def short_day(value: date) -> str:
    """'7 Dec', '7. Dez.'."""
    return locales.short_day(value, locale_name())


def long_moment(at: datetime) -> str:
    """'Monday, 7 December 2026, 14:05:09' (already in the zone it is shown in), for a tooltip."""
    return f"{locales.long_day(at.date(), locale_name())}, {at:%H:%M:%S}"


def day_and_clock(at: datetime) -> str:
    """'7 Dec 2026, 14:05'."""
    return locales.day_and_clock(at, locale_name())


def clock(at: datetime) -> str:
    """'14:05', or '2:05 PM' where people say it so."""
    return locales.clock(at, locale_name())


def days_ago(days: int) -> str:
    """0 → today, 1 → yesterday, then days, weeks, months, years, each with its singular."""
    if days <= 0:
        return translate("wording", "today")
    if days == 1:
        return translate("wording", "yesterday")
    if days < 14:
        return translate("wording", "{n} days ago").format(n=days)
    if days < 60:
        return translate("wording", "{n} weeks ago").format(n=days // 7)
    if days < 365:
        return translate("wording", "{n} months ago").format(n=days // 30)
    years = days // 365
    return (
        translate("wording", "a year ago")
        if years == 1
        else translate("wording", "{n} years ago").format(n=years)
    )


def birthday_badge(days: int) -> str:
    """'Birthday today', 'Birthday tomorrow', 'Birthday in 3 days' (2 to 7 there: no singular needed)."""
    if days == 0:
        return translate("wording", "Birthday today")
    if days == 1:
        return translate("wording", "Birthday tomorrow")
    return translate("wording", "Birthday in {n} days").format(n=days)


def rhythm(days: float | None) -> str:
    """How often someone comes: 'every day', 'every 3 days', 'every week', 'every 3 weeks'."""
    if not days:
        return "—"
    n = round(days)
    if n <= 1:
        return translate("wording", "every day")
    if n == 7:
        return translate("wording", "every week")
    if n < 14:
        return translate("wording", "every {n} days").format(n=n)
    weeks = round(days / 7)
    if weeks < 8:
        return translate("wording", "every {n} weeks").format(n=weeks)
    return translate("wording", "every {n} months").format(n=round(days / 30))


def moment(at: datetime, zone: ZoneInfo, today: date) -> str:
    """An event's time as people say it: 'today 14:05', 'yesterday 09:12', 'Mon 3 Nov 14:05', '3 Nov 2025'."""
    local = at.astimezone(zone)
    name = locale_name()
    time = locales.clock(local, name)
    days = (today - local.date()).days
    if days == 0:
        return translate("wording", "today {time}").format(time=time)
    if days == 1:
        return translate("wording", "yesterday {time}").format(time=time)
    if 0 < days < 7:
        return f"{locales.weekday(local, name)} {time}"
    if local.year == today.year:
        return f"{locales.short_day(local, name)} {time}"
    return locales.day(local, name)


SEGMENT_HINTS = {
    "champion": QT_TRANSLATE_NOOP("wording", "comes often, spends well and came recently"),
    "loyal": QT_TRANSLATE_NOOP("wording", "comes often"),
    "at risk": QT_TRANSLATE_NOOP("wording", "came often, but not lately"),
    "lost": QT_TRANSLATE_NOOP("wording", "stopped coming a long time ago"),
    "new": QT_TRANSLATE_NOOP("wording", "first came in the last 30 days"),
    "occasional": QT_TRANSLATE_NOOP("wording", "comes now and then"),
}


def segment(code: str) -> str:
    return tr(SEGMENTS.get(code, code.capitalize()))


def segment_hint(code: str) -> str:
    return tr(SEGMENT_HINTS.get(code, ""))


ACTIONS = {
    "customer.add": QT_TRANSLATE_NOOP("wording", "Added a customer"),
    "customer.edit": QT_TRANSLATE_NOOP("wording", "Edited a customer"),
    "customer.erase": QT_TRANSLATE_NOOP("wording", "Erased a customer"),
    "customer.export": QT_TRANSLATE_NOOP("wording", "Exported a person's data"),
    "export.customers": QT_TRANSLATE_NOOP("wording", "Exported all customers"),
    "visit.void": QT_TRANSLATE_NOOP("wording", "Voided a visit"),
    "visit.undo": QT_TRANSLATE_NOOP("wording", "Undid a visit"),
    "points.adjust": QT_TRANSLATE_NOOP("wording", "Adjusted points"),
    "reward.add": QT_TRANSLATE_NOOP("wording", "Added a reward"),
    "reward.active": QT_TRANSLATE_NOOP("wording", "Offered a reward again"),
    "reward.retire": QT_TRANSLATE_NOOP("wording", "Retired a reward"),
    "reward.redeem": QT_TRANSLATE_NOOP("wording", "Gave a reward"),
    "reward.undo": QT_TRANSLATE_NOOP("wording", "Undid a reward"),
    "item.add": QT_TRANSLATE_NOOP("wording", "Added a menu item"),
    "item.edit": QT_TRANSLATE_NOOP("wording", "Renamed a menu item"),
    "item.price": QT_TRANSLATE_NOOP("wording", "Changed a price"),
    "item.active": QT_TRANSLATE_NOOP("wording", "Put an item back on the menu"),
    "item.retire": QT_TRANSLATE_NOOP("wording", "Took an item off the menu"),
    "card.issue": QT_TRANSLATE_NOOP("wording", "Issued a card"),
    "card.reissue": QT_TRANSLATE_NOOP("wording", "Replaced a card"),
    "card.revoke": QT_TRANSLATE_NOOP("wording", "Revoked a card"),
    "cards.logo": QT_TRANSLATE_NOOP("wording", "Chose a card logo"),
    "cards.logo.clear": QT_TRANSLATE_NOOP("wording", "Removed the card logo"),
    "winback.contacted": QT_TRANSLATE_NOOP("wording", "Contacted to win back"),
    "surprise.given": QT_TRANSLATE_NOOP("wording", "Gave a surprise treat"),
    "pin.set": QT_TRANSLATE_NOOP("wording", "Set the owner PIN"),
    "pin.change": QT_TRANSLATE_NOOP("wording", "Changed the owner PIN"),
    "pin.wrong": QT_TRANSLATE_NOOP("wording", "Wrong owner PIN"),
    "pin.lockout": QT_TRANSLATE_NOOP("wording", "Owner PIN locked"),
    "import.customers": QT_TRANSLATE_NOOP("wording", "Imported customers"),
    "import.visits": QT_TRANSLATE_NOOP("wording", "Imported visits"),
    "demo.fill": QT_TRANSLATE_NOOP("wording", "Filled the demo bakery"),
    "settings.change": QT_TRANSLATE_NOOP("wording", "Changed the settings"),
}


def action(code: str) -> str:
    """A readable sentence for an audit action; an action this screen does not know yet is still readable
    ('complaint.resolve' → 'Complaint resolve')."""
    if code in ACTIONS:
        return tr(ACTIONS[code])
    words = code.replace(".", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "—"


ACTORS = {
    "counter": QT_TRANSLATE_NOOP("wording", "Staff at the counter"),
    "owner": QT_TRANSLATE_NOOP("wording", "Owner"),
    "cli": QT_TRANSLATE_NOOP("wording", "Command line"),
    "owner (cli)": QT_TRANSLATE_NOOP("wording", "Owner (command line)"),
}


def actor(code: str) -> str:
    return tr(ACTORS.get(code, code))


KINDS = {
    "visit": QT_TRANSLATE_NOOP("wording", "visit {n}"),
    "card": QT_TRANSLATE_NOOP("wording", "card {n}"),
    "customer": QT_TRANSLATE_NOOP("wording", "customer {n}"),
    "item": QT_TRANSLATE_NOOP("wording", "item {n}"),
    "reward": QT_TRANSLATE_NOOP("wording", "reward {n}"),
}


def target(kind: str, ref: int, name: str) -> str:
    """What an event was about: the person's or thing's name, else 'visit 12', else the plain word."""
    if name:
        return name
    if ref and kind in KINDS:
        return tr(KINDS[kind]).format(n=ref)
    if kind.startswith("customers:"):
        return translate("wording", "customers {numbers}").format(
            numbers=kind.partition(":")[2].replace("-", "–")
        )
    if kind == "owner-pin":
        return translate("wording", "owner PIN")
    return kind


def detail(text: str) -> str:
    """Internal references in a detail ('card:12') read as words."""
    kind, _, number = text.partition(":")
    if number.isdigit() and kind in KINDS:
        return tr(KINDS[kind]).format(n=number)
    return text
