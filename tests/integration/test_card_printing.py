"""A sheet of cards is recorded in one transaction once its PDF is in place, on SQLite and on a shared
server, and a sheet that another till made stale meanwhile records nothing."""

import pytest

from app.services.cards import CardError
from app.services.customers import CustomerInput


def customers(services, *names: str) -> list[int]:
    return [services.customers.add(CustomerInput(name=name)) for name in names]


def test_preparing_a_sheet_changes_nothing_until_it_is_recorded(any_services) -> None:
    s = any_services
    old, new = customers(s, "Zoë Martin", "Łukasz Nowak")
    issued = s.cards.issue(old)
    sheet = s.cards.for_printing([old, new])
    assert next((c.token, name) for c, name in sheet) == (issued.token, "Zoë Martin")
    assert s.cards.active_card(new) is None and s.cards.unprinted() == [old]
    with pytest.raises(CardError, match="Unknown card"):
        s.cards.resolve(sheet[1][0].payload)
    s.cards.record_printing(sheet)
    assert s.cards.resolve(sheet[1][0].payload) == new  # the card on paper is the one recorded
    assert s.cards.unprinted() == [] and s.cards.active_card(new).printed_at is not None


def test_a_failure_just_before_commit_records_nothing(any_services) -> None:
    s = any_services
    old, new = customers(s, "Zoë Martin", "Łukasz Nowak")
    s.cards.issue(old)
    sheet = s.cards.for_printing([old, new])

    def rename_fails() -> None:
        raise OSError("the PDF could not be put in place")

    with pytest.raises(OSError):
        s.cards.record_printing(sheet, before_commit=rename_fails)
    assert s.cards.active_card(new) is None and s.cards.unprinted() == [old]


def test_a_sheet_made_stale_by_another_till_records_nothing(any_services) -> None:
    s = any_services
    kept, lost, fresh = customers(s, "Zoë Martin", "Søren Kierkegaard", "Nguyễn Văn An")
    s.cards.issue(kept)
    s.cards.issue(lost)
    sheet = s.cards.for_printing([kept, lost, fresh])
    s.cards.reissue(lost)  # meanwhile, at another till
    with pytest.raises(CardError, match="Søren Kierkegaard's card was replaced or revoked meanwhile"):
        s.cards.record_printing(sheet)
    assert s.cards.active_card(fresh) is None and s.cards.unprinted() == [kept, lost]

    sheet = s.cards.for_printing([kept, fresh])
    s.cards.issue(fresh)  # meanwhile, at another till
    with pytest.raises(CardError, match="Nguyễn Văn An was given a card meanwhile"):
        s.cards.record_printing(sheet)
    assert s.cards.unprinted() == [kept, lost, fresh]
