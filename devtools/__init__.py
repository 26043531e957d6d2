"""Development-only helpers (not installed with the app): import-linter contract types."""
