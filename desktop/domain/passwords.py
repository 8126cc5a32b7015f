"""What a new password must be: the one rule the set-up, the accounts dialog and the store all apply."""

from __future__ import annotations

from desktop.domain.messages import Message

MIN_PASSWORD_CHARS = 10

TOO_SHORT = Message(
    "weak_password",
    "Kata sandi minimal {minimum} karakter. Gunakan kalimat pendek yang mudah diingat.",
    "A password needs at least {minimum} characters. A short sentence is easy to remember.",
    {"minimum": MIN_PASSWORD_CHARS},
)


def password_problem(password: str) -> Message | None:
    """Why `password` may not be chosen, or None."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_CHARS:
        return TOO_SHORT
    return None
