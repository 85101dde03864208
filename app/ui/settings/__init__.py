"""The settings dialog and the choices it offers."""
