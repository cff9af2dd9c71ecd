"""Reading customers files: encodings, line endings, broken quotes and limits, each written byte by byte."""

from pathlib import Path

import pytest

from app.services import importing
from app.services.importing import ImportError_

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "name,phone,notes\r\n"
ROWS = "Zoë Martin,07700 900123,Oat milk\r\nŁukasz Nowak,07700 900124,Rye\r\n"


def plan_bytes(services, tmp_path, raw: bytes) -> importing.Plan:
    path = tmp_path / "customers.csv"
    path.write_bytes(raw)
    return importing.plan_import(services.db, path, "GB")


def added(plan: importing.Plan) -> dict[str, str]:
    return {c.name: c.notes for _row, c in plan.adds}


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_a_byte_order_mark_are_read(services, tmp_path, codec) -> None:
    text = HEADER + ROWS
    raw = (b"\xfe\xff" + text.encode(codec)) if codec == "utf-16-be" else text.encode(codec)
    plan = plan_bytes(services, tmp_path, raw)
    assert added(plan) == {"Zoë Martin": "Oat milk", "Łukasz Nowak": "Rye"} and not plan.errors


def test_utf16_without_a_byte_order_mark_is_read(services, tmp_path) -> None:
    plan = plan_bytes(services, tmp_path, (HEADER + ROWS).encode("utf-16-le"))
    assert set(added(plan)) == {"Zoë Martin", "Łukasz Nowak"}


def test_a_file_mixing_utf8_and_other_bytes_is_refused_with_the_line(services, tmp_path) -> None:
    raw = (HEADER + ROWS).encode("utf-8") + "Renée Lefèvre,07700 900402,Café\r\n".encode("cp1252")
    with pytest.raises(ImportError_, match=r"Line 4 of customers.csv is not UTF-8, but other lines are"):
        plan_bytes(services, tmp_path, raw)
    assert services.search.count() == 0


def test_a_file_without_any_utf8_sequence_is_read_as_windows_1252(services, tmp_path) -> None:
    raw = (HEADER + "Renée Lefèvre,07700 900402,Café – “au lait”\r\n").encode("cp1252")
    assert added(plan_bytes(services, tmp_path, raw)) == {"Renée Lefèvre": "Café – “au lait”"}
    sample = importing.plan_import(services.db, DATA / "windows1252.csv", "GB")
    assert {c.name for _r, c in sample.adds} == {"José García", "Renée Lefèvre"}


def test_classic_mac_line_endings_are_read(services, tmp_path) -> None:
    raw = 'name,phone,notes\rZoë Martin,07700 900123,"Oat milk\rextra hot"\rŁukasz Nowak,07700 900124,Rye\r'
    plan = plan_bytes(services, tmp_path, raw.encode("utf-8"))
    assert added(plan) == {"Zoë Martin": "Oat milk\nextra hot", "Łukasz Nowak": "Rye"} and not plan.errors


def test_an_unterminated_quote_is_a_row_error_and_the_rows_after_it_are_read(services, tmp_path) -> None:
    raw = HEADER + 'Ana Silva,"07700 900301,Tea\r\n' + ROWS
    plan = plan_bytes(services, tmp_path, raw.encode("utf-8"))
    assert set(added(plan)) == {"Zoë Martin", "Łukasz Nowak"}
    assert plan.errors == [
        (2, 'a quote (") opens a cell and does not close properly; this row was left out.')
    ]
    text = HEADER + ROWS + 'Ana Silva,07700 900301,"Tea\r\n'
    plan = plan_bytes(services, tmp_path, text.encode("utf-8"))
    assert set(added(plan)) == {"Zoë Martin", "Łukasz Nowak"} and [r for r, _m in plan.errors] == [4]


def test_a_cell_over_128_kb_is_a_row_error(services, tmp_path) -> None:
    raw = HEADER + "Ana Silva,07700 900301," + "x" * 200_000 + "\r\n" + ROWS
    plan = plan_bytes(services, tmp_path, raw.encode("utf-8"))
    assert plan.errors == [(2, "a cell is over 128 KB; this row was left out.")]
    assert set(added(plan)) == {"Zoë Martin", "Łukasz Nowak"}


def test_control_characters_in_cells_refuse_a_name_and_are_cleaned_elsewhere(services, tmp_path) -> None:
    raw = (
        HEADER
        + "Zoë\x00 Martin,07700 900123,Oat\x07 milk\r\nAna\u202e Silva,,\r\nŁukasz,07700 900124,Rye\x1b[2J\r\n"
    )
    plan = plan_bytes(services, tmp_path, raw.encode("utf-8"))
    assert added(plan) == {"Łukasz": "Rye[2J"}
    assert [(row, message.split(":")[0]) for row, message in plan.errors] == [(2, "name"), (3, "name")]
    assert all("\x00" not in m and "\u202e" not in m for _r, m in plan.errors)


def test_a_file_over_200_mb_is_refused_before_it_is_read(services, tmp_path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:  # sparse: takes no disk space, and nothing reads it
        f.write(HEADER.encode())
        f.truncate(3 * 1024**3)
    assert huge.stat().st_size == 3 * 1024**3
    with pytest.raises(ImportError_, match=r"huge.csv is 3,072 MB; an import takes files up to 200 MB"):
        importing.plan_import(services.db, huge, "GB")


def test_a_file_over_a_million_rows_is_refused(services, tmp_path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("name\n" + "A\n" * 1_000_001, encoding="utf-8")
    with pytest.raises(ImportError_, match=r"more than 1,000,000 rows; an import takes at most 1,000,000"):
        importing.plan_import(services.db, path, "GB")


def test_the_header_is_read_from_the_start_of_a_long_file(tmp_path) -> None:
    # The window reads the first 64 KB for the columns; here that ends inside a two-byte "ë".
    head = b"Name,Phone 1 - Value\n"
    raw = head + b"A," + b"x" * (64 * 1024 - len(head) - 3) + "ë\n".encode() + b"Zoe,07700 900123\n" * 500
    assert raw[: 64 * 1024].endswith("ë".encode()[:1])
    path = tmp_path / "long.csv"
    path.write_bytes(raw)
    assert importing.read_header(path) == ["Name", "Phone 1 - Value"]
    path.write_bytes(("Name,Phone 1 - Value\n" + "Zoë,07700 900123\n" * 8000).encode("utf-16"))
    assert importing.read_header(path) == ["Name", "Phone 1 - Value"]
