import json

from PySide6.QtWidgets import QApplication, QMainWindow

from app import till_settings
from app.shop import Shop
from app.till_settings import TillSettings
from app.ui.main import build_window
from app.ui.ops import SyncOps
from app.ui.window_place import WindowPlace


def test_the_window_opens_where_this_till_left_it_and_never_larger_than_the_screen(qtbot, tmp_path) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    window = QMainWindow()
    qtbot.addWidget(window)
    place = WindowPlace(window, tmp_path)
    first = place.restore()  # nothing saved: the preferred size, shrunk to the screen
    assert first.width() <= screen.width() and first.height() <= screen.height()
    window.show()
    window.setGeometry(40, 50, 500, 400)
    window.close()  # remembered at close, in this till's own file
    assert json.loads((tmp_path / "till.json").read_text())["window"] == [40, 50, 500, 400]
    again = QMainWindow()
    qtbot.addWidget(again)
    assert WindowPlace(again, tmp_path).restore().getRect() == (40, 50, 500, 400)
    till_settings.save(tmp_path, TillSettings(window=(5000, 5000, 4000, 3000)))  # from a bigger screen
    other = QMainWindow()
    qtbot.addWidget(other)
    moved = WindowPlace(other, tmp_path)
    rect = moved.restore()
    assert screen.contains(rect) and rect.width() <= screen.width()


def test_the_scanner_takes_this_tills_timing(qtbot, services) -> None:
    till_settings.save(services.paths.root, TillSettings(scan_max_interval_ms=60, scan_suffix="tab"))
    window, scanner = build_window(Shop(services), SyncOps())
    qtbot.addWidget(window)
    from app.ui.scanner import SUFFIX_KEYS

    assert (scanner.max_interval, scanner.suffixes) == (0.06, SUFFIX_KEYS["tab"])
