"""Project file, migrations, autosave and locks (QtCore at most)."""
