"""The registration wizard (issue #3 part B)."""

from desktop.ui.wizard.registration_wizard import RegistrationWizard

__all__ = ["RegistrationWizard"]
