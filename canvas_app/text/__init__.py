"""User-facing text: translated labels, messages and number/date formatting (QtCore only)."""
