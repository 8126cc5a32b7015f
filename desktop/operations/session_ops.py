"""Device and session work for the shell, as operations on the store thread.

Argon2id makes set-up, log-in and password changes take half a second or
more, and re-keying after removing an account takes longer: none of it may
run on the GUI thread. Each function returns an `Operation`; the caller adds
`.success(...)` / `.failure(...)` and `.run()`s it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.operations.runner import Operation, OperationRunner

if TYPE_CHECKING:
    from desktop.domain.messages import Message
    from desktop.store.audit import AuditVerdict
    from desktop.store.device import Account, Device, OfficeInfo, Session


@dataclass(frozen=True)
class OpenedDevice:
    device: Device
    office: OfficeInfo
    accounts: list[Account]


def is_set_up(runner: OperationRunner, data_dir: Path) -> Operation[bool]:
    from desktop.store.device import Device

    return Operation(runner, lambda: Device.is_set_up(data_dir))


def open_device(runner: OperationRunner, data_dir: Path) -> Operation[OpenedDevice]:
    """Open an existing device (StoreUnreadable and friends when it cannot be read; never creates)."""
    from desktop.store.device import Device

    def job() -> OpenedDevice:
        device = Device.open(data_dir)
        return OpenedDevice(device, device.office, device.accounts())

    return Operation(runner, job)


def set_up_device(runner: OperationRunner, data_dir: Path, office: OfficeInfo, username: str, display_name: str,
                  password: str, kdf: Any = None) -> Operation[tuple[Session, str]]:
    from desktop.store.device import Device

    return Operation(runner, lambda: Device.set_up(data_dir, office, username, display_name, password, kdf=kdf))


def accounts(runner: OperationRunner, device: Device) -> Operation[list[Account]]:
    return Operation(runner, device.accounts)


def lockout_seconds(runner: OperationRunner, device: Device) -> Operation[int]:
    """Seconds before the next log-in attempt is allowed (the lock-out survives a restart)."""
    return Operation(runner, device.lockout_seconds)


def log_in(runner: OperationRunner, device: Device, username: str, password: str) -> Operation[Session]:
    return Operation(runner, lambda: device.login(username, password))


def log_in_with_recovery_key(runner: OperationRunner, device: Device, text: str) -> Operation[Session]:
    return Operation(runner, lambda: device.login_with_recovery_key(text))


def change_password(runner: OperationRunner, session: Session, old: str, new: str) -> Operation[None]:
    return Operation(runner, lambda: session.change_password(old, new))


def add_account(runner: OperationRunner, session: Session, username: str, display_name: str, role: Any,
                password: str) -> Operation[Account]:
    return Operation(runner, lambda: session.add_account(username, display_name, role, password))


def reset_password(runner: OperationRunner, session: Session, username: str) -> Operation[str]:
    return Operation(runner, lambda: session.reset_password(username))


def remove_account(runner: OperationRunner, session: Session, username: str) -> Operation[None]:
    """Removes the account and re-keys the whole database: slow, so show progress."""
    return Operation(runner, lambda: session.remove_account(username))


@dataclass(frozen=True)
class SecurityReport:
    """What a supervisor must hear about at log-in; codes and counts only, never personal data."""

    warnings: list[Message]  # the store's tamper warnings (lock-out counter reset, key file mismatch, ...)
    audit: AuditVerdict  # the audit log's hash chain: ok, or the first entry that does not add up

    @property
    def needs_attention(self) -> bool:
        return bool(self.warnings) or not self.audit.ok


def security_report(runner: OperationRunner, session: Session) -> Operation[SecurityReport]:
    """The store's security warnings and a walk of the whole audit chain (slow on a long log: off the GUI)."""
    return Operation(runner, lambda: SecurityReport(list(session.security_warnings()), session.verify_audit()))


def acknowledge_security_warnings(runner: OperationRunner, session: Session) -> Operation[None]:
    """The supervisor has dealt with the warnings; a broken audit chain cannot be acknowledged away."""
    return Operation(runner, session.acknowledge_security_warnings)


def close_session(runner: OperationRunner, session: Session) -> Operation[None]:
    """Queued behind any store work still running for this session, then drops the key."""
    return Operation(runner, session.close)
