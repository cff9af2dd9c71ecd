from PySide6.QtWidgets import QWizard

from app.shop import Shop
from app.ui.ops import Ops
from app.ui.setup_wizard import LOYALTY, PIN, SHOP, WELCOME, SetupWizard


def open_wizard(qtbot, tmp_path):
    shop = Shop.open(tmp_path / "data", daily_backup=False)
    ops = Ops()
    ops.attach(shop)
    wizard = SetupWizard(ops, "GB")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, shop, ops


def finish(wizard: SetupWizard, qtbot) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_setting_up_a_new_shop_saves_every_answer(qtbot, tmp_path) -> None:
    wizard, shop, ops = open_wizard(qtbot, tmp_path)
    assert wizard.currentId() == WELCOME and wizard.set_up.isChecked()
    wizard.next()
    assert wizard.currentId() == SHOP
    wizard.next()  # no name yet: the page stays
    assert wizard.currentId() == SHOP and "needs a name" in wizard.shop_name.placeholderText()
    qtbot.keyClicks(wizard.shop_name, "Crumb  & Co")
    wizard.region.set_region("IE")
    assert wizard.currency.code() == "EUR"  # the country's own currency, changeable
    wizard.next()
    assert wizard.currentId() == LOYALTY
    wizard.mode.setCurrentIndex(wizard.mode.findData("per_amount"))
    assert wizard.earn_label.text() == "Points per €1 spent" and wizard.reward_cost.suffix() == " points"
    wizard.earn.setValue(2)
    wizard.reward_name.setText("Free croissant")
    wizard.reward_cost.setValue(50)
    wizard.next()
    assert wizard.currentId() == PIN
    qtbot.keyClicks(wizard.pin, "4821")
    qtbot.keyClicks(wizard.pin_again, "4812")
    finish(wizard, qtbot)
    assert "differ" in wizard.error.text() and wizard.isVisible() and not shop.owner.pin_is_set()
    qtbot.keyClicks(wizard.pin_again, "4821")
    finish(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.saved, timeout=10_000)
    values = shop.owner.settings()
    assert (values["shop_name"], values["region"], values["currency"]) == ("Crumb & Co", "IE", "EUR")
    rules = shop.owner.loyalty_rules()
    assert (rules.loyalty_mode, rules.points_per_unit) == ("per_amount", 2)
    assert [(r.name, r.cost) for r in shop.owner.rewards()] == [("Free croissant", 50)]
    assert shop.owner.pin_is_set()
    shop.owner.check_pin("4821")
    assert not wizard.wants_demo
    ops.close()
    shop.close()


def test_choosing_the_demo_saves_nothing_and_says_so(qtbot, tmp_path) -> None:
    wizard, shop, ops = open_wizard(qtbot, tmp_path)
    wizard.demo.setChecked(True)
    assert wizard.currentPage().isFinalPage()
    finish(wizard, qtbot)
    assert wizard.wants_demo and not wizard.saved and wizard.result() == QWizard.DialogCode.Accepted
    assert shop.owner.settings()["shop_name"] == "My shop" and not shop.owner.pin_is_set()
    ops.close()
    shop.close()


def test_a_bad_pin_is_refused_before_anything_is_saved(qtbot, tmp_path) -> None:
    wizard, shop, ops = open_wizard(qtbot, tmp_path)
    wizard.next()
    qtbot.keyClicks(wizard.shop_name, "Crumb")
    wizard.next()
    wizard.next()
    qtbot.keyClicks(wizard.pin, "12a")
    qtbot.keyClicks(wizard.pin_again, "12a")
    finish(wizard, qtbot)
    assert "4 to 12 digits" in wizard.error.text() and shop.owner.settings()["shop_name"] == "My shop"
    ops.close()
    shop.close()


def test_an_empty_shop_opens_the_setup_instead_of_the_menu_editor(qtbot, open_window, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.main import offer_first_start

    window, _ = open_window(tmp_path / "empty")
    seen = []

    def answer() -> None:
        wizard = QApplication.activeModalWidget()
        seen.append(type(wizard).__name__)
        wizard.next()
        wizard.shop_name.setText("Crumb & Co")
        wizard.next()
        wizard.next()
        finish(wizard, None)

    QTimer.singleShot(0, answer)
    offer_first_start(window)
    assert seen == ["SetupWizard"] and window.shop_name.text() == "Crumb & Co"
    assert window.services.settings.get("shop_name") == "Crumb & Co"
