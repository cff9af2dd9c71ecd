"""--on-duplicate update: a file changes only what it holds, and never takes away what the shop knows."""

from datetime import UTC, datetime

from app.services import importing
from app.services.birthdays import Birthday
from app.services.customers import Clean, CustomerInput
from app.services.importing_merge import Current, merge


def zoe(add) -> int:
    return add(
        "Zoë Martin",
        phone="07700 900123",
        email="zoe@example.com",
        birthday="1990-11-25",
        notes="Nut allergy is severe: carries an EpiPen",
        preferences="Oat milk",
        flags=["nuts"],
        allergy_note="severe",
        consent_contact=True,
        consent_channel="email",
    )


def update_from(services, tmp_path, text: str) -> importing.Plan:
    path = tmp_path / "update.csv"
    path.write_text(text, encoding="utf-8")
    return importing.plan_import(services.db, path, "GB", on_duplicate="update")


def fields(services, cid: int) -> CustomerInput:
    return services.customers.as_input(cid)


def test_a_file_with_only_name_and_phone_blanks_nothing(services, add, tmp_path) -> None:
    cid = zoe(add)
    plan = update_from(services, tmp_path, "name,phone\nZoë Martin,07700 900123\n")
    assert plan.updates == [] and plan.skipped == [(2, f"nothing new for customer {cid}")]
    plan = update_from(services, tmp_path, "name,phone\nZoë Martin-Hill,07700 900123\n")
    assert [(c.field, c.old, c.new) for c in plan.changes] == [("name", "Zoë Martin", "Zoë Martin-Hill")]
    assert importing.apply(services.db, plan) == 1
    after = fields(services, cid)
    assert after.name == "Zoë Martin-Hill"
    assert (after.flags, after.birthday, after.email, after.notes, after.preferences) == (
        ["nuts"],
        "1990-11-25",
        "zoe@example.com",
        "Nut allergy is severe: carries an EpiPen",
        "Oat milk",
    )
    assert (after.consent_contact, after.consent_channel, after.allergy_note) == (True, "email", "severe")
    assert [h.id for h in services.search.search("martin-hill")] == [cid]


def test_allergies_are_only_ever_added(services, add, tmp_path) -> None:
    cid = zoe(add)
    plan = update_from(services, tmp_path, "name,phone,allergies\nZoë Martin,07700 900123,gluten\n")
    assert [(c.field, c.old, c.new) for c in plan.changes] == [("allergies", ["nuts"], ["gluten", "nuts"])]
    importing.apply(services.db, plan)
    assert fields(services, cid).flags == ["gluten", "nuts"]  # in the EU list's order
    # A file listing fewer allergies than we know takes none away.
    plan = update_from(services, tmp_path, "name,phone,allergies\nZoë Martin,07700 900123,gluten\n")
    assert plan.updates == [] and fields(services, cid).flags == ["gluten", "nuts"]


def test_notes_and_preferences_are_appended_when_different(services, add, tmp_path) -> None:
    cid = zoe(add)
    plan = update_from(
        services,
        tmp_path,
        'name,phone,notes,preferences\nZoë Martin,07700 900123,"Dog: Rex",Extra hot\n',
    )
    importing.apply(services.db, plan)
    after = fields(services, cid)
    assert after.notes == "Nut allergy is severe: carries an EpiPen\nDog: Rex"
    assert after.preferences == "Oat milk; Extra hot"
    # The same file again has nothing new to say.
    again = update_from(
        services, tmp_path, "name,phone,notes,preferences\nZoë Martin,07700 900123,dog: rex,Oat milk\n"
    )
    assert again.updates == []


def test_notes_that_would_grow_too_long_are_a_row_error(services, add, tmp_path) -> None:
    cid = add("Zoë Martin", phone="07700 900123", notes="x" * 1990)
    plan = update_from(services, tmp_path, "name,phone,notes\nZoë Martin,07700 900123,Dog is called Rex\n")
    assert plan.updates == [] and plan.errors[0][0] == 2 and "at most 2000 fit" in plan.errors[0][1]
    assert fields(services, cid).notes == "x" * 1990


def test_a_birthday_without_a_year_never_replaces_one_with_a_year(services, add, tmp_path) -> None:
    cid = zoe(add)
    plan = update_from(services, tmp_path, "name,phone,birthday\nZoë Martin,07700 900123,--11-26\n")
    assert plan.updates == [] and fields(services, cid).birthday == "1990-11-25"
    plan = update_from(services, tmp_path, "name,phone,birthday\nZoë Martin,07700 900123,1991-11-25\n")
    assert [(c.field, c.old, c.new) for c in plan.changes] == [("birthday", "1990-11-25", "1991-11-25")]
    other = add("Ana Silva", phone="07700 900301", birthday="03-14")
    plan = update_from(services, tmp_path, "name,phone,birthday\nAna Silva,07700 900301,1985-03-14\n")
    importing.apply(services.db, plan)
    assert fields(services, other).birthday == "1985-03-14"


def test_consent_withdrawn_in_the_shop_is_never_granted_again_by_a_file(services, add, tmp_path) -> None:
    cid = zoe(add)
    withdrawn = fields(services, cid)
    withdrawn.consent_contact = False
    services.customers.update(cid, withdrawn)
    plan = update_from(services, tmp_path, "name,phone,consent\nZoë Martin,07700 900123,yes\n")
    assert plan.updates == []
    # Someone who never said either way can be given the consent another system recorded.
    never = add("Ana Silva", phone="07700 900301", email="ana@example.com")
    plan = update_from(services, tmp_path, "name,phone,consent\nAna Silva,07700 900301,subscribed\n")
    assert [(c.field, c.old, c.new) for c in plan.changes] == [
        ("consent", False, True),
        ("consent_channel", "", "email"),
    ]
    importing.apply(services.db, plan)
    ana = services.customers.get(never)
    assert ana.consent_contact and ana.consent_source == "import:generic"


def test_an_opt_out_in_the_file_withdraws_consent(services, add, tmp_path) -> None:
    cid = zoe(add)
    plan = update_from(services, tmp_path, "name,phone,consent\nZoë Martin,07700 900123,unsubscribed\n")
    importing.apply(services.db, plan)
    assert not fields(services, cid).consent_contact
    # A later opt-in in that system counts again: the withdrawal did not happen in the shop.
    plan = update_from(services, tmp_path, "name,phone,consent\nZoë Martin,07700 900123,yes\n")
    importing.apply(services.db, plan)
    assert fields(services, cid).consent_contact


def test_the_import_merges_with_the_customer_as_they_are_when_it_is_written(any_services, tmp_path) -> None:
    # Another till may change the customer between the owner's preview and the import.
    services = any_services
    cid = services.customers.add(
        CustomerInput(name="Ana Silva", phone="07700 900301", email="ana@example.com", consent_contact=True)
    )
    plan = update_from(services, tmp_path, "name,phone,consent,notes\nAna Silva,07700 900301,yes,Dog: Rex\n")
    assert [c.field for c in plan.changes] == ["notes"]
    now = fields(services, cid)
    now.consent_contact, now.notes = False, "Moving in March"
    services.customers.update(cid, now)
    assert importing.apply(services.db, plan) == 1
    after = fields(services, cid)
    assert not after.consent_contact and after.notes == "Moving in March\nDog: Rex"


def test_one_customer_is_updated_by_one_row(services, add, tmp_path) -> None:
    zoe_id = zoe(add)
    ana = add("Ana Silva", phone="07700 900301", email="ana@example.com")
    plan = update_from(
        services, tmp_path, "name,phone,email\nZoë Martin,07700 900123,\nZoë M,,zoe@example.com\n"
    )
    assert plan.skipped == [
        (2, f"nothing new for customer {zoe_id}"),
        (3, f"same customer ({zoe_id}) as row 2"),
    ]
    plan = update_from(services, tmp_path, "name,phone,email\nMix,07700 900123,ana@example.com\n")
    assert plan.skipped == [(2, f"the phone is customer {zoe_id}'s and the e-mail customer {ana}'s")]


def test_merge_rules_on_their_own() -> None:
    cur = Current(7, "Zoë", "+447700900123", None, 11, 25, 1990, "", "nuts", "", "", True, "sms", "counter")
    row = Clean(
        "Zoë",
        "+447700900999",
        "zoe@example.com",
        Birthday(11, 25, None),
        "",
        [],
        "",
        "",
        False,
        "",
    )
    now = datetime(2026, 11, 23, tzinfo=UTC)
    merged = merge(5, cur, row, frozenset({"phone", "email", "birthday"}), "square", now)
    assert [(c.field, c.old, c.new) for c in merged.changes] == [
        ("phone", "+447700900123", "+447700900999"),
        ("email", None, "zoe@example.com"),
    ]
    assert "consent_contact" not in merged.values and "allergies" not in merged.values
    assert "birth_year" not in merged.values and merged.values["updated_at"] == now
