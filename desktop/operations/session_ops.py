"""Device and session work for the shell: set-up, log-in, passwords, accounts, the security report.

Argon2id makes set-up, log-in and password changes take half a second or
more, and re-keying after removing an account longer still: none of it may
run on the GUI thread. Each factory takes the runner (and the device or the
session it works on) and returns an `Operation`; the caller adds its
callbacks and runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import Message
from desktop.operations.runner import Changes, Operation, OperationRunner, Progress
from desktop.store.accounts import Account, Role
from desktop.store.device import Device, OfficeInfo
from desktop.store.kdf import KdfParams

if TYPE_CHECKING:  # the log-in window needs this module; the database engine loads at log-in, not before
    from desktop.store.audit import AuditVerdict
    from desktop.store.session import Session

ACCOUNTS = Changes(accounts=True)


@dataclass(frozen=True)
class OpenedDevice:
    device: Device
    office: OfficeInfo
    accounts: list[Account]


def open_device(runner: OperationRunner, data_dir: Path) -> Operation[OpenedDevice]:
    """Open an existing device (StoreUnreadable and friends when it cannot be read; NotSetUp; never creates)."""

    def job(_progress: Progress) -> OpenedDevice:
        device = Device.open(data_dir)
        return OpenedDevice(device, device.office, device.accounts())

    return Operation(runner, job)


def set_up_device(runner: OperationRunner, data_dir: Path, office: OfficeInfo, username: str, display_name: str,
                  password: str, kdf: KdfParams | None = None) -> Operation[tuple[Session, str]]:
    """The new device's supervisor session and its recovery key (shown once)."""
    return Operation(runner, lambda _p: Device.set_up(data_dir, office, username, display_name, password, kdf=kdf),
                     changes=ACCOUNTS)


def device_accounts(runner: OperationRunner, device: Device) -> Operation[list[Account]]:
    """Who may log in, read afresh from the key file."""
    return Operation(runner, lambda _p: device.accounts())


def lockout_seconds(runner: OperationRunner, device: Device) -> Operation[int]:
    """Seconds before the next log-in attempt is allowed (the lock-out survives a restart)."""
    return Operation(runner, lambda _p: device.lockout_seconds())


def log_in(runner: OperationRunner, device: Device, username: str, password: str) -> Operation[Session]:
    return Operation(runner, lambda _p: device.login(username, password))


def log_in_with_recovery_key(runner: OperationRunner, device: Device, text: str) -> Operation[Session]:
    return Operation(runner, lambda _p: device.login_with_recovery_key(text))


def change_password(runner: OperationRunner, session: Session, old: str, new: str) -> Operation[None]:
    return Operation(runner, lambda _p: session.accounts.change_own_password(old, new), changes=ACCOUNTS)


def session_accounts(runner: OperationRunner, session: Session) -> Operation[list[Account]]:
    """Every account, as the database lists them (an officer added a moment ago included)."""
    return Operation(runner, lambda _p: session.accounts.all())


def add_account(runner: OperationRunner, session: Session, username: str, display_name: str, role: Role,
                password: str) -> Operation[Account]:
    return Operation(runner, lambda _p: session.accounts.add(username, display_name, role, password),
                     changes=ACCOUNTS)


def reset_password(runner: OperationRunner, session: Session, username: str) -> Operation[str]:
    """A one-time code for `username`."""
    return Operation(runner, lambda _p: session.accounts.reset_password(username), changes=ACCOUNTS)


def deactivate_account(runner: OperationRunner, session: Session, username: str) -> Operation[None]:
    """Keeps the account listed but takes its slot away and re-keys, like a removal (a reset brings it back)."""
    return Operation(runner, lambda _p: session.accounts.deactivate(username), changes=ACCOUNTS)


def remove_account(runner: OperationRunner, session: Session, username: str) -> Operation[None]:
    """Removes the account and re-keys the whole database: slow, and one SQLCipher step that cannot stop half-way."""
    return Operation(runner, lambda _p: session.accounts.remove(username), changes=ACCOUNTS)


@dataclass(frozen=True)
class SecurityReport:
    """What a supervisor must hear about at log-in; codes and counts only, never personal data."""

    warnings: list[Message]  # the store's tamper warnings (lock-out counter reset, key file mismatch, ...)
    audit: AuditVerdict  # the audit log's hash chain: ok, or the first entry that does not add up

    @property
    def needs_attention(self) -> bool:
        return bool(self.warnings) or not self.audit.ok


def security_report(runner: OperationRunner, session: Session) -> Operation[SecurityReport]:
    """The store's security warnings and a walk of the whole audit chain: long on a long log, and cancellable
    (a lock or a change of user while it runs stops it)."""

    def job(progress: Progress) -> SecurityReport:
        warnings = list(session.audit.security_warnings())
        return SecurityReport(warnings, session.audit.verify(checkpoint=progress.check))

    return Operation(runner, job)


def acknowledge_security_warnings(runner: OperationRunner, session: Session) -> Operation[None]:
    """The supervisor has dealt with the warnings; a broken audit chain cannot be acknowledged away."""
    return Operation(runner, lambda _p: session.audit.acknowledge_security_warnings())


def close_session(runner: OperationRunner, session: Session) -> Operation[None]:
    """Queued behind any store work still running for this session, then drops the key."""
    return Operation(runner, lambda _p: session.close())


def recovery_key_confirmed(runner: OperationRunner, session: Session) -> Operation[bool]:
    return Operation(runner, lambda _p: session.accounts.recovery_key_confirmed())


def new_recovery_key(runner: OperationRunner, session: Session) -> Operation[str]:
    """A new key (the database is re-encrypted, so the old key opens nothing, not even an old copy)."""
    return Operation(runner, lambda _p: session.accounts.regenerate_recovery_key(),
                     changes=Changes(accounts=True))


def confirm_recovery_key(runner: OperationRunner, session: Session) -> Operation[None]:
    return Operation(runner, lambda _p: session.accounts.confirm_recovery_key(), changes=Changes(accounts=True))


def account_names(runner: OperationRunner, session: Session) -> Operation[dict[str, str]]:
    """Username -> the name shown at log-in, for every account (removed ones keep their username in lists)."""
    return Operation(runner, lambda _p: {a.username: a.display_name for a in session.accounts.all()})
