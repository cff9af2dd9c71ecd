import pytest

from app.services.settings import Settings


def test_a_dialogs_settings_land_together_or_not_at_all(services) -> None:
    settings = services.settings
    settings.set_many({"shop_name": "Crumb & Co", "till_name": "Front till"})
    assert (settings.get("shop_name"), settings.get("till_name")) == ("Crumb & Co", "Front till")
    with pytest.raises(KeyError, match="colour"):
        settings.set_many({"shop_name": "Half saved", "colour": "red"})
    settings.refresh()
    assert settings.get("shop_name") == "Crumb & Co"


def test_another_tills_change_shows_after_a_refresh(services) -> None:
    other_till = Settings(services.db)
    assert other_till.get("cooldown_minutes") == services.settings.get("cooldown_minutes")
    services.settings.set("cooldown_minutes", 42)
    assert services.settings.get("cooldown_minutes") == 42  # the till that saved sees it at once
    other_till.refresh()
    assert other_till.get("cooldown_minutes") == 42
