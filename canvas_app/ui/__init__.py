"""The Qt user interface: main window, step pages, item models, widgets and dialogs."""
