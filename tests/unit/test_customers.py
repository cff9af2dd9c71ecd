import pytest

from app.services.customers import CustomerInput, NotFound, ValidationError


def errors_for(services, **fields) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        services.customers.add(CustomerInput(**{"name": "Zoë", **fields}))
    return caught.value.errors


def test_a_customer_is_saved_with_normalised_fields(services, add) -> None:
    cid = add(
        " Zoë   Martin ",
        phone="07700 900123",
        email="Zoe@Example.com",
        birthday="02-29",
        flags=["nuts", "vegan"],
        preferences="oat milk",
        notes="dog called Pip",
    )
    c = services.customers.get(cid)
    assert (c.name, c.phone, c.email) == ("Zoë Martin", "+447700900123", "zoe@example.com")
    assert (c.birth_month, c.birth_day, c.birth_year) == (2, 29, None)
    assert c.allergies == "nuts,vegan"


def test_clear_messages_next_to_each_field_and_nothing_saved(services) -> None:
    errors = errors_for(
        services, name="x" * 2000, phone="banana", email="zoe@", birthday="02-31", flags=["moon"]
    )
    assert "2000 characters" in errors["name"] and "200" in errors["name"]
    assert "not a phone number" in errors["phone"]
    assert "not an e-mail" in errors["email"]
    assert errors["birthday"] == "February has no day 31."
    assert "Unknown flag" in errors["flags"]
    assert services.search.count() == 0


@pytest.mark.parametrize(
    ("birthday", "message"),
    [
        ("2001-02-29", "2001 was not a leap year"),
        ("13-01", "no month 13"),
        ("1850-01-01", "not a plausible"),
        ("tomorrow", "not a date"),
    ],
)
def test_birthday_messages(services, birthday: str, message: str) -> None:
    assert message in errors_for(services, birthday=birthday)["birthday"]


def test_formula_names_are_refused(services) -> None:
    assert "cannot start" in errors_for(services, name='=HYPERLINK("http://x","y")')["name"]


def test_empty_name_is_refused(services) -> None:
    assert "name is needed" in errors_for(services, name="   ")["name"]


def test_duplicates_by_phone_or_email(services, add) -> None:
    first = add("Zoë", phone="07700 900123")
    assert services.customers.find_duplicate("+447700900123", None) == first
    assert services.customers.find_duplicate("+447700900123", None, exclude=first) is None


def test_unknown_customer(services) -> None:
    with pytest.raises(NotFound, match="no customer number 99"):
        services.customers.get(99)


def test_edit_round_trips_through_the_form_values(services, add) -> None:
    cid = add("Zoë", phone="07700 900123", birthday="1990-11-25", flags=["gluten"])
    form = services.customers.as_input(cid)
    assert form.birthday == "1990-11-25" and form.flags == ["gluten"]
    services.customers.update(cid, form)
    assert services.customers.get(cid).phone == "+447700900123"
