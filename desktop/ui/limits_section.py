"""The sync panel's "Offline limits" section: for each measure, its figure and how far it is from the warning
and the stop, each line starting with its level in words (never colour alone). What to do is said by the
status bar, the line above the records and the notice; here only the distances, so the panel stays short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.messages import Language
from desktop.domain.offline_limits import MEASURES, Level, LimitsEvaluation
from desktop.ui.a11y import say


class LimitsSection(QGroupBox):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Offline limits"), parent)
        self.setObjectName("limitsSection")
        self.language = language
        layout = QVBoxLayout(self)
        self.lines = {measure: self._line(f"limit_{measure}", layout) for measure in MEASURES}
        self.show_evaluation(None)

    def _line(self, name: str, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(label)
        return label

    def show_evaluation(self, evaluation: LimitsEvaluation | None) -> None:
        if evaluation is None:
            for line in self.lines.values():
                say(line, self.tr("Measuring the offline limits…"))
            return
        words = {Level.OK: self.tr("OK"), Level.WARN: self.tr("Warning"), Level.STOP: self.tr("Stopped")}
        for result in evaluation.results:
            say(self.lines[result.measure], self.tr("{level}: {distance}").format(
                level=words[result.level], distance=result.distance.text(self.language)))

