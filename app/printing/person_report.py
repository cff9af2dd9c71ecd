"""A readable PDF of everything held about one person (their data on request)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.files import atomic_write
from app.printing.fonts import fonts


def render_person(out: Path, data: dict[str, Any], shop: str) -> None:
    with atomic_write(out, private=True) as handle:  # personal data: this user only
        canvas = Canvas(handle, pagesize=A4)
        _draw(canvas, data, shop)
        canvas.save()


def _draw(canvas: Canvas, data: dict[str, Any], shop: str) -> None:
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
    line(f"by {shop}, exported {data['exported_at'][:10]}", regular, 9, 22)
    line("Profile", bold, 12, 16)
    birthday = profile["birthday"]
    for label, value in (
        ("Name", profile["name"]),
        ("Phone", profile["phone"]),
        ("E-mail", profile["email"]),
        (
            "Birthday",
            f"{birthday['day']}/{birthday['month']}" + (f"/{birthday['year']}" if birthday["year"] else "")
            if birthday
            else None,
        ),
        ("Preferences", profile["preferences"]),
        ("Allergies and diet", ", ".join(profile["allergies_and_diet"])),
        ("Allergy note", profile["allergy_note"]),
        ("Notes", profile["notes"]),
        ("Customer since", profile["created_at"][:10]),
    ):
        line(f"{label}: {value or '—'}")
    consent = data["consent"]
    line("")
    line("Contact consent", bold, 12, 16)
    line(
        f"Agreed to be contacted: {'yes, by ' + consent['channel'] if consent['contact'] else 'no'}"
        + (f" (recorded {consent['recorded_at'][:10]}, {consent['how']})" if consent["recorded_at"] else "")
    )
    line("")
    line(f"Visits ({len(data['visits'])})", bold, 12, 16)
    for visit in data["visits"]:
        items = ", ".join(f"{i['quantity']}× {i['item']}" for i in visit["items"]) or "—"
        amount = f"  {visit['amount_cents'] / 100:.2f}" if visit["amount_cents"] is not None else ""
        line(
            f"{visit['at'][:16].replace('T', ' ')}  {items}{amount}{'  (voided)' if visit['voided'] else ''}",
            size=9,
            gap=12,
        )
    line("")
    line(f"Points and stamps (balance {sum(p['points'] for p in data['points'])})", bold, 12, 16)
    for entry in data["points"]:
        line(
            f"{entry['at'][:10]}  {entry['kind']:<9} {entry['points']:+d}  {entry['reason']}", size=9, gap=12
        )
    line("")
    line("Feedback", bold, 12, 16)
    for answer in data["feedback"] or [{"at": "", "score": "—", "comment": "none given"}]:
        line(f"{answer['at'][:10]}  score {answer['score']}  {answer['comment']}", size=9, gap=12)
    line("")
    line("Loyalty cards", bold, 12, 16)
    for card in data["cards"] or [{"issued_at": "", "status": "none", "code_ends": ""}]:
        line(f"{card['issued_at'][:10]}  {card['status']}  …{card['code_ends']}", size=9, gap=12)
    line("")
    line("Talking points staff noted", bold, 12, 16)
    for point in data.get("talking_points") or [{"noted_at": "", "text": "none", "done_at": None}]:
        done = f"  (done {point['done_at'][:10]})" if point["done_at"] else ""
        line(f"{point['noted_at'][:10]}  {point['text']}{done}", size=9, gap=12)
    line("")
    line("Complaints", bold, 12, 16)
    for complaint in data.get("complaints") or [{"at": "", "text": "none", "made_right_at": None}]:
        right = f"  (made right {complaint['made_right_at'][:10]})" if complaint["made_right_at"] else ""
        line(f"{complaint['at'][:10]}  {complaint['text']}{right}", size=9, gap=12)
