from pathlib import Path

import pytest

from app.services import importing
from app.services.importing import ImportError_

DATA = Path(__file__).resolve().parents[1] / "data"


def plan(services, name: str, **options):
    return importing.plan_import(services.db, DATA / name, "GB", **options)


def test_square_export_with_bom_blank_rows_and_broken_rows(services) -> None:
    result = plan(services, "square.csv")
    assert result.format == "square" and result.empty_rows == 1
    added = {c.name: c for _row, c in result.adds}
    assert set(added) == {"Zoë Martin", "Łukasz Nowak"}
    zoe = added["Zoë Martin"]
    assert (zoe.phone, zoe.email, str(zoe.birthday), zoe.notes, zoe.consent_contact) == (
        "+447700900123",
        "zoe.martin@example.com",
        "11-25",
        "Oat milk",
        True,
    )
    assert (
        str(added["Łukasz Nowak"].birthday) == "1988-02-29"
        and added["Łukasz Nowak"].email == "lukasz@example.com"
    )
    assert result.skipped == [(6, "same phone or e-mail as row 2")]
    errors = dict(result.errors)
    assert errors[5] == "birthday: February has no day 31."
    assert "cannot start with" in errors[7]


def test_nothing_is_written_while_rows_have_errors(services) -> None:
    result = plan(services, "square.csv")
    with pytest.raises(ImportError_, match="2 rows have errors; nothing was imported"):
        importing.apply(services.db, result)
    assert services.search.count() == 0
    assert importing.apply(services.db, result, skip_errors=True) == 2
    assert [h.name for h in services.search.search("lukasz")] == ["Łukasz Nowak"]


def test_shopify_export_with_apostrophe_phones(services) -> None:
    result = plan(services, "shopify.csv")
    assert result.format == "shopify"
    added = {c.name: c for _row, c in result.adds}
    assert added["Nguyễn Văn An"].phone == "+447700900201" and added["Nguyễn Văn An"].consent_contact
    assert added["Đorđe Petrović"].phone == "+381641234567" and not added["Đorđe Petrović"].consent_contact
    assert dict(result.errors)[4].startswith("phone:")


def test_google_contacts_with_vcard_birthdays_and_several_numbers(services) -> None:
    result = plan(services, "google.csv")
    assert result.format == "google"
    added = {c.name: c for _row, c in result.adds}
    assert str(added["Ana Silva"].birthday) == "03-14" and added["Ana Silva"].phone == "+447700900301"
    assert str(added["Björn Andersson"].birthday) == "1975-07-01"


def test_windows_1252_generic_file(services) -> None:
    result = plan(services, "windows1252.csv")
    assert result.format == "generic" and not result.errors
    added = {c.name: c for _row, c in result.adds}
    assert (
        str(added["José García"].birthday) == "1990-11-30" and added["José García"].notes == "Café con leche"
    )
    assert "Renée Lefèvre" in added


def test_duplicates_against_existing_customers_skip_or_update(services, add) -> None:
    existing = add("Zoë M.", phone="07700 900123")
    skipped = plan(services, "square.csv")
    assert (2, f"already a customer (number {existing})") in skipped.skipped
    updating = plan(services, "square.csv", on_duplicate="update")
    assert [(u.row, u.customer_id) for u in updating.updates] == [(2, existing)]
    importing.apply(services.db, updating, skip_errors=True)
    assert services.customers.get(existing).name == "Zoë Martin"
    assert [h.id for h in services.search.search("zoe martin")] == [existing]


def test_a_customer_added_since_the_preview_is_not_added_again(services, add) -> None:
    # The preview found no one with Zoë's phone; the counter adds her before the owner imports.
    previewed = plan(services, "square.csv")
    assert [row for row, _c in previewed.adds] == [2, 3]
    zoe = add("Zoë", phone="07700 900123")
    written = importing.apply(services.db, previewed, skip_errors=True)
    assert written == 1
    assert (2, f"already a customer (number {zoe})") in previewed.skipped
    assert [h.id for h in services.search.search("zoe")] == [zoe]
    assert len(services.search.search("lukasz nowak")) == 1


def test_unreadable_and_unrecognised_files(services, tmp_path) -> None:
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "odd.csv").write_text("foo,bar\nZoë,07700 900123\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="empty"):
        importing.plan_import(services.db, tmp_path / "empty.csv", "GB")
    with pytest.raises(ImportError_, match="not recognised"):
        importing.plan_import(services.db, tmp_path / "odd.csv", "GB")
    with pytest.raises(ImportError_, match="Cannot read"):
        importing.plan_import(services.db, tmp_path / "missing.csv", "GB")
    mapped = importing.plan_import(
        services.db, tmp_path / "odd.csv", "GB", mapping={"name": "foo", "phone": "bar"}
    )
    assert [(c.name, c.phone) for _r, c in mapped.adds] == [("Zoë", "+447700900123")]
    assert not mapped.errors


def test_fifty_thousand_rows_plan_and_import(services, tmp_path) -> None:
    lines = ["name,phone,email,birthday"] + [
        f"Person {n},+4477009{n:05d},p{n}@example.com,{1 + n % 12:02d}-{1 + n % 28:02d}"
        for n in range(50_000)
    ]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines), encoding="utf-8")
    seen = []
    result = importing.plan_import(services.db, big, "GB", progress=lambda d, t: seen.append(d))
    assert len(result.adds) == 50_000 and not result.errors and seen
    assert importing.apply(services.db, result) == 50_000
    assert [h.name for h in services.search.search("Person 49999")] == ["Person 49999"]


def test_a_later_row_decides_the_date_order_and_broken_rows_are_told_once(services, tmp_path) -> None:
    # The file's evidence is read only once a day-month date is met, part way through the reading.
    file = tmp_path / "dates.csv"
    file.write_text(
        'name,birthday\nAna,1990-01-02\nBo,05/11/1990\nCy,"2"5/11/1991\nDee,25/11/1991\n', encoding="utf-8"
    )
    result = importing.plan_import(services.db, file, "US")
    born = {c.name: str(c.birthday) for _row, c in result.adds}
    assert born == {"Ana": "1990-01-02", "Bo": "1990-11-05", "Dee": "1991-11-25"}
    assert [row for row, _message in result.errors] == [4]
