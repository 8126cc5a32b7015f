"""Bilingual messages for people, and the domain's base error.

A message never carries personal data: codes and placeholders are filled
with non-identifying values only (a field name, a limit, a count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Language = Literal["id", "en"]


@dataclass(frozen=True)
class Message:
    """A stable machine code with its text in Bahasa Indonesia and English."""

    code: str
    id: str
    en: str
    params: dict[str, str | int] = field(default_factory=dict)

    def text(self, language: Language = "id") -> str:
        template = self.en if language == "en" else self.id
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.text("id")


class DomainError(ValueError):
    """Input that breaks a rule; `code` is stable, `message` is for people."""

    def __init__(self, message: Message) -> None:
        super().__init__(f"{message.code}: {message.text('en')}")
        self.message = message

    @property
    def code(self) -> str:
        return self.message.code
