"""QUndoCommands: the only way the open plan is changed."""
