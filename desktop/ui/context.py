"""What every window of a logged-in session needs, passed explicitly (no globals, no probing).

The wizard, the records list and the shell's own dialogs receive one
`UiContext`; when the session ends (lock, switch user, quit) the shell emits
`signals.session_ending` and drops every window holding the context. What
changed in the store reaches the windows through the runner's one broadcast
(`runner.changed`), not through hand-emitted signals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.domain.messages import Language
from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import OperationRunner
from desktop.store.device import OfficeInfo
from desktop.store.session import Session
from desktop.ui.preferences import Preferences


class SessionSignals(QObject):
    """Signals shared by the windows of one session."""

    session_ending = Signal()  # lock/switch user/quit: close everything holding personal data
    status_message = Signal(str)  # a short, non-personal note for the status bar


@dataclass
class UiContext:
    session: Session
    runner: OperationRunner
    reference: CurrentReference  # take `.current` once when work starts, and keep that snapshot
    preferences: Preferences
    office: OfficeInfo
    signals: SessionSignals

    @property
    def language(self) -> Language:
        return self.preferences.language

    @property
    def is_supervisor(self) -> bool:
        return self.session.account.is_supervisor
