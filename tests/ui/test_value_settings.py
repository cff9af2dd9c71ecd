"""The lifetime-value settings in the owner's settings dialog, checked by the shop layer: the horizon,
the monthly discount rate and where "slipping away" begins."""

import pytest

from app.errors import UserError
from app.shop import Shop
from app.shop.value import ValueSettings
from tests.ui.conftest import open_settings


def test_the_owner_sets_the_horizon_discount_and_slipping_line(qtbot, services) -> None:
    dialog = open_settings(qtbot, services)
    tab = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index("Lifetime value")
    dialog.tabs.setCurrentIndex(tab)
    assert (dialog.horizon.value(), dialog.discount.value(), dialog.slipping.value()) == (12, 1.0, 50)
    assert dialog.discount.text() == "1.00 % a month" and dialog.horizon.text() == "12 months"
    dialog.horizon.setValue(24)
    dialog.discount.setValue(0.5)
    dialog.slipping.setValue(30)
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = services.settings.all()
    assert values["clv_horizon_months"] == 24
    assert values["clv_monthly_discount"] == pytest.approx(0.005)
    assert values["clv_slipping_p_alive"] == pytest.approx(0.3)
    again = open_settings(qtbot, services)
    assert (again.horizon.value(), again.discount.value(), again.slipping.value()) == (24, 0.5, 30)


@pytest.mark.parametrize(
    ("chosen", "words"),
    [
        (ValueSettings(0, 1.0, 50), "over 1 to 120 months"),
        (ValueSettings(121, 1.0, 50), "over 1 to 120 months"),
        (ValueSettings(12, -1.0, 50), "from 0 % to 10 %"),
        (ValueSettings(12, 11.0, 50), "from 0 % to 10 %"),
        (ValueSettings(12, 1.0, 0), "above 0 % and below 100 %"),
        (ValueSettings(12, 1.0, 100), "above 0 % and below 100 %"),
    ],
)
def test_a_bad_value_setting_is_refused_and_nothing_changes(services, chosen, words) -> None:
    shop = Shop(services)
    before = services.settings.all()
    with pytest.raises(UserError, match=words):
        shop.value.save_settings(chosen)
    assert services.settings.all() == before


def test_the_dialog_saves_nothing_when_the_shop_refuses(qtbot, services) -> None:
    dialog = open_settings(qtbot, services)
    dialog.shop_name.setText("Changed")
    dialog.horizon.setMaximum(500)  # past what the spin box allows: the shop layer still says no
    dialog.horizon.setValue(300)
    dialog._on_save()
    assert "over 1 to 120 months" in dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    assert (
        services.settings.get("shop_name") != "Changed" and services.settings.get("clv_horizon_months") == 12
    )
