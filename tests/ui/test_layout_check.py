"""The layout check itself: it must see what a person would see go wrong."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tests.ui.layout_check import layout_problems


def test_a_tidy_row_has_no_problems(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    row.addWidget(QLabel("Name"))
    row.addWidget(QLineEdit())
    row.addWidget(QPushButton("Save"))
    window.resize(400, 60)
    window.show()
    assert layout_problems(window) == []


def test_overlaps_things_outside_and_cut_text_are_named(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 100)
    save = QPushButton("Save", window)
    save.setGeometry(10, 10, 100, 30)
    keep = QPushButton("Keep", window)
    keep.setGeometry(60, 20, 100, 30)  # lies over Save
    outside = QPushButton("Erase Zoë Martin", window)
    outside.setGeometry(250, 60, 160, 30)  # runs off the right edge
    cut = QLabel("A label far too long for its little box", window)
    cut.setGeometry(10, 60, 60, 20)
    window.show()
    problems = layout_problems(window)
    assert any("“Save”" in p and "overlaps" in p and "“Keep”" in p for p in problems)
    assert any("“Erase Zoë Martin”" in p and "outside its window" in p for p in problems)
    assert any("“A label far too long" in p and "cut off" in p for p in problems)
    hidden = QPushButton("Hidden", window)
    hidden.setGeometry(10, 10, 100, 30)
    hidden.hide()
    assert not any("Hidden" in p for p in layout_problems(window))
