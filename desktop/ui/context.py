"""What every window of a logged-in session needs, passed explicitly (no globals).

The wizard, the records list and the shell's own dialogs receive one
`UiContext`; when the session ends (lock, switch user, quit) the shell
emits `signals.session_ending` and drops every window holding the context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.operations.runner import Operation, OperationRunner
from desktop.ui.preferences import Preferences

if TYPE_CHECKING:
    from desktop.store.device import OfficeInfo, Session

T = TypeVar("T")


class ShellSignals(QObject):
    """Signals shared by the windows of one session."""

    records_changed = Signal()  # a record or draft was saved/removed: refresh lists and the status bar
    session_ending = Signal()  # lock/switch user/quit: close everything holding personal data
    status_message = Signal(str)  # a short, non-personal note for the status bar
    open_draft = Signal(object)  # a draft id (uuid.UUID) or None: the shell opens the wizard on it


@dataclass
class UiContext:
    session: Session
    runner: OperationRunner
    preferences: Preferences
    language: str  # "id" | "en"
    office: OfficeInfo
    signals: ShellSignals = field(default_factory=ShellSignals)
    data_dir: Path | None = None

    def operation(self, job: Callable[[Session], T], *, network: bool = False) -> Operation[T]:
        """`context.operation(lambda s: s.save_draft(...)).success(cb).run()` — on the store thread."""
        session = self.session
        return Operation(self.runner, lambda: job(session), network=network)

    def show_error(self, parent: Any, error: BaseException) -> None:
        """The one place errors become popups (see messages_box)."""
        from desktop.ui.messages_box import show_error

        show_error(parent, error, self.language)


def is_supervisor(account: Any) -> bool:
    role = getattr(account, "role", None)
    return str(getattr(role, "value", role)).lower() == "supervisor"
