from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import Visit
from app.services import export
from app.services.customers import ValidationError
from app.services.items import ItemError
from app.services.loyalty import LoyaltyError
from app.services.text import TextError, clean_name, clean_text


@pytest.mark.parametrize(
    "typed",
    [
        "Zoë\x07 Martin",
        "Zoë\x00",
        "Zoë\x1b[31m",
        "Zoë\u202eMartin",  # right-to-left override: would show as "nitraM"
        "Zoë\u2066Martin\u2069",
        "Zoë\x85",
        "Zoë\nMartin",
        "Zoë\tMartin",
    ],
)
def test_a_name_with_a_hidden_character_is_refused(typed) -> None:
    with pytest.raises(TextError):
        clean_name(typed)


@pytest.mark.parametrize("typed", ["\u200b", "\u200b\u200d \ufeff", "\u3164", "\u2800\u2800"])
def test_a_name_made_only_of_invisible_characters_is_refused(typed) -> None:
    with pytest.raises(TextError, match="only of invisible characters"):
        clean_name(typed)


def test_a_name_keeps_joiners_and_marks_inside_it() -> None:
    assert clean_name("  Zoe\u0308   Martin \n") == "Zoe\u0308 Martin"
    assert clean_name("\u0915\u094d\u200d\u0937") == "\u0915\u094d\u200d\u0937"  # Devanagari with ZWJ
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # with ZWNJ
    assert clean_name(persian) == persian
    assert clean_name("\ufeffZoë\u200b") == "Zoë"
    assert clean_name("   ") == ""


def test_other_text_loses_control_and_override_characters() -> None:
    assert clean_text("Oat\x07 milk\u202e, extra hot\x00") == "Oat milk, extra hot"
    assert clean_text("Dog is\tcalled\nRex") == "Dog is called Rex"
    assert clean_text("Dog: Rex\r\n\tlikes\x1b biscuits\r\nNew job  ", multiline=True) == (
        "Dog: Rex\n\tlikes biscuits\nNew job"
    )
    assert clean_text("\u200b\u2066\u2069 ") == "" and clean_text("\u200b", multiline=True) == ""


def test_customer_fields_are_cleaned_and_names_refused(services, add) -> None:
    with pytest.raises(ValidationError) as caught:
        add("Zoë\x1b[2J")
    assert set(caught.value.errors) == {"name"} and "\x1b" not in str(caught.value)
    cid = add(
        "Zoë Martin",
        notes="Dog: Rex\x07\nNew job\u202e",
        preferences="Oat\x00 milk",
        allergy_note="\u200b",
    )
    zoe = services.customers.get(cid)
    assert (zoe.notes, zoe.preferences, zoe.allergy_note) == ("Dog: Rex\nNew job", "Oat milk", "")
    with pytest.raises(ValidationError) as caught:
        add("Bob", email="bob\x07@example.com")
    assert set(caught.value.errors) == {"email"} and "\x07" not in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        add("Bob", phone="\x1b[31m07700")
    assert "\x1b" not in caught.value.errors["phone"]


def test_item_reward_shop_names_and_reasons_are_cleaned(services, add) -> None:
    item = services.items.add("Rye\x07 loaf\u202e special")
    assert [i.name for i in services.items.list() if i.id == item] == ["Rye loaf special"]
    with pytest.raises(ItemError, match="1 to 80"):
        services.items.add("\u200b\x07")
    with pytest.raises(ItemError) as caught:
        services.items.resolve(["Cake\x1b[2J"])
    assert "\x1b" not in str(caught.value)
    reward = services.loyalty.add_reward("Free\x00 coffee", 5)
    assert [r.name for r in services.loyalty.rewards() if r.id == reward] == ["Free coffee"]
    services.settings.set("shop_name", "The Corner\x07 Bakery\u202e")
    assert services.settings.get("shop_name") == "The Corner Bakery"
    cid = add("Zoë")
    services.loyalty.adjust(cid, 3, "goodwill\x1b[31m\u202e")
    assert services.loyalty.history(cid)[0].reason == "goodwill[31m"
    visit = services.visits.record(cid, [(item, 1)])
    services.visits.void(visit.id, "wrong\x00 customer")
    with services.db.read() as session:
        assert session.scalar(select(Visit.void_reason).where(Visit.id == visit.id)) == "wrong customer"
    with pytest.raises(LoyaltyError, match="needs a reason"):
        services.loyalty.adjust(cid, 1, "\u2066\u2069")


def test_xlsx_export_of_a_day_with_control_characters_typed_in_opens(services, add, tmp_path) -> None:
    cid = add("Zoë Martin", notes="Allergic\x07 to nuts\x0b")
    croissant = services.items.add("Croissant\x01 (almond)")
    services.visits.record(cid, [(croissant, 1)], at=datetime(2026, 11, 23, 10, tzinfo=UTC))
    day = date(2026, 11, 23)
    out = tmp_path / "day.xlsx"
    export.write_xlsx(export.visit_lines(services.db, day, day, "Europe/London"), out, "£")
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert [(r[4], r[5]) for r in rows] == [("Zoë Martin", "Croissant (almond)")]
    assert services.customers.get(cid).notes == "Allergic to nuts"


def test_item_names_match_in_any_case_beyond_ascii(services) -> None:
    """SQLite's lower() folds only A-Z: "CRÈME BRÛLÉE" typed at the command line is still the crème brûlée,
    and "ÉCLAIR" cannot be added beside an éclair."""
    brulee = services.items.add("Crème brûlée")
    eclair = services.items.add("Éclair au café")
    assert services.items.resolve(["CRÈME BRÛLÉE", "éclair AU CAFÉ"]) == [brulee, eclair]
    with pytest.raises(ItemError, match="already on the menu"):
        services.items.add("ÉCLAIR AU CAFÉ")
    with pytest.raises(ItemError, match="already on the menu"):
        services.items.rename(brulee, "éCLAIR au café", "Pastry")
    services.items.rename(eclair, "ÉCLAIR AU CAFÉ", "Pastry")  # its own name in other letters is fine
    assert services.items.resolve(["éclair au café"]) == [eclair]
