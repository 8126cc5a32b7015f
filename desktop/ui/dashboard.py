"""The supervisor's first page after log-in: the desk today, what waits, what the centre sent back, the limits.

Every figure is a line of words reachable by Tab, whose accessible name is the
whole sentence ("Registered today: 4"); the chart of the last 14 days says its
numbers the same way (day_chart.py). The page refreshes when an operation
changed records or the outbox, when it is shown, and with the window's status.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import desk_ops, retention_ops, session_ops
from desktop.operations.desk_ops import DeskFigures
from desktop.operations.retention_ops import RetentionStatus
from desktop.operations.runner import Changes
from desktop.operations.sync_ops import SyncStatus
from desktop.ui.a11y import announce, say
from desktop.ui.context import UiContext
from desktop.ui.day_chart import DayChart
from desktop.ui.limits_section import LimitsSection
from desktop.ui.recovery_key_panel import NewRecoveryKeyDialog
from desktop.ui.sync_status import local_time

FIGURES = ("today", "week", "waiting", "to_correct", "held_back", "last_sync")


class Dashboard(QWidget):
    worklist_requested = Signal()
    report_requested = Signal()
    audit_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.context = context
        self.figures: DeskFigures | None = None
        self.sync_status: SyncStatus | None = None
        heading = QLabel(self.tr("Today at the desk"), self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.recovery_notice = self._line("recoveryNotice")
        self.recovery_notice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.recovery_notice.setFrameShape(QFrame.Shape.StyledPanel)
        say(self.recovery_notice, self.tr(
            "⚠ The recovery key of this device was never confirmed as written down. If every supervisor's password "
            "is forgotten, nothing else opens the device. Make a new key now and write it down."))
        self.recovery_button = QPushButton(self.tr("Make a new recovery &key…"), self)
        self.recovery_button.setObjectName("newRecoveryKey")
        self.recovery_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.recovery_button.clicked.connect(self.open_new_recovery_key)
        self.recovery_dialog: NewRecoveryKeyDialog | None = None
        for widget in (self.recovery_notice, self.recovery_button):
            widget.setVisible(False)
        self.tiles = {name: self._tile(name) for name in FIGURES}
        grid = QGridLayout()
        for n, name in enumerate(FIGURES):
            grid.addWidget(self.tiles[name], n // 3, n % 3)
        locale = QLocale("id_ID" if context.language == "id" else "en_GB")
        self.chart = DayChart(locale, self)
        chart_label = QLabel(self.tr("Re&gistrations in the last 14 days (Left and Right choose a day):"), self)
        chart_label.setWordWrap(True)
        chart_label.setBuddy(self.chart)
        self.chosen_day = self._line("chosenDay")
        self.chart.day_chosen.connect(self._day_chosen)
        self.limits_section = LimitsSection(context.language, self)
        self.retention = self._line("deskRetention")
        self.retention.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        say(self.retention, self.tr("Counting the records that hold personal data…"))
        self.worklist_button = self._button(self.tr("Records to &correct…"), "openWorklist", self.worklist_requested)
        self.report_button = self._button(self.tr("Sync rep&ort…"), "openReport", self.report_requested)
        self.audit_button = self._button(self.tr("Au&dit log…"), "openAudit", self.audit_requested)
        buttons = QHBoxLayout()
        for button in (self.worklist_button, self.report_button, self.audit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        page = QWidget(self)  # scrolled when 200 % text on a small screen needs more than its height
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        recovery = QHBoxLayout()
        recovery.addWidget(self.recovery_notice, 1)
        recovery.addWidget(self.recovery_button)
        layout.addLayout(recovery)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(chart_label)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.chosen_day)
        layout.addWidget(self.limits_section)
        layout.addWidget(self.retention)
        scroll.setWidget(page)
        order = [self.recovery_notice, self.recovery_button, *self.tiles.values(), self.worklist_button,
                 self.report_button, self.audit_button, self.chart, self.retention]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._show()
        context.runner.changed.connect(self._changed)

    def _tile(self, name: str) -> QLabel:
        tile = self._line(f"desk_{name}")
        tile.setFrameShape(QFrame.Shape.StyledPanel)
        tile.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads each figure as it is reached
        tile.setTextFormat(Qt.TextFormat.RichText)
        tile.setMargin(6)
        return tile

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(self, text: str, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(signal.emit)
        return button

    # ----- figures -----
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if (changes.records or changes.outbox or changes.accounts) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        context = self.context
        desk_ops.load_desk(context.runner, context.session).success(self.show_figures).run()
        retention_ops.retention_status(context.runner, context.session, context.reference) \
            .success(self.show_retention).run()
        session_ops.recovery_key_confirmed(context.runner, context.session).success(self.show_recovery_state).run()

    def show_recovery_state(self, confirmed: bool) -> None:
        was_shown = self.recovery_notice.isVisibleTo(self)
        for widget in (self.recovery_notice, self.recovery_button):
            widget.setVisible(not confirmed)
        if not confirmed and not was_shown:
            if self.tiles[FIGURES[0]].hasFocus():  # still where the page started: the warning comes first
                self.recovery_notice.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.recovery_notice, self.recovery_notice.text())

    def open_new_recovery_key(self) -> None:
        dialog = NewRecoveryKeyDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.make_button.setFocus()
        self.recovery_dialog = dialog

    def show_figures(self, figures: DeskFigures) -> None:
        self.figures = figures
        self.chart.set_days(figures.days)
        self._show()

    def show_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        self._show()

    def _show(self) -> None:
        figures, status = self.figures, self.sync_status
        measuring = self.tr("measuring…")

        def count(name: str) -> str:
            return measuring if figures is None else self.chart.qlocale.toString(getattr(figures, name))

        values = {
            "today": (self.tr("Registered today"), count("registered_today")),
            "week": (self.tr("Registered this week"), count("registered_this_week")),
            "waiting": (self.tr("Waiting to be sent"), count("waiting")),
            "to_correct": (self.tr("Rejected or to correct"), count("to_correct")),
            "held_back": (self.tr("Held back after failing"), count("held_back")),
            "last_sync": (self.tr("Last successful sync"), self._last_sync(status)),
        }
        for name, (caption, value) in values.items():
            tile = self.tiles[name]
            tile.setText(f"{caption}<br><b style='font-size:large'>{value}</b>")
            tile.setAccessibleName(self.tr("{caption}: {value}").format(caption=caption, value=value))

    def show_retention(self, status: RetentionStatus) -> None:
        held = status.holdings
        text = self.tr("Personal data: {held} records hold it; {skeletons} are kept only as skeletons (no NIK, "
                       "name or phone).").format(held=held.with_personal_data, skeletons=held.skeletons)
        if held.next_due is None:
            text += " " + self.tr("Next removal: none due (no verified record holds personal data).")
        else:
            text += " " + self.tr("Next removal: from {when}, at the first log-in or sync after it.").format(
                when=local_time(held.next_due))
        say(self.retention, text)

    def _last_sync(self, status: SyncStatus | None) -> str:
        if status is None:
            return self.tr("measuring…")
        if not status.enrolled:
            return self.tr("not enrolled with the centre")
        if status.last_success_at is None:
            return self.tr("never")
        return local_time(status.last_success_at)

    def _day_chosen(self, text: str) -> None:
        say(self.chosen_day, text)
        if self.chart.hasFocus():
            announce(self.chosen_day, text)

    def focus_first(self) -> None:
        first = self.recovery_notice if self.recovery_notice.isVisibleTo(self) else self.tiles[FIGURES[0]]
        first.setFocus(Qt.FocusReason.OtherFocusReason)
