"""The profile's one compact area for keeping the conversation fresh: complaints to make right, talking
points due today (tick them off), something they might like to try, and the surprise treat.

It sits in the profile's right-hand column, so however many cues there are, the item buttons on the left
stay where staff expect them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import wording
from app.ui.ops import Ops

CUES_AFTER_MS = 150

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.services.conversation import ComplaintRow, TalkingPointRow
    from app.services.profile import Profile
    from app.shop.conversation import Cues


class ConversationCues(QFrame):
    """Signals:
    changed(): a talking point or complaint was added, ticked off or made right.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="panel")
        self.zone = "UTC"  # the shop's, given with each profile
        self.ops: Ops | None = None
        self.customer_id: int | None = None
        self.customer_name = ""
        self.visit_count = -1
        self.points: list[TalkingPointRow] = []
        self.complaints: list[ComplaintRow] = []
        # This visit's suggestions are asked for once the profile has been on screen a moment: the profile
        # paints first, and a profile closed at once (the next card already scanned) asks for none.
        self._cues_soon = QTimer(self, singleShot=True, interval=CUES_AFTER_MS)
        self._cues_soon.timeout.connect(self._ask_cues)

        title = QLabel(self.tr("TALK ABOUT"), objectName="panelTitle")
        self.add_point_button = self._small(self.tr("+ Note"), self.tr("Jot something to ask or mention"))
        self.add_point_button.clicked.connect(self._on_add_point_clicked)
        self.add_complaint_button = self._small(
            self.tr("+ Complaint"), self.tr("Record a bad experience, to make it right next time")
        )
        self.add_complaint_button.clicked.connect(self._on_add_complaint_clicked)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch()
        heading.addWidget(self.add_point_button)
        heading.addWidget(self.add_complaint_button)

        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.empty = QLabel(self.tr("Nothing to follow up."), objectName="subtle")
        self.later = QLabel(objectName="subtle")
        self.might_like = QLabel(objectName="tryCue")
        self.might_like.setWordWrap(True)
        self.status = QLabel(objectName="toastError")
        self.status.setWordWrap(True)
        self.extra = QVBoxLayout()  # the profile's surprise cue joins here
        self.extra.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addLayout(self.rows)
        layout.addWidget(self.empty)
        layout.addWidget(self.later)
        layout.addWidget(self.might_like)
        layout.addLayout(self.extra)
        layout.addWidget(self.status)
        for quiet in (self.later, self.might_like, self.status):
            quiet.hide()

    def _small(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, objectName="smallAction")
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the search box
        return button

    def attach(self, ops: Ops) -> None:
        """The runner the cues read and write through (the window's)."""
        self.ops = ops

    def add_extra(self, widget: QWidget) -> None:
        """Another cue that belongs in this area (the surprise treat)."""
        self.extra.addWidget(widget)

    # -- showing -----------------------------------------------------------------------------------------
    def show_profile(self, profile: Profile, zone: str) -> None:
        self.zone = zone
        new_visit = (profile.id, profile.visit_count) != (self.customer_id, self.visit_count)
        if profile.id != self.customer_id:
            self.might_like.hide()
            self.status.hide()
        self.customer_id, self.customer_name, self.visit_count = profile.id, profile.name, profile.visit_count
        self._show_lists(profile.talking_points, profile.open_complaints)
        if new_visit:
            self._cues_soon.start()

    def cues_pending(self) -> bool:
        """The profile's suggestions are still to be asked for (they follow it by CUES_AFTER_MS)."""
        return self._cues_soon.isActive()

    def _ask_cues(self) -> None:
        customer_id = self.customer_id
        if not self.isVisible():  # closed meanwhile: opened again, they are asked for then
            self.visit_count = -1
            return
        if self.ops is None or customer_id is None:
            return
        self.ops.write(
            lambda shop: shop.conversation.cues(customer_id),
            lambda cues: self._on_cues(customer_id, cues),
            lambda _message: None,  # a suggestion is a nicety: no alarm when it cannot be had
        )

    def _show_lists(self, points: list[TalkingPointRow], complaints: list[ComplaintRow]) -> None:
        self.points, self.complaints = points, complaints
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for complaint in complaints:
            self.rows.addWidget(self._complaint_row(complaint))
        for point in points:
            if point.due:
                self.rows.addWidget(self._point_row(point))
        self._update_quiet()

    def _update_quiet(self) -> None:
        """The quiet lines: how many talking points are still to come, or that there is nothing at all."""
        points, complaints = self.points, self.complaints
        due = [p for p in points if p.due]
        later = [p for p in points if not p.due]
        self.later.setVisible(bool(later))
        if later:
            first = min(p.on for p in later if p.on is not None)
            self.later.setText(
                self.tr("%n more to raise from %1", "", len(later)).replace("%1", wording.short_day(first))
            )
        self.empty.setVisible(not complaints and not due and not later)

    def _complaint_row(self, complaint: ComplaintRow) -> QWidget:
        row = QFrame(objectName="complaintCue")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(10, 6, 6, 6)
        text = QLabel(
            self.tr("Make it right: {t} ({w})").format(t=complaint.text, w=self._when(complaint.since)),
            objectName="complaintText",
        )
        text.setWordWrap(True)
        button = self._small(self.tr("Made right"), self.tr("They were looked after: clear this cue"))
        button.clicked.connect(lambda _=False, c=complaint.id: self._on_made_right(c, button))
        layout.addWidget(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.setProperty("complaint_id", complaint.id)
        return row

    def _point_row(self, point: TalkingPointRow) -> QWidget:
        row = QFrame(objectName="pointCue")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 4, 8, 4)
        tick = QCheckBox()
        tick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        tick.setToolTip(self.tr("Tick off once it has been raised"))
        text = QLabel(point.text)
        text.setWordWrap(True)
        text.setBuddy(tick)
        tick.toggled.connect(lambda on, p=point.id: self._on_ticked(p, tick) if on else None)
        layout.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        row.setProperty("point_id", point.id)
        return row

    def _when(self, at: datetime) -> str:
        zone = ZoneInfo(self.zone)
        days = (datetime.now(UTC).astimezone(zone).date() - at.astimezone(zone).date()).days
        if days <= 0:
            return self.tr("noted today")
        if days == 1:
            return self.tr("noted yesterday")
        if days < 14:
            return self.tr("noted %n days ago", "", days)
        return self.tr("open since {d}").format(d=wording.day(at.astimezone(zone)))

    def _on_cues(self, customer_id: int, cues: Cues) -> None:
        if customer_id != self.customer_id:
            return  # someone else is at the counter now
        pick = cues.might_like
        self.might_like.setVisible(pick is not None)
        if pick is not None:
            why = (
                self.tr("in season now")
                if pick.seasonal
                else self.tr("new to them, they buy {c}").format(c=pick.category.lower())
            )
            self.might_like.setText(self.tr("They might like: {i} — {w}").format(i=pick.item, w=why))

    # -- ticking off -------------------------------------------------------------------------------------
    def _on_ticked(self, point_id: int, tick: QCheckBox) -> None:
        if self.ops is None:
            return
        tick.setEnabled(False)
        self.ops.write(
            lambda shop: shop.conversation.tick_talking_point(point_id),
            lambda _done: self._forget(point_id=point_id),
            lambda message: self._undo_tick(tick, message),
        )

    def _undo_tick(self, tick: QCheckBox, message: str) -> None:
        tick.blockSignals(True)
        tick.setChecked(False)
        tick.blockSignals(False)
        tick.setEnabled(True)
        self._say(message)

    def _on_made_right(self, complaint_id: int, button: QPushButton) -> None:
        if self.ops is None:
            return
        button.setEnabled(False)
        self.ops.write(
            lambda shop: shop.conversation.resolve_complaint(complaint_id),
            lambda _done: self._forget(complaint_id=complaint_id),
            lambda message: self._failed(button, message),
        )

    def _forget(self, point_id: int | None = None, complaint_id: int | None = None) -> None:
        """Take the one row away; the others stay exactly where they are."""
        self.status.hide()
        self.points = [p for p in self.points if p.id != point_id]
        self.complaints = [c for c in self.complaints if c.id != complaint_id]
        for n in range(self.rows.count()):
            widget = self.rows.itemAt(n).widget()
            if widget is None:
                continue
            key = ("point_id", point_id) if point_id is not None else ("complaint_id", complaint_id)
            if widget.property(key[0]) == key[1]:
                self.rows.takeAt(n)
                widget.hide()
                widget.deleteLater()
                break
        self._update_quiet()
        self.changed.emit()

    def _failed(self, button: QWidget, message: str) -> None:
        button.setEnabled(True)
        self._say(message)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    # -- jotting -----------------------------------------------------------------------------------------
    @Slot()
    def _on_add_point_clicked(self) -> None:
        today = datetime.now(ZoneInfo(self.zone)).date()  # the shop's day, not this computer's
        self._jot(JotDialog(self.tr("Talking point"), self.customer_name, True, today, parent=self))

    @Slot()
    def _on_add_complaint_clicked(self) -> None:
        self._jot(JotDialog(self.tr("Complaint"), self.customer_name, with_date=False, parent=self))

    def _jot(self, dialog: JotDialog) -> None:
        if self.customer_id is None or self.ops is None or not dialog.exec():
            return
        customer_id, text, on = self.customer_id, dialog.text.text(), dialog.day()
        if dialog.with_date:
            call = lambda shop: shop.conversation.add_talking_point(customer_id, text, on)  # noqa: E731
        else:
            call = lambda shop: shop.conversation.add_complaint(customer_id, text)  # noqa: E731
        self.ops.write(call, lambda _id: self._reload(customer_id), self._say)

    def _reload(self, customer_id: int) -> None:
        self.status.hide()
        self.changed.emit()
        if self.ops is None or customer_id != self.customer_id:
            return
        self.ops.read(
            lambda shop: (
                shop.conversation.talking_points(customer_id),
                shop.conversation.open_complaints(customer_id),
            ),
            lambda lists: self._show_lists(*lists) if customer_id == self.customer_id else None,
            self._say,
        )


class JotDialog(QDialog):
    """A talking point (with an optional first day) or a complaint, in a line of text."""

    def __init__(
        self, kind: str, name: str, with_date: bool, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.with_date = with_date
        self.setWindowTitle(kind)
        self.text = QLineEdit()
        self.text.setAccessibleName(kind)
        from app.services.conversation import MAX_TEXT  # loaded after the window is up

        self.text.setMaxLength(MAX_TEXT)
        self.text.setMinimumWidth(360)
        self.text.setPlaceholderText(
            self.tr("e.g. ask how the marathon went") if with_date else self.tr("e.g. waited 15 minutes")
        )
        prompt = (
            self.tr("Something to raise with {n} on a next visit:")
            if with_date
            else self.tr("What went wrong for {n}? The profile asks to make it right until it is.")
        ).format(n=name)
        self.from_day = QCheckBox(self.tr("Not before"))
        first = QDate(today) if today else QDate.currentDate()
        self.day_edit = QDateEdit(first.addDays(7), calendarPopup=True)
        self.day_edit.setMinimumDate(first)
        self.day_edit.setAccessibleName(self.tr("Not before"))
        self.day_edit.setEnabled(False)
        self.from_day.toggled.connect(self.day_edit.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.ok.setEnabled(False)
        self.text.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.text)
        if with_date:
            row = QHBoxLayout()
            row.addWidget(self.from_day)
            row.addWidget(self.day_edit)
            row.addStretch()
            layout.addLayout(row)
        layout.addWidget(buttons)

    def day(self) -> date | None:
        return self.day_edit.date().toPython() if self.with_date and self.from_day.isChecked() else None
