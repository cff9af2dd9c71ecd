"""A readable PDF of everything held about one person (their data on request)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.files import atomic_write
from app.printing.fonts import fonts
from app.services import locales
from app.services.money import format_money


@dataclass(frozen=True)
class Wording:
    """How the PDF words the export's ISO times and cents: the shop's currency, locale and zone."""

    currency: str = "GBP"
    locale: str = locales.FALLBACK
    zone: str = "UTC"

    def day(self, iso: str | None) -> str:
        if not iso:
            return ""
        if len(iso) == 10:
            return locales.day(date.fromisoformat(iso), self.locale)
        return locales.day(self._local(iso), self.locale)

    def moment(self, iso: str) -> str:
        return locales.day_and_clock(self._local(iso), self.locale)

    def _local(self, iso: str) -> datetime:
        at = datetime.fromisoformat(iso)
        return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(ZoneInfo(self.zone))  # stored in UTC

    def money(self, cents: int) -> str:
        return format_money(cents, self.currency, self.locale)


def render_person(out: Path, data: dict[str, Any], shop: str, wording: Wording | None = None) -> None:
    with atomic_write(out, private=True) as handle:  # personal data: this user only
        canvas = Canvas(handle, pagesize=A4)
        _draw(canvas, data, shop, wording or Wording())
        canvas.save()


def _draw(canvas: Canvas, data: dict[str, Any], shop: str, say: Wording) -> None:
    regular, bold = fonts()
    profile = data["profile"]
    canvas.setTitle(f"Data held about {profile['name']}")
    _, height = A4
    state = {"y": height - 25 * mm}

    def line(text: str, font: str = regular, size: float = 10, gap: float = 14) -> None:
        if state["y"] < 20 * mm:
            canvas.showPage()
            state["y"] = height - 20 * mm
        canvas.setFont(font, size)
        canvas.drawString(20 * mm, state["y"], text[:110])
        state["y"] -= gap

    line(f"Data held about {profile['name']}", bold, 16, 20)
    line(f"by {shop}, exported {say.day(data['exported_at'])}", regular, 9, 22)
    line("Profile", bold, 12, 16)
    birthday = profile["birthday"]
    for label, value in (
        ("Name", profile["name"]),
        ("Phone", profile["phone"]),
        ("E-mail", profile["email"]),
        (
            "Birthday",
            _birthday(birthday, say.locale) if birthday else None,
        ),
        ("Preferences", profile["preferences"]),
        ("Allergies and diet", ", ".join(profile["allergies_and_diet"])),
        ("Allergy note", profile["allergy_note"]),
        ("Notes", profile["notes"]),
        ("Customer since", say.day(profile["created_at"])),
    ):
        line(f"{label}: {value or '—'}")
    consent = data["consent"]
    line("")
    line("Contact consent", bold, 12, 16)
    line(
        f"Agreed to be contacted: {'yes, by ' + consent['channel'] if consent['contact'] else 'no'}"
        + (
            f" (recorded {say.day(consent['recorded_at'])}, {consent['how']})"
            if consent["recorded_at"]
            else ""
        )
    )
    line("")
    line(f"Visits ({len(data['visits'])})", bold, 12, 16)
    for visit in data["visits"]:
        items = ", ".join(f"{i['quantity']}× {i['item']}" for i in visit["items"]) or "—"
        amount = f"  {say.money(visit['amount_cents'])}" if visit["amount_cents"] is not None else ""
        line(
            f"{say.moment(visit['at'])}  {items}{amount}{'  (voided)' if visit['voided'] else ''}",
            size=9,
            gap=12,
        )
    line("")
    line(f"Points and stamps (balance {sum(p['points'] for p in data['points'])})", bold, 12, 16)
    for entry in data["points"]:
        line(
            f"{say.day(entry['at'])}  {entry['kind']:<9} {entry['points']:+d}  {entry['reason']}",
            size=9,
            gap=12,
        )
    line("")
    line("Feedback", bold, 12, 16)
    for answer in data["feedback"] or [{"at": "", "score": "—", "comment": "none given"}]:
        line(f"{say.day(answer['at'])}  score {answer['score']}  {answer['comment']}", size=9, gap=12)
    line("")
    line("Loyalty cards", bold, 12, 16)
    for card in data["cards"] or [{"issued_at": "", "status": "none", "code_ends": ""}]:
        line(f"{say.day(card['issued_at'])}  {card['status']}  …{card['code_ends']}", size=9, gap=12)
    line("")
    line("Talking points staff noted", bold, 12, 16)
    for point in data.get("talking_points") or [{"noted_at": "", "text": "none", "done_at": None}]:
        done = f"  (done {say.day(point['done_at'])})" if point["done_at"] else ""
        line(f"{say.day(point['noted_at'])}  {point['text']}{done}", size=9, gap=12)
    line("")
    line("Complaints", bold, 12, 16)
    for complaint in data.get("complaints") or [{"at": "", "text": "none", "made_right_at": None}]:
        right = f"  (made right {say.day(complaint['made_right_at'])})" if complaint["made_right_at"] else ""
        line(f"{say.day(complaint['at'])}  {complaint['text']}{right}", size=9, gap=12)


def _birthday(birthday: dict[str, Any], locale: str) -> str:
    """'20 Nov 1990', or '20 Nov' when the year is not on file (29 February included)."""
    if birthday["year"]:
        return locales.day(date(birthday["year"], birthday["month"], birthday["day"]), locale)
    return locales.short_day(date(2000, birthday["month"], birthday["day"]), locale)
