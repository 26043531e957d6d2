"""The Qt Widgets user interface: windows, step pages, item models, dialogs."""
