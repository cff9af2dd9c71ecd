import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.folding import digits, fold, fold_query, looks_like_phone


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Zoë Martin", "zoe martin"),
        ("Łukasz Nowak", "lukasz nowak"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("Đorđe Petrović", "dorde petrovic"),
        ("Nguyễn Văn An", "nguyen van an"),
        ("O'Brien", "obrien"),
        ("Straße", "strasse"),
        ("Æsa Œuvre", "aesa oeuvre"),
        ("Þórsson", "thorsson"),
        ("JEAN-LUC", "jean luc"),
        ("Ó Súilleabháin", "o suilleabhain"),
        ("Yılmaz", "yilmaz"),
        ("Zoë  ‘Zed’  Martin", "zoe zed martin"),
    ],
)
def test_names_fold_to_what_staff_type_on_a_plain_keyboard(name: str, typed: str) -> None:
    assert fold(name) == typed
    assert fold(typed) == typed


def test_queries_fold_by_their_kind() -> None:
    assert fold_query("  Zoë ") == "zoe"
    assert fold_query("Zoe.Martin@Example.COM") == "zoe.martin@example.com"
    assert fold_query("(07700) 900-123") == "07700900123"
    assert looks_like_phone("+44 7700") and not looks_like_phone("zoe 12") and not looks_like_phone("12")
    assert digits("+44 (0) 77") == "44077"


@given(st.text())
def test_folding_is_idempotent_and_never_has_upper_case_or_marks(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert once == once.casefold()
    assert "  " not in once and once == once.strip()
