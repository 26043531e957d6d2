"""Dialogs. Each exposes classmethods (``ask``…) so tests replace them: no modal loops."""
