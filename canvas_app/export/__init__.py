"""Excel, PDF and calendar export, and the import of actuals (no QtWidgets)."""
