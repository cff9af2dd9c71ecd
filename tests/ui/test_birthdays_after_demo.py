"""Right after the demo is made, the idle list shows the birthdays due this week (it used to keep the
empty list it read before the demo existed)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from app.application import open_services
from app.services.insights import upcoming_birthdays
from app.shop import Shop
from app.ui.main import build_window, fill_demo
from app.ui.ops import Ops


def test_the_birthday_list_shows_the_demos_birthdays_at_once(qtbot, tmp_path) -> None:
    services = open_services(str(tmp_path / "data"))
    window, _scanner = build_window(Shop(services), Ops())  # the real runner, as at first start
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.settings is not None, timeout=10_000)
    assert window.results_model.rowCount() == 0  # an empty shop: nobody has a birthday yet
    try:
        fill_demo(window, customers=400, visits=2000)
        qtbot.waitUntil(lambda: "demo bakery is ready" in window.banner.text(), timeout=60000)
        qtbot.waitUntil(lambda: window.side_title.text() == "Birthdays this week", timeout=10_000)
        today = datetime.now(ZoneInfo(services.settings.timezone_name())).date()
        due = upcoming_birthdays(services.db, today, int(services.settings.get("birthday_window_days")))
        assert len(due) >= 3  # Zoë's in three days among them
        assert window.side_title.text() == "Birthdays this week"
        assert [h.id for h in window.results_model.hits] == [r.id for r in due]
        assert window.results_hint.text() == ""
        assert window.results_model.index(0).data().split("\n")[0] == due[0].name
    finally:
        window.close()
        services.close()
