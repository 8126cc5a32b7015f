"""The registration wizard: its widget, pages and form (the navigation is desktop.operations.wizard_flow)."""
