"""Who may log in on a device: an account's name, role and whether it must change its password.

Nothing here touches the database (accounts_table.py does), so the log-in
window lists the accounts without loading the database engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.passwords import password_problem
from desktop.store.errors import InvalidUsername, WeakPassword

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class Role(StrEnum):
    SUPERVISOR = "supervisor"
    OFFICER = "officer"


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: Role
    must_change_password: bool = False
    active: bool = True  # False once a supervisor deactivated it: listed, but it cannot log in

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


def check_username(username: str) -> str:
    """The username as stored (lower case), or InvalidUsername."""
    if not isinstance(username, str):
        raise InvalidUsername()
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise InvalidUsername()
    return name


def check_new_password(password: str) -> None:
    problem = password_problem(password)
    if problem is not None:
        raise WeakPassword(problem)
