"""PySide6 widgets: thin, no business rules, no I/O of their own."""
