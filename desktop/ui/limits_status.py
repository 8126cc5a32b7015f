"""The offline limits in the main window: a status bar line, a notice at log-in, and "New registration" held.

Everything is said in words (the status bar line is text; its full sentence is
its accessible name and tooltip). The stop itself is the store's: a new
registration saved past it is refused there, whatever the window shows; this
only keeps the officer from starting work the store would refuse, and says why.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QStatusBar, QToolBar, QWidget

from desktop.domain.offline_limits import Level, LimitsEvaluation
from desktop.operations import limits_ops
from desktop.operations.runner import Changes
from desktop.ui.a11y import announce
from desktop.ui.context import UiContext

log = logging.getLogger("luring.ui")


class OfflineLimitsStatus(QObject):
    evaluated = Signal(object)  # LimitsEvaluation, each time the figures were measured again

    def __init__(self, context: UiContext, window: QWidget, bar: QStatusBar) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.evaluation: LimitsEvaluation | None = None
        self.label = QLabel(window)
        self.label.setObjectName("limitsLabel")
        separator = QFrame(window)
        separator.setFrameShape(QFrame.Shape.VLine)
        bar.addPermanentWidget(separator)
        bar.addPermanentWidget(self.label)
        # The status bar is crowded (at 200 % its lines are cut): past a threshold the whole sentence is also a
        # wrapped line above the records, where it always fits.
        self.banner = QLabel(window)
        self.banner.setObjectName("limitsBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setVisible(False)
        self._new_action: QAction | None = None
        self._toolbar: QToolBar | None = None
        self._new_tooltip = ""
        # While stopped the real action is disabled, so its shortcut would do nothing: this one says why.
        self.explain_action = QAction(window)
        self.explain_action.setObjectName("newRegistrationStopped")
        self.explain_action.setEnabled(False)
        self.explain_action.triggered.connect(self.explain)
        window.addAction(self.explain_action)
        self.notice: QMessageBox | None = None
        self._show(None)
        context.runner.changed.connect(self._changed)

    def hold(self, new_action: QAction, toolbar: QToolBar) -> None:
        """`new_action` is disabled while stopped, with the reason as its tooltip and description."""
        self._new_action, self._toolbar = new_action, toolbar
        self._new_tooltip = new_action.toolTip()
        self.explain_action.setShortcuts(new_action.shortcuts())
        if self.evaluation is not None:
            self._hold_new_registration(self.evaluation)

    @property
    def stopped(self) -> bool:
        return self.evaluation is not None and self.evaluation.stopped

    # ----- measuring -----
    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.outbox or changes.reference:  # a save, a sync, a hand-over, new limits
            self.refresh()

    def refresh(self) -> None:
        limits_ops.offline_limits(self.context.runner, self.context.session, self.context.reference) \
            .success(self._measured) \
            .failure(lambda exc: log.warning("offline limits not measured: %s", type(exc).__name__)).run()

    def _measured(self, evaluation: LimitsEvaluation) -> None:
        if not shiboken6.isValid(self.label):
            return  # the answer came back after a lock closed the window
        first, before = self.evaluation is None, self.evaluation
        self.evaluation = evaluation
        self._show(evaluation)
        self._hold_new_registration(evaluation)
        level = evaluation.level
        if first and level is not Level.OK:
            self._open_notice(evaluation)  # at log-in
        elif before is not None and level is not before.level:
            announce(self.label, self._sentence(evaluation))  # crossed a threshold, or released
        self.evaluated.emit(evaluation)

    # ----- showing -----
    def _show(self, evaluation: LimitsEvaluation | None) -> None:
        level = None if evaluation is None else evaluation.level
        short = {None: self.tr("Limits: …"), Level.OK: self.tr("Limits: OK"),
                 Level.WARN: self.tr("Warning: sync or hand over soon"),
                 Level.STOP: self.tr("Stopped: new registrations")}[level]
        spoken = self.tr("Offline limits: not measured yet") if evaluation is None else self._sentence(evaluation)
        self.label.setText(short)
        self.label.setAccessibleName(short)
        self.label.setAccessibleDescription(spoken)
        self.label.setToolTip(spoken)
        self.banner.setText(spoken)
        self.banner.setAccessibleName(spoken)
        self.banner.setVisible(level in (Level.WARN, Level.STOP))

    def _sentence(self, evaluation: LimitsEvaluation) -> str:
        return evaluation.message.text(self.context.language)

    def _hold_new_registration(self, evaluation: LimitsEvaluation) -> None:
        action = self._new_action
        if action is None:
            return
        stopped = evaluation.stopped
        reason = self._sentence(evaluation) if stopped else ""
        action.setEnabled(not stopped)
        action.setToolTip(reason or self._new_tooltip)
        action.setStatusTip(reason)
        self.explain_action.setEnabled(stopped)
        button = self._toolbar.widgetForAction(action) if self._toolbar is not None else None
        if button is not None:
            button.setAccessibleDescription(reason)

    def explain(self) -> None:
        """The officer asked for a new registration while stopped: say why, and what to do."""
        if self.evaluation is not None and self.evaluation.stopped:
            self._open_notice(self.evaluation)
            self.context.signals.status_message.emit(self._sentence(self.evaluation))

    def _open_notice(self, evaluation: LimitsEvaluation) -> None:
        if self.notice is not None and shiboken6.isValid(self.notice):
            self.notice.close()
        box = QMessageBox(self.window)
        box.setObjectName("limitsNotice")
        box.setIcon(QMessageBox.Icon.Information if evaluation.level is Level.WARN else QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Offline limits"))
        box.setText(self._sentence(evaluation))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("&OK"))
        box.setAccessibleName(self.tr("Offline limits"))
        box.setAccessibleDescription(box.text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notice = box
        announce(box, box.text())
