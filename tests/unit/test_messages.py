"""Messages from the Qt-free layers: marked for lupdate and carried as data, worded by each front end in
the person's language, plural forms and locale included; English when nobody asks for another."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from app import catalogue
from app.errors import AppError, UserError, storage_problem
from app.messages import Message, Money, Month, joined, message_of, msg

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = sorted(
    path
    for path in (ROOT / "app").rglob("*.py")
    if not {"ui", "models", "resources"} & set(path.relative_to(ROOT / "app").parts[:-1])
)


def people_errors() -> set[str]:
    """The app's own errors (AppError and every class under it), and the import's row reasons: their
    words reach a person. Python's own (ValueError, KeyError) are for programmers and stay English."""
    bases = {}
    for path in QT_FREE:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    found = {"AppError", "RowError"}
    while grown := {name for name, parents in bases.items() if parents & found} - found:
        found |= grown
    return found


ERRORS = people_errors()


def bare_messages(source: str, filename: str = "<text>") -> list[str]:
    """`raise SomeError("English words")` or an f-string: a sentence no front end can translate."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = node.args[0]
        texts = [n.value for n in ast.walk(first) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if (
            name in ERRORS
            and isinstance(first, ast.Constant | ast.JoinedStr | ast.BinOp)
            and any(re.search(r"[A-Za-z]{2}", t) for t in texts)
        ):
            found.append(f"{filename}:{node.lineno}: {name}({ast.get_source_segment(source, first)})")
    return found


def test_every_error_in_the_qt_free_layers_is_marked_for_translation() -> None:
    found = [line for path in QT_FREE for line in bare_messages(path.read_text(), path.name)]
    assert found == []


def test_the_scan_catches_a_bare_sentence() -> None:
    code = """
raise UserError("No such thing.")
raise ItemError(f"There is no item number {item_id}.")
raise RowError("the amount is " + "negative")
raise UserError(msg.tr("Marked."))
raise UserError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
raise UserError(message_of(exc)) from exc
raise UserError(cli.tr("Worded by the command line."))
"""
    assert [line.split(": ", 1)[1] for line in bare_messages(code)] == [
        'UserError("No such thing.")',
        'ItemError(f"There is no item number {item_id}.")',
        'RowError("the amount is " + "negative")',
    ]


def test_str_is_the_english_sentence_and_the_data_stays() -> None:
    said = msg.tr("The season ends ({end}) before it starts ({start}).").format(
        end=date(2026, 3, 1), start=date(2026, 4, 1)
    )
    error = UserError(said)
    assert str(error) == "The season ends (1 Mar 2026) before it starts (1 Apr 2026)."
    assert message_of(error) is said and said.params["end"] == date(2026, 3, 1)
    with pytest.raises(UserError, match="before it starts"):
        raise error
    assert message_of(AppError("plain words")) == "plain words"  # not marked: shown as it is


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("C.UTF-8", ["Wrong PIN (1 try left).", "Wrong PIN (2 tries left)."]),
        ("de_DE.UTF-8", ["Falsche PIN (noch 1 Versuch).", "Falsche PIN (noch 2 Versuche)."]),
        (
            "fr_FR.UTF-8",
            ["Code PIN erroné (encore 1 essai).", "Code PIN erroné (encore 2 essais)."],
        ),
    ],
)
def test_the_command_line_words_a_count_in_the_persons_language(monkeypatch, lang, expected) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    said = [catalogue.said(UserError(msg.tr("Wrong PIN (%n try/tries left).", "", n))) for n in (1, 2)]
    assert said == expected


def test_amounts_months_and_dates_follow_the_locale(monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert catalogue.said(msg.tr("{first} has not begun yet.").format(first=Month(date(2026, 12, 1)))) == (
        "Dezember 2026 hat noch nicht begonnen."
    )
    earned = joined(
        [msg.tr("+{units}").format(units=msg.tr("%n stamp(s)", "", 2)), msg.tr("No points for this visit.")]
    )
    assert str(earned) == "+2 stamps · No points for this visit."
    assert catalogue.said(earned) == "+2 Stempel · Keine Punkte für diesen Besuch."
    price = Message("{price}", params={"price": Money(330, "EUR")})
    assert (str(price), catalogue.said(price)) == ("€3.30", "3,30\u00a0€")


def test_a_database_problem_is_worded_too(monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    problem = storage_problem(RuntimeError("database is locked"))
    assert problem is not None and str(problem).startswith("The database is busy")
    assert catalogue.said(problem).startswith("La base de données est occupée")
